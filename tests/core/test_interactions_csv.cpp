// Contacts (interactions) import and export: header and word recognition, matching customers,
// problems at their line and column, rejects, dry runs, duplicates by uuid, the round trip, and the
// satisfaction aggregates after an import.
#include "CliTestSupport.h"

#include "csv/CustomerExporter.h"
#include "csv/CustomerImporter.h"
#include "csv/InteractionCsv.h"
#include "csv/InteractionExporter.h"
#include "csv/InteractionImporter.h"
#include "customers/CustomerRepository.h"
#include "interactions/InteractionRepository.h"
#include "store/Migrations.h"
#include "util/Stamps.h"

#include <QFile>
#include <QSqlQuery>

using namespace relatio;
using namespace relatio::csv;
using relatio::test::TempDatabase;
using relatio::test::writeFile;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QVariant scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

qint64 count(const DatabasePtr &db, const QString &sql)
{
    return scalar(db, sql).toLongLong();
}

qint64 contacts(const DatabasePtr &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM interaction WHERE deleted_at IS NULL"));
}

// Customers the files below name: two with their own e-mail address and external id, two that
// share an e-mail address, and a deleted one.
struct People
{
    qint64 anne = 0;
    qint64 bo = 0;
    qint64 carl = 0;
    qint64 dina = 0;
    qint64 erik = 0;
    QString boUuid;
    QString erikUuid;

    explicit People(const DatabasePtr &db)
    {
        CustomerRepository repo(db);
        auto make = [&repo](const char *given, const char *family, const char *external, const char *email) {
            Customer c;
            c.givenName = QString::fromUtf8(given);
            c.familyName = QString::fromUtf8(family);
            c.externalId = QString::fromUtf8(external);
            c.email = QString::fromUtf8(email);
            c.country = QStringLiteral("NL");
            const auto id = repo.create(c);
            REQUIRE(id);
            return *id;
        };
        anne = make("Anne", "Dahl", "K-1", "anne@dahl.example");
        bo = make("Bo", "Ek", "K-2", "bo@ek.example");
        carl = make("Carl", "Berg", "K-3", "shared@berg.example");
        dina = make("Dina", "Berg", "K-4", "shared@berg.example");
        erik = make("Erik", "Lund", "K-5", "erik@lund.example");
        boUuid = repo.get(bo)->uuid;
        erikUuid = repo.get(erik)->uuid;
        REQUIRE(repo.remove(erik));
    }
};

// The aggregates as rows of text, without the all-zero rows that triggers leave behind when a
// group loses its last contact.
QStringList statsRows(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT dim, day, grp, channel_id, interactions, csat_n, csat_sum, csat_sq, nps_n,"
                                  " promoters, detractors FROM interaction_stats WHERE interactions <> 0"
                                  " ORDER BY dim, day, grp, channel_id")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 11; ++i)
            cells.append(q.value(i).toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

// The aggregates as interactionStatsFillSql() computes them from scratch; the table is left as it was.
QStringList refilledStats(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SAVEPOINT refill")));
    for (const QString &sql : interactionStatsFillSql())
        REQUIRE(q.exec(sql));
    const QStringList rows = statsRows(db);
    REQUIRE(q.exec(QStringLiteral("ROLLBACK TO refill")));
    REQUIRE(q.exec(QStringLiteral("RELEASE refill")));
    return rows;
}

} // namespace

