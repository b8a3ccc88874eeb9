// Reading the change feed and merging records field by field.
#include "sync/SyncEndpoint.h"

#include "customers/CustomerRepository.h"
#include "customers/SortKey.h"
#include "privacy/Erasure.h"
#include "store/Transaction.h"
#include "sync/SyncSchema.h"
#include "util/Stamps.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relatio::sync {

namespace {

using Kind = SyncColumn::Kind;

const QString kCustomer = QStringLiteral("customer");
const QString kTag = QStringLiteral("tag");
const QString kErasure = QStringLiteral("customer_erasure");
const QString kConflict = QStringLiteral("sync_conflict");
constexpr int kChunk = 400;

// Values compare as stored text, NULL apart from every text.
bool same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QVariant nullableStamp(qint64 hlc, const Stamp &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(hlc);
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Stamp stampFrom(const QVariant &hlc, const QVariant &node)
{
    if (node.isNull())
        return {};
    return Stamp{hlc.toLongLong(), node.toString()};
}

QString columnSql(const SyncColumn &c)
{
    switch (c.kind) {
    case Kind::Value:
        return QStringLiteral("t.") + c.name;
    case Kind::Ref:
        return QStringLiteral("(SELECT x.uuid FROM %1 AS x WHERE x.id = t.%2)").arg(c.target, c.name);
    case Kind::TagSet:
        return QStringLiteral("(SELECT group_concat(u, ',') FROM (SELECT g.uuid AS u FROM customer_tag AS ct"
                              " JOIN tag AS g ON g.id = ct.tag_id WHERE ct.customer_id = t.id ORDER BY g.uuid))");
    }
    return {};
}

QStringList splitSet(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QStringList() : v.toString().split(QLatin1Char(','));
}

QVariant joinSet(QStringList set)
{
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    return set.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(set.join(QLatin1Char(',')));
}

} // namespace

struct SyncEndpoint::Local
{
    qint64 id = 0;
    SyncRecord record;
};

SyncEndpoint::SyncEndpoint(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<QString> SyncEndpoint::replicaId() const
{
    if (!m_replicaId.isEmpty())
        return m_replicaId;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'replica_id'")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the replica id")));
    const_cast<SyncEndpoint *>(this)->m_replicaId = q.value(0).toString();
    return m_replicaId;
}

