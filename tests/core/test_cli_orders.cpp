// relatio-cli import orders / export orders / demo --orders: options, exit codes, FILE:LINE:COLUMN
// messages, dry runs, rejects and the round trip.
#include "CliTestSupport.h"

#include "customers/CustomerRepository.h"

#include <QFile>
#include <QSqlQuery>

using namespace relatio;
using relatio::test::cli;
using relatio::test::writeFile;

namespace {

qint64 count(const QString &dbPath, const QString &sql)
{
    auto db = Database::open(dbPath);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("relatio-cli orders: usage errors have exit code 2", "[cli][orders]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("u.sqlite"));
    const QString file = writeFile(dir, QStringLiteral("o.csv"), "customer_email,ordered_on,amount\n");
    for (const QStringList &bad :
         {QStringList{QStringLiteral("import"), QStringLiteral("orders")},
          QStringList{QStringLiteral("export"), QStringLiteral("orders")},
          QStringList{QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--on-duplicate"),
                      QStringLiteral("merge")},
          QStringList{QStringLiteral("import"), QStringLiteral("orders"), file, QStringLiteral("--from"),
                      QStringLiteral("2026-01-01")},
          QStringList{QStringLiteral("export"), QStringLiteral("orders"), file, QStringLiteral("--from"),
                      QStringLiteral("someday")},
          QStringList{QStringLiteral("export"), QStringLiteral("orders"), file, QStringLiteral("--from"),
                      QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01")},
          QStringList{QStringLiteral("export"), QStringLiteral("orders"), file, QStringLiteral("--dry-run")},
          QStringList{QStringLiteral("info"), QStringLiteral("--orders"), QStringLiteral("3")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10"),
                      QStringLiteral("--orders"), QStringLiteral("101")},
          QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10"),
                      QStringLiteral("--orders"), QStringLiteral("-1")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const auto r = cli(QStringList{QStringLiteral("--db"), db} + bad);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("relatio-cli")));
    }
    const auto help = cli({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("import orders FILE")));
    CHECK(help.out.contains(QStringLiteral("export orders FILE")));
    CHECK(help.out.contains(QStringLiteral("--orders K")));
}

TEST_CASE("relatio-cli demo --orders, export orders and import orders round trip", "[cli][orders]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const auto demo = cli({QStringLiteral("--db"), a, QStringLiteral("demo"), QStringLiteral("--customers"),
                           QStringLiteral("400"), QStringLiteral("--orders"), QStringLiteral("1234"),
                           QStringLiteral("--interactions"), QStringLiteral("0"), QStringLiteral("--seed"),
                           QStringLiteral("5")});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("1,234 order lines")));
    CHECK(count(a, QStringLiteral("SELECT count(*) FROM purchase")) == 1234);

    const QString orders = dir.filePath(QStringLiteral("orders.csv"));
    const auto exported = cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("orders"), orders});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("1,234 order lines")));

    // Into another store with the same customers: first the customers, then the orders.
    const QString customers = dir.filePath(QStringLiteral("customers.csv"));
    REQUIRE(cli({QStringLiteral("--db"), a, QStringLiteral("export"), QStringLiteral("customers"), customers}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("--db"), b, QStringLiteral("import"), QStringLiteral("customers"), customers}).exitCode == 0);
    const auto dry = cli({QStringLiteral("--db"), b, QStringLiteral("import"), QStringLiteral("orders"), orders,
                          QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("Dry run")));
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM purchase")) == 0);
    const auto imported = cli({QStringLiteral("--db"), b, QStringLiteral("import"), QStringLiteral("orders"), orders});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("1,234 new")));
    CHECK(imported.out.contains(QStringLiteral("products named in the file were added")));
    CHECK(count(b, QStringLiteral("SELECT count(*) FROM purchase")) == 1234);
    CHECK(count(a, QStringLiteral("SELECT sum(amount_cents) FROM purchase"))
          == count(b, QStringLiteral("SELECT sum(amount_cents) FROM purchase")));
    const auto again = cli({QStringLiteral("--db"), b, QStringLiteral("import"), QStringLiteral("orders"), orders});
    CHECK(again.out.contains(QStringLiteral("1,234 skipped")));

    // One customer's orders, in a range of days.
    const QString key = [&] {
        auto db = Database::open(b);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT c.uuid FROM purchase p JOIN customer c ON c.id = p.customer_id LIMIT 1")));
        REQUIRE(q.next());
        return q.value(0).toString();
    }();
    const QString one = dir.filePath(QStringLiteral("one.csv"));
    const auto some = cli({QStringLiteral("--db"), b, QStringLiteral("export"), QStringLiteral("orders"), one,
                           QStringLiteral("--customer"), key, QStringLiteral("--from"), QStringLiteral("1-11-2024"),
                           QStringLiteral("--to"), QStringLiteral("2026-10-31"), QStringLiteral("--delimiter"),
                           QStringLiteral(";"), QStringLiteral("--bom")});
    REQUIRE(some.exitCode == 0);
    QFile f(one);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("\xEF\xBB\xBFuuid;order_id;"));
    const auto nobody = cli({QStringLiteral("--db"), b, QStringLiteral("export"), QStringLiteral("orders"), one,
                             QStringLiteral("--customer"), QStringLiteral("nobody@nowhere.example")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("--customer")));
}

TEST_CASE("relatio-cli import orders prints FILE:LINE:COLUMN and keeps good rows with --rejects", "[cli][orders]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("e.sqlite"));
    {
        auto opened = Database::open(db);
        REQUIRE(opened);
        Customer c;
        c.givenName = QStringLiteral("Anne");
        c.externalId = QStringLiteral("K-1");
        c.country = QStringLiteral("NL");
        REQUIRE(CustomerRepository(*opened).create(c));
    }
    const QString file = writeFile(dir, QStringLiteral("bad.csv"),
                                   "klantnummer,datum,bedrag,valuta\n"
                                   "K-1,2026-01-02,\"12,50\",EUR\n"
                                   "K-1,2026-01-03,\"1.234\",EUR\n"
                                   "K-1,2026-01-04,5,XXX\n");
    const auto stopped = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("orders"), file});
    CHECK(stopped.exitCode == 1);
    CHECK(stopped.err.contains(file + QStringLiteral(":3:3: ")));
    CHECK(stopped.err.contains(file + QStringLiteral(":4:4: ")));
    CHECK(stopped.out.contains(QStringLiteral("Nothing was written")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM purchase")) == 0);

    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    const auto kept = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("orders"), file,
                           QStringLiteral("--rejects"), rejects});
    CHECK(kept.exitCode == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM purchase")) == 1);
    CHECK(QFile::exists(rejects));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM import_reject_file")) == 1);
}
