// The command line's contract (verbs, exit codes) and the demo data generator.
#include "CliTestSupport.h"

#include "customers/CustomerRepository.h"
#include "demo/DemoSource.h"
#include "demo/DemoInteractions.h"
#include "demo/DemoWriter.h"
#include "store/Migrations.h"

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

// A digest of every interaction and follow-up, in id order, with the uuids they refer to.
QByteArray interactionDigest(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(q.exec(QStringLiteral(
        "SELECT i.uuid, c.uuid, i.occurred_at, ch.code, i.direction, i.kind, i.subject, h.name, i.csat, i.nps, t.name,"
        " i.taken_at, i.resolved_at, i.created_at, i.updated_at FROM interaction i JOIN customer c ON c.id = i.customer_id"
        " JOIN channel ch ON ch.id = i.channel_id LEFT JOIN owner h ON h.id = i.handled_by"
        " LEFT JOIN owner t ON t.id = i.taken_by ORDER BY i.id")));
    while (q.next())
        for (int i = 0; i < 15; ++i)
            hash.addData(q.value(i).toString().toUtf8() + '\x1f');
    REQUIRE(q.exec(QStringLiteral(
        "SELECT f.uuid, c.uuid, i.uuid, f.due_date, o.name, f.note, f.done_at, f.created_at, f.updated_at"
        " FROM follow_up f JOIN customer c ON c.id = f.customer_id LEFT JOIN interaction i ON i.id = f.interaction_id"
        " LEFT JOIN owner o ON o.id = f.assignee_id ORDER BY f.id")));
    while (q.next())
        for (int i = 0; i < 9; ++i)
            hash.addData(q.value(i).toString().toUtf8() + '\x1e');
    return hash.result().toHex();
}