TEST_CASE("Contacts file headers and cell words are recognised in English, Dutch and Norwegian",
          "[interactions-csv]")
{
    for (const InteractionColumn column : interactionColumns())
        CHECK(InteractionCsv::guessColumn(headerName(column)) == column);
    const QList<std::pair<const char *, InteractionColumn>> headers = {
        {"Klantnummer", InteractionColumn::CustomerExternalId}, {"E-mailadres", InteractionColumn::CustomerEmail},
        {"Kunde-e-post", InteractionColumn::CustomerEmail},     {"Datum", InteractionColumn::OccurredAt},
        {"Tidspunkt", InteractionColumn::OccurredAt},           {"Kanaal", InteractionColumn::Channel},
        {"Kanal", InteractionColumn::Channel},                  {"Richting", InteractionColumn::Direction},
        {"Retning", InteractionColumn::Direction},              {"Soort", InteractionColumn::Kind},
        {"Onderwerp", InteractionColumn::Subject},              {"Emne", InteractionColumn::Subject},
        {"Notities", InteractionColumn::Notes},                 {"Behandeld door", InteractionColumn::HandledBy},
        {"Saksbehandler", InteractionColumn::HandledBy},        {"Tevredenheid", InteractionColumn::Csat},
        {"NPS score", InteractionColumn::Nps},                  {"Opgepakt door", InteractionColumn::TakenBy},
        {"Løst", InteractionColumn::ResolvedAt},                {"Opgelost op", InteractionColumn::ResolvedAt},
    };
    for (const auto &[header, column] : headers) {
        INFO(header);
        CHECK(InteractionCsv::guessColumn(QString::fromUtf8(header)) == column);
    }
    CHECK_FALSE(InteractionCsv::guessColumn(QStringLiteral("favourite colour")));

    for (const char *in : {"in", "IN", "Incoming", "inkomend", "Binnenkomend", "innkommende", "Inngående"})
        CHECK(InteractionCsv::parseDirection(QString::fromUtf8(in)) == Direction::In);
    for (const char *out : {"out", "Outgoing", "uitgaand", "UT", "utgående", "utgaende"})
        CHECK(InteractionCsv::parseDirection(QString::fromUtf8(out)) == Direction::Out);
    CHECK_FALSE(InteractionCsv::parseDirection(QStringLiteral("sideways")));

    CHECK(InteractionCsv::parseKind(QStringLiteral("Klacht")) == InteractionKind::Complaint);
    CHECK(InteractionCsv::parseKind(QStringLiteral("klage")) == InteractionKind::Complaint);
    CHECK(InteractionCsv::parseKind(QStringLiteral("Spørsmål")) == InteractionKind::Question);
    CHECK(InteractionCsv::parseKind(QStringLiteral("self_service")) == InteractionKind::SelfService);
    CHECK(InteractionCsv::parseKind(QStringLiteral("Self-service action")) == InteractionKind::SelfService);
    CHECK(InteractionCsv::parseKind(QStringLiteral("Bestelling")) == InteractionKind::Order);
    CHECK(InteractionCsv::parseKind(QStringLiteral("Tilbakemelding")) == InteractionKind::Feedback);
    CHECK_FALSE(InteractionCsv::parseKind(QStringLiteral("gossip")));

    TempDatabase t;
    InteractionRepository repo(t.db);
    const auto added = repo.addChannel(QStringLiteral("WhatsApp"), false);
    REQUIRE(added);
    const auto channels = repo.channels();
    REQUIRE(channels);
    const ChannelNames names(*channels);
    CHECK(names.find(QStringLiteral("phone")) == 1);
    CHECK(names.find(QStringLiteral("Telefoon")) == 1);
    CHECK(names.find(QStringLiteral("TELEFON")) == 1);
    CHECK(names.find(QStringLiteral("E-mail")) == 2);
    CHECK(names.find(QStringLiteral("e-post")) == 2);
    CHECK(names.find(QStringLiteral("Sociale media")) == 5);
    CHECK(names.find(QStringLiteral("Sosiale medier")) == 5);
    CHECK(names.find(QStringLiteral("bezoek")) == 6);
    CHECK(names.find(QStringLiteral("Besøk")) == 6);
    CHECK(names.find(QStringLiteral("brev")) == 7);
    CHECK(names.find(QStringLiteral("whatsapp")) == *added);
    CHECK(names.find(QStringLiteral("fax")) == 0);
    CHECK(names.exportName(1) == QStringLiteral("phone"));
    CHECK(names.exportName(*added) == QStringLiteral("WhatsApp"));
    // A renamed channel goes by its new name, and by its code still.
    REQUIRE(repo.renameChannel(4, QStringLiteral("Livechat Pro")));
    const ChannelNames renamed(*repo.channels());
    CHECK(renamed.find(QStringLiteral("livechat pro")) == 4);
    CHECK(renamed.find(QStringLiteral("chat")) == 4);
}

