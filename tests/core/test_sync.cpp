// Sync between replicas (issue 8): stamps of local writes, field merge, conflicts, erasures,
// dropped connections and duplicated deliveries. Wrong clocks are in test_sync_clock.cpp, the
// randomized convergence test in test_sync_histories.cpp.
#include "SyncTestSupport.h"
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
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdlib>
#include <map>
#include <optional>
#include <memory>
#include <set>

using namespace relatio;
using namespace relatio::sync;

using namespace relatio::sync::test;

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
    CHECK(city->loserWhere == QStringLiteral("this computer"));
    CHECK(city->winnerWhere == QStringLiteral("another computer (laptop2-)"));
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
    for (const QString &sql : legacyTeamSchemaV1())
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
    // Someone added a customer by hand, which no laptop received then (nothing stamped it).
    REQUIRE(q.exec(QStringLiteral("INSERT INTO customer (uuid, kind, given_name, family_name, city, country, created_at,"
                                  " updated_at) VALUES ('by-hand-1', 'person', 'Kari', 'Nordmann', 'Tromsø', 'NO',"
                                  " '2026-12-01T09:00:00.000Z', '2026-12-01T09:00:00.000Z')")));

    // A newer Relatio that connects brings the schema up to date, and syncs contacts from then on.
    REQUIRE((*team)->check());
    // Its own steps took it to team schema 6; there it joined the migrations of a Relatio file.
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt()
          == schemaMigrations().constLast().version);
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'team_schema'")).toInt()
          == kLegacyTeamSchemaVersion + 1);
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT count(*) FROM channel")).toInt() == 8);
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT count(*) FROM consent_text")).toInt() == 5);
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT count(*) FROM customer")).toInt() == 2);
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
    // The upgrade to version 5 put the hand-made record in the feed: the laptop has it now.
    CHECK(scalar(t.db->connection(), QStringLiteral("SELECT city FROM customer WHERE uuid = 'by-hand-1'")).toString()
          == QStringLiteral("Tromsø"));
    CHECK(laptop.contentHash().value().toHex() == (*team)->endpoint().contentHash().value().toHex());
    REQUIRE(q.exec(QStringLiteral("SET search_path TO public")));
    REQUIRE(q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema)));
}
