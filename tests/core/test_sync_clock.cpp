// Sync between replicas whose clocks are wrong (issue 8): the hybrid logical clock keeps an edit
// made on a fast or slow clock from winning over later ones, corrects the laptop's clock at a
// sync, and the server refuses stamps far ahead of its own. The other scenarios are in
// test_sync.cpp.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "sync/SyncEndpoint.h"
#include "sync/Synchroniser.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdlib>

using namespace relatio;
using namespace relatio::sync;
using namespace relatio::sync::test;

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
    const auto summary = w.sync(0);
    REQUIRE(summary);
    // The sync found the clock three hours ahead, said so, and went by the server's from then on;
    // the edit made meanwhile reached the server with the corrected time.
    CHECK(std::abs(summary->clockSkewMs - 3 * 3600 * 1000) < 10000);
    CHECK(summary->restamped == 1);
    CHECK(Synchroniser::clockText(*summary)
          == QStringLiteral("This computer's clock is 3 h ahead of the team server's; Relatio goes by the server's "
                            "time from now on. 1 record changed here meanwhile now carries the corrected time."));
    const qint64 serverNow = w.server.sync().clockNow().value();
    CHECK(std::abs(w.laptop(0).endpoint->clockNow().value() - serverNow) < 10000);
    const Stamp city = w.server.sync().fieldStamps(QStringLiteral("customer"), uuid).value().value(QStringLiteral("city"));
    CHECK(city.node == w.laptop(0).endpoint->replicaId().value());
    CHECK((city.hlc >> 16) <= serverNow);
    CHECK((city.hlc >> 16) > serverNow - 60000);
    REQUIRE(w.sync(1));
    // Laptop 2 saw the fast clock's edit; what it writes after that is newer all the same.
    edit(w.laptop(1), uuid, [](Customer &c) { c.city = QStringLiteral("Apeldoorn"); });
    w.syncAll(2);
    requireConverged(w);
    CHECK(cityOf(w.laptop(0), uuid) == QStringLiteral("Apeldoorn"));
    CHECK(w.server.sync().conflicts().value().isEmpty());
    // Set right once, the clock is not corrected again.
    CHECK(w.sync(0).value().clockSkewMs == 0);
}

TEST_CASE("An edit made offline on a fast clock loses to a later edit made elsewhere, and is listed", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    const QString uuid = create(w.laptop(0), person(QStringLiteral("Els"), QStringLiteral("Visser"), QStringLiteral("Ede")));
    w.syncAll(1);
    // Laptop 1, its clock three hours fast, changes the city first and a customer it creates;
    // laptop 2 changes the city later and syncs first.
    REQUIRE(w.laptop(0).endpoint->setClockOffset(3 * 3600 * 1000));
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Arnhem"); });
    const QString made = create(w.laptop(0), person(QStringLiteral("Fenna"), QStringLiteral("Bos"), QStringLiteral("Zeist")));
    QThread::msleep(200);
    edit(w.laptop(1), uuid, [](Customer &c) { c.city = QStringLiteral("Zutphen"); });
    REQUIRE(w.sync(1));
    const auto summary = w.sync(0);
    REQUIRE(summary);
    CHECK(summary->restamped == 2);
    CHECK(summary->conflicts == 1);
    w.syncAll(2);
    requireConverged(w);
    // Without the correction the fast clock's earlier edit would have won for three hours.
    CHECK(cityOf(w.laptop(0), uuid) == QStringLiteral("Zutphen"));
    const auto conflicts = w.server.sync().conflicts(QStringLiteral("customer"), uuid);
    REQUIRE(conflicts);
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->first().loserValue.toString() == QStringLiteral("Arnhem"));
    CHECK(conflicts->first().winnerValue.toString() == QStringLiteral("Zutphen"));
    // The customer made meanwhile carries the corrected time of its creation everywhere.
    const qint64 serverNow = w.server.sync().clockNow().value();
    const Stamp created = w.server.sync().readRecords(QStringLiteral("customer"), {made}).value().value(0).created;
    CHECK((created.hlc >> 16) <= serverNow);
    CHECK((created.hlc >> 16) > serverNow - 60000);
}