TEST_CASE("Contacts are matched to customers by external id, else e-mail, else Relatio id", "[interactions-csv]")
{
    TempDatabase t;
    People people(t.db);
    QTemporaryDir dir;
    const QByteArray file = "customer_external_id,customer_email,customer_uuid,occurred_at,channel,direction,kind,"
                            "subject,handled_by,csat,nps\n"
                            "K-1,,,2024-03-01T09:30:00Z,phone,in,question,By external id,Sanne,4,9\n"
                            ",BO@EK.example,,2024-03-02T10:00:00+01:00,E-mail,uit,Klacht,By e-mail,sanne,,\n"
                            ",shared@berg.example," + people.boUuid.toUtf8() + ",2024-03-03,Telefoon,Incoming,,"
                            "By uuid after a shared e-mail,Piet,5,10\n"
                            "K-99,anne@dahl.example,,1-3-2024 14:15,besøk,,bestilling,External id unknown,,,\n";
    const QString path = writeFile(dir, QStringLiteral("contacts.csv"), file);
    const auto s = InteractionImporter(t.db).import(path, InteractionImportOptions{});
    REQUIRE(s);
    CHECK(s->rejected == 0);
    CHECK(s->created == 4);
    CHECK(s->committed);
    CHECK(s->teamMembersAdded == 2); // Sanne (once, case ignored) and Piet

    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT i.customer_id, i.occurred_at, i.channel_id, i.direction, i.kind, i.csat,"
                                  " i.nps, o.name FROM interaction i LEFT JOIN owner o ON o.id = i.handled_by"
                                  " ORDER BY i.id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == people.anne);
    CHECK(q.value(1).toString() == QStringLiteral("2024-03-01T09:30:00.000Z"));
    CHECK(q.value(2).toLongLong() == 1);
    CHECK(q.value(3).toString() == QStringLiteral("in"));
    CHECK(q.value(4).toString() == QStringLiteral("question"));
    CHECK(q.value(5).toInt() == 4);
    CHECK(q.value(6).toInt() == 9);
    CHECK(q.value(7).toString() == QStringLiteral("Sanne"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == people.bo);
    CHECK(q.value(1).toString() == QStringLiteral("2024-03-02T09:00:00.000Z"));
    CHECK(q.value(2).toLongLong() == 2);
    CHECK(q.value(3).toString() == QStringLiteral("out"));
    CHECK(q.value(4).toString() == QStringLiteral("complaint"));
    CHECK(q.value(5).isNull());
    CHECK(q.value(6).isNull());
    CHECK(q.value(7).toString() == QStringLiteral("Sanne"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == people.bo);
    // A date alone is local midnight; stored in UTC like every time.
    CHECK(q.value(1).toString() == toStoredTime(QDateTime(QDate(2024, 3, 3), QTime(0, 0), Qt::LocalTime)));
    CHECK(q.value(4).toString() == QStringLiteral("other"));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == people.anne);
    CHECK(q.value(1).toString() == toStoredTime(QDateTime(QDate(2024, 3, 1), QTime(14, 15), Qt::LocalTime)));
    CHECK(q.value(2).toLongLong() == 6);
    CHECK(q.value(4).toString() == QStringLiteral("order"));
    CHECK(q.value(7).isNull());
}

TEST_CASE("Rows the import cannot use are problems at their line and column, and nothing is written",
          "[interactions-csv]")
{
    TempDatabase t;
    People people(t.db);
    QTemporaryDir dir;
    const QByteArray file =
        "customer_external_id,customer_email,customer_uuid,occurred_at,channel,csat,nps,direction\n" // 1
        "K-1,,,2024-03-01T09:30:00Z,phone,4,9,in\n"                                                   // 2 good
        "K-77,nobody@example.org,,2024-03-01T09:30:00Z,phone,,,in\n"                                 // 3 unknown
        ",shared@berg.example,,2024-03-01T09:30:00Z,phone,,,in\n"                                    // 4 ambiguous
        "K-1,,,2024-02-30,phone,,,in\n"                                                               // 5 bad date
        "K-1,,,2024-03-01T09:30:00Z,phone,6,,in\n"                                                    // 6 csat
        "K-1,,,2024-03-01T09:30:00Z,phone,,11,in\n"                                                   // 7 nps
        "K-1,,,2024-03-01T09:30:00Z,fax,,,in\n"                                                       // 8 channel
        ",,," + people.erikUuid.toUtf8() + ",2024-03-01T09:30:00Z,phone,,,in\n"                      // 9 too many
        ",,,2024-03-01T09:30:00Z,phone,,,in\n"                                                        // 10 nobody
        ",," + people.erikUuid.toUtf8() + ",2024-03-01T09:30:00Z,phone,,,in\n"                       // 11 deleted
        "K-2,,,2024-03-01T09:30:00Z,phone,,,sideways\n"                                               // 12 direction
        "K-2,,,,phone,,,in\n"                                                                         // 13 no time
        "K-2,,,2024-03-01T09:30:00Z,phone,3.0,\"7,0\",out\n";                                        // 14 good
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), file);
    InteractionImporter importer(t.db);
    const auto s = importer.import(path, InteractionImportOptions{});
    REQUIRE(s);
    CHECK_FALSE(s->committed);
    CHECK(s->rows == 13);
    CHECK(s->created == 2);
    CHECK(s->rejected == 11);
    CHECK(contacts(t.db) == 0);
    CHECK(count(t.db, QStringLiteral("SELECT count(*) FROM interaction_stats")) == 0);

    QStringList shown;
    for (const RowProblem &p : s->problems)
        shown.append(QStringLiteral("%1:%2").arg(p.line).arg(p.column));
    CHECK(shown.join(QLatin1Char(' '))
          == QStringLiteral("3:1 4:2 5:4 6:6 7:7 8:5 9:70 10:1 11:3 12:8 13:4"));
    auto message = [&s](int i) { return s->problems.at(i).message; };
    CHECK(message(0).contains(QStringLiteral("K-77")));
    CHECK(message(0).contains(QStringLiteral("nobody@example.org")));
    CHECK(message(1).contains(QStringLiteral("Two or more customers")));
    CHECK(message(1).contains(QStringLiteral("shared@berg.example")));
    CHECK(message(2).contains(QStringLiteral("2024-02-30")));
    CHECK(message(3).contains(QStringLiteral("1 to 5")));
    CHECK(message(4).contains(QStringLiteral("0 to 10")));
    // An unknown channel names the ones there are.
    CHECK(message(5).contains(QStringLiteral("“fax” is not a channel")));
    CHECK(message(5).contains(QStringLiteral("Phone, E-mail, Web self-service (web)")));
    CHECK(message(5).contains(QStringLiteral("App")));
    // A record with more fields than the header is named at the character where it goes wrong.
    CHECK(message(6).contains(QStringLiteral("field")));
    CHECK(message(7).contains(QStringLiteral("names no customer")));
    CHECK(message(8).contains(QStringLiteral("deleted")));
    CHECK(message(9).contains(QStringLiteral("sideways")));

    SECTION("a dry run counts the same and writes nothing")
    {
        InteractionImportOptions dry;
        dry.dryRun = true;
        dry.rejectsPath = dir.filePath(QStringLiteral("never.csv"));
        const auto d = importer.import(path, dry);
        REQUIRE(d);
        CHECK_FALSE(d->committed);
        CHECK(d->created == 2);
        CHECK(d->rejected == 11);
        CHECK(contacts(t.db) == 0);
        CHECK_FALSE(QFile::exists(dry.rejectsPath));
    }
    SECTION("with a rejects file the good rows are imported and the bad ones kept with their reason")
    {
        InteractionImportOptions options;
        options.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
        const auto r = importer.import(path, options);
        REQUIRE(r);
        CHECK(r->committed);
        CHECK(r->created == 2);
        CHECK(r->rejected == 11);
        CHECK(r->rejectsPath == options.rejectsPath);
        CHECK(contacts(t.db) == 2);
        const QByteArray rejects = readFile(options.rejectsPath);
        REQUIRE(rejects.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(rejects.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 12);
        CHECK(lines[0] == QStringLiteral("customer_external_id,customer_email,customer_uuid,occurred_at,channel,csat,"
                                         "nps,direction,reason"));
        CHECK(lines[1].startsWith(QStringLiteral("K-77,nobody@example.org,,2024-03-01T09:30:00Z,phone,,,in,")));
        CHECK(lines[1].contains(QStringLiteral("line 3: ")));
        CHECK(lines[6].startsWith(QStringLiteral("K-1,,,2024-03-01T09:30:00Z,fax,,,in,")));

        // Fixed, the rejects file imports: its reason column is left out.
        QByteArray fixed = rejects;
        fixed.replace("K-77,nobody@example.org", "K-3,");
        fixed.replace(",shared@berg.example,,", ",,,");
        const QString again = writeFile(dir, QStringLiteral("fixed.csv"), fixed);
        InteractionImportOptions second;
        second.rejectsPath = dir.filePath(QStringLiteral("rejects-2.csv"));
        const auto a = importer.import(again, second);
        REQUIRE(a);
        CHECK(a->created == 1);
        CHECK(a->rejected == 10);
        // The reason column is reused, not added again.
        const QString header = QString::fromUtf8(readFile(second.rejectsPath).mid(3)).section(QStringLiteral("\r\n"), 0, 0);
        CHECK(header.count(QStringLiteral("reason")) == 1);
        CHECK(contacts(t.db) == 3);
    }
}

