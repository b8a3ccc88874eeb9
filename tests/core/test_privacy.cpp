// Permission marketing and privacy: the consent ledger and its derived state, marketing lists, the
// change history and the retention review (the subject export and erasure: test_erasure.cpp).
#include "CliTestSupport.h"
#include "PgTestSupport.h"
#include "PrivacyTestSupport.h"

#include "csv/CustomerImporter.h"
#include "csv/InteractionImporter.h"
#include "csv/OrderImporter.h"
#include "customers/CustomerRepository.h"
#include "privacy/ChangeHistory.h"
#include "privacy/ConsentRepository.h"
#include "privacy/CustomerReferences.h"
#include "privacy/Erasure.h"
#include "privacy/MarketingExporter.h"
#include "privacy/PrivacyModels.h"
#include "privacy/RejectFiles.h"
#include "privacy/Retention.h"
#include "privacy/SubjectExport.h"
#include "store/Migrations.h"
#include "util/Stamps.h"
#include "value/ValueStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace relatio;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;
using relatio::test::writeFile;
using namespace relatio::test::privacy;
using relatio::test::numberFrom;


TEST_CASE("The consent state is derived from the ledger: grant, double opt-in, withdrawal", "[privacy]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    ConsentRepository consents(t.db);
    consents.setActor(QStringLiteral("Anna"));
    const qint64 jan = addPerson(t.db, QStringLiteral("Jan"), QStringLiteral("Smit"), QStringLiteral("jan@smit.example"));

    // Nothing recorded: every default purpose, not asked.
    const auto initial = consents.states(jan);
    REQUIRE(initial);
    REQUIRE(initial->size() == 5);
    for (const ConsentState &s : *initial)
        CHECK(s.status == ConsentStatus::None);

    // E-mail purposes wait for the address to confirm; others count at once.
    const qint64 newsletterText = textOf(t.db, kNewsletter);
    const auto granted = consents.grant(record(jan, kNewsletter, newsletterText, utc("2025-01-10T09:00:00.000Z")));
    REQUIRE(granted);
    CHECK(statusOf(t.db, jan, kNewsletter) == ConsentStatus::Pending);
    REQUIRE(consents.grant(record(jan, kPhone, textOf(t.db, kPhone), utc("2025-01-10T09:00:00.000Z"), ConsentSource::Phone)));
    CHECK(statusOf(t.db, jan, kPhone) == ConsentStatus::Active);

    // A confirmation before the grant, or without one waiting, is refused.
    CHECK(consents.confirm(jan, kNewsletter, utc("2025-01-09T09:00:00.000Z")).error().code == Error::Code::Invalid);
    CHECK(consents.confirm(jan, kPhone, utc("2025-01-11T09:00:00.000Z")).error().code == Error::Code::Invalid);
    REQUIRE(consents.confirm(jan, kNewsletter, utc("2025-01-10T09:05:00.000Z"), QStringLiteral("link clicked")));
    CHECK(statusOf(t.db, jan, kNewsletter) == ConsentStatus::Active);
    {
        const auto states = consents.states(jan);
        REQUIRE(states);
        CHECK(states->first().confirmedAt == utc("2025-01-10T09:05:00.000Z"));
        CHECK(states->first().basis->id == *granted);
        CHECK(states->first().basis->recordedBy == QStringLiteral("Anna"));
    }
    CHECK(consents.confirm(jan, kNewsletter, utc("2025-01-12T09:00:00.000Z")).error().code == Error::Code::Invalid);

    // Withdrawn: a new entry; then granted again, the new grant needs its own confirmation.
    ConsentRecord withdrawal = record(jan, kNewsletter, 0, utc("2025-02-01T12:00:00.000Z"), ConsentSource::Email);
    REQUIRE(consents.withdraw(withdrawal));
    CHECK(statusOf(t.db, jan, kNewsletter) == ConsentStatus::Withdrawn);
    REQUIRE(consents.grant(record(jan, kNewsletter, newsletterText, utc("2025-03-01T12:00:00.000Z"))));
    CHECK(statusOf(t.db, jan, kNewsletter) == ConsentStatus::Pending);
    REQUIRE(consents.confirm(jan, kNewsletter, utc("2025-03-01T12:10:00.000Z")));
    CHECK(statusOf(t.db, jan, kNewsletter) == ConsentStatus::Active);

    // Order is by when it happened: a letter of withdrawal dated before the last grant, recorded
    // later, does not undo the newer grant; one dated after it does.
    REQUIRE(consents.withdraw(record(jan, kPhone, 0, utc("2024-12-01T00:00:00.000Z"), ConsentSource::Letter)));
    CHECK(statusOf(t.db, jan, kPhone) == ConsentStatus::Active);
    REQUIRE(consents.withdraw(record(jan, kPhone, 0, utc("2025-06-01T00:00:00.000Z"), ConsentSource::Letter)));
    CHECK(statusOf(t.db, jan, kPhone) == ConsentStatus::Withdrawn);

    // Nothing is overwritten: eight entries, in the order they happened.
    const auto ledger = consents.entries(jan);
    REQUIRE(ledger);
    CHECK(ledger->size() == 8);
    CHECK(std::is_sorted(ledger->cbegin(), ledger->cend(),
                         [](const ConsentEntry &a, const ConsentEntry &b) { return a.occurredAt < b.occurredAt; }));
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM consent_entry WHERE action = 'confirm'")) == 2);

    // The store itself refuses to change or remove an entry, or a wording.
    QSqlQuery q(t.db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE consent_entry SET action = 'grant' WHERE action = 'withdraw'")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE consent_entry SET evidence = 'written over later'")));
    // (A team database says so in its own words: its triggers guard what every laptop must keep.)
    INFO(q.lastError().text().toStdString());
    CHECK(q.lastError().text().contains(t.db->dialect() == Dialect::SQLite ? QStringLiteral("never changed")
                                                                            : QStringLiteral("fixed once the record is made")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM consent_entry")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE consent_text SET wording = 'something else'")));
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM consent_entry")) == 8);
}

