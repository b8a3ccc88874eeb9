// Connecting to the team database, and making and upgrading its schema with the shared migrations.
#include "sync/TeamServer.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/MigrationsPostgres.h"
#include "sync/Credentials.h"
#include "sync/PgSchema.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace relatio::sync {

Result<ServerUrl> ServerUrl::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return fail(Error::Code::Usage,
                    tr("'%1' is not a server address: use postgresql://USER@HOST:PORT/DATABASE.").arg(text));
    if (!url.password().isEmpty())
        return fail(Error::Code::Usage,
                    tr("Do not put the password in the address: Relatio asks for it and keeps it in the system "
                       "keychain; scripts can use ~/.pgpass, PGPASSWORD or --password-stdin."));
    ServerUrl out;
    out.user = url.userName();
    out.host = url.host();
    out.port = url.port(5432);
    out.database = url.path().mid(1);
    if (out.user.isEmpty() || out.host.isEmpty() || out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
        return fail(Error::Code::Usage,
                    tr("'%1' needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE.").arg(text));
    const QStringList allowed{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("connect_timeout")};
    const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key))
            return fail(Error::Code::Usage, tr("The server address option '%1' is not known; use %2.")
                                                .arg(key, allowed.join(QStringLiteral(", "))));
        if (key == QLatin1String("sslmode") && !modes.contains(value))
            return fail(Error::Code::Usage, tr("sslmode takes %1.").arg(modes.join(QStringLiteral(", "))));
        if (value.contains(QLatin1Char(';')))
            return fail(Error::Code::Usage, tr("The value of %1 cannot contain ';'.").arg(key));
        out.options.append({key, value});
    }
    return out;
}

QString ServerUrl::address() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ServerUrl::connectOptions() const
{
    QStringList keywords;
    for (const auto &[key, value] : options)
        keywords.append(key + QLatin1Char('=') + value);
    return keywords.join(QLatin1Char(';'));
}

Result<std::unique_ptr<TeamServer>> TeamServer::connect(const ServerUrl &url, const QString &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Error::Code::Database,
                    tr("This installation cannot reach PostgreSQL: Qt's PostgreSQL driver (Debian package "
                       "libqt6sql6-psql) is missing."));
    static QAtomicInt counter;
    std::unique_ptr<TeamServer> server(new TeamServer);
    server->m_url = url;
    server->m_connectionName = QStringLiteral("relatio-team-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), server->m_connectionName);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!url.options.isEmpty())
        db.setConnectOptions(url.connectOptions());
    if (!db.open()) {
        const QString reason = db.lastError().text().trimmed();
        return fail(Error::Code::Io, tr("Cannot connect to %1: %2").arg(url.address(), reason));
    }
    // Notices (such as what a DROP … CASCADE took with it) are not for the user.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    // Sync reads pages of a few thousand rows by index; the planner's cost for one passes the JIT
    // threshold, and compiling it costs more than it saves (about 80 ms of 180 per page of 5,000
    // customers, measured on PostgreSQL 15).
    QSqlQuery(db).exec(QStringLiteral("SET jit = off"));
    const QString name = server->m_connectionName;
    server->m_endpoint = std::make_unique<SyncEndpoint>([name]() { return QSqlDatabase::database(name, false); },
                                                        SyncEndpoint::Dialect::PostgreSQL);
    server->m_endpoint->setOpener([url, password]() -> Result<std::shared_ptr<SyncEndpoint>> {
        auto other = TeamServer::connect(url, password);
        if (!other)
            return std::unexpected(other.error());
        const std::shared_ptr<TeamServer> owner(std::move(*other));
        return std::shared_ptr<SyncEndpoint>(owner, &owner->endpoint());
    });
    return server;
}

Result<DatabasePtr> TeamServer::openDatabase(const ServerUrl &url, const QString &password)
{
    {
        auto server = connect(url, password);
        if (!server)
            return std::unexpected(server.error());
        if (auto checked = (*server)->check(); !checked)
            return std::unexpected(checked.error());
    }
    Database::Server server;
    server.host = url.host;
    server.port = url.port;
    server.database = url.database;
    server.user = url.user;
    server.password = password;
    server.connectOptions = url.connectOptions();
    server.address = url.address();
    server.schemaVersion = schemaMigrations().constLast().version; // check() upgraded to it, or refused
    return Database::openServer(server);
}

Result<DatabasePtr> TeamServer::openDatabase(const QString &address, const QString &password)
{
    auto url = ServerUrl::parse(address.trimmed());
    if (!url)
        return std::unexpected(url.error());
    const bool timed = std::any_of(url->options.cbegin(), url->options.cend(),
                                   [](const auto &option) { return option.first == QLatin1String("connect_timeout"); });
    if (!timed)
        url->options.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});
    return openDatabase(*url, password.isEmpty() ? readPassword(url->address()).password : password);
}

TeamServer::~TeamServer()
{
    m_endpoint.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase TeamServer::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

int latestVersion()
{
    return schemaMigrations().constLast().version;
}

// What a Relatio of before the shared migrations reads (meta 'team_schema'): a version beyond its
// own, so that it leaves the database alone.
constexpr int kTeamSchemaAfterLegacy = kLegacyTeamSchemaVersion + 1;

} // namespace

bool TeamServer::Held::older(int latest) const
{
    return (version > 0 && version < latest) || (version == 0 && legacy > 0 && legacy <= kLegacyTeamSchemaVersion);
}

Result<TeamServer::Held> TeamServer::held()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the team database")));
    Held held;
    if (!q.value(0).toBool()) {
        held.empty = true;
        return held;
    }
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('schema_version', 'team_schema')")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the team database")));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("schema_version"))
            held.version = q.value(1).toInt();
        else
            held.legacy = q.value(1).toInt();
    }
    if (held.version > 0)
        held.legacy = 0;
    return held;
}

