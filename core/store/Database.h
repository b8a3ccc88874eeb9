// The one owner of the store: opens and migrates a Relatio file (SQLite), or opens a team database
// on a PostgreSQL server to work on it directly; hands out one connection per thread.
#pragma once

#include "store/Dialect.h"
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

    // A team database on a PostgreSQL server (its schema made and checked by sync::TeamServer,
    // which is what opens it this way).
    struct Server
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString password;       // empty: libpq's own (PGPASSWORD, ~/.pgpass, trust)
        QString connectOptions; // libpq keywords, ';'-separated (sslmode, …)
        QString address;        // what people know it by: postgresql://USER@HOST:PORT/DB
        int schemaVersion = 0;  // the schema version it holds (as a file's: the shared migrations)
    };
    // Connects to the server; every thread then gets its own session there. Fails with the
    // server's reason when the first connection cannot be made.
    static Result<std::shared_ptr<Database>> openServer(const Server &server);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Where the program keeps its database when no --db is given.
    static QString defaultPath();

    // The file, or a team database's address.
    QString path() const { return m_path; }
    Dialect dialect() const { return m_server ? Dialect::PostgreSQL : Dialect::SQLite; }
    // The schema version of the file or the team database (the same migrations make both).
    int schemaVersion() const { return m_schemaVersion; }
    // The copy made before the last migration of an existing file, empty if none was needed.
    QString preMigrationCopy() const { return m_preMigrationCopy; }

    // The calling thread's connection, opened and configured on first use.
    QSqlDatabase connection() const;
    // The SQLite handle behind the calling thread's connection (none on a team database).
    sqlite3 *handle() const;
    // Closes the calling thread's connection; worker threads call this before they finish.
    void releaseConnection() const;

    // Refuses, with what and why, work that is done on a Relatio file only so far (the figures,
    // imports and exports that read the file directly): on a team database it is done on a laptop's
    // or a workstation's file that syncs with it.
    Result<void> requireFile(const QString &what) const;

    // Writes a consistent copy of the live database to file (VACUUM INTO); file must not exist.
    // A team database is backed up on its server (pg_dump), not from here.
    Result<void> backupTo(const QString &file) const;

    // Describes a failed SQL operation for people, mapping "database is locked" (and, on a team
    // database, a lock waited for too long or a deadlock broken by the server) to Busy.
    static Error sqlError(const QSqlError &error, const QString &what);

private:
    explicit Database(const QString &path);
    Result<void> migrate(const QList<Migration> &migrations);

    QString m_path;
    QString m_connectionPrefix;
    int m_schemaVersion = 0;
    QString m_preMigrationCopy;
    std::unique_ptr<Server> m_server;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace relatio