TEST_CASE("Edits made while the clock ran ahead are moved back also when it is right again by the sync", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(1, kind);
    const QString uuid = create(w.laptop(0), person(QStringLiteral("Kees"), QStringLiteral("Dekker"), QStringLiteral("Ede")));
    w.syncAll(1);
    REQUIRE(w.laptop(0).endpoint->setClockOffset(2 * 3600 * 1000));
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Arnhem"); });
    REQUIRE(w.laptop(0).endpoint->setClockOffset(0)); // someone set the clock right
    const auto summary = w.sync(0);
    REQUIRE(summary);
    CHECK(summary->clockSkewMs == 0);
    CHECK(summary->restamped == 1);
    CHECK(Synchroniser::clockText(*summary)
          == QStringLiteral("1 record changed here carried a time ahead of the team server's clock; it now carries "
                            "the time of this sync."));
    const qint64 serverNow = w.server.sync().clockNow().value();
    const Stamp city = w.server.sync().fieldStamps(QStringLiteral("customer"), uuid).value().value(QStringLiteral("city"));
    CHECK((city.hlc >> 16) <= serverNow);
    CHECK(cityOf(w.server, uuid) == QStringLiteral("Arnhem"));
    // Nothing ahead any more: the next sync says nothing about the clock.
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Tiel"); });
    const auto again = w.sync(0);
    REQUIRE(again);
    CHECK(again->restamped == 0);
    CHECK(Synchroniser::clockText(*again).isEmpty());
    CHECK(cityOf(w.server, uuid) == QStringLiteral("Tiel"));
}

TEST_CASE("A clock correction keeps an edit newer than the value it replaced", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    const QString uuid = create(w.laptop(1), person(QStringLiteral("Gijs"), QStringLiteral("Mulder"), QStringLiteral("Ede")));
    w.syncAll(2);
    // Laptop 1 edits with its clock three hours fast; by the time it syncs, its clock is six
    // hours fast. Moved back by six hours, the edit would fall before the value it replaced, and
    // be lost without a trace; it stays just after it instead.
    REQUIRE(w.laptop(0).endpoint->setClockOffset(3 * 3600 * 1000));
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Arnhem"); });
    REQUIRE(w.laptop(0).endpoint->setClockOffset(6 * 3600 * 1000));
    const auto summary = w.sync(0);
    REQUIRE(summary);
    CHECK(std::abs(summary->clockSkewMs - 6 * 3600 * 1000) < 10000);
    CHECK(summary->restamped == 1);
    w.syncAll(2);
    requireConverged(w);
    CHECK(cityOf(w.laptop(1), uuid) == QStringLiteral("Arnhem"));
    CHECK(w.server.sync().conflicts().value().isEmpty());
}

TEST_CASE("A change moved back stays newer than its own earlier value that reached the server unacknowledged", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(1, kind);
    const QString uuid = create(w.laptop(0), person(QStringLiteral("Lotte"), QStringLiteral("Kok"), QStringLiteral("Ede")));
    w.syncAll(1);
    // The server takes the first change, but the connection drops before the laptop hears so.
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Arnhem"); });
    SyncOptions dropped;
    dropped.dropAt = [](const char *at) { return qstrcmp(at, "pushed") == 0; };
    REQUIRE_FALSE(w.sync(0, dropped));
    CHECK(cityOf(w.server, uuid) == QStringLiteral("Arnhem"));
    // The second change is made on a clock three hours fast, which is six hours fast by the sync:
    // moved back by six hours it would fall before the first, which the server would keep.
    REQUIRE(w.laptop(0).endpoint->setClockOffset(3 * 3600 * 1000));
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Tiel"); });
    REQUIRE(w.laptop(0).endpoint->setClockOffset(6 * 3600 * 1000));
    REQUIRE(w.sync(0));
    w.syncAll(1);
    requireConverged(w);
    CHECK(cityOf(w.server, uuid) == QStringLiteral("Tiel"));
    CHECK(w.server.sync().conflicts().value().isEmpty());
}

