// Saving a record someone else changed since it was opened: two connections to one store (two
// users of a shared file or of the team database, or the editor and a sync), merged field by field
// against the original. Customers, contacts, follow-ups and orders, each on a Relatio file and on a
// team database on PostgreSQL (two sessions there, as two colleagues in the office). What only a
// team database has (saves at the same moment, a lock waited for) is in test_save_conflict_team.cpp.
#include "SaveConflictSupport.h"

#include "customers/SaveMerge.h"
#include "interactions/InteractionRepository.h"
#include "orders/PurchaseRepository.h"
#include "privacy/ChangeHistory.h"
#include "privacy/Erasure.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace relatio;
using namespace relatio::test;

TEST_CASE("A save keeps what someone else changed meanwhile in other fields", "[save-conflict]")
{
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const Customer opened = t.read(*t.anne);
    t.bertSaves([](Customer &c) {
        c.city = QStringLiteral("Stavanger");
        c.tags.append(QStringLiteral("Export"));
    });

    Customer mine = opened;
    mine.phone = QStringLiteral("+4741234567");
    mine.tags.removeAll(QStringLiteral("Lead"));
    mine.tags.append(QStringLiteral("VIP"));
    SaveConflict conflict;
    const auto saved = t.anne->update(mine, opened, &conflict);
    REQUIRE(saved);
    CHECK(saved->theirs == QStringList{QStringLiteral("city"), QStringLiteral("tags")});
    CHECK(saved->before.city == QStringLiteral("Stavanger"));

    const Customer stored = t.read(*t.bert);
    CHECK(stored.phone == QStringLiteral("+4741234567"));
    CHECK(stored.city == QStringLiteral("Stavanger"));
    // Tags merge per tag: Bert's Export stays, Anne's removal of Lead and addition of VIP count.
    CHECK(sortedTags(stored.tags) == QStringList{QStringLiteral("Export"), QStringLiteral("Fjord"), QStringLiteral("VIP")});

    // The history says who changed what: Anne is not recorded as having moved the customer.
    const auto history = ChangeHistory(t.db).forCustomer(t.id).value();
    QStringList anneFields;
    for (const CustomerChange &change : history)
        if (change.changedBy == QLatin1String("Anne") && change.field != ChangeHistory::kRecord)
            anneFields.append(change.field);
    anneFields.sort();
    CHECK(anneFields == QStringList{QStringLiteral("phone"), QStringLiteral("tags")});
}