TEST_CASE("A broken file or header is an error with its place, and nothing is written", "[interactions-csv]")
{
    TempDatabase t;
    People people(t.db);
    QTemporaryDir dir;
    InteractionImporter importer(t.db);

    const QString unknown = writeFile(dir, QStringLiteral("unknown.csv"),
                                      "customer_email,occurred_at,channel,mood\nanne@dahl.example,2024-03-01,phone,ok\n");
    auto r = importer.import(unknown, InteractionImportOptions{});
    REQUIRE_FALSE(r);
    CHECK(r.error().toString().startsWith(unknown + QStringLiteral(":1:4: ")));
    CHECK(r.error().message.contains(QStringLiteral("“mood”")));
    CHECK(r.error().message.contains(QStringLiteral("customer_external_id")));
    // The import dialog can choose to leave such columns out.
    InteractionImportOptions lenient;
    lenient.ignoreUnknownColumns = true;
    lenient.dryRun = true;
    r = importer.import(unknown, lenient);
    REQUIRE(r);
    CHECK(r->created == 1);

    const QString twice = writeFile(dir, QStringLiteral("twice.csv"),
                                    "e-mail,occurred_at,channel,customer_email\nx,2024-03-01,phone,y\n");
    r = importer.import(twice, InteractionImportOptions{});
    REQUIRE_FALSE(r);
    CHECK(r.error().line == 1);
    CHECK(r.error().column == 4);

    const QString noCustomer = writeFile(dir, QStringLiteral("nocustomer.csv"), "occurred_at,channel\n2024-03-01,phone\n");
    r = importer.import(noCustomer, InteractionImportOptions{});
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("customer_email")));

    const QString unclosed = writeFile(dir, QStringLiteral("unclosed.csv"),
                                       "customer_email,occurred_at,channel,notes\n"
                                       "anne@dahl.example,2024-03-01,phone,fine\n"
                                       "anne@dahl.example,2024-03-01,phone,\"never closed\n");
    InteractionImportOptions withRejects;
    withRejects.rejectsPath = dir.filePath(QStringLiteral("r.csv"));
    r = importer.import(unclosed, withRejects);
    REQUIRE_FALSE(r);
    CHECK(r.error().toString().startsWith(unclosed + QStringLiteral(":3:")));
    CHECK(contacts(t.db) == 0);
    CHECK_FALSE(QFile::exists(withRejects.rejectsPath));
}

