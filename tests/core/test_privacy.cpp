// Permission marketing and privacy: the consent ledger and its derived state, marketing lists, the
// complete subject export, erasure without a trace, the change history and the retention review.
#include "CliTestSupport.h"
#include "PgTestSupport.h"

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

namespace {

constexpr qint64 kNewsletter = 1;   // the default purposes, as migration 4 made them
constexpr qint64 kEmailMarketing = 2;
constexpr qint64 kPhone = 3;

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void exec(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

qint64 addPerson(const DatabasePtr &db, const QString &given, const QString &family, const QString &email,
                 const QString &mobile = {})
{
    Customer c;
    c.givenName = given;
    c.familyName = family;
    c.email = email;
    c.mobile = mobile;
    c.country = QStringLiteral("NL");
    const auto id = CustomerRepository(db).create(c);
    REQUIRE(id);
    return *id;
}

// The first wording of a purpose (migration 4 gives every default one).
qint64 textOf(const DatabasePtr &db, qint64 purposeId)
{
    const auto texts = ConsentRepository(db).texts(purposeId);
    REQUIRE(texts);
    REQUIRE_FALSE(texts->isEmpty());
    return texts->last().id;
}

ConsentRecord record(qint64 customer, qint64 purpose, qint64 text, const QDateTime &when,
                     ConsentSource source = ConsentSource::WebForm)
{
    ConsentRecord r;
    r.customerId = customer;
    r.purposeId = purpose;
    r.textId = text;
    r.occurredAt = when;
    r.source = source;
    return r;
}

ConsentStatus statusOf(const DatabasePtr &db, qint64 customer, qint64 purpose)
{
    const auto states = ConsentRepository(db).states(customer);
    REQUIRE(states);
    for (const ConsentState &s : *states)
        if (s.purpose.id == purpose)
            return s.status;
    FAIL("no state for the purpose");
    return ConsentStatus::None;
}

QDateTime utc(const char *iso)
{
    return fromStoredTime(QString::fromLatin1(iso));
}

void addInteraction(const DatabasePtr &db, qint64 customer, const QString &subject, const QString &notes,
                    const char *when = "2025-03-01T10:00:00.000Z")
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO interaction (uuid, customer_id, occurred_at, channel_id, direction, kind,"
                             " subject, notes, csat, created_at, updated_at) VALUES (?, ?, ?, 1, 'in', 'complaint', ?, ?,"
                             " 4, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(customer);
    q.addBindValue(QString::fromLatin1(when));
    q.addBindValue(subject);
    q.addBindValue(notes.isNull() ? QString(QLatin1String("")) : notes);
    q.addBindValue(QString::fromLatin1(when));
    q.addBindValue(QString::fromLatin1(when));
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

void addFollowUp(const DatabasePtr &db, qint64 customer, const QString &note)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO follow_up (uuid, customer_id, due_date, note, created_at, updated_at)"
                             " VALUES (?, ?, '2025-04-01', ?, '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z')"));
    q.addBindValue(newUuid());
    q.addBindValue(customer);
    q.addBindValue(note);
    REQUIRE(q.exec());
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Every table and column of the store holding the text anywhere (as text or inside a blob).
QStringList placesHolding(const DatabasePtr &db, const QString &text)
{
    QStringList places;
    QSqlQuery tables(db->connection());
    // Virtual tables keep nothing of their own: their shadow tables are searched.
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery columns(db->connection());
        REQUIRE(columns.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(CustomerReferences::quoted(table))));
        const QSqlRecord rec = columns.record();
        for (int i = 0; i < rec.count(); ++i) {
            QSqlQuery q(db->connection());
            // As written, and as the search index keeps words: in lower case.
            q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE instr(CAST(%2 AS BLOB), CAST(? AS BLOB)) > 0"
                                     " OR instr(CAST(%2 AS BLOB), CAST(? AS BLOB)) > 0")
                          .arg(CustomerReferences::quoted(table), CustomerReferences::quoted(rec.fieldName(i))));
            q.addBindValue(text);
            q.addBindValue(text.toLower());
            REQUIRE(q.exec());
            REQUIRE(q.next());
            if (q.value(0).toLongLong() > 0)
                places.append(table + QLatin1Char('.') + rec.fieldName(i));
        }
    }
    return places;
}

} // namespace

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
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM consent_entry WHERE action = 'confirm'")) == 2);

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
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM consent_entry")) == 8);
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
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM consent_entry")) == 1);
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

