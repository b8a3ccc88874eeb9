// Writing records here, many at a time: multi-row statements, and the queues of new records,
// changed customers and stamps that wait for them (written before anything reads those rows).
#include "sync/SyncEndpoint.h"
#include "sync/SyncEndpointParts.h"

#include "store/Statement.h"
#include "sync/SyncSchema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace relatio::sync {

using namespace endpoint;

Result<void> SyncEndpoint::writeRows(const QString &head, const QString &tail, const QList<QVariantList> &rows,
                                     const QString &what, QHash<QString, qint64> *returnedIds)
{
    if (rows.isEmpty())
        return {};
    const qsizetype width = rows.first().size();
    const QString row = QLatin1Char('(') + placeholders(width) + QLatin1Char(')');
    // Statements of at most 128 rows or 4,000 values (SQLite allows 32,766, PostgreSQL 65,535;
    // longer ones were slower through QSqlQuery); what is left goes in halves (64, 32, … 1 rows),
    // so that at most eight sizes of a statement are ever prepared.
    qsizetype limit = 128;
    while (limit > 1 && limit * width > 4000)
        limit /= 2;
    Stmt q(connection());
    sqlite3 *handle = m_db ? m_db->handle() : nullptr;
    for (qsizetype from = 0, n = limit; from < rows.size(); from += n) {
        while (n > rows.size() - from)
            n /= 2;
        QStringList marks;
        marks.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            marks.append(row);
        const QString sql = head + QStringLiteral(" VALUES ") + marks.join(QLatin1Char(',')) + tail;
        if (handle) {
            // A file binds its values itself: through QSqlQuery each one costs more than the row
            // it goes into.
            auto &raw = m_raw[sql];
            if (!raw)
                raw = std::make_unique<Statement>(handle, sql.toUtf8().constData());
            if (!raw->isValid())
                return fail(Error::Code::Database, QStringLiteral("%1: %2").arg(what, raw->errorMessage()));
            int index = 1;
            for (qsizetype i = from; i < from + n; ++i)
                for (const QVariant &v : rows[i])
                    raw->bind(index++, v);
            while (raw->step()) {
                if (returnedIds)
                    returnedIds->insert(raw->text(1), raw->int64(0));
            }
            const bool failed = raw->failed();
            const QString message = failed ? raw->errorMessage() : QString();
            raw->reset();
            if (failed) {
                m_raw.erase(sql);
                return fail(Error::Code::Database, QStringLiteral("%1: %2").arg(what, message));
            }
            continue;
        }
        q = prepared(sql);
        for (qsizetype i = from; i < from + n; ++i)
            for (const QVariant &v : rows[i])
                q.addBindValue(v);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        if (returnedIds) {
            while (q.next())
                returnedIds->insert(q.value(1).toString(), q.value(0).toLongLong());
        }
    }
    return {};
}

Result<void> SyncEndpoint::flushInserts()
{
    if (m_queue.isEmpty())
        return {};
    const QList<QueuedInsert> queue = std::move(m_queue);
    m_queue.clear();
    m_queued.clear();
    const QString table = m_queueTable;
    const SyncTable *t = syncTable(table);
    const QString what = tr("Applying %1").arg(table);

    QList<QVariantList> rows;
    rows.reserve(queue.size());
    for (const QueuedInsert &i : queue)
        rows.append(i.values);
    QHash<QString, qint64> ids;
    if (auto inserted = writeRows(QStringLiteral("INSERT INTO %1 (%2)").arg(table, m_queueColumns.join(QStringLiteral(", "))),
                                  t->hasId ? QStringLiteral(" RETURNING id, uuid") : QString(), rows, what,
                                  t->hasId ? &ids : nullptr);
        !inserted)
        return std::unexpected(inserted.error());
    if (t->hasId) {
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            m_ids.insert(table + QLatin1Char('/') + it.key(), it.value());
    }

    QList<QVariantList> tags;
    QList<QVariantList> pending;
    for (const QueuedInsert &i : queue) {
        const SyncRecord &in = *i.in;
        for (const qint64 tagId : i.tagIds)
            tags.append({ids.value(in.uuid), tagId});
        for (const auto &[field, target] : i.pending)
            pending.append({table, in.uuid, field, target});
        // Stamps as they came: the record is new here, so what came is also what this side now
        // knows the server holds (the bases).
        if (auto queued = queueStamps(QueuedStamps{table, in.uuid, in.created, in.created, in.stamps, in.stamps, 1, i.seq, true});
            !queued)
            return queued;
    }
    if (auto inserted = writeRows(QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id)"),
                                  QStringLiteral(" ON CONFLICT DO NOTHING"), tags, what);
        !inserted)
        return std::unexpected(inserted.error());
    return writeRows(QStringLiteral("INSERT INTO sync_pending (tbl, uuid, field, target_uuid)"),
                     QStringLiteral(" ON CONFLICT DO NOTHING"), pending, what);
}

