// Erasing a customer: the rows, the search index, the pages and the log, then the rejects files.
#include "privacy/Erasure.h"

#include "customers/CustomerRepository.h"
#include "privacy/Actor.h"
#include "privacy/CustomerReferences.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "sync/SyncEndpoint.h"
#include "sync/TeamServer.h"
#include "util/Stamps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#include <sqlite3.h>

namespace relatio {

qint64 ErasureReport::totalRemoved() const
{
    qint64 total = 0;
    for (const auto &r : rowsRemoved)
        total += r.second;
    return total;
}

Erasure::Erasure(DatabasePtr db)
    : m_db(std::move(db))
    , m_actor(systemActor())
{
}

void Erasure::setActor(const QString &who)
{
    m_actor = actorOrSystem(who);
}

Result<ErasurePreview> Erasure::preview(qint64 customerId) const
{
    const auto customer = CustomerRepository(m_db).get(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    const QSqlDatabase db = m_db->connection();
    const auto related = CustomerReferences::discover(db, customerId);
    if (!related)
        return std::unexpected(related.error());
    ErasurePreview preview;
    preview.displayName = customer->displayName();
    preview.uuid = customer->uuid;
    preview.rows.append({QStringLiteral("customer"), 1});
    QSqlQuery q(db);
    auto count = [&q](const QString &table, const QString &where) -> qint64 {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(CustomerReferences::quoted(table), where))
            || !q.next())
            return -1;
        return q.value(0).toLongLong();
    };
    for (const RelatedTable &t : *related) {
        const qint64 owned = t.ownedWhere.isEmpty() ? 0 : count(t.table, t.ownedWhere);
        const qint64 all = count(t.table, t.allWhere);
        if (owned < 0 || all < 0)
            return std::unexpected(Database::sqlError(q.lastError(), tr("Reading customer %1").arg(customerId)));
        if (owned > 0)
            preview.rows.append({t.table, owned});
        if (all > owned)
            preview.rowsUnlinked.append({t.table, all - owned});
    }
    const qint64 members = count(QStringLiteral("customer"), QStringLiteral("organisation_id = %1").arg(customerId));
    preview.members = std::max<qint64>(0, members);
    if (const auto files = RejectFiles::noted(db))
        preview.rejectFiles = int(files->size());
    return preview;
}

Result<void> Erasure::removeRows(QSqlDatabase db, qint64 customerId, const QList<RelatedTable> &related,
                                 ErasureReport &report)
{
    const QString what = tr("Erasing customer %1").arg(customerId);
    QSqlQuery q(db);
    auto run = [&q](const QString &sql) -> qint64 {
        if (!q.exec(sql))
            return -1;
        return q.numRowsAffected();
    };
    auto failed = [&q, &what]() { return std::unexpected(Database::sqlError(q.lastError(), what)); };

        // Rows that stay without the link are reported (the schema chose to keep them).
        for (const RelatedTable &t : std::as_const(related)) {
            const QString kept = t.ownedWhere.isEmpty()
                ? t.allWhere
                : QStringLiteral("(%1) AND NOT (%2)").arg(t.allWhere, t.ownedWhere);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(CustomerReferences::quoted(t.table), kept))
                || !q.next())
                return failed();
            if (const qint64 n = q.value(0).toLongLong(); n > 0)
                report.rowsUnlinked.append({t.table, n});
        }

        // Members of an erased organisation keep their record, not its name.
        q.prepare(QStringLiteral("UPDATE customer SET org_label = '', org_sort = '' WHERE organisation_id = ?"));
        q.addBindValue(customerId);
        if (!q.exec())
            return failed();
        report.membersUnlinked = q.numRowsAffected();

        // The deepest rows first, so that no foreign key stands in the way.
        QList<RelatedTable> owned;
        for (const RelatedTable &t : std::as_const(related))
            if (!t.ownedWhere.isEmpty())
                owned.append(t);
        std::stable_sort(owned.begin(), owned.end(),
                         [](const RelatedTable &a, const RelatedTable &b) { return a.depth > b.depth; });
        for (const RelatedTable &t : std::as_const(owned)) {
            const qint64 n = run(QStringLiteral("DELETE FROM %1 WHERE %2")
                                     .arg(CustomerReferences::quoted(t.table), t.ownedWhere));
            if (n < 0)
                return failed();
            report.rowsRemoved.append({t.table, n});
        }

        // The row itself; its trigger takes it out of the search index.
        q.prepare(QStringLiteral("DELETE FROM customer WHERE id = ?"));
        q.addBindValue(customerId);
        if (!q.exec())
            return failed();
        report.rowsRemoved.prepend({QStringLiteral("customer"), q.numRowsAffected()});

        // The index only marks deleted entries until its segments are merged; merged into one, the
        // words of the erased record are gone from its pages.
        if (run(QStringLiteral("INSERT INTO customer_fts(customer_fts) VALUES ('optimize')")) < 0)
            return failed();

        // Statistics samples (sqlite_stat4, when the build keeps them) hold values from indexes.
        if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat4'")))
            return failed();
        if (q.next()) {
            QStringList tables{QStringLiteral("'customer'")};
            for (const RelatedTable &t : std::as_const(related))
                tables.append(QLatin1Char('\'') + QString(t.table).replace(QLatin1Char('\''), QStringLiteral("''"))
                              + QLatin1Char('\''));
            if (run(QStringLiteral("DELETE FROM sqlite_stat4 WHERE tbl IN (%1)").arg(tables.join(QLatin1Char(',')))) < 0)
                return failed();
        }
    return {};
}

