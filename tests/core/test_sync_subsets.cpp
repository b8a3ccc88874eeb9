// Subset replicas: a laptop that keeps only some customers ("my customers", by team member, tag
// or country) holds them with everything that belongs to them, takes in those that join and lets
// go of those that leave, without losing a change made on it.
#include "SyncTestSupport.h"

#include "interactions/InteractionRepository.h"

#include <QDateTime>

using namespace relatio;
using namespace relatio::sync;
using namespace relatio::sync::test;

namespace {

QString contactFor(Replica &r, const QString &customerUuid, const QString &subject)
{
    InteractionRepository contacts(r.db);
    Interaction i;
    i.customerId = idOf(r, customerUuid);
    i.occurredAt = QDateTime::currentDateTimeUtc();
    i.channelId = 1;
    i.subject = subject;
    const auto id = contacts.create(i);
    REQUIRE(id);
    return scalar(r, QStringLiteral("SELECT uuid FROM interaction WHERE id = %1").arg(*id)).toString();
}

bool holds(Replica &r, const QString &table, const QString &uuid)
{
    return scalar(r, QStringLiteral("SELECT count(*) FROM %1 WHERE uuid = '%2'").arg(table, uuid)).toInt() == 1;
}

void keep(World &w, int laptop, const QStringList &specs)
{
    const auto subset = w.server.sync().resolveSubset(specs);
    REQUIRE(subset);
    REQUIRE(w.laptop(laptop).endpoint->setSubset(*subset));
}

} // namespace

