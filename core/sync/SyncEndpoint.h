// One Relatio database taking part in sync: it reads its change feed and merges records that come
// from the other side, field by field (docs/sync-plan.md, sections 2 and 3). The same class serves
// a field laptop (which pulls from its server) and the server (which takes the laptops' pushes).
#pragma once

#include "privacy/RejectFiles.h"
#include "store/Database.h"
#include "sync/SyncRecord.h"
#include "sync/SyncSchema.h"
#include "sync/Subset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <memory>
#include <unordered_map>
#include <optional>

namespace relatio {
class Statement;
}

namespace relatio::sync {

struct PeerState
{
    qint64 pulledUpto = 0; // the peer's feed position read so far
    qint64 pushedUpto = 0; // our feed position (on a server: that laptop's) delivered so far
};

// An overwritten concurrent edit, as kept in sync_conflict.
struct Conflict
{
    QString uuid;
    QString table;
    QString rowUuid;
    QString field;
    QVariant loserValue;
    Stamp loser;
    QVariant winnerValue;
    Stamp winner;
    QString detectedBy;
    QString state;
};

class SyncEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(SyncEndpoint)

public:
    enum class Mode {
        Pull, // a laptop takes records from its server
        Push, // the server takes records a laptop sends
    };

    using Dialect = relatio::Dialect;

    // A Relatio database file (a laptop, or a server in tests), or a team database opened to work on
    // directly (TeamServer::openDatabase), which reads and answers its conflicts through this.
    explicit SyncEndpoint(DatabasePtr db);
    // A team database on PostgreSQL, reached through the connection the function gives.
    SyncEndpoint(std::function<QSqlDatabase()> connection, Dialect dialect);
    ~SyncEndpoint();
    SyncEndpoint(const SyncEndpoint &) = delete;
    SyncEndpoint &operator=(const SyncEndpoint &) = delete;

    Dialect dialect() const { return m_dialect; }
    Result<QString> replicaId() const;

    struct Feed
    {
        QList<SyncRecord> records;
        qint64 last = 0; // the feed position of the last record read
    };
    // Records changed after feed position `after`, at most limit, in feed order. ownChanges:
    // only those holding a change made here that the server may not have (what a laptop sends).
    // customers, when given: of the records that belong to a customer, only those of these
    // customers are read (what a laptop keeping a subset takes); the page's place is the same.
    using CustomerSet = std::shared_ptr<const QSet<QString>>;
    Result<Feed> readFeed(qint64 after, int limit, bool ownChanges, const CustomerSet &customers = {}) const;

    // Another connection to the same database, made (and used, and closed) on the thread that
    // calls it: a sync reads the next page of the feed there while it applies this one. Empty
    // when there is none (a file).
    using Opener = std::function<Result<std::shared_ptr<SyncEndpoint>>()>;
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    const Opener &opener() const { return m_opener; }

    // The records with these uuids of one table as they stand here (missing ones left out).
    Result<QList<SyncRecord>> readRecords(const QString &table, const QStringList &uuids) const;

    struct Applied
    {
        qint64 changed = 0;   // records that changed here
        qint64 conflicts = 0; // overwritten concurrent edits found
        qint64 erased = 0;    // customers erased here by erasures that came in
        qint64 keptOtherwise = 0; // records this side kept otherwise than they came (a push lost somewhere)
    };
    struct CursorUpdate
    {
        QString peerId;
        QString role;                 // "server" or "replica": what the peer is to us
        std::optional<qint64> pulledUpto;
        std::optional<qint64> pushedUpto;
    };
    // Merges records from peer in one transaction, with the cursor update (none when its peerId is
    // empty: records this side made itself, such as an erasure on the team database). beforeCommit, when
    // given, runs last inside it; false rolls everything back (tests drop connections there).
    Result<Applied> apply(const QList<SyncRecord> &records, Mode mode, const QString &peer,
                          const CursorUpdate &cursor, const std::function<bool()> &beforeCommit = {});

    // After a push up to feed position `to` was committed by the server: the changes made here
    // with feed positions in (from, to] are now on the server (their stamps become their bases).
    Result<void> settlePushed(const QString &serverId, qint64 from, qint64 to,
                              const std::function<bool()> &beforeCommit = {});

    Result<PeerState> peer(const QString &peerId) const;

    // A first sync of an empty file: its customer list's indexes and search index are set aside
    // while it pulls, and built once at the end (store/SetAside.h). True when they are aside (set
    // now, or left so by a first sync that was cut off); a server or a file in use answers false.
    Result<bool> beginFirstFill(const QString &serverId);
    Result<void> endFirstFill();

    // The conflict list (all, or those of one record).
    Result<QList<Conflict>> conflicts(const QString &table = {}, const QString &rowUuid = {}) const;

    // The stamp of each mutable field of a record (empty when the record is not here).
    Result<QHash<QString, Stamp>> fieldStamps(const QString &table, const QString &uuid) const;

