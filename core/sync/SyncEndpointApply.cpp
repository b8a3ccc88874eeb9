// Applying records that came from the other side: each field merged by its stamps (the newer wins,
// the other goes to the conflict list), deletions, erasures and references to records not here yet
// (the transactions, cursors and clock around it are in SyncEndpoint.cpp).
#include "sync/SyncEndpoint.h"
#include "sync/SyncEndpointParts.h"

#include "customers/CustomerRepository.h"
#include "customers/SortKey.h"
#include "privacy/Erasure.h"
#include "store/Transaction.h"
#include "sync/PgSchema.h"
#include "sync/SyncSchema.h"
#include "util/Stamps.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relatio::sync {

using namespace endpoint;

Result<SyncEndpoint::Applied> SyncEndpoint::apply(const QList<SyncRecord> &records, Mode mode, const QString &peer,
                                                  const CursorUpdate &cursor, const std::function<bool()> &beforeCommit)
{
    const Scope scope(this);
    const QString what = tr("Applying changes from %1").arg(peer);
    if (auto me = replicaId(); !me)
        return std::unexpected(me.error());
    QSqlDatabase db = connection();
    if (auto begun = begin(db, what); !begun)
        return std::unexpected(begun.error());
    // Anything but a commit rolls back.
    struct Guard
    {
        SyncEndpoint *self;
        QSqlDatabase &db;
        bool done = false;
        ~Guard()
        {
            if (!done)
                self->rollback(db);
        }
    } guard{this, db};
    if (mode == Mode::Push) {
        if (auto refused = refuseFutureStamps(records); !refused)
            return std::unexpected(refused.error());
    }
    Stmt q(db);
    // Stamps seen move this clock past them, so what is written here next is newer (HLC receipt).
    qint64 newest = 0;
    for (const SyncRecord &r : records) {
        newest = std::max(newest, r.created.hlc);
        for (const Stamp &s : r.stamps)
            newest = std::max(newest, s.hlc);
    }
    m_seqNext = m_seqEnd = 0; // positions are taken inside this transaction
    m_erasedTraces.clear();
    m_queue.clear();
    m_queued.clear();
    m_queueTable.clear();
    m_updates.clear();
    m_updated.clear();
    m_stampQueue.clear();
    m_stampsQueued.clear();
    m_ids.clear();            // and ids remembered: a rolled-back one may name another row later
    q = prepared(QStringLiteral("UPDATE sync_clock SET hlc = %1(hlc, CAST(? AS BIGINT)), applying = 1 WHERE id = 1").arg(greatest()));
    q.addBindValue(newest);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    // On a team database the stamping triggers (team schema 5) are not even called for what sync
    // writes: this transaction says so (SET LOCAL ends with it).
    if (m_dialect == Dialect::PostgreSQL && !q.exec(QStringLiteral("SET LOCAL relatio.applying = 'on'")))
        return std::unexpected(Database::sqlError(q.lastError(), what));

    // Erasures first, then each table after the ones it refers to.
    QList<const SyncRecord *> ordered;
    for (const SyncTable &t : syncTables())
        for (const SyncRecord &r : records)
            if (r.table == t.name)
                ordered.append(&r);
    // Organisations before people: members then find them written (new records are written
    // many at a time, and a member naming one still waiting would have it written on its own).
    const auto firstCustomer = std::find_if(ordered.begin(), ordered.end(),
                                            [](const SyncRecord *r) { return r->table == kCustomer; });
    std::stable_partition(firstCustomer, std::find_if(firstCustomer, ordered.end(), [](const SyncRecord *r) {
                              return r->table != kCustomer;
                          }),
                          [](const SyncRecord *r) {
                              return r->values.value(QStringLiteral("kind")).toString() == QLatin1String("organisation");
                          });
    // Which customers of the batch are not erased here, read at once (erasures in the batch are
    // applied first and take their customers out of it).
    m_notErased.clear();
    {
        QStringList uuids;
        for (const SyncRecord *r : std::as_const(ordered))
            if (r->table == kCustomer)
                uuids.append(r->uuid);
        for (qsizetype from = 0; from < uuids.size(); from += kChunk) {
            const QStringList part = uuids.mid(from, kChunk);
            Stmt e(db);
            e = prepared(QStringLiteral("SELECT uuid FROM customer_erasure WHERE uuid IN (%1)").arg(placeholders(part.size())));
            for (const QString &u : part)
                e.addBindValue(u);
            if (!e.exec())
                return std::unexpected(Database::sqlError(e.lastError(), what));
            QSet<QString> erased;
            while (e.next())
                erased.insert(e.value(0).toString());
            for (const QString &u : part)
                if (!erased.contains(u))
                    m_notErased.insert(u);
        }
    }
    Applied applied;
    // What this side holds of a table's records is read in one go, when the table's turn comes
    // (after the erasures, which change other records). Tags are read one by one: making a name
    // unique renames another tag of the batch.
    QString prefetchedTable;
    QString currentTable;
    QHash<QString, SyncRecord> prefetched;
    const bool trace = qEnvironmentVariableIsSet("RELATIO_TRACE");
    QElapsedTimer phase;
    phase.start();
    qint64 readingMs = 0;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const SyncRecord *r = ordered[i];
        // What waits of the table before is written before this one's records are read.
        if (r->table != currentTable) {
            if (auto flushed = flushUpdates(); !flushed)
                return std::unexpected(flushed.error());
            if (auto flushed = flushInserts(); !flushed)
                return std::unexpected(flushed.error());
            if (auto flushed = flushStamps(); !flushed)
                return std::unexpected(flushed.error());
            currentTable = r->table;
        }
        if (r->table != prefetchedTable && r->table != kTag && r->table != kErasure) {
            QElapsedTimer reading;
            reading.start();
            QStringList uuids;
            QList<const SyncRecord *> ofTable;
            const bool filling = m_fillEmpty.contains(r->table);
            const QSet<QString> &written = m_fillWritten[r->table];
            for (qsizetype j = i; j < ordered.size() && ordered[j]->table == r->table; ++j) {
                ofTable.append(ordered[j]);
                if (!filling || written.contains(ordered[j]->uuid))
                    uuids.append(ordered[j]->uuid);
            }
            if (auto targets = readTargetIds(r->table, ofTable); !targets)
                return std::unexpected(targets.error());
            auto held = readRecords(r->table, uuids);
            if (!held)
                return std::unexpected(held.error());
            prefetched.clear();
            for (SyncRecord &h : *held)
                prefetched.insert(h.uuid, std::move(h));
            prefetchedTable = r->table;
            readingMs += reading.elapsed();
        }
        m_prefetched = r->table == prefetchedTable ? &prefetched : nullptr;
        auto changed = applyRecord(*r, mode, peer, applied);
        m_prefetched = nullptr;
        if (!changed)
            return std::unexpected(changed.error());
        if (*changed && syncTable(r->table)->counted)
            ++applied.changed;
    }
    if (auto flushed = flushUpdates(); !flushed)
        return std::unexpected(flushed.error());
    if (auto flushed = flushInserts(); !flushed)
        return std::unexpected(flushed.error());
    if (auto flushed = flushStamps(); !flushed)
        return std::unexpected(flushed.error());
    const qint64 applyingMs = phase.restart() - readingMs;
    if (auto resolved = resolvePending(); !resolved)
        return std::unexpected(resolved.error());
    const qint64 pendingMs = phase.restart();

    // No peer: a record this side made itself (an erasure on the team database), no cursor moves.
    if (!cursor.peerId.isEmpty()) {
        q = prepared(QStringLiteral(
            "INSERT INTO sync_peer (peer_id, role, pulled_upto, pushed_upto, last_sync) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (peer_id) DO UPDATE SET pulled_upto = %1(sync_peer.pulled_upto, excluded.pulled_upto),"
            " pushed_upto = %1(sync_peer.pushed_upto, excluded.pushed_upto), last_sync = excluded.last_sync").arg(greatest()));
        q.addBindValue(cursor.peerId);
        q.addBindValue(cursor.role);
        q.addBindValue(cursor.pulledUpto.value_or(0));
        q.addBindValue(cursor.pushedUpto.value_or(0));
        q.addBindValue(nowStored());
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
    }
    if (!q.exec(QStringLiteral("UPDATE sync_clock SET applying = 0 WHERE id = 1")))
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q.finish();
    if (beforeCommit && !beforeCommit())
        return fail(Error::Code::Io, tr("The connection to %1 was lost; nothing of this batch was kept.").arg(peer));
    guard.done = true;
    if (auto committed = commit(db, what); !committed)
        return std::unexpected(committed.error());
    if (trace)
        qInfo("sync: %lld records: %lld ms reading what is here, %lld ms merging, %lld ms waiting references,"
              " %lld ms committing", qint64(records.size()), readingMs, applyingMs, pendingMs, phase.elapsed());
    if (m_db && !m_erasedTraces.isEmpty()) {
        // Erasures came in: their old pages leave the log, and the rejects files lose their rows.
        if (sqlite3 *handle = m_db->handle())
            sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        if (const auto files = RejectFiles::noted(connection()); files && !files->isEmpty()) {
            for (const CustomerTraces &traces : std::as_const(m_erasedTraces))
                RejectFiles::scrub(*files, traces);
        }
    }
    m_erasedTraces.clear();
    return applied;
}

