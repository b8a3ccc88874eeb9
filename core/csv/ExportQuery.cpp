// The query an export reads its rows from, on either store.
#include "csv/ExportQuery.h"

#include "store/Dialect.h"

#include <QSqlError>
#include <QSqlRecord>

namespace relatio::csv {

ExportQuery::ExportQuery(const Database &db, const QByteArray &sql)
{
    if (sqlite3 *handle = db.handle()) {
        m_statement.emplace(handle, sql.constData());
        m_prepared = m_statement->isValid();
        return;
    }
    m_query.emplace(db.connection());
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(QString::fromUtf8(sql));
}

ExportQuery::~ExportQuery() = default;

QString ExportQuery::errorMessage() const
{
    return m_statement ? m_statement->errorMessage() : m_query->lastError().text();
}

void ExportQuery::bind(int index, const QVariant &value)
{
    if (m_statement) {
        m_statement->bind(index, value);
        return;
    }
    if (std::size_t(index) > m_binds.size())
        m_binds.resize(std::size_t(index));
    m_binds[std::size_t(index) - 1] = value;
}

void ExportQuery::reset()
{
    if (m_statement)
        m_statement->reset();
    m_binds.clear();
    m_started = false;
}

bool ExportQuery::next()
{
    if (!m_prepared || m_failed)
        return false;
    if (m_statement) {
        if (m_statement->step())
            return true;
        m_failed = m_statement->failed();
        return false;
    }
    if (!m_started) {
        m_started = true;
        for (std::size_t i = 0; i < m_binds.size(); ++i)
            m_query->bindValue(int(i), m_binds[i]);
        if (!m_query->exec()) {
            m_failed = true;
            return false;
        }
        m_columns = std::size_t(m_query->record().count());
    }
    m_texts.assign(m_columns, QByteArray());
    return m_query->next();
}

bool ExportQuery::isNull(int column) const
{
    return m_statement ? m_statement->isNull(column) : m_query->isNull(column);
}

qint64 ExportQuery::int64(int column) const
{
    return m_statement ? m_statement->int64(column) : m_query->value(column).toLongLong();
}

std::string_view ExportQuery::text(int column)
{
    if (m_statement)
        return m_statement->utf8(column);
    QByteArray &text = m_texts[std::size_t(column)];
    if (text.isNull() && !m_query->isNull(column))
        text = m_query->value(column).toString().toUtf8();
    return std::string_view(text.constData(), std::size_t(text.size()));
}

namespace {

constexpr std::size_t kBatch = 1000;

// The query for the customers from at on (every row when none are given), counting or reading,
// and how many customers it covers.
std::unique_ptr<ExportQuery> selectionQuery(const Database &db, const RangeSelection &s, bool count, std::size_t at,
                                            std::size_t *covered)
{
    static const std::vector<qint64> none;
    const std::vector<qint64> &ids = s.customers ? *s.customers : none;
    const bool batched = !ids.empty() && db.dialect() == Dialect::PostgreSQL;
    *covered = ids.empty() ? 0 : batched ? std::min(kBatch, ids.size() - at) : 1;
    QByteArray sql = count ? "SELECT count(*) FROM " + s.table : s.select;
    if (batched) {
        QByteArray list;
        for (std::size_t i = at; i < at + *covered; ++i)
            list += (list.isEmpty() ? "" : ",") + QByteArray::number(ids[i]);
        sql += " JOIN unnest(ARRAY[" + list + "]::bigint[]) WITH ORDINALITY AS chosen(id, place) ON chosen.id = "
            + s.alias + ".customer_id";
    }
    sql += " WHERE " + s.alias + ".deleted_at IS NULL";
    if (!s.from.isEmpty())
        sql += " AND " + s.time + " >= ?";
    if (!s.to.isEmpty())
        sql += " AND " + s.time + (s.toInclusive ? " <= ?" : " < ?");
    if (!ids.empty() && !batched)
        sql += " AND " + s.alias + ".customer_id = ?";
    if (!count)
        sql += " ORDER BY " + QByteArray(batched ? "chosen.place, " : "") + s.time + ", " + s.alias + ".id";
    auto q = std::make_unique<ExportQuery>(db, sql);
    int index = 0;
    if (!s.from.isEmpty())
        q->bind(++index, s.from);
    if (!s.to.isEmpty())
        q->bind(++index, s.to);
    if (!ids.empty() && !batched)
        q->bind(++index, ids[at]);
    return q;
}

// Calls each(query) for every query the selection needs; false stops.
template<typename Each>
void eachQuery(const Database &db, const RangeSelection &s, bool count, Each each)
{
    const std::size_t customers = s.customers ? s.customers->size() : 0;
    std::size_t covered = 0;
    for (std::size_t at = 0; at == 0 || at < customers; at += std::max<std::size_t>(covered, 1))
        if (!each(*selectionQuery(db, s, count, at, &covered)))
            return;
}

} // namespace

Result<qint64> countSelected(const Database &db, const RangeSelection &selection)
{
    qint64 total = 0;
    QString error;
    eachQuery(db, selection, true, [&](ExportQuery &q) {
        if (q.next())
            total += q.int64(0);
        if (!q.ok() || q.failed()) {
            error = q.errorMessage();
            return false;
        }
        return true;
    });
    if (!error.isEmpty())
        return fail(Error::Code::Database, error);
    return total;
}

Result<void> readRows(ExportQuery &q, const std::function<bool(ExportQuery &)> &visit, bool *stopped)
{
    while (q.next()) {
        if (!visit(q)) {
            *stopped = true;
            return {};
        }
    }
    if (!q.ok() || q.failed())
        return fail(Error::Code::Database, q.errorMessage());
    return {};
}

Result<void> readSelected(const Database &db, const RangeSelection &selection,
                          const std::function<bool(ExportQuery &)> &visit, bool *stopped)
{
    Result<void> read;
    eachQuery(db, selection, false, [&](ExportQuery &q) {
        read = readRows(q, visit, stopped);
        return read.has_value() && !*stopped;
    });
    return read;
}

} // namespace relatio::csv