    // Moves this replica's clock: milliseconds added to the machine's (tests fake skewed clocks).
    Result<void> setClockOffset(qint64 ms);
    // This replica's clock as its stamps read it: milliseconds since 1970.
    Result<qint64> clockNow() const;
    // A laptop whose clock is skewMs ahead of its server's (behind when negative) goes by the
    // server's from now on. The changes made here that the server does not have yet and that lie
    // ahead of the server's clock are moved back by the skew, and no later than the server's now
    // (so also with a skew of 0: a clock set right before the sync), each still newer than what
    // it replaced here and than this replica's value on the server (read there), so that a fast
    // clock does not make them win over later edits made elsewhere, nor lose to their own past.
    // Returns how many records that restamped; moved, when given, is told of every stamp moved
    // (field empty: the record's creation).
    using StampMoved = std::function<void(const QString &table, const QString &uuid, const QString &field,
                                          qint64 from, qint64 to)>;
    Result<qint64> correctClock(qint64 skewMs, const SyncEndpoint &server, const StampMoved &moved = {});

    // A SHA-256 over the synced content in a canonical order: values, stamps, erasures and the
    // conflict list. Two replicas that have converged give the same hash. With a subset, only what
    // a laptop keeping that subset holds (the members' customers and what belongs to them).
    Result<QByteArray> contentHash(const Subset &within = {}) const;
    // The same content as lines, one per record (to show where two replicas differ).
    Result<QStringList> contentDump(const Subset &within = {}) const;

    // Subset replicas (SyncEndpointSubset.cpp; docs/sync-plan.md, section 5).
    // On a laptop: the subset it keeps (everything unless set), and setting it. Going back to
    // everything reads the server's whole feed again at the next sync.
    Result<Subset> subset() const;
    Result<void> setSubset(const Subset &subset);
    // On a server: the subset that "owner=NAME", "tag=NAME" and "country=CC" pick (any of them;
    // "all" alone: everything), with a message that names what is not there.
    Result<Subset> resolveSubset(const QStringList &specs) const;
    // The subset in words, by the names held here: "customers of Kari Nordmann, tagged VIP, in NO".
    Result<QString> describeSubset(const Subset &subset) const;
    // The subset as one spec ("owner=Kari", "tag=VIP", "country=NO") by the names held here;
    // empty when it is everything, a union, or names a record not here.
    Result<QString> subsetSpec(const Subset &subset) const;
    // The names a subset of each kind can be chosen by here: team members and tags (not removed)
    // and the countries of the customers held.
    struct SubsetChoices
    {
        QStringList owners;
        QStringList tags;
        QStringList countries;
    };
    Result<SubsetChoices> subsetChoices() const;
    // On a server: the uuids of the customers a laptop keeping the subset holds: those it picks and
    // their organisations.
    Result<QSet<QString>> members(const Subset &subset) const;
    // On a server: these customers with every record that belongs to them and the conflicts
    // about those, as they stand now (what a laptop needs when they join its subset).
    Result<QList<SyncRecord>> closure(const QStringList &customers) const;
    // On a laptop: the next pull from this server reads its feed from the start again.
    Result<void> pullAgain(const QString &serverId);
    // On a laptop: the uuids of the customers it holds.
    Result<QSet<QString>> heldCustomers() const;
    // On a laptop: removes the customers it holds that are not members, with what belongs to them
    // and their sync bookkeeping, in one transaction and without stamps (they are not deleted, only
    // no longer kept here). Customers with changes not sent yet stay, and so do organisations of
    // customers that stay. Returns how many customers went.
    Result<qint64> evict(const QSet<QString> &members);

private:
    struct Local;
    Result<std::optional<Local>> readLocal(const QString &table, const QString &uuid) const;
    // Which records readSelected reads: these uuids, or those with a feed position in (after, upto].
    struct Selection
    {
        const QStringList *uuids = nullptr;
        qint64 after = 0;
        qint64 upto = 0;
        bool ownChanges = false;
    };
    Result<void> readSelected(const QString &table, const Selection &selection, QList<SyncRecord> &out) const;
    // Leaves in a page of the feed, (after, upto] as byTable lists it, only the records of the
    // customers given (and everything that is not a customer's).
    Result<void> keepCustomers(QHash<QString, QStringList> &byTable, qint64 after, qint64 upto,
                               const QSet<QString> &customers) const;
    Result<bool> applyRecord(const SyncRecord &in, Mode mode, const QString &peer, Applied &applied);
    // On a server taking a push: fails when a stamp new to it lies further ahead of its clock than
    // the tolerance (the sender's clock is wrong; nothing of the batch is taken).
    Result<void> refuseFutureStamps(const QList<SyncRecord> &records);
    // Queues a record new here for a multi-row INSERT (see flushInserts).
    Result<void> insertRecord(const SyncRecord &in, Mode mode);
    // Writes the queued new records, their tags, waiting references and stamps.
    Result<void> flushInserts();
    // Writes the queued changes of customers, many to a statement (UPDATE … FROM (VALUES …));
    // in SyncEndpointWrite.cpp with the other queues.
    // Called before anything reads or writes customers otherwise.
    Result<void> flushUpdates();
    // On a team database: the SQL type of a column of its customer table (read once).
    Result<QString> customerColumnType(const QString &column);
    // Runs `head VALUES (…), (…) tail` for the rows, in statements of many rows; with
    // returnedIds, the tail returns (id, uuid) and they are collected.
    Result<void> writeRows(const QString &head, const QString &tail, const QList<QVariantList> &rows,
                           const QString &what, QHash<QString, qint64> *returnedIds = nullptr);
    // updatedAt, when given, is merged into updated_at by the same statement. A customer's UPDATE
    // waits for those of the batch that set the same fields (see flushUpdates).
    Result<void> writeValues(const QString &table, qint64 id, const QString &uuid, const QHash<QString, QVariant> &values,
                             const QString &updatedAt = {});
    // seq: the record's new feed position (-1: keeps it); fresh: it has no field stamps yet.
    Result<void> writeStamps(const QString &table, const QString &uuid, const Stamp &created, const Stamp &rowBase,
                             const QHash<QString, Stamp> &stamps, const QHash<QString, Stamp> &bases, int origin,
                             qint64 seq = -1, bool fresh = false);
    struct QueuedStamps
    {
        QString table;
        QString uuid;
        Stamp created;
        Stamp rowBase;
        QHash<QString, Stamp> stamps;
        QHash<QString, Stamp> bases;
        int origin = 0;
        qint64 seq = -1;
        bool fresh = false; // the record is new here: it has no field stamps to replace
    };
    // As writeStamps, for the records of a batch together (written by flushStamps, which
    // writeStamps calls at once).
    Result<void> queueStamps(QueuedStamps stamps);
    Result<void> flushStamps();
    Result<std::optional<qint64>> targetId(const QString &table, const QString &uuid);
    // Reads the ids of what the records (all of `table`) refer to, many at a time, into m_ids;
    // targets not here are left to targetId.
    Result<void> readTargetIds(const QString &table, const QList<const SyncRecord *> &records);
    // The local ids of a reference's targets; the targets not here yet go to parked.
    Result<QList<qint64>> resolveTargets(const SyncColumn &column, const QVariant &value, QStringList *parked);
    Result<void> addConflict(const QString &table, const QString &rowUuid, const QString &field,
                             const QVariant &loserValue, const Stamp &loser, const QVariant &winnerValue,
                             const Stamp &winner, Mode mode, Applied &applied);
    Result<void> resolvePending();
    Result<void> deriveCustomer(qint64 id);
    Result<qint64> tick();        // the next feed position
    Result<Stamp> tickClock();    // the next stamp of a change made here
    Result<bool> isErased(const QString &customerUuid) const;
    Result<QVariant> uniqueValue(const QString &table, const QString &column, const QString &uuid, const QVariant &value);
    Result<void> eraseHere(const QString &uuid);
    Result<void> begin(QSqlDatabase &db, const QString &what);
    Result<void> commit(QSqlDatabase &db, const QString &what);
    void rollback(QSqlDatabase &db);
    QSqlDatabase connection() const { return m_connection(); }
    QSqlQuery *prepared(const QString &sql) const;
    struct Scope;
    QString greatest() const { return phrases::greatest(m_dialect); }