TEST_CASE("A marketing list holds only live customers with permission in force, and is logged", "[privacy]")
{
    TempDatabase t;
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

TEST_CASE("The subject export holds every row of every table that refers to the customer", "[privacy]")
{
    // On a Relatio file and on a team database alike (its schema read from PostgreSQL's catalog).
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const bool team = t.db->dialect() == Dialect::PostgreSQL;
    // A table added later (orders, with lines): the export must find it from the schema alone.
    exec(t.db, QStringLiteral("CREATE TABLE orders (id %1 PRIMARY KEY, customer_id bigint NOT NULL"
                              " REFERENCES customer(id), total INTEGER NOT NULL)")
                   .arg(team ? QStringLiteral("bigint GENERATED BY DEFAULT AS IDENTITY") : QStringLiteral("INTEGER")));
    exec(t.db, QStringLiteral("CREATE TABLE order_line (order_id bigint NOT NULL REFERENCES orders(id)"
                              " ON DELETE CASCADE, item TEXT NOT NULL)"));

    CustomerRepository customers(t.db);
    const qint64 subject = addPerson(t.db, QStringLiteral("Sofie"), QStringLiteral("Lind"), QStringLiteral("sofie@lind.example"));
    const qint64 other = addPerson(t.db, QStringLiteral("Olav"), QStringLiteral("Dahl"), QStringLiteral("olav@dahl.example"));
    for (const qint64 id : {subject, other}) {
        auto c = customers.get(id);
        c->city = QStringLiteral("Bergen");
        c->tags = {QStringLiteral("vip")};
        c->notes = QStringLiteral("Notes of %1").arg(id);
        REQUIRE(customers.update(*c));
        addInteraction(t.db, id, QStringLiteral("Question %1").arg(id), QStringLiteral("Asked about delivery"));
        addFollowUp(t.db, id, QStringLiteral("Call back %1").arg(id));
        REQUIRE(ConsentRepository(t.db).grant(record(id, kPhone, textOf(t.db, kPhone), utc("2025-01-01T00:00:00.000Z"))));
        exec(t.db, QStringLiteral("INSERT INTO orders (customer_id, total) VALUES (%1, 100), (%1, 250)").arg(id));
    }
    exec(t.db, QStringLiteral("INSERT INTO order_line (order_id, item) SELECT id, 'Item of order ' || id FROM orders"));

    SubjectExport exporter(t.db);
    exporter.setActor(QStringLiteral("Privacy Officer"));
    const auto collected = exporter.collect(subject);
    REQUIRE(collected);
    const QJsonObject records = collected->value(QStringLiteral("records")).toObject();

    // Independently of the code under test: every table with a foreign key to customer, and the
    // rows it has for the subject.
    QList<std::pair<QString, QString>> references; // (table, column) of every key to customer
    QSqlQuery fks(t.db->connection());
    if (team) {
        REQUIRE(fks.exec(QStringLiteral("SELECT k.conrelid::regclass::text, a.attname FROM pg_constraint k"
                                        " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                                        " WHERE k.contype = 'f' AND k.confrelid = 'customer'::regclass")));
        while (fks.next())
            references.append({fks.value(0).toString(), fks.value(1).toString()});
    } else {
        REQUIRE(fks.exec(QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f"
                                        " WHERE m.type = 'table' AND f.\"table\" = 'customer'")));
        while (fks.next())
            references.append({fks.value(0).toString(), fks.value(1).toString()});
    }
    fks.finish();
    int referring = 0;
    for (const auto &[table, column] : references) {
        if (table == QLatin1String("customer"))
            continue;
        ++referring;
        INFO(table.toStdString() << "." << column.toStdString());
        REQUIRE(records.contains(table));
        const QJsonArray rows = records.value(table).toArray();
        CHECK(rows.size() == scalar(t.db, QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" = %3")
                                              .arg(table, column).arg(subject)));
        for (const QJsonValue &row : rows)
            CHECK(row.toObject().value(column).toInteger() == subject);
    }
    // interaction, follow_up, consent_entry, customer_change, customer_tag, orders, purchase (and on
    // a file import_change)
    CHECK(referring >= 7);
    for (const char *table : {"interaction", "follow_up", "consent_entry", "customer_change", "customer_tag", "orders"})
        CHECK_FALSE(records.value(QLatin1String(table)).toArray().isEmpty());
    // Rows that refer to the customer's rows come too: the lines of their orders, not the other's.
    const QJsonArray lines = records.value(QStringLiteral("order_line")).toArray();
    CHECK(lines.size() == 2);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM order_line")) == 4);

    // The record itself, complete, and what explains the rows.
    const QJsonObject own = collected->value(QStringLiteral("customer")).toObject();
    QSqlQuery columns(t.db->connection());
    REQUIRE(columns.exec(QStringLiteral("SELECT * FROM customer LIMIT 0")));
    CHECK(own.size() == columns.record().count());
    CHECK(own.value(QStringLiteral("email")).toString() == QStringLiteral("sofie@lind.example"));
    CHECK(own.value(QStringLiteral("notes")).toString() == QStringLiteral("Notes of %1").arg(subject));
    const QJsonObject referenced = collected->value(QStringLiteral("referenced")).toObject();
    CHECK(referenced.value(QStringLiteral("consent_text")).toArray().size() == 1);
    CHECK(referenced.value(QStringLiteral("channel")).toArray().size() == 1);
    CHECK(referenced.value(QStringLiteral("tag")).toArray().size() == 1);
    CHECK_FALSE(referenced.contains(QStringLiteral("customer")));
    const QJsonArray consentSummary = collected->value(QStringLiteral("summary")).toObject().value(QStringLiteral("consents")).toArray();
    CHECK(consentSummary.size() == 5);
    CHECK(consentSummary.at(2).toObject().value(QStringLiteral("wording")).toString().startsWith(QStringLiteral("Yes, you may call me")));

    // Nothing of the other customer.
    const QByteArray json = QJsonDocument(*collected).toJson();
    CHECK_FALSE(json.contains("olav@dahl.example"));
    CHECK_FALSE(json.contains(QStringLiteral("Call back %1").arg(other).toUtf8()));

    // Both files: the JSON reads back; the HTML is a document with the headings and the values.
    QTemporaryDir dir;
    const auto files = exporter.write(subject, SubjectExport::pathsFor(dir.filePath(QStringLiteral("sofie.html"))));
    REQUIRE(files);
    CHECK(files->json == dir.filePath(QStringLiteral("sofie.json")));
    const QJsonDocument back = QJsonDocument::fromJson(readBytes(files->json));
    CHECK(back.object().value(QStringLiteral("records")).toObject() == records);
    CHECK(back.object().value(QStringLiteral("exported_by")).toString() == QStringLiteral("Privacy Officer"));
    const QString html = QString::fromUtf8(readBytes(files->html));
    for (const char *text : {"<h1>Personal data held about Sofie Lind</h1>", "<h2>Contacts</h2>", "<h2>Follow-ups</h2>",
                             "<h2>Permission records</h2>", "<h2>Change history</h2>", "<h2>orders</h2>",
                             "Call back", "sofie@lind.example", "Yes, you may call me"})
        CHECK(html.contains(QString::fromUtf8(text)));
    CHECK(SubjectExport::pathsFor(QStringLiteral("a/b.JSON")).html == QStringLiteral("a/b.html"));
    CHECK(SubjectExport::pathsFor(QStringLiteral("out")).html == QStringLiteral("out.html"));
}

TEST_CASE("Erasure leaves no trace of the customer in any table or in the database file", "[privacy]")
{
    TempDatabase t;
    QTemporaryDir dir;
    CustomerRepository customers(t.db);
    customers.setActor(QStringLiteral("Anna"));

    // Others, who must stay as they were.
    const qint64 bob = addPerson(t.db, QStringLiteral("Bob"), QStringLiteral("Jansen"), QStringLiteral("bob@jansen.example"));
    addInteraction(t.db, bob, QStringLiteral("Invoice question"), QStringLiteral("Bob asked for a copy"));
    for (int i = 0; i < 40; ++i)
        addPerson(t.db, QStringLiteral("Person%1").arg(i), QStringLiteral("Filler"), QStringLiteral("p%1@filler.example").arg(i));

    // The customer to be erased, in every place Relatio keeps customers.
    Customer x;
    x.givenName = QStringLiteral("Xanthippe");
    x.familyName = QStringLiteral("Quorndorff");
    x.email = QStringLiteral("old.xanthippe@quorn.example");
    x.emailAlt = QStringLiteral("xq.private@quorn.example");
    x.mobile = QStringLiteral("+31613579246");
    x.street = QStringLiteral("Zwaluwstaartpad 77");
    x.postcode = QStringLiteral("9999 ZZ");
    x.city = QStringLiteral("Quorndorp");
    x.country = QStringLiteral("NL");
    x.externalId = QStringLiteral("EXT-QX-4711");
    x.notes = QStringLiteral("Allergic to hazelnuts, secret note QX-4711");
    x.tags = {QStringLiteral("vip")};
    const auto created = customers.create(x);
    REQUIRE(created);
    const qint64 id = *created;
    auto stored = customers.get(id);
    stored->email = QStringLiteral("xanthippe@quorn.example"); // the old address stays in the history
    REQUIRE(customers.update(*stored));
    const QString uuid = stored->uuid;
    addInteraction(t.db, id, QStringLiteral("Complaint about the Quorndorff parcel"),
                   QStringLiteral("Xanthippe called about a damaged parcel"));
    addInteraction(t.db, id, QStringLiteral("Thanks"), QStringLiteral("Second contact"), "2025-05-01T10:00:00.000Z");
    addFollowUp(t.db, id, QStringLiteral("Ring Xanthippe about the refund"));
    ConsentRepository consents(t.db);
    REQUIRE(consents.grant(record(id, kNewsletter, textOf(t.db, kNewsletter), utc("2025-01-10T09:00:00.000Z"))));
    REQUIRE(consents.confirm(id, kNewsletter, utc("2025-01-10T09:30:00.000Z"), QStringLiteral("IP 203.0.113.77")));

    // An import that changes her city (kept in import_change), with a rejects file that has a bad
    // row about her and one about someone else.
    const QString update = writeFile(dir, QStringLiteral("update.csv"),
                                     "email;city;mobile\n"
                                     "xanthippe@quorn.example;Quornstad;\n"
                                     "bob@jansen.example;Utrecht;\n"
                                     "xanthippe@quorn.example;Quornstad;12\n"
                                     "carla@elsewhere.example;Delft;34\n");
    csv::ImportOptions options;
    options.onDuplicate = csv::DuplicatePolicy::Update;
    options.rejectsPath = dir.filePath(QStringLiteral("update-rejects.csv"));
    const auto imported = csv::CustomerImporter(t.db).import(update, options);
    REQUIRE(imported);
    REQUIRE(imported->rejected == 2);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM import_change WHERE customer_id = %1").arg(id)) == 1);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM import_reject_file")) == 1);
    CHECK(readBytes(options.rejectsPath).contains("xanthippe@quorn.example"));
    // A contacts import with a rejects file too: a bad row about her, one about a stranger.
    const QString contacts = writeFile(dir, QStringLiteral("contacts.csv"),
                                       "customer_email;occurred_at;channel;subject;csat\n"
                                       "bob@jansen.example;2025-03-01T10:00:00Z;phone;Delivery date;4\n"
                                       "xanthippe@quorn.example;2025-03-02T10:00:00Z;phone;Quorndorff refund;9\n"
                                       "dave@elsewhere.example;2025-03-03T10:00:00Z;email;Brochure;\n");
    csv::InteractionImportOptions contactOptions;
    contactOptions.rejectsPath = dir.filePath(QStringLiteral("contacts-rejects.csv"));
    const auto contactsImported = csv::InteractionImporter(t.db).import(contacts, contactOptions);
    REQUIRE(contactsImported);
    REQUIRE(contactsImported->rejected == 2);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM import_reject_file")) == 2);
    CHECK(readBytes(contactOptions.rejectsPath).contains("xanthippe@quorn.example"));
    // Her orders, with a rejects file holding a bad line of hers, and the value analysis of them.
    const QString orders = writeFile(dir, QStringLiteral("orders.csv"),
                                     "order_id;customer_email;ordered_on;amount;currency;product\n"
                                     "SO-QX-4711;xanthippe@quorn.example;2025-02-01;49,95;EUR;Quorn hamper\n"
                                     "SO-QX-4712;xanthippe@quorn.example;2025-04-01;12,50;EUR;Quorn hamper\n"
                                     "SO-BJ-0001;bob@jansen.example;2025-04-02;10,00;EUR;Quorn hamper\n"
                                     "SO-QX-4713;xanthippe@quorn.example;2025-04-31;12,50;EUR;Quorn hamper\n");
    csv::OrderImportOptions orderOptions;
    orderOptions.rejectsPath = dir.filePath(QStringLiteral("orders-rejects.csv"));
    const auto ordersImported = csv::OrderImporter(t.db).import(orders, orderOptions);
    REQUIRE(ordersImported);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM purchase WHERE customer_id = %1").arg(id)) == 2);
    CHECK(readBytes(orderOptions.rejectsPath).contains("SO-QX-4713"));
    REQUIRE(value::ValueStore(t.db).refresh({}));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value WHERE customer_id = %1").arg(id)) == 1);
    const qint64 statsRows = scalar(t.db, QStringLiteral("SELECT count(*) FROM interaction_stats"));
    CHECK(statsRows > 0);

    const QStringList traces = {
        QStringLiteral("Xanthippe"), QStringLiteral("Quorndorff"), QStringLiteral("old.xanthippe@quorn.example"),
        QStringLiteral("xanthippe@quorn.example"), QStringLiteral("xq.private@quorn.example"),
        QStringLiteral("613579246"), QStringLiteral("Zwaluwstaartpad"), QStringLiteral("9999 ZZ"),
        QStringLiteral("Quorndorp"), QStringLiteral("Quornstad"), QStringLiteral("EXT-QX-4711"),
        QStringLiteral("hazelnuts"), QStringLiteral("damaged parcel"), QStringLiteral("about the refund"),
        QStringLiteral("203.0.113.77"), QStringLiteral("SO-QX-4711"),
    };
    // The test can see them before: in the tables, and in the file once the log is copied back.
    for (const QString &trace : traces) {
        INFO(trace.toStdString());
        CHECK_FALSE(placesHolding(t.db, trace).isEmpty());
    }
    exec(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    CHECK(readBytes(t.path).contains("Quorndorff"));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'quorndorff'")) == 1);
    // Some more writes, so that the log holds pages with her in them too.
    REQUIRE(consents.withdraw(record(id, kPhone, 0, utc("2025-06-01T00:00:00.000Z"))));

    Erasure erasure(t.db);
    erasure.setActor(QStringLiteral("Privacy Officer"));
    const auto report = erasure.erase(id);
    REQUIRE(report);
    CHECK(report->uuid == uuid);
    CHECK(report->logCleared);
    CHECK(report->rejects.filesChanged == 3);
    CHECK(report->rejects.rowsRemoved == 3);
    CHECK_FALSE(readBytes(orderOptions.rejectsPath).contains("SO-QX-4713"));
    CHECK(report->rowsRemoved.first() == qMakePair(QStringLiteral("customer"), qint64(1)));
    CHECK(report->totalRemoved() >= 10);

    // No table holds any of it; the search finds nothing; the history went with the record.
    for (const QString &trace : traces) {
        INFO(trace.toStdString());
        CHECK(placesHolding(t.db, trace).isEmpty());
    }
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'quorndorff'")) == 0);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'xanthippe'")) == 0);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_change WHERE customer_id = %1").arg(id)) == 0);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer WHERE id = %1").arg(id)) == 0);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM purchase WHERE customer_id = %1").arg(id)) == 0);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value WHERE customer_id = %1").arg(id)) == 0);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM purchase")) == 1); // Bob's stays

    // Nor the raw file, nor its log, in any case.
    const QByteArray file = readBytes(t.path).toLower();
    const QByteArray log = readBytes(t.path + QStringLiteral("-wal")).toLower();
    for (const QString &trace : traces) {
        INFO(trace.toStdString());
        CHECK_FALSE(file.contains(trace.toLower().toUtf8()));
        CHECK_FALSE(log.contains(trace.toLower().toUtf8()));
    }

    // Only the tombstone: the uuid, when, and who erased.
    QSqlQuery tomb(t.db->connection());
    REQUIRE(tomb.exec(QStringLiteral("SELECT * FROM customer_erasure")));
    REQUIRE(tomb.next());
    CHECK(tomb.record().count() == 3);
    CHECK(tomb.value(QStringLiteral("uuid")).toString() == uuid);
    CHECK(tomb.value(QStringLiteral("erased_by")).toString() == QStringLiteral("Privacy Officer"));
    CHECK_FALSE(tomb.next());
    const auto again = CustomerReferences::resolve(t.db->connection(), uuid);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("was erased")));

    // The rejects file keeps the other row; everyone else is as they were; the store is sound.
    const QByteArray rejects = readBytes(options.rejectsPath);
    CHECK(rejects.contains("carla@elsewhere.example"));
    CHECK_FALSE(rejects.toLower().contains("xanthippe"));
    const QByteArray contactRejects = readBytes(contactOptions.rejectsPath);
    CHECK(contactRejects.contains("dave@elsewhere.example"));
    CHECK_FALSE(contactRejects.toLower().contains("xanthippe"));
    CHECK_FALSE(contactRejects.toLower().contains("quorndorff"));
    CHECK(customers.get(bob)->city == QStringLiteral("Utrecht"));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'jansen'")) == 1);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM interaction")) == 2);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer")) == 41);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM (SELECT * FROM pragma_foreign_key_check)")) == 0);
    QSqlQuery check(t.db->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    // The satisfaction aggregates lost exactly her share: they equal a refill.
    QSqlQuery stats(t.db->connection());
    REQUIRE(stats.exec(QStringLiteral("SELECT group_concat(dim || ':' || grp || ':' || day || ':' || channel_id || ':'"
                                      " || interactions || ':' || csat_sum, ';') FROM (SELECT * FROM interaction_stats"
                                      " WHERE interactions <> 0 ORDER BY 1, 2, 3, 4)")));
    REQUIRE(stats.next());
    const QString kept = stats.value(0).toString();
    for (const QString &sql : interactionStatsFillSql())
        exec(t.db, sql);
    REQUIRE(stats.exec(QStringLiteral("SELECT group_concat(dim || ':' || grp || ':' || day || ':' || channel_id || ':'"
                                      " || interactions || ':' || csat_sum, ';') FROM (SELECT * FROM interaction_stats"
                                      " ORDER BY 1, 2, 3, 4)")));
    REQUIRE(stats.next());
    CHECK(kept == stats.value(0).toString());

    CHECK(erasure.erase(id).error().code == Error::Code::NotFound);
}