TEST_CASE("Export and import again: no duplicates, the same content, exact aggregates", "[interactions-csv]")
{
    TempDatabase source;
    People people(source.db);
    InteractionRepository repo(source.db);
    CustomerRepository customers(source.db);
    const qint64 sanne = *customers.ensureOwner(QStringLiteral("Sanne de Wit"));
    const qint64 ola = *customers.ensureOwner(QStringLiteral("Ola Nordmann"));
    const auto whatsapp = repo.addChannel(QStringLiteral("WhatsApp"), false);
    REQUIRE(whatsapp);
    REQUIRE(customers.ensureTag(QStringLiteral("vip")));
    {
        Customer anne = *customers.get(people.anne);
        anne.tags = {QStringLiteral("vip")};
        anne.ownerId = ola;
        REQUIRE(customers.update(anne));
    }
    QList<qint64> ids;
    for (int i = 0; i < 40; ++i) {
        Interaction x;
        x.customerId = QList<qint64>{people.anne, people.bo, people.carl, people.dina}.at(i % 4);
        x.occurredAt = QDateTime(QDate(2024, 1, 1).addDays(i * 3), QTime(8 + i % 10, 5 * (i % 12)), Qt::UTC);
        x.channelId = i % 9 == 8 ? *whatsapp : 1 + i % 8;
        x.direction = i % 3 ? Direction::In : Direction::Out;
        x.kind = allInteractionKinds().at(i % 6);
        x.subject = i == 7 ? QStringLiteral("=HYPERLINK(\"http://evil.example\")") : QStringLiteral("Subject %1").arg(i);
        x.notes = i == 9 ? QStringLiteral("two lines,\n\"quoted\"; and -minus") : QString();
        x.handledById = i % 2 ? sanne : 0;
        if (i % 4)
            x.csat = 1 + i % 5;
        if (i % 5)
            x.nps = i % 11;
        if (x.kind == InteractionKind::Complaint) {
            x.takenById = ola;
            x.takenAt = x.occurredAt.addSecs(3600);
            if (i % 2)
                x.resolvedAt = x.occurredAt.addDays(2);
        }
        const auto id = repo.create(x);
        REQUIRE(id);
        ids.append(*id);
    }
    REQUIRE(repo.remove(ids.at(5))); // deleted contacts are not exported
    CHECK(statsRows(source.db) == refilledStats(source.db));

    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("contacts.csv"));
    const auto written = InteractionExporter(source.db).exportTo(first, InteractionExportOptions{});
    REQUIRE(written);
    CHECK(*written == 39);
    const QByteArray firstBytes = readFile(first);
    CHECK(firstBytes.startsWith("uuid,customer_uuid,customer_external_id,customer_email,occurred_at,channel,direction,"
                                "kind,subject,notes,handled_by,csat,nps,taken_by,taken_at,resolved_at\r\n"));
    CHECK(firstBytes.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","));
    CHECK(firstBytes.contains(",WhatsApp,"));
    CHECK(firstBytes.contains(",Sanne de Wit,"));

    SECTION("importing the export into the same database adds nothing")
    {
        const auto skip = InteractionImporter(source.db).import(first, InteractionImportOptions{});
        REQUIRE(skip);
        CHECK(skip->rejected == 0);
        CHECK(skip->created == 0);
        CHECK(skip->skipped == 39);
        InteractionImportOptions update;
        update.onDuplicate = DuplicatePolicy::Update;
        const auto same = InteractionImporter(source.db).import(first, update);
        REQUIRE(same);
        CHECK(same->created == 0);
        CHECK(same->updated == 0);
        CHECK(same->skipped == 39);
        CHECK(contacts(source.db) == 39);

        // An edited export updates what changed, and the aggregates follow.
        QByteArray edited = firstBytes;
        const QByteArray line = edited.split('\n').at(3);
        QList<QByteArray> cells = line.split(',');
        cells[5] = "chat";
        cells[11] = "";
        edited.replace(line, cells.join(','));
        const QString editedPath = writeFile(dir, QStringLiteral("edited.csv"), edited);
        const auto changed = InteractionImporter(source.db).import(editedPath, update);
        REQUIRE(changed);
        CHECK(changed->updated == 1);
        CHECK(changed->skipped == 38);
        CHECK(count(source.db, QStringLiteral("SELECT channel_id FROM interaction WHERE uuid = '%1'")
                                   .arg(QString::fromUtf8(cells[0])))
              == 4);
        CHECK(scalar(source.db, QStringLiteral("SELECT csat FROM interaction WHERE uuid = '%1'")
                                    .arg(QString::fromUtf8(cells[0])))
                  .isNull());
        CHECK(statsRows(source.db) == refilledStats(source.db));

        // Create makes copies with uuids of their own.
        InteractionImportOptions create;
        create.onDuplicate = DuplicatePolicy::Create;
        const auto copies = InteractionImporter(source.db).import(first, create);
        REQUIRE(copies);
        CHECK(copies->created == 39);
        CHECK(contacts(source.db) == 78);
        CHECK(count(source.db, QStringLiteral("SELECT count(DISTINCT uuid) FROM interaction")) == 79);
        CHECK(statsRows(source.db) == refilledStats(source.db));

        // A deleted contact's row is not brought back by an update.
        const QString deletedUuid = scalar(source.db, QStringLiteral("SELECT uuid FROM interaction WHERE id = %1")
                                                          .arg(ids.at(5)))
                                        .toString();
        const QString revived = writeFile(dir, QStringLiteral("revived.csv"),
                                          "uuid,customer_email,occurred_at,channel\n" + deletedUuid.toUtf8()
                                              + ",anne@dahl.example,2024-05-01T10:00:00Z,phone\n");
        const auto refused = InteractionImporter(source.db).import(revived, update);
        REQUIRE(refused);
        CHECK(refused->rejected == 1);
        CHECK(refused->problems.at(0).column == 1);
        CHECK(refused->problems.at(0).message.contains(QStringLiteral("deleted")));
    }
    SECTION("another database with the same customers reads it back to the same file")
    {
        // The customers first, with their Relatio ids, through the customer file.
        const QString customersFile = dir.filePath(QStringLiteral("customers.csv"));
        REQUIRE(CustomerExporter(source.db).exportAll(customersFile, ExportOptions{}));
        TempDatabase target;
        REQUIRE(CustomerImporter(target.db).import(customersFile, ImportOptions{}));
        REQUIRE(InteractionRepository(target.db).addChannel(QStringLiteral("WhatsApp"), false));

        const auto imported = InteractionImporter(target.db).import(first, InteractionImportOptions{});
        REQUIRE(imported);
        CHECK(imported->rejected == 0);
        CHECK(imported->created == 39);
        CHECK(imported->teamMembersAdded == 1); // Sanne; Ola came with the customers
        const QString second = dir.filePath(QStringLiteral("again.csv"));
        REQUIRE(InteractionExporter(target.db).exportTo(second, InteractionExportOptions{}));
        CHECK(readFile(second) == firstBytes);
        CHECK(statsRows(target.db) == refilledStats(target.db));

        // A repeated import of the same file in the same run: the second half matches the first.
        QByteArray doubled = firstBytes + firstBytes.mid(firstBytes.indexOf('\n') + 1);
        const QString doubledPath = writeFile(dir, QStringLiteral("doubled.csv"), doubled);
        TempDatabase third;
        REQUIRE(CustomerImporter(third.db).import(customersFile, ImportOptions{}));
        REQUIRE(InteractionRepository(third.db).addChannel(QStringLiteral("WhatsApp"), false));
        InteractionImportOptions dry;
        dry.dryRun = true;
        const auto d = InteractionImporter(third.db).import(doubledPath, dry);
        REQUIRE(d);
        CHECK(d->created == 39);
        CHECK(d->skipped == 39);
        CHECK(contacts(third.db) == 0);
        // A dry run adds no one.
        CHECK(count(third.db, QStringLiteral("SELECT count(*) FROM owner WHERE name = 'Sanne de Wit'")) == 0);
        const auto real = InteractionImporter(third.db).import(doubledPath, InteractionImportOptions{});
        REQUIRE(real);
        CHECK(real->created == 39);
        CHECK(real->skipped == 39);
        CHECK(contacts(third.db) == 39);
    }
}

