// The team database on a PostgreSQL server, as field laptops sync with it: the address people
// give (a postgresql:// URL), the connection through Qt's QPSQL driver, and the team schema.
#pragma once

#include "sync/SyncEndpoint.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace relatio::sync {

// postgresql://USER@HOST[:PORT]/DB[?sslmode=…&sslrootcert=PATH&connect_timeout=S]
struct ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(ServerUrl)

public:
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QList<QPair<QString, QString>> options; // libpq keywords, in the order given

    // Refuses a password in the URL (it belongs in the keychain, ~/.pgpass or PGPASSWORD) and
    // options other than sslmode, sslrootcert and connect_timeout.
    static Result<ServerUrl> parse(const QString &text);
    // The URL as given, without the query: what a password is stored under.
    QString address() const;
    // The options as libpq keywords for QSqlDatabase::setConnectOptions ("sslmode=require;…").
    QString connectOptions() const;
};

class TeamServer
{
    Q_DECLARE_TR_FUNCTIONS(TeamServer)

public:
    // Connects; an empty password leaves it to libpq (PGPASSWORD, ~/.pgpass, trust).
    static Result<std::unique_ptr<TeamServer>> connect(const ServerUrl &url, const QString &password = {});
    // The team database to work on directly, as on a Relatio file: the same repositories read and
    // write it, every thread in its own session, and the stamping triggers make each change travel
    // to the laptops. Checked (and upgraded) as check() does; a database without the team schema is
    // refused.
    static Result<DatabasePtr> openDatabase(const ServerUrl &url, const QString &password = {});
    // The same from an address as people type it: an empty password is looked up in the system
    // keychain (needs a Qt application object), and else left to libpq. A server that does not
    // answer is given up after 10 seconds unless the address sets connect_timeout.
    static Result<DatabasePtr> openDatabase(const QString &address, const QString &password = {});
    ~TeamServer();
    TeamServer(const TeamServer &) = delete;
    TeamServer &operator=(const TeamServer &) = delete;

    // Makes the schema in an empty database with the migrations of a Relatio file (in PostgreSQL's
    // dialect, store/MigrationsPostgres.h), all or nothing, or upgrades an older version of it;
    // true when it did, false when the database already holds this version. A newer or unknown
    // schema is refused.
    Result<bool> init();
    // The same, saying which it did.
    enum class Made { Nothing, Created, Upgraded };
    Result<Made> make();
    // Refuses a database without the team schema, or with a newer version of it; upgrades an
    // older one (as a Relatio file is migrated when a newer Relatio opens it).
    Result<void> check();

    Result<qint64> customerCount();
    // Whether this session's connection is encrypted (TLS).
    Result<bool> encrypted();
    // After an erasure came in: frees the dead rows of the tables it touched.
    Result<void> vacuum();
    // The same on a connection to a team database (an erasure made there).
    static Result<void> vacuumAfterErasure(QSqlDatabase db);

    SyncEndpoint &endpoint() { return *m_endpoint; }
    QSqlDatabase connection() const;
    const ServerUrl &url() const { return m_url; }

private:
    // The schema a database holds: the version of the shared migrations (meta 'schema_version'),
    // or for a team database made before them the version of the team schema of then (meta
    // 'team_schema', 1 to kLegacyTeamSchemaVersion).
    struct Held
    {
        bool empty = false; // no meta table: nothing of Relatio's
        int version = 0;
        int legacy = 0;
        // An older schema this Relatio upgrades.
        bool older(int latest) const;
    };

    TeamServer() = default;
    Result<Held> held();
    Result<void> create();
    Result<void> upgrade(const Held &from);

    ServerUrl m_url;
    QString m_connectionName;
    std::unique_ptr<SyncEndpoint> m_endpoint;
};

} // namespace relatio::sync
