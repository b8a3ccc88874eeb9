// The customer list on a team database keeps its sort orders up to date from the feed (issue 8):
// after every kind of change, the orders it holds are those a fresh read gives.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerQuery.h"
#include "customers/CustomerRepository.h"
#include "privacy/Erasure.h"

#include <QRandomGenerator>
#include <QSqlQuery>

using namespace relatio;
using namespace relatio::test;

namespace {

std::vector<qint64> idsOf(CustomerIdResolver &resolver, const CustomerCriteria &c)
{
    const auto r = resolver.resolve(c);
    REQUIRE(r);
    return *r;
}

} // namespace

TEST_CASE("The list on a team database keeps its orders up to date from the feed", "[customers][postgres]")
{
    TestStore t(StoreKind::Team);
    if (t.skipped)
        return;
    CustomerRepository repo(t.db);
    QRandomGenerator rng(20261206);
    const QStringList given{QStringLiteral("Anna"), QStringLiteral("bram"), QStringLiteral("Cor"), QStringLiteral("Åse"),
                            QStringLiteral("Émile"), QStringLiteral("Jan")};
    const QStringList family{QStringLiteral("Berg"), QStringLiteral("van den Berg"), QStringLiteral("Ødegård"),
                             QStringLiteral("de Vries"), QStringLiteral("Smit"), QStringLiteral("Bakker")};
    const QStringList cities{QStringLiteral("Oslo"), QStringLiteral("delft"), QStringLiteral("Gent"), QStringLiteral("Ålesund"), {}};
    const QStringList countries{QStringLiteral("NO"), QStringLiteral("NL"), QStringLiteral("BE"), {}};
    std::vector<qint64> owners{0, repo.ensureOwner(QStringLiteral("Kari")).value(), repo.ensureOwner(QStringLiteral("joost")).value(),
                               repo.ensureOwner(QStringLiteral("Lotte")).value()};
    std::vector<qint64> organisations;
    std::vector<qint64> people;
    auto randomPerson = [&](Customer c) {
        c.givenName = given[rng.bounded(given.size())];
        c.familyName = family[rng.bounded(family.size())];
        c.city = cities[rng.bounded(cities.size())];
        c.country = countries[rng.bounded(countries.size())];
        c.email = rng.bounded(3) ? QStringLiteral("%1.%2@x.example").arg(c.givenName, QString::number(rng.bounded(50))) : QString();
        c.ownerId = owners[rng.bounded(int(owners.size()))];
        c.organisationId = organisations.empty() || rng.bounded(2) ? 0 : organisations[rng.bounded(int(organisations.size()))];
        return c;
    };
    for (int i = 0; i < 12; ++i) {
        Customer org;
        org.kind = CustomerKind::Organisation;
        org.organisationName = QStringLiteral("Firma %1").arg(QChar(u'A' + i));
        org.city = cities[rng.bounded(cities.size())];
        organisations.push_back(repo.create(org).value());
    }
    for (int i = 0; i < 150; ++i)
        people.push_back(repo.create(randomPerson(Customer())).value());

    // The resolver that holds the orders, each read once at the start.
    CustomerIdResolver held(t.db);
    const std::vector<CustomerSort> sorts{CustomerSort::Name,    CustomerSort::Organisation, CustomerSort::Email, CustomerSort::City,
                                          CustomerSort::Country, CustomerSort::Owner,        CustomerSort::Updated};
    auto compare = [&](const char *after) {
        for (const CustomerSort sort : sorts) {
            for (const bool deleted : {false, true}) {
                for (const QString &text : {QString(), QStringLiteral("berg")}) {
                    CustomerCriteria c;
                    c.sort = sort;
                    c.deleted = deleted;
                    c.text = text;
                    c.descending = rng.bounded(2);
                    CustomerIdResolver fresh(t.db);
                    INFO(after << ": sort " << int(sort) << (deleted ? ", deleted" : "") << " '" << text.toStdString() << "'");
                    CHECK(idsOf(held, c) == idsOf(fresh, c));
                }
            }
        }
    };
    compare("at the start");

    for (int round = 0; round < 25; ++round) {
        const int changes = 1 + int(rng.bounded(6));
        for (int k = 0; k < changes; ++k) {
            const int what = int(rng.bounded(8));
            if (what < 4) {
                // A person edited: name, city, country, e-mail, owner, organisation.
                const qint64 id = people[rng.bounded(int(people.size()))];
                auto c = repo.get(id);
                REQUIRE(c);
                if (c->isDeleted())
                    continue;
                Customer changed = randomPerson(*c);
                REQUIRE(repo.update(changed));
            } else if (what == 4) {
                const qint64 id = people[rng.bounded(int(people.size()))];
                const auto c = repo.get(id);
                REQUIRE(c);
                REQUIRE((c->isDeleted() ? repo.restore(id) : repo.remove(id)));
            } else if (what == 5) {
                // An organisation renamed: its members move in the order by organisation.
                const qint64 id = organisations[rng.bounded(int(organisations.size()))];
                auto org = repo.get(id);
                REQUIRE(org);
                org->organisationName = QStringLiteral("%1 %2").arg(rng.bounded(2) ? QStringLiteral("Zeta") : QStringLiteral("Alfa"))
                                            .arg(rng.bounded(1000));
                REQUIRE(repo.update(*org));
            } else if (what == 6) {
                people.push_back(repo.create(randomPerson(Customer())).value());
            } else if (what == 7) {
                // By hand on the team database (psql): its trigger stamps the change (a new city;
                // updated_at alone is no change that travels).
                QSqlQuery q(t.db->connection());
                REQUIRE(q.exec(QStringLiteral("UPDATE customer SET city = 'By hand %1', updated_at = '2027-01-0%2T10:00:00.000Z'"
                                              " WHERE id = %3")
                                   .arg(round * 10 + k)
                                   .arg(1 + rng.bounded(9))
                                   .arg(people[rng.bounded(int(people.size()))])));
            }
        }
        if (round % 8 == 3) {
            // A team member renamed: all their customers move in the order by owner.
            QSqlQuery q(t.db->connection());
            REQUIRE(q.exec(QStringLiteral("UPDATE owner SET name = 'Owner %1' WHERE id = %2")
                               .arg(rng.bounded(1000))
                               .arg(owners[1 + rng.bounded(3)])));
        }
        if (round % 8 == 6) {
            // An erasure: its rows go without a trace in the feed.
            const std::size_t i = rng.bounded(int(people.size()));
            REQUIRE(Erasure(t.db).erase(people[i]));
            people.erase(people.begin() + qsizetype(i));
        }
        compare(QStringLiteral("round %1").arg(round).toUtf8().constData());
    }
}
