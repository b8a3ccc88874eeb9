// Changes made on the team database itself (team schema 5): a report tool, psql or a script that
// writes there is stamped like a laptop, so that its changes reach every laptop and a concurrent
// edit is a conflict like any other; what could not travel is refused with the reason.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "sync/ConflictResolver.h"
#include "sync/PgSchema.h"
#include "sync/SyncEndpoint.h"
#include "sync/Synchroniser.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace relatio;
using namespace relatio::sync;
using namespace relatio::sync::test;

namespace {

QString handMadeUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Runs one statement on the team database as a person with psql would (no Relatio around it).
void onServer(World &w, const QString &sql)
{
    QSqlQuery q(w.server.conn());
    INFO(sql.toStdString());
    const bool done = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(done);
}

// The same, expected to be refused: the error's text.
QString refusedOnServer(World &w, const QString &sql)
{
    QSqlQuery q(w.server.conn());
    INFO(sql.toStdString());
    REQUIRE_FALSE(q.exec(sql));
    return q.lastError().text();
}

} // namespace

TEST_CASE("A change made on the team database itself reaches every laptop, and a concurrent edit there is a conflict",
          "[sync][postgres]")
{
    if (skipped(ServerKind::PostgreSQL))
        return;
    World w(2, ServerKind::PostgreSQL);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);
    Customer c = person(QStringLiteral("Anna"), QStringLiteral("Jansen"), QStringLiteral("Gouda"));
    c.email = QStringLiteral("anna@jansen.example");
    const QString anna = create(a, c);
    w.syncAll(1);

    // Laptop b changes the city offline; a moment later someone corrects it on the server, and
    // laptop a changes the e-mail address (another field: no conflict).
    edit(b, anna, [](Customer &x) { x.city = QStringLiteral("Delft"); });
    QThread::msleep(5);
    onServer(w, QStringLiteral("UPDATE customer SET city = 'Leiden' WHERE uuid = '%1'").arg(anna));
    edit(a, anna, [](Customer &x) { x.email = QStringLiteral("anna@werk.example"); });

    // New on the server by hand: a customer, a tag on Anna.
    const QString piet = handMadeUuid();
    const QString vip = handMadeUuid();
    onServer(w, QStringLiteral("INSERT INTO customer (uuid, kind, given_name, family_name, city, country, created_at,"
                               " updated_at) VALUES ('%1', 'person', 'Piet', 'de Vries', 'Zwolle', 'NL',"
                               " '2026-12-06T09:00:00.000Z', '2026-12-06T09:00:00.000Z')")
                    .arg(piet));
    onServer(w, QStringLiteral("INSERT INTO tag (uuid, name, created_at, updated_at) VALUES ('%1', 'VIP',"
                               " '2026-12-06T09:00:00.000Z', '2026-12-06T09:00:00.000Z')")
                    .arg(vip));
    onServer(w, QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id) SELECT c.id, t.id FROM customer AS c, tag AS t"
                               " WHERE c.uuid = '%1' AND t.uuid = '%2'")
                    .arg(anna, vip));

    const auto first = w.sync(0);
    REQUIRE(first);
    CHECK(first->sent == 1);
    CHECK(first->received == 3); // Anna (city, tag), Piet, the tag
    CHECK(first->conflicts == 0);
    CHECK(cityOf(a, anna) == QStringLiteral("Leiden"));
    const auto second = w.sync(1);
    REQUIRE(second);
    CHECK(second->conflicts == 1);
    w.syncAll(1);
    requireConverged(w);

    for (Replica *r : w.all()) {
        INFO(r->name.toStdString());
        // The server's edit was the newer: it stays, and b's value is listed as overwritten.
        CHECK(cityOf(*r, anna) == QStringLiteral("Leiden"));
        CHECK(scalar(*r, QStringLiteral("SELECT email FROM customer WHERE uuid = '%1'").arg(anna)).toString()
              == QStringLiteral("anna@werk.example"));
        CHECK(scalar(*r, QStringLiteral("SELECT loser_value || ' < ' || winner_value FROM sync_conflict"
                                         " WHERE row_uuid = '%1' AND field = 'city'")
                             .arg(anna))
                  .toString()
              == QStringLiteral("Delft < Leiden"));
        CHECK(scalar(*r, QStringLiteral("SELECT t.name FROM customer_tag AS ct JOIN tag AS t ON t.id = ct.tag_id"
                                         " JOIN customer AS c ON c.id = ct.customer_id WHERE c.uuid = '%1'")
                             .arg(anna))
                  .toString()
              == QStringLiteral("VIP"));
        CHECK(scalar(*r, QStringLiteral("SELECT city FROM customer WHERE uuid = '%1'").arg(piet)).toString()
              == QStringLiteral("Zwolle"));
    }
    // Laptop b's card says where each value was written.
    const auto views = ConflictResolver(b.db).forCustomer(anna);
    REQUIRE(views);
    REQUIRE(views->size() == 1);
    CHECK(views->first().loserText == QStringLiteral("Delft"));
    CHECK(views->first().loserWhere == QStringLiteral("this computer"));
    CHECK(views->first().winnerWhere == QStringLiteral("the team database"));

    // On the laptops the hand-made record is whole: its derived columns are made on arrival.
    CHECK_FALSE(scalar(a, QStringLiteral("SELECT sort_name FROM customer WHERE uuid = '%1'").arg(piet)).toString().isEmpty());

    // A tombstone set by hand is a deletion like any other; taking a tag off is an edit of the
    // customer.
    onServer(w, QStringLiteral("UPDATE customer SET deleted_at = '2026-12-06T10:00:00.000Z' WHERE uuid = '%1'").arg(piet));
    onServer(w, QStringLiteral("DELETE FROM customer_tag WHERE customer_id = (SELECT id FROM customer WHERE uuid = '%1')").arg(anna));
    const auto third = w.sync(1);
    REQUIRE(third);
    CHECK(third->received == 2);
    w.syncAll(1);
    requireConverged(w);
    for (Replica *r : w.all()) {
        INFO(r->name.toStdString());
        CHECK_FALSE(scalar(*r, QStringLiteral("SELECT deleted_at FROM customer WHERE uuid = '%1'").arg(piet)).isNull());
        CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM customer_tag AS ct JOIN customer AS c ON c.id = ct.customer_id"
                                         " WHERE c.uuid = '%1'")
                             .arg(anna))
                  .toInt()
              == 0);
    }

    // Writing something that is already so stamps nothing: the next sync has nothing to bring.
    onServer(w, QStringLiteral("UPDATE customer SET city = city"));
    const auto quiet = w.sync(0);
    REQUIRE(quiet);
    CHECK(quiet->received == 0);
}