TEST_CASE("The search index keeps no word of an erased customer", "[privacy]")
{
    // The index only marks a removed record's words as deleted (and writes them once more for
    // that); its pages hold them until its segments are merged.
    TempDatabase t;
    for (int i = 0; i < 40; ++i)
        addPerson(t.db, QStringLiteral("Person%1").arg(i), QStringLiteral("Filler"), QStringLiteral("p%1@filler.example").arg(i));
    const qint64 id = addPerson(t.db, QStringLiteral("Wilhelmina"), QStringLiteral("Zebedeus"), QStringLiteral("wz@zeb.example"));
    exec(t.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // (A word can be stored as the rest of the word before it: "zeb", "…edeus". This one is whole.)
    CHECK(placesHolding(t.db, QStringLiteral("wilhelmina")).contains(QStringLiteral("customer_fts_data.block")));
    REQUIRE(Erasure(t.db).erase(id));
    CHECK(placesHolding(t.db, QStringLiteral("zebedeus")).isEmpty());
    CHECK(placesHolding(t.db, QStringLiteral("wilhelmina")).isEmpty());
    CHECK_FALSE(readBytes(t.path).contains("zebedeus"));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'filler'")) == 40);
}

TEST_CASE("Erasing an organisation takes its name off its members, in the records and the search", "[privacy]")
{
    TempDatabase t;
    CustomerRepository customers(t.db);
    Customer org;
    org.kind = CustomerKind::Organisation;
    org.organisationName = QStringLiteral("Zyxwerk Holding");
    org.country = QStringLiteral("NL");
    const auto orgId = customers.create(org);
    REQUIRE(orgId);
    const qint64 member = addPerson(t.db, QStringLiteral("Mia"), QStringLiteral("Lund"), QStringLiteral("mia@lund.example"));
    auto m = customers.get(member);
    m->organisationId = *orgId;
    REQUIRE(customers.update(*m));
    CHECK(customers.get(member)->organisationLabel == QStringLiteral("Zyxwerk Holding"));

    const auto report = Erasure(t.db).erase(*orgId);
    REQUIRE(report);
    CHECK(report->membersUnlinked == 1);
    const auto after = customers.get(member);
    REQUIRE(after);
    CHECK(after->organisationId == 0);
    CHECK(after->organisationLabel.isEmpty());
    CHECK(placesHolding(t.db, QStringLiteral("Zyxwerk")).isEmpty());
    CHECK_FALSE(readBytes(t.path).contains("Zyxwerk"));
    // Her own history shows the link by uuid: now an erased organisation, not a name.
    const auto history = ChangeHistory(t.db).forCustomer(member);
    REQUIRE(history);
    const auto link = std::find_if(history->cbegin(), history->cend(),
                                   [](const CustomerChange &c) { return c.field == QLatin1String("organisation"); });
    REQUIRE(link != history->cend());
    CHECK(ChangeHistory(t.db).displayValue(link->field, link->newValue).contains(QStringLiteral("erased")));
}

TEST_CASE("Erasure follows foreign keys the schema gains later, and keeps rows the schema keeps", "[privacy]")
{
    TempDatabase t;
    // Orders refer without ON DELETE (deleting the customer would fail); invoices are kept for
    // the books with the link set to NULL.
    exec(t.db, QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL"
                              " REFERENCES customer(id), note TEXT)"));
    exec(t.db, QStringLiteral("CREATE TABLE order_line (order_id INTEGER NOT NULL REFERENCES orders(id), item TEXT)"));
    exec(t.db, QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, customer_id INTEGER"
                              " REFERENCES customer(id) ON DELETE SET NULL, amount INTEGER)"));
    const qint64 id = addPerson(t.db, QStringLiteral("Ola"), QStringLiteral("Nordmann"), QStringLiteral("ola@nordmann.example"));
    const qint64 other = addPerson(t.db, QStringLiteral("Kari"), QStringLiteral("Nordmann"), QStringLiteral("kari@nordmann.example"));
    exec(t.db, QStringLiteral("INSERT INTO orders (customer_id, note) VALUES (%1, 'Ola wants it gift-wrapped'), (%2, 'x')")
                   .arg(id).arg(other));
    exec(t.db, QStringLiteral("INSERT INTO order_line (order_id, item) SELECT id, 'line' FROM orders"));
    exec(t.db, QStringLiteral("INSERT INTO invoice (customer_id, amount) VALUES (%1, 120)").arg(id));

    const auto report = Erasure(t.db).erase(id);
    REQUIRE(report);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM orders")) == 1);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM order_line")) == 1);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM invoice WHERE customer_id IS NULL")) == 1);
    CHECK(report->rowsUnlinked == QList<QPair<QString, qint64>>{{QStringLiteral("invoice"), 1}});
    CHECK_FALSE(readBytes(t.path).contains("gift-wrapped"));
}

