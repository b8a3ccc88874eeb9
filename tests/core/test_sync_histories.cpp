// The randomized convergence test of sync (issue 8): random histories of creates, edits, deletes,
// restores and erasures on the server and on laptops, synced in random orders through faults;
// every replica must end identical, with every overwritten concurrent edit in the conflict list.
#include "SyncHistory.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "interactions/InteractionRepository.h"
#include "maturity/Assessments.h"
#include "maturity/Criteria.h"
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
#include "value/Persona.h"
#include "util/Stamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <optional>
#include <memory>
#include <set>
#include <vector>

using namespace relatio;
using namespace relatio::sync;
using namespace relatio::sync::test;

namespace {



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
        auto follow = [&](Stamp start) {
            std::vector<Stamp> todo{start};
            while (!todo.empty()) {
                const Stamp s = todo.back();
                todo.pop_back();
                if (s.isNull() || !kept.insert({s.hlc, s.node}).second)
                    continue;
                // A write whose stamp a clock correction moved back. The move may land on the
                // stamp of an earlier write of the field on the same laptop that the moved one
                // overwrote before either was sent (no replica holds both): both are followed.
                auto moved = h.restamped.find({table, uuid, field, s.hlc, s.node});
                if (moved != h.restamped.end()) {
                    for (const qint64 old : moved->second) {
                        Stamp from = s;
                        from.hlc = old;
                        todo.push_back(from);
                    }
                }
                const auto found = writes.find({s.hlc, s.node});
                if (found != writes.end()) {
                    todo.push_back(found->second.previous);
                } else if (moved == h.restamped.end()) {
                    // Or a field set with its record, whose creation was moved.
                    moved = h.restamped.find({table, uuid, QString(), s.hlc, s.node});
                    if (moved != h.restamped.end()) {
                        for (const qint64 old : moved->second) {
                            Stamp from = s;
                            from.hlc = old;
                            todo.push_back(from);
                        }
                    }
                }
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


void runHistory(quint64 seed, int steps, ServerKind kind)
{
    QRandomGenerator rng(seed);
    const int laptopCount = 2 + int(rng.bounded(2));
    World w(laptopCount, kind);
    History h;
    // Clocks that are wrong by up to hours either way, and that jump now and then (drawn from a
    // generator of their own, so that the histories are otherwise those of earlier versions).
    for (Replica &l : w.laptops)
        REQUIRE(l.endpoint->setClockOffset(qint64(rng.bounded(7200)) * 1000 - 3600 * 1000));
    QRandomGenerator clocks(seed ^ 0x5eedc10cULL);
    // Steps on units, assessments and personas, likewise drawn apart.
    QRandomGenerator team(seed ^ 0x7ea3da7aULL);
    // Changes made by hand on a PostgreSQL team database, likewise.
    QRandomGenerator byHand(seed ^ 0x5e77e4d1ULL);
    // In a third of the worlds the first laptop keeps a subset, which changes now and then;
    // likewise drawn apart.
    QRandomGenerator subsets(seed ^ 0x5ab5e75eULL);
    const bool keepsSubset = subsets.bounded(3) == 0;

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

    auto following = [&h, &w](int laptop) {
        SyncOptions options;
        const QString node = w.laptop(laptop).endpoint->replicaId().value();
        options.restamped = [&h, node](const QString &table, const QString &uuid, const QString &field, qint64 from,
                                       qint64 to) {
            h.restamped[{table, uuid, field, to, node}].insert(from);
            h.log.append(QStringLiteral("  restamped %1 %2 %3: %4 -> %5").arg(table, uuid.left(8), field).arg(from).arg(to));
        };
        return options;
    };

    for (int step = 0; step < steps; ++step) {
        if (clocks.bounded(12) == 0) {
            const int i = int(clocks.bounded(laptopCount));
            const qint64 offset = qint64(clocks.bounded(6 * 3600)) * 1000 - 3 * 3600 * 1000;
            REQUIRE(w.laptop(i).endpoint->setClockOffset(offset));
            h.log.append(QStringLiteral("laptop%1's clock jumps to %2 s off").arg(i + 1).arg(offset / 1000));
        }
        if (team.bounded(8) == 0) {
            const int i = int(team.bounded(laptopCount + (w.serverIsFile() ? 1 : 0)));
            teamStep(h, i == laptopCount ? w.server : w.laptop(i), team);
        }
        if (!w.serverIsFile() && byHand.bounded(10) == 0)
            serverStep(h, w, byHand);
        if (keepsSubset && subsets.bounded(10) == 0)
            subsetStep(h, w, subsets);
        const int op = int(rng.bounded(120));
        if (op < 25) {
            // Sync a laptop, perhaps cut off somewhere, perhaps with every batch delivered twice.
            const int i = int(rng.bounded(laptopCount));
            SyncOptions options = following(i);
            options.batchSize = 1 + int(rng.bounded(6));
            // A quarter of the histories read pages ahead on a second connection (with
            // PostgreSQL), chosen by the seed so that the rest of each history is as before.
            options.readAheadFrom = seed % 4 == 0 ? 1 : 1000;
            // A third of the subset laptops bring customers that join by reading the feed again.
            options.joinByFeedFrom = seed % 3 == 1 ? 1 : 2000;
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
                FAIL("seed " << seed << ": sync failed: " << synced.error().toString().toStdString() << "\n"
                              << h.log.join(QLatin1Char('\n')).toStdString());
            if (synced) {
                // How often customers came into and left a laptop's subset (printed at the end).
                historyTotals()[QStringLiteral("subset joined")] += synced->joined;
                historyTotals()[QStringLiteral("subset left")] += synced->left;
                if (synced->left > 0)
                    h.log.append(QStringLiteral("  %1 customers left laptop%2").arg(synced->left).arg(i + 1));
            }
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
            const auto synced = w.sync(i, following(i));
            if (!synced)
                FAIL("seed " << seed << ": final sync failed: " << synced.error().toString().toStdString() << "\n"
                              << h.log.join(QLatin1Char('\n')).toStdString());
        }
    bool converged = true;
    QStringList differences;
    for (Replica &l : w.laptops) {
        // A laptop that keeps a subset holds the server's content within it.
        const Subset subset = l.endpoint->subset().value();
        if (l.endpoint->contentHash().value() == w.server.sync().contentHash(subset).value())
            continue;
        converged = false;
        const QStringList mine = l.endpoint->contentDump().value();
        const QStringList theirs = w.server.sync().contentDump(subset).value();
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
    for (const char *table : {"interaction", "follow_up", "consent_entry", "purchase", "product", "customer_change",
                              "org_unit", "maturity_answer", "persona", "persona_rule", "sync_conflict"})
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
