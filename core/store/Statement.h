// A thin RAII wrapper over a prepared sqlite3 statement, for the hot paths (bulk writes, id scans)
// where QSqlQuery's per-row QVariant cost would dominate.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace relatio {

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorMessage() const;

    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value);
    // As Qt's SQLite driver binds it: null, integer, real or text.
    void bind(int index, const QVariant &value);
    void bindUtf8(int index, const QByteArray &value);
    void bindNull(int index);

    // Steps once: true while a row is available; false at the end or on error (see failed()).
    bool step();
    bool failed() const { return m_failed; }
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    // The UTF-8 text of a column as SQLite holds it, without a copy: valid until the next step.
    // Empty for NULL.
    std::string_view utf8(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// Executes one or more statements without results; false with the message on failure.
bool execRaw(sqlite3 *db, const char *sql, QString *error = nullptr);

} // namespace relatio
