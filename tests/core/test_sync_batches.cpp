// How sync reads and writes many records at a time (issue 8, speed): an empty laptop's first
// sync, pages of the feed read ahead on a second connection, and changed customers written
// together. Each way must give what one record at a time gave.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "store/Database.h"
#include "sync/SyncEndpoint.h"
#include "sync/Synchroniser.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <atomic>

using namespace relatio;
using namespace relatio::sync;
using namespace relatio::sync::test;

namespace {

QStringList rows(Replica &r, const QString &sql)
{
    QStringList out;
    QSqlQuery q(r.conn());
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields.append(q.value(i).toString());
        out.append(fields.join(QLatin1Char('|')));
    }
    return out;
}

int matches(Replica &r, const QString &term)
{
    return scalar(r, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH '%1'").arg(term)).toInt();
}

} // namespace

TEST_CASE("A first sync merges a record that comes again because it changed on the server meanwhile", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);
    for (int i = 0; i < 30; ++i)
        create(a, person(QStringLiteral("Anna%1").arg(i), QStringLiteral("Jansen"), QStringLiteral("Gouda")));
    REQUIRE(w.sync(0));

    // While b's first sync runs, a changes a customer b already took; the server then has it at
    // the end of its feed, and b's sync meets it a second time.
    SyncOptions options;
    options.batchSize = 10;
    options.readAheadFrom = 1;
    int pulled = 0;
    QString changed;
    options.dropAt = [&](const char *at) {
        if (qstrcmp(at, "pull") != 0 || ++pulled != 2)
            return false;
        changed = scalar(b, QStringLiteral("SELECT uuid FROM customer ORDER BY id LIMIT 1")).toString();
        edit(a, changed, [](Customer &c) { c.city = QStringLiteral("Zutphen"); });
        REQUIRE(w.sync(0));
        return false;
    };
    const auto summary = w.sync(1, options);
    REQUIRE(summary);
    REQUIRE_FALSE(changed.isEmpty());
    CHECK(cityOf(b, changed) == QLatin1String("Zutphen"));
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM customer")).toInt() == 30);
    CHECK(matches(b, QStringLiteral("zutphen")) == 1);
    CHECK(matches(b, QStringLiteral("gouda")) == 29);
    requireConverged(w);
}

TEST_CASE("A sync reads the server's next page on a second connection while it applies one", "[sync]")
{
    World w(3);
    Replica &a = w.laptop(0);
    for (int i = 0; i < 50; ++i)
        create(a, person(QStringLiteral("Piet%1").arg(i), QStringLiteral("Bakker"), QStringLiteral("Delft")));
    REQUIRE(w.sync(0));

    // A file server has no second connection of its own: this one opens the file again, on the
    // thread that reads ahead.
    const QString path = w.server.db->path();
    const Qt::HANDLE main = QThread::currentThreadId();
    std::atomic<int> opened = 0;
    std::atomic<bool> elsewhere = false;
    w.server.endpoint->setOpener([&, path]() -> Result<std::shared_ptr<SyncEndpoint>> {
        ++opened;
        elsewhere = QThread::currentThreadId() != main;
        auto db = Database::open(path);
        if (!db)
            return std::unexpected(db.error());
        return std::make_shared<SyncEndpoint>(*db);
    });
    SyncOptions options;
    options.batchSize = 7;
    options.readAheadFrom = 7;
    auto summary = w.sync(1, options);
    REQUIRE(summary);
    CHECK(summary->received >= 50);
    CHECK(opened == 1);
    CHECK(elsewhere);

    // A page that fits the batch is all there is: no second connection for a small sync.
    opened = 0;
    edit(a, scalar(a, QStringLiteral("SELECT uuid FROM customer LIMIT 1")).toString(),
         [](Customer &c) { c.city = QStringLiteral("Leiden"); });
    REQUIRE(w.sync(0));
    REQUIRE(w.sync(1, options));
    CHECK(opened == 0);

    // Without a second connection the sync reads every page itself, and gets the same.
    w.server.endpoint->setOpener([&]() -> Result<std::shared_ptr<SyncEndpoint>> {
        ++opened;
        return fail(Error::Code::Io, QStringLiteral("no second connection here"));
    });
    summary = w.sync(2, options);
    REQUIRE(summary);
    CHECK(summary->received >= 50);
    CHECK(opened == 1);
    requireConverged(w);
}

