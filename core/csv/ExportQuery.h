// The query an export reads its rows from, on either store. On a Relatio file it is a prepared
// SQLite statement whose text cells are read as UTF-8 without copies (a million rows in seconds);
// on a team database it is a QSqlQuery on the calling thread's session. Exports read inside a
// ReadSnapshot (store/Transaction.h), so that each is one consistent picture however long it takes.
#pragma once

#include "store/Database.h"
#include "store/Statement.h"
#include "util/Result.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace relatio::csv {

class ExportQuery
{
public:
    // sql uses ? placeholders, bound in order with bind() before the first next().
    ExportQuery(const Database &db, const QByteArray &sql);
    ~ExportQuery();
    ExportQuery(const ExportQuery &) = delete;
    ExportQuery &operator=(const ExportQuery &) = delete;

    bool ok() const { return m_prepared; }
    // What the store said when preparing or reading failed.
    QString errorMessage() const;

    // Binds placeholder index (1-based).
    void bind(int index, const QVariant &value);
    // Starts again from the first row; the values are bound again after it.
    void reset();
    // Moves to the next row: false at the end or on failure (see failed()).
    bool next();
    bool failed() const { return m_failed; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    // The UTF-8 text of a column of the current row, empty for NULL; valid until the next row.
    std::string_view text(int column);
    // The same, copied.
    QByteArray bytes(int column)
    {
        const std::string_view view = text(column);
        return QByteArray(view.data(), qsizetype(view.size()));
    }

private:
    std::optional<Statement> m_statement; // a file's
    std::optional<QSqlQuery> m_query;     // a team database's
    std::vector<QVariant> m_binds;
    std::vector<QByteArray> m_texts;  // the current row's text cells on a team database
    std::size_t m_columns = 0;
    bool m_prepared = false;
    bool m_started = false;
    bool m_failed = false;
};

// Hands each row of q to visit, until it returns false (then stopped is set). Fails with what the
// store said.
Result<void> readRows(ExportQuery &q, const std::function<bool(ExportQuery &)> &visit, bool *stopped);

// The rows of an export of contacts or orders: those in a range of their time, and, when customers
// are given, only theirs, customer by customer in the order given. On a file a statement is run
// again per customer; on a team database a thousand customers are read per query (their order
// kept by the places of an array), rather than with a round trip each.
struct RangeSelection
{
    QByteArray select;     // "SELECT … FROM table alias JOIN …", without WHERE
    QByteArray table;      // "table alias", for the count
    QByteArray alias;      // of the table: its deleted_at, customer_id and id are used
    QByteArray time;       // the time column; ordered by it, then by id
    QString from;          // the first time, inclusive; empty: from the start
    QString to;            // the last time; empty: to the end
    bool toInclusive = false;
    const std::vector<qint64> *customers = nullptr; // empty or null: every customer
};

// How many rows the selection holds.
Result<qint64> countSelected(const Database &db, const RangeSelection &selection);
// Hands each row of the selection to visit, until it returns false (then stopped is set).
// Fails with what the store said.
Result<void> readSelected(const Database &db, const RangeSelection &selection,
                          const std::function<bool(ExportQuery &)> &visit, bool *stopped);

} // namespace relatio::csv