TEST_CASE("A change on top of a value the server holds ahead of its clock goes through", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(1, kind);
    const QString uuid = create(w.laptop(0), person(QStringLiteral("Mads"), QStringLiteral("Berg"), QStringLiteral("Ede")));
    w.syncAll(1);
    // What an older Relatio let in, or what a server whose clock was set back holds: a city
    // stamped three hours ahead of the server's clock.
    const qint64 ahead = (w.server.sync().clockNow().value() + 3 * 3600 * 1000) << 16;
    {
        QSqlQuery q(w.server.conn());
        if (w.server.team)
            REQUIRE(q.exec(QStringLiteral("ALTER TABLE sync_clock DISABLE TRIGGER sync_clock_refuse_future")));
        REQUIRE(q.exec(QStringLiteral("UPDATE sync_clock SET hlc = %1, applying = 1 WHERE id = 1").arg(ahead)));
        REQUIRE(q.exec(QStringLiteral("UPDATE customer SET city = 'Bergen' WHERE uuid = '%1'").arg(uuid)));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO field_stamp (tbl, uuid, field, hlc, node) VALUES ('customer', '%1',"
                                      " 'city', %2, 'old-laptop') ON CONFLICT (tbl, uuid, field) DO UPDATE SET"
                                      " hlc = excluded.hlc, node = excluded.node").arg(uuid).arg(ahead)));
        REQUIRE(q.exec(QStringLiteral("UPDATE sync_clock SET seq = seq + 1, applying = 0 WHERE id = 1")));
        REQUIRE(q.exec(QStringLiteral("UPDATE row_stamp SET seq = (SELECT seq FROM sync_clock WHERE id = 1)"
                                      " WHERE tbl = 'customer' AND uuid = '%1'").arg(uuid)));
        if (w.server.team)
            REQUIRE(q.exec(QStringLiteral("ALTER TABLE sync_clock ENABLE TRIGGER sync_clock_refuse_future")));
    }
    REQUIRE(w.sync(0));
    CHECK(cityOf(w.laptop(0), uuid) == QStringLiteral("Bergen"));
    // The laptop's change of the city must be newer than that value, and so ahead too: the
    // server takes it (one tick past what it holds), and nothing is left waiting.
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Tromsø"); });
    const auto summary = w.sync(0);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary);
    CHECK(summary->sent == 1);
    CHECK(cityOf(w.server, uuid) == QStringLiteral("Tromsø"));
    CHECK(w.server.sync().conflicts().value().isEmpty());
    requireConverged(w);
    // A change of another field is not held back by it either.
    edit(w.laptop(0), uuid, [](Customer &c) { c.notes = QStringLiteral("Ringer tilbake"); });
    REQUIRE(w.sync(0));
    requireConverged(w);
}

TEST_CASE("A laptop clock hours behind is set right, and what it writes next wins", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    const QString uuid = create(w.laptop(1), person(QStringLiteral("Hanna"), QStringLiteral("Smit"), QStringLiteral("Ede")));
    w.syncAll(2);
    REQUIRE(w.laptop(0).endpoint->setClockOffset(-(26 * 3600 + 20 * 60) * qint64(1000)));
    edit(w.laptop(1), uuid, [](Customer &c) { c.city = QStringLiteral("Zutphen"); });
    REQUIRE(w.sync(1));
    const auto summary = w.sync(0);
    REQUIRE(summary);
    CHECK(std::abs(summary->clockSkewMs + (26 * 3600 + 20 * 60) * qint64(1000)) < 10000);
    CHECK(summary->restamped == 0); // nothing it wrote lies ahead of the server's clock
    CHECK(Synchroniser::clockText(*summary)
          == QStringLiteral("This computer's clock is 26 h 20 min behind the team server's; Relatio goes by the "
                            "server's time from now on."));
    edit(w.laptop(0), uuid, [](Customer &c) { c.city = QStringLiteral("Tiel"); });
    w.syncAll(2);
    requireConverged(w);
    CHECK(cityOf(w.laptop(1), uuid) == QStringLiteral("Tiel"));
    CHECK(w.server.sync().conflicts().value().isEmpty());
    CHECK(Synchroniser::spanText(3 * 60 * 1000) == QStringLiteral("3 min"));
    CHECK(Synchroniser::spanText(5 * 24 * 3600 * qint64(1000)) == QStringLiteral("5 days"));
    CHECK(Synchroniser::spanText(-3 * 3600 * qint64(1000)) == QStringLiteral("3 h"));
}

