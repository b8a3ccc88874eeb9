// What makes a bulk load into one table fast, shared by the demo writer and the CSV importer:
// a rollback journal instead of WAL while this is the only connection, and the table's indexes and
// triggers dropped for the load and built again, sorted, at its end. Everything happens inside the
// caller's write transaction, so a failure or a crash leaves the schema and rows as they were.
#pragma once

#include "util/Result.h"

#include <QByteArrayList>
#include <QCoreApplication>

#include <functional>

struct sqlite3;

namespace relatio {

class BulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(BulkLoad)

public:
    // Before the transaction: switches to a rollback journal when no other connection is open
    // (a WAL would write every page twice); the destructor switches back.
    explicit BulkLoad(sqlite3 *db);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Inside the transaction: drops the table's indexes and triggers, remembering how to make them.
    Result<void> deferIndexes(const char *table);
    // Inside the transaction: runs the fill statements (e.g. a search index filled in one
    // statement), then creates the indexes and triggers again.
    Result<void> rebuild(const QByteArrayList &fillStatements);

    bool deferred() const { return !m_rebuild.isEmpty(); }

private:
    sqlite3 *m_db;
    bool m_switchedJournal = false;
    qint64 m_cacheSize = -2000; // SQLite's default, until read
    QByteArrayList m_rebuild;
    QByteArrayList m_stampFill; // row stamps for the loaded rows of synced tables
};

} // namespace relatio