TEST_CASE("A save that clashes writes nothing and reports yours, theirs and the original", "[save-conflict]")
{
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const Customer opened = t.read(*t.anne);
    t.bertSaves([](Customer &c) {
        c.email = QStringLiteral("ingrid.dahl@firma.no");
        c.notes = QStringLiteral("Prefers mornings");
    });
    const Customer afterBert = t.read(*t.anne);

    Customer mine = opened;
    mine.email = QStringLiteral("ingrid@dahl.no");
    mine.city = QStringLiteral("Oslo");
    SaveConflict conflict;
    const auto refused = t.anne->update(mine, opened, &conflict);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("Ingrid Dahl")));
    CHECK(refused.error().message.contains(ChangeHistory::fieldLabel(QStringLiteral("email"))));

    // Nothing of Anne's was written, not even the field that did not clash.
    const Customer stored = t.read(*t.bert);
    CHECK(stored.sameContent(afterBert));
    CHECK(stored.updatedAt == afterBert.updatedAt);

    CHECK(conflict.merge.clashes == QStringList{QStringLiteral("email")});
    CHECK(conflict.merge.theirs == QStringList{QStringLiteral("notes")});
    CHECK(conflict.yours.email == QStringLiteral("ingrid@dahl.no"));
    CHECK(conflict.theirs.email == QStringLiteral("ingrid.dahl@firma.no"));
    CHECK(conflict.original.email == QStringLiteral("ingrid@example.no"));
    CHECK(conflict.merge.merged.city == QStringLiteral("Oslo"));
    CHECK(conflict.merge.merged.notes == QStringLiteral("Prefers mornings"));
    // Who made the other change, from the history.
    REQUIRE(conflict.theirChange.contains(QStringLiteral("email")));
    CHECK(conflict.theirChange.value(QStringLiteral("email")).startsWith(QStringLiteral("Bert, ")));

    SECTION("the choice is saved as an edit of what is stored now")
    {
        Customer chosen = conflict.merge.merged;
        SaveMerge::take(chosen, conflict.theirs, QStringLiteral("email"));
        const auto saved = t.anne->update(chosen, conflict.theirs, nullptr);
        REQUIRE(saved);
        CHECK(saved->theirs.isEmpty());
        const Customer now = t.read(*t.bert);
        CHECK(now.email == QStringLiteral("ingrid.dahl@firma.no"));
        CHECK(now.city == QStringLiteral("Oslo"));
        CHECK(now.notes == QStringLiteral("Prefers mornings"));
    }
    SECTION("a change made while the user chose is caught again")
    {
        t.bertSaves([](Customer &c) { c.email = QStringLiteral("post@dahl-eiendom.no"); });
        Customer chosen = conflict.merge.merged;   // Anne keeps hers
        SaveConflict again;
        const auto second = t.anne->update(chosen, conflict.theirs, &again);
        REQUIRE_FALSE(second);
        CHECK(second.error().code == Error::Code::Conflict);
        CHECK(again.theirs.email == QStringLiteral("post@dahl-eiendom.no"));
        CHECK(t.read(*t.bert).city == QStringLiteral("Bergen"));
    }
    SECTION("the original value can be chosen too")
    {
        Customer chosen = conflict.merge.merged;
        SaveMerge::take(chosen, conflict.original, QStringLiteral("email"));
        REQUIRE(t.anne->update(chosen, conflict.theirs, nullptr));
        CHECK(t.read(*t.bert).email == QStringLiteral("ingrid@example.no"));
    }
}

TEST_CASE("The same change made on both sides is no clash", "[save-conflict]")
{
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const Customer opened = t.read(*t.anne);
    t.bertSaves([](Customer &c) { c.phone = QStringLiteral("+47 412 34 567"); });
    Customer mine = opened;
    mine.phone = QStringLiteral("412 34 567");      // the same number, typed differently
    mine.postcode = QStringLiteral("5003");
    SaveConflict conflict;
    const auto saved = t.anne->update(mine, opened, &conflict);
    REQUIRE(saved);
    CHECK(saved->theirs.isEmpty());
    const Customer stored = t.read(*t.bert);
    CHECK(stored.phone == QStringLiteral("+4741234567"));
    CHECK(stored.postcode == QStringLiteral("5003"));
}

TEST_CASE("Saving a record deleted elsewhere asks, and keeping yours restores it", "[save-conflict]")
{
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const Customer opened = t.read(*t.anne);
    REQUIRE(t.bert->remove(t.id));

    Customer mine = opened;
    mine.city = QStringLiteral("Ålesund");
    SaveConflict conflict;
    const auto refused = t.anne->update(mine, opened, &conflict);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(conflict.merge.clashes == QStringList{QStringLiteral("deleted_at")});
    CHECK(t.read(*t.bert).isDeleted());
    CHECK(t.read(*t.bert).city == QStringLiteral("Bergen"));

    SECTION("yours: restored with the edit")
    {
        Customer chosen = conflict.merge.merged;
        SaveMerge::take(chosen, conflict.yours, QStringLiteral("deleted_at"));
        REQUIRE(t.anne->update(chosen, conflict.theirs, nullptr));
        const Customer now = t.read(*t.bert);
        CHECK_FALSE(now.isDeleted());
        CHECK(now.city == QStringLiteral("Ålesund"));
        CHECK(t.anne->countLive().value() == 1);
    }
    SECTION("theirs: stays deleted, the edit kept in it")
    {
        Customer chosen = conflict.merge.merged;
        SaveMerge::take(chosen, conflict.theirs, QStringLiteral("deleted_at"));
        REQUIRE(t.anne->update(chosen, conflict.theirs, nullptr));
        const Customer now = t.read(*t.bert);
        CHECK(now.isDeleted());
        CHECK(now.city == QStringLiteral("Ålesund"));
        CHECK(t.anne->countLive().value() == 0);
    }
}