TEST_CASE("A laptop that keeps a subset holds its customers with all that is theirs, takes in those that join and "
          "lets go of those that leave",
          "[sync]")
{
    for (int which = 0; which < 2; ++which) {
        const ServerKind kind = serverKind(which);
        if (skipped(kind))
            continue;
        INFO(kindName(kind));
        World w(2, kind);
        Replica &field = w.laptop(0);  // keeps a subset
        Replica &office = w.laptop(1); // keeps everything

        const qint64 kari = office.customers->ensureOwner(QStringLiteral("Kari")).value();
        const qint64 joost = office.customers->ensureOwner(QStringLiteral("Joost")).value();
        Customer firm;
        firm.kind = CustomerKind::Organisation;
        firm.organisationName = QStringLiteral("Fjord AS");
        firm.country = QStringLiteral("NO");
        const QString fjord = create(office, firm);
        Customer a = person(QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("Oslo"));
        a.ownerId = kari;
        a.organisationId = idOf(office, fjord);
        const QString anna = create(office, a);
        Customer b = person(QStringLiteral("Bram"), QStringLiteral("Dijk"), QStringLiteral("Gent"));
        b.ownerId = joost;
        const QString bram = create(office, b);
        Customer c = person(QStringLiteral("Cor"), QStringLiteral("Vos"), QStringLiteral("Delft"));
        c.ownerId = joost;
        c.tags = {QStringLiteral("VIP")};
        const QString cor = create(office, c);
        const QString annaCall = contactFor(office, anna, QStringLiteral("Anna's renewal"));
        const QString bramCall = contactFor(office, bram, QStringLiteral("Bram's complaint"));
        REQUIRE(w.sync(1));

        // Kari's laptop: Anna, her organisation and her contact; every team member and tag.
        keep(w, 0, {QStringLiteral("owner=kari")});
        CHECK(w.server.sync().describeSubset(field.endpoint->subset().value()).value() == QStringLiteral("customers of “Kari”"));
        auto first = w.sync(0);
        REQUIRE(first);
        CHECK(holds(field, QStringLiteral("customer"), anna));
        CHECK(holds(field, QStringLiteral("customer"), fjord));
        CHECK(holds(field, QStringLiteral("interaction"), annaCall));
        CHECK_FALSE(holds(field, QStringLiteral("customer"), bram));
        CHECK_FALSE(holds(field, QStringLiteral("customer"), cor));
        CHECK_FALSE(holds(field, QStringLiteral("interaction"), bramCall));
        CHECK(scalar(field, QStringLiteral("SELECT count(*) FROM owner")).toInt() == 2);
        CHECK(scalar(field, QStringLiteral("SELECT count(*) FROM tag")).toInt() == 1);
        CHECK(scalar(field, QStringLiteral("SELECT org_label FROM customer WHERE uuid = '%1'").arg(anna)).toString()
              == QStringLiteral("Fjord AS"));
        CHECK(first->left == 0);
        requireConverged(w);

        // Bram is given to Kari in the office: he comes with the contact he had before.
        edit(office, bram, [&](Customer &x) { x.ownerId = kari; });
        REQUIRE(w.sync(1));
        auto joined = w.sync(0);
        REQUIRE(joined);
        CHECK(joined->joined == 1);
        CHECK(holds(field, QStringLiteral("customer"), bram));
        CHECK(holds(field, QStringLiteral("interaction"), bramCall));
        requireConverged(w);

        // Anna goes to Joost: she leaves Kari's laptop, and her organisation with her; both stay
        // on the server.
        edit(office, anna, [&](Customer &x) { x.ownerId = joost; });
        REQUIRE(w.sync(1));
        auto left = w.sync(0);
        REQUIRE(left);
        CHECK(left->left == 2);
        CHECK_FALSE(holds(field, QStringLiteral("customer"), anna));
        CHECK_FALSE(holds(field, QStringLiteral("customer"), fjord));
        CHECK_FALSE(holds(field, QStringLiteral("interaction"), annaCall));
        CHECK(scalar(field, QStringLiteral("SELECT count(*) FROM row_stamp WHERE uuid IN ('%1', '%2', '%3')")
                                .arg(anna, fjord, annaCall)).toInt() == 0);
        CHECK(holds(w.server, QStringLiteral("customer"), anna));
        CHECK(holds(w.server, QStringLiteral("interaction"), annaCall));
        CHECK(scalar(field, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'anna'")).toInt() == 0);
        requireConverged(w);

        // Kari hands Bram to Joost on her laptop and changes his city: both reach the server before
        // he leaves her laptop.
        edit(field, bram, [&](Customer &x) {
            x.ownerId = scalar(field, QStringLiteral("SELECT id FROM owner WHERE name = 'Joost'")).toLongLong();
            x.city = QStringLiteral("Brugge");
        });
        // Not before that: a customer with a change the server does not have stays.
        CHECK(field.endpoint->evict(w.server.sync().members(field.endpoint->subset().value()).value()).value() == 0);
        CHECK(holds(field, QStringLiteral("customer"), bram));
        auto handed = w.sync(0);
        REQUIRE(handed);
        CHECK(handed->sent >= 1);
        CHECK(handed->left == 1);
        CHECK_FALSE(holds(field, QStringLiteral("customer"), bram));
        CHECK(cityOf(w.server, bram) == QStringLiteral("Brugge"));
        REQUIRE(w.sync(1));
        requireConverged(w);

        // A customer made on the laptop for someone else reaches the server, then leaves.
        Customer d = person(QStringLiteral("Dina"), QStringLiteral("Lie"), QStringLiteral("Bergen"));
        d.ownerId = scalar(field, QStringLiteral("SELECT id FROM owner WHERE name = 'Joost'")).toLongLong();
        const QString dina = create(field, d);
        auto made = w.sync(0);
        REQUIRE(made);
        CHECK(made->left == 1);
        CHECK(holds(w.server, QStringLiteral("customer"), dina));
        CHECK_FALSE(holds(field, QStringLiteral("customer"), dina));
        REQUIRE(w.sync(1));
        requireConverged(w);

        // A union: the VIPs and the Norwegians (Fjord AS, Dina) as well.
        keep(w, 0, {QStringLiteral("owner=Kari"), QStringLiteral("tag=vip"), QStringLiteral("country=no")});
        CHECK(field.endpoint->describeSubset(field.endpoint->subset().value()).value()
              == QStringLiteral("customers of “Kari”, customers tagged “VIP”, customers in NO"));
        REQUIRE(w.sync(0));
        CHECK(holds(field, QStringLiteral("customer"), cor));
        CHECK(holds(field, QStringLiteral("customer"), fjord));
        CHECK_FALSE(holds(field, QStringLiteral("customer"), anna));
        requireConverged(w);

        // Many joining at once are brought by reading the feed again (here: from one on).
        keep(w, 0, {QStringLiteral("country=NL")});
        SyncOptions byFeed;
        byFeed.joinByFeedFrom = 1;
        auto reread = w.sync(0, byFeed);
        REQUIRE(reread);
        CHECK(reread->joined == 3); // Anna, Bram and Dina; Cor is here, and Anna's Fjord AS stays
        CHECK(holds(field, QStringLiteral("customer"), anna));
        CHECK(holds(field, QStringLiteral("customer"), dina));
        CHECK(holds(field, QStringLiteral("customer"), fjord));
        CHECK(holds(field, QStringLiteral("interaction"), annaCall));
        CHECK(holds(field, QStringLiteral("interaction"), bramCall));
        requireConverged(w);

        // Everything again: the whole feed is read, and the laptop holds what the server holds.
        REQUIRE(field.endpoint->setSubset(Subset()));
        REQUIRE(w.sync(0));
        CHECK(holds(field, QStringLiteral("customer"), anna));
        CHECK(holds(field, QStringLiteral("interaction"), annaCall));
        CHECK(field.endpoint->contentHash().value().toHex() == w.server.sync().contentHash().value().toHex());
        w.syncAll();
        requireConverged(w);
    }
}

TEST_CASE("A subset that names what the team database does not have is refused with what is wrong", "[sync]")
{
    World w(1);
    REQUIRE(w.laptop(0).customers->ensureOwner(QStringLiteral("Kari")));
    REQUIRE(w.sync(0));
    SyncEndpoint &server = w.server.sync();
    auto noOwner = server.resolveSubset({QStringLiteral("owner=Nobody")});
    REQUIRE_FALSE(noOwner);
    CHECK(noOwner.error().message == QStringLiteral("The team database has no team member called “Nobody”."));
    auto noTag = server.resolveSubset({QStringLiteral("tag=Gold")});
    REQUIRE_FALSE(noTag);
    CHECK(noTag.error().message == QStringLiteral("The team database has no tag called “Gold”."));
    auto country = server.resolveSubset({QStringLiteral("country=Norway")});
    REQUIRE_FALSE(country);
    CHECK(country.error().message.contains(QStringLiteral("two letters")));
    auto word = server.resolveSubset({QStringLiteral("region=West")});
    REQUIRE_FALSE(word);
    CHECK(word.error().message.contains(QStringLiteral("owner=NAME, tag=NAME, country=CODE or all")));
    auto mixed = server.resolveSubset({QStringLiteral("all"), QStringLiteral("country=NO")});
    REQUIRE_FALSE(mixed);
    CHECK(server.resolveSubset({QStringLiteral("all")}).value().isAll());
    CHECK(server.resolveSubset({QStringLiteral("owner=KARI"), QStringLiteral("country=no")}).value().countries
          == QStringList{QStringLiteral("NO")});
}