Result<QList<SyncRecord>> SyncEndpoint::readRecords(const QString &table, const QStringList &uuids) const
{
    const SyncTable *t = syncTable(table);
    if (!t)
        return fail(Error::Code::Invalid, tr("The table %1 does not sync.").arg(table));
    const QString what = tr("Reading %1 for sync").arg(table);
    QStringList select{t->hasId ? QStringLiteral("t.id") : QStringLiteral("0"), QStringLiteral("t.uuid")};
    select.append(t->hasTimes ? QStringLiteral("t.created_at, t.updated_at") : QStringLiteral("'', ''"));
    select.append(QStringLiteral("r.hlc, r.node, r.base_hlc, r.base_node, r.seq"));
    for (const SyncColumn &c : t->columns)
        select.append(columnSql(c));
    constexpr int kFirstColumn = 9;

    QList<SyncRecord> out;
    QSqlDatabase db = m_db->connection();
    for (qsizetype from = 0; from < uuids.size(); from += kChunk) {
        const QStringList part = uuids.mid(from, kChunk);
        QHash<QString, qsizetype> at;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 AS t LEFT JOIN row_stamp AS r ON r.tbl = '%2' AND r.uuid = t.uuid"
                                 " WHERE t.uuid IN (%3)")
                      .arg(select.join(QStringLiteral(", ")), table, placeholders(part.size())));
        for (const QString &u : part)
            q.addBindValue(u);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        while (q.next()) {
            SyncRecord r;
            r.table = table;
            r.uuid = q.value(1).toString();
            r.createdAt = q.value(2).toString();
            r.updatedAt = q.value(3).toString();
            r.created = stampFrom(q.value(4), q.value(5));
            r.rowBase = stampFrom(q.value(6), q.value(7));
            r.seq = q.value(8).toLongLong();
            for (qsizetype i = 0; i < t->columns.size(); ++i)
                r.values.insert(t->columns[i].name, q.value(int(kFirstColumn + i)));
            for (const QString &c : t->mutableColumns)
                r.bases.insert(c, r.rowBase);
            at.insert(r.uuid, out.size());
            out.append(std::move(r));
        }
        if (at.isEmpty())
            continue;
        QSqlQuery f(db);
        f.setForwardOnly(true);
        f.prepare(QStringLiteral("SELECT uuid, field, hlc, node, base_hlc, base_node FROM field_stamp"
                                 " WHERE tbl = ? AND uuid IN (%1)")
                      .arg(placeholders(part.size())));
        f.addBindValue(table);
        for (const QString &u : part)
            f.addBindValue(u);
        if (!f.exec())
            return std::unexpected(Database::sqlError(f.lastError(), what));
        while (f.next()) {
            const auto i = at.value(f.value(0).toString(), -1);
            if (i < 0)
                continue;
            const QString field = f.value(1).toString();
            out[i].stamps.insert(field, Stamp{f.value(2).toLongLong(), f.value(3).toString()});
            out[i].bases.insert(field, stampFrom(f.value(4), f.value(5)));
        }
        // A reference still waiting for its target is part of the value all the same.
        QSqlQuery p(db);
        p.setForwardOnly(true);
        p.prepare(QStringLiteral("SELECT uuid, field, target_uuid FROM sync_pending WHERE tbl = ? AND uuid IN (%1)")
                      .arg(placeholders(part.size())));
        p.addBindValue(table);
        for (const QString &u : part)
            p.addBindValue(u);
        if (!p.exec())
            return std::unexpected(Database::sqlError(p.lastError(), what));
        while (p.next()) {
            const auto i = at.value(p.value(0).toString(), -1);
            if (i < 0)
                continue;
            const QString field = p.value(1).toString();
            const QString target = p.value(2).toString();
            if (field == QLatin1String("tags"))
                out[i].values[field] = joinSet(splitSet(out[i].values.value(field)) << target);
            else
                out[i].values[field] = target;
        }
    }
    return out;
}

Result<SyncEndpoint::Feed> SyncEndpoint::readFeed(qint64 after, int limit, bool ownChanges) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT tbl, uuid, seq FROM row_stamp WHERE seq > ?%1 ORDER BY seq LIMIT ?")
                  .arg(ownChanges ? QStringLiteral(" AND origin = 0") : QString()));
    q.addBindValue(after);
    q.addBindValue(limit);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the change feed")));
    Feed feed;
    feed.last = after;
    QHash<QString, QStringList> byTable;
    while (q.next()) {
        byTable[q.value(0).toString()].append(q.value(1).toString());
        feed.last = q.value(2).toLongLong();
    }
    for (const SyncTable &t : syncTables()) {
        const QStringList uuids = byTable.value(t.name);
        if (uuids.isEmpty())
            continue;
        auto records = readRecords(t.name, uuids);
        if (!records)
            return std::unexpected(records.error());
        feed.records += *records;
    }
    return feed;
}

Result<std::optional<SyncEndpoint::Local>> SyncEndpoint::readLocal(const QString &table, const QString &uuid) const
{
    auto records = readRecords(table, {uuid});
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return std::optional<Local>();
    Local local;
    local.record = records->first();
    const SyncTable *t = syncTable(table);
    if (t->hasId) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
        q.addBindValue(uuid);
        if (!q.exec() || !q.next())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Reading %1 for sync").arg(table)));
        local.id = q.value(0).toLongLong();
    }
    return std::optional<Local>(std::move(local));
}

Result<qint64> SyncEndpoint::tick()
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("UPDATE sync_clock SET hlc = max(hlc + 1, %1), seq = seq + 1 WHERE id = 1 RETURNING seq")
                    .arg(clockTickSql()))
        || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the sync clock")));
    return q.value(0).toLongLong();
}