TEST_CASE("An erased customer is not brought back by importing an old file", "[privacy]")
{
    TempDatabase t;
    QTemporaryDir dir;
    const qint64 id = addPerson(t.db, QStringLiteral("Rune"), QStringLiteral("Vik"), QStringLiteral("rune@vik.example"));
    const QString uuid = CustomerRepository(t.db).get(id)->uuid;
    REQUIRE(Erasure(t.db).erase(id));
    const QString old = writeFile(dir, QStringLiteral("old-export.csv"),
                                  QStringLiteral("id,given_name,family_name,email\n%1,Rune,Vik,rune@vik.example\n"
                                                 ",Siri,Vik,siri@vik.example\n")
                                      .arg(uuid.toUpper())
                                      .toUtf8());
    csv::ImportOptions options;
    options.rejectsPath = dir.filePath(QStringLiteral("old-rejects.csv"));
    const auto summary = csv::CustomerImporter(t.db).import(old, options);
    REQUIRE(summary);
    CHECK(summary->rejected == 1);
    CHECK(summary->created == 1);
    REQUIRE(summary->problems.size() == 1);
    CHECK(summary->problems.first().message.contains(QStringLiteral("erased")));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer WHERE family_name = 'Vik'")) == 1);
    CHECK_FALSE(readBytes(options.rejectsPath).contains("rune@vik.example"));
    Customer again;
    again.uuid = uuid;
    again.familyName = QStringLiteral("Vik");
    CHECK(CustomerRepository(t.db).create(again).error().code == Error::Code::Invalid);
}

