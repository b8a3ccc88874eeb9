// Opening, configuring and migrating the SQLite store.
//
// Durability choice: WAL journal with synchronous=FULL. Every saved edit is on disk when the save
// returns, including across a power cut on a field laptop; the cost (one fsync per transaction)
// is invisible for interactive edits, and bulk jobs write in large transactions. The one exception
// is the first sync of an empty file (SyncEndpoint::beginFirstFill): what a power cut could lose
// there is only pulled again.
#include "store/Database.h"

#include "store/SetAside.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace relatio {

namespace {

constexpr int kBusyTimeoutMs = 5000;
// How long a save on a team database waits for another writer (a colleague's save, a laptop's
// sync) before it says the database is busy. A sync holds the lock for a page at a time.
constexpr int kServerLockTimeoutMs = 15000;
QAtomicInt s_nextInstance = 0;

int readUserVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool isLockedMessage(const QString &text)
{
    return text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy"));
}

// PostgreSQL's SQLSTATEs for a lock not had in time, a deadlock it broke, and a serialisation
// failure: all three say "try again", none says the data is wrong.
bool isServerBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("55P03") || code == QLatin1String("40P01") || code == QLatin1String("40001");
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionPrefix(QStringLiteral("relatio-%1-").arg(s_nextInstance.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.relatio");
    return dir + QStringLiteral("/relatio.sqlite");
}

Error Database::sqlError(const QSqlError &error, const QString &what)
{
    const QString detail = error.text().trimmed();
    if (isLockedMessage(error.databaseText()) || isLockedMessage(error.driverText()))
        return Error{Error::Code::Busy,
                     tr("%1: the database is locked by another program (%2). Close it and try again.")
                         .arg(what, detail),
                     {}, 0, 0};
    if (isServerBusy(error))
        return Error{Error::Code::Busy,
                     tr("%1: the team database is busy: a colleague's save or a laptop's sync is writing the same "
                        "records (%2). Nothing was changed; try again in a moment.")
                         .arg(what, detail),
                     {}, 0, 0};
    return Error{Error::Code::Database, tr("%1: %2").arg(what, detail), {}, 0, 0};
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QList<Migration> &migrations = options.migrations ? *options.migrations : schemaMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    const QFileInfo info(path);

    if (info.exists()) {
        if (!info.isFile())
            return fail(Error::Code::Io, tr("%1 is not a file.").arg(path));
        if (!info.isReadable())
            return fail(Error::Code::Io, tr("%1 cannot be read: permission denied.").arg(path));
        // Look at the file read-only first, so that a newer or foreign file is never touched.
        const QString probeName = QStringLiteral("relatio-probe-%1").arg(s_nextInstance.fetchAndAddRelaxed(1));
        int version = -1;
        bool foreign = false;
        QString probeError;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probe.setDatabaseName(path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
            if (!probe.open()) {
                probeError = probe.lastError().text();
            } else {
                version = readUserVersion(probe);
                if (version < 0) {
                    probeError = tr("not an SQLite database, or damaged");
                } else if (version == 0) {
                    QSqlQuery q(probe);
                    foreign = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next()
                        && q.value(0).toInt() > 0;
                }
                probe.close();
            }
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!probeError.isEmpty())
            return fail(Error::Code::Io, tr("%1 cannot be opened: %2").arg(path, probeError));
        if (foreign)
            return fail(Error::Code::Invalid,
                        tr("%1 is an SQLite database, but not one of Relatio's. It has not been changed.").arg(path));
        if (version > latest)
            return fail(Error::Code::NewerSchema,
                        tr("%1 was written by a newer version of Relatio (schema version %2; this version "
                           "understands up to %3). It has not been changed: please update Relatio to open it.")
                            .arg(path)
                            .arg(version)
                            .arg(latest));
    } else {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return fail(Error::Code::Io, tr("The folder %1 cannot be created.").arg(dir.absolutePath()));
    }

    std::shared_ptr<Database> db(new Database(info.absoluteFilePath()));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return std::unexpected(sqlError(conn.lastError(), tr("Opening %1").arg(path)));

    {
        QSqlQuery wal(conn);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return std::unexpected(sqlError(wal.lastError(), tr("Opening %1").arg(path)));
    }

    // A first sync cut off before its end left the customer indexes set aside: they come back
    // before anything reads the file or a migration changes its shape.
    if (readUserVersion(conn) > 0) {
        if (auto restored = SetAside::restore(conn); !restored)
            return std::unexpected(restored.error());
    }
    if (auto migrated = db->migrate(migrations); !migrated)
        return std::unexpected(migrated.error());
    return db;
}

Result<std::shared_ptr<Database>> Database::openServer(const Server &server)
{
    // (Reached through TeamServer::openDatabase, which has connected once already and said so
    // when the driver is missing.)
    std::shared_ptr<Database> db(new Database(server.address));
    db->m_server = std::make_unique<Server>(server);
    db->m_schemaVersion = server.schemaVersion;
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return fail(Error::Code::Io,
                    tr("Cannot connect to %1: %2").arg(server.address, conn.lastError().text().trimmed()));
    return db;
}

Result<void> Database::requireFile(const QString &what) const
{
    if (!m_server)
        return {};
    return fail(Error::Code::Invalid,
                tr("%1: this is done on a Relatio file, not yet on a team database. Open a Relatio file that "
                   "syncs with the team database to do it there.")
                    .arg(what));
}

Result<void> Database::migrate(const QList<Migration> &migrations)
{
    QSqlDatabase conn = connection();
    const int current = readUserVersion(conn);
    if (current < 0)
        return fail(Error::Code::Database, tr("%1: cannot read the schema version.").arg(m_path));
    m_schemaVersion = current;
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current >= latest)
        return {};

    if (current > 0) {
        // Keep the user's data safe before changing its shape.
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString copy = QStringLiteral("%1.before-v%2-%3.bak").arg(m_path).arg(latest).arg(stamp);
        for (int n = 2; QFileInfo::exists(copy); ++n)
            copy = QStringLiteral("%1.before-v%2-%3-%4.bak").arg(m_path).arg(latest).arg(stamp).arg(n);
        if (auto copied = backupTo(copy); !copied)
            return fail(Error::Code::Io,
                        tr("Before upgrading %1 a copy must be made, and that failed: %2. Nothing was changed.")
                            .arg(m_path, copied.error().message));
        m_preMigrationCopy = copy;
    }

    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return std::unexpected(sqlError(q.lastError(), tr("Upgrading %1").arg(m_path)));
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        for (const QString &statement : m.statements) {
            if (!q.exec(statement)) {
                const Error error = sqlError(q.lastError(),
                                             tr("Upgrading %1 to schema version %2 (%3)")
                                                 .arg(m_path)
                                                 .arg(m.version)
                                                 .arg(m.description));
                q.exec(QStringLiteral("ROLLBACK"));
                return std::unexpected(error);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
            const Error error = sqlError(q.lastError(), tr("Upgrading %1").arg(m_path));
            q.exec(QStringLiteral("ROLLBACK"));
            return std::unexpected(error);
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = sqlError(q.lastError(), tr("Upgrading %1").arg(m_path));
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(error);
    }
    m_schemaVersion = latest;
    return {};
}

QSqlDatabase Database::connection() const
{
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, true);

    if (m_server) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_server->host);
        db.setPort(m_server->port);
        db.setDatabaseName(m_server->database);
        db.setUserName(m_server->user);
        if (!m_server->password.isEmpty())
            db.setPassword(m_server->password);
        if (!m_server->connectOptions.isEmpty())
            db.setConnectOptions(m_server->connectOptions);
        {
            QMutexLocker lock(&m_mutex);
            m_connectionNames.insert(name);
        }
        if (!db.open())
            return db;
        QSqlQuery q(db);
        // Notices are not for the user; a lock not had in time is reported as busy (sqlError);
        // the program's queries are small, and JIT compilation costs more than it saves on them.
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        q.exec(QStringLiteral("SET lock_timeout = %1").arg(kServerLockTimeoutMs));
        q.exec(QStringLiteral("SET jit = off"));
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    if (!db.open())
        return db;
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                               "PRAGMA cache_size = -16000", "PRAGMA temp_store = MEMORY"})
        q.exec(QString::fromLatin1(pragma));
    return db;
}

sqlite3 *Database::handle() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

void Database::releaseConnection() const
{
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()), 16);
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<void> Database::backupTo(const QString &file) const
{
    if (m_server)
        return fail(Error::Code::Invalid,
                    tr("%1 is a team database on a PostgreSQL server: back it up there (pg_dump).").arg(m_path));
    if (QFileInfo::exists(file))
        return fail(Error::Code::Io, tr("%1 already exists; choose another name.").arg(file));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(file);
    if (!q.exec())
        return std::unexpected(sqlError(q.lastError(), tr("Backing up to %1").arg(file)));
    return {};
}

} // namespace relatio