Result<bool> SyncEndpoint::isErased(const QString &customerUuid) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM customer_erasure WHERE uuid = ?"));
    q.addBindValue(customerUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading erasures")));
    return q.next();
}

Result<SyncEndpoint::Applied> SyncEndpoint::apply(const QList<SyncRecord> &records, Mode mode, const QString &peer,
                                                  const CursorUpdate &cursor, const std::function<bool()> &beforeCommit)
{
    const QString what = tr("Applying changes from %1").arg(peer);
    if (auto me = replicaId(); !me)
        return std::unexpected(me.error());
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), what));
    QSqlQuery q(db);
    // Stamps seen move this clock past them, so what is written here next is newer (HLC receipt).
    qint64 newest = 0;
    for (const SyncRecord &r : records) {
        newest = std::max(newest, r.created.hlc);
        for (const Stamp &s : r.stamps)
            newest = std::max(newest, s.hlc);
    }
    q.prepare(QStringLiteral("UPDATE sync_clock SET hlc = max(hlc, ?), applying = 1 WHERE id = 1"));
    q.addBindValue(newest);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));

    // Erasures first, then each table after the ones it refers to.
    QList<const SyncRecord *> ordered;
    for (const SyncTable &t : syncTables())
        for (const SyncRecord &r : records)
            if (r.table == t.name)
                ordered.append(&r);
    Applied applied;
    for (const SyncRecord *r : std::as_const(ordered)) {
        auto changed = applyRecord(*r, mode, peer, applied);
        if (!changed)
            return std::unexpected(changed.error());
        if (*changed)
            ++applied.changed;
    }
    if (auto resolved = resolvePending(); !resolved)
        return std::unexpected(resolved.error());

    q.prepare(QStringLiteral(
        "INSERT INTO sync_peer (peer_id, role, pulled_upto, pushed_upto, last_sync) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (peer_id) DO UPDATE SET pulled_upto = max(pulled_upto, excluded.pulled_upto),"
        " pushed_upto = max(pushed_upto, excluded.pushed_upto), last_sync = excluded.last_sync"));
    q.addBindValue(cursor.peerId);
    q.addBindValue(cursor.role);
    q.addBindValue(cursor.pulledUpto.value_or(0));
    q.addBindValue(cursor.pushedUpto.value_or(0));
    q.addBindValue(nowStored());
    if (!q.exec() || !q.exec(QStringLiteral("UPDATE sync_clock SET applying = 0 WHERE id = 1")))
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q.finish();
    if (beforeCommit && !beforeCommit())
        return fail(Error::Code::Io, tr("The connection to %1 was lost; nothing of this batch was kept.").arg(peer));
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), what));
    return applied;
}

