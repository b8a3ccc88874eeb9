// What the sync tests share: replicas (laptop files and a file or PostgreSQL server) in a World,
// and small helpers to make, edit and compare customers on them.
#pragma once

#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "store/Migrations.h"
#include "sync/PgSchema.h"
#include "sync/SyncEndpoint.h"
#include "sync/SyncSchema.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"
#include "util/Stamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <optional>

namespace relatio::sync::test {

inline QVariant scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Where the server of a test lives: a Relatio file, or a team database on PostgreSQL.
enum class ServerKind { File, PostgreSQL };

// The PostgreSQL of the tests (RELATIO_TEST_PG, set by .ci/run); without it the PostgreSQL runs
// are skipped with a warning, unless RELATIO_REQUIRE_PG says they must run (CI).
inline std::optional<ServerUrl> testServer()
{
    const QString url = qEnvironmentVariable("RELATIO_TEST_PG");
    if (url.isEmpty()) {
        if (qEnvironmentVariableIsSet("RELATIO_REQUIRE_PG"))
            FAIL("RELATIO_TEST_PG is not set, and the PostgreSQL tests must run here");
        WARN("RELATIO_TEST_PG is not set: the PostgreSQL part of this test is skipped");
        return std::nullopt;
    }
    auto parsed = ServerUrl::parse(url);
    REQUIRE(parsed);
    return *parsed;
}

// A replica: a Relatio database with its own replica id, made from one migrated template file;
// or the team database.
struct Replica
{
    QString name;
    DatabasePtr db;
    std::unique_ptr<TeamServer> team;
    std::unique_ptr<SyncEndpoint> endpoint;
    std::unique_ptr<CustomerRepository> customers;

    SyncEndpoint &sync() { return team ? team->endpoint() : *endpoint; }
    QSqlDatabase conn() { return team ? team->connection() : db->connection(); }
};

inline QVariant scalar(Replica &r, const QString &sql)
{
    return scalar(r.conn(), sql);
}

class World
{
public:
    explicit World(int laptops, ServerKind kind = ServerKind::File)
    {
        static QTemporaryDir templateDir;
        static QString templatePath;
        if (templatePath.isEmpty()) {
            templatePath = templateDir.filePath(QStringLiteral("template.sqlite"));
            auto db = Database::open(templatePath);
            REQUIRE(db);
        }
        if (kind == ServerKind::PostgreSQL) {
            const auto url = testServer();
            REQUIRE(url);
            auto team = TeamServer::connect(*url);
            REQUIRE(team);
            QSqlQuery q((*team)->connection());
            // Each test process has a schema of its own (ctest runs several at once). It is made
            // once per process, afresh; each world then empties it, much quicker than making it.
            const QString schema = QStringLiteral("relatio_test_%1").arg(QCoreApplication::applicationPid());
            static bool made = false;
            if (!made) {
                REQUIRE(q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)));
                REQUIRE(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
            }
            REQUIRE(q.exec(QStringLiteral("SET search_path TO %1").arg(schema)));
            if (!made) {
                REQUIRE((*team)->init().value_or(false));
                made = true;
            }
            REQUIRE(q.exec(QStringLiteral("TRUNCATE owner, tag, customer, customer_tag, customer_erasure, interaction, follow_up,"
                                          " consent_entry, consent_text, consent_purpose, channel, purchase, product, org_unit,"
                                          " maturity_assessment, maturity_answer, persona, persona_rule, customer_change, row_stamp,"
                                          " field_stamp, interaction_stats, marketing_export_log,"
                                          " sync_conflict, sync_pending, sync_peer RESTART IDENTITY")));
            // The rows every replica is made with, as init makes them (written as sync writes, not
            // as changes made on the server).
            REQUIRE(q.exec(QStringLiteral("UPDATE sync_clock SET hlc = 0, seq = 0, offset_ms = 0, applying = 1")));
            for (const QString &sql : QStringList{defaultChannelsSql(), defaultPurposesSql(), defaultConsentTextsSql()}
                     + defaultRowStampSql(true))
                REQUIRE(q.exec(sql));
            for (const char *table : {"channel", "consent_purpose", "consent_text"})
                REQUIRE(q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT max(id) FROM %1))")
                                   .arg(QLatin1String(table))));
            REQUIRE(q.exec(QStringLiteral("UPDATE sync_clock SET hlc = 0, seq = 0, offset_ms = 0, applying = 0")));
            REQUIRE(q.exec(QStringLiteral("UPDATE meta SET value = 'server-%1' WHERE key = 'replica_id'")
                               .arg(QUuid::createUuid().toString(QUuid::Id128).left(8))));
            server.name = QStringLiteral("server");
            server.team = std::move(*team);
            // The connection that reads pages ahead looks in the same schema.
            server.team->endpoint().setOpener([url = *url, schema]() -> Result<std::shared_ptr<SyncEndpoint>> {
                auto other = TeamServer::connect(url);
                if (!other)
                    return std::unexpected(other.error());
                if (!QSqlQuery((*other)->connection()).exec(QStringLiteral("SET search_path TO %1").arg(schema)))
                    return fail(Error::Code::Database, QStringLiteral("cannot set the search path"));
                const std::shared_ptr<TeamServer> owner(std::move(*other));
                return std::shared_ptr<SyncEndpoint>(owner, &owner->endpoint());
            });
        } else {
            server = make(QStringLiteral("server"), templatePath);
        }
        for (int i = 0; i < laptops; ++i)
            this->laptops.push_back(make(QStringLiteral("laptop%1").arg(i + 1), templatePath));
    }

    Replica server;
    std::vector<Replica> laptops;

    bool serverIsFile() const { return !server.team; }
    Replica &laptop(int i) { return laptops[std::size_t(i)]; }

    Result<SyncSummary> sync(int i, const SyncOptions &options = {})
    {
        return Synchroniser::run(*laptop(i).endpoint, server.sync(), options);
    }

    void syncAll(int rounds = 2)
    {
        for (int r = 0; r < rounds; ++r)
            for (int i = 0; i < int(laptops.size()); ++i)
                REQUIRE(sync(i));
    }

    std::vector<Replica *> all()
    {
        std::vector<Replica *> out{&server};
        for (Replica &l : laptops)
            out.push_back(&l);
        return out;
    }

