// The sync clock of a replica: reading it, setting a laptop's clock right by its server's (moving
// its unsent changes that lie ahead), and a server's refusal of stamps far ahead of its clock
// (docs/sync-plan.md, section 3: clock skew).
#include "sync/SyncEndpoint.h"
#include "sync/SyncEndpointParts.h"

#include "store/Transaction.h"
#include "sync/SyncSchema.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace relatio::sync {

using namespace endpoint;

Result<void> SyncEndpoint::setClockOffset(qint64 ms)
{
    const Scope scope(this);
    Stmt q(connection());
    q = prepared(QStringLiteral("UPDATE sync_clock SET offset_ms = ? WHERE id = 1"));
    q.addBindValue(ms);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Setting the sync clock")));
    return {};
}

Result<qint64> SyncEndpoint::clockNow() const
{
    const Scope scope(this);
    Stmt q(connection());
    q = prepared(QStringLiteral("SELECT %1 FROM sync_clock WHERE id = 1").arg(clockMsSql(m_dialect == Dialect::PostgreSQL)));
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the sync clock")));
    return q.value(0).toLongLong();
}

Result<qint64> SyncEndpoint::correctClock(qint64 skewMs, const SyncEndpoint &server, const StampMoved &moved)
{
    const Scope scope(this);
    const QString what = tr("Setting the sync clock right");
    auto me = replicaId();
    if (!me)
        return std::unexpected(me.error());
    QSqlDatabase db = connection();
    WriteTransaction tx(db);
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), what));
    auto now = clockNow();
    if (!now)
        return std::unexpected(now.error());
    const qint64 serverNow = *now - skewMs;
    const qint64 limit = ((serverNow + kClockToleranceMs) << 16) | 0xffff;

    // The stamps of this replica that the server would refuse: changes made here and not sent
    // (not their own base; such records wait to be sent, and the partial index of those keeps
    // this quick). The creations of records first, then their fields (whose floor they are).
    struct Ahead
    {
        QString table, uuid, field; // field empty: the record's creation
        qint64 hlc, base, created;
    };
    QList<Ahead> ahead;
    Stmt q(db);
    const QStringList queries{
        QStringLiteral("SELECT tbl, uuid, '', hlc, coalesce(base_hlc, 0), hlc FROM row_stamp INDEXED BY row_stamp_unsent"
                       " WHERE origin = 0 AND node = ? AND hlc > ?"
                       " AND (base_hlc IS NULL OR base_hlc <> hlc OR base_node <> node)"),
        QStringLiteral("SELECT f.tbl, f.uuid, f.field, f.hlc, coalesce(f.base_hlc, 0), r.hlc FROM row_stamp AS r"
                       " INDEXED BY row_stamp_unsent CROSS JOIN field_stamp AS f ON f.tbl = r.tbl AND f.uuid = r.uuid"
                       " WHERE r.origin = 0 AND f.node = ? AND f.hlc > ?"
                       " AND (f.base_hlc IS NULL OR f.base_hlc <> f.hlc OR f.base_node <> f.node)"),
    };
    for (const QString &sql : queries) {
        q = prepared(sql);
        q.addBindValue(*me);
        q.addBindValue(limit);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        while (q.next())
            ahead.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                          q.value(4).toLongLong(), q.value(5).toLongLong()});
    }
    q.finish();
    if (skewMs == 0 && ahead.isEmpty()) {
        tx.commit();
        return 0;
    }

    // What the server holds of those records: a value of this replica's that reached it in a
    // push whose acknowledgement was lost is not this side's base, yet a later change here must
    // stay newer than it (else the server keeps it, as the laptop's own earlier value, silently).
    QHash<QString, QStringList> byTable;
    for (const Ahead &a : std::as_const(ahead))
        if (!byTable.value(a.table).contains(a.uuid))
            byTable[a.table].append(a.uuid);
    QHash<QString, SyncRecord> there; // "table/uuid"
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        auto held = server.readRecords(it.key(), it.value());
        if (!held)
            return std::unexpected(held.error());
        for (SyncRecord &r : *held)
            there.insert(it.key() + QLatin1Char('/') + r.uuid, std::move(r));
    }

    // Back by the skew, to when the change was made by the server's clock, and no later than its
    // now; each still newer than what it replaced here and than this replica's value there.
    const qint64 shift = skewMs * 65536;
    const qint64 nowHlc = serverNow * 65536;
    QHash<QString, qint64> created; // "table/uuid" → the creation's new stamp
    QSet<QString> records;
    for (const Ahead &a : std::as_const(ahead)) {
        const QString key = a.table + QLatin1Char('/') + a.uuid;
        const auto found = there.constFind(key);
        qint64 floor = a.base;
        if (a.field.isEmpty()) {
            if (found != there.cend() && found->created == Stamp{a.hlc, *me})
                continue; // this creation reached the server already (a legacy of older versions)
        } else {
            floor = std::max(floor, created.value(key, a.created));
            if (found != there.cend() && found->stampOf(a.field).node == *me)
                floor = std::max(floor, found->stampOf(a.field).hlc);
        }
        const qint64 to = std::max(std::min(a.hlc - shift, nowHlc), floor + 1);
        if (to == a.hlc)
            continue; // on top of a value the server holds ahead of its clock: it takes this too
        if (a.field.isEmpty()) {
            q = prepared(QStringLiteral("UPDATE row_stamp SET hlc = ? WHERE tbl = ? AND uuid = ?"));
            created.insert(key, to);
        } else {
            q = prepared(QStringLiteral("UPDATE field_stamp SET hlc = ? WHERE tbl = ? AND uuid = ? AND field = ?"));
        }
        q.addBindValue(to);
        q.addBindValue(a.table);
        q.addBindValue(a.uuid);
        if (!a.field.isEmpty())
            q.addBindValue(a.field);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        if (syncTable(a.table)->counted)
            records.insert(key);
        if (moved)
            moved(a.table, a.uuid, a.field, a.hlc, to);
    }

    // The clock goes by the server's from now on: back to its now (not to the tolerance's edge,
    // where the next stamp would be refused), yet past every stamp still held.
    q = prepared(QStringLiteral("UPDATE sync_clock SET offset_ms = offset_ms - ?,"
                                " hlc = max(min(hlc, ?), (SELECT coalesce(max(hlc), 0) FROM row_stamp),"
                                " (SELECT coalesce(max(hlc), 0) FROM field_stamp)) WHERE id = 1"));
    q.addBindValue(skewMs);
    q.addBindValue(nowHlc);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    q.finish();
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), what));
    return qint64(records.size());
}