Result<bool> SyncEndpoint::applyRecord(const SyncRecord &in, Mode mode, const QString &peer, Applied &applied)
{
    const SyncTable *t = syncTable(in.table);
    if (!t)
        return false; // a table of a newer version: left for it
    const QString what = tr("Applying %1 %2").arg(in.table, in.uuid);
    QSqlDatabase db = m_db->connection();

    if (in.table == kErasure) {
        auto erased = isErased(in.uuid);
        if (!erased)
            return std::unexpected(erased.error());
        QSqlQuery q(db);
        if (*erased) {
            // Erased on two replicas: the earlier erasure's record stays, the same everywhere.
            q.prepare(QStringLiteral("SELECT hlc, node FROM row_stamp WHERE tbl = ? AND uuid = ?"));
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
                q.prepare(QStringLiteral("UPDATE customer_erasure SET erased_at = ?, erased_by = ? WHERE uuid = ?"));
                q.addBindValue(in.values.value(QStringLiteral("erased_at")).toString());
                q.addBindValue(in.values.value(QStringLiteral("erased_by")).toString());
                q.addBindValue(in.uuid);
                if (!q.exec())
                    return std::unexpected(Database::sqlError(q.lastError(), what));
            }
            const Stamp rowBase = mode == Mode::Pull ? in.created : winner;
            if (auto stamped = writeStamps(in.table, in.uuid, winner, rowBase, {}, {}, winner == rowBase ? 1 : 0);
                !stamped)
                return std::unexpected(stamped.error());
            auto seq = tick();
            if (!seq)
                return std::unexpected(seq.error());
            q.prepare(QStringLiteral("UPDATE row_stamp SET seq = ? WHERE tbl = ? AND uuid = ?"));
            q.addBindValue(*seq);
            q.addBindValue(in.table);
            q.addBindValue(in.uuid);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
            return winner == in.created;
        }
        q.prepare(QStringLiteral("INSERT INTO customer_erasure (uuid, erased_at, erased_by) VALUES (?, ?, ?)"));
        q.addBindValue(in.uuid);
        q.addBindValue(in.values.value(QStringLiteral("erased_at")).toString());
        q.addBindValue(in.values.value(QStringLiteral("erased_by")).toString());
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        if (auto removed = Erasure::eraseReplicated(m_db, in.uuid); !removed)
            return std::unexpected(removed.error());
        // References to the erased customer that were waiting for it never will be filled.
        q.prepare(QStringLiteral("DELETE FROM sync_pending WHERE target_uuid = ?"));
        q.addBindValue(in.uuid);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        auto seq = tick();
        if (!seq)
            return std::unexpected(seq.error());
        if (auto stamped = writeStamps(in.table, in.uuid, in.created, in.created, {}, {}, 1); !stamped)
            return std::unexpected(stamped.error());
        q.prepare(QStringLiteral("UPDATE row_stamp SET seq = ? WHERE tbl = ? AND uuid = ?"));
        q.addBindValue(*seq);
        q.addBindValue(in.table);
        q.addBindValue(in.uuid);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        return true;
    }

    // Nothing about an erased customer is taken in again: an erasure wins over every change.
    QString customerUuid;
    if (in.table == kCustomer)
        customerUuid = in.uuid;
    else if (in.table == kConflict && in.values.value(QStringLiteral("tbl")).toString() == kCustomer)
        customerUuid = in.values.value(QStringLiteral("row_uuid")).toString();
    if (!customerUuid.isEmpty()) {
        auto erased = isErased(customerUuid);
        if (!erased)
            return std::unexpected(erased.error());
        if (*erased)
            return false;
    }

    auto local = readLocal(in.table, in.uuid);
    if (!local)
        return std::unexpected(local.error());
    if (!*local) {
        if (auto inserted = insertRecord(in, mode); !inserted)
            return std::unexpected(inserted.error());
        return true;
    }

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
    // Fields written only at creation: the earliest creation's values, the same everywhere.
    if (in.created < mine.created) {
        for (const SyncColumn &c : t->columns)
            if (!t->mutableColumns.contains(c.name) && !same(mine.values.value(c.name), in.values.value(c.name)))
                writes.insert(c.name, in.values.value(c.name));
    }

    if (!writes.isEmpty()) {
        if (auto written = writeValues(in.table, id, in.uuid, writes); !written)
            return std::unexpected(written.error());
    }
    QSqlQuery q(db);
    if (t->hasTimes) {
        q.prepare(QStringLiteral("UPDATE %1 SET created_at = min(created_at, ?), updated_at = max(updated_at, ?)"
                                 " WHERE uuid = ? AND (created_at > ? OR updated_at < ?)")
                      .arg(in.table));
        for (const QString &v : {in.createdAt, in.updatedAt, in.uuid, in.createdAt, in.updatedAt})
            q.addBindValue(v);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
    }

    bool dirty = created != rowBase;
    for (const QString &field : t->mutableColumns)
        dirty = dirty || stamps.value(field) != bases.value(field);
    const int origin = mode == Mode::Pull && dirty ? 0 : 1;
    if (auto stamped = writeStamps(in.table, in.uuid, created, rowBase, stamps, bases, origin); !stamped)
        return std::unexpected(stamped.error());
    // A record that changed here, or that the server kept otherwise than a laptop sent it, takes
    // a new place in the feed (the laptop's next pull then brings it the winning values).
    if (changed || (mode == Mode::Push && incomingLost)) {
        auto seq = tick();
        if (!seq)
            return std::unexpected(seq.error());
        q.prepare(QStringLiteral("UPDATE row_stamp SET seq = ? WHERE tbl = ? AND uuid = ?"));
        q.addBindValue(*seq);
        q.addBindValue(in.table);
        q.addBindValue(in.uuid);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
    }
    if (in.table == kCustomer && !writes.isEmpty()) {
        if (auto derived = deriveCustomer(id); !derived)
            return std::unexpected(derived.error());
    }
    return changed;
}