TEST_CASE("Saving a record erased elsewhere says so and writes nothing", "[save-conflict]")
{
    TwoUsers t;
    const Customer opened = t.read(*t.anne);
    Erasure erasure(t.other);
    erasure.setActor(QStringLiteral("Bert"));
    REQUIRE(erasure.erase(t.id));

    Customer mine = opened;
    mine.city = QStringLiteral("Tromsø");
    const auto refused = t.anne->update(mine, opened, nullptr);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::NotFound);
    CHECK(refused.error().message.contains(QStringLiteral("Ingrid Dahl")));
    CHECK(refused.error().message.contains(QStringLiteral("not saved")));
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customer")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("Going back to an earlier state keeps what others changed since", "[save-conflict]")
{
    // What undo does: the state before the edit, saved over the state the edit made.
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const Customer before = t.read(*t.anne);
    Customer edited = before;
    edited.city = QStringLiteral("Bodø");
    REQUIRE(t.anne->update(edited, before, nullptr));
    const Customer after = t.read(*t.anne);
    t.bertSaves([](Customer &c) { c.street = QStringLiteral("Strandkaien 2"); });

    REQUIRE(t.anne->update(before, after, nullptr));
    const Customer undone = t.read(*t.bert);
    CHECK(undone.city == QStringLiteral("Bergen"));
    CHECK(undone.street == QStringLiteral("Strandkaien 2"));

    // Undo that would overwrite a later change of the same field is refused.
    t.bertSaves([](Customer &c) { c.city = QStringLiteral("Molde"); });
    const auto redo = t.anne->update(after, before, nullptr);
    REQUIRE_FALSE(redo);
    CHECK(redo.error().code == Error::Code::Conflict);
    CHECK(t.read(*t.bert).city == QStringLiteral("Molde"));
}

TEST_CASE("The three-way merge is symmetric and idempotent per field", "[save-conflict]")
{
    Customer original;
    original.givenName = QStringLiteral("Kari");
    original.city = QStringLiteral("Oslo");
    original.tags = {QStringLiteral("A"), QStringLiteral("B")};
    Customer yours = original;
    yours.city = QStringLiteral("Bergen");
    yours.tags = {QStringLiteral("a"), QStringLiteral("C")};    // B removed, C added; "a" is A
    Customer theirs = original;
    theirs.email = QStringLiteral("kari@example.no");
    theirs.tags = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D")};

    const auto m = SaveMerge::merge(original, yours, theirs);
    CHECK(m.clashes.isEmpty());
    CHECK(m.merged.city == QStringLiteral("Bergen"));
    CHECK(m.merged.email == QStringLiteral("kari@example.no"));
    CHECK(m.merged.tags == QStringList{QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("C")});
    // The other way round gives the same content.
    const auto back = SaveMerge::merge(original, theirs, yours);
    CHECK(back.clashes.isEmpty());
    CHECK(SaveMerge::same(back.merged, m.merged, QStringLiteral("tags")));
    CHECK(back.merged.city == m.merged.city);
    CHECK(back.merged.email == m.merged.email);
    // Merging the result again changes nothing.
    const auto again = SaveMerge::merge(original, m.merged, theirs);
    CHECK(again.clashes.isEmpty());
    CHECK(again.merged.sameContent(m.merged));
    // Nothing changed elsewhere: yours as it is.
    const auto alone = SaveMerge::merge(original, yours, original);
    CHECK(alone.theirs.isEmpty());
    CHECK(alone.merged.sameContent(yours));
}

