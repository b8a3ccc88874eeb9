// Where the usage report's contacts and names are read, per dialect.
#include "interactions/UsageSource.h"

#include "interactions/SatisfactionStats.h"
#include "store/Statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace relatio::usage {

namespace {

// A contact's UTC day as a day number, on PostgreSQL (occurred_at is ISO 8601 text in UTC).
QString pgDay(const QString &table)
{
    return QStringLiteral("(substr(%1.occurred_at, 1, 10)::date - date '1970-01-01')").arg(table);
}

// The names of the customers with these ids on a team database, a thousand per query.
Result<void> readNamesFromServer(const Database &db, const std::vector<qint64> &ids, CustomerNames &names,
                                 const std::atomic_bool *cancelled)
{
    constexpr std::size_t batch = 1000;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (std::size_t start = 0; start < ids.size(); start += batch) {
        if (cancelled && cancelled->load())
            return fail(Error::Code::Cancelled, SatisfactionStats::tr("The report was cancelled."));
        QStringList list;
        for (std::size_t i = start; i < std::min(ids.size(), start + batch); ++i)
            list.append(QString::number(ids[i]));
        const QString sql = QStringLiteral("SELECT id, sort_name, CASE kind WHEN 'organisation' THEN organisation_name"
                                           " ELSE trim(given_name || ' ' || family_name) END FROM customer"
                                           " WHERE id IN (%1)")
                                .arg(list.join(QLatin1Char(',')));
        if (!q.exec(sql))
            return std::unexpected(Database::sqlError(q.lastError(), SatisfactionStats::tr("Reading the customers' names")));
        while (q.next())
            names.insert(q.value(0).toLongLong(), {q.value(1).toString().toUtf8(), q.value(2).toString()});
    }
    return {};
}

} // namespace

Result<void> scanContacts(const Database &db, const QDate &from, const QDate &to,
                          const std::function<bool(qint64, qint64, qint64)> &visit)
{
    const QString first = from.toString(Qt::ISODate);
    const QString end = to.addDays(1).toString(Qt::ISODate);
    if (db.dialect() == Dialect::SQLite) {
        // The time index covers the query (occurred_at, customer_id, channel_id, deleted_at), so
        // the scan never touches the table.
        Statement scan(db.handle(), "SELECT unixepoch(substr(occurred_at, 1, 10)) / 86400, customer_id, channel_id"
                                    " FROM interaction INDEXED BY interaction_by_time"
                                    " WHERE occurred_at >= ? AND occurred_at < ? AND deleted_at IS NULL");
        scan.bind(1, first);
        scan.bind(2, end);
        while (scan.step())
            if (!visit(scan.int64(0), scan.int64(1), scan.int64(2)))
                return {};
        if (scan.failed())
            return fail(Error::Code::Database, SatisfactionStats::tr("Reading the contacts: %1").arg(scan.errorMessage()));
        return {};
    }
    QSqlQuery scan(db.connection());
    scan.setForwardOnly(true);
    scan.prepare(QStringLiteral("SELECT %1, i.customer_id, i.channel_id FROM interaction i"
                                " WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?")
                     .arg(pgDay(QStringLiteral("i"))));
    scan.addBindValue(first);
    scan.addBindValue(end);
    if (!scan.exec())
        return std::unexpected(Database::sqlError(scan.lastError(), SatisfactionStats::tr("Reading the contacts")));
    while (scan.next())
        if (!visit(scan.value(0).toLongLong(), scan.value(1).toLongLong(), scan.value(2).toLongLong()))
            return {};
    return {};
}

Result<CustomerNames> customerNames(const Database &db, const std::vector<qint64> &ids, const std::atomic_bool *cancelled)
{
    CustomerNames names;
    names.reserve(qsizetype(ids.size()));
    if (db.dialect() == Dialect::PostgreSQL) {
        if (auto read = readNamesFromServer(db, ids, names, cancelled); !read)
            return std::unexpected(read.error());
        return names;
    }
    // Looked up in id order: neighbouring ids share B-tree pages, so each page is read once
    // rather than once per customer on it.
    Statement name(db.handle(), "SELECT sort_name, CASE kind WHEN 'organisation' THEN organisation_name"
                                " ELSE trim(given_name || ' ' || family_name) END FROM customer WHERE id = ?");
    qint64 seen = 0;
    for (const qint64 customerId : ids) {
        if (cancelled && (++seen & 0xFFF) == 0 && cancelled->load())
            return fail(Error::Code::Cancelled, SatisfactionStats::tr("The report was cancelled."));
        name.reset();
        name.bind(1, customerId);
        if (name.step())
            names.insert(customerId, {name.text(0).toUtf8(), name.text(1)});
    }
    if (name.failed())
        return fail(Error::Code::Database, SatisfactionStats::tr("Reading the customers' names: %1").arg(name.errorMessage()));
    return names;
}

} // namespace relatio::usage
