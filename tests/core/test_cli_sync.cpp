// relatio-cli --server URL init and sync --server URL, against the tests' PostgreSQL.
#include "CliTestSupport.h"
#include "PgTestSupport.h"

#include "store/Database.h"
#include "sync/PgSchema.h"
#include "sync/TeamServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace relatio;
using namespace relatio::test;


TEST_CASE("relatio-cli sets up a team database and syncs laptops with it", "[cli][sync][postgres]")
{
    const QString server = scratchTeamDatabase(QStringLiteral("relatio_cli"));
    if (server.isEmpty())
        return;
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), first, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("40"),
                 QStringLiteral("--interactions"), QStringLiteral("0"), QStringLiteral("--orders"), QStringLiteral("0")})
                .exitCode
            == 0);

    SECTION("init upgrades a team database made before the shared migrations")
    {
        {
            auto url = sync::ServerUrl::parse(server);
            REQUIRE(url);
            auto team = sync::TeamServer::connect(*url);
            REQUIRE(team);
            QSqlQuery q((*team)->connection());
            for (const QString &sql : sync::legacyTeamSchemaV1())
                REQUIRE(q.exec(sql));
        }
        const int latest = schemaMigrations().constLast().version;
        const CliRun upgraded = cli({QStringLiteral("--server"), server, QStringLiteral("init")});
        INFO(upgraded.err.toStdString());
        CHECK(upgraded.exitCode == 0);
        CHECK(upgraded.out.startsWith(QStringLiteral("Upgraded the team database on ")));
        CHECK(upgraded.out.endsWith(QStringLiteral(" to schema version %1.\n").arg(latest)));
        const CliRun info = cli({QStringLiteral("--server"), server, QStringLiteral("info")});
        CHECK(info.out.contains(QRegularExpression(QStringLiteral("Schema version:\\s+%1\\b").arg(latest))));
        CHECK(cli({QStringLiteral("--server"), server, QStringLiteral("init")}).out.contains(QStringLiteral("nothing to change")));
    }

    SECTION("init makes the schema once, and uploads a first database")
    {
        const CliRun made = cli({QStringLiteral("--server"), server, QStringLiteral("init")});
        INFO(made.err.toStdString());
        CHECK(made.exitCode == 0);
        CHECK(made.out.startsWith(QStringLiteral("Created the team database on ")));
        const CliRun again = cli({QStringLiteral("--server"), server, QStringLiteral("init")});
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("nothing to change")));
        const CliRun upload = cli({QStringLiteral("--server"), server, QStringLiteral("init"), QStringLiteral("--db"), first});
        INFO(upload.err.toStdString());
        CHECK(upload.exitCode == 0);
        CHECK(upload.out.contains(QRegularExpression(QStringLiteral("sent \\d+, received 0, conflicts 0"))));
        // Only into an empty team database.
        const CliRun twice = cli({QStringLiteral("--server"), server, QStringLiteral("init"), QStringLiteral("--db"), second});
        CHECK(twice.exitCode == 1);
        CHECK(twice.err.contains(QStringLiteral("already holds 40 customers")));

        // An empty laptop gets everything; a second sync has nothing to do.
        const CliRun synced = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server});
        INFO(synced.err.toStdString());
        CHECK(synced.exitCode == 0);
        CHECK(synced.out.contains(QRegularExpression(QStringLiteral("sent 0, received \\d+, conflicts 0"))));
        const CliRun info = cli({QStringLiteral("--db"), second, QStringLiteral("info")});
        CHECK(info.out.contains(QRegularExpression(QStringLiteral("Customers:\\s+40\\b"))));
        const CliRun quiet = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server});
        CHECK(quiet.exitCode == 0);
        CHECK(quiet.out.trimmed() == QStringLiteral("sent 0, received 0, conflicts 0"));

        // A laptop whose clock runs three hours fast changes a customer; its sync says so on
        // stderr, and the line on stdout stays as scripts read it.
        {
            auto db = Database::open(second);
            REQUIRE(db);
            QSqlQuery q((*db)->connection());
            REQUIRE(q.exec(QStringLiteral("UPDATE sync_clock SET offset_ms = 3 * 3600 * 1000 WHERE id = 1")));
            REQUIRE(q.exec(QStringLiteral("UPDATE customer SET city = 'Tromsø' WHERE id = (SELECT min(id) FROM customer)")));
        }
        const CliRun fast = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server});
        INFO(fast.err.toStdString());
        CHECK(fast.exitCode == 0);
        CHECK(fast.out.trimmed() == QStringLiteral("sent 1, received 0, conflicts 0"));
        CHECK(fast.err.contains(QStringLiteral("relatio-cli: warning: This computer's clock is 3 h ahead of the team "
                                               "server's; Relatio goes by the server's time from now on. 1 record "
                                               "changed here meanwhile now carries the corrected time.")));
        const CliRun right = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server});
        CHECK(right.err.isEmpty());
    }

    SECTION("sync with a subset keeps only some customers on a laptop and remembers it")
    {
        REQUIRE(cli({QStringLiteral("--server"), server, QStringLiteral("init"), QStringLiteral("--db"), first}).exitCode == 0);
        auto count = [](const QString &path, const QString &sql) {
            auto db = Database::open(path);
            REQUIRE(db);
            QSqlQuery q((*db)->connection());
            REQUIRE(q.exec(sql));
            REQUIRE(q.next());
            return q.value(0).toInt();
        };
        // The Norwegian customers and their organisations, as the first database holds them.
        const QString norwegian = QStringLiteral(
            "SELECT count(*) FROM customer WHERE country = 'NO' OR id IN (SELECT organisation_id FROM customer"
            " WHERE country = 'NO')");
        const int expected = count(first, norwegian);
        REQUIRE(expected > 0);
        REQUIRE(expected < 40);

        const CliRun bad = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server,
                                QStringLiteral("--subset"), QStringLiteral("tag=Nonesuch")});
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.contains(QStringLiteral("no tag called “Nonesuch”")));
        const CliRun kept = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server,
                                 QStringLiteral("--subset"), QStringLiteral("country=no")});
        INFO(kept.err.toStdString());
        CHECK(kept.exitCode == 0);
        CHECK(kept.out.contains(QRegularExpression(QStringLiteral("^sent 0, received \\d+, conflicts 0\n$"))));
        CHECK(kept.err.contains(QStringLiteral("relatio-cli: note: this computer keeps customers in NO from now on.")));
        CHECK(count(second, QStringLiteral("SELECT count(*) FROM customer")) == expected);
        CHECK(count(second, norwegian) == expected);
        CHECK(count(second, QStringLiteral("SELECT count(*) FROM owner")) == count(first, QStringLiteral("SELECT count(*) FROM owner")));

        // The next sync keeps the same selection without being told.
        const CliRun again = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server});
        CHECK(again.exitCode == 0);
        CHECK(again.out.trimmed() == QStringLiteral("sent 0, received 0, conflicts 0"));
        CHECK(again.err.isEmpty());

        // A customer moved to Sweden here reaches the team database, then leaves this laptop.
        {
            auto db = Database::open(second);
            REQUIRE(db);
            QSqlQuery q((*db)->connection());
            REQUIRE(q.exec(QStringLiteral("UPDATE customer SET country = 'SE' WHERE id = (SELECT min(id) FROM customer"
                                          " WHERE country = 'NO' AND kind = 'person')")));
        }
        const CliRun moved = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server});
        INFO(moved.err.toStdString());
        CHECK(moved.exitCode == 0);
        CHECK(moved.out.trimmed() == QStringLiteral("sent 1, received 0, conflicts 0"));
        CHECK(moved.err.contains(QStringLiteral("relatio-cli: note: 1 customer left the selection this computer keeps; it "
                                                "stays on the team database.")));
        CHECK(count(second, QStringLiteral("SELECT count(*) FROM customer WHERE country = 'SE'")) == 0);

        // Everything again.
        const CliRun all = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server,
                                QStringLiteral("--subset"), QStringLiteral("all")});
        CHECK(all.exitCode == 0);
        CHECK(all.err.contains(QStringLiteral("this computer keeps all customers from now on.")));
        CHECK(count(second, QStringLiteral("SELECT count(*) FROM customer")) == 40);
        const CliRun init = cli({QStringLiteral("--server"), server, QStringLiteral("init"), QStringLiteral("--subset"),
                                 QStringLiteral("all")});
        CHECK(init.exitCode == 2);
    }

    SECTION("wrong addresses and servers are refused with a reason")
    {
        const CliRun noServer = cli({QStringLiteral("--db"), second, QStringLiteral("sync")});
        CHECK(noServer.exitCode == 2);
        CHECK(noServer.err.contains(QStringLiteral("--server")));
        const CliRun password = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"),
                                     QStringLiteral("postgresql://anna:secret@127.0.0.1/team")});
        CHECK(password.exitCode == 2);
        CHECK(password.err.contains(QStringLiteral("password")));
        const CliRun option = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"),
                                   server + QStringLiteral("?sslmode=sometimes")});
        CHECK(option.exitCode == 2);
        // Not a team database yet.
        const CliRun notYet = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), server});
        CHECK(notYet.exitCode == 1);
        CHECK(notYet.err.contains(QStringLiteral("init")));
        // Nobody listening.
        auto url = sync::ServerUrl::parse(server);
        REQUIRE(url);
        url->port = 1;
        const CliRun down = cli({QStringLiteral("--db"), second, QStringLiteral("sync"), QStringLiteral("--server"), url->address()});
        CHECK(down.exitCode == 1);
        CHECK(down.err.contains(QStringLiteral("Cannot connect")));
    }
}