TEST_CASE("Export filters by time and customer, and bounds take dates or moments", "[interactions-csv]")
{
    TempDatabase t;
    People people(t.db);
    InteractionRepository repo(t.db);
    for (int day = 1; day <= 10; ++day) {
        Interaction x;
        x.customerId = day % 2 ? people.anne : people.bo;
        x.occurredAt = QDateTime(QDate(2024, 6, day), QTime(12, 0), Qt::LocalTime);
        x.channelId = 1;
        REQUIRE(repo.create(x));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.csv"));
    InteractionExporter exporter(t.db);
    InteractionExportOptions options;
    options.from = *InteractionExporter::parseBound(QStringLiteral("2024-06-03"), false);
    options.to = *InteractionExporter::parseBound(QStringLiteral("6-6-2024"), true);
    CHECK(exporter.exportTo(path, options) == 4);
    options.customerIds = {people.bo};
    CHECK(exporter.exportTo(path, options) == 2); // the 4th and the 6th
    options.from = {};
    options.to = {};
    CHECK(exporter.exportTo(path, options) == 5);
    options.delimiter = QLatin1Char(';');
    options.bom = true;
    REQUIRE(exporter.exportTo(path, options));
    CHECK(readFile(path).startsWith("\xEF\xBB\xBFuuid;customer_uuid;"));

    CHECK(exporter.findCustomer(QStringLiteral("K-2")) == people.bo);
    CHECK(exporter.findCustomer(QStringLiteral("Bo@Ek.example")) == people.bo);
    CHECK(exporter.findCustomer(people.boUuid.toUpper()) == people.bo);
    CHECK(exporter.findCustomer(QStringLiteral("shared@berg.example")).error().code == Error::Code::Invalid);
    CHECK(exporter.findCustomer(QStringLiteral("nobody")).error().code == Error::Code::NotFound);
    CHECK_FALSE(InteractionExporter::parseBound(QStringLiteral("yesterday"), false));
    CHECK(InteractionExporter::parseBound(QStringLiteral("2024-06-03T10:00:00Z"), true)
          == QDateTime(QDate(2024, 6, 3), QTime(10, 0), Qt::UTC));
}

TEST_CASE("Imported contacts keep the satisfaction aggregates equal to a refill", "[interactions-csv]")
{
    TempDatabase t;
    People people(t.db);
    CustomerRepository customers(t.db);
    {
        Customer bo = *customers.get(people.bo);
        bo.tags = {QStringLiteral("gold"), QStringLiteral("north")};
        bo.country = QStringLiteral("NO");
        REQUIRE(customers.update(bo));
    }
    const QByteArrayList channels = {"phone", "email", "web", "chat", "social", "visit", "post", "app"};
    QByteArray file = "customer_external_id,occurred_at,channel,csat,nps,handled_by\n";
    for (int i = 0; i < 3000; ++i) {
        const QByteArray time = QDateTime(QDate(2024, 1 + i % 9, 10 + i % 18), QTime(i % 24, 0), Qt::UTC)
                                    .toString(Qt::ISODate)
                                    .toLatin1();
        file += "K-" + QByteArray::number(1 + i % 4) + ',' + time + ',' + channels.at(i % 8) + ','
            + (i % 3 ? QByteArray::number(1 + i % 5) : QByteArray()) + ','
            + (i % 4 ? QByteArray::number(i % 11) : QByteArray()) + ','
            + (i % 5 ? "Agent " + QByteArray::number(i % 3) : QByteArray()) + '\n';
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("many.csv"), file);
    const QString triggers = QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema"
                                            " WHERE type = 'trigger' AND tbl_name = 'interaction' ORDER BY name)");
    const QString triggersBefore = scalar(t.db, triggers).toString();
    CHECK(triggersBefore.count(QStringLiteral("interaction_stats_")) == 3);

    const InteractionImportOptions options;
    const auto s = InteractionImporter(t.db).import(path, options);
    REQUIRE(s);
    CHECK(s->rejected == 0);
    CHECK(s->created == 3000);
    const QStringList stats = statsRows(t.db);
    CHECK_FALSE(stats.isEmpty());
    CHECK(stats == refilledStats(t.db));
    // All customers' row, summed over days and channels, counts every contact.
    CHECK(count(t.db, QStringLiteral("SELECT sum(interactions) FROM interaction_stats WHERE dim = 0")) == 3000);
    CHECK(count(t.db, QStringLiteral("SELECT sum(csat_sum) FROM interaction_stats WHERE dim = 0"))
          == count(t.db, QStringLiteral("SELECT sum(csat) FROM interaction")));
    // The triggers are there afterwards, as they were, and keep counting.
    CHECK(scalar(t.db, triggers).toString() == triggersBefore);
    Interaction one;
    one.customerId = people.anne;
    one.occurredAt = QDateTime(QDate(2024, 2, 2), QTime(12, 0), Qt::UTC);
    one.channelId = 3;
    one.csat = 5;
    REQUIRE(InteractionRepository(t.db).create(one));
    CHECK(statsRows(t.db) == refilledStats(t.db));

    // The same file again with copies on top of what is there, and an import that fails late:
    // it leaves figures and triggers as they were.
    InteractionImportOptions create = options;
    create.onDuplicate = DuplicatePolicy::Create;
    REQUIRE(InteractionImporter(t.db).import(path, create));
    CHECK(count(t.db, QStringLiteral("SELECT sum(interactions) FROM interaction_stats WHERE dim = 0")) == 6001);
    CHECK(statsRows(t.db) == refilledStats(t.db));
    const QStringList before = statsRows(t.db);
    const QString late = writeFile(dir, QStringLiteral("late.csv"), file + "K-1,2024-01-01T00:00:00Z,fax,,,\n");
    const auto failed = InteractionImporter(t.db).import(late, options);
    REQUIRE(failed);
    CHECK_FALSE(failed->committed);
    CHECK(statsRows(t.db) == before);
    CHECK(scalar(t.db, triggers).toString() == triggersBefore);
    CHECK(contacts(t.db) == 6001);
}