TEST_CASE("The team database refuses by hand what could not reach the laptops, and keeps what it holds", "[sync][postgres]")
{
    if (skipped(ServerKind::PostgreSQL))
        return;
    World w(1, ServerKind::PostgreSQL);
    Replica &a = w.laptop(0);
    const QString anna = create(a, person(QStringLiteral("Anna"), QStringLiteral("Jansen"), QStringLiteral("Gouda")));
    w.syncAll(1);

    // Removed for good, the laptops would keep it.
    CHECK(refusedOnServer(w, QStringLiteral("DELETE FROM customer WHERE uuid = '%1'").arg(anna))
              .contains(QStringLiteral("customer %1 cannot be removed. Set its deleted_at instead").arg(anna)));
    // A record's identity and the fields fixed when it is made.
    CHECK(refusedOnServer(w, QStringLiteral("UPDATE customer SET uuid = 'x' WHERE uuid = '%1'").arg(anna))
              .contains(QStringLiteral("Only the changeable fields of customer %1").arg(anna)));
    const QString contact = handMadeUuid();
    onServer(w, QStringLiteral("INSERT INTO interaction (uuid, customer_id, occurred_at, channel_id, direction, kind,"
                               " subject, created_at, updated_at) SELECT '%1', c.id, '2026-12-06T09:00:00.000Z',"
                               " (SELECT min(id) FROM channel), 'in', 'question', 'Called', '2026-12-06T09:00:00.000Z',"
                               " '2026-12-06T09:00:00.000Z' FROM customer AS c WHERE c.uuid = '%2'")
                    .arg(contact, anna));
    // Writing a fixed field's own value again is no change, and is let through.
    onServer(w, QStringLiteral("UPDATE interaction SET customer_id = customer_id + 0 WHERE uuid = '%1'").arg(contact));
    create(a, person(QStringLiteral("Bo"), QStringLiteral("Berg"), QStringLiteral("Ede")));
    w.syncAll(1);
    CHECK(refusedOnServer(w, QStringLiteral("UPDATE interaction SET customer_id = (SELECT max(id) FROM customer)"
                                            " WHERE uuid = '%1'")
                                 .arg(contact))
              .contains(QStringLiteral("Only the changeable fields of interaction %1").arg(contact)));
    // An erasure is Relatio's to make: it takes the customer's data with it.
    CHECK(refusedOnServer(w, QStringLiteral("INSERT INTO customer_erasure (uuid, erased_at) VALUES ('%1',"
                                            " '2026-12-06T09:00:00.000Z')")
                                 .arg(anna))
              .contains(QStringLiteral("An erasure of customer %1 cannot be written by hand").arg(anna)));

    // Nothing of the refused statements stayed; the contact made by hand reached the laptop.
    CHECK(scalar(w.server, QStringLiteral("SELECT count(*) FROM customer")).toInt() == 2);
    CHECK(scalar(w.server, QStringLiteral("SELECT count(*) FROM customer_erasure")).toInt() == 0);
    w.syncAll(1);
    requireConverged(w);
    CHECK(scalar(a, QStringLiteral("SELECT subject FROM interaction WHERE uuid = '%1'").arg(contact)).toString()
          == QStringLiteral("Called"));
    CHECK(cityOf(a, anna) == QStringLiteral("Gouda"));

    // What sync writes on the server is its own: no change of the server's is made of it (the
    // laptop's records keep the laptop's stamps).
    CHECK(scalar(w.server, QStringLiteral("SELECT count(*) FROM field_stamp WHERE node = (SELECT value FROM meta"
                                          " WHERE key = 'replica_id')"))
              .toInt()
          == 0);
    CHECK(scalar(w.server, QStringLiteral("SELECT node FROM row_stamp WHERE uuid = '%1'").arg(anna)).toString()
          .startsWith(QStringLiteral("laptop1-")));
}
