// Saving customers on a team database on PostgreSQL, where colleagues in the office work at the
// same moment: a save waits for one under way and merges with it, a wait that lasts too long is
// reported as busy, and what is saved there reaches the laptops with their overwritten edits listed,
// which can be reviewed and put back on the team database itself.
#include "SaveConflictSupport.h"

#include "customers/SaveMerge.h"
#include "store/Migrations.h"
#include "store/Transaction.h"
#include "sync/ConflictResolver.h"
#include "sync/PgSchema.h"
#include "sync/Synchroniser.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <chrono>
#include <future>
#include <optional>

using namespace relatio;
using namespace relatio::test;

namespace {

// What a thread of Bert's own saves (his session on the team database is per thread).
Result<CustomerRepository::SaveReport> bertSavesOnHisThread(TwoUsers &t, const Customer &edit, const Customer &opened,
                                                            SaveConflict *conflict)
{
    auto saved = t.bert->update(edit, opened, conflict);
    t.other->releaseConnection();
    return saved;
}

QVariant scalarOn(const DatabasePtr &db, const QString &sql, const QVariant &bind = {})
{
    QSqlQuery q(db->connection());
    q.prepare(sql);
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace

TEST_CASE("Two colleagues saving one customer at the same moment on a team database: the later save waits for "
          "the earlier and merges with it",
          "[save-conflict]")
{
    TwoUsers t(StoreKind::Team);
    if (t.skipped)
        return;
    const Customer opened = t.read(*t.anne); // both have the card open

    // Anne's save is under way: her transaction has written the city and not yet committed.
    WriteTransaction annesSave(t.db->connection());
    REQUIRE(annesSave.isOpen());
    Customer annes = opened;
    annes.city = QStringLiteral("Stavanger");
    REQUIRE(t.anne->updateValidated(CustomerValidator::validate(annes).normalised, ChangeHow::Edit, &opened));

    SECTION("different fields: both are kept")
    {
        Customer berts = opened;
        berts.phone = QStringLiteral("+4741234567");
        auto bertSave = std::async(std::launch::async, [&] { return bertSavesOnHisThread(t, berts, opened, nullptr); });
        // Bert's save waits for Anne's instead of reading the record as it was before it.
        CHECK(bertSave.wait_for(std::chrono::milliseconds(700)) == std::future_status::timeout);
        REQUIRE(annesSave.commit());
        const auto saved = bertSave.get();
        REQUIRE(saved);
        CHECK(saved->theirs == QStringList{QStringLiteral("city")});
        const Customer stored = t.read(*t.anne);
        CHECK(stored.city == QStringLiteral("Stavanger"));
        CHECK(stored.phone == QStringLiteral("+4741234567"));
    }
    SECTION("the same field: the later save asks, with Anne's value as theirs")
    {
        Customer berts = opened;
        berts.city = QStringLiteral("Tromsø");
        berts.notes = QStringLiteral("Called about the lease");
        SaveConflict conflict;
        auto bertSave = std::async(std::launch::async, [&] { return bertSavesOnHisThread(t, berts, opened, &conflict); });
        CHECK(bertSave.wait_for(std::chrono::milliseconds(700)) == std::future_status::timeout);
        REQUIRE(annesSave.commit());
        const auto refused = bertSave.get();
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Conflict);
        CHECK(conflict.merge.clashes == QStringList{QStringLiteral("city")});
        CHECK(conflict.theirs.city == QStringLiteral("Stavanger"));
        CHECK(conflict.yours.city == QStringLiteral("Tromsø"));
        CHECK(conflict.original.city == QStringLiteral("Bergen"));
        CHECK(conflict.theirChange.value(QStringLiteral("city")).startsWith(QStringLiteral("Anne, ")));
        // Nothing of Bert's was written, not even his note.
        const Customer stored = t.read(*t.bert);
        CHECK(stored.city == QStringLiteral("Stavanger"));
        CHECK(stored.notes.isEmpty());

        // He keeps his city: saved against what he was shown.
        Customer chosen = conflict.merge.merged;
        SaveMerge::take(chosen, conflict.yours, QStringLiteral("city"));
        REQUIRE(t.bert->update(chosen, conflict.theirs, nullptr));
        CHECK(t.read(*t.anne).city == QStringLiteral("Tromsø"));
        CHECK(t.read(*t.anne).notes == QStringLiteral("Called about the lease"));
    }
}

TEST_CASE("A save on a team database that waits too long for another writer says the database is busy and writes "
          "nothing",
          "[save-conflict]")
{
    TwoUsers t(StoreKind::Team);
    if (t.skipped)
        return;
    const Customer opened = t.read(*t.bert);
    std::optional<WriteTransaction> annesSave(std::in_place, t.db->connection());
    REQUIRE(annesSave->isOpen());
    // (The program waits 15 s; Bert's session here gives up sooner.)
    REQUIRE(QSqlQuery(t.other->connection()).exec(QStringLiteral("SET lock_timeout = 300")));

    Customer berts = opened;
    berts.city = QStringLiteral("Narvik");
    const auto busy = t.bert->update(berts, opened, nullptr);
    REQUIRE_FALSE(busy);
    CHECK(busy.error().code == Error::Code::Busy);
    CHECK(busy.error().message.contains(QStringLiteral("team database is busy")));
    annesSave.reset(); // Anne's save is given up

    CHECK(t.read(*t.bert).city == QStringLiteral("Bergen"));
    REQUIRE(t.bert->update(berts, opened, nullptr));
    CHECK(t.read(*t.anne).city == QStringLiteral("Narvik"));
}

TEST_CASE("A change saved on a team database reaches the laptops and an edit of the same field made on a laptop "
          "meanwhile is listed as overwritten and can be put back from the team database",
          "[save-conflict]")
{
    TwoUsers t(StoreKind::Team);
    if (t.skipped)
        return;
    const auto url = sync::ServerUrl::parse(t.store.address);
    REQUIRE(url);
    auto team = sync::TeamServer::connect(*url);
    REQUIRE(team);
    TempDatabase laptop;
    sync::SyncEndpoint field(laptop.db);
    REQUIRE(sync::Synchroniser::run(field, (*team)->endpoint()));

    const Customer opened = t.read(*t.anne);
    const qint64 here = scalarOn(laptop.db, QStringLiteral("SELECT id FROM customer WHERE uuid = ?"), opened.uuid)
                            .toLongLong();
    REQUIRE(here > 0);
    CustomerRepository onLaptop(laptop.db);
    onLaptop.setActor(QStringLiteral("Kari"));
    Customer karis = onLaptop.get(here).value();
    CHECK(sortedTags(karis.tags) == QStringList{QStringLiteral("Fjord"), QStringLiteral("Lead")});
    karis.city = QStringLiteral("Oslo");
    REQUIRE(onLaptop.update(karis)); // in the field, offline

    Customer annes = opened; // later, in the office
    annes.city = QStringLiteral("Stavanger");
    annes.notes = QStringLiteral("Signed the renewal");
    annes.tags.append(QStringLiteral("Renewal"));
    REQUIRE(t.anne->update(annes, opened, nullptr));

    const auto summary = sync::Synchroniser::run(field, (*team)->endpoint());
    REQUIRE(summary);
    CHECK(summary->sent >= 1);
    CHECK(summary->received >= 1);
    CHECK(summary->conflicts == 1);

    // The newer change (Anne's) wins on both sides; Kari's city is listed as overwritten.
    const Customer onField = onLaptop.get(here).value();
    CHECK(onField.city == QStringLiteral("Stavanger"));
    CHECK(onField.notes == QStringLiteral("Signed the renewal"));
    CHECK(sortedTags(onField.tags) == QStringList{QStringLiteral("Fjord"), QStringLiteral("Lead"), QStringLiteral("Renewal")});
    CHECK(t.read(*t.bert).city == QStringLiteral("Stavanger"));
    CHECK(scalarOn(laptop.db, QStringLiteral("SELECT loser_value FROM sync_conflict WHERE field = 'city' AND row_uuid = ?"),
                   opened.uuid)
              .toString()
          == QStringLiteral("Oslo"));
    // Anne's entry in the change history travelled with it.
    CHECK(scalarOn(laptop.db,
                   QStringLiteral("SELECT count(*) FROM customer_change WHERE changed_by = 'Anne' AND field = 'city'"
                                  " AND customer_id = ?"),
                   here)
              .toInt()
          == 1);

    // In the office the overwritten edit is reviewed on the team database itself: listed with where
    // each value was written, and put back.
    sync::ConflictResolver review(t.db);
    const auto listed = review.forCustomer(opened.uuid);
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    const sync::ConflictView &seen = listed->at(0);
    CHECK(seen.fieldLabel == sync::ConflictResolver::fieldLabel(QStringLiteral("city")));
    CHECK(seen.loserText == QStringLiteral("Oslo"));
    CHECK(seen.winnerText == QStringLiteral("Stavanger"));
    CHECK(seen.winnerWhere == QStringLiteral("the team database"));
    CHECK(seen.loserWhere.startsWith(QStringLiteral("another computer (")));
    REQUIRE(review.flip(seen.conflict.uuid, QStringLiteral("Anne")));
    CHECK(t.read(*t.bert).city == QStringLiteral("Oslo"));
    CHECK(t.read(*t.bert).notes == QStringLiteral("Signed the renewal"));
    CHECK(review.openCount(opened.uuid).value() == 0);

    // The answer reaches the laptop like any edit, and closes the entry there too.
    REQUIRE(sync::Synchroniser::run(field, (*team)->endpoint()));
    CHECK(onLaptop.get(here)->city == QStringLiteral("Oslo"));
    CHECK(sync::ConflictResolver(laptop.db).openCount(opened.uuid).value() == 0);
}

TEST_CASE("Opening a team database to work on refuses one without the team schema and has no file to copy",
          "[save-conflict]")
{
    const QString address = scratchTeamDatabase(QStringLiteral("relatio_open"));
    if (address.isEmpty())
        return;
    const auto url = sync::ServerUrl::parse(address);
    REQUIRE(url);
    const auto empty = sync::TeamServer::openDatabase(*url);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message.contains(QStringLiteral("not a Relatio team database yet")));

    REQUIRE((*sync::TeamServer::connect(*url))->init());
    const auto opened = sync::TeamServer::openDatabase(*url);
    REQUIRE(opened);
    CHECK((*opened)->path() == url->address());
    CHECK((*opened)->schemaVersion() == schemaMigrations().constLast().version);
    CHECK((*opened)->handle() == nullptr);
    QTemporaryDir dir;
    const auto copied = (*opened)->backupTo(dir.filePath(QStringLiteral("copy.sqlite")));
    REQUIRE_FALSE(copied);
    CHECK(copied.error().message.contains(QStringLiteral("pg_dump")));
}