Result<void> SyncEndpoint::insertRecord(const SyncRecord &in, Mode mode)
{
    Q_UNUSED(mode);
    const SyncTable *t = syncTable(in.table);
    const QString what = tr("Applying %1 %2").arg(in.table, in.uuid);
    QSqlDatabase db = m_db->connection();
    if (in.table == kTag) {
        if (auto unique = makeTagNameUnique(in.uuid, in.values.value(QStringLiteral("name")).toString()); !unique)
            return std::unexpected(unique.error());
    }
    QStringList columns{QStringLiteral("uuid")};
    QVariantList values{in.uuid};
    if (t->hasTimes) {
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
        values << in.createdAt << in.updatedAt;
    }
    QHash<QString, QVariant> later;
    for (const SyncColumn &c : t->columns) {
        if (c.kind != Kind::Value) {
            later.insert(c.name, in.values.value(c.name));
            continue;
        }
        columns.append(c.name);
        values.append(in.values.value(c.name));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(in.table, columns.join(QStringLiteral(", ")), placeholders(values.size())));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    const qint64 id = q.lastInsertId().toLongLong();
    if (!later.isEmpty()) {
        if (auto written = writeValues(in.table, id, in.uuid, later); !written)
            return std::unexpected(written.error());
    }
    QHash<QString, Stamp> bases;
    for (const QString &field : t->mutableColumns)
        bases.insert(field, in.stampOf(field));
    if (auto stamped = writeStamps(in.table, in.uuid, in.created, in.created, in.stamps, bases, 1); !stamped)
        return std::unexpected(stamped.error());
    auto seq = tick();
    if (!seq)
        return std::unexpected(seq.error());
    q.prepare(QStringLiteral("UPDATE row_stamp SET seq = ? WHERE tbl = ? AND uuid = ?"));
    q.addBindValue(*seq);
    q.addBindValue(in.table);
    q.addBindValue(in.uuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (in.table == kCustomer)
        return deriveCustomer(id);
    return {};
}

Result<void> SyncEndpoint::writeValues(const QString &table, qint64 id, const QString &uuid,
                                       const QHash<QString, QVariant> &values)
{
    const SyncTable *t = syncTable(table);
    const QString what = tr("Applying %1 %2").arg(table, uuid);
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    QStringList sets;
    QVariantList binds;
    for (const SyncColumn &c : t->columns) {
        if (!values.contains(c.name))
            continue;
        const QVariant v = values.value(c.name);
        q.prepare(QStringLiteral("DELETE FROM sync_pending WHERE tbl = ? AND uuid = ? AND field = ?"));
        q.addBindValue(table);
        q.addBindValue(uuid);
        q.addBindValue(c.name);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        if (c.kind == Kind::Value) {
            if (table == kTag && c.name == QLatin1String("name")) {
                if (auto unique = makeTagNameUnique(uuid, v.toString()); !unique)
                    return std::unexpected(unique.error());
            }
            sets.append(c.name + QStringLiteral(" = ?"));
            binds.append(v);
            continue;
        }
        // References: to the local id of their target, or parked until it arrives.
        QStringList targets = c.kind == Kind::TagSet ? splitSet(v) : (v.isNull() ? QStringList() : QStringList{v.toString()});
        QList<qint64> ids;
        for (const QString &target : std::as_const(targets)) {
            q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(c.target));
            q.addBindValue(target);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
            if (q.next()) {
                ids.append(q.value(0).toLongLong());
                continue;
            }
            if (c.target == kCustomer) {
                auto erased = isErased(target);
                if (!erased)
                    return std::unexpected(erased.error());
                if (*erased)
                    continue; // as everywhere else, a reference to an erased customer is dropped
            }
            q.prepare(QStringLiteral("INSERT INTO sync_pending (tbl, uuid, field, target_uuid) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT DO NOTHING"));
            for (const QString &b : {table, uuid, c.name, target})
                q.addBindValue(b);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
        }
        if (c.kind == Kind::Ref) {
            sets.append(c.name + QStringLiteral(" = ?"));
            binds.append(ids.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(ids.first()));
            continue;
        }
        // The tag set: only the difference is written.
        q.prepare(QStringLiteral("DELETE FROM customer_tag WHERE customer_id = ?%1")
                      .arg(ids.isEmpty() ? QString()
                                         : QStringLiteral(" AND tag_id NOT IN (%1)").arg(placeholders(ids.size()))));
        q.addBindValue(id);
        for (const qint64 tagId : std::as_const(ids))
            q.addBindValue(tagId);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        q.prepare(QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        for (const qint64 tagId : std::as_const(ids)) {
            q.addBindValue(id);
            q.addBindValue(tagId);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
        }
    }
    if (sets.isEmpty())
        return {};
    q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?").arg(table, sets.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(uuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    return {};
}

Result<void> SyncEndpoint::writeStamps(const QString &table, const QString &uuid, const Stamp &created,
                                       const Stamp &rowBase, const QHash<QString, Stamp> &stamps,
                                       const QHash<QString, Stamp> &bases, int origin)
{
    const SyncTable *t = syncTable(table);
    const QString what = tr("Stamping %1 %2").arg(table, uuid);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO row_stamp (tbl, uuid, hlc, node, base_hlc, base_node, seq, origin) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"
        " ON CONFLICT (tbl, uuid) DO UPDATE SET hlc = excluded.hlc, node = excluded.node,"
        " base_hlc = excluded.base_hlc, base_node = excluded.base_node, origin = excluded.origin"));
    q.addBindValue(table);
    q.addBindValue(uuid);
    q.addBindValue(created.hlc);
    q.addBindValue(created.node);
    q.addBindValue(nullableStamp(rowBase.hlc, rowBase));
    q.addBindValue(nullableText(rowBase.node));
    q.addBindValue(origin);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q.prepare(QStringLiteral("DELETE FROM field_stamp WHERE tbl = ? AND uuid = ?"));
    q.addBindValue(table);
    q.addBindValue(uuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q.prepare(QStringLiteral("INSERT INTO field_stamp (tbl, uuid, field, hlc, node, base_hlc, base_node)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &field : t->mutableColumns) {
        const Stamp s = stamps.value(field, created);
        const Stamp b = bases.value(field, rowBase);
        if (s == created && b == rowBase)
            continue;
        q.addBindValue(table);
        q.addBindValue(uuid);
        q.addBindValue(field);
        q.addBindValue(s.hlc);
        q.addBindValue(s.node);
        q.addBindValue(nullableStamp(b.hlc, b));
        q.addBindValue(nullableText(b.node));
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
    }
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
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
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
    if (!q.exec(QStringLiteral("SELECT hlc FROM sync_clock WHERE id = 1")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    const Stamp created{q.value(0).toLongLong(), m_replicaId};
    q.finish();
    // Found on a laptop it still has to reach the server (no base); found on the server it is there.
    const bool onServer = mode == Mode::Push;
    if (auto stamped = writeStamps(QStringLiteral("sync_conflict"), uuid, created, onServer ? created : Stamp{}, {}, {},
                                   onServer ? 1 : 0);
        !stamped)
        return std::unexpected(stamped.error());
    q.prepare(QStringLiteral("UPDATE row_stamp SET seq = ? WHERE tbl = 'sync_conflict' AND uuid = ?"));
    q.addBindValue(*seq);
    q.addBindValue(uuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    return {};
}

Result<void> SyncEndpoint::resolvePending()
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
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
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(column->target));
        q.addBindValue(p.target);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Reading pending references")));
        if (!q.next())
            continue;
        const qint64 targetId = q.value(0).toLongLong();
        q.finish();
        if (column->kind == Kind::TagSet)
            q.prepare(QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id)"
                                     " SELECT id, ? FROM customer WHERE uuid = ? ON CONFLICT DO NOTHING"));
        else
            q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE uuid = ?").arg(p.table, p.field));
        q.addBindValue(targetId);
        q.addBindValue(p.uuid);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Filling a pending reference")));
        q.prepare(QStringLiteral("DELETE FROM sync_pending WHERE tbl = ? AND uuid = ? AND field = ? AND target_uuid = ?"));
        for (const QString &b : {p.table, p.uuid, p.field, p.target})
            q.addBindValue(b);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Filling a pending reference")));
        if (p.table == kCustomer) {
            q.prepare(QStringLiteral("SELECT id FROM customer WHERE uuid = ?"));
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
    CustomerRepository repository(m_db);
    const auto c = repository.get(id);
    if (!c)
        return std::unexpected(c.error());
    QString label;
    if (c->kind == CustomerKind::Person && c->organisationId > 0) {
        auto name = repository.organisationName(c->organisationId);
        if (name)
            label = *name; // a reference to a person (made on another replica) shows no label
    }
    const auto d = CustomerRepository::derive(*c, label);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE customer SET org_label = ?, sort_name = ?, org_sort = ?, phone_search = ?"
                             " WHERE id = ?"));
    // The columns are NOT NULL: a null string is written as an empty one.
    for (const QString *v : {static_cast<const QString *>(&label), &d.sortName, &d.orgSort, &d.phoneSearch})
        q.addBindValue(v->isNull() ? QString(QLatin1String("")) : *v);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Applying customer %1").arg(id)));
    if (c->kind == CustomerKind::Organisation) {
        q.prepare(QStringLiteral("UPDATE customer SET org_label = ?, org_sort = ? WHERE organisation_id = ?"
                                 " AND kind = 'person' AND org_label <> ?"));
        q.addBindValue(c->organisationName);
        q.addBindValue(organisationSortKey(c->organisationName));
        q.addBindValue(id);
        q.addBindValue(c->organisationName);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Applying customer %1").arg(id)));
    }
    return {};
}

