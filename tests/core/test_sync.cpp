// Sync between replicas (issue 8): stamps of local writes, field merge, conflicts, erasures,
// dropped connections and duplicated deliveries, and a randomized convergence test.
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "interactions/InteractionRepository.h"
#include "orders/PurchaseRepository.h"
#include "privacy/ConsentRepository.h"
#include "privacy/Erasure.h"
#include "store/Migrations.h"
#include "store/SetAside.h"
#include "sync/ConflictResolver.h"
#include "sync/PgSchema.h"
#include "sync/SyncEndpoint.h"
#include "sync/SyncSchema.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"
#include "util/Stamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <map>
#include <optional>
#include <memory>
#include <set>

using namespace relatio;
using namespace relatio::sync;

namespace {

QVariant scalar(QSqlDatabase db, const QString &sql)
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
std::optional<ServerUrl> testServer()
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

QVariant scalar(Replica &r, const QString &sql)
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
                                          " consent_entry, consent_text, consent_purpose, channel, purchase, product, row_stamp,"
                                          " field_stamp,"
                                          " sync_conflict, sync_pending, sync_peer RESTART IDENTITY")));
            // The rows every replica is made with, as init makes them.
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
ServerKind serverKind(int which)
{
    return which == 0 ? ServerKind::File : ServerKind::PostgreSQL;
}

bool skipped(ServerKind kind)
{
    return kind == ServerKind::PostgreSQL && !testServer();
}

const char *kindName(ServerKind kind)
{
    return kind == ServerKind::File ? "server in a file" : "server on PostgreSQL";
}

qint64 idOf(Replica &r, const QString &uuid)
{
    return scalar(r, QStringLiteral("SELECT id FROM customer WHERE uuid = '%1'").arg(uuid)).toLongLong();
}

Customer person(const QString &given, const QString &family, const QString &city)
{
    Customer c;
    c.kind = CustomerKind::Person;
    c.givenName = given;
    c.familyName = family;
    c.city = city;
    c.country = QStringLiteral("NL");
    return c;
}

QString create(Replica &r, const Customer &c)
{
    auto id = r.customers->create(c);
    REQUIRE(id);
    return r.customers->get(*id)->uuid;
}

void edit(Replica &r, const QString &uuid, const std::function<void(Customer &)> &change)
{
    auto c = r.customers->get(idOf(r, uuid));
    REQUIRE(c);
    change(*c);
    REQUIRE(r.customers->update(*c));
}

QString cityOf(Replica &r, const QString &uuid)
{
    return scalar(r, QStringLiteral("SELECT city FROM customer WHERE uuid = '%1'").arg(uuid)).toString();
}

void requireConverged(World &w)
{
    const auto reference = w.server.sync().contentHash();
    REQUIRE(reference);
    for (Replica &l : w.laptops) {
        const auto hash = l.endpoint->contentHash();
        REQUIRE(hash);
        INFO(l.name.toStdString());
        CHECK(hash->toHex() == reference->toHex());
    }
}

} // namespace

TEST_CASE("Local writes stamp exactly the fields they change", "[sync]")
{
    World w(1);
    Replica &r = w.laptop(0);
    const QString uuid = create(r, person(QStringLiteral("Anna"), QStringLiteral("de Vries"), QStringLiteral("Utrecht")));
    CHECK(scalar(r, QStringLiteral("SELECT count(*) FROM row_stamp WHERE tbl = 'customer' AND uuid = '%1'").arg(uuid)).toInt() == 1);
    const auto before = r.endpoint->fieldStamps(QStringLiteral("customer"), uuid);
    REQUIRE(before);
    edit(r, uuid, [](Customer &c) { c.city = QStringLiteral("Zwolle"); });
    const auto after = r.endpoint->fieldStamps(QStringLiteral("customer"), uuid);
    REQUIRE(after);
    for (auto it = after->cbegin(); it != after->cend(); ++it) {
        INFO(it.key().toStdString());
        if (it.key() == QLatin1String("city"))
            CHECK(before->value(it.key()) < it.value());
        else
            CHECK(before->value(it.key()) == it.value());
    }
    // Saving without a change, tags included, stamps nothing.
    edit(r, uuid, [](Customer &c) { c.tags = {QStringLiteral("VIP")}; });
    const auto tagged = r.endpoint->fieldStamps(QStringLiteral("customer"), uuid);
    edit(r, uuid, [](Customer &) {});
    CHECK(r.endpoint->fieldStamps(QStringLiteral("customer"), uuid).value() == tagged.value());
    // The same tag name gives the same uuid on every machine.
    CHECK(scalar(r, QStringLiteral("SELECT uuid FROM tag WHERE name = 'VIP'")).toString() == nameUuid("tag", QStringLiteral("vip")));
}

namespace {

// The customer table's indexes and triggers, as the file's schema lists them.
QStringList customerSchema(Replica &r)
{
    QStringList out;
    QSqlQuery q(r.db->connection());
    q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema WHERE tbl_name = 'customer'"
                          " AND sql IS NOT NULL ORDER BY type, name"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace

TEST_CASE("An empty laptop's first sync builds its list and search indexes at the end, also when it is cut off", "[sync]")
{
    World w(2);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);
    for (int i = 0; i < 12; ++i) {
        Customer org;
        org.kind = CustomerKind::Organisation;
        org.organisationName = QStringLiteral("Bakkerij %1").arg(i);
        const QString orgUuid = create(a, org);
        for (int j = 0; j < 3; ++j) {
            Customer p = person(QStringLiteral("Anna%1").arg(j), QStringLiteral("Jansen"), QStringLiteral("Gouda"));
            p.organisationId = idOf(a, orgUuid);
            p.tags = {QStringLiteral("VIP")};
            create(a, p);
        }
    }
    REQUIRE(w.sync(0));
    const QStringList schema = customerSchema(b);
    REQUIRE(schema.size() > 10);
    const QString serverId = w.server.sync().replicaId().value();

    // Cut off in its third batch: the indexes come back all the same, the search index holding
    // what came, and the next sync goes on from there with its indexes kept up as usual.
    SyncOptions cut;
    cut.batchSize = 10;
    auto batches = std::make_shared<int>(0);
    cut.dropAt = [batches](const char *at) { return qstrcmp(at, "pull") == 0 && ++*batches == 3; };
    CHECK_FALSE(w.sync(1, cut));
    CHECK(customerSchema(b) == schema);
    CHECK_FALSE(SetAside::isAside(b.db->connection()).value());
    const int came = scalar(b, QStringLiteral("SELECT count(*) FROM customer")).toInt();
    CHECK(came > 0);
    CHECK(came < 48);
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'jansen OR bakkerij'")).toInt()
          == came);
    CHECK_FALSE(b.endpoint->beginFirstFill(serverId).value()); // no longer empty
    CHECK(customerSchema(b) == schema);

    REQUIRE(w.sync(1));
    requireConverged(w);
    CHECK(customerSchema(b) == schema);
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'jansen'")).toInt() == 36);
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'bakkerij'")).toInt() == 48);
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM customer WHERE org_label LIKE 'Bakkerij %'")).toInt() == 36);
    QSqlQuery check(b.db->connection());
    CHECK(check.exec(QStringLiteral("INSERT INTO customer_fts (customer_fts) VALUES ('integrity-check')")));
    CHECK(check.exec(QStringLiteral("PRAGMA integrity_check")));
    CHECK((check.next() && check.value(0).toString() == QLatin1String("ok")));
}