TEST_CASE("A grant must name its wording, a live customer and a purpose in use", "[privacy]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    ConsentRepository consents(t.db);
    const qint64 jan = addPerson(t.db, QStringLiteral("Jan"), QStringLiteral("Smit"), QStringLiteral("jan@smit.example"));
    const QDateTime when = utc("2025-01-10T09:00:00.000Z");

    CHECK(consents.grant(record(jan, kNewsletter, 0, when)).error().code == Error::Code::Invalid);
    CHECK(consents.grant(record(jan, kNewsletter, textOf(t.db, kPhone), when)).error().code == Error::Code::Invalid);
    CHECK(consents.grant(record(jan, kNewsletter, textOf(t.db, kNewsletter), QDateTime::currentDateTimeUtc().addDays(2)))
              .error().code == Error::Code::Invalid);
    CHECK(consents.grant(record(9999, kNewsletter, textOf(t.db, kNewsletter), when)).error().code == Error::Code::NotFound);

    REQUIRE(consents.setPurposeRetired(kEmailMarketing, true));
    CHECK(consents.grant(record(jan, kEmailMarketing, textOf(t.db, kEmailMarketing), when)).error().code
          == Error::Code::Invalid);
    // Retired purposes leave the card unless the customer has entries for them.
    CHECK(consents.states(jan)->size() == 4);

    REQUIRE(CustomerRepository(t.db).remove(jan));
    CHECK(consents.grant(record(jan, kNewsletter, textOf(t.db, kNewsletter), when)).error().code == Error::Code::Invalid);
    // Withdrawing is always possible.
    CHECK(consents.withdraw(record(jan, kNewsletter, 0, when)));
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM consent_entry")) == 1);
}