// The first column of the first row of a query.
QVariant scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
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
                                   QStringList{QStringLiteral("info"), QStringLiteral("--customers"), QStringLiteral("3")},
                                   QStringList{QStringLiteral("info"), QStringLiteral("--interactions"), QStringLiteral("3")},
                                   QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10"),
                                               QStringLiteral("--interactions"), QStringLiteral("-1")},
                                   QStringList{QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10"),
                                               QStringLiteral("--interactions"), QStringLiteral("100001")}}) {
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
    // Four contacts per customer unless told otherwise, also the same for the same seed.
    CHECK(first.out.contains(QStringLiteral("8,000 interactions")));
    CHECK(scalar(*dbA, QStringLiteral("SELECT count(*) FROM interaction")).toLongLong() == 8000);
    CHECK(interactionDigest(*dbA) == interactionDigest(*dbB));
    CHECK(interactionDigest(*dbA) != interactionDigest(*dbC));

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
    const auto r = DemoWriter::write(t.db, 20000, 1, [](qint64 done, qint64) { return done < 10000; });
    REQUIRE_FALSE(r);
    CHECK(r.error().code == Error::Code::Cancelled);
    CHECK(CustomerRepository(t.db).countLive().value() == 0);
    for (const char *table : {"interaction", "follow_up", "interaction_stats"})
        CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt() == 0);
    // The indexes and triggers dropped for the load are back, and so are the checks.
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('customer_by_name',"
                                      " 'customer_fts_insert', 'interaction_by_time', 'interaction_stats_insert',"
                                      " 'follow_up_open', 'customer_tag_stats_insert')"))
              .toInt() == 6);
    CHECK(scalar(t.db, QStringLiteral("PRAGMA ignore_check_constraints")).toInt() == 0);
    CHECK(scalar(t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}

TEST_CASE("Demo interactions are deterministic and lie in their customer's life", "[demo]")
{
    TempDatabase a;
    TempDatabase b;
    TempDatabase c;
    TempDatabase none;
    const auto written = DemoWriter::write(a.db, DemoSize{1500, 7001}, 21);
    REQUIRE(written);
    CHECK(written->customers == 1500);
    CHECK(written->interactions == 7001); // exactly as many as asked for
    CHECK(written->followUps > 100);
    REQUIRE(DemoWriter::write(b.db, DemoSize{1500, 7001}, 21));
    REQUIRE(DemoWriter::write(c.db, DemoSize{1500, 7001}, 22));
    REQUIRE(DemoWriter::write(none.db, DemoSize{1500, 0}, 21));
    CHECK(scalar(a.db, QStringLiteral("SELECT count(*) FROM interaction")).toLongLong() == 7001);
    CHECK(scalar(a.db, QStringLiteral("SELECT count(*) FROM follow_up")).toLongLong() == written->followUps);
    CHECK(interactionDigest(a.db) == interactionDigest(b.db));
    CHECK(interactionDigest(a.db) != interactionDigest(c.db));
    // The customers do not change with their contacts.
    CHECK(contentDigest(a.db) == contentDigest(none.db));
    CHECK(scalar(none.db, QStringLiteral("SELECT count(*) FROM interaction")).toLongLong() == 0);

    // Every contact after its customer was created and in the two years before the reference date.
    // "2024-11-01T00:00:00" sorts before every stored time of that second, as text.
    const QString first = QDateTime::fromSecsSinceEpoch(demo::DemoInteractions::windowStart(), Qt::UTC)
                              .toString(Qt::ISODate)
                              .left(19);
    const QString end =
        QDateTime::fromSecsSinceEpoch(demo::DemoInteractions::windowEnd(), Qt::UTC).toString(Qt::ISODate).left(19);
    CHECK(first.startsWith(QStringLiteral("2024-11-01")));
    CHECK(end.startsWith(QStringLiteral("2026-11-01")));
    CHECK(scalar(a.db, QStringLiteral("SELECT count(*) FROM interaction i JOIN customer c ON c.id = i.customer_id"
                                      " WHERE i.occurred_at < c.created_at OR i.occurred_at < '%1'"
                                      " OR i.occurred_at >= '%2'")
                           .arg(first, end))
              .toInt() == 0);
    CHECK(scalar(a.db, QStringLiteral("SELECT count(*) FROM interaction WHERE taken_at < occurred_at"
                                      " OR resolved_at < taken_at OR resolved_at >= '%1' OR updated_at < occurred_at"
                                      " OR created_at <> occurred_at OR (resolved_at IS NOT NULL AND kind <> 'complaint')"
                                      " OR (taken_by IS NULL) <> (taken_at IS NULL)")
                           .arg(end))
              .toInt() == 0);
    CHECK(scalar(a.db, QStringLiteral("SELECT count(*) FROM follow_up f JOIN customer c ON c.id = f.customer_id"
                                      " LEFT JOIN interaction i ON i.id = f.interaction_id"
                                      " WHERE f.created_at < c.created_at OR f.created_at >= '%1' OR f.done_at >= '%1'"
                                      " OR f.done_at < f.created_at OR f.created_at < i.occurred_at"
                                      " OR i.customer_id <> f.customer_id OR f.due_date < substr(f.created_at, 1, 10)")
                           .arg(end))
              .toInt() == 0);
    // Every row keeps the constraints the load did not check row by row.
    CHECK(scalar(a.db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    QSqlQuery keys(a.db->connection());
    REQUIRE(keys.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(keys.next());
    CHECK(scalar(a.db, QStringLiteral("PRAGMA ignore_check_constraints")).toInt() == 0);
    // Their uuids are unique and look like uuids.
    CHECK(scalar(a.db, QStringLiteral("SELECT count(*) FROM interaction WHERE uuid NOT GLOB"
                                      " '[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*-8*-*-*'"
                                      " OR length(uuid) <> 36"))
              .toInt() == 0);

    // Too many contacts for the customers is refused.
    TempDatabase refused;
    const auto tooMany = DemoWriter::write(refused.db, DemoSize{2, 20001}, 1);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().code == Error::Code::Usage);
}

TEST_CASE("Demo interactions give the dashboard differences to show", "[demo]")
{
    TempDatabase t;
    REQUIRE(DemoWriter::write(t.db, DemoSize{4000, 40000}, 5));
    const DatabasePtr &db = t.db;
    // Share of a channel's contacts among a subset of them, in per cent.
    auto share = [&](const char *channel, const QString &where) {
        return scalar(db, QStringLiteral("SELECT 100.0 * sum(ch.code = '%1') / count(*) FROM interaction i"
                                         " JOIN channel ch ON ch.id = i.channel_id JOIN customer c ON c.id = i.customer_id"
                                         " WHERE %2")
                              .arg(QLatin1String(channel), where))
            .toDouble();
    };
    // The channel mix differs per group: organisations get visits, Norwegians use the app.
    const double organisationVisits = share("visit", QStringLiteral("c.kind = 'organisation'"));
    const double personVisits = share("visit", QStringLiteral("c.kind = 'person'"));
    INFO("visits: organisations " << organisationVisits << " %, persons " << personVisits << " %");
    CHECK(organisationVisits > 3 * personVisits);
    const double norwegianApp = share("app", QStringLiteral("c.country = 'NO'"));
    const double belgianApp = share("app", QStringLiteral("c.country = 'BE'"));
    INFO("app: Norway " << norwegianApp << " %, Belgium " << belgianApp << " %");
    CHECK(norwegianApp > 1.5 * belgianApp);
    const QString vip = QStringLiteral("c.id IN (SELECT customer_id FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
                                       " WHERE t.name = 'VIP')");
    CHECK(share("visit", QStringLiteral("c.kind = 'person' AND ") + vip) > 1.8 * personVisits);

    // Over the two years chat and the app grow and post declines.
    const QString firstHalfYear = QStringLiteral("i.occurred_at < '2025-05-01'");
    const QString lastHalfYear = QStringLiteral("i.occurred_at >= '2026-05-01'");
    INFO("chat " << share("chat", firstHalfYear) << " → " << share("chat", lastHalfYear) << ", app "
                 << share("app", firstHalfYear) << " → " << share("app", lastHalfYear) << ", post "
                 << share("post", firstHalfYear) << " → " << share("post", lastHalfYear));
    CHECK(share("chat", lastHalfYear) > 1.5 * share("chat", firstHalfYear));
    CHECK(share("app", lastHalfYear) > 1.5 * share("app", firstHalfYear));
    CHECK(share("post", lastHalfYear) < 0.7 * share("post", firstHalfYear));
    // More contacts later: the customer base grows.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction i WHERE %1").arg(lastHalfYear)).toDouble()
          > 1.3 * scalar(db, QStringLiteral("SELECT count(*) FROM interaction i WHERE %1").arg(firstHalfYear)).toDouble());

    // CSAT differs per channel: chat and the app high, the phone queues and social media low; the
    // phone gets better over time.
    auto csat = [&](const char *channel, const QString &where) {
        return scalar(db, QStringLiteral("SELECT avg(i.csat) FROM interaction i JOIN channel ch ON ch.id = i.channel_id"
                                         " WHERE ch.code = '%1' AND %2")
                              .arg(QLatin1String(channel), where))
            .toDouble();
    };
    const double chat = csat("chat", QStringLiteral("1"));
    const double app = csat("app", QStringLiteral("1"));
    const double phone = csat("phone", QStringLiteral("1"));
    const double social = csat("social", QStringLiteral("1"));
    INFO("CSAT chat " << chat << ", app " << app << ", phone " << phone << ", social " << social);
    CHECK(chat > phone + 0.3);
    CHECK(app > phone + 0.3);
    CHECK(social < phone);
    CHECK(csat("phone", lastHalfYear) > csat("phone", firstHalfYear) + 0.25);
    // About 40 % of contacts have a CSAT answer and 15 % an NPS answer.
    const double answered = scalar(db, QStringLiteral("SELECT 100.0 * count(csat) / count(*) FROM interaction")).toDouble();
    const double npsAnswered = scalar(db, QStringLiteral("SELECT 100.0 * count(nps) / count(*) FROM interaction")).toDouble();
    INFO("answered: CSAT " << answered << " %, NPS " << npsAnswered << " %");
    CHECK((answered > 33 && answered < 47));
    CHECK((npsAnswered > 11 && npsAnswered < 19));

    // Kinds: self-service on the web and in the app only; complaints mostly resolved, a few still
    // open from the last weeks; most contacts handled by a team member.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction i JOIN channel ch ON ch.id = i.channel_id"
                                    " WHERE i.kind = 'self_service' AND ch.code NOT IN ('web', 'app', 'chat')"))
              .toInt() == 0);
    const int complaints = scalar(db, QStringLiteral("SELECT count(*) FROM interaction WHERE kind = 'complaint'")).toInt();
    const int open = scalar(db, QStringLiteral("SELECT count(*) FROM interaction WHERE kind = 'complaint'"
                                               " AND resolved_at IS NULL")).toInt();
    INFO(complaints << " complaints, " << open << " open");
    CHECK(complaints > 1500);
    CHECK(open > 0);
    CHECK(open < complaints / 50);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction WHERE kind = 'complaint' AND resolved_at IS NULL"
                                    " AND occurred_at < '2026-09-01'"))
              .toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT 100.0 * count(handled_by) / count(*) FROM interaction"
                                    " WHERE kind <> 'self_service'"))
              .toDouble() > 90);

    // Subject lines are in the customer's language.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction i JOIN customer c ON c.id = i.customer_id"
                                    " WHERE c.language = 'nb' AND i.subject IN ('Vraag over de factuur',"
                                    " 'Question about the invoice', 'Question sur la facture')"))
              .toInt() == 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM interaction i JOIN customer c ON c.id = i.customer_id"
                                    " WHERE c.language = 'nb' AND i.subject = 'Spørsmål om fakturaen'"))
              .toInt() > 0);

    // Follow-ups: a few per cent of the contacts, most done, some overdue, some still to come.
    const QString today = QStringLiteral("2026-11-01");
    const int followUps = scalar(db, QStringLiteral("SELECT count(*) FROM follow_up")).toInt();
    const int done = scalar(db, QStringLiteral("SELECT count(*) FROM follow_up WHERE done_at IS NOT NULL")).toInt();
    const int overdue = scalar(db, QStringLiteral("SELECT count(*) FROM follow_up WHERE done_at IS NULL"
                                                  " AND due_date < '%1'").arg(today)).toInt();
    const int ahead = scalar(db, QStringLiteral("SELECT count(*) FROM follow_up WHERE due_date >= '%1'").arg(today)).toInt();
    INFO(followUps << " follow-ups, " << done << " done, " << overdue << " overdue, " << ahead << " due later");
    CHECK((followUps > 40000 / 50 && followUps < 40000 / 10));
    CHECK(done > followUps / 2);
    CHECK(overdue > 0);
    CHECK(overdue < followUps / 5);
    CHECK(ahead > 0);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM follow_up WHERE assignee_id IS NOT NULL")).toInt()
          > followUps * 9 / 10);
}