Result<void> SyncEndpoint::writeValues(const QString &table, qint64 id, const QString &uuid,
                                       const QHash<QString, QVariant> &values, const QString &updatedAt)
{
    const SyncTable *t = syncTable(table);
    const QString what = tr("Applying %1 %2").arg(table, uuid);
    QSqlDatabase db = connection();
    Stmt q(db);
    QStringList sets;
    QVariantList binds;
    for (const SyncColumn &c : t->columns) {
        if (!values.contains(c.name))
            continue;
        const QVariant v = values.value(c.name);
        if (c.kind != Kind::Value) {
            // A new value of a reference replaces what was waiting for its target.
            q = prepared(QStringLiteral("DELETE FROM sync_pending WHERE tbl = ? AND uuid = ? AND field = ?"));
            q.addBindValue(table);
            q.addBindValue(uuid);
            q.addBindValue(c.name);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
        }
        if (c.kind == Kind::Value) {
            auto unique = uniqueValue(table, c.name, uuid, v);
            if (!unique)
                return std::unexpected(unique.error());
            sets.append(c.name + QStringLiteral(" = ?"));
            binds.append(*unique);
            continue;
        }
        // References: to the local id of their target, or parked until it arrives.
        QStringList parked;
        const auto found = resolveTargets(c, v, &parked);
        if (!found)
            return std::unexpected(found.error());
        const QList<qint64> &ids = *found;
        if (!parked.isEmpty()) {
            q = prepared(QStringLiteral("INSERT INTO sync_pending (tbl, uuid, field, target_uuid) VALUES (?, ?, ?, ?)"
                                        " ON CONFLICT DO NOTHING"));
            for (const QString &target : std::as_const(parked)) {
                for (const QString &b : {table, uuid, c.name, target})
                    q.addBindValue(b);
                if (!q.exec())
                    return std::unexpected(Database::sqlError(q.lastError(), what));
            }
        }
        if (c.kind == Kind::Ref) {
            sets.append(c.name + QStringLiteral(" = ?"));
            binds.append(ids.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(ids.first()));
            continue;
        }
        // The tag set: only the difference is written.
        q = prepared(QStringLiteral("DELETE FROM customer_tag WHERE customer_id = ?%1")
                      .arg(ids.isEmpty() ? QString()
                                         : QStringLiteral(" AND tag_id NOT IN (%1)").arg(placeholders(ids.size()))));
        q.addBindValue(id);
        for (const qint64 tagId : std::as_const(ids))
            q.addBindValue(tagId);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        q = prepared(QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        for (const qint64 tagId : std::as_const(ids)) {
            q.addBindValue(id);
            q.addBindValue(tagId);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
        }
    }
    if (!updatedAt.isEmpty() && !sets.isEmpty()) {
        sets.append(QStringLiteral("updated_at = %1(updated_at, ?)").arg(greatest()));
        binds.append(updatedAt);
    }
    if (sets.isEmpty()) {
        if (updatedAt.isEmpty())
            return {};
        sets.append(QStringLiteral("updated_at = %1(updated_at, ?)").arg(greatest()));
        binds.append(updatedAt);
    }
    if (table == kCustomer) {
        if (sets != m_updateSets || m_updated.contains(uuid)) {
            if (auto flushed = flushUpdates(); !flushed)
                return flushed;
        }
        m_updateSets = sets;
        m_updates.append(QVariantList{uuid} + binds);
        m_updated.insert(uuid);
        return {};
    }
    q = prepared(QStringLiteral("UPDATE %1 SET %2 WHERE uuid = ?").arg(table, sets.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(uuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    return {};
}

Result<void> SyncEndpoint::flushUpdates()
{
    // On a file, every statement that changes customers writes the search index's pending terms
    // out as a segment of their own, and merging those took most of a pull of changed customers
    // (1,000 changed one at a time: 0.55 s and a commit of 0.2 s; together: 0.1 s and 0.08 s). On
    // a team database each statement is a round trip (a push of 1,000 changed cities: 0.20 s of
    // merging with one UPDATE each, 0.15 s together).
    if (m_updates.isEmpty())
        return {};
    const QList<QVariantList> rows = std::move(m_updates);
    m_updates.clear();
    m_updated.clear();
    QStringList sets = m_updateSets;
    for (qsizetype i = 0; i < sets.size(); ++i) { // each "column = …?…" takes its value from the row
        QString value = QStringLiteral("v.column%1").arg(i + 2);
        if (m_dialect == Dialect::PostgreSQL) {
            // PostgreSQL gives the values of a VALUES list no type but text: each is cast to its
            // column's.
            auto type = customerColumnType(sets[i].section(QLatin1Char(' '), 0, 0));
            if (!type)
                return std::unexpected(type.error());
            value = QStringLiteral("CAST(%1 AS %2)").arg(value, *type);
        }
        sets[i].replace(QLatin1Char('?'), value);
    }
    return writeRows(QStringLiteral("UPDATE customer SET %1 FROM (").arg(sets.join(QStringLiteral(", "))),
                     QStringLiteral(") AS v WHERE customer.uuid = v.column1"), rows, tr("Applying %1").arg(kCustomer));
}

Result<QString> SyncEndpoint::customerColumnType(const QString &column)
{
    if (m_customerTypes.isEmpty()) {
        Stmt q(connection());
        if (!q.exec(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
                                   " WHERE attrelid = to_regclass('customer') AND attnum > 0 AND NOT attisdropped")))
            return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the customer table's columns")));
        while (q.next())
            m_customerTypes.insert(q.value(0).toString(), q.value(1).toString());
    }
    const auto found = m_customerTypes.constFind(column);
    if (found == m_customerTypes.cend())
        return fail(Error::Code::Database, tr("The team database's customer table has no column %1.").arg(column));
    return *found;
}

Result<void> SyncEndpoint::queueStamps(QueuedStamps stamps)
{
    // A record's stamps wait with those of the other records of its table, to be written by a few
    // statements for all (on PostgreSQL each statement is a round trip); a second change of the
    // same record first writes out what waits.
    const QString key = stamps.table + QLatin1Char('/') + stamps.uuid;
    if (m_stampsQueued.contains(key) || m_stampQueue.size() >= 2000) {
        if (auto flushed = flushStamps(); !flushed)
            return flushed;
    }
    m_stampsQueued.insert(key);
    m_stampQueue.append(std::move(stamps));
    return {};
}

Result<void> SyncEndpoint::flushStamps()
{
    if (m_stampQueue.isEmpty())
        return {};
    const QList<QueuedStamps> queue = std::move(m_stampQueue);
    m_stampQueue.clear();
    m_stampsQueued.clear();
    const QString what = tr("Stamping changes");
    QList<QVariantList> rows;
    QList<QVariantList> fields;
    QHash<QString, QStringList> byTable;
    for (const QueuedStamps &e : queue) {
        rows.append({e.table, e.uuid, e.created.hlc, e.created.node, nullableStamp(e.rowBase.hlc, e.rowBase),
                     nullableText(e.rowBase.node), e.seq, e.origin});
        if (!e.fresh)
            byTable[e.table].append(e.uuid);
        for (const QString &field : syncTable(e.table)->mutableColumns) {
            const Stamp s = e.stamps.value(field, e.created);
            const Stamp b = e.bases.value(field, e.rowBase);
            if (s == e.created && b == e.rowBase)
                continue;
            fields.append({e.table, e.uuid, field, s.hlc, s.node, nullableStamp(b.hlc, b), nullableText(b.node)});
        }
    }
    if (auto written = writeRows(
            QStringLiteral("INSERT INTO row_stamp (tbl, uuid, hlc, node, base_hlc, base_node, seq, origin)"),
            QStringLiteral(" ON CONFLICT (tbl, uuid) DO UPDATE SET hlc = excluded.hlc, node = excluded.node,"
                           " base_hlc = excluded.base_hlc, base_node = excluded.base_node, origin = excluded.origin,"
                           " seq = CASE WHEN excluded.seq < 0 THEN row_stamp.seq ELSE excluded.seq END"),
            rows, what);
        !written)
        return written;
    Stmt q(connection());
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        for (qsizetype from = 0; from < it.value().size(); from += kChunk) {
            const QStringList part = it.value().mid(from, kChunk);
            q = prepared(QStringLiteral("DELETE FROM field_stamp WHERE tbl = ? AND uuid IN (%1)").arg(placeholders(part.size())));
            q.addBindValue(it.key());
            for (const QString &u : part)
                q.addBindValue(u);
            if (!q.exec())
                return std::unexpected(Database::sqlError(q.lastError(), what));
        }
    }
    return writeRows(QStringLiteral("INSERT INTO field_stamp (tbl, uuid, field, hlc, node, base_hlc, base_node)"),
                     QString(), fields, what);
}

Result<void> SyncEndpoint::writeStamps(const QString &table, const QString &uuid, const Stamp &created,
                                       const Stamp &rowBase, const QHash<QString, Stamp> &stamps,
                                       const QHash<QString, Stamp> &bases, int origin, qint64 seq, bool fresh)
{
    if (auto queued = queueStamps(QueuedStamps{table, uuid, created, rowBase, stamps, bases, origin, seq, fresh}); !queued)
        return queued;
    return flushStamps();
}

} // namespace relatio::sync