TEST_CASE("Derivation does not depend on the order entries arrive in", "[privacy]")
{
    ConsentPurpose newsletter;
    newsletter.id = 1;
    newsletter.requiresDoubleOptIn = true;
    auto entry = [](qint64 id, ConsentAction action, const char *when, const QString &uuid, const QString &confirms = {}) {
        ConsentEntry e;
        e.id = id;
        e.purposeId = 1;
        e.action = action;
        e.occurredAt = utc(when);
        e.recordedAt = utc(when);
        e.uuid = uuid;
        e.confirmsUuid = confirms;
        return e;
    };
    const QList<ConsentEntry> entries = {
        entry(4, ConsentAction::Confirm, "2025-01-02T00:00:00.000Z", QStringLiteral("d"), QStringLiteral("c")),
        entry(1, ConsentAction::Grant, "2024-01-01T00:00:00.000Z", QStringLiteral("a")),
        entry(3, ConsentAction::Grant, "2025-01-01T00:00:00.000Z", QStringLiteral("c")),
        entry(2, ConsentAction::Withdraw, "2024-06-01T00:00:00.000Z", QStringLiteral("b")),
    };
    QList<ConsentEntry> reversed(entries.crbegin(), entries.crend());
    for (const auto &list : {entries, reversed}) {
        const ConsentState s = deriveConsentState(newsletter, list);
        CHECK(s.status == ConsentStatus::Active);
        CHECK(s.basis->id == 3);
        CHECK(s.confirmedAt == utc("2025-01-02T00:00:00.000Z"));
    }
    // A confirmation of an older grant does not confirm a newer one.
    const QList<ConsentEntry> stale = {
        entry(1, ConsentAction::Grant, "2024-01-01T00:00:00.000Z", QStringLiteral("a")),
        entry(2, ConsentAction::Confirm, "2024-01-01T01:00:00.000Z", QStringLiteral("b"), QStringLiteral("a")),
        entry(3, ConsentAction::Withdraw, "2024-06-01T00:00:00.000Z", QStringLiteral("c")),
        entry(4, ConsentAction::Grant, "2025-01-01T00:00:00.000Z", QStringLiteral("d")),
    };
    CHECK(deriveConsentState(newsletter, stale).status == ConsentStatus::Pending);
    newsletter.requiresDoubleOptIn = false;
    CHECK(deriveConsentState(newsletter, stale).status == ConsentStatus::Active);
    CHECK(deriveConsentState(newsletter, {}).status == ConsentStatus::None);
}

TEST_CASE("Purposes are an editable list, and their wording comes in versions", "[privacy]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    ConsentRepository consents(t.db);
    const auto purposes = consents.purposes();
    REQUIRE(purposes);
    QStringList codes;
    for (const ConsentPurpose &p : *purposes)
        codes.append(p.code);
    CHECK(codes == QStringList{QStringLiteral("newsletter"), QStringLiteral("email_marketing"), QStringLiteral("phone"),
                               QStringLiteral("post"), QStringLiteral("profiling")});
    CHECK(purposes->at(0).requiresDoubleOptIn);
    CHECK(purposes->at(1).requiresDoubleOptIn);
    CHECK_FALSE(purposes->at(2).requiresDoubleOptIn);
    CHECK(purposes->at(0).uuid == QStringLiteral("808ba037-ce91-5196-abe0-eefbffd8be84"));

    const auto sms = consents.addPurpose(QStringLiteral("  Text messages "), ConsentMedium::Phone, false);
    REQUIRE(sms);
    CHECK(consents.purpose(*sms)->displayName() == QStringLiteral("Text messages"));
    CHECK(consents.purpose(*sms)->position == 6);
    CHECK(consents.findPurpose(QStringLiteral("text MESSAGES"))->id == *sms);
    CHECK(consents.findPurpose(QStringLiteral("newsletter"))->id == kNewsletter);
    CHECK(consents.findPurpose(QStringLiteral("E-mail newsletter"))->id == kNewsletter);
    CHECK(consents.findPurpose(QStringLiteral("fax")).error().code == Error::Code::NotFound);
    REQUIRE(consents.renamePurpose(kNewsletter, QStringLiteral("Nieuwsbrief")));
    CHECK(consents.findPurpose(QStringLiteral("nieuwsbrief"))->id == kNewsletter);
    CHECK(consents.findPurpose(QStringLiteral("newsletter"))->id == kNewsletter);
    CHECK(consents.addPurpose(QStringLiteral(" "), ConsentMedium::Email, true).error().code == Error::Code::Invalid);

    const auto v1 = consents.addText(*sms, QStringLiteral("nl"), QStringLiteral("Ja, stuur mij sms-berichten."));
    const auto v2 = consents.addText(*sms, QStringLiteral("nl"), QStringLiteral("Ja, stuur mij af en toe een sms."));
    REQUIRE(v1);
    REQUIRE(v2);
    const auto texts = consents.texts(*sms);
    REQUIRE(texts->size() == 2);
    CHECK(texts->at(0).version == 2);
    CHECK(texts->at(0).label() == QStringLiteral("Version 2 (nl)"));
    CHECK(texts->at(1).wording == QStringLiteral("Ja, stuur mij sms-berichten."));
    CHECK(consents.addText(*sms, {}, QStringLiteral("  ")).error().code == Error::Code::Invalid);
}