Result<bool> TeamServer::init()
{
    auto made = make();
    if (!made)
        return std::unexpected(made.error());
    return *made != Made::Nothing;
}

Result<TeamServer::Made> TeamServer::make()
{
    auto held = this->held();
    if (!held)
        return std::unexpected(held.error());
    if (held->empty) {
        if (auto created = create(); !created)
            return std::unexpected(created.error());
        return Made::Created;
    }
    if (held->version == latestVersion())
        return Made::Nothing;
    if (held->older(latestVersion())) {
        if (auto upgraded = upgrade(*held); !upgraded)
            return std::unexpected(upgraded.error());
        return Made::Upgraded;
    }
    return fail(Error::Code::NewerSchema,
                tr("The database %1 holds another schema (version %2); this Relatio makes version %3 and "
                   "leaves it untouched.")
                    .arg(m_url.address())
                    .arg(held->version > 0 ? held->version : held->legacy)
                    .arg(latestVersion()));
}

Result<void> TeamServer::create()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    const QString what = tr("Creating the team database on %1").arg(m_url.address());
    auto rollback = [&](const QSqlError &error) {
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(Database::sqlError(error, what));
    };
    // PostgreSQL changes its schema in transactions: all of it is made, or nothing.
    if (!q.exec(QStringLiteral("BEGIN")))
        return std::unexpected(Database::sqlError(q.lastError(), what));
    for (const Migration &m : schemaMigrations()) {
        for (const QString &sql : m.postgresStatements())
            if (!q.exec(sql))
                return rollback(q.lastError());
    }
    if (!q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1'), ('team_schema', '%2')")
                    .arg(latestVersion())
                    .arg(kTeamSchemaAfterLegacy)))
        return rollback(q.lastError());
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollback(q.lastError());
    return {};
}

Result<void> TeamServer::upgrade(const Held &from)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    const QString what = tr("Upgrading the team database on %1").arg(m_url.address());
    auto rollback = [&](const QSqlError &error) {
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(Database::sqlError(error, what));
    };
    // Each version in a transaction of its own; another laptop upgrading at the same moment waits
    // for the lock on meta and then finds the work done.
    const auto step = [&](const QString &key, int version, const QStringList &statements) -> Result<void> {
        if (!q.exec(QStringLiteral("BEGIN")))
            return std::unexpected(Database::sqlError(q.lastError(), what));
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = '%1' FOR UPDATE").arg(key)) || !q.next())
            return rollback(q.lastError());
        if (q.value(0).toInt() >= version) {
            q.exec(QStringLiteral("ROLLBACK"));
            return {};
        }
        for (const QString &sql : statements)
            if (!q.exec(sql))
                return rollback(q.lastError());
        if (!q.exec(QStringLiteral("COMMIT")))
            return rollback(q.lastError());
        return {};
    };

    int version = from.version;
    if (version == 0) {
        // Made before the shared migrations: its own steps first, to team schema 6, which is the
        // schema shared version postgres::kLegacyTeamSchemaEquals makes; there it joins them.
        for (int legacy = from.legacy + 1; legacy <= kLegacyTeamSchemaVersion; ++legacy)
            if (auto done = step(QStringLiteral("team_schema"), legacy, legacyTeamSchemaUpgrade(legacy)); !done)
                return done;
        const QStringList join{
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1')").arg(postgres::kLegacyTeamSchemaEquals),
            QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'team_schema'").arg(kTeamSchemaAfterLegacy),
        };
        if (auto done = step(QStringLiteral("team_schema"), kTeamSchemaAfterLegacy, join); !done)
            return done;
        version = postgres::kLegacyTeamSchemaEquals;
    }
    for (const Migration &m : schemaMigrations()) {
        if (m.version <= version)
            continue;
        QStringList statements = m.postgresStatements();
        statements.append(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(m.version));
        if (auto done = step(QStringLiteral("schema_version"), m.version, statements); !done)
            return done;
    }
    return {};
}

Result<void> TeamServer::check()
{
    auto held = this->held();
    if (!held)
        return std::unexpected(held.error());
    if (held->empty)
        return fail(Error::Code::NotFound,
                    tr("%1 is not a Relatio team database yet: create it with relatio-cli --server URL init.")
                        .arg(m_url.address()));
    if (held->older(latestVersion()))
        return upgrade(*held); // as a Relatio file is migrated when a newer Relatio opens it
    if (held->version != latestVersion())
        return fail(Error::Code::NewerSchema, tr("The team database %1 has schema version %2; this Relatio works with %3.")
                                                  .arg(m_url.address())
                                                  .arg(held->version > 0 ? held->version : held->legacy)
                                                  .arg(latestVersion()));
    return {};
}

Result<qint64> TeamServer::customerCount()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM customer")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the team database")));
    return q.value(0).toLongLong();
}

Result<bool> TeamServer::encrypted()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)"))
        || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the connection")));
    return q.value(0).toBool();
}

Result<void> TeamServer::vacuum()
{
    return vacuumAfterErasure(connection());
}

Result<void> TeamServer::vacuumAfterErasure(QSqlDatabase db)
{
    QSqlQuery q(db);
    for (const char *table : {"customer", "customer_tag", "customer_change", "interaction", "follow_up", "consent_entry",
                              "purchase", "row_stamp", "field_stamp", "sync_conflict", "sync_pending"}) {
        if (!q.exec(QStringLiteral("VACUUM %1").arg(QLatin1String(table))))
            return std::unexpected(Database::sqlError(q.lastError(), tr("Cleaning up the team database")));
    }
    return {};
}

} // namespace relatio::sync