TEST_CASE("A file left with its customer indexes set aside gets them back when it is opened", "[sync]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
    QStringList schema;
    {
        auto db = Database::open(path);
        REQUIRE(db);
        CustomerRepository customers(*db);
        REQUIRE(customers.create(person(QStringLiteral("Kari"), QStringLiteral("Nordmann"), QStringLiteral("Bergen"))));
        Replica r;
        r.db = *db;
        schema = customerSchema(r);
        REQUIRE(SetAside::customerIndexes((*db)->connection()));
        CHECK(SetAside::isAside((*db)->connection()).value());
        CHECK(customerSchema(r).size() < schema.size());
        // Setting aside twice keeps the first record of what was there.
        REQUIRE(SetAside::customerIndexes((*db)->connection()));
        // A customer made meanwhile is in the search index once it is built again.
        REQUIRE(customers.create(person(QStringLiteral("Ola"), QStringLiteral("Nordmann"), QStringLiteral("Tromsø"))));
    }
    auto reopened = Database::open(path);
    REQUIRE(reopened);
    Replica r;
    r.db = *reopened;
    CHECK(customerSchema(r) == schema);
    CHECK_FALSE(SetAside::isAside((*reopened)->connection()).value());
    CHECK(scalar(r, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'nordmann'")).toInt() == 2);
}

TEST_CASE("A record made on one laptop reaches the server and the other laptop", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    Customer org;
    org.kind = CustomerKind::Organisation;
    org.organisationName = QStringLiteral("Bakkerij Jansen");
    const QString orgUuid = create(w.laptop(0), org);
    Customer anna = person(QStringLiteral("Anna"), QStringLiteral("Jansen"), QStringLiteral("Gouda"));
    anna.organisationId = idOf(w.laptop(0), orgUuid);
    anna.tags = {QStringLiteral("VIP"), QStringLiteral("Bakery")};
    anna.ownerId = w.laptop(0).customers->ensureOwner(QStringLiteral("Kees")).value();
    const QString annaUuid = create(w.laptop(0), anna);

    const auto first = w.sync(0);
    REQUIRE(first);
    CHECK(first->sent == 5); // the owner, two tags, the organisation and Anna
    CHECK(first->conflicts == 0);
    const auto second = w.sync(1);
    REQUIRE(second);
    CHECK(second->received == 5);
    requireConverged(w);

    Replica &b = w.laptop(1);
    const auto copy = b.customers->get(idOf(b, annaUuid));
    REQUIRE(copy);
    CHECK(copy->organisationLabel == QStringLiteral("Bakkerij Jansen"));
    CHECK(copy->tags == QStringList{QStringLiteral("Bakery"), QStringLiteral("VIP")});
    CHECK(copy->ownerName == QStringLiteral("Kees"));
    // It is found by search there, and nothing is left to send.
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'jansen'")).toInt() == 2);
    const auto again = w.sync(1);
    REQUIRE(again);
    CHECK(again->sent == 0);
    CHECK(again->received == 0);
}

TEST_CASE("Concurrent edits: different fields merge, the same field keeps the newest and lists the other", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    const QString uuid = create(w.laptop(0), person(QStringLiteral("Bram"), QStringLiteral("Visser"), QStringLiteral("Delft")));
    w.syncAll(1);
    edit(w.laptop(0), uuid, [](Customer &c) {
        c.city = QStringLiteral("Leiden");
        c.email = QStringLiteral("bram@example.nl");
    });
    edit(w.laptop(1), uuid, [](Customer &c) {
        c.city = QStringLiteral("Haarlem");
        c.notes = QStringLiteral("Calls on Fridays");
    });
    w.syncAll(2);
    requireConverged(w);
    for (Replica *r : w.all()) {
        auto column = [&](const char *name) {
            return scalar(*r, QStringLiteral("SELECT %1 FROM customer WHERE uuid = '%2'").arg(QLatin1String(name), uuid)).toString();
        };
        CHECK(column("email") == QStringLiteral("bram@example.nl"));
        CHECK(column("notes") == QStringLiteral("Calls on Fridays"));
        CHECK(column("city") == QStringLiteral("Haarlem")); // laptop 2 wrote last
        const auto conflicts = r->sync().conflicts(QStringLiteral("customer"), uuid);
        REQUIRE(conflicts);
        REQUIRE(conflicts->size() == 1);
        CHECK(conflicts->first().field == QStringLiteral("city"));
        CHECK(conflicts->first().loserValue.toString() == QStringLiteral("Leiden"));
        CHECK(conflicts->first().winnerValue.toString() == QStringLiteral("Haarlem"));
    }
}

TEST_CASE("A laptop clock hours ahead does not make its edits win over later ones", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    const QString uuid = create(w.laptop(0), person(QStringLiteral("Cor"), QStringLiteral("Bakker"), QStringLiteral("Ede")));
    w.syncAll(1);
    REQUIRE(w.laptop(0).endpoint->setClockOffset(3 * 3600 * 1000));
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Arnhem"); });
    REQUIRE(w.sync(0));
    REQUIRE(w.sync(1));
    // Laptop 2 saw the fast clock's edit; what it writes after that is newer all the same.
    edit(w.laptop(1), uuid, [](Customer &c) { c.city = QStringLiteral("Apeldoorn"); });
    w.syncAll(2);
    requireConverged(w);
    CHECK(cityOf(w.laptop(0), uuid) == QStringLiteral("Apeldoorn"));
    CHECK(w.server.sync().conflicts().value().isEmpty());
}

TEST_CASE("An erasure reaches every replica and wins over edits made elsewhere", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    const QString uuid = create(w.laptop(0), person(QStringLiteral("Dirk"), QStringLiteral("Smit"), QStringLiteral("Breda")));
    edit(w.laptop(0), uuid, [](Customer &c) { c.tags = {QStringLiteral("Prospect")}; });
    w.syncAll(1);
    // Laptop 2 edits the record while laptop 1 erases it.
    edit(w.laptop(1), uuid, [](Customer &c) { c.notes = QStringLiteral("Dirk Smit wants a call"); });
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Tilburg"); });
    REQUIRE(w.sync(0)); // the edit reaches the server first
    // Laptop 2 keeps the rejects file of an import that had a bad row about her.
    QTemporaryDir files;
    const QString rejects = files.filePath(QStringLiteral("rejects.csv"));
    {
        QFile f(rejects);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("given_name,family_name,email,error\nDirk,Smit,dirk@@smit,bad e-mail\nEva,Jong,eva@jong.example,bad phone\n");
    }
    {
        QSqlQuery q(w.laptop(1).conn());
        q.prepare(QStringLiteral("INSERT INTO import_reject_file (path, written_at) VALUES (?, ?)"));
        q.addBindValue(rejects);
        q.addBindValue(nowStored());
        REQUIRE(q.exec());
    }
    REQUIRE(Erasure(w.laptop(0).db).erase(idOf(w.laptop(0), uuid)));
    w.syncAll(2);
    {
        QFile f(rejects);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray left = f.readAll();
        CHECK_FALSE(left.contains("Smit"));
        CHECK(left.contains("eva@jong.example"));
    }
    requireConverged(w);
    for (Replica *r : w.all()) {
        INFO(r->name.toStdString());
        CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM customer_erasure WHERE uuid = '%1'").arg(uuid)).toInt() == 1);
        CHECK(idOf(*r, uuid) == 0);
        for (const char *table : {"row_stamp", "field_stamp", "sync_pending"})
            CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM %1 WHERE tbl = 'customer' AND uuid = '%2'")
                                    .arg(QLatin1String(table), uuid))
                      .toInt()
                  == 0);
        CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE row_uuid = '%1'").arg(uuid)).toInt() == 0);
        if (r->db)
            CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'smit'")).toInt() == 0);
    }
}