TEST_CASE("A marketing list holds only live customers with permission in force and is logged on a file or a team database",
          "[privacy]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    ConsentRepository consents(t.db);
    const qint64 text = textOf(t.db, kNewsletter);
    const QDateTime when = utc("2025-01-10T09:00:00.000Z");
    const QDateTime confirmed = utc("2025-01-10T09:30:00.000Z");
    auto confirmedGrant = [&](qint64 id) {
        REQUIRE(consents.grant(record(id, kNewsletter, text, when)));
        REQUIRE(consents.confirm(id, kNewsletter, confirmed));
    };
    const qint64 anna = addPerson(t.db, QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("anna@berg.example"));
    confirmedGrant(anna);
    const qint64 bram = addPerson(t.db, QStringLiteral("Bram"), QStringLiteral("Dijk"), QStringLiteral("bram@dijk.example"));
    REQUIRE(consents.grant(record(bram, kNewsletter, text, when))); // never confirmed
    const qint64 cleo = addPerson(t.db, QStringLiteral("Cleo"), QStringLiteral("Vos"), QStringLiteral("cleo@vos.example"));
    confirmedGrant(cleo);
    REQUIRE(consents.withdraw(record(cleo, kNewsletter, 0, utc("2025-02-01T00:00:00.000Z"))));
    const qint64 dirk = addPerson(t.db, QStringLiteral("Dirk"), QStringLiteral("Bos"), QStringLiteral("dirk@bos.example"));
    confirmedGrant(dirk);
    REQUIRE(CustomerRepository(t.db).remove(dirk)); // tombstoned
    const qint64 eva = addPerson(t.db, QStringLiteral("Eva"), QStringLiteral("Mol"), {}, QStringLiteral("+31612345678"));
    confirmedGrant(eva); // no e-mail address to send to
    const qint64 fleur = addPerson(t.db, QStringLiteral("=Fleur"), QStringLiteral("Kok"), QStringLiteral("fleur@kok.example"),
                                   QStringLiteral("+31687654321"));
    confirmedGrant(fleur);
    REQUIRE(consents.grant(record(fleur, kPhone, textOf(t.db, kPhone), when, ConsentSource::Phone)));
    addPerson(t.db, QStringLiteral("Gijs"), QStringLiteral("Wit"), QStringLiteral("gijs@wit.example")); // never asked

    MarketingExporter exporter(t.db);
    exporter.setActor(QStringLiteral("Marketing Mia"));
    CHECK(*exporter.eligible(kNewsletter) == std::vector<qint64>{anna, eva, fleur});
    CHECK(*exporter.eligible(kPhone) == std::vector<qint64>{fleur});
    CHECK(exporter.eligible(kEmailMarketing)->empty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newsletter.csv"));
    const auto summary = exporter.exportList(kNewsletter, path, MarketingExportOptions{QLatin1Char(';'), true});
    REQUIRE(summary);
    CHECK(summary->written == 2);
    CHECK(summary->withoutContact == 1);
    const QString file = QString::fromUtf8(readBytes(path));
    const QStringList lines = file.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(readBytes(path).startsWith("\xEF\xBB\xBF" "id;"));
    CHECK(lines[0].endsWith(QStringLiteral("id;given_name;family_name;organisation;language;email;consent_given_at;"
                                     "consent_confirmed_at;consent_text_version;consent_source")));
    CHECK(lines[1].contains(QStringLiteral("anna@berg.example;2025-01-10T09:00:00.000Z;2025-01-10T09:30:00.000Z;1;Web form")));
    CHECK(lines[2].contains(QStringLiteral(";'=Fleur;Kok;"))); // a formula is neutralised
    for (const char *absent : {"bram@", "cleo@", "dirk@", "gijs@", "Eva"})
        CHECK_FALSE(file.contains(QLatin1String(absent)));

    const QString calls = dir.filePath(QStringLiteral("calls.csv"));
    REQUIRE(exporter.exportList(kPhone, calls));
    CHECK(readBytes(calls).startsWith("id,given_name,family_name,organisation,language,phone,mobile,"));
    CHECK(readBytes(calls).contains("+31687654321"));

    const auto log = exporter.log();
    REQUIRE(log);
    REQUIRE(log->size() == 2);
    CHECK(log->at(1).purpose == QStringLiteral("E-mail newsletter"));
    CHECK(log->at(1).customers == 2);
    CHECK(log->at(1).exportedBy == QStringLiteral("Marketing Mia"));
    CHECK(log->at(1).fileName == QStringLiteral("newsletter.csv"));
    CHECK(log->at(1).exportedAt.isValid());

    // A file that cannot be written leaves no log entry.
    CHECK_FALSE(exporter.exportList(kNewsletter, dir.filePath(QStringLiteral("missing/dir/list.csv"))));
    CHECK(exporter.log()->size() == 2);
}

TEST_CASE("The change history records every change, how and by whom", "[privacy]")
{
    TempDatabase t;
    CustomerRepository customers(t.db);
    customers.setActor(QStringLiteral("Anna"));
    const auto owner = customers.ensureOwner(QStringLiteral("Piet Verkoop"));
    REQUIRE(owner);
    Customer c;
    c.givenName = QStringLiteral("Jan");
    c.familyName = QStringLiteral("Smit");
    c.email = QStringLiteral("jan@smit.example");
    c.country = QStringLiteral("NL");
    c.tags = {QStringLiteral("b"), QStringLiteral("a")};
    const auto id = customers.create(c);
    REQUIRE(id);

    ChangeHistoryModel model(t.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.setCustomer(*id));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ChangeHistoryModel::What).data().toString() == QStringLiteral("Created"));
    CHECK(model.index(0, ChangeHistoryModel::By).data().toString() == QStringLiteral("Anna"));

    auto edited = customers.get(*id);
    edited->email = QStringLiteral("jan.smit@example.com");
    edited->ownerId = *owner;
    edited->tags = {QStringLiteral("A"), QStringLiteral("B")}; // the same tags: no change
    customers.setActor(QStringLiteral("Bert"));
    REQUIRE(customers.update(*edited));
    edited = customers.get(*id);
    REQUIRE(customers.update(*edited)); // nothing changed, nothing recorded

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    REQUIRE(model.refresh());
    CHECK(inserted.count() == 2);
    CHECK(reset.count() == 0);
    REQUIRE(model.rowCount() == 3);
    QStringList fields;
    for (int row = 0; row < 2; ++row) {
        CHECK(model.index(row, ChangeHistoryModel::By).data().toString() == QStringLiteral("Bert"));
        fields.append(model.changeAt(row).field);
    }
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("email"), QStringLiteral("owner")});
    const auto changes = ChangeHistory(t.db).forCustomer(*id);
    REQUIRE(changes);
    for (const CustomerChange &change : *changes) {
        if (change.field == QLatin1String("email")) {
            CHECK(change.oldValue == QStringLiteral("jan@smit.example"));
            CHECK(change.newValue == QStringLiteral("jan.smit@example.com"));
            CHECK(change.how == ChangeHow::Edit);
        } else if (change.field == QLatin1String("owner")) {
            CHECK(change.oldValue.isEmpty());
            CHECK(change.newValue == QStringLiteral("Piet Verkoop"));
        }
    }

    // Deleted and restored.
    REQUIRE(customers.remove(*id));
    REQUIRE(customers.restore(*id));
    REQUIRE(model.refresh());
    CHECK(model.index(0, ChangeHistoryModel::What).data().toString() == QStringLiteral("Restored"));
    CHECK(model.index(1, ChangeHistoryModel::What).data().toString() == QStringLiteral("Deleted"));

    // An import's changes and their undo, with who imported.
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("cities.csv"),
                                   "email,city,given_name,family_name\n"
                                   "jan.smit@example.com,Leiden,Jan,Smit\n"
                                   "new@person.example,Delft,Nieuw,Persoon\n");
    csv::ImportOptions options;
    options.onDuplicate = csv::DuplicatePolicy::Update;
    options.actor = QStringLiteral("Importer Ivo");
    csv::CustomerImporter importer(t.db);
    const auto summary = importer.import(file, options);
    REQUIRE(summary);
    REQUIRE(summary->updated == 1);
    REQUIRE(importer.undoImport(summary->batchId, QStringLiteral("Undoer Ulla")));
    const auto all = ChangeHistory(t.db).forCustomer(*id);
    REQUIRE(all);
    const CustomerChange &undone = all->at(0);
    const CustomerChange &byImport = all->at(1);
    CHECK(byImport.field == QStringLiteral("city"));
    CHECK(byImport.newValue == QStringLiteral("Leiden"));
    CHECK(byImport.how == ChangeHow::Import);
    CHECK(byImport.changedBy == QStringLiteral("Importer Ivo"));
    CHECK(undone.field == QStringLiteral("city"));
    CHECK(undone.oldValue == QStringLiteral("Leiden"));
    CHECK(undone.how == ChangeHow::ImportUndo);
    CHECK(undone.changedBy == QStringLiteral("Undoer Ulla"));

    // The record the import made: its creation is derived from the import, its deletion by the
    // undo is recorded.
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM customer WHERE email = 'new@person.example'")));
    REQUIRE(q.next());
    const auto made = ChangeHistory(t.db).forCustomer(q.value(0).toLongLong());
    REQUIRE(made);
    REQUIRE(made->size() == 2);
    CHECK(made->at(0).field == ChangeHistory::kDeleted);
    CHECK(made->at(0).how == ChangeHow::ImportUndo);
    CHECK(made->at(1).field == ChangeHistory::kRecord);
    CHECK(made->at(1).id == 0);
    CHECK(made->at(1).changedBy == QStringLiteral("Import of cities.csv"));

    // The history is never rewritten.
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE customer_change SET changed_by = 'someone else'")));
}