private:
    // Histories are many and short: kept in memory-backed files where the machine has them.
    static QString scratch()
    {
        return QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm/relatio-sync-XXXXXX")
                                                                  : QDir::tempPath() + QStringLiteral("/relatio-sync-XXXXXX");
    }
    QTemporaryDir m_dir{scratch()};

    Replica make(const QString &name, const QString &templatePath)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
        REQUIRE(QFile::copy(templatePath, path));
        auto db = Database::open(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE meta SET value = '%1-%2' WHERE key = 'replica_id'")
                           .arg(name, QUuid::createUuid().toString(QUuid::Id128).left(8))));
        Replica r;
        r.name = name;
        r.db = *db;
        r.endpoint = std::make_unique<SyncEndpoint>(r.db);
        r.customers = std::make_unique<CustomerRepository>(r.db);
        r.customers->setActor(name);
        return r;
    }
};

// The server kinds a test runs against: always a file, and PostgreSQL where the tests have one.
inline ServerKind serverKind(int which)
{
    return which == 0 ? ServerKind::File : ServerKind::PostgreSQL;
}

inline bool skipped(ServerKind kind)
{
    return kind == ServerKind::PostgreSQL && !testServer();
}

inline const char *kindName(ServerKind kind)
{
    return kind == ServerKind::File ? "server in a file" : "server on PostgreSQL";
}

inline qint64 idOf(Replica &r, const QString &uuid)
{
    return scalar(r, QStringLiteral("SELECT id FROM customer WHERE uuid = '%1'").arg(uuid)).toLongLong();
}

inline Customer person(const QString &given, const QString &family, const QString &city)
{
    Customer c;
    c.kind = CustomerKind::Person;
    c.givenName = given;
    c.familyName = family;
    c.city = city;
    c.country = QStringLiteral("NL");
    return c;
}

inline QString create(Replica &r, const Customer &c)
{
    auto id = r.customers->create(c);
    REQUIRE(id);
    return r.customers->get(*id)->uuid;
}

inline void edit(Replica &r, const QString &uuid, const std::function<void(Customer &)> &change)
{
    auto c = r.customers->get(idOf(r, uuid));
    REQUIRE(c);
    change(*c);
    REQUIRE(r.customers->update(*c));
}

inline QString cityOf(Replica &r, const QString &uuid)
{
    return scalar(r, QStringLiteral("SELECT city FROM customer WHERE uuid = '%1'").arg(uuid)).toString();
}

// Every laptop holds what the server holds (within the laptop's subset, when it keeps one).
inline void requireConverged(World &w)
{
    for (Replica &l : w.laptops) {
        const auto subset = l.endpoint->subset();
        REQUIRE(subset);
        const auto reference = w.server.sync().contentHash(*subset);
        REQUIRE(reference);
        const auto hash = l.endpoint->contentHash();
        REQUIRE(hash);
        INFO(l.name.toStdString());
        CHECK(hash->toHex() == reference->toHex());
        if (*hash != *reference) {
            // Where they differ, for the failure's report.
            const auto mine = l.endpoint->contentDump();
            const auto theirs = w.server.sync().contentDump(*subset);
            REQUIRE(mine);
            REQUIRE(theirs);
            for (const QString &line : *mine)
                if (!theirs->contains(line))
                    WARN("only on " << l.name.toStdString() << ": " << line.toStdString());
            for (const QString &line : *theirs)
                if (!mine->contains(line))
                    WARN("only on the server: " << line.toStdString());
        }
    }
}

} // namespace relatio::sync::test
