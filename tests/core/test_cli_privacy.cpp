// The command line's privacy contract: privacy export-subject, privacy erase and export marketing,
// their exit codes and files.
#include "CliTestSupport.h"

#include "customers/CustomerRepository.h"
#include "privacy/ConsentRepository.h"
#include "util/Stamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace relatio;
using relatio::test::cli;
using Run = relatio::test::CliRun;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    qint64 anna = 0;
    qint64 bram = 0;
    QString annaUuid;

    Fixture()
    {
        auto opened = Database::open(db);
        REQUIRE(opened);
        CustomerRepository customers(*opened);
        auto person = [&](const char *given, const char *email) {
            Customer c;
            c.givenName = QString::fromLatin1(given);
            c.familyName = QStringLiteral("Test");
            c.email = QString::fromLatin1(email);
            c.country = QStringLiteral("NL");
            const auto id = customers.create(c);
            REQUIRE(id);
            return *id;
        };
        anna = person("Anna", "anna@test.example");
        bram = person("Bram", "bram@test.example");
        annaUuid = customers.get(anna)->uuid;
        ConsentRepository consents(*opened);
        const qint64 text = consents.texts(1)->first().id;
        for (const qint64 id : {anna, bram}) {
            ConsentRecord r;
            r.customerId = id;
            r.purposeId = 1; // newsletter: needs the address confirmed
            r.textId = text;
            r.occurredAt = fromStoredTime(QStringLiteral("2025-01-01T10:00:00.000Z"));
            r.source = ConsentSource::WebForm;
            REQUIRE(consents.grant(r));
        }
        REQUIRE(consents.confirm(anna, 1, fromStoredTime(QStringLiteral("2025-01-01T10:05:00.000Z"))));
    }

    QStringList base() const { return {QStringLiteral("--db"), db}; }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("relatio-cli export marketing writes the list of those with permission, and logs it", "[cli][privacy]")
{
    Fixture f;
    const QString list = f.dir.filePath(QStringLiteral("newsletter.csv"));
    const Run ok = cli(f.base() + QStringList{QStringLiteral("export"), QStringLiteral("marketing"), QStringLiteral("--purpose"),
                                              QStringLiteral("newsletter"), list});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("Exported 1 customer")));
    const QByteArray bytes = readAll(list);
    CHECK(bytes.startsWith("id,given_name,family_name,organisation,language,email,"));
    CHECK(bytes.contains("anna@test.example"));
    CHECK_FALSE(bytes.contains("bram@test.example")); // not confirmed

    // By the name shown, with the options of the other exports.
    const Run byName = cli(f.base() + QStringList{QStringLiteral("export"), QStringLiteral("marketing"), QStringLiteral("--purpose"),
                                                  QStringLiteral("E-mail newsletter"), list, QStringLiteral("--delimiter"),
                                                  QStringLiteral(";"), QStringLiteral("--bom")});
    CHECK(byName.exitCode == 0);
    CHECK(readAll(list).startsWith("\xEF\xBB\xBFid;given_name;"));
    {
        auto db = Database::open(f.db);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*), min(customers), max(exported_by <> '') FROM marketing_export_log")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 2);
        CHECK(q.value(1).toInt() == 1);
        CHECK(q.value(2).toInt() == 1);
    }

    // Usage errors: exit code 2.
    const QStringList marketing = f.base() + QStringList{QStringLiteral("export"), QStringLiteral("marketing")};
    CHECK(cli(marketing + QStringList{list}).exitCode == 2);
    const Run unknown = cli(marketing + QStringList{QStringLiteral("--purpose"), QStringLiteral("fax"), list});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("newsletter")));
    CHECK(cli(marketing + QStringList{QStringLiteral("--purpose"), QStringLiteral("phone")}).exitCode == 2);
    CHECK(cli(f.base() + QStringList{QStringLiteral("export"), QStringLiteral("customers"), list, QStringLiteral("--purpose"),
                                     QStringLiteral("phone")})
              .exitCode
          == 2);
    // A file that cannot be written: exit code 1.
    CHECK(cli(marketing + QStringList{QStringLiteral("--purpose"), QStringLiteral("phone"),
                                      f.dir.filePath(QStringLiteral("no/such/dir.csv"))})
              .exitCode
          == 1);
}

TEST_CASE("relatio-cli privacy export-subject and erase", "[cli][privacy]")
{
    Fixture f;
    const QString json = f.dir.filePath(QStringLiteral("anna.json"));
    const Run exported = cli(f.base() + QStringList{QStringLiteral("privacy"), QStringLiteral("export-subject"),
                                                    QString::number(f.anna), json});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    const QJsonObject subject = QJsonDocument::fromJson(readAll(json)).object();
    CHECK(subject.value(QStringLiteral("customer")).toObject().value(QStringLiteral("email")).toString()
          == QStringLiteral("anna@test.example"));
    CHECK(subject.value(QStringLiteral("records")).toObject().value(QStringLiteral("consent_entry")).toArray().size() == 2);
    CHECK(readAll(f.dir.filePath(QStringLiteral("anna.html"))).contains("Personal data held about Anna Test"));

    // By Relatio id, the document first.
    const QString html = f.dir.filePath(QStringLiteral("by-uuid.html"));
    CHECK(cli(f.base() + QStringList{QStringLiteral("privacy"), QStringLiteral("export-subject"), f.annaUuid, html}).exitCode == 0);
    CHECK(QFile::exists(f.dir.filePath(QStringLiteral("by-uuid.json"))));

    const Run erased = cli(f.base() + QStringList{QStringLiteral("privacy"), QStringLiteral("erase"), f.annaUuid});
    INFO(erased.err.toStdString());
    CHECK(erased.exitCode == 0);
    CHECK(erased.out.contains(f.annaUuid));
    CHECK_FALSE(readAll(f.db).contains("anna@test.example"));

    // Gone: both verbs fail (exit 1) and say so.
    const Run again = cli(f.base() + QStringList{QStringLiteral("privacy"), QStringLiteral("export-subject"), f.annaUuid,
                                                 f.dir.filePath(QStringLiteral("again.json"))});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("was erased")));
    CHECK(cli(f.base() + QStringList{QStringLiteral("privacy"), QStringLiteral("erase"), QString::number(f.anna)}).exitCode == 1);
    CHECK(cli(f.base() + QStringList{QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("999")}).exitCode == 1);
    // Bram is untouched.
    CHECK(cli(f.base() + QStringList{QStringLiteral("privacy"), QStringLiteral("export-subject"), QString::number(f.bram),
                                     f.dir.filePath(QStringLiteral("bram.json"))})
              .exitCode
          == 0);

    // Usage errors: exit code 2.
    for (const QStringList &args : {QStringList{QStringLiteral("privacy")},
                                    QStringList{QStringLiteral("privacy"), QStringLiteral("forget"), QStringLiteral("1")},
                                    QStringList{QStringLiteral("privacy"), QStringLiteral("erase")},
                                    QStringList{QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("1"), QStringLiteral("2")},
                                    QStringList{QStringLiteral("privacy"), QStringLiteral("export-subject"), QStringLiteral("1")}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(cli(f.base() + args).exitCode == 2);
    }
    const Run help = cli({QStringLiteral("--help")});
    for (const char *verb : {"privacy export-subject ID FILE", "privacy erase ID", "export marketing --purpose P FILE"})
        CHECK(help.out.contains(QLatin1String(verb)));
}