TEST_CASE("Customers changed elsewhere are written together with their search index and derived columns right", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);
    Customer org;
    org.kind = CustomerKind::Organisation;
    org.organisationName = QStringLiteral("Bakkerij Smit");
    const QString orgUuid = create(a, org);
    // More than go in one statement (128 rows), so that the rest goes in a second.
    constexpr int kPeople = 150;
    QStringList people;
    for (int i = 0; i < kPeople; ++i) {
        Customer p = person(QStringLiteral("Anna%1").arg(i), QStringLiteral("Jansen"), QStringLiteral("Gouda"));
        if (i % 2 == 0)
            p.organisationId = idOf(a, orgUuid);
        p.phone = QStringLiteral("+31 20 555 0%1").arg(i, 3, 10, QLatin1Char('0'));
        people.append(create(a, p));
    }
    REQUIRE(w.sync(0));
    REQUIRE(w.sync(1));

    // Changes of different fields, so that they cannot all go in one statement: cities; cities
    // and countries; names (their sort keys follow); phones (their search form follows); tags;
    // the organisation's name (its members' label follows). Each row's values are its own, so
    // that rows of one statement cannot swap them unseen.
    for (int i = 0; i < kPeople; ++i) {
        edit(a, people[i], [i](Customer &c) {
            switch (i % 5) {
            case 0:
                c.city = QStringLiteral("Zutphen %1").arg(i);
                break;
            case 1:
                c.city = QStringLiteral("Brugge %1").arg(i);
                c.country = QStringLiteral("BE");
                break;
            case 2:
                c.familyName = QStringLiteral("Visser");
                break;
            case 3:
                c.phone = QStringLiteral("+31 30 777 8%1").arg(i, 3, 10, QLatin1Char('0'));
                break;
            default:
                c.tags = {QStringLiteral("VIP")};
                c.city = QStringLiteral("Zutphen %1").arg(i);
            }
        });
    }
    edit(a, orgUuid, [](Customer &c) { c.organisationName = QStringLiteral("Bakkerij Mulder"); });
    REQUIRE(w.sync(0));
    const auto summary = w.sync(1);
    REQUIRE(summary);
    CHECK(summary->received >= kPeople + 1);
    requireConverged(w);

    // What b wrote many at a time reads as what a wrote one by one.
    const QString derived = QStringLiteral("SELECT uuid, org_label, sort_name, org_sort, phone_search, city, country,"
                                           " updated_at FROM customer ORDER BY uuid");
    CHECK(rows(b, derived) == rows(a, derived));
    for (const char *term : {"zutphen", "brugge", "gouda", "visser", "jansen", "mulder", "smit", "777*", "555*"}) {
        INFO(term);
        CHECK(matches(b, QLatin1String(term)) == matches(a, QLatin1String(term)));
    }
    CHECK(matches(b, QStringLiteral("mulder")) == 1 + kPeople / 2);
    CHECK(matches(b, QStringLiteral("zutphen")) == 60);
    CHECK(matches(b, QStringLiteral("smit")) == 0);
    QSqlQuery check(b.db->connection());
    CHECK(check.exec(QStringLiteral("INSERT INTO customer_fts (customer_fts) VALUES ('integrity-check')")));
    CHECK(check.exec(QStringLiteral("PRAGMA integrity_check")));
    CHECK((check.next() && check.value(0).toString() == QLatin1String("ok")));

    // Now b changes references and clears values, and sends them: on the team database too these
    // go many to a statement, where the references are numbers, not text. Members leave the
    // organisation and others join it; owners are given and taken away; notes and cities are
    // emptied.
    const qint64 kees = b.customers->ensureOwner(QStringLiteral("Kees")).value();
    const qint64 orgOnB = idOf(b, orgUuid);
    for (int i = 0; i < kPeople; ++i) {
        edit(b, people[i], [&, i](Customer &c) {
            switch (i % 4) {
            case 0:
                c.organisationId = 0;
                c.ownerId = kees;
                break;
            case 1:
                c.organisationId = orgOnB;
                c.notes = QStringLiteral("Joined %1").arg(i);
                break;
            case 2:
                c.ownerId = kees;
                c.city.clear();
                break;
            default:
                c.notes.clear();
                c.city.clear();
            }
        });
    }
    REQUIRE(w.sync(1));
    REQUIRE(w.sync(0));
    requireConverged(w);
    const QString references = QStringLiteral(
        "SELECT c.uuid, coalesce(o.uuid, '-'), coalesce(w.name, '-'), coalesce(c.city, '-'), coalesce(c.notes, '-'),"
        " c.org_label, c.org_sort FROM customer AS c LEFT JOIN customer AS o ON o.id = c.organisation_id"
        " LEFT JOIN owner AS w ON w.id = c.owner_id ORDER BY c.uuid");
    CHECK(rows(a, references) == rows(b, references));
    const auto onServer = [&](const QString &sql) { return scalar(w.server, sql).toInt(); };
    // Members: the even ones left (i % 4 == 0), the odd ones of i % 4 == 1 joined.
    int members = 0;
    int owned = 0;
    int emptied = 0;
    for (int i = 0; i < kPeople; ++i) {
        members += (i % 4 == 1) || (i % 2 == 0 && i % 4 != 0);
        owned += i % 4 == 0 || i % 4 == 2;
        emptied += i % 4 >= 2;
    }
    CHECK(onServer(QStringLiteral("SELECT count(*) FROM customer WHERE organisation_id = (SELECT id FROM customer"
                                  " WHERE uuid = '%1')").arg(orgUuid)) == members);
    CHECK(onServer(QStringLiteral("SELECT count(*) FROM customer AS c JOIN owner AS o ON o.id = c.owner_id"
                                  " WHERE o.name = 'Kees'")) == owned);
    CHECK(onServer(QStringLiteral("SELECT count(*) FROM customer WHERE org_label = 'Bakkerij Mulder'")) == members);
    CHECK(onServer(QStringLiteral("SELECT count(*) FROM customer WHERE notes LIKE 'Joined %'")) == (kPeople + 2) / 4);
    CHECK(onServer(QStringLiteral("SELECT count(*) FROM customer WHERE kind = 'person' AND coalesce(city, '') = ''")) == emptied);
}