TEST_CASE("A sync cut off anywhere, or delivered twice, leaves both sides consistent", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    for (const char *point : {"pull", "push", "pushed", "settle"}) {
        DYNAMIC_SECTION("dropped at " << point)
        {
            World w(2, kind);
            const QString uuid = create(w.laptop(0), person(QStringLiteral("Eva"), QStringLiteral("Mulder"), QStringLiteral("Assen")));
            w.syncAll(1);
            edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Emmen"); });
            edit(w.laptop(1), uuid, [](Customer &c) { c.city = QStringLiteral("Meppel"); });
            REQUIRE(w.sync(1));
            SyncOptions cut;
            int drops = 0;
            cut.dropAt = [&](const char *at) { return qstrcmp(at, point) == 0 && drops++ == 0; };
            const auto dropped = w.sync(0, cut);
            CHECK_FALSE(dropped);
            SyncOptions twice;
            twice.deliverTwice = true;
            REQUIRE(w.sync(0, twice));
            w.syncAll(2);
            requireConverged(w);
            CHECK(cityOf(w.server, uuid) == QStringLiteral("Meppel")); // written last
            const auto conflicts = w.server.sync().conflicts();
            REQUIRE(conflicts);
            REQUIRE(conflicts->size() == 1);
            CHECK(conflicts->first().loserValue.toString() == QStringLiteral("Emmen"));
        }
    }
}

TEST_CASE("Contacts, follow-ups and consent entries made offline reach every replica, and go with an erasure", "[sync]")
{
    for (int which = 0; which < 2; ++which) {
        const ServerKind kind = serverKind(which);
        if (skipped(kind))
            continue;
        DYNAMIC_SECTION(kindName(kind))
        {
            World w(2, kind);
            const QString uuid = create(w.laptop(0), person(QStringLiteral("Ingrid"), QStringLiteral("Berg"), QStringLiteral("Tromsø")));
            w.syncAll(1);
            Replica &a = w.laptop(0);
            Replica &b = w.laptop(1);
            InteractionRepository contactsA(a.db), contactsB(b.db);
            ConsentRepository consentA(a.db), consentB(b.db);
            consentA.setActor(QStringLiteral("Kari"));
            consentB.setActor(QStringLiteral("Joost"));

            // Offline on laptop 1: a channel of its own, a complaint through it, a follow-up, and a
            // newsletter grant with a new wording.
            const qint64 fair = contactsA.addChannel(QStringLiteral("Trade fair"), false).value();
            Interaction complaint;
            complaint.customerId = idOf(a, uuid);
            complaint.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
            complaint.channelId = fair;
            complaint.kind = InteractionKind::Complaint;
            complaint.subject = QStringLiteral("Stand was closed");
            const qint64 complaintId = contactsA.create(complaint).value();
            FollowUp call;
            call.customerId = idOf(a, uuid);
            call.interactionId = complaintId;
            call.dueDate = QDate::currentDate().addDays(2);
            call.note = QStringLiteral("Call back");
            REQUIRE(contactsA.createFollowUp(call));
            const qint64 newsletter = consentA.findPurpose(QStringLiteral("newsletter")).value().id;
            const qint64 wordingA = consentA.addText(newsletter, QStringLiteral("nb"), QStringLiteral("Ja takk, send meg nyhetsbrevet.")).value();
            ConsentRecord grant;
            grant.customerId = idOf(a, uuid);
            grant.purposeId = newsletter;
            grant.source = ConsentSource::Counter;
            grant.textId = wordingA;
            REQUIRE(consentA.grant(grant));

            // Offline on laptop 2: a visit, another wording for the same purpose (the same version
            // number as laptop 1's), and a withdrawal of phone calls.
            Interaction visit;
            visit.customerId = idOf(b, uuid);
            visit.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-1800);
            visit.channelId = 6; // visit, a default channel: the same record everywhere
            visit.kind = InteractionKind::Feedback;
            visit.subject = QStringLiteral("Showroom visit");
            REQUIRE(contactsB.create(visit));
            REQUIRE(consentB.addText(newsletter, QStringLiteral("nl"), QStringLiteral("Ja, stuur mij de nieuwsbrief.")));
            ConsentRecord withdraw;
            withdraw.customerId = idOf(b, uuid);
            withdraw.purposeId = consentB.findPurpose(QStringLiteral("phone")).value().id;
            withdraw.source = ConsentSource::Phone;
            REQUIRE(consentB.withdraw(withdraw));

            // Both laptops sell the same product (by SKU) offline: one product, two orders.
            PurchaseRepository ordersA(a.db), ordersB(b.db);
            for (auto [orders, replica, cents] : {std::tuple{&ordersA, &a, 12900}, std::tuple{&ordersB, &b, 25800}}) {
                Purchase p;
                p.customerId = idOf(*replica, uuid);
                p.orderedOn = QDate::currentDate();
                p.amount = cents;
                p.currency = QStringLiteral("NOK");
                p.quantity = cents / 12900;
                p.productId = orders->ensureProduct(QStringLiteral("FJ-100"), QStringLiteral("Fjellstøvel"), QString()).value();
                REQUIRE(orders->create(p));
            }

            w.syncAll(2);
            requireConverged(w);
            for (Replica *r : w.all()) {
                INFO(r->name.toStdString());
                const QString customer = QStringLiteral("(SELECT id FROM customer WHERE uuid = '%1')").arg(uuid);
                CHECK(scalar(*r, QStringLiteral("SELECT count(*) || '/' || sum(amount_cents) FROM purchase WHERE customer_id = %1"
                                                " AND product_id = (SELECT id FROM product WHERE sku = 'FJ-100')").arg(customer)).toString()
                      == QStringLiteral("2/38700"));
                CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM product")).toInt() == 1);
                CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM interaction WHERE customer_id = %1").arg(customer)).toInt() == 2);
                CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM follow_up WHERE customer_id = %1").arg(customer)).toInt() == 1);
                CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM consent_entry WHERE customer_id = %1").arg(customer)).toInt() == 2);
                CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM consent_text WHERE purpose_id = %1 AND version = 2").arg(newsletter)).toInt() == 2);
                CHECK(scalar(*r, QStringLiteral("SELECT c.name FROM interaction i JOIN channel c ON c.id = i.channel_id"
                                                " WHERE i.subject = 'Stand was closed'")).toString() == QStringLiteral("Trade fair"));
                CHECK(scalar(*r, QStringLiteral("SELECT i.subject FROM follow_up f JOIN interaction i ON i.id = f.interaction_id")).toString()
                      == QStringLiteral("Stand was closed"));
            }
            // The grant proves what laptop 1's customer was told, on laptop 2 too.
            const auto entries = consentB.entries(idOf(b, uuid));
            REQUIRE(entries);
            bool granted = false;
            for (const ConsentEntry &e : *entries)
                if (e.action == ConsentAction::Grant)
                    granted = consentB.text(e.textId).value().wording == QStringLiteral("Ja takk, send meg nyhetsbrevet.");
            CHECK(granted);

            // Both laptops change the complaint offline: one takes it and renames it, the other
            // resolves it and renames it otherwise. Different fields merge; the subject keeps the
            // later one and lists the other.
            const qint64 onA = scalar(a, QStringLiteral("SELECT id FROM interaction WHERE subject = 'Stand was closed'")).toLongLong();
            const qint64 onB = scalar(b, QStringLiteral("SELECT id FROM interaction WHERE subject = 'Stand was closed'")).toLongLong();
            const qint64 kari = a.customers->ensureOwner(QStringLiteral("Kari")).value();
            REQUIRE(contactsA.takeComplaint(onA, kari));
            auto renamed = contactsA.get(onA).value();
            renamed.subject = QStringLiteral("Stand closed at noon");
            REQUIRE(contactsA.update(renamed));
            REQUIRE(contactsB.setResolved(onB, true));
            auto renamedB = contactsB.get(onB).value();
            renamedB.subject = QStringLiteral("Stand closed early");
            REQUIRE(contactsB.update(renamedB));
            w.syncAll(2);
            requireConverged(w);
            const auto merged = contactsA.get(onA).value();
            CHECK(merged.takenById == kari);
            CHECK(merged.resolvedAt.isValid());
            CHECK(merged.subject == QStringLiteral("Stand closed early"));
            const auto conflicts = w.server.sync().conflicts();
            REQUIRE(conflicts);
            REQUIRE(conflicts->size() == 1);
            CHECK(conflicts->first().table == QStringLiteral("interaction"));
            CHECK(conflicts->first().loserValue.toString() == QStringLiteral("Stand closed at noon"));

            // The customer's card lists it, and putting the overwritten subject back reaches everyone.
            ConflictResolver review(a.db);
            CHECK(review.openCount(uuid).value() == 1);
            const auto listed = review.forCustomer(uuid).value();
            REQUIRE(listed.size() == 1);
            CHECK(listed.first().fieldLabel == QStringLiteral("Contact “Stand closed early”: Subject"));
            CHECK(listed.first().loserText == QStringLiteral("Stand closed at noon"));
            REQUIRE(review.flip(listed.first().conflict.uuid, QStringLiteral("Kari")));
            CHECK(review.openCount(uuid).value() == 0);
            w.syncAll(2);
            requireConverged(w);
            for (Replica *r : w.all())
                CHECK(scalar(*r, QStringLiteral("SELECT subject || '/' || (SELECT state FROM sync_conflict) FROM interaction"
                                                " WHERE taken_by IS NOT NULL")).toString()
                      == QStringLiteral("Stand closed at noon/flipped"));

            // An erasure on laptop 2 takes the customer's contacts, follow-ups, consent entries and
            // the conflict about its complaint off every replica.
            REQUIRE(Erasure(b.db).erase(idOf(b, uuid)));
            w.syncAll(2);
            requireConverged(w);
            for (Replica *r : w.all()) {
                INFO(r->name.toStdString());
                for (const char *table : {"interaction", "follow_up", "consent_entry", "purchase", "sync_conflict"})
                    CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt() == 0);
                CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM row_stamp WHERE tbl IN ('interaction', 'follow_up',"
                                                " 'consent_entry', 'purchase', 'sync_conflict')")).toInt() == 0);
                CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM product")).toInt() == 1);
                // The channel and the wordings are the team's, not the customer's: they stay.
                CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM channel WHERE name = 'Trade fair'")).toInt() == 1);
            }
        }
    }
}

