// The one owner of the SQLite store: opens and migrates the file, hands out one connection per thread.
#pragma once

#include "store/Migrations.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace relatio {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        // The migrations to apply; tests pass their own lists, the program uses schemaMigrations().
        const QList<Migration> *migrations = nullptr;
    };

    // Opens (creating if needed) and migrates the database at path. A file written by a newer
    // version is refused without being changed; an older one is copied aside before migrating.
    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &path) { return open(path, Options{nullptr}); }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Where the program keeps its database when no --db is given.
    static QString defaultPath();

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before the last migration of an existing file, empty if none was needed.
    QString preMigrationCopy() const { return m_preMigrationCopy; }

    // The calling thread's connection, opened and configured on first use.
    QSqlDatabase connection() const;
    // The SQLite handle behind the calling thread's connection.
    sqlite3 *handle() const;
    // Closes the calling thread's connection; worker threads call this before they finish.
    void releaseConnection() const;

    // Writes a consistent copy of the live database to file (VACUUM INTO); file must not exist.
    Result<void> backupTo(const QString &file) const;

    // Describes a failed SQL operation for people, mapping "database is locked" to Busy.
    static Error sqlError(const QSqlError &error, const QString &what);

private:
    explicit Database(const QString &path);
    Result<void> migrate(const QList<Migration> &migrations);

    QString m_path;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    QString m_preMigrationCopy;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace relatio