TEST_CASE("The consent models follow the ledger with fine-grained signals", "[privacy]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const qint64 jan = addPerson(t.db, QStringLiteral("Jan"), QStringLiteral("Smit"), QStringLiteral("jan@smit.example"));
    ConsentStateModel states(t.db);
    ConsentLedgerModel ledger(t.db);
    QAbstractItemModelTester stateTester(&states, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester ledgerTester(&ledger, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(states.setCustomer(jan));
    REQUIRE(ledger.setCustomer(jan));
    CHECK(states.rowCount() == 5);
    CHECK(ledger.rowCount() == 0);
    CHECK(states.index(0, ConsentStateModel::State).data().toString() == QStringLiteral("Not asked"));

    ConsentRepository consents(t.db);
    REQUIRE(consents.grant(record(jan, kNewsletter, textOf(t.db, kNewsletter), utc("2025-01-10T09:00:00.000Z"))));
    QSignalSpy changed(&states, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&ledger, &QAbstractItemModel::rowsInserted);
    QSignalSpy stateReset(&states, &QAbstractItemModel::modelReset);
    REQUIRE(states.refresh());
    REQUIRE(ledger.refresh());
    CHECK(stateReset.count() == 0);
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toModelIndex().row() == states.rowOfPurpose(kNewsletter));
    CHECK(states.index(0, ConsentStateModel::State).data().toString() == QStringLiteral("Waiting for confirmation"));
    CHECK(states.index(0, 0).data(ConsentStateModel::StatusRole).toInt()
          == int(ConsentStatus::Pending));
    CHECK(states.index(0, ConsentStateModel::Wording).data().toString() == QStringLiteral("Version 1 (en)"));
    CHECK(inserted.count() == 1);

    REQUIRE(consents.confirm(jan, kNewsletter, utc("2025-01-10T10:00:00.000Z")));
    REQUIRE(ledger.refresh());
    CHECK(inserted.count() == 2);
    CHECK(ledger.index(0, ConsentLedgerModel::Action).data().toString() == QStringLiteral("Address confirmed"));
    CHECK(ledger.index(1, ConsentLedgerModel::Action).data().toString() == QStringLiteral("Permission given"));
    // A back-dated entry lands in its place, still as an insertion.
    REQUIRE(consents.withdraw(record(jan, kNewsletter, 0, utc("2024-01-01T00:00:00.000Z"))));
    REQUIRE(ledger.refresh());
    CHECK(inserted.count() == 3);
    CHECK(inserted.last().at(1).toInt() == 2);
    CHECK(ledger.rowCount() == 3);
}

TEST_CASE("The retention review lists customers without activity since the cutoff", "[privacy]")
{
    // On a Relatio file and on a team database alike.
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    CustomerRepository customers(t.db);
    auto old = [&](const char *given, const char *updated) {
        Customer c;
        c.givenName = QString::fromLatin1(given);
        c.familyName = QStringLiteral("Oud");
        c.country = QStringLiteral("NL");
        c.createdAt = utc("2018-01-01T00:00:00.000Z");
        c.updatedAt = utc(updated);
        const auto id = customers.create(c);
        REQUIRE(id);
        return *id;
    };
    const qint64 quiet = old("Quiet", "2019-05-01T00:00:00.000Z");
    const qint64 quieter = old("Quieter", "2018-05-01T00:00:00.000Z");
    const qint64 called = old("Called", "2019-05-01T00:00:00.000Z");
    addInteraction(t.db, called, QStringLiteral("Call"), {}, "2024-02-01T00:00:00.000Z");
    const qint64 consented = old("Consented", "2019-05-01T00:00:00.000Z");
    REQUIRE(ConsentRepository(t.db).withdraw(record(consented, kPhone, 0, utc("2023-02-01T00:00:00.000Z"))));
    const qint64 oldContact = old("OldContact", "2019-05-01T00:00:00.000Z");
    addInteraction(t.db, oldContact, QStringLiteral("Call"), {}, "2020-02-01T00:00:00.000Z");
    const qint64 deleted = old("Deleted", "2019-05-01T00:00:00.000Z");
    exec(t.db, QStringLiteral("UPDATE customer SET deleted_at = '2019-06-01T00:00:00.000Z' WHERE id = %1").arg(deleted));
    old("Recent", "2024-05-01T00:00:00.000Z");

    const auto found = Retention(t.db).inactiveSince(utc("2022-01-01T00:00:00.000Z"));
    REQUIRE(found);
    REQUIRE(found->size() == 3);
    CHECK(found->at(0).id == quieter);
    CHECK(found->at(1).id == quiet);
    CHECK(found->at(2).id == oldContact);
    CHECK(found->at(2).lastActivity == utc("2020-02-01T00:00:00.000Z"));
    CHECK(found->at(1).displayName == QStringLiteral("Quiet Oud"));
    CHECK(Retention::cutoffForYears(3, utc("2026-03-01T00:00:00.000Z")) == utc("2023-03-01T00:00:00.000Z"));

    RetentionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setCandidates(*found);
    model.removeCustomer(quiet);
    CHECK(model.rowCount() == 2);
    CHECK(model.index(1, 0).data(RetentionModel::CustomerIdRole).toLongLong() == oldContact);
}
