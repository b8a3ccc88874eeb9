// The rights of the people in a team database, exercised on it directly (issue 8): erasing a
// customer there takes every row about them, leaves only the tombstone, and reaches the laptops.
#include "PgTestSupport.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "interactions/InteractionRepository.h"
#include "privacy/ConsentRepository.h"
#include "privacy/Erasure.h"
#include "sync/SyncEndpoint.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"

#include <QSqlQuery>

using namespace relatio;
using namespace relatio::test;

TEST_CASE("Erasing a customer on the team database takes every row about them there and on the laptops", "[privacy][sync][postgres]")
{
    TestStore team(StoreKind::Team);
    if (team.skipped)
        return;
    CustomerRepository customers(team.db);
    Customer org;
    org.kind = CustomerKind::Organisation;
    org.organisationName = QStringLiteral("Lind Handel AS");
    const auto orgId = customers.create(org);
    REQUIRE(orgId);
    Customer c;
    c.givenName = QStringLiteral("Sofie");
    c.familyName = QStringLiteral("Lind");
    c.email = QStringLiteral("sofie@lind.example");
    c.tags = {QStringLiteral("vip")};
    const auto id = customers.create(c);
    REQUIRE(id);
    Customer member;
    member.givenName = QStringLiteral("Olav");
    member.familyName = QStringLiteral("Dahl");
    member.organisationId = *orgId;
    const auto memberId = customers.create(member);
    REQUIRE(memberId);
    InteractionRepository contacts(team.db);
    for (const qint64 who : {*id, *orgId}) {
        Interaction i;
        i.customerId = who;
        i.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
        i.channelId = 1;
        i.subject = QStringLiteral("Delivery of %1").arg(who);
        REQUIRE(contacts.create(i));
    }
    ConsentRecord grant;
    grant.customerId = *id;
    grant.purposeId = 1;
    grant.textId = ConsentRepository(team.db).texts(1)->last().id;
    grant.source = ConsentSource::WebForm;
    REQUIRE(ConsentRepository(team.db).grant(grant));
    const QString sofie = customers.get(*id)->uuid;
    const QString firm = customers.get(*orgId)->uuid;

    // A laptop that holds them all.
    TempDatabase laptop;
    const auto url = sync::ServerUrl::parse(team.address);
    REQUIRE(url);
    auto server = sync::TeamServer::connect(*url);
    REQUIRE(server);
    sync::SyncEndpoint field(laptop.db);
    REQUIRE(sync::Synchroniser::run(field, (*server)->endpoint()));
    REQUIRE(numberFrom(laptop.db, QStringLiteral("SELECT count(*) FROM customer")) == 3);

    // The preview, then the erasure of the person and of the organisation on the team database.
    Erasure erasure(team.db);
    erasure.setActor(QStringLiteral("Privacy Officer"));
    const auto preview = erasure.preview(*id);
    REQUIRE(preview);
    CHECK(preview->rows.first() == QPair<QString, qint64>(QStringLiteral("customer"), 1));
    const auto report = erasure.erase(*id);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report);
    CHECK(report->uuid == sofie);
    CHECK(report->totalRemoved() >= 4); // the record, the contact, the consent entry, the tag link
    CHECK(report->logCleared);          // the touched tables vacuumed
    const auto firmReport = erasure.erase(*orgId);
    REQUIRE(firmReport);
    CHECK(firmReport->membersUnlinked == 1);

    // Nothing about them is left on the team database but the tombstones, stamped so that the
    // laptops receive them.
    for (const QString &uuid : {sofie, firm}) {
        INFO(uuid.toStdString());
        CHECK(numberFrom(team.db, QStringLiteral("SELECT count(*) FROM customer WHERE uuid = '%1'").arg(uuid)) == 0);
        CHECK(numberFrom(team.db, QStringLiteral("SELECT count(*) FROM customer_erasure WHERE uuid = '%1'").arg(uuid)) == 1);
        CHECK(numberFrom(team.db, QStringLiteral("SELECT count(*) FROM row_stamp WHERE uuid = '%1'").arg(uuid)) == 1);
    }
    CHECK(numberFrom(team.db, QStringLiteral("SELECT count(*) FROM customer_erasure WHERE erased_by = 'Privacy Officer'")) == 2);
    CHECK(numberFrom(team.db, QStringLiteral("SELECT count(*) FROM interaction")) == 0);
    CHECK(numberFrom(team.db, QStringLiteral("SELECT count(*) FROM consent_entry WHERE customer_id = %1").arg(*id)) == 0);
    CHECK(numberFrom(team.db, QStringLiteral("SELECT count(*) FROM customer_change WHERE customer_id = %1").arg(*id)) == 0);
    CHECK(numberFrom(team.db, QStringLiteral("SELECT count(*) FROM customer WHERE id = %1 AND organisation_id IS NULL"
                                        " AND org_label = ''").arg(*memberId)) == 1);
    // A second erasure of the same customer finds nothing.
    CHECK_FALSE(erasure.erase(*id));

    // The laptop's next sync erases them there too, and both sides hold the same.
    const auto synced = sync::Synchroniser::run(field, (*server)->endpoint());
    REQUIRE(synced);
    for (const QString &uuid : {sofie, firm}) {
        CHECK(numberFrom(laptop.db, QStringLiteral("SELECT count(*) FROM customer WHERE uuid = '%1'").arg(uuid)) == 0);
        CHECK(numberFrom(laptop.db, QStringLiteral("SELECT count(*) FROM customer_erasure WHERE uuid = '%1'").arg(uuid)) == 1);
    }
    CHECK(numberFrom(laptop.db, QStringLiteral("SELECT count(*) FROM interaction")) == 0);
    CHECK(numberFrom(laptop.db, QStringLiteral("SELECT count(*) FROM customer")) == 1);
    CHECK(field.contentHash().value() == (*server)->endpoint().contentHash().value());
}