TEST_CASE("relatio-cli --server URL runs info and reports and exports on the team database and sends the rest to a file", "[cli][sync][postgres]")
{
    const QString server = scratchTeamDatabase(QStringLiteral("relatio_cli_team"));
    if (server.isEmpty())
        return;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("30"),
                 QStringLiteral("--interactions"), QStringLiteral("60"), QStringLiteral("--orders"), QStringLiteral("150")})
                .exitCode
            == 0);
    const CliRun made = cli({QStringLiteral("--server"), server, QStringLiteral("init"), QStringLiteral("--db"), file});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    // info on the team database: its address and what it holds, as for a file.
    const CliRun info = cli({QStringLiteral("--server"), server, QStringLiteral("info")});
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Database:        ") + server));
    CHECK(info.out.contains(QRegularExpression(QStringLiteral("Customers:\\s+30\\b"))));

    // The maturity report measures the same evidence there as on the file it came from.
    const CliRun there = cli({QStringLiteral("--server"), server, QStringLiteral("report"), QStringLiteral("maturity"),
                              QStringLiteral("--json")});
    INFO(there.err.toStdString());
    CHECK(there.exitCode == 0);
    const CliRun here = cli({QStringLiteral("--db"), file, QStringLiteral("report"), QStringLiteral("maturity"),
                             QStringLiteral("--json")});
    CHECK(here.exitCode == 0);
    CHECK_FALSE(there.out.isEmpty());
    CHECK(there.out == here.out);

    // The value analysis, worked out on this computer's copy of the team database, fits the same
    // models to the same orders as on the file it came from.
    {
        QTemporaryDir copies;
        qputenv("RELATIO_TEAM_COPIES", copies.path().toUtf8());
        const CliRun fitThere = cli({QStringLiteral("value"), QStringLiteral("fit"), QStringLiteral("--server"), server,
                                     QStringLiteral("--json")});
        qunsetenv("RELATIO_TEAM_COPIES");
        INFO(fitThere.err.toStdString());
        CHECK(fitThere.exitCode == 0);
        const CliRun fitHere = cli({QStringLiteral("value"), QStringLiteral("fit"), QStringLiteral("--db"), file,
                                    QStringLiteral("--json")});
        CHECK(fitHere.exitCode == 0);
        CHECK(fitThere.out.contains(QStringLiteral("\"bgnbd\"")));
        CHECK(fitThere.out == fitHere.out);
        CHECK(QDir(copies.path()).entryList({QStringLiteral("*.relatio")}, QDir::Files).size() == 1);
    }

    // The exports from the team database are the files the file it came from gives.
    for (const QString &what : {QStringLiteral("customers"), QStringLiteral("interactions"), QStringLiteral("orders")}) {
        INFO(what.toStdString());
        const QString fromTeam = dir.filePath(what + QStringLiteral("-team.csv"));
        const QString fromFile = dir.filePath(what + QStringLiteral("-file.csv"));
        const CliRun exported = cli({QStringLiteral("--server"), server, QStringLiteral("export"), what, fromTeam});
        INFO(exported.err.toStdString());
        CHECK(exported.exitCode == 0);
        REQUIRE(cli({QStringLiteral("--db"), file, QStringLiteral("export"), what, fromFile}).exitCode == 0);
        QFile team(fromTeam);
        QFile local(fromFile);
        REQUIRE(team.open(QIODevice::ReadOnly));
        REQUIRE(local.open(QIODevice::ReadOnly));
        // The same rows; records made at the same moment may come in another order, that in which
        // each store numbered them.
        QList<QByteArray> teamRows = team.readAll().split('\n');
        QList<QByteArray> fileRows = local.readAll().split('\n');
        CHECK(teamRows.size() > (what == QLatin1String("orders") ? 1 : 30));
        std::sort(teamRows.begin() + 1, teamRows.end());
        std::sort(fileRows.begin() + 1, fileRows.end());
        CHECK(teamRows == fileRows);
    }

    // Everything held about a customer, from the team database: the JSON and the document.
    const CliRun subject = cli({QStringLiteral("--server"), server, QStringLiteral("privacy"), QStringLiteral("export-subject"),
                                QStringLiteral("1"), dir.filePath(QStringLiteral("subject.json"))});
    INFO(subject.err.toStdString());
    CHECK(subject.exitCode == 0);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("subject.json"))));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("subject.html"))));

    // Erasing that customer there: the report, and nothing left of them on the team database.
    const CliRun erased = cli({QStringLiteral("--server"), server, QStringLiteral("privacy"), QStringLiteral("erase"),
                               QStringLiteral("1")});
    INFO(erased.err.toStdString());
    CHECK(erased.exitCode == 0);
    CHECK(cli({QStringLiteral("--server"), server, QStringLiteral("privacy"), QStringLiteral("export-subject"),
               QStringLiteral("1"), dir.filePath(QStringLiteral("again.json"))})
              .exitCode
          == 1);
    CHECK(cli({QStringLiteral("--server"), server, QStringLiteral("info")}).out.contains(
        QRegularExpression(QStringLiteral("Customers:\\s+29\\b"))));

    // What works on a file only says so, with the way to do it (a usage error, exit 2).
    // A marketing list from the team database, logged there.
    const CliRun marketing = cli({QStringLiteral("--server"), server, QStringLiteral("export"), QStringLiteral("marketing"),
                                  QStringLiteral("--purpose"), QStringLiteral("newsletter"),
                                  dir.filePath(QStringLiteral("newsletter.csv"))});
    INFO(marketing.err.toStdString());
    CHECK(marketing.exitCode == 0);
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("newsletter.csv"))));
    {
        const auto url = sync::ServerUrl::parse(server);
        REQUIRE(url);
        auto team = sync::TeamServer::connect(*url);
        REQUIRE(team);
        QSqlQuery q((*team)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM marketing_export_log WHERE file_name = 'newsletter.csv'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }

    {
        const CliRun refused = cli({QStringLiteral("--server"), server, QStringLiteral("backup"),
                                    dir.filePath(QStringLiteral("b.sqlite"))});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("works on a Relatio file, not yet on a team database")));
    }
    // Both a file and a server, or a password with no server, are usage errors.
    CHECK(cli({QStringLiteral("--server"), server, QStringLiteral("--db"), file, QStringLiteral("info")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), file, QStringLiteral("--password-stdin"), QStringLiteral("info")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--server"), QStringLiteral("postgresql://anna:secret@dbhost/team"), QStringLiteral("info")}).exitCode == 1);
}

TEST_CASE("relatio-cli --server URL imports customers contacts and orders through this computer's copy",
          "[cli][sync][postgres][csv]")
{
    const QString server = scratchTeamDatabase(QStringLiteral("relatio_cli_import"));
    if (server.isEmpty())
        return;
    QTemporaryDir dir;
    // The copies go where the tests say, not into the user's data folder.
    const QString copies = dir.filePath(QStringLiteral("copies"));
    qputenv("RELATIO_TEAM_COPIES", copies.toUtf8());
    struct Unset
    {
        ~Unset() { qunsetenv("RELATIO_TEAM_COPIES"); }
    } unset;
    REQUIRE(cli({QStringLiteral("--server"), server, QStringLiteral("init")}).exitCode == 0);
    const auto url = sync::ServerUrl::parse(server);
    REQUIRE(url);
    auto team = sync::TeamServer::connect(*url);
    REQUIRE(team);
    auto count = [&](const QString &sql) {
        QSqlQuery q((*team)->connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const QStringList base = {QStringLiteral("--server"), server, QStringLiteral("import")};

    const QString customers = writeFile(dir, QStringLiteral("customers.csv"),
                                        "external_id;given_name;family_name;email\n"
                                        "K-1;Anne;Dahl;anne@dahl.example\nK-2;Bo;Ek;bo@ek.example\n");
    const CliRun dry = cli(base + QStringList{QStringLiteral("customers"), customers, QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2 new")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer")) == 0);

    const CliRun made = cli(base + QStringList{QStringLiteral("customers"), customers});
    INFO(made.err.toStdString());
    CHECK(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("2 new")));
    CHECK(made.out.contains(QStringLiteral("Sent to the team database: 2 records.")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer WHERE deleted_at IS NULL")) == 2);
    CHECK(QDir(copies).entryList({QStringLiteral("*.relatio")}, QDir::Files).size() == 1);

    // The same file again matches the records on the team database: nothing new.
    const CliRun again = cli(base + QStringList{QStringLiteral("customers"), customers});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("2 skipped")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer")) == 2);

    // A colleague's change on the team database is what an update by the file finds.
    {
        QSqlQuery q((*team)->connection());
        REQUIRE(q.exec(QStringLiteral("UPDATE customer SET city = 'Bergen' WHERE external_id = 'K-1'")));
    }
    const QString moved = writeFile(dir, QStringLiteral("moved.csv"), "external_id,family_name\nK-1,Dahl-Berg\n");
    const CliRun updated = cli(base + QStringList{QStringLiteral("customers"), moved, QStringLiteral("--on-duplicate"),
                                                  QStringLiteral("update")});
    INFO(updated.err.toStdString());
    CHECK(updated.exitCode == 0);
    CHECK(updated.out.contains(QStringLiteral("1 updated")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer WHERE family_name = 'Dahl-Berg' AND city = 'Bergen'")) == 1);

    // A bad row without --rejects: exit 1, the row named, nothing written there.
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"),
                                  "given_name,family_name,email\nCarl,Berg,carl@@berg.example\nDina,Lund,dina@lund.example\n");
    const CliRun failed = cli(base + QStringList{QStringLiteral("customers"), bad});
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(bad + QStringLiteral(":2:3: ")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer")) == 2);

    // Contacts and orders find the customers the team database holds.
    const QString contacts = writeFile(dir, QStringLiteral("contacts.csv"),
                                       "customer_external_id,occurred_at,channel,csat\n"
                                       "K-1,2026-03-01T09:30:00Z,phone,4\nK-2,2026-03-02T10:00:00Z,email,5\n");
    const CliRun called = cli(base + QStringList{QStringLiteral("interactions"), contacts});
    INFO(called.err.toStdString());
    CHECK(called.exitCode == 0);
    CHECK(called.out.contains(QStringLiteral("2 new")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM interaction")) == 2);
    CHECK(count(QStringLiteral("SELECT coalesce(sum(csat_sum), 0) FROM interaction_stats WHERE dim = 0")) == 9);

    const QString orders = writeFile(dir, QStringLiteral("orders.csv"),
                                     "customer_email,ordered_on,amount,currency,product\n"
                                     "bo@ek.example,2026-03-03,\"12,50\",EUR,Kaffe\n");
    const CliRun ordered = cli(base + QStringList{QStringLiteral("orders"), orders});
    INFO(ordered.err.toStdString());
    CHECK(ordered.exitCode == 0);
    CHECK(ordered.out.contains(QStringLiteral("1 new")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM purchase")) == 1);

    // A team database that cannot be reached: the import is not made.
    const CliRun down = cli({QStringLiteral("--server"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                             QStringLiteral("import"), QStringLiteral("customers"), customers});
    CHECK(down.exitCode == 1);
}