TEST_CASE("Saving a contact merges with a change made elsewhere, and asks on a clash", "[save-conflict]")
{
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    InteractionRepository anne(t.db);
    InteractionRepository bert(t.other);
    Interaction i;
    i.customerId = t.id;
    i.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(10, 30), QTimeZone::utc());
    i.channelId = 1;
    i.kind = InteractionKind::Complaint;
    i.subject = QStringLiteral("Invoice twice");
    const qint64 id = anne.create(i).value();
    const Interaction opened = anne.get(id).value();

    // Bert rates it and takes the complaint; Anne rewrites the subject and the notes.
    Interaction his = bert.get(id).value();
    his.csat = 2;
    his.notes = QStringLiteral("Called back, credit note sent");
    REQUIRE(bert.update(his, bert.get(id).value(), nullptr));
    Interaction mine = opened;
    mine.subject = QStringLiteral("Invoice sent twice in November");
    SECTION("different fields merge")
    {
        const auto saved = anne.update(mine, opened, nullptr);
        REQUIRE(saved);
        CHECK(saved->theirs == QStringList{QStringLiteral("notes"), QStringLiteral("csat")});
        const Interaction stored = anne.get(id).value();
        CHECK(stored.subject == QStringLiteral("Invoice sent twice in November"));
        CHECK(stored.notes == QStringLiteral("Called back, credit note sent"));
        CHECK(stored.csat == 2);
    }
    SECTION("the same field clashes, and nothing is written")
    {
        mine.notes = QStringLiteral("Customer angry");
        RecordConflict<Interaction> conflict;
        const auto refused = anne.update(mine, opened, &conflict);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Conflict);
        CHECK(refused.error().message.contains(InteractionRepository::fieldLabel(QStringLiteral("notes"))));
        CHECK(conflict.merge.clashes == QStringList{QStringLiteral("notes")});
        CHECK(anne.get(id)->subject == QStringLiteral("Invoice twice"));
        CHECK(InteractionRepository::fieldText(conflict.theirs, QStringLiteral("notes"))
              == QStringLiteral("Called back, credit note sent"));
        // Choosing theirs saves Anne's subject with Bert's notes.
        Interaction chosen = conflict.merge.merged;
        for (const auto &f : InteractionRepository::mergeFields())
            if (f.name == QLatin1String("notes"))
                f.take(chosen, conflict.theirs);
        REQUIRE(anne.update(chosen, conflict.theirs, nullptr));
        const Interaction stored = anne.get(id).value();
        CHECK(stored.subject == QStringLiteral("Invoice sent twice in November"));
        CHECK(stored.notes == QStringLiteral("Called back, credit note sent"));
    }
    SECTION("deleted elsewhere asks before the edit is saved")
    {
        REQUIRE(bert.remove(id));
        RecordConflict<Interaction> conflict;
        const auto refused = anne.update(mine, opened, &conflict);
        REQUIRE_FALSE(refused);
        CHECK(conflict.merge.clashes == QStringList{QStringLiteral("deleted_at")});
        Interaction keep = conflict.merge.merged;    // yours: not deleted
        REQUIRE(anne.update(keep, conflict.theirs, nullptr));
        CHECK_FALSE(anne.get(id)->deletedAt.isValid());
        CHECK(anne.get(id)->subject == QStringLiteral("Invoice sent twice in November"));
    }
}

