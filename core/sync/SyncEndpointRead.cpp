// Reading a replica for sync: its records as they stand, its change feed, its conflict list and a
// hash of its content.
#include "sync/SyncEndpoint.h"
#include "sync/SyncEndpointParts.h"

#include <QCryptographicHash>

namespace relatio::sync {

using namespace endpoint;

Result<QList<SyncRecord>> SyncEndpoint::readRecords(const QString &table, const QStringList &uuids) const
{
    const Scope scope(this);
    QList<SyncRecord> out;
    for (qsizetype from = 0; from < uuids.size(); from += kChunk) {
        const QStringList part = uuids.mid(from, kChunk);
        Selection selection;
        selection.uuids = &part;
        if (auto read = readSelected(table, selection, out); !read)
            return std::unexpected(read.error());
    }
    return out;
}

Result<void> SyncEndpoint::readSelected(const QString &table, const Selection &selection, QList<SyncRecord> &out) const
{
    const SyncTable *t = syncTable(table);
    if (!t)
        return fail(Error::Code::Invalid, tr("The table %1 does not sync.").arg(table));
    const QString what = tr("Reading %1 for sync").arg(table);
    QStringList select{t->hasId ? QStringLiteral("t.id") : QStringLiteral("0"), QStringLiteral("t.uuid")};
    select.append(!t->hasTimes     ? QStringLiteral("'', ''")
                  : t->hasUpdated ? QStringLiteral("t.created_at, t.updated_at")
                                  : QStringLiteral("t.created_at, t.created_at"));
    select.append(QStringLiteral("r.hlc, r.node, r.base_hlc, r.base_node, r.seq, r.origin"));
    for (const SyncColumn &c : t->columns)
        select.append(columnSql(c, m_dialect == Dialect::PostgreSQL));
    constexpr int kFirstColumn = 10;

    // The records are chosen by uuid, or by their place in the feed (a page of it: no list of
    // uuids to send, and the stamps are read by the index on their feed position). Both planners
    // need telling to go from that index: SQLite would read every stamp of the table by its key,
    // PostgreSQL hash a whole table for a join of a few thousand rows (a lateral subquery it
    // cannot flatten, OFFSET 0, makes it look each one up by its index).
    const bool postgres = m_dialect == Dialect::PostgreSQL;
    QString mainFrom;
    std::function<QString(const QString &)> sideFrom; // field_stamp and sync_pending, as x
    QVariantList binds;
    if (selection.uuids) {
        const QString marks = placeholders(selection.uuids->size());
        // PostgreSQL scans the whole table for a list of a few hundred uuids (with or without
        // statistics), which made uploading a large laptop slower with every page: each is looked
        // up by its index here.
        mainFrom = (postgres ? QStringLiteral("(SELECT DISTINCT unnest(CAST(ARRAY[%2] AS text[])) AS uuid) AS k CROSS JOIN"
                                              " LATERAL (SELECT * FROM %1 AS t0 WHERE t0.uuid = k.uuid OFFSET 0) AS t"
                                              " LEFT JOIN LATERAL (SELECT * FROM row_stamp AS r0 WHERE r0.tbl = '%1'"
                                              " AND r0.uuid = t.uuid OFFSET 0) AS r ON true")
                             : QStringLiteral("%1 AS t LEFT JOIN row_stamp AS r ON r.tbl = '%1' AND r.uuid = t.uuid"
                                              " WHERE t.uuid IN (%2)"))
                       .arg(table, marks);
        sideFrom = [table, marks](const QString &side) {
            return QStringLiteral("%1 AS x WHERE x.tbl = '%2' AND x.uuid IN (%3)").arg(side, table, marks);
        };
        for (const QString &u : *selection.uuids)
            binds.append(u);
    } else {
        const QString range = QStringLiteral("r.tbl = '%1' AND r.seq > ? AND r.seq <= ?%2")
                                  .arg(table, selection.ownChanges ? QStringLiteral(" AND r.origin = 0") : QString());
        if (postgres) {
            mainFrom = QStringLiteral("row_stamp AS r CROSS JOIN LATERAL (SELECT * FROM %1 AS t0 WHERE t0.uuid = r.uuid"
                                      " OFFSET 0) AS t WHERE %2")
                           .arg(table, range);
            sideFrom = [range](const QString &side) {
                return QStringLiteral("row_stamp AS r CROSS JOIN LATERAL (SELECT * FROM %1 AS x0 WHERE x0.tbl = r.tbl"
                                      " AND x0.uuid = r.uuid OFFSET 0) AS x WHERE %2")
                    .arg(side, range);
            };
        } else {
            mainFrom = QStringLiteral("row_stamp AS r INDEXED BY row_stamp_by_seq CROSS JOIN %1 AS t ON t.uuid = r.uuid"
                                      " WHERE %2")
                           .arg(table, range);
            sideFrom = [range](const QString &side) {
                return QStringLiteral("row_stamp AS r INDEXED BY row_stamp_by_seq CROSS JOIN %1 AS x"
                                      " ON x.tbl = r.tbl AND x.uuid = r.uuid WHERE %2")
                    .arg(side, range);
            };
        }
        binds = {selection.after, selection.upto};
    }

    QHash<QString, qsizetype> at;
    QSqlDatabase db = connection();
    Stmt q(db);
    q = prepared(QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), mainFrom));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
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
        r.localId = q.value(0).toLongLong();
        r.origin = q.value(9).isNull() ? -1 : q.value(9).toInt();
        r.values.reserve(t->columns.size());
        for (qsizetype i = 0; i < t->columns.size(); ++i)
            r.values.insert(t->columns[i].name, q.value(int(kFirstColumn + i)));
        r.bases.reserve(t->mutableColumns.size());
        for (const QString &c : t->mutableColumns)
            r.bases.insert(c, r.rowBase);
        at.insert(r.uuid, out.size());
        out.append(std::move(r));
    }
    if (at.isEmpty())
        return {};
    q = prepared(QStringLiteral("SELECT x.uuid, x.field, x.hlc, x.node, x.base_hlc, x.base_node FROM %1")
                     .arg(sideFrom(QStringLiteral("field_stamp"))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    while (q.next()) {
        const auto i = at.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        const QString field = q.value(1).toString();
        out[i].stamps.insert(field, Stamp{q.value(2).toLongLong(), q.value(3).toString()});
        out[i].bases.insert(field, stampFrom(q.value(4), q.value(5)));
    }
    // A reference still waiting for its target is part of the value all the same.
    q = prepared(QStringLiteral("SELECT x.uuid, x.field, x.target_uuid FROM %1").arg(sideFrom(QStringLiteral("sync_pending"))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    while (q.next()) {
        const auto i = at.value(q.value(0).toString(), -1);
        if (i < 0)
            continue;
        const QString field = q.value(1).toString();
        const QString target = q.value(2).toString();
        if (field == QLatin1String("tags"))
            out[i].values[field] = joinSet(splitSet(out[i].values.value(field)) << target);
        else
            out[i].values[field] = target;
    }
    return {};
}

Result<void> SyncEndpoint::keepCustomers(QHash<QString, QStringList> &byTable, qint64 after, qint64 upto,
                                         const QSet<QString> &customers) const
{
    const QString what = tr("Reading the change feed");
    const bool postgres = m_dialect == Dialect::PostgreSQL;
    // Which customer each record of a table in the page belongs to, read by the page's range (a
    // lateral lookup on PostgreSQL, as in readSelected, so that it goes by the indexes).
    auto owners = [&](const QString &table, const QString &ownerSql, const QString &extra) -> Result<QHash<QString, QString>> {
        Stmt q(connection());
        q = prepared(QStringLiteral("SELECT x.uuid, %1 FROM row_stamp AS r %2 WHERE r.tbl = '%3' AND r.seq > ? AND r.seq <= ?%4")
                         .arg(ownerSql,
                              postgres ? QStringLiteral("CROSS JOIN LATERAL (SELECT * FROM %1 AS x0 WHERE x0.uuid = r.uuid OFFSET 0) AS x")
                                             .arg(table)
                                       : QStringLiteral("INDEXED BY row_stamp_by_seq CROSS JOIN %1 AS x ON x.uuid = r.uuid").arg(table),
                              table, extra));
        q.addBindValue(after);
        q.addBindValue(upto);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        QHash<QString, QString> out;
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
        return out;
    };
    for (auto it = byTable.begin(); it != byTable.end(); ++it) {
        const SyncTable *t = syncTable(it.key());
        if (!t)
            continue;
        QHash<QString, QString> belongs; // record → its customer
        if (t->name == kCustomer) {
            for (const QString &uuid : std::as_const(it.value()))
                belongs.insert(uuid, uuid);
        } else if (!t->customerRef.isEmpty() || t->name == kConflict) {
            // A conflict is a customer's when it is about the customer itself (those about its
            // contacts are dropped where their record is not held).
            auto read = t->name == kConflict
                ? owners(t->name, QStringLiteral("x.row_uuid"), QStringLiteral(" AND x.tbl = 'customer'"))
                : owners(t->name, QStringLiteral("(SELECT c.uuid FROM customer AS c WHERE c.id = x.%1)").arg(t->customerRef),
                         QString());
            if (!read)
                return std::unexpected(read.error());
            belongs = std::move(*read);
        } else {
            continue;
        }
        it.value().removeIf([&](const QString &uuid) {
            const auto found = belongs.constFind(uuid);
            return found != belongs.cend() && !customers.contains(*found);
        });
    }
    return {};
}

Result<SyncEndpoint::Feed> SyncEndpoint::readFeed(qint64 after, int limit, bool ownChanges, const CustomerSet &customers) const
{
    const Scope scope(this);
    Stmt q(connection());
    q.setForwardOnly(true);
    q = prepared(QStringLiteral("SELECT tbl, uuid, seq FROM row_stamp WHERE seq > ?%1 ORDER BY seq LIMIT ?")
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
    if (customers) {
        if (auto kept = keepCustomers(byTable, after, feed.last, *customers); !kept)
            return std::unexpected(kept.error());
    }
    // A record whose reference cannot wait (a contact's customer, a consent's wording) brings its
    // target along when the target's place in the feed is after this page: the receiver may not
    // have it yet. Targets come earlier in the registry than what names them, so the tables are
    // read from the last to the first, and a target found is read with its own table.
    QSet<QString> inFeed;
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it)
        for (const QString &uuid : it.value())
            inFeed.insert(it.key() + QLatin1Char('/') + uuid);
    QHash<QString, QStringList> brought; // table → targets brought along from after the page
    QList<SyncRecord> records;
    const QList<SyncTable> &tables = syncTables();
    for (auto t = tables.crbegin(); t != tables.crend(); ++t) {
        const QStringList uuids = byTable.value(t->name);
        const QStringList extra = brought.value(t->name);
        if (uuids.isEmpty() && extra.isEmpty())
            continue;
        // Many records of a table are read as the page of the feed they are (its records of the
        // table are exactly those with a place in it), a few by uuid; so are a laptop's own
        // changes spread thinly over the feed (reading a page reads every place in it).
        Result<QList<SyncRecord>> read = QList<SyncRecord>();
        if (uuids.size() > 64 && uuids.size() * 4 >= feed.last - after) {
            Selection page;
            page.after = after;
            page.upto = feed.last;
            page.ownChanges = ownChanges;
            if (auto done = readSelected(t->name, page, *read); !done)
                return std::unexpected(done.error());
            // The page holds the records of other customers too: those stay out.
            if (customers) {
                const QSet<QString> wanted(uuids.cbegin(), uuids.cend());
                read->removeIf([&wanted](const SyncRecord &r) { return !wanted.contains(r.uuid); });
            }
        } else if (!uuids.isEmpty()) {
            read = readRecords(t->name, uuids);
        }
        if (read && !extra.isEmpty()) {
            auto more = readRecords(t->name, extra);
            if (!more)
                return std::unexpected(more.error());
            read->append(*more);
        }
        if (!read)
            return std::unexpected(read.error());
        QHash<QString, QStringList> targets; // table → uuids named
        auto want = [&](const QString &table, const QString &uuid) {
            if (!uuid.isEmpty() && !inFeed.contains(table + QLatin1Char('/') + uuid))
                targets[table].append(uuid);
        };
        for (const SyncRecord &r : std::as_const(*read)) {
            for (const SyncColumn &c : t->columns)
                if (c.required && !r.values.value(c.name).isNull())
                    want(c.target, r.values.value(c.name).toString());
            // A conflict about a contact or the like comes with it: the receiver tells by it
            // whose record it is (and drops it when that customer was erased there).
            if (t->name == kConflict) {
                const SyncTable *about = syncTable(r.values.value(QStringLiteral("tbl")).toString());
                if (about && !about->customerRef.isEmpty())
                    want(about->name, r.values.value(QStringLiteral("row_uuid")).toString());
            }
        }
        for (auto target = targets.begin(); target != targets.end(); ++target) {
            QStringList wanted = target.value();
            wanted.removeDuplicates();
            for (qsizetype from = 0; from < wanted.size(); from += kChunk) {
                const QStringList part = wanted.mid(from, kChunk);
                q = prepared(QStringLiteral("SELECT uuid FROM row_stamp WHERE tbl = ? AND uuid IN (%1) AND seq > ?%2")
                                 .arg(placeholders(part.size()), ownChanges ? QStringLiteral(" AND origin = 0") : QString()));
                q.addBindValue(target.key());
                for (const QString &u : part)
                    q.addBindValue(u);
                q.addBindValue(feed.last);
                if (!q.exec())
                    return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the change feed")));
                while (q.next()) {
                    const QString uuid = q.value(0).toString();
                    if (!inFeed.contains(target.key() + QLatin1Char('/') + uuid)) {
                        inFeed.insert(target.key() + QLatin1Char('/') + uuid);
                        brought[target.key()].append(uuid);
                    }
                }
            }
        }
        records = *read + records;
    }
    feed.records = std::move(records);
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
    local.id = local.record.localId;
    return std::optional<Local>(std::move(local));
}

Result<QList<Conflict>> SyncEndpoint::conflicts(const QString &table, const QString &rowUuid) const
{
    const Scope scope(this);
    Stmt q(connection());
    q = prepared(QStringLiteral("SELECT uuid, tbl, row_uuid, field, loser_value, loser_hlc, loser_node, winner_value,"
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
    const Scope scope(this);
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

Result<QStringList> SyncEndpoint::contentDump(const Subset &within) const
{
    const Scope scope(this);
    // Within a subset: the members' customers, what belongs to them, the conflicts about those,
    // and everything else whole.
    std::optional<QSet<QString>> members;
    if (!within.isAll()) {
        auto picked = this->members(within);
        if (!picked)
            return std::unexpected(picked.error());
        members = std::move(*picked);
    }
    QHash<QString, QSet<QString>> kept; // table → uuids of records that belong to a member
    auto keeps = [&](const SyncTable &t, const SyncRecord &r) {
        if (!members)
            return true;
        if (t.name == kCustomer)
            return members->contains(r.uuid);
        if (!t.customerRef.isEmpty())
            return members->contains(r.values.value(t.customerRef).toString());
        if (t.name == kConflict) {
            const QString about = r.values.value(QStringLiteral("tbl")).toString();
            const SyncTable *a = syncTable(about);
            if (a && (a->name == kCustomer || !a->customerRef.isEmpty()))
                return kept.value(about).contains(r.values.value(QStringLiteral("row_uuid")).toString());
        }
        return true;
    };
    QStringList lines;
    auto text = [](const QVariant &v) { return v.isNull() ? QStringLiteral("\u2400") : v.toString(); };
    for (const SyncTable &t : syncTables()) {
        Stmt q(connection());
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
            if (!keeps(t, r))
                continue;
            kept[t.name].insert(r.uuid);
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

Result<QByteArray> SyncEndpoint::contentHash(const Subset &within) const
{
    auto lines = contentDump(within);
    if (!lines)
        return std::unexpected(lines.error());
    return QCryptographicHash::hash(lines->join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
}

} // namespace relatio::sync