TEST_CASE("Demo satisfaction aggregates equal a refill from the interactions", "[demo]")
{
    TempDatabase t;
    QSqlQuery q(t.db->connection());
    // Customers removed for good leave zero rows in the aggregates; a new demo load starts afresh.
    REQUIRE(DemoWriter::write(t.db, DemoSize{300, 1500}, 7));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM customer")));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM interaction_stats WHERE interactions <> 0")).toInt() == 0);
    REQUIRE(DemoWriter::write(t.db, DemoSize{2500, 12000}, 8));
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TABLE written AS SELECT * FROM interaction_stats")));
    const qint64 rows = scalar(t.db, QStringLiteral("SELECT count(*) FROM written")).toLongLong();
    CHECK(rows > 5000);
    for (const QString &sql : interactionStatsFillSql()) {
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM interaction_stats")).toLongLong() == rows);
    const QString columns = QStringLiteral("dim, grp, typeof(grp), day, channel_id, interactions, csat_n, csat_sum,"
                                           " csat_sq, nps_n, promoters, detractors");
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM written EXCEPT SELECT %1 FROM"
                                      " interaction_stats)").arg(columns))
              .toLongLong() == 0);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM interaction_stats EXCEPT SELECT %1 FROM"
                                      " written)").arg(columns))
              .toLongLong() == 0);
    // Every grouping adds up to all contacts (tags only for tagged customers).
    const qint64 all = scalar(t.db, QStringLiteral("SELECT count(*) FROM interaction")).toLongLong();
    for (int dim : {0, 1, 2})
        CHECK(scalar(t.db, QStringLiteral("SELECT sum(interactions) FROM written WHERE dim = %1").arg(dim))
                  .toLongLong() == all);
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