Result<void> SyncEndpoint::makeTagNameUnique(const QString &uuid, const QString &name)
{
    // Tag names are unique. Two tags that came to the same name on two replicas keep it for the
    // smaller uuid; the other shows it with the start of its uuid — the same choice everywhere.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT uuid FROM tag WHERE name = ? COLLATE NOCASE AND uuid <> ?"));
    q.addBindValue(name);
    q.addBindValue(uuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Applying tag %1").arg(name)));
    if (!q.next())
        return {};
    const QString other = q.value(0).toString();
    q.finish();
    if (uuid < other) {
        q.prepare(QStringLiteral("UPDATE tag SET name = name || ' (' || substr(uuid, 1, 8) || ')' WHERE uuid = ?"));
        q.addBindValue(other);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Applying tag %1").arg(name)));
    }
    return {};
}

Result<void> SyncEndpoint::settlePushed(const QString &serverId, qint64 from, qint64 to,
                                        const std::function<bool()> &beforeCommit)
{
    const QString what = tr("Recording what was sent");
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), what));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE field_stamp SET base_hlc = hlc, base_node = node WHERE (tbl, uuid) IN"
                             " (SELECT tbl, uuid FROM row_stamp WHERE seq > ? AND seq <= ? AND origin = 0)"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q.prepare(QStringLiteral("UPDATE row_stamp SET base_hlc = hlc, base_node = node, origin = 1"
                             " WHERE seq > ? AND seq <= ? AND origin = 0"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q.prepare(QStringLiteral(
        "INSERT INTO sync_peer (peer_id, role, pushed_upto, last_sync) VALUES (?, 'server', ?, ?)"
        " ON CONFLICT (peer_id) DO UPDATE SET pushed_upto = max(pushed_upto, excluded.pushed_upto),"
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
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT pulled_upto, pushed_upto FROM sync_peer WHERE peer_id = ?"));
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

Result<QList<Conflict>> SyncEndpoint::conflicts(const QString &table, const QString &rowUuid) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT uuid, tbl, row_uuid, field, loser_value, loser_hlc, loser_node, winner_value,"
                             " winner_hlc, winner_node, detected_by, state FROM sync_conflict%1 ORDER BY loser_hlc, uuid")
                  .arg(table.isEmpty() ? QString() : QStringLiteral(" WHERE tbl = ? AND row_uuid = ?")));
    if (!table.isEmpty()) {
        q.addBindValue(table);
        q.addBindValue(rowUuid);
    }
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the conflict list")));
    QList<Conflict> out;
    while (q.next()) {
        Conflict c;
        c.uuid = q.value(0).toString();
        c.table = q.value(1).toString();
        c.rowUuid = q.value(2).toString();
        c.field = q.value(3).toString();
        c.loserValue = q.value(4);
        c.loser = Stamp{q.value(5).toLongLong(), q.value(6).toString()};
        c.winnerValue = q.value(7);
        c.winner = Stamp{q.value(8).toLongLong(), q.value(9).toString()};
        c.detectedBy = q.value(10).toString();
        c.state = q.value(11).toString();
        out.append(c);
    }
    return out;
}

Result<QHash<QString, Stamp>> SyncEndpoint::fieldStamps(const QString &table, const QString &uuid) const
{
    auto records = readRecords(table, {uuid});
    if (!records)
        return std::unexpected(records.error());
    QHash<QString, Stamp> out;
    if (records->isEmpty())
        return out;
    for (const QString &field : syncTable(table)->mutableColumns)
        out.insert(field, records->first().stampOf(field));
    return out;
}

Result<void> SyncEndpoint::setClockOffset(qint64 ms)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE sync_clock SET offset_ms = ? WHERE id = 1"));
    q.addBindValue(ms);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Setting the sync clock")));
    return {};
}