Result<void> Erasure::eraseReplicated(const DatabasePtr &database, const QString &uuid)
{
    QSqlDatabase db = database->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM customer WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Erasing customer %1").arg(uuid)));
    if (!q.next())
        return {};
    const qint64 customerId = q.value(0).toLongLong();
    q.finish();
    if (sqlite3 *handle = database->handle(); handle && !execRaw(handle, "PRAGMA secure_delete = ON"))
        return fail(Error::Code::Database, tr("Erasing customer %1").arg(uuid));
    auto related = CustomerReferences::discover(db, customerId);
    if (!related)
        return std::unexpected(related.error());
    ErasureReport report;
    return removeRows(db, customerId, *related, report);
}

Result<ErasureReport> Erasure::erase(qint64 customerId)
{
    const auto customer = CustomerRepository(m_db).get(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    if (m_db->dialect() == Dialect::PostgreSQL)
        return eraseOnTeamDatabase(*customer);
    const QString what = tr("Erasing customer %1").arg(customerId);
    sqlite3 *handle = m_db->handle();
    QSqlDatabase db = m_db->connection();
    if (!handle)
        return fail(Error::Code::Database, tr("The database is not open."));
    // Deleted content is overwritten with zeros, not left in free space (many builds have this
    // on already; this connection needs it whatever the build).
    QString pragmaError;
    if (!execRaw(handle, "PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON", &pragmaError))
        return fail(Error::Code::Database, tr("%1: %2").arg(what, pragmaError));

    // What identifies them in the rejects files, read before it is gone.
    const CustomerTraces traces = CustomerTraces::of(*customer);
    const auto rejectFiles = RejectFiles::noted(db);
    if (!rejectFiles)
        return std::unexpected(rejectFiles.error());

    ErasureReport report;
    report.customerId = customerId;
    report.uuid = customer->uuid;
    report.erasedAt = QDateTime::currentDateTimeUtc();
    {
        WriteTransaction tx(db);
        if (!tx.isOpen())
            return std::unexpected(Database::sqlError(tx.error(), what));
        auto related = CustomerReferences::discover(db, customerId);
        if (!related)
            return std::unexpected(related.error());
        QSqlQuery q(db);
        auto failed = [&q, &what]() { return std::unexpected(Database::sqlError(q.lastError(), what)); };

        // The tombstone first: it is what lets the consent ledger's rows go.
        q.prepare(QStringLiteral("INSERT INTO customer_erasure (uuid, erased_at, erased_by) VALUES (?, ?, ?)"));
        q.addBindValue(customer->uuid);
        q.addBindValue(toStoredTime(report.erasedAt));
        q.addBindValue(m_actor);
        if (!q.exec())
            return failed();

        if (auto removed = removeRows(db, customerId, *related, report); !removed)
            return std::unexpected(removed.error());
        q.finish();
        if (!tx.commit())
            return std::unexpected(Database::sqlError(tx.error(), what));
    }

    // The log still holds the pages as they were before; copied back and truncated, it holds none.
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    report.logCleared = rc == SQLITE_OK && logFrames <= 0;

    report.rejects = RejectFiles::scrub(*rejectFiles, traces);
    return report;
}

Result<ErasureReport> Erasure::eraseOnTeamDatabase(const Customer &customer)
{
    // What goes, as the confirmation showed it: the team database's erasure takes the customer's
    // rows in every table that refers to them (eraseHere), and their sync bookkeeping.
    const auto shown = preview(customer.id);
    if (!shown)
        return std::unexpected(shown.error());
    ErasureReport report;
    report.customerId = customer.id;
    report.uuid = customer.uuid;
    report.erasedAt = QDateTime::currentDateTimeUtc();
    report.rowsRemoved = shown->rows;
    report.rowsUnlinked = shown->rowsUnlinked;
    report.membersUnlinked = shown->members;

    // The tombstone goes in as the team database's own record, stamped by its clock, and is
    // applied as an erasure that came from a laptop is: the customer's rows go with it in one
    // transaction, and every laptop receives it at its next sync and erases them there.
    sync::SyncEndpoint team(m_db);
    const auto me = team.replicaId();
    if (!me)
        return std::unexpected(me.error());
    const auto now = team.clockNow();
    if (!now)
        return std::unexpected(now.error());
    sync::SyncRecord tombstone;
    tombstone.table = QStringLiteral("customer_erasure");
    tombstone.uuid = customer.uuid;
    tombstone.created = sync::Stamp{*now << 16, *me};
    tombstone.createdAt = tombstone.updatedAt = toStoredTime(report.erasedAt);
    tombstone.values.insert(QStringLiteral("erased_at"), tombstone.createdAt);
    tombstone.values.insert(QStringLiteral("erased_by"), m_actor);
    const auto applied = team.apply({tombstone}, sync::SyncEndpoint::Mode::Push, *me, {});
    if (!applied)
        return std::unexpected(applied.error());
    if (applied->erased != 1)
        return fail(Error::Code::Database, tr("Customer %1 could not be erased on the team database.").arg(customer.uuid));
    // Deleted rows keep their content in the tables' pages until they are vacuumed.
    report.logCleared = bool(sync::TeamServer::vacuumAfterErasure(m_db->connection()));
    return report;
}

} // namespace relatio
