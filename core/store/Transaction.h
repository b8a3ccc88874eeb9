// A write transaction that rolls back unless committed: no half-written changes; and a read
// transaction that lets many statements share one snapshot and one lock.
#pragma once

#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Statement.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace relatio {

class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        if (dialectOf(m_db) == Dialect::PostgreSQL) {
            // On a team database every write ticks the sync clock (its stamping triggers), and a
            // laptop's sync holds the clock while it writes: taking it first makes writers queue
            // in one order (no deadlock), and what a save reads stays as read until it commits.
            m_open = q.exec(QStringLiteral("BEGIN"));
            if (m_open && !q.exec(QStringLiteral("SELECT 1 FROM sync_clock WHERE id = 1 FOR UPDATE"))) {
                m_error = q.lastError();
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                m_open = false;
                return;
            }
        } else {
            // IMMEDIATE takes the write lock now, so a busy database is reported before any work.
            m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
        if (!m_open)
            m_error = q.lastError();
    }
    ~WriteTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isOpen() const { return m_open; }
    QSqlError error() const { return m_error; }

    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError();
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QSqlError m_error;
};

// Many small reads in a row (a lookup per row of a report) each take the file lock and check the
// log when each is its own transaction; inside one read transaction they do that once. Does
// nothing when the connection is already in a transaction.
class ReadTransaction
{
public:
    explicit ReadTransaction(sqlite3 *db)
        : m_db(db)
        , m_open(db && sqlite3_get_autocommit(db) != 0 && execRaw(db, "BEGIN"))
    {
    }
    ~ReadTransaction()
    {
        if (m_open)
            execRaw(m_db, "COMMIT");
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_db;
    bool m_open;
};

} // namespace relatio