TEST_CASE("The team server refuses stamps far ahead of its clock, and takes nothing of their batch", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(1, kind);
    Replica &laptop = w.laptop(0);
    const QString uuid = create(laptop, person(QStringLiteral("Ivo"), QStringLiteral("Jansen"), QStringLiteral("Ede")));
    w.syncAll(1);
    const QByteArray before = w.server.sync().contentHash().value();
    const QString laptopId = laptop.endpoint->replicaId().value();
    // What an older Relatio sends from a clock an hour fast, without correcting it first.
    auto push = [&]() {
        const qint64 pushed = w.server.sync().peer(laptopId).value().pushedUpto;
        const auto feed = laptop.endpoint->readFeed(pushed, 1000, true);
        REQUIRE(feed);
        return w.server.sync().apply(feed->records, SyncEndpoint::Mode::Push, laptopId,
                                     {laptopId, QStringLiteral("replica"), std::nullopt, feed->last});
    };
    REQUIRE(laptop.endpoint->setClockOffset(3600 * 1000));
    edit(laptop, uuid, [](Customer &c) { c.city = QStringLiteral("Arnhem"); });
    create(laptop, person(QStringLiteral("Joke"), QStringLiteral("de Boer"), QStringLiteral("Ede")));
    const auto refused = push();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("ahead of its clock")));
    CHECK(w.server.sync().contentHash().value() == before);
    CHECK(w.server.sync().peer(laptopId).value().pushedUpto < laptop.endpoint->readFeed(0, 1000, true).value().last);
    // A sync of this version sets the clock right first, and its changes go through.
    REQUIRE(w.sync(0));
    requireConverged(w);
    CHECK(cityOf(w.server, uuid) == QStringLiteral("Arnhem"));
    // A clock a minute fast is within the tolerance: taken as it is.
    REQUIRE(laptop.endpoint->setClockOffset(60 * 1000));
    edit(laptop, uuid, [](Customer &c) { c.city = QStringLiteral("Tiel"); });
    REQUIRE(push());
    CHECK(cityOf(w.server, uuid) == QStringLiteral("Tiel"));

    if (kind == ServerKind::PostgreSQL) {
        // The database itself refuses a clock moved far ahead, whoever writes, but lets a clock
        // already ahead tick on.
        QSqlQuery q(w.server.team->connection());
        const qint64 ahead = (w.server.sync().clockNow().value() + 3600 * 1000) << 16;
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE sync_clock SET hlc = %1 WHERE id = 1").arg(ahead)));
        CHECK(q.lastError().text().contains(QStringLiteral("refuses changes stamped 60 minutes ahead of its clock")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE sync_clock DISABLE TRIGGER sync_clock_refuse_future")));
        REQUIRE(q.exec(QStringLiteral("UPDATE sync_clock SET hlc = %1 WHERE id = 1").arg(ahead)));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE sync_clock ENABLE TRIGGER sync_clock_refuse_future")));
        CHECK(q.exec(QStringLiteral("UPDATE sync_clock SET hlc = hlc + 1 WHERE id = 1")));
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE sync_clock SET hlc = hlc + 65536 WHERE id = 1")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE sync_clock DISABLE TRIGGER sync_clock_refuse_future")));
        REQUIRE(q.exec(QStringLiteral("UPDATE sync_clock SET hlc = %1 WHERE id = 1").arg(w.server.sync().clockNow().value() << 16)));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE sync_clock ENABLE TRIGGER sync_clock_refuse_future")));
    }
}
