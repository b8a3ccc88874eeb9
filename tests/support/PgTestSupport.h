// A team database of its own on the tests' PostgreSQL (RELATIO_TEST_PG, set by .ci/run), for tests
// that go through the command line or the window rather than through a sync World.
#pragma once

#include "TestSupport.h"

#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

#include <catch2/catch.hpp>

namespace relatio::test {

// The address of an empty database named prefix_PID on the tests' server (made afresh), or empty
// when there is no server: then the test is skipped with a warning, unless RELATIO_REQUIRE_PG says
// it must run (CI).
inline QString scratchTeamDatabase(const QString &prefix)
{
    const QString base = qEnvironmentVariable("RELATIO_TEST_PG");
    if (base.isEmpty()) {
        if (qEnvironmentVariableIsSet("RELATIO_REQUIRE_PG"))
            FAIL("RELATIO_TEST_PG is not set, and the PostgreSQL tests must run here");
        WARN("RELATIO_TEST_PG is not set: the PostgreSQL test is skipped");
        return {};
    }
    auto url = sync::ServerUrl::parse(base);
    REQUIRE(url);
    auto server = sync::TeamServer::connect(*url);
    REQUIRE(server);
    const QString name = QStringLiteral("%1_%2").arg(prefix).arg(QCoreApplication::applicationPid());
    QSqlQuery q((*server)->connection());
    REQUIRE(q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)));
    REQUIRE(q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)));
    url->database = name;
    return url->address();
}

// Syncs the Relatio file or laptop replica with the team database at address, both ways (an upload
// when the team database is new, as relatio-cli --server URL init --db does).
inline void syncWithTeam(const DatabasePtr &replica, const QString &address)
{
    const auto url = sync::ServerUrl::parse(address);
    REQUIRE(url);
    auto server = sync::TeamServer::connect(*url);
    REQUIRE(server);
    sync::SyncEndpoint here(replica);
    REQUIRE(sync::Synchroniser::run(here, (*server)->endpoint()));
}

// Where a test of the repositories runs: on a Relatio file, or on a fresh team database on the
// tests' PostgreSQL, worked on directly (TeamServer::openDatabase). Used with GENERATE, so that one
// test case checks both:
//     TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
//     if (t.skipped)
//         return;
//     INFO(t.where());
enum class StoreKind { File, Team };

struct TestStore
{
    std::unique_ptr<TempDatabase> file;
    DatabasePtr db;
    QString address; // the team database's
    bool skipped = false;
    // On a team database: where this computer's copies of it are kept (sync::WorkingCopy), for the
    // test's run only.
    std::unique_ptr<QTemporaryDir> copies;

    explicit TestStore(StoreKind kind)
    {
        if (kind == StoreKind::File) {
            file = std::make_unique<TempDatabase>();
            db = file->db;
            return;
        }
        address = scratchTeamDatabase(QStringLiteral("relatio_store"));
        if (address.isEmpty()) {
            skipped = true;
            return;
        }
        const auto url = sync::ServerUrl::parse(address);
        REQUIRE(url);
        {
            auto team = sync::TeamServer::connect(*url);
            REQUIRE(team);
            REQUIRE((*team)->init());
        }
        auto opened = sync::TeamServer::openDatabase(*url);
        REQUIRE(opened);
        db = *opened;
        copies = std::make_unique<QTemporaryDir>();
        qputenv("RELATIO_TEAM_COPIES", copies->path().toUtf8());
    }
    ~TestStore()
    {
        if (copies)
            qunsetenv("RELATIO_TEAM_COPIES");
    }
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    // For INFO: which store a failed check ran on.
    const char *where() const { return file ? "on a Relatio file" : "on a team database (PostgreSQL)"; }
};

} // namespace relatio::test