TEST_CASE("Rows about a customer are removed from a rejects file, every other byte kept", "[privacy]")
{
    QTemporaryDir dir;
    const QByteArray content = "\xEF\xBB\xBF" "name;phone;email;reason\r\n"
                               "Ann Other;020-1111111;ann@other.example;line 2: bad\r\n"
                               "\"Xan\r\nthippe\";06-13579246;;line 3: bad phone\r\n"
                               "Xanthippe;;;line 5: no family name\r\n"
                               "x;y;XANTHIPPE@QUORN.EXAMPLE;line 6: bad\r\n"
                               "Xanthippe;Quorndorff;z;line 7: names in fields of their own\r\n"
                               "Last;Row;last@row.example;line 8: bad\r\n";
    const QString path = writeFile(dir, QStringLiteral("rejects.csv"), content);
    Customer x;
    x.givenName = QStringLiteral("Xanthippe");
    x.familyName = QStringLiteral("Quorndorff");
    x.email = QStringLiteral("xanthippe@quorn.example");
    x.mobile = QStringLiteral("+31613579246");
    x.uuid = newUuid();
    const auto removed = RejectFiles::scrubFile(path, CustomerTraces::of(x));
    REQUIRE(removed);
    CHECK(*removed == 3);
    CHECK(readBytes(path) == QByteArray("\xEF\xBB\xBF" "name;phone;email;reason\r\n"
                                        "Ann Other;020-1111111;ann@other.example;line 2: bad\r\n"
                                        "Xanthippe;;;line 5: no family name\r\n"
                                        "Last;Row;last@row.example;line 8: bad\r\n"));
    CHECK(*RejectFiles::scrubFile(path, CustomerTraces::of(x)) == 0);
    const RejectScrub scrub = RejectFiles::scrub({path, dir.filePath(QStringLiteral("gone.csv"))}, CustomerTraces::of(x));
    CHECK(scrub.missing == QStringList{dir.filePath(QStringLiteral("gone.csv"))});
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