    DatabasePtr m_db; // the SQLite file, when it is one
    std::function<QSqlDatabase()> m_connection;
    Dialect m_dialect = Dialect::SQLite;
    QString m_replicaId;
    Opener m_opener;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_raw; // a file's multi-row INSERTs
    mutable int m_depth = 0;
    QHash<QString, qint64> m_ids; // during apply: "table/uuid" → id of records referred to
    QList<CustomerTraces> m_erasedTraces; // during apply: customers erased, for their rejects files
    QSet<QString> m_notErased;    // during apply: customers of the batch known not to be erased
    qint64 m_seqNext = 0;         // during apply: the block of feed positions taken
    qint64 m_seqEnd = 0;
    const QHash<QString, SyncRecord> *m_prefetched = nullptr; // during apply: this side's records of the batch
    struct QueuedInsert
    {
        const SyncRecord *in;
        QVariantList values;             // in the order of m_queueColumns
        QList<qint64> tagIds;
        QList<QPair<QString, QString>> pending; // field, target uuid
        qint64 seq;
    };
    QString m_queueTable;                // during apply: new records waiting for their INSERT
    QStringList m_queueColumns;
    QList<QueuedInsert> m_queue;
    QSet<QString> m_queued;
    QStringList m_updateSets;            // during apply: customers' changes waiting for their
                                         // UPDATE, as "column = ?", the same for all of them
    QList<QVariantList> m_updates;       // uuid, then the values in the order of the sets
    QSet<QString> m_updated;             // their uuids
    QHash<QString, QString> m_customerTypes; // a team database's customer columns → their types
    QList<QueuedStamps> m_stampQueue;    // during apply: stamps of changed records, not yet written
    QSet<QString> m_stampsQueued;
    // During a first fill: the tables that were empty when it began, and what it wrote to them
    // (a superset: rolled-back batches stay in). Only those records can be here already.
    QSet<QString> m_fillEmpty;
    QHash<QString, QSet<QString>> m_fillWritten;
    int m_fillCacheSize = 0; // the page cache's size before the fill
};

} // namespace relatio::sync
