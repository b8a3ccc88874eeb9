// The transactions, cursors and clock around sync, and writing what was merged: new records,
// references, pending ones, derived columns and erasures (merging is in SyncEndpointApply.cpp,
// reading in SyncEndpointRead.cpp).
#include "sync/SyncEndpoint.h"
#include "sync/SyncEndpointParts.h"

#include "customers/CustomerRepository.h"
#include "customers/SortKey.h"
#include "privacy/Erasure.h"
#include "privacy/RejectFiles.h"
#include "store/SetAside.h"
#include "store/Transaction.h"
#include "sync/PgSchema.h"
#include "sync/SyncSchema.h"
#include "util/Stamps.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace relatio::sync {

using namespace endpoint;

SyncEndpoint::SyncEndpoint(DatabasePtr db)
    : m_dialect(db->dialect())
{
    m_connection = [db]() { return db->connection(); };
    // A team database worked on directly is the server's side: the paths for a Relatio file (its
    // first fill, its raw writes, erasing on it) are not for it.
    if (m_dialect == Dialect::SQLite)
        m_db = std::move(db);
}

SyncEndpoint::SyncEndpoint(std::function<QSqlDatabase()> connection, Dialect dialect)
    : m_connection(std::move(connection))
    , m_dialect(dialect)
{
}

Result<void> SyncEndpoint::begin(QSqlDatabase &db, const QString &what)
{
    QSqlQuery q(db);
    // SQLite: the write lock at once. PostgreSQL: the clock row locked to the commit, so writers
    // take turns and feed positions are handed out in commit order (no reader passes a lower
    // position that commits later).
    if (m_dialect == Dialect::SQLite) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return std::unexpected(Database::sqlError(q.lastError(), what));
        return {};
    }
    if (!q.exec(QStringLiteral("BEGIN")))
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (!q.exec(QStringLiteral("SELECT id FROM sync_clock WHERE id = 1 FOR UPDATE"))) {
        const QSqlError error = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(Database::sqlError(error, what));
    }
    return {};
}

Result<void> SyncEndpoint::commit(QSqlDatabase &db, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(Database::sqlError(error, what));
    }
    return {};
}

QSqlQuery *SyncEndpoint::prepared(const QString &sql) const
{
    // Statements are prepared once per operation and run for every record of a batch: on
    // PostgreSQL each prepare is a round trip, and even a local file spends more time preparing
    // than running them. Finished when handed out again and dropped when the operation ends.
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        q->prepare(sql);
        found = m_statements.emplace(sql, std::move(q)).first;
    }
    found->second->finish();
    return found->second.get();
}

SyncEndpoint::~SyncEndpoint() = default;

void SyncEndpoint::rollback(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

Result<QString> SyncEndpoint::replicaId() const
{
    const Scope scope(this);
    if (!m_replicaId.isEmpty())
        return m_replicaId;
    Stmt q(connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'replica_id'")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the replica id")));
    const_cast<SyncEndpoint *>(this)->m_replicaId = q.value(0).toString();
    return m_replicaId;
}

Result<bool> SyncEndpoint::beginFirstFill(const QString &serverId)
{
    const Scope scope(this);
    m_fillEmpty.clear();
    m_fillWritten.clear();
    if (!m_db)
        return false;
    auto aside = SetAside::isAside(connection());
    if (!aside || *aside)
        return aside;
    auto state = peer(serverId);
    if (!state)
        return std::unexpected(state.error());
    if (state->pulledUpto > 0)
        return false;
    Stmt q(connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM customer)")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the customers")));
    if (q.value(0).toBool())
        return false;
    // What the server sends to an empty table can only be there if this fill wrote it (a record
    // edited on the server meanwhile comes again, later in the feed): the others are not looked
    // for. Left out are the tables whose uuids follow from their content (a tag's or an owner's
    // name, a product's SKU, a conflict's loser, an answer's assessment and statement), which a
    // writer other than this fill may make.
    QSet<QString> empty;
    for (const SyncTable &t : syncTables()) {
        if (t.name == kConflict || t.name == kTag || t.name == kErasure || t.name == QLatin1String("owner")
            || t.name == QLatin1String("product") || t.name == QLatin1String("maturity_answer"))
            continue;
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(t.name)) || !q.next())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Reading %1 for sync").arg(t.name)));
        if (!q.value(0).toBool())
            empty.insert(t.name);
    }
    // No statement of this connection may still be reading when the indexes are dropped.
    q.finish();
    for (auto &[sql, statement] : m_statements)
        statement->finish();
    if (auto set = SetAside::customerIndexes(connection()); !set)
        return std::unexpected(set.error());
    m_fillEmpty = empty;
    m_fillWritten.clear();
    // Its batches need not each reach the disk before the next: a power cut loses at most the
    // last of them, and the cursor with them (they come again), never the file's consistency.
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // The records come in the server's order, so every batch writes all over the uuid indexes:
    // with the usual 16 MB of cache each batch took longer than the one before (150 to 430 ms
    // for 5,000 customers over a fill of 100,000). The cache is given back at the end.
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_fillCacheSize = q.value(0).toInt();
    q.finish();
    q.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    return true;
}

