// The command line's contract for contacts: `import interactions FILE` and `export interactions FILE`,
// their options and exit codes (0 success, 1 failure, 2 usage).
#include "CliTestSupport.h"

#include "customers/CustomerRepository.h"

#include <QFile>
#include <QSqlQuery>

using namespace relatio;
using relatio::test::cli;
using relatio::test::writeFile;
using Run = relatio::test::CliRun;

namespace {

qint64 scalar(const QString &dbPath, const QString &sql)
{
    auto db = Database::open(dbPath);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void addCustomers(const QString &dbPath)
{
    auto db = Database::open(dbPath);
    REQUIRE(db);
    CustomerRepository repo(*db);
    for (const auto &[given, external, email] : {std::tuple{"Anne", "K-1", "anne@dahl.example"},
                                                 std::tuple{"Bo", "K-2", "bo@ek.example"}}) {
        Customer c;
        c.givenName = QString::fromUtf8(given);
        c.familyName = QStringLiteral("Test");
        c.externalId = QString::fromUtf8(external);
        c.email = QString::fromUtf8(email);
        REQUIRE(repo.create(c));
    }
}

} // namespace

TEST_CASE("relatio-cli import and export interactions: exit codes, FILE:LINE:COLUMN, rejects, filters",
          "[interactions-csv][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    addCustomers(db);
    const QStringList base = {QStringLiteral("--db"), db};
    auto run = [&base](QStringList args) { return cli(base + args); };
    const QString good = writeFile(dir, QStringLiteral("good.csv"),
                                   "Klantnummer;Datum;Kanaal;Richting;Soort;Onderwerp;Behandeld door;Tevredenheid\n"
                                   "K-1;1-3-2024 09:30;Telefoon;inkomend;Vraag;Levering;Sanne;4\n"
                                   "K-2;2024-03-02T10:00:00Z;e-post;utgående;Klage;Faktura;Ola;2\n");
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"),
                                  "customer_email,occurred_at,channel,csat\n"
                                  "anne@dahl.example,2024-03-05T10:00:00Z,phone,9\n"
                                  "bo@ek.example,2024-03-06T10:00:00Z,fax,\n"
                                  "bo@ek.example,2024-03-07T10:00:00Z,chat,5\n");

    const Run dry = run({QStringLiteral("import"), QStringLiteral("interactions"), good, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2 new")));
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction")) == 0);

    const Run ok = run({QStringLiteral("import"), QStringLiteral("interactions"), good});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("delimiter ;")));
    CHECK(ok.out.contains(QStringLiteral("2 team members")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction")) == 2);

    const Run failed = run({QStringLiteral("import"), QStringLiteral("interactions"), bad});
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(bad + QStringLiteral(":2:4: ")));
    CHECK(failed.err.contains(bad + QStringLiteral(":3:3: ")));
    CHECK(failed.out.contains(QStringLiteral("Nothing was written")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction")) == 2);

    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    const Run partial = run({QStringLiteral("import"), QStringLiteral("interactions"), bad, QStringLiteral("--rejects"),
                             rejects});
    CHECK(partial.exitCode == 1);
    CHECK(partial.out.contains(rejects));
    CHECK(QFile::exists(rejects));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction")) == 3);

    const QString unknown = writeFile(dir, QStringLiteral("unknown.csv"),
                                      "customer_email,occurred_at,channel,mood\nanne@dahl.example,2024-03-01,phone,ok\n");
    const Run header = run({QStringLiteral("import"), QStringLiteral("interactions"), unknown});
    CHECK(header.exitCode == 1);
    CHECK(header.err.contains(unknown + QStringLiteral(":1:4: ")));

    // The export imports again without duplicates.
    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    const Run exp = run({QStringLiteral("export"), QStringLiteral("interactions"), exported});
    CHECK(exp.exitCode == 0);
    CHECK(exp.out.contains(QStringLiteral("Exported 3 contacts")));
    QFile out(exported);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readLine().startsWith("uuid,customer_uuid,customer_external_id,customer_email,occurred_at,channel,"));
    out.close();
    const Run again = run({QStringLiteral("import"), QStringLiteral("interactions"), exported, QStringLiteral("--on-duplicate"),
                           QStringLiteral("update")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("0 new, 0 updated, 3 skipped, 0 with errors")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction")) == 3);

    const Run filtered = run({QStringLiteral("export"), QStringLiteral("interactions"), exported, QStringLiteral("--from"),
                              QStringLiteral("2024-03-02"), QStringLiteral("--to"), QStringLiteral("2024-03-07"),
                              QStringLiteral("--customer"), QStringLiteral("bo@ek.example"), QStringLiteral("--bom"),
                              QStringLiteral("--delimiter"), QStringLiteral(";")});
    CHECK(filtered.exitCode == 0);
    CHECK(filtered.out.contains(QStringLiteral("Exported 2 contacts")));
    const Run nobody = run({QStringLiteral("export"), QStringLiteral("interactions"), exported, QStringLiteral("--customer"),
                            QStringLiteral("K-404")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("K-404")));

    // Usage errors.
    for (const QStringList &args :
         {QStringList{QStringLiteral("import"), QStringLiteral("interactions")},
          QStringList{QStringLiteral("export"), QStringLiteral("interactions")},
          QStringList{QStringLiteral("import"), QStringLiteral("interactions"), good, QStringLiteral("--on-duplicate"),
                      QStringLiteral("merge")},
          QStringList{QStringLiteral("import"), QStringLiteral("interactions"), good, QStringLiteral("--from"),
                      QStringLiteral("2024-01-01")},
          QStringList{QStringLiteral("import"), QStringLiteral("customers"), good, QStringLiteral("--customer"),
                      QStringLiteral("K-1")},
          QStringList{QStringLiteral("export"), QStringLiteral("interactions"), exported, QStringLiteral("--dry-run")},
          QStringList{QStringLiteral("export"), QStringLiteral("interactions"), exported, QStringLiteral("--from"),
                      QStringLiteral("soon")},
          QStringList{QStringLiteral("export"), QStringLiteral("interactions"), exported, QStringLiteral("--from"),
                      QStringLiteral("2024-03-09"), QStringLiteral("--to"), QStringLiteral("2024-03-01")},
          QStringList{QStringLiteral("export"), QStringLiteral("interactions"), exported, QStringLiteral("--delimiter"),
                      QStringLiteral("|")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(run(args).exitCode == 2);
    }
    const Run missing = run({QStringLiteral("import"), QStringLiteral("interactions"), dir.filePath(QStringLiteral("nope.csv"))});
    CHECK(missing.exitCode == 1);
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("import interactions FILE")));
    CHECK(help.out.contains(QStringLiteral("export interactions FILE")));
    CHECK(help.out.contains(QStringLiteral("customer_external_id")));
}