Result<QStringList> SyncEndpoint::contentDump() const
{
    QStringList lines;
    auto text = [](const QVariant &v) { return v.isNull() ? QStringLiteral("\u2400") : v.toString(); };
    for (const SyncTable &t : syncTables()) {
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT uuid FROM %1 ORDER BY uuid").arg(t.name)))
            return std::unexpected(Database::sqlError(q.lastError(), tr("Reading %1").arg(t.name)));
        QStringList uuids;
        while (q.next())
            uuids.append(q.value(0).toString());
        auto records = readRecords(t.name, uuids);
        if (!records)
            return std::unexpected(records.error());
        std::sort(records->begin(), records->end(), [](const SyncRecord &a, const SyncRecord &b) { return a.uuid < b.uuid; });
        for (const SyncRecord &r : std::as_const(*records)) {
            QStringList parts{t.name, r.uuid, QString::number(r.created.hlc), r.created.node, r.createdAt};
            for (const SyncColumn &c : t.columns)
                parts.append(c.name + QLatin1Char('=') + text(r.values.value(c.name)));
            for (const QString &field : t.mutableColumns) {
                const Stamp s = r.stampOf(field);
                parts.append(QStringLiteral("%1@%2/%3").arg(field).arg(s.hlc).arg(s.node));
            }
            lines.append(parts.join(QChar(0x1f)));
        }
    }
    return lines;
}

Result<QByteArray> SyncEndpoint::contentHash() const
{
    auto lines = contentDump();
    if (!lines)
        return std::unexpected(lines.error());
    return QCryptographicHash::hash(lines->join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
}

} // namespace relatio::sync