TEST_CASE("Saving an order merges with a change made elsewhere, and asks on a clash", "[save-conflict]")
{
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    PurchaseRepository anne(t.db);
    PurchaseRepository bert(t.other);
    Purchase p;
    p.customerId = t.id;
    p.orderedOn = QDate(2026, 11, 2);
    p.amount = 125000;
    p.currency = QStringLiteral("NOK");
    p.quantity = 5;
    const qint64 id = anne.create(p).value();
    const Purchase opened = anne.get(id).value();

    Purchase his = bert.get(id).value();
    his.externalId = QStringLiteral("SO-2026-881");
    his.amount = 120000;
    REQUIRE(bert.update(his, bert.get(id).value(), nullptr));

    Purchase mine = opened;
    mine.quantity = 4;
    SECTION("different fields merge")
    {
        const auto saved = anne.update(mine, opened, nullptr);
        REQUIRE(saved);
        CHECK(saved->before.amount == 120000);
        const Purchase stored = anne.get(id).value();
        CHECK(stored.quantity == 4);
        CHECK(stored.amount == 120000);
        CHECK(stored.externalId == QStringLiteral("SO-2026-881"));
    }
    SECTION("the same field clashes")
    {
        mine.amount = 100000;
        RecordConflict<Purchase> conflict;
        const auto refused = anne.update(mine, opened, &conflict);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Conflict);
        CHECK(conflict.merge.clashes == QStringList{QStringLiteral("amount")});
        CHECK(anne.get(id)->quantity == 5);
        CHECK(PurchaseRepository::fieldText(conflict.yours, QStringLiteral("amount")).contains(QStringLiteral("1")));
        // Keeping yours.
        REQUIRE(anne.update(conflict.merge.merged, conflict.theirs, nullptr));
        const Purchase stored = anne.get(id).value();
        CHECK(stored.amount == 100000);
        CHECK(stored.quantity == 4);
        CHECK(stored.externalId == QStringLiteral("SO-2026-881"));
    }
}

TEST_CASE("Undoing a save that restored a record deletes it again", "[save-conflict]")
{
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const Customer opened = t.read(*t.anne);
    REQUIRE(t.bert->remove(t.id));
    Customer mine = opened;
    mine.city = QStringLiteral("Narvik");
    SaveConflict conflict;
    REQUIRE_FALSE(t.anne->update(mine, opened, &conflict));
    const auto saved = t.anne->update(conflict.merge.merged, conflict.theirs, nullptr);   // yours: keep it
    REQUIRE(saved);
    CHECK(saved->before.isDeleted());
    const Customer after = t.read(*t.anne);
    REQUIRE_FALSE(after.isDeleted());

    // What Ctrl+Z does: the state before the save, over the state it made.
    REQUIRE(t.anne->update(saved->before, after, nullptr));
    const Customer undone = t.read(*t.bert);
    CHECK(undone.isDeleted());
    CHECK(undone.city == QStringLiteral("Bergen"));
}

TEST_CASE("A person made an organisation elsewhere clashes with an edit of the person's name", "[save-conflict]")
{
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const Customer opened = t.read(*t.anne);
    t.bertSaves([](Customer &c) {
        c.kind = CustomerKind::Organisation;
        c.organisationName = QStringLiteral("Dahl Eiendom AS");
        c.givenName.clear();
        c.familyName.clear();
    });
    Customer mine = opened;
    mine.familyName = QStringLiteral("Dahl-Berg");
    SaveConflict conflict;
    const auto refused = t.anne->update(mine, opened, &conflict);
    REQUIRE_FALSE(refused);
    CHECK(conflict.merge.clashes.contains(QStringLiteral("kind")));
    CHECK(t.read(*t.bert).organisationName == QStringLiteral("Dahl Eiendom AS"));
}

