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

// One consistent picture of the store for as long as it lives, for a long read on either store
// (an export): a read transaction on a file, a repeatable-read, read-only transaction on a team
// database, on the calling thread's connection; unless a transaction is open there already, which
// then gives the picture and is left to its owner.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db)
        : m_connection(db.connection())
        , m_handle(db.handle())
    {
        if (m_handle) {
            m_open = sqlite3_get_autocommit(m_handle) != 0 && execRaw(m_handle, "BEGIN");
            return;
        }
        // Outside a transaction every statement is one of its own, which started with it.
        QSqlQuery q(m_connection);
        if (!q.exec(QStringLiteral("SELECT statement_timestamp() = transaction_timestamp()")) || !q.next()
            || !q.value(0).toBool())
            return;
        m_open = q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    }
    ~ReadSnapshot()
    {
        if (!m_open)
            return;
        if (m_handle)
            execRaw(m_handle, "COMMIT");
        else
            QSqlQuery(m_connection).exec(QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_connection;
    sqlite3 *m_handle;
    bool m_open = false;
};

} // namespace relatio
