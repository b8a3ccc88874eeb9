// The command line's contract (verbs, exit codes) and the demo data generator.
#include "CliTestSupport.h"

#include "customers/CustomerRepository.h"
#include "demo/DemoSource.h"
#include "demo/DemoWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace relatio;
using relatio::test::TempDatabase;
using relatio::test::cli;
using Run = relatio::test::CliRun;

namespace {

// A digest of every customer's content, in id order.
QByteArray contentDigest(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT c.uuid, kind, given_name, family_name, organisation_name, org_label, c.email, email_alt, phone,"
        " mobile, street, postcode, city, country, language, o.name, notes, c.created_at, c.updated_at,"
        " (SELECT group_concat(t.name) FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = c.id)"
        " FROM customer c LEFT JOIN owner o ON o.id = c.owner_id ORDER BY c.id")));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        for (int i = 0; i < 20; ++i)
            hash.addData(q.value(i).toString().toUtf8() + '\x1f');
    return hash.result().toHex();
}

} // namespace

TEST_CASE("relatio-cli --help and --version succeed, usage errors exit with 2", "[cli]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("demo --customers N")));
    CHECK(help.out.contains(QStringLiteral("Exit codes")));
    CHECK(cli({QStringLiteral("--version")}).exitCode == 0);

    for (const QStringList &bad : {QStringList{}, QStringList{QStringLiteral("frobnicate")},
                                   QStringList{QStringLiteral("--no-such-option")},
                                   QStringList{QStringLiteral("demo")},
                                   QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("many")},
                                   QStringList{QStringLiteral("info"), QStringLiteral("--customers"), QStringLiteral("3")}}) {
        const Run r = cli(bad);
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("relatio-cli")));
    }
}

TEST_CASE("relatio-cli demo writes a deterministic data set into an empty database only", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const QString c = dir.filePath(QStringLiteral("c.sqlite"));
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("2000"),
                              QStringLiteral("--seed"), QStringLiteral("42")};
    const Run first = cli(QStringList{QStringLiteral("--db"), a} + demo);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("2,000")));
    REQUIRE(cli(QStringList{QStringLiteral("--db"), b} + demo).exitCode == 0);
    REQUIRE(cli({QStringLiteral("--db"), c, QStringLiteral("demo"), QStringLiteral("--customers"),
                 QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("43")})
                .exitCode == 0);

    auto dbA = Database::open(a);
    auto dbB = Database::open(b);
    auto dbC = Database::open(c);
    REQUIRE(dbA);
    REQUIRE(dbB);
    REQUIRE(dbC);
    CHECK(CustomerRepository(*dbA).countLive().value() == 2000);
    CHECK(contentDigest(*dbA) == contentDigest(*dbB));  // same seed, same data, same uuids
    CHECK(contentDigest(*dbA) != contentDigest(*dbC));  // another seed, other data

    // Written data is searchable and indexed like any other.
    QSqlQuery q((*dbA)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'example'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 1500);
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    dbA->reset();

    const Run again = cli(QStringList{QStringLiteral("--db"), a} + demo);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("empty database")));

    const Run info = cli({QStringLiteral("--db"), a, QStringLiteral("info")});
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("2,000")));
}

TEST_CASE("Demo records are realistic and consistent", "[demo]")
{
    demo::DemoSource source(7, 3000);
    demo::DemoRecord r;
    int organisations = 0;
    int persons = 0;
    QSet<QString> countries;
    qint64 index = 0;
    QSet<qint64> organisationIndexes;
    while (source.next(r)) {
        const ValidationResult v = CustomerValidator::validate(r.customer);
        INFO(r.customer.displayName().toStdString() << " " << v.summary().toStdString());
        CHECK(v.isValid()); // every demo record passes the same validation as typed ones
        if (r.customer.kind == CustomerKind::Organisation) {
            ++organisations;
            organisationIndexes.insert(index);
        } else {
            ++persons;
            if (r.organisationIndex >= 0)
                CHECK(organisationIndexes.contains(r.organisationIndex)); // refers back, never forward
        }
        CHECK((r.customer.email.isEmpty() || r.customer.email.endsWith(QStringLiteral(".example"))));
        CHECK(r.customer.createdAt <= r.customer.updatedAt);
        countries.insert(r.customer.country);
        ++index;
    }
    CHECK(index == 3000);
    CHECK(organisations > 200);
    CHECK(persons > 2400);
    CHECK(countries == QSet<QString>{QStringLiteral("NL"), QStringLiteral("BE"), QStringLiteral("NO")});
}

TEST_CASE("A cancelled demo load writes nothing", "[demo]")
{
    TempDatabase t;
    const auto r = DemoWriter::write(*t.db, 20000, 1, [](qint64 done, qint64) { return done < 10000; });
    REQUIRE_FALSE(r);
    CHECK(r.error().code == Error::Code::Cancelled);
    CHECK(CustomerRepository(t.db).countLive().value() == 0);
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('customer_by_name', 'customer_fts_insert')")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2); // the indexes and triggers dropped for the load are back
}

TEST_CASE("relatio-cli inspect shows how a CSV file is read", "[cli][csv]")
{
    const QString spectrum = QStringLiteral(RELATIO_TEST_DATA "/csv-spectrum");
    for (const char *name : {"simple", "comma_in_quotes", "escaped_quotes", "newlines", "quotes_and_newlines", "utf8"}) {
        INFO(name);
        const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"),
                           QStringLiteral("%1/csvs/%2.csv").arg(spectrum, QLatin1String(name))});
        REQUIRE(r.exitCode == 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        CHECK(out.value(QStringLiteral("encoding")).toString() == QStringLiteral("UTF-8"));
        CHECK(out.value(QStringLiteral("delimiter")).toString() == QStringLiteral(","));
        QFile expected(QStringLiteral("%1/json/%2.json").arg(spectrum, QLatin1String(name)));
        REQUIRE(expected.open(QIODevice::ReadOnly));
        CHECK(out.value(QStringLiteral("records")).toArray() == QJsonDocument::fromJson(expected.readAll()).array());
    }

    QTemporaryDir dir;
    const QString semicolons = dir.filePath(QStringLiteral("klanten.csv"));
    {
        QFile f(semicolons);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF" "achternaam;woonplaats\r\nJansen;Utrecht\r\nSæther;Tromsø\r\n");
    }
    const Run plain = cli({QStringLiteral("inspect"), semicolons});
    CHECK(plain.exitCode == 0);
    CHECK(plain.out.startsWith(QStringLiteral("encoding: UTF-8 BOM\ndelimiter: ;\n")));
    CHECK(plain.out.contains(QStringLiteral("{\"achternaam\": \"Sæther\", \"woonplaats\": \"Tromsø\"}")));

    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name,city\nJan,Utrecht\nPiet,Gouda,extra\nKees,Ede\n");
    }
    const Run bad = cli({QStringLiteral("inspect"), QStringLiteral("--json"), broken});
    CHECK(bad.exitCode == 1); // the input had errors
    CHECK(bad.err.contains(QStringLiteral("broken.csv:3:")));
    // The good rows are still shown.
    CHECK(QJsonDocument::fromJson(bad.out.toUtf8()).object().value(QStringLiteral("records")).toArray().size() == 2);

    CHECK(cli({QStringLiteral("inspect")}).exitCode == 2);
    CHECK(cli({QStringLiteral("inspect"), broken, QStringLiteral("--encoding"), QStringLiteral("ebcdic")}).exitCode == 2);
    CHECK(cli({QStringLiteral("inspect"), dir.filePath(QStringLiteral("missing.csv"))}).exitCode == 1);
}