TEST_CASE("Contacts and orders: tidied spaces are no change, an order's amount goes with its currency, and the "
          "customer stays where it is now",
          "[save-conflict]")
{
    TwoUsers t;
    InteractionRepository contacts(t.db);
    Interaction i;
    i.customerId = t.id;
    i.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());
    i.channelId = 1;
    i.subject = QStringLiteral("price  question");       // two spaces, as an import may store it
    i.notes = QStringLiteral("asked about volume prices\n");
    const qint64 contact = contacts.create(i).value();
    const Interaction opened = contacts.get(contact).value();
    InteractionRepository bertContacts(t.other);
    Interaction his = bertContacts.get(contact).value();
    his.subject = QStringLiteral("price question (volume)");
    REQUIRE(bertContacts.update(his, bertContacts.get(contact).value(), nullptr));
    // The form tidies the subject and the notes; Anne changes only the channel.
    Interaction mine = opened;
    mine.subject = opened.subject.simplified();
    mine.notes = opened.notes.trimmed();
    mine.channelId = 2;
    const auto saved = contacts.update(mine, opened, nullptr);
    REQUIRE(saved);
    CHECK(contacts.get(contact)->subject == QStringLiteral("price question (volume)"));
    CHECK(contacts.get(contact)->channelId == 2);

    // Orders: another customer takes the order (an import), and the currency changes with it.
    Customer other;
    other.organisationName = QStringLiteral("Fjord Handel AS");
    other.kind = CustomerKind::Organisation;
    other.country = QStringLiteral("NO");
    const qint64 otherId = t.anne->create(other).value();
    PurchaseRepository orders(t.db);
    Purchase p;
    p.customerId = t.id;
    p.orderedOn = QDate(2026, 10, 1);
    p.amount = 10000;
    p.currency = QStringLiteral("NOK");
    const qint64 order = orders.create(p).value();
    const Purchase openedOrder = orders.get(order).value();
    QSqlQuery move(t.other->connection());
    REQUIRE(move.exec(QStringLiteral("UPDATE purchase SET customer_id = %1, amount_cents = 900, currency = 'EUR'"
                                     " WHERE id = %2").arg(otherId).arg(order)));
    Purchase mineOrder = openedOrder;
    mineOrder.quantity = 2;
    const auto savedOrder = orders.update(mineOrder, openedOrder, nullptr);
    REQUIRE(savedOrder);
    const Purchase stored = orders.get(order).value();
    CHECK(stored.customerId == otherId);
    CHECK(stored.amount == 900);
    CHECK(stored.currency == QStringLiteral("EUR"));
    CHECK(stored.quantity == 2);
    // Anne changing the amount in her currency clashes with theirs as one field.
    Purchase mineAmount = stored;
    mineAmount.amount = 1200;
    REQUIRE(move.exec(QStringLiteral("UPDATE purchase SET currency = 'SEK' WHERE id = %1").arg(order)));
    RecordConflict<Purchase> conflict;
    REQUIRE_FALSE(orders.update(mineAmount, stored, &conflict));
    CHECK(conflict.merge.clashes == QStringList{QStringLiteral("amount")});
}

TEST_CASE("Saving a follow-up merges with a change made elsewhere, and asks on a clash", "[save-conflict]")
{
    TwoUsers t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    InteractionRepository anne(t.db);
    InteractionRepository bert(t.other);
    FollowUp f;
    f.customerId = t.id;
    f.dueDate = QDate(2026, 12, 10);
    f.note = QStringLiteral("Send the offer");
    const qint64 id = anne.createFollowUp(f).value();
    const FollowUp opened = anne.getFollowUp(id).value();

    FollowUp his = bert.getFollowUp(id).value();
    his.dueDate = QDate(2026, 12, 14);
    REQUIRE(bert.updateFollowUp(his, bert.getFollowUp(id).value(), nullptr));

    FollowUp mine = opened;
    mine.note = QStringLiteral("Send the offer with volume prices");
    REQUIRE(anne.updateFollowUp(mine, opened, nullptr));
    CHECK(anne.getFollowUp(id)->dueDate == QDate(2026, 12, 14));
    CHECK(anne.getFollowUp(id)->note == QStringLiteral("Send the offer with volume prices"));

    // Both move the due date: a clash, nothing written.
    const FollowUp now = anne.getFollowUp(id).value();
    his = bert.getFollowUp(id).value();
    his.dueDate = QDate(2026, 12, 20);
    REQUIRE(bert.updateFollowUp(his, now, nullptr));
    FollowUp mine2 = now;
    mine2.dueDate = QDate(2026, 12, 11);
    RecordConflict<FollowUp> conflict;
    const auto refused = anne.updateFollowUp(mine2, now, &conflict);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(conflict.merge.clashes == QStringList{QStringLiteral("due_date")});
    CHECK(anne.getFollowUp(id)->dueDate == QDate(2026, 12, 20));

    // Deleted elsewhere: said, nothing written.
    REQUIRE(bert.removeFollowUp(id));
    const auto gone = anne.updateFollowUp(mine2, now, nullptr);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == Error::Code::NotFound);
}