Result<bool> SyncEndpoint::applyRecord(const SyncRecord &in, Mode mode, const QString &peer, Applied &applied)
{
    const SyncTable *t = syncTable(in.table);
    if (!t)
        return false; // a table of a newer version: left for it
    const QString what = tr("Applying %1 %2").arg(in.table, in.uuid);
    QSqlDatabase db = connection();

    if (in.table == kErasure) {
        auto erased = isErased(in.uuid);
        if (!erased)
            return std::unexpected(erased.error());
        Stmt q(db);
        if (*erased) {
            // Erased on two replicas: the earlier erasure's record stays, the same everywhere.
            q = prepared(QStringLiteral("SELECT hlc, node FROM row_stamp WHERE tbl = ? AND uuid = ?"));
            q.addBindValue(in.table);
            q.addBindValue(in.uuid);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
            const Stamp local = q.next() ? Stamp{q.value(0).toLongLong(), q.value(1).toString()} : Stamp{};
            q.finish();
            if (local == in.created)
                return false;
            const Stamp winner = local.isNull() ? in.created : std::min(local, in.created);
            if (winner == in.created) {
                q = prepared(QStringLiteral("UPDATE customer_erasure SET erased_at = ?, erased_by = ? WHERE uuid = ?"));
                q.addBindValue(in.values.value(QStringLiteral("erased_at")).toString());
                q.addBindValue(in.values.value(QStringLiteral("erased_by")).toString());
                q.addBindValue(in.uuid);
                if (!q.exec())
                    return std::unexpected(Database::sqlError(q.lastError(), what));
            }
            const Stamp rowBase = mode == Mode::Pull ? in.created : winner;
            auto seq = tick();
            if (!seq)
                return std::unexpected(seq.error());
            if (auto stamped = writeStamps(in.table, in.uuid, winner, rowBase, {}, {}, winner == rowBase ? 1 : 0, *seq);
                !stamped)
                return std::unexpected(stamped.error());
            return winner == in.created;
        }
        q = prepared(QStringLiteral("INSERT INTO customer_erasure (uuid, erased_at, erased_by) VALUES (?, ?, ?)"));
        q.addBindValue(in.uuid);
        q.addBindValue(in.values.value(QStringLiteral("erased_at")).toString());
        q.addBindValue(in.values.value(QStringLiteral("erased_by")).toString());
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        m_notErased.remove(in.uuid);
        if (auto removed = eraseHere(in.uuid); !removed)
            return std::unexpected(removed.error());
        m_ids.clear();
        ++applied.erased;
        // References to the erased customer that were waiting for it never will be filled, and
        // conflicts about it go too (also here, where the customer itself may never have come).
        q = prepared(QStringLiteral("DELETE FROM sync_pending WHERE target_uuid = ?"));
        q.addBindValue(in.uuid);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        q = prepared(QStringLiteral("DELETE FROM row_stamp WHERE tbl = 'sync_conflict' AND uuid IN"
                                    " (SELECT uuid FROM sync_conflict WHERE tbl = 'customer' AND row_uuid = ?)"));
        q.addBindValue(in.uuid);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        q = prepared(QStringLiteral("DELETE FROM sync_conflict WHERE tbl = 'customer' AND row_uuid = ?"));
        q.addBindValue(in.uuid);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        auto seq = tick();
        if (!seq)
            return std::unexpected(seq.error());
        if (auto stamped = writeStamps(in.table, in.uuid, in.created, in.created, {}, {}, 1, *seq, true); !stamped)
            return std::unexpected(stamped.error());
        return true;
    }

    // Nothing about an erased customer is taken in again: an erasure wins over every change.
    QString customerUuid;
    if (in.table == kCustomer)
        customerUuid = in.uuid;
    else if (!t->customerRef.isEmpty())
        customerUuid = in.values.value(t->customerRef).toString();
    else if (in.table == kConflict && in.values.value(QStringLiteral("tbl")).toString() == kCustomer)
        customerUuid = in.values.value(QStringLiteral("row_uuid")).toString();
    if (in.table == kConflict) {
        // About a record that belongs to a customer (a contact, a follow-up): that record came
        // with it or is here already, unless its customer was erased here.
        const SyncTable *about = syncTable(in.values.value(QStringLiteral("tbl")).toString());
        if (about && !about->customerRef.isEmpty()) {
            Stmt q(db);
            q = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(about->name));
            q.addBindValue(in.values.value(QStringLiteral("row_uuid")));
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
            if (!q.next())
                return false;
        }
    }
    if (!customerUuid.isEmpty()) {
        auto erased = isErased(customerUuid);
        if (!erased)
            return std::unexpected(erased.error());
        if (*erased)
            return false;
    }

    Result<std::optional<Local>> local = std::optional<Local>();
    if (m_prefetched) {
        if (const auto found = m_prefetched->constFind(in.uuid); found != m_prefetched->cend())
            local = std::optional<Local>(Local{found->localId, *found});
    } else {
        local = readLocal(in.table, in.uuid);
    }
    if (!local)
        return std::unexpected(local.error());
    if (!*local) {
        if (auto inserted = insertRecord(in, mode); !inserted)
            return std::unexpected(inserted.error());
        return true;
    }
    // What follows may read or change rows still waiting for their INSERT (an organisation's
    // members take its new name).
    if (auto flushed = flushInserts(); !flushed)
        return std::unexpected(flushed.error());

    const SyncRecord &mine = (*local)->record;
    const qint64 id = (*local)->id;
    const QString me = m_replicaId;
    const Stamp created = std::min(mine.created, in.created);
    const Stamp rowBase = mode == Mode::Pull ? in.created : created;
    bool changed = created != mine.created;
    bool incomingLost = false;
    QHash<QString, QVariant> writes;
    QHash<QString, Stamp> stamps;
    QHash<QString, Stamp> bases;

    for (const QString &field : t->mutableColumns) {
        const Stamp local = mine.stampOf(field);
        const Stamp base = mine.bases.value(field);
        const Stamp incoming = in.stampOf(field);
        const QVariant localValue = mine.values.value(field);
        const QVariant incomingValue = in.values.value(field);
        if (incoming == local) {
            stamps.insert(field, local);
            bases.insert(field, mode == Mode::Pull ? incoming : local);
            continue;
        }
        const bool incomingWins = local < incoming;
        // Concurrent: neither writer had seen the other's value. On a pull, the field changed
        // here since the server last had it; on a push, the server's value is not the one the
        // laptop changed (and not an earlier value of the laptop's own).
        const bool concurrent = mode == Mode::Pull
            ? local != base && incoming.node != me && incoming != base
            : local != in.bases.value(field) && local.node != peer;
        if (concurrent && !same(localValue, incomingValue)) {
            const auto added = incomingWins
                ? addConflict(in.table, in.uuid, field, localValue, local, incomingValue, incoming, mode, applied)
                : addConflict(in.table, in.uuid, field, incomingValue, incoming, localValue, local, mode, applied);
            if (!added)
                return std::unexpected(added.error());
        }
        if (incomingWins) {
            if (!same(localValue, incomingValue))
                writes.insert(field, incomingValue);
            stamps.insert(field, incoming);
            changed = true;
        } else {
            stamps.insert(field, local);
            incomingLost = true;
        }
        bases.insert(field, mode == Mode::Pull ? incoming : stamps.value(field));
    }
    // Delete against edit: the deletion wins, and edits made meanwhile on the other side stay
    // under the tombstone. They are listed all the same, as an entry on "deleted" whose losing
    // value is "not deleted" with the stamp of the latest such edit: putting it back restores the
    // record with them.
    const QString deletedAt = QStringLiteral("deleted_at");
    if (t->mutableColumns.contains(deletedAt)) {
        const Stamp finalDeletion = stamps.value(deletedAt);
        const QVariant finalValue = finalDeletion == in.stampOf(deletedAt) ? in.values.value(deletedAt)
                                                                           : mine.values.value(deletedAt);
        // A side's change is new to the other when the other's knowledge (its base) predates it.
        const Stamp localDeletion = mine.stampOf(deletedAt);
        const Stamp incomingDeletion = in.stampOf(deletedAt);
        const bool deletedHere = finalDeletion == localDeletion && !mine.values.value(deletedAt).isNull()
            && (mode == Mode::Pull ? localDeletion != mine.bases.value(deletedAt)
                                   : localDeletion != in.bases.value(deletedAt) && localDeletion.node != peer);
        const bool deletedThere = finalDeletion == incomingDeletion && !in.values.value(deletedAt).isNull()
            && (mode == Mode::Pull ? incomingDeletion != mine.bases.value(deletedAt) && incomingDeletion.node != me
                                   : incomingDeletion != in.bases.value(deletedAt));
        if (!finalValue.isNull() && (deletedHere || deletedThere) && !(deletedHere && deletedThere)) {
            Stamp edit;
            for (const QString &field : t->mutableColumns) {
                if (field == deletedAt)
                    continue;
                const Stamp local = mine.stampOf(field);
                const Stamp incoming = in.stampOf(field);
                if (deletedHere) {
                    // Edits that came in, unknown here when the record was deleted.
                    const bool editedThere = mode == Mode::Pull
                        ? incoming != mine.bases.value(field) && incoming.node != me && local < incoming
                        : incoming != in.bases.value(field) && local < incoming;
                    if (editedThere && edit < incoming)
                        edit = incoming;
                } else {
                    // Edits made here, unknown to the side that deleted.
                    const bool editedHere = mode == Mode::Pull
                        ? local != mine.bases.value(field) && local.node == me
                        : local != in.bases.value(field) && local.node != peer;
                    if (editedHere && edit < local)
                        edit = local;
                }
            }
            if (!edit.isNull()) {
                if (auto added = addConflict(in.table, in.uuid, deletedAt, QVariant(QMetaType(QMetaType::QString)), edit,
                                             finalValue, finalDeletion, mode, applied);
                    !added)
                    return std::unexpected(added.error());
            }
        }
    }
    // Fields written only at creation: the earliest creation's values, the same everywhere.
    if (in.created < mine.created) {
        for (const SyncColumn &c : t->columns)
            if (!t->mutableColumns.contains(c.name) && !same(mine.values.value(c.name), in.values.value(c.name)))
                writes.insert(c.name, in.values.value(c.name));
    }

    // created_at goes with the creation that wins (the earliest stamp); updated_at is the latest,
    // written with the values when there are any.
    const bool laterUpdate = t->hasTimes && t->hasUpdated && in.updatedAt > mine.updatedAt;
    if (!writes.isEmpty()) {
        if (auto written = writeValues(in.table, id, in.uuid, writes, laterUpdate ? in.updatedAt : QString()); !written)
            return std::unexpected(written.error());
    }
    Stmt q(db);
    if (t->hasTimes) {
        const QString createdAt = in.created < mine.created ? in.createdAt : mine.createdAt;
        if (t->hasUpdated && (createdAt != mine.createdAt || (laterUpdate && writes.isEmpty()))) {
            if (auto flushed = flushUpdates(); !flushed)
                return std::unexpected(flushed.error());
            q = prepared(QStringLiteral("UPDATE %1 SET created_at = ?, updated_at = %2(updated_at, ?) WHERE uuid = ?")
                             .arg(in.table, greatest()));
            for (const QString &v : {createdAt, in.updatedAt, in.uuid})
                q.addBindValue(v);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
        }
    }

    bool dirty = created != rowBase;
    for (const QString &field : t->mutableColumns)
        dirty = dirty || stamps.value(field) != bases.value(field);
    const int origin = mode == Mode::Pull && dirty ? 0 : 1;
    // A record that changed here, or that the server kept otherwise than a laptop sent it, takes
    // a new place in the feed (the laptop's next pull then brings it the winning values).
    qint64 seq = -1;
    if (mode == Mode::Push && incomingLost)
        ++applied.keptOtherwise;
    if (changed || (mode == Mode::Push && incomingLost)) {
        auto next = tick();
        if (!next)
            return std::unexpected(next.error());
        seq = *next;
    }
    // A second delivery, or the echo of what this side sent, leaves the stamps as they are.
    bool restamp = seq >= 0 || created != mine.created || rowBase != mine.rowBase || origin != mine.origin;
    for (const QString &field : t->mutableColumns)
        restamp = restamp || stamps.value(field) != mine.stampOf(field) || bases.value(field) != mine.bases.value(field);
    if (restamp) {
        if (auto stamped = queueStamps(QueuedStamps{in.table, in.uuid, created, rowBase, stamps, bases, origin, seq});
            !stamped)
            return std::unexpected(stamped.error());
    }
    // The derived columns follow from the names, phones and organisation only.
    bool rederive = false;
    for (const char *field : {"kind", "given_name", "family_name", "organisation_name", "organisation_id", "phone", "mobile"})
        rederive = rederive || writes.contains(QLatin1String(field));
    if (in.table == kCustomer && rederive) {
        if (auto derived = deriveCustomer(id); !derived)
            return std::unexpected(derived.error());
    }
    return changed;
}

} // namespace relatio::sync