Result<void> SyncEndpoint::refuseFutureStamps(const QList<SyncRecord> &records)
{
    // The server's clock plus the tolerance; or, where the server holds a stamp further ahead
    // (let in by an older version, or its clock was set back), one tick past that (what a change
    // made on top of it needs), as the team schema's trigger allows. Both in one read: this runs
    // for every pushed batch.
    Stmt q(connection());
    q = prepared(QStringLiteral("SELECT %1, hlc FROM sync_clock WHERE id = 1").arg(clockMsSql(m_dialect == Dialect::PostgreSQL)));
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the sync clock")));
    const qint64 now = q.value(0).toLongLong();
    const qint64 limit = std::max(((now + kClockToleranceMs) << 16) | 0xffff, q.value(1).toLongLong() + 1);
    q.finish();
    QHash<QString, QStringList> ahead; // table → uuids of records with a stamp past the limit
    for (const SyncRecord &r : records) {
        bool past = r.created.hlc > limit;
        for (const Stamp &s : r.stamps)
            past = past || s.hlc > limit;
        if (past)
            ahead[r.table].append(r.uuid);
    }
    for (auto it = ahead.cbegin(); it != ahead.cend(); ++it) {
        auto held = readRecords(it.key(), it.value());
        if (!held)
            return std::unexpected(held.error());
        QHash<QString, const SyncRecord *> here;
        for (const SyncRecord &h : *held)
            here.insert(h.uuid, &h);
        for (const SyncRecord &r : records) {
            if (r.table != it.key() || !it.value().contains(r.uuid))
                continue;
            // A stamp this side holds already is no news (a clock that ran ahead before this check).
            const SyncRecord *h = here.value(r.uuid);
            qint64 newest = 0;
            if (r.created.hlc > limit && (!h || h->created != r.created))
                newest = r.created.hlc;
            for (auto s = r.stamps.cbegin(); s != r.stamps.cend(); ++s)
                if (s.value().hlc > limit && (!h || h->stampOf(s.key()) != s.value()))
                    newest = std::max(newest, s.value().hlc);
            if (newest > 0)
                return fail(Error::Code::Invalid,
                            tr("The team database refused a change stamped %1 min ahead of its clock (%2 %3): "
                               "the clock of the computer that made it is wrong. Nothing of this batch was taken; "
                               "the next sync corrects for the clock.")
                                .arg(QLocale().toString(((newest >> 16) - now + 30000) / 60000))
                                .arg(r.table, r.uuid.left(8)));
        }
    }
    return {};
}

} // namespace relatio::sync