namespace {

// The randomized convergence test: random histories of creates, edits, deletes, restores and
// erasures on the server and on laptops, synced in random orders through faults.
struct History
{
    struct Write
    {
        Stamp stamp;
        Stamp previous;
        QVariant value;
    };
    // (table, record uuid, field) → the writes made to it, by stamp.
    std::map<std::tuple<QString, QString, QString>, std::map<std::pair<qint64, QString>, Write>> writes;
    std::set<QString> erased;
    QStringList log;
};

void recordWrites(History &h, Replica &r, const QString &uuid, const QHash<QString, Stamp> &before,
                  const QString &table = QStringLiteral("customer"))
{
    const auto after = r.sync().fieldStamps(table, uuid);
    REQUIRE(after);
    const auto records = r.sync().readRecords(table, {uuid});
    REQUIRE(records);
    if (records->isEmpty())
        return;
    for (auto it = after->cbegin(); it != after->cend(); ++it) {
        if (before.contains(it.key()) && before.value(it.key()) == it.value())
            continue;
        h.writes[{table, uuid, it.key()}][{it.value().hlc, it.value().node}] =
            History::Write{it.value(), before.value(it.key()), records->first().values.value(it.key())};
    }
}

// Every write that is neither in the history of the final value nor in that of a listed
// conflict loser was overwritten without a trace: returns those, described.
QStringList unlistedLosses(World &w, const History &h)
{
    QStringList missing;
    const auto conflicts = w.server.sync().conflicts();
    REQUIRE(conflicts);
    // The server's records, read once.
    QHash<QString, QStringList> uuids;
    for (const auto &[key, writes] : h.writes)
        if (!uuids[std::get<0>(key)].contains(std::get<1>(key)))
            uuids[std::get<0>(key)].append(std::get<1>(key));
    QHash<QString, SyncRecord> onServer;
    for (auto t = uuids.cbegin(); t != uuids.cend(); ++t) {
        const auto records = w.server.sync().readRecords(t.key(), t.value());
        REQUIRE(records);
        for (const SyncRecord &r : *records)
            onServer.insert(r.uuid, r);
    }
    for (const auto &[key, writes] : h.writes) {
        const auto &[table, uuid, field] = key;
        if (h.erased.count(uuid) || !onServer.contains(uuid))
            continue;
        const SyncRecord &final = onServer[uuid];
        const QHash<QString, Stamp> finalStamps{{field, final.stampOf(field)}};
        const auto *finalStampsPtr = &finalStamps;
        std::set<std::pair<qint64, QString>> kept;
        QList<QVariant> keptValues{final.values.value(field)};
        auto follow = [&](Stamp s) {
            while (!s.isNull() && kept.insert({s.hlc, s.node}).second) {
                const auto found = writes.find({s.hlc, s.node});
                if (found == writes.end())
                    break;
                s = found->second.previous;
            }
        };
        follow(finalStampsPtr->value(field));
        for (const Conflict &c : *conflicts) {
            if (c.rowUuid == uuid && c.field == field) {
                follow(c.loser);
                keptValues.append(c.loserValue);
            }
        }
        // A write with the final value or a listed loser's is not lost, nor is what it overwrote.
        auto valueKept = [&](const QVariant &value) {
            for (const QVariant &v : std::as_const(keptValues))
                if (v.isNull() == value.isNull() && v.toString() == value.toString())
                    return true;
            // A reference to an erased customer goes with the erasure.
            return !value.isNull() && h.erased.count(value.toString()) > 0;
        };
        // Two concurrent writes of one value merge without an entry: what either overwrote is kept.
        for (bool grew = true; grew;) {
            grew = false;
            for (const auto &[stamp, write] : writes) {
                if (kept.count(stamp) && !valueKept(write.value)) {
                    keptValues.append(write.value);
                    grew = true;
                }
            }
            for (const auto &[stamp, write] : writes) {
                if (!kept.count(stamp) && valueKept(write.value)) {
                    follow(write.stamp);
                    grew = true;
                }
            }
        }
        for (const auto &[stamp, write] : writes) {
            if (kept.count(stamp))
                continue;
            bool sameAsKept = valueKept(write.value);
            for (const QVariant &v : std::as_const(keptValues))
                sameAsKept = sameAsKept || (v.isNull() == write.value.isNull() && v.toString() == write.value.toString());
            if (!sameAsKept) {
                QString chain;
                for (const auto &[s2, w2] : writes)
                    chain += QStringLiteral(" [%1 %2 <- %3 %4 = %5]").arg(w2.stamp.node).arg(w2.stamp.hlc).arg(w2.previous.node).arg(w2.previous.hlc).arg(w2.value.toString());
                missing.append(QStringLiteral("%1.%2 = %3 (%4 %5); final %6 %7 = %8;%9")
                                   .arg(uuid, field, write.value.toString(), write.stamp.node)
                                   .arg(write.stamp.hlc)
                                   .arg(finalStampsPtr->value(field).node)
                                   .arg(finalStampsPtr->value(field).hlc)
                                   .arg(keptValues.first().toString(), chain));
            }
        }
    }
    return missing;
}

std::map<QString, qint64> &historyTotals()
{
    static std::map<QString, qint64> totals;
    return totals;
}

QStringList rowsOn(Replica &r, const QString &table, const QString &where = QString())
{
    QStringList out;
    QSqlQuery q(r.conn());
    q.exec(QStringLiteral("SELECT uuid FROM %1 %2 ORDER BY id").arg(table, where));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

qint64 idIn(Replica &r, const QString &table, const QString &uuid)
{
    return scalar(r, QStringLiteral("SELECT id FROM %1 WHERE uuid = '%2'").arg(table, uuid)).toLongLong();
}

// One step of the random histories on contacts, follow-ups, the consent ledger, channels and
// wordings: what field staff do on a laptop besides editing customers.
void contactStep(History &h, Replica &r, QRandomGenerator &rng)
{
    InteractionRepository contacts(r.db);
    ConsentRepository consent(r.db);
    consent.setActor(r.name);
    const QStringList subjects{QStringLiteral("Price"), QStringLiteral("Delivery"), QStringLiteral("Visit"), QStringLiteral("Invoice")};
    const QStringList live = rowsOn(r, QStringLiteral("customer"), QStringLiteral("WHERE deleted_at IS NULL"));
    const int what = int(rng.bounded(12));
    if (what >= 10) {
        // An order: a new line for a product by SKU (two laptops' offline products are one), or a
        // change of an existing one.
        PurchaseRepository orders(r.db);
        const QStringList lines = rowsOn(r, QStringLiteral("purchase"));
        if (lines.isEmpty() || rng.bounded(2)) {
            if (live.isEmpty())
                return;
            Purchase p;
            p.customerId = idOf(r, live[rng.bounded(live.size())]);
            p.orderedOn = QDate::currentDate().addDays(-qint64(rng.bounded(30)));
            p.amount = 1000 + qint64(rng.bounded(9000));
            p.currency = QStringLiteral("EUR");
            const QString sku = QStringLiteral("SKU-%1").arg(rng.bounded(3));
            p.productId = orders.ensureProduct(sku, QStringLiteral("Product %1").arg(sku)).value();
            const auto id = orders.create(p);
            if (!id)
                return;
            const QString uuid = orders.get(*id).value().uuid;
            recordWrites(h, r, uuid, {}, QStringLiteral("purchase"));
            h.log.append(QStringLiteral("%1 sells %2 (%3)").arg(r.name, uuid.left(8), sku));
            return;
        }
        const QString uuid = lines[rng.bounded(lines.size())];
        const auto before = r.sync().fieldStamps(QStringLiteral("purchase"), uuid);
        REQUIRE(before);
        auto p = orders.get(idIn(r, QStringLiteral("purchase"), uuid));
        REQUIRE(p);
        Result<void> done;
        if (rng.bounded(3) == 0) {
            done = p->deletedAt.isValid() ? orders.restore(p->id) : orders.remove(p->id);
        } else {
            p->amount = 1000 + qint64(rng.bounded(9000));
            done = orders.update(*p);
        }
        if (!done)
            return;
        recordWrites(h, r, uuid, *before, QStringLiteral("purchase"));
        h.log.append(QStringLiteral("%1 changes order %2").arg(r.name, uuid.left(8)));
        return;
    }
    if (what < 3) {
        if (live.isEmpty())
            return;
        const auto channels = contacts.channels(true);
        REQUIRE(channels);
        Interaction i;
        i.customerId = idOf(r, live[rng.bounded(live.size())]);
        i.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-qint64(rng.bounded(100000)));
        i.channelId = (*channels)[rng.bounded(channels->size())].id;
        i.kind = rng.bounded(3) == 0 ? InteractionKind::Complaint : InteractionKind::Question;
        i.subject = subjects[rng.bounded(subjects.size())];
        if (rng.bounded(2))
            i.csat = 1 + int(rng.bounded(5));
        const auto id = contacts.create(i);
        if (!id)
            return;
        const QString uuid = contacts.get(*id).value().uuid;
        recordWrites(h, r, uuid, {}, QStringLiteral("interaction"));
        h.log.append(QStringLiteral("%1 logs contact %2").arg(r.name, uuid.left(8)));
    } else if (what < 6) {
        const QStringList all = rowsOn(r, QStringLiteral("interaction"));
        if (all.isEmpty())
            return;
        const QString uuid = all[rng.bounded(all.size())];
        const qint64 id = idIn(r, QStringLiteral("interaction"), uuid);
        const auto before = r.sync().fieldStamps(QStringLiteral("interaction"), uuid);
        REQUIRE(before);
        auto i = contacts.get(id);
        REQUIRE(i);
        const int change = int(rng.bounded(5));
        Result<void> done;
        if (change == 0) {
            i->subject = subjects[rng.bounded(subjects.size())];
            done = contacts.update(*i);
        } else if (change == 1 && i->kind == InteractionKind::Complaint) {
            done = contacts.setResolved(id, !i->resolvedAt.isValid());
        } else if (change == 2 && i->kind == InteractionKind::Complaint) {
            done = contacts.takeComplaint(id, rng.bounded(3) == 0 ? 0 : r.customers->ensureOwner(QStringLiteral("Kari")).value());
        } else if (change == 3) {
            done = i->deletedAt.isValid() ? contacts.restore(id) : contacts.remove(id);
        } else {
            i->csat = rng.bounded(3) == 0 ? std::nullopt : std::optional<int>(1 + int(rng.bounded(5)));
            done = contacts.update(*i);
        }
        if (!done)
            return; // e.g. a complaint step on a question, or a contact of a deleted customer
        recordWrites(h, r, uuid, *before, QStringLiteral("interaction"));
        h.log.append(QStringLiteral("%1 changes contact %2 (%3)").arg(r.name, uuid.left(8)).arg(change));
    } else if (what < 7) {
        const QStringList open = rowsOn(r, QStringLiteral("follow_up"));
        if (!open.isEmpty() && rng.bounded(2)) {
            const QString uuid = open[rng.bounded(open.size())];
            const auto before = r.sync().fieldStamps(QStringLiteral("follow_up"), uuid);
            REQUIRE(before);
            const auto f = contacts.getFollowUp(idIn(r, QStringLiteral("follow_up"), uuid));
            REQUIRE(f);
            if (!contacts.setFollowUpDone(f->id, !f->doneAt.isValid()))
                return;
            recordWrites(h, r, uuid, *before, QStringLiteral("follow_up"));
            h.log.append(QStringLiteral("%1 ticks follow-up %2").arg(r.name, uuid.left(8)));
            return;
        }
        if (live.isEmpty())
            return;
        FollowUp f;
        f.customerId = idOf(r, live[rng.bounded(live.size())]);
        const QStringList its = rowsOn(r, QStringLiteral("interaction"), QStringLiteral("WHERE customer_id = %1").arg(f.customerId));
        if (!its.isEmpty() && rng.bounded(2))
            f.interactionId = idIn(r, QStringLiteral("interaction"), its[rng.bounded(its.size())]);
        f.dueDate = QDate::currentDate().addDays(qint64(rng.bounded(10)));
        f.note = subjects[rng.bounded(subjects.size())];
        const auto id = contacts.createFollowUp(f);
        if (!id)
            return;
        const QString uuid = contacts.getFollowUp(*id).value().uuid;
        recordWrites(h, r, uuid, {}, QStringLiteral("follow_up"));
        h.log.append(QStringLiteral("%1 plans follow-up %2").arg(r.name, uuid.left(8)));
    } else if (what < 9) {
        if (live.isEmpty())
            return;
        ConsentRecord record;
        record.customerId = idOf(r, live[rng.bounded(live.size())]);
        record.purposeId = 1 + qint64(rng.bounded(5));
        record.source = ConsentSource::Counter;
        const auto texts = consent.texts(record.purposeId);
        REQUIRE(texts);
        REQUIRE_FALSE(texts->isEmpty());
        record.textId = (*texts)[rng.bounded(texts->size())].id;
        const bool grant = rng.bounded(2);
        if (!(grant ? consent.grant(record) : consent.withdraw(record)))
            return;
        h.log.append(QStringLiteral("%1 %2 purpose %3").arg(r.name, grant ? QStringLiteral("grants") : QStringLiteral("withdraws")).arg(record.purposeId));
    } else if (rng.bounded(2)) {
        const auto channel = contacts.addChannel(QStringLiteral("Stand %1").arg(rng.bounded(1000)), false);
        if (channel)
            h.log.append(QStringLiteral("%1 adds channel %2").arg(r.name).arg(*channel));
    } else {
        const qint64 purpose = 1 + qint64(rng.bounded(5));
        if (consent.addText(purpose, QStringLiteral("nl"), QStringLiteral("Tekst %1").arg(rng.bounded(1000))))
            h.log.append(QStringLiteral("%1 words purpose %2 anew").arg(r.name).arg(purpose));
    }
}

void runHistory(quint64 seed, int steps, ServerKind kind)
{
    QRandomGenerator rng(seed);
    const int laptopCount = 2 + int(rng.bounded(2));
    World w(laptopCount, kind);
    History h;
    // Clocks that are wrong by up to hours either way.
    for (Replica &l : w.laptops)
        REQUIRE(l.endpoint->setClockOffset(qint64(rng.bounded(7200)) * 1000 - 3600 * 1000));

    const QStringList givenNames{QStringLiteral("Anna"), QStringLiteral("Bram"), QStringLiteral("Cor"), QStringLiteral("Dina")};
    const QStringList cities{QStringLiteral("Oslo"), QStringLiteral("Gent"), QStringLiteral("Delft")};
    const QStringList tags{QStringLiteral("VIP"), QStringLiteral("Lead"), QStringLiteral("Partner")};
    const QStringList owners{QStringLiteral("Kari"), QStringLiteral("Joost")};

    auto uuidsOn = [](Replica &r, const char *where) {
        QStringList out;
        QSqlQuery q(r.db->connection());
        q.exec(QStringLiteral("SELECT uuid FROM customer %1 ORDER BY id").arg(QLatin1String(where)));
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    };
    auto pickReplica = [&]() -> Replica & {
        // Office users edit the team database directly only where it is a Relatio file so far.
        const int i = int(rng.bounded(laptopCount + (w.serverIsFile() ? 1 : 0)));
        return i == laptopCount ? w.server : w.laptop(i);
    };

    for (int step = 0; step < steps; ++step) {
        const int op = int(rng.bounded(120));
        if (op < 25) {
            // Sync a laptop, perhaps cut off somewhere, perhaps with every batch delivered twice.
            const int i = int(rng.bounded(laptopCount));
            SyncOptions options;
            options.batchSize = 1 + int(rng.bounded(6));
            options.deliverTwice = rng.bounded(5) == 0;
            if (rng.bounded(3) == 0) {
                const char *points[] = {"pull", "push", "pushed", "settle"};
                const char *point = points[rng.bounded(4)];
                const int after = int(rng.bounded(3));
                auto count = std::make_shared<int>(0);
                options.dropAt = [point, after, count](const char *at) { return qstrcmp(at, point) == 0 && (*count)++ == after; };
                h.log.append(QStringLiteral("sync laptop%1 dropped at %2 #%3").arg(i + 1).arg(QLatin1String(point)).arg(after));
            } else {
                h.log.append(QStringLiteral("sync laptop%1").arg(i + 1));
            }
            const auto synced = w.sync(i, options);
            if (!synced && !options.dropAt)
                FAIL("sync failed: " << synced.error().toString().toStdString());
            continue;
        }
        Replica &r = pickReplica();
        const QStringList all = uuidsOn(r, "");
        if (op >= 100 && !all.isEmpty()) {
            contactStep(h, r, rng);
            continue;
        }
        if (op < 40 || all.isEmpty()) {
            Customer c;
            if (rng.bounded(4) == 0) {
                c.kind = CustomerKind::Organisation;
                c.organisationName = QStringLiteral("Firma %1").arg(rng.bounded(5));
            } else {
                c = person(givenNames[rng.bounded(givenNames.size())], QStringLiteral("Berg"), cities[rng.bounded(cities.size())]);
            }
            auto id = r.customers->create(c);
            REQUIRE(id);
            const QString uuid = r.customers->get(*id)->uuid;
            recordWrites(h, r, uuid, {});
            h.log.append(QStringLiteral("%1 creates %2").arg(r.name, uuid.left(8)));
            continue;
        }
        const QString uuid = all[rng.bounded(all.size())];
        const auto before = r.sync().fieldStamps(QStringLiteral("customer"), uuid);
        REQUIRE(before);
        auto c = r.customers->get(idOf(r, uuid));
        REQUIRE(c);
        if (op < 85) {
            const int what = int(rng.bounded(6));
            if (what == 0 && c->isPerson())
                c->givenName = givenNames[rng.bounded(givenNames.size())];
            else if (what == 1)
                c->city = cities[rng.bounded(cities.size())];
            else if (what == 2) {
                c->tags.clear();
                for (const QString &t : tags)
                    if (rng.bounded(2))
                        c->tags.append(t);
            } else if (what == 3)
                c->ownerId = rng.bounded(3) == 0 ? 0 : r.customers->ensureOwner(owners[rng.bounded(owners.size())]).value();
            else if (what == 4 && c->isPerson()) {
                const QStringList orgs = uuidsOn(r, "WHERE kind = 'organisation' AND deleted_at IS NULL");
                c->organisationId = orgs.isEmpty() || rng.bounded(3) == 0 ? 0 : idOf(r, orgs[rng.bounded(orgs.size())]);
            } else
                c->notes = QStringLiteral("note %1").arg(rng.bounded(4));
            const auto updated = r.customers->update(*c);
            if (!updated)
                continue; // e.g. an organisation another replica removed
            h.log.append(QStringLiteral("%1 edits %2 (%3)").arg(r.name, uuid.left(8)).arg(what));
        } else if (op < 97) {
            REQUIRE((c->isDeleted() ? r.customers->restore(c->id) : r.customers->remove(c->id)));
            h.log.append(QStringLiteral("%1 %2 %3").arg(r.name, c->isDeleted() ? QStringLiteral("restores") : QStringLiteral("deletes"), uuid.left(8)));
        } else {
            REQUIRE(Erasure(r.db).erase(c->id));
            h.erased.insert(uuid);
            h.log.append(QStringLiteral("%1 erases %2").arg(r.name, uuid.left(8)));
            continue;
        }
        recordWrites(h, r, uuid, *before);
    }

    // Everyone syncs until nothing moves; then every replica holds the same.
    for (int round = 0; round < 3; ++round)
        for (int i = 0; i < laptopCount; ++i) {
            const auto synced = w.sync(i);
            if (!synced)
                FAIL("final sync failed: " << synced.error().toString().toStdString());
        }
    const auto reference = w.server.sync().contentHash();
    REQUIRE(reference);
    bool converged = true;
    QStringList differences;
    for (Replica &l : w.laptops) {
        if (l.endpoint->contentHash().value() == *reference)
            continue;
        converged = false;
        const QStringList mine = l.endpoint->contentDump().value();
        const QStringList theirs = w.server.sync().contentDump().value();
        for (const QString &line : mine)
            if (!theirs.contains(line))
                differences.append(l.name + QStringLiteral(" has ") + line);
        for (const QString &line : theirs)
            if (!mine.contains(line))
                differences.append(QStringLiteral("server has ") + line);
    }
    INFO(differences.join(QLatin1Char('\n')).toStdString());
    const QStringList missing = unlistedLosses(w, h);
    INFO("seed " << seed << " (RELATIO_SYNC_SEED replays it)");
    INFO((converged && missing.isEmpty() ? QString() : h.log.join(QLatin1Char('\n'))).toStdString());
    INFO("edits lost without a conflict entry: " << missing.join(QStringLiteral("; ")).toStdString());
    CHECK(converged);
    CHECK(missing.isEmpty());
    // What the histories made besides customers, summed over a run (printed at its end).
    for (const char *table : {"interaction", "follow_up", "consent_entry", "purchase", "product", "sync_conflict"})
        historyTotals()[QLatin1String(table)] += scalar(w.server, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    // No erased customer's trace anywhere.
    for (Replica *r : w.all())
        for (const QString &uuid : h.erased) {
            CHECK(idOf(*r, uuid) == 0);
            CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM row_stamp WHERE tbl <> 'customer_erasure' AND uuid = '%1'").arg(uuid)).toInt() == 0);
            CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE row_uuid = '%1'").arg(uuid)).toInt() == 0);
        }
}

// RELATIO_SYNC_HISTORIES sets how many, RELATIO_SYNC_SEED replays one, RELATIO_SYNC_BASE moves
// the first seed.
void runHistories(ServerKind kind, int byDefault)
{
    const QByteArray one = qgetenv("RELATIO_SYNC_SEED");
    if (!one.isEmpty()) {
        runHistory(one.toULongLong(), 60, kind);
        return;
    }
    bool ok = false;
    int histories = qEnvironmentVariableIntValue("RELATIO_SYNC_HISTORIES", &ok);
    if (!ok || histories <= 0)
        histories = byDefault;
    const quint64 base = qEnvironmentVariableIsSet("RELATIO_SYNC_BASE") ? qgetenv("RELATIO_SYNC_BASE").toULongLong() : 20261205;
    QElapsedTimer timer;
    timer.start();
    historyTotals().clear();
    for (int i = 0; i < histories; ++i)
        runHistory(base + quint64(i), 60, kind);
    QStringList totals;
    for (const auto &[table, count] : historyTotals())
        totals.append(QStringLiteral("%1 %2").arg(table).arg(count));
    WARN(kindName(kind) << ": " << histories << " random histories converged in " << timer.elapsed() / 1000.0
                        << " s; on the servers at the end: " << totals.join(QStringLiteral(", ")).toStdString());
}

} // namespace

TEST_CASE("Random histories on a file server and laptops converge and list every overwritten edit", "[sync]")
{
    runHistories(ServerKind::File, 300);
}

TEST_CASE("Random histories on a PostgreSQL server and laptops converge and list every overwritten edit", "[sync][postgres]")
{
    if (skipped(ServerKind::PostgreSQL))
        return;
    runHistories(ServerKind::PostgreSQL, 1000);
}

TEST_CASE("An overwritten edit can be put back from the record, or kept, and the answer syncs", "[sync]")
{
    World w(2);
    const QString uuid = create(w.laptop(0), person(QStringLiteral("Fenna"), QStringLiteral("Dijkstra"), QStringLiteral("Sneek")));
    w.syncAll(1);
    edit(w.laptop(0), uuid, [](Customer &c) {
        c.city = QStringLiteral("Leiden");
        c.tags = {QStringLiteral("Lead")};
    });
    edit(w.laptop(1), uuid, [&](Customer &c) {
        c.city = QStringLiteral("Haarlem");
        c.tags = {QStringLiteral("VIP")};
    });
    w.syncAll(2);
    ConflictResolver resolver(w.laptop(0).db);
    auto views = resolver.forCustomer(uuid);
    REQUIRE(views);
    REQUIRE(views->size() == 2);
    const auto city = std::find_if(views->cbegin(), views->cend(), [](const ConflictView &v) { return v.conflict.field == QLatin1String("city"); });
    const auto tags = std::find_if(views->cbegin(), views->cend(), [](const ConflictView &v) { return v.conflict.field == QLatin1String("tags"); });
    REQUIRE(city != views->cend());
    REQUIRE(tags != views->cend());
    CHECK(city->fieldLabel == QStringLiteral("City"));
    CHECK(city->loserText == QStringLiteral("Leiden"));
    CHECK(city->winnerText == QStringLiteral("Haarlem"));
    CHECK(city->currentIsWinner);
    CHECK(city->loserWhere.startsWith(QStringLiteral("laptop1")));
    CHECK(tags->loserText == QStringLiteral("Lead")); // names, not uuids
    CHECK(tags->winnerText == QStringLiteral("VIP"));

    // Put the city back on laptop 1, keep the tags; both answers reach everyone.
    REQUIRE(resolver.flip(city->conflict.uuid, QStringLiteral("Fenna's manager")));
    REQUIRE(resolver.accept(tags->conflict.uuid));
    CHECK(resolver.openCount(uuid).value() == 0);
    CHECK(cityOf(w.laptop(0), uuid) == QStringLiteral("Leiden"));
    w.syncAll(2);
    requireConverged(w);
    for (Replica *r : w.all()) {
        INFO(r->name.toStdString());
        CHECK(cityOf(*r, uuid) == QStringLiteral("Leiden"));
        CHECK(scalar(*r, QStringLiteral("SELECT state FROM sync_conflict WHERE field = 'city'")).toString() == QStringLiteral("flipped"));
        CHECK(scalar(*r, QStringLiteral("SELECT state FROM sync_conflict WHERE field = 'tags'")).toString() == QStringLiteral("accepted"));
    }
    // The change history says who put it back.
    CHECK(scalar(w.laptop(0), QStringLiteral("SELECT count(*) FROM customer_change WHERE changed_by = 'Fenna''s manager'")).toInt() >= 1);
    // Flipping a flipped entry writes the value that had won.
    REQUIRE(resolver.flip(city->conflict.uuid, QStringLiteral("Fenna's manager")));
    CHECK(cityOf(w.laptop(0), uuid) == QStringLiteral("Haarlem"));
}

TEST_CASE("Delete against edit: the deletion wins, the edit stays under the tombstone and is listed", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    const QString uuid = create(w.laptop(0), person(QStringLiteral("Gijs"), QStringLiteral("Kok"), QStringLiteral("Venlo")));
    w.syncAll(1);
    REQUIRE(w.laptop(0).customers->remove(idOf(w.laptop(0), uuid)));
    edit(w.laptop(1), uuid, [](Customer &c) { c.city = QStringLiteral("Roermond"); });
    w.syncAll(2);
    requireConverged(w);
    for (Replica *r : w.all()) {
        INFO(r->name.toStdString());
        CHECK_FALSE(scalar(*r, QStringLiteral("SELECT deleted_at FROM customer WHERE uuid = '%1'").arg(uuid)).isNull());
        CHECK(cityOf(*r, uuid) == QStringLiteral("Roermond"));
        const auto conflicts = r->sync().conflicts(QStringLiteral("customer"), uuid);
        REQUIRE(conflicts);
        REQUIRE(conflicts->size() == 1);
        CHECK(conflicts->first().field == QStringLiteral("deleted_at"));
        CHECK(conflicts->first().loserValue.isNull());
        CHECK(conflicts->first().loser.node.startsWith(QStringLiteral("laptop2")));
    }
    // Putting the edit back restores the record, with the edit, everywhere.
    ConflictResolver resolver(w.laptop(1).db);
    const auto views = resolver.forCustomer(uuid);
    REQUIRE(views);
    REQUIRE(views->size() == 1);
    CHECK(views->first().loserText == QStringLiteral("not deleted"));
    REQUIRE(resolver.flip(views->first().conflict.uuid, QStringLiteral("Tester")));
    w.syncAll(2);
    requireConverged(w);
    for (Replica *r : w.all())
        CHECK(scalar(*r, QStringLiteral("SELECT deleted_at FROM customer WHERE uuid = '%1'").arg(uuid)).isNull());
}

TEST_CASE("A team database of the first version is upgraded in place and keeps what it holds", "[sync][postgres]")
{
    const auto url = testServer();
    if (!url)
        return;
    auto team = TeamServer::connect(*url);
    REQUIRE(team);
    QSqlQuery q((*team)->connection());
    const QString schema = QStringLiteral("relatio_upgrade_%1").arg(QCoreApplication::applicationPid());
    REQUIRE(q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)));
    REQUIRE(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
    REQUIRE(q.exec(QStringLiteral("SET search_path TO %1").arg(schema)));
    // What relatio-cli init made before contacts synced, with a laptop's customer in it.
    for (const QString &sql : teamSchemaV1())
        REQUIRE(q.exec(sql));
    relatio::test::TempDatabase t;
    CustomerRepository customers(t.db);
    REQUIRE(customers.create(person(QStringLiteral("Ola"), QStringLiteral("Nordmann"), QStringLiteral("Bergen"))));
    {
        // The laptop of the old version synced customers only: its contacts did not travel yet.
        const QList<SyncRecord> records = SyncEndpoint(t.db).readFeed(0, 1000, true).value().records;
        QList<SyncRecord> customersOnly;
        for (const SyncRecord &r : records)
            if (syncTable(r.table)->since == 7)
                customersOnly.append(r);
        REQUIRE((*team)->endpoint().apply(customersOnly, SyncEndpoint::Mode::Push, QStringLiteral("old-laptop"),
                                          {QStringLiteral("old-laptop"), QStringLiteral("replica"), std::nullopt, 1}));
    }
    REQUIRE(scalar((*team)->connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'team_schema'")).toInt() == 1);

    // A newer Relatio that connects brings the schema up to date, and syncs contacts from then on.
    REQUIRE((*team)->check());
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'team_schema'")).toInt() == kTeamSchemaVersion);
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT count(*) FROM channel")).toInt() == 8);
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT count(*) FROM consent_text")).toInt() == 5);
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT count(*) FROM customer")).toInt() == 1);
    CHECK_FALSE((*team)->init().value()); // nothing left to do
    InteractionRepository contacts(t.db);
    Interaction i;
    i.customerId = scalar(t.db->connection(), QStringLiteral("SELECT id FROM customer")).toLongLong();
    i.occurredAt = QDateTime::currentDateTimeUtc();
    i.channelId = 1;
    i.subject = QStringLiteral("Called about the renewal");
    REQUIRE(contacts.create(i));
    SyncEndpoint laptop(t.db);
    REQUIRE(Synchroniser::run(laptop, (*team)->endpoint()));
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT subject FROM interaction")).toString() == QStringLiteral("Called about the renewal"));
    CHECK(laptop.contentHash().value().toHex() == (*team)->endpoint().contentHash().value().toHex());
    REQUIRE(q.exec(QStringLiteral("SET search_path TO public")));
    REQUIRE(q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema)));
}