Result<void> SyncEndpoint::endFirstFill()
{
    const Scope scope(this);
    m_statements.clear(); // prepared against the schema as it was
    m_raw.clear();
    m_fillEmpty.clear();
    m_fillWritten.clear();
    if (!m_db)
        return {};
    Stmt q(connection());
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (m_fillCacheSize != 0)
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_fillCacheSize));
    m_fillCacheSize = 0;
    auto restored = SetAside::restore(connection());
    if (!restored)
        return std::unexpected(restored.error());
    return {};
}

Result<qint64> SyncEndpoint::tick()
{
    // Feed positions are taken from the clock a block at a time (a batch needs one per record);
    // a block's unused rest only leaves a gap in the feed.
    if (m_seqNext < m_seqEnd)
        return m_seqNext++;
    constexpr qint64 kBlock = 512;
    Stmt q(connection());
    if (!q.exec(QStringLiteral("UPDATE sync_clock SET seq = seq + %1 WHERE id = 1 RETURNING seq").arg(kBlock)) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the sync clock")));
    m_seqEnd = q.value(0).toLongLong() + 1;
    m_seqNext = m_seqEnd - kBlock;
    return m_seqNext++;
}

Result<Stamp> SyncEndpoint::tickClock()
{
    Stmt q(connection());
    if (!q.exec(QStringLiteral("UPDATE sync_clock SET hlc = %1(hlc + 1, %2) WHERE id = 1 RETURNING hlc")
                    .arg(greatest(), m_dialect == Dialect::SQLite ? clockTickSql() : pgClockTickSql()))
        || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the sync clock")));
    return Stamp{q.value(0).toLongLong(), m_replicaId};
}

Result<bool> SyncEndpoint::isErased(const QString &customerUuid) const
{
    if (m_notErased.contains(customerUuid))
        return false;
    Stmt q(connection());
    q = prepared(QStringLiteral("SELECT 1 FROM customer_erasure WHERE uuid = ?"));
    q.addBindValue(customerUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading erasures")));
    return q.next();
}

Result<std::optional<qint64>> SyncEndpoint::targetId(const QString &table, const QString &uuid)
{
    // Ids are remembered for the transaction (a rollback takes back the rows it made); an
    // erasure, which removes rows for good, forgets them.
    const QString key = table + QLatin1Char('/') + uuid;
    if (const auto found = m_ids.constFind(key); found != m_ids.cend())
        return std::optional<qint64>(*found);
    if (table == m_queueTable && m_queued.contains(uuid)) {
        if (auto flushed = flushInserts(); !flushed)
            return std::unexpected(flushed.error());
        return std::optional<qint64>(m_ids.value(key));
    }
    Stmt q(connection());
    q = prepared(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    q.addBindValue(uuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading %1 %2").arg(table, uuid)));
    if (!q.next())
        return std::optional<qint64>();
    const qint64 id = q.value(0).toLongLong();
    m_ids.insert(key, id);
    return std::optional<qint64>(id);
}

Result<void> SyncEndpoint::readTargetIds(const QString &table, const QList<const SyncRecord *> &records)
{
    // One by one, each id was a round trip to a team database: a push of 1,000 changes to the
    // history of customers already there read their ids 1,000 times.
    const SyncTable *t = syncTable(table);
    if (!t)
        return {};
    QHash<QString, QSet<QString>> wanted; // target table → uuids whose id is not known yet
    for (const SyncColumn &c : t->columns) {
        if (c.kind == Kind::Value)
            continue;
        for (const SyncRecord *r : records) {
            const QVariant v = r->values.value(c.name);
            const QStringList targets = c.kind == Kind::TagSet ? splitSet(v)
                                                               : (v.isNull() ? QStringList() : QStringList{v.toString()});
            for (const QString &target : targets)
                if (!m_ids.contains(c.target + QLatin1Char('/') + target))
                    wanted[c.target].insert(target);
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QStringList uuids(it.value().cbegin(), it.value().cend());
        for (qsizetype from = 0; from < uuids.size(); from += kChunk) {
            const QStringList part = uuids.mid(from, kChunk);
            Stmt q(connection());
            q = prepared(QStringLiteral("SELECT id, uuid FROM %1 WHERE uuid IN (%2)").arg(it.key(), placeholders(part.size())));
            for (const QString &u : part)
                q.addBindValue(u);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), tr("Reading %1 for sync").arg(it.key())));
            while (q.next())
                m_ids.insert(it.key() + QLatin1Char('/') + q.value(1).toString(), q.value(0).toLongLong());
        }
    }
    return {};
}

Result<QList<qint64>> SyncEndpoint::resolveTargets(const SyncColumn &column, const QVariant &value, QStringList *parked)
{
    // A reference travels as the uuid of its target (a tag set as several). Those here give their
    // ids; those not here yet are parked, except an erased customer's: that reference is dropped,
    // as on every other replica.
    const QStringList targets = column.kind == Kind::TagSet
        ? splitSet(value)
        : (value.isNull() ? QStringList() : QStringList{value.toString()});
    QList<qint64> ids;
    for (const QString &target : targets) {
        auto id = targetId(column.target, target);
        if (!id)
            return std::unexpected(id.error());
        if (*id) {
            ids.append(**id);
            continue;
        }
        if (column.target == kCustomer) {
            auto erased = isErased(target);
            if (!erased)
                return std::unexpected(erased.error());
            if (*erased)
                continue;
        }
        parked->append(target);
    }
    return ids;
}

Result<void> SyncEndpoint::insertRecord(const SyncRecord &in, Mode mode)
{
    Q_UNUSED(mode);
    const SyncTable *t = syncTable(in.table);
    const QString what = tr("Applying %1 %2").arg(in.table, in.uuid);
    QSqlDatabase db = connection();
    // One INSERT with everything: the references resolved (or parked), and for a customer the
    // derived columns, so that its triggers (search index, statistics) run once.
    QStringList columns{QStringLiteral("uuid")};
    QVariantList values{in.uuid};
    if (t->hasTimes) {
        columns << QStringLiteral("created_at");
        values << in.createdAt;
    }
    if (t->hasTimes && t->hasUpdated) {
        columns << QStringLiteral("updated_at");
        values << in.updatedAt;
    }
    QList<QPair<QString, QString>> pending; // field, target uuid
    QList<qint64> tagIds;
    qint64 organisationId = 0;
    for (const SyncColumn &c : t->columns) {
        const QVariant v = in.values.value(c.name);
        if (c.kind == Kind::Value) {
            auto unique = uniqueValue(in.table, c.name, in.uuid, v);
            if (!unique)
                return std::unexpected(unique.error());
            columns.append(c.name);
            values.append(*unique);
            continue;
        }
        QStringList parked;
        auto ids = resolveTargets(c, v, &parked);
        if (!ids)
            return std::unexpected(ids.error());
        if (c.required && !parked.isEmpty())
            return fail(Error::Code::Invalid, tr("%1 %2 names %3 %4, which did not come with it.")
                                                  .arg(in.table, in.uuid, c.target, parked.first()));
        for (const QString &target : std::as_const(parked))
            pending.append({c.name, target});
        if (c.kind == Kind::TagSet)
            tagIds += *ids;
        if (c.kind == Kind::Ref) {
            columns.append(c.name);
            values.append(ids->isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(ids->first()));
            if (c.name == QLatin1String("organisation_id") && !ids->isEmpty())
                organisationId = ids->first();
        }
    }
    Stmt q(db);
    if (in.table == kCustomer) {
        Customer c;
        c.kind = in.values.value(QStringLiteral("kind")).toString() == QLatin1String("organisation")
            ? CustomerKind::Organisation
            : CustomerKind::Person;
        c.givenName = in.values.value(QStringLiteral("given_name")).toString();
        c.familyName = in.values.value(QStringLiteral("family_name")).toString();
        c.organisationName = in.values.value(QStringLiteral("organisation_name")).toString();
        c.phone = in.values.value(QStringLiteral("phone")).toString();
        c.mobile = in.values.value(QStringLiteral("mobile")).toString();
        QString label = QLatin1String("");
        if (c.kind == CustomerKind::Person && organisationId > 0) {
            if (auto flushed = flushUpdates(); !flushed)
                return std::unexpected(flushed.error());
            q = prepared(QStringLiteral("SELECT organisation_name FROM customer WHERE id = ? AND kind = 'organisation'"));
            q.addBindValue(organisationId);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
            if (q.next())
                label = q.value(0).toString();
        }
        const auto d = CustomerRepository::derive(c, label);
        columns << QStringLiteral("org_label") << QStringLiteral("sort_name") << QStringLiteral("org_sort")
                << QStringLiteral("phone_search");
        for (const QString *v : {static_cast<const QString *>(&label), &d.sortName, &d.orgSort, &d.phoneSearch})
            values.append(v->isNull() ? QString(QLatin1String("")) : *v);
    }
    auto seq = tick();
    if (!seq)
        return std::unexpected(seq.error());
    // Rows of one table are written together, up to a hundred to a statement: per statement,
    // SQLite writes the search index's pending terms out (a new segment for every row inserted
    // on its own), and each statement is a round trip to PostgreSQL.
    if (in.table != m_queueTable || m_queue.size() >= 2000) {
        if (auto flushed = flushInserts(); !flushed)
            return std::unexpected(flushed.error());
    }
    m_queueTable = in.table;
    m_queueColumns = columns;
    m_queue.append(QueuedInsert{&in, std::move(values), std::move(tagIds), std::move(pending), *seq});
    m_queued.insert(in.uuid);
    if (m_fillEmpty.contains(in.table))
        m_fillWritten[in.table].insert(in.uuid);
    // A tag's or a product's unique value is checked against the rows already written.
    if (in.table == kTag || in.table == QLatin1String("product"))
        return flushInserts();
    return {};
}

Result<void> SyncEndpoint::addConflict(const QString &table, const QString &rowUuid, const QString &field,
                                       const QVariant &loserValue, const Stamp &loser, const QVariant &winnerValue,
                                       const Stamp &winner, Mode mode, Applied &applied)
{
    const QString what = tr("Recording a conflict on %1 %2").arg(table, rowUuid);
    // The same lost edit found on two replicas is one entry.
    const QString uuid = nameUuid("sync_conflict", QStringLiteral("%1/%2/%3/%4/%5")
                                                       .arg(table, rowUuid, field)
                                                       .arg(loser.hlc)
                                                       .arg(loser.node));
    const QString now = nowStored();
    Stmt q(connection());
    q = prepared(QStringLiteral(
        "INSERT INTO sync_conflict (uuid, tbl, row_uuid, field, loser_value, loser_hlc, loser_node, winner_value,"
        " winner_hlc, winner_node, detected_by, state, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) ON CONFLICT (uuid) DO NOTHING"));
    q.addBindValue(uuid);
    q.addBindValue(table);
    q.addBindValue(rowUuid);
    q.addBindValue(field);
    q.addBindValue(loserValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(loserValue.toString()));
    q.addBindValue(loser.hlc);
    q.addBindValue(loser.node);
    q.addBindValue(winnerValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(winnerValue.toString()));
    q.addBindValue(winner.hlc);
    q.addBindValue(winner.node);
    q.addBindValue(m_replicaId);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (q.numRowsAffected() != 1)
        return {};
    ++applied.conflicts;
    auto seq = tick();
    if (!seq)
        return std::unexpected(seq.error());
    const auto created = tickClock();
    if (!created)
        return std::unexpected(created.error());
    // Found on a laptop it still has to reach the server (no base); found on the server it is there.
    const bool onServer = mode == Mode::Push;
    return writeStamps(QStringLiteral("sync_conflict"), uuid, *created, onServer ? *created : Stamp{}, {}, {},
                       onServer ? 1 : 0, *seq, true);
}

Result<void> SyncEndpoint::resolvePending()
{
    QSqlDatabase db = connection();
    Stmt q(db);
    if (!q.exec(QStringLiteral("SELECT tbl, uuid, field, target_uuid FROM sync_pending")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading pending references")));
    struct Pending
    {
        QString table, uuid, field, target;
    };
    QList<Pending> pending;
    while (q.next())
        pending.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    q.finish();
    for (const Pending &p : std::as_const(pending)) {
        const SyncTable *t = syncTable(p.table);
        const SyncColumn *column = nullptr;
        for (const SyncColumn &c : t->columns)
            if (c.name == p.field)
                column = &c;
        if (!column)
            continue;
        q = prepared(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(column->target));
        q.addBindValue(p.target);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Reading pending references")));
        if (!q.next())
            continue;
        const qint64 targetId = q.value(0).toLongLong();
        q.finish();
        if (column->kind == Kind::TagSet)
            q = prepared(QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id)"
                                     " SELECT id, CAST(? AS BIGINT) FROM customer WHERE uuid = ? ON CONFLICT DO NOTHING"));
        else
            q = prepared(QStringLiteral("UPDATE %1 SET %2 = ? WHERE uuid = ?").arg(p.table, p.field));
        q.addBindValue(targetId);
        q.addBindValue(p.uuid);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Filling a pending reference")));
        q = prepared(QStringLiteral("DELETE FROM sync_pending WHERE tbl = ? AND uuid = ? AND field = ? AND target_uuid = ?"));
        for (const QString &b : {p.table, p.uuid, p.field, p.target})
            q.addBindValue(b);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Filling a pending reference")));
        if (p.table == kCustomer) {
            q = prepared(QStringLiteral("SELECT id FROM customer WHERE uuid = ?"));
            q.addBindValue(p.uuid);
            if (q.exec() && q.next()) {
                const qint64 id = q.value(0).toLongLong();
                q.finish();
                if (auto derived = deriveCustomer(id); !derived)
                    return derived;
            }
        }
    }
    return {};
}

Result<void> SyncEndpoint::deriveCustomer(qint64 id)
{
    // The derived columns (sort keys, search forms, the organisation's name on members), as a
    // save computes them; read with plain SQL so that it runs on either dialect.
    const QString what = tr("Applying customer %1").arg(id);
    if (auto flushed = flushUpdates(); !flushed)
        return flushed;
    Stmt q(connection());
    q = prepared(QStringLiteral("SELECT c.kind, c.given_name, c.family_name, c.organisation_name, c.phone, c.mobile,"
                             " o.organisation_name FROM customer AS c"
                             " LEFT JOIN customer AS o ON o.id = c.organisation_id AND o.kind = 'organisation'"
                             " WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (!q.next())
        return {};
    Customer c;
    c.kind = q.value(0).toString() == QLatin1String("organisation") ? CustomerKind::Organisation : CustomerKind::Person;
    c.givenName = q.value(1).toString();
    c.familyName = q.value(2).toString();
    c.organisationName = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.mobile = q.value(5).toString();
    const QString label = c.kind == CustomerKind::Person ? q.value(6).toString() : QString();
    q.finish();
    const auto d = CustomerRepository::derive(c, label);
    q = prepared(QStringLiteral("UPDATE customer SET org_label = ?, sort_name = ?, org_sort = ?, phone_search = ?"
                             " WHERE id = ?"));
    // The columns are NOT NULL: a null string is written as an empty one.
    for (const QString *v : {&label, &d.sortName, &d.orgSort, &d.phoneSearch})
        q.addBindValue(v->isNull() ? QString(QLatin1String("")) : *v);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (c.kind == CustomerKind::Organisation) {
        q = prepared(QStringLiteral("UPDATE customer SET org_label = ?, org_sort = ? WHERE organisation_id = ?"
                                 " AND kind = 'person' AND org_label <> ?"));
        q.addBindValue(c.organisationName);
        q.addBindValue(organisationSortKey(c.organisationName));
        q.addBindValue(id);
        q.addBindValue(c.organisationName);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
    }
    return {};
}

Result<void> SyncEndpoint::eraseHere(const QString &uuid)
{
    if (auto flushed = flushUpdates(); !flushed)
        return flushed;
    if (m_db) {
        // What identifies the customer in the rejects files of imports made here, read before the
        // record goes; the files are cleaned once the transaction is committed.
        Stmt q(connection());
        q = prepared(QStringLiteral("SELECT id FROM customer WHERE uuid = ?"));
        q.addBindValue(uuid);
        if (q.exec() && q.next()) {
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            if (auto customer = CustomerRepository(m_db).get(id))
                m_erasedTraces.append(CustomerTraces::of(*customer));
        }
        return Erasure::eraseReplicated(m_db, uuid);
    }
    // The team database holds customers, their tags and the sync tables: those rows go, and
    // members of an erased organisation keep their record without its name. VACUUM follows the
    // sync (dead rows keep their content until then).
    const QString what = tr("Erasing customer %1").arg(uuid);
    Stmt q(connection());
    // The sync bookkeeping of the customer and of what belongs to it first, then the customer's
    // contacts, follow-ups and consent entries, then the customer.
    QStringList statements = forgetCustomersSql(QStringLiteral("c.uuid = ?"));
    const QList<SyncTable> &tables = syncTables();
    for (auto t = tables.crbegin(); t != tables.crend(); ++t) {
        if (!t->customerRef.isEmpty())
            statements << QStringLiteral("DELETE FROM %1 WHERE %2 = (SELECT id FROM customer WHERE uuid = ?)")
                              .arg(t->name, t->customerRef);
    }
    statements += QStringList{
        QStringLiteral("UPDATE customer SET org_label = '', org_sort = '', organisation_id = NULL"
                       " WHERE organisation_id = (SELECT id FROM customer WHERE uuid = ?)"),
        QStringLiteral("DELETE FROM customer_tag WHERE customer_id = (SELECT id FROM customer WHERE uuid = ?)"),
        QStringLiteral("DELETE FROM customer WHERE uuid = ?"),
    };
    for (const QString &sql : statements) {
        q = prepared(sql);
        q.addBindValue(uuid);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
    }
    return {};
}

Result<QVariant> SyncEndpoint::uniqueValue(const QString &table, const QString &column, const QString &uuid,
                                           const QVariant &value)
{
    // Tag names (in any case) and product SKUs are unique, among removed ones too (so every replica
    // holding both makes the same choice). Two records that came to the same one on two replicas:
    // the smaller uuid keeps it, the other shows it with the start of its uuid, the same choice on
    // every replica whichever arrives first. (Units and personas of one name are both kept: a name
    // may be taken again after a removal, so a rename would differ between replicas.)
    const bool name = table == kTag && column == QLatin1String("name");
    const bool sku = table == QLatin1String("product") && column == QLatin1String("sku");
    if ((!name && !sku) || value.isNull() || value.toString().isEmpty())
        return value;
    const QString what = tr("Applying %1 %2").arg(table, uuid);
    Stmt q(connection());
    q = prepared(name ? QStringLiteral("SELECT uuid FROM tag WHERE lower(name) = lower(?) AND uuid <> ?")
                      : QStringLiteral("SELECT uuid FROM product WHERE sku = ? AND uuid <> ?"));
    q.addBindValue(value);
    q.addBindValue(uuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (!q.next())
        return value;
    const QString other = q.value(0).toString();
    q.finish();
    if (other < uuid)
        return QVariant(QStringLiteral("%1 (%2)").arg(value.toString(), uuid.left(8)));
    q = prepared(QStringLiteral("UPDATE %1 SET %2 = %2 || ' (' || substr(uuid, 1, 8) || ')' WHERE uuid = ?").arg(table, column));
    q.addBindValue(other);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    return value;
}

Result<void> SyncEndpoint::settlePushed(const QString &serverId, qint64 from, qint64 to,
                                        const std::function<bool()> &beforeCommit)
{
    const Scope scope(this);
    const QString what = tr("Recording what was sent");
    QSqlDatabase db = connection();
    WriteTransaction tx(db);
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), what));
    Stmt q(db);
    q = prepared(QStringLiteral("UPDATE field_stamp SET base_hlc = hlc, base_node = node WHERE (tbl, uuid) IN"
                             " (SELECT tbl, uuid FROM row_stamp WHERE seq > ? AND seq <= ? AND origin = 0)"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q = prepared(QStringLiteral("UPDATE row_stamp SET base_hlc = hlc, base_node = node, origin = 1"
                             " WHERE seq > ? AND seq <= ? AND origin = 0"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q = prepared(QStringLiteral(
        "INSERT INTO sync_peer (peer_id, role, pushed_upto, last_sync) VALUES (?, 'server', ?, ?)"
        " ON CONFLICT (peer_id) DO UPDATE SET pushed_upto = max(sync_peer.pushed_upto, excluded.pushed_upto),"
        " last_sync = excluded.last_sync"));
    q.addBindValue(serverId);
    q.addBindValue(to);
    q.addBindValue(nowStored());
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q.finish();
    if (beforeCommit && !beforeCommit())
        return fail(Error::Code::Io, tr("Sync stopped before it was recorded as sent."));
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), what));
    return {};
}

Result<PeerState> SyncEndpoint::peer(const QString &peerId) const
{
    const Scope scope(this);
    Stmt q(connection());
    q = prepared(QStringLiteral("SELECT pulled_upto, pushed_upto FROM sync_peer WHERE peer_id = ?"));
    q.addBindValue(peerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the sync state")));
    PeerState state;
    if (q.next()) {
        state.pulledUpto = q.value(0).toLongLong();
        state.pushedUpto = q.value(1).toLongLong();
    }
    return state;
}

} // namespace relatio::sync
