// Customer import and export: header guessing, duplicates, rejects, dry runs, cancel, undo, the
// round trip and formula neutralisation.
#include "CliTestSupport.h"

#include "csv/CustomerCsv.h"
#include "csv/CustomerExporter.h"
#include "csv/CustomerImporter.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoWriter.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringDecoder>

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

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 liveCount(const DatabasePtr &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM customer WHERE deleted_at IS NULL"));
}

Customer byEmail(const DatabasePtr &db, const QString &email)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT id FROM customer WHERE email = ? AND deleted_at IS NULL"));
    q.addBindValue(email);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const auto c = CustomerRepository(db).get(q.value(0).toLongLong());
    REQUIRE(c);
    return *c;
}

std::optional<CustomerColumn> guess(const char *header)
{
    return CustomerCsv::guessColumn(QString::fromUtf8(header));
}

} // namespace

TEST_CASE("Column headers are recognised in English, Dutch and Norwegian", "[csv][import]")
{
    CHECK(guess("Last name") == CustomerColumn::FamilyName);
    CHECK(guess("achternaam") == CustomerColumn::FamilyName);
    CHECK(guess("Etternavn") == CustomerColumn::FamilyName);
    CHECK(guess("First Name") == CustomerColumn::GivenName);
    CHECK(guess("Voornaam") == CustomerColumn::GivenName);
    CHECK(guess("fornavn") == CustomerColumn::GivenName);
    CHECK(guess("E-mail address") == CustomerColumn::Email);
    CHECK(guess("E-mailadres") == CustomerColumn::Email);
    CHECK(guess("E-post") == CustomerColumn::Email);
    CHECK(guess("Telefoon") == CustomerColumn::Phone);
    CHECK(guess("Telefon") == CustomerColumn::Phone);
    CHECK(guess("Mobiel") == CustomerColumn::Mobile);
    CHECK(guess("Postcode") == CustomerColumn::Postcode);
    CHECK(guess("Postnummer") == CustomerColumn::Postcode);
    CHECK(guess("ZIP code") == CustomerColumn::Postcode);
    CHECK(guess("Woonplaats") == CustomerColumn::City);
    CHECK(guess("Sted") == CustomerColumn::City);
    CHECK(guess("Poststed") == CustomerColumn::City);
    CHECK(guess("Bedrijf") == CustomerColumn::Organisation);
    CHECK(guess("Firma") == CustomerColumn::Organisation);
    CHECK(guess("Company") == CustomerColumn::Organisation);
    CHECK(guess("Språk") == CustomerColumn::Language);
    CHECK(guess("Klantnummer") == CustomerColumn::ExternalId);
    CHECK(guess("Kundenummer") == CustomerColumn::ExternalId);
    CHECK(guess("Naam") == CustomerColumn::FullName);
    CHECK(guess(" given_name ") == CustomerColumn::GivenName);
    CHECK_FALSE(guess("Favourite colour"));
    CHECK_FALSE(guess(""));

    // Every canonical header maps to its own column.
    for (const CustomerColumn column : canonicalColumns())
        CHECK(CustomerCsv::guessColumn(headerName(column)) == column);

    // No column is claimed twice: the first header wins.
    const auto mapping = CustomerCsv::guessMapping(
        {QStringLiteral("E-mail"), QStringLiteral("E-post"), QStringLiteral("Onbekend"), QStringLiteral("Sted")});
    REQUIRE(mapping.size() == 4);
    CHECK(mapping[0] == CustomerColumn::Email);
    CHECK_FALSE(mapping[1]);
    CHECK_FALSE(mapping[2]);
    CHECK(mapping[3] == CustomerColumn::City);
}

TEST_CASE("Formula cells are neutralised and read back unchanged", "[csv][export]")
{
    for (const char *raw : {"=SUM(A1:A2)", "+31612345678", "-5", "@import", "\tx", "\rx", "'=1", "''+2", "'", "'hello",
                            "plain", "", "a=b", "=", "''"}) {
        const QString text = QString::fromUtf8(raw);
        const QString safe = CustomerCsv::neutralise(text);
        CHECK(CustomerCsv::unneutralise(safe) == text);
        if (!safe.isEmpty())
            CHECK_FALSE((QStringLiteral("=+-@\t\r").contains(safe[0])));
    }
    CHECK(CustomerCsv::neutralise(QStringLiteral("=1")) == QStringLiteral("'=1"));
    CHECK(CustomerCsv::neutralise(QStringLiteral("'=1")) == QStringLiteral("''=1"));
    CHECK(CustomerCsv::neutralise(QStringLiteral("'hello")) == QStringLiteral("'hello"));
    // A spreadsheet user's own apostrophe before a formula character is read as Excel means it.
    CHECK(CustomerCsv::unneutralise(QStringLiteral("'+31 6 1234 5678")) == QStringLiteral("+31 6 1234 5678"));
}

TEST_CASE("Dates are read in ISO and day-first forms, and wrong ones are reported", "[csv][import]")
{
    auto utc = [](const char *text) {
        const auto t = CustomerCsv::parseTime(QString::fromUtf8(text));
        REQUIRE(t);
        return t->toUTC();
    };
    CHECK(utc("2024-03-01T09:30:00.250Z") == QDateTime(QDate(2024, 3, 1), QTime(9, 30, 0, 250), Qt::UTC));
    CHECK(utc("2024-03-01T10:30:00+01:00") == QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
    CHECK(utc("2024-03-01").toLocalTime().date() == QDate(2024, 3, 1));
    CHECK(utc("1-3-2024").toLocalTime().date() == QDate(2024, 3, 1));
    CHECK(utc("01.03.2024 14:05").toLocalTime() == QDateTime(QDate(2024, 3, 1), QTime(14, 5)));
    CHECK(CustomerCsv::parseTime(QString())->isNull());
    for (const char *bad : {"31-02-2024", "2024-13-01", "3/1/2024", "yesterday", "2024-03-01T25:00"}) {
        const auto t = CustomerCsv::parseTime(QString::fromUtf8(bad));
        REQUIRE_FALSE(t);
        CHECK(t.error().message.contains(QStringLiteral("YYYY-MM-DD")));
    }
}

TEST_CASE("A Dutch Excel file imports: Windows-1252, semicolons, guessed columns, organisations", "[csv][import]")
{
    TempDatabase t;
    QTemporaryDir dir;
    QByteArray bytes = "Voornaam;Achternaam;Bedrijf;E-mailadres;Telefoon;Postcode;Woonplaats;Land;Eigenaar;Labels\r\n"
                       "Ren\xe9;de Vries;Bakkerij Jansen;rene@bakkerij.example;020-1234567;1012ab;Amsterdam;NL;Sanne;klant; vip\r\n"
                       ";;Bakkerij Jansen;info@bakkerij.example;;;Amsterdam;NL;Sanne;\r\n"
                       "Ingrid;Solberg;;ingrid@fjord.example;+47 412 34 567;0150;Oslo;NO;;\r\n";
    // "klant; vip" is one field with a separator inside: quote it as Excel would.
    bytes.replace("klant; vip", "\"klant; vip\"");
    const QString path = writeFile(dir, QStringLiteral("klanten.csv"), bytes);

    const auto summary = CustomerImporter(t.db).import(path, ImportOptions{});
    REQUIRE(summary);
    CHECK(summary->encoding == QStringLiteral("Windows-1252"));
    CHECK(summary->delimiter == QLatin1Char(';'));
    CHECK(summary->rows == 3);
    CHECK(summary->rejected == 0);
    // René's organisation did not exist yet: it is made for him, and its own row, read after
    // his, fills that record in instead of making a second one.
    CHECK(summary->created == 3);
    CHECK(summary->organisationsMade == 0);
    CHECK(summary->committed);
    CHECK(summary->batchId > 0);

    const Customer rene = byEmail(t.db, QStringLiteral("rene@bakkerij.example"));
    CHECK(rene.givenName == QStringLiteral("René"));
    CHECK(rene.familyName == QStringLiteral("de Vries"));
    CHECK(rene.phone == QStringLiteral("+31201234567"));
    CHECK(rene.postcode == QStringLiteral("1012 AB"));
    CHECK(rene.ownerName == QStringLiteral("Sanne"));
    CHECK(rene.tags == QStringList{QStringLiteral("klant"), QStringLiteral("vip")});
    CHECK(rene.organisationLabel == QStringLiteral("Bakkerij Jansen"));
    const Customer ingrid = byEmail(t.db, QStringLiteral("ingrid@fjord.example"));
    CHECK(ingrid.phone == QStringLiteral("+4741234567"));
    CHECK(ingrid.organisationId == 0);
    // The organisation row without a person's name is an organisation.
    const Customer bakery = byEmail(t.db, QStringLiteral("info@bakkerij.example"));
    CHECK(bakery.kind == CustomerKind::Organisation);
    CHECK(bakery.id == rene.organisationId);
    CHECK(bakery.city == QStringLiteral("Amsterdam"));
}

TEST_CASE("Duplicates are skipped, updated or created as chosen", "[csv][import]")
{
    TempDatabase t;
    QTemporaryDir dir;
    CustomerRepository repo(t.db);
    Customer existing;
    existing.givenName = QStringLiteral("Anna");
    existing.familyName = QStringLiteral("Berg");
    existing.email = QStringLiteral("anna@berg.example");
    existing.city = QStringLiteral("Bergen");
    existing.notes = QStringLiteral("kept");
    const auto id = repo.create(existing);
    REQUIRE(id);
    Customer withExternal;
    withExternal.kind = CustomerKind::Organisation;
    withExternal.organisationName = QStringLiteral("Fjord AS");
    withExternal.externalId = QStringLiteral("K-100");
    const auto orgId = repo.create(withExternal);
    REQUIRE(orgId);

    // The e-mail differs in case; the city is new; notes are not in the file and stay.
    const QString path = writeFile(dir, QStringLiteral("d.csv"),
                                   "given_name,family_name,email,city,external_id,organisation\n"
                                   "Anna,Berg,ANNA@berg.example,Oslo,,\n"
                                   ",,,Stavanger,K-100,Fjord AS\n"
                                   "Per,Dahl,per@dahl.example,Oslo,,\n");

    SECTION("skip")
    {
        const auto s = CustomerImporter(t.db).import(path, ImportOptions{});
        REQUIRE(s);
        CHECK(s->created == 1);
        CHECK(s->skipped == 2);
        CHECK(s->updated == 0);
        CHECK(repo.get(*id)->city == QStringLiteral("Bergen"));
    }
    SECTION("update")
    {
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Update;
        const auto s = CustomerImporter(t.db).import(path, options);
        REQUIRE(s);
        CHECK(s->created == 1);
        CHECK(s->updated == 2);
        const Customer anna = *repo.get(*id);
        CHECK(anna.city == QStringLiteral("Oslo"));
        CHECK(anna.notes == QStringLiteral("kept"));
        CHECK(anna.email == QStringLiteral("ANNA@berg.example"));
        CHECK(repo.get(*orgId)->city == QStringLiteral("Stavanger"));

        // Undo puts the old content back and removes the new record; redo repeats it.
        CustomerImporter importer(t.db);
        const auto undone = importer.undoImport(s->batchId);
        REQUIRE(undone);
        CHECK(*undone == 3);
        CHECK(repo.get(*id)->city == QStringLiteral("Bergen"));
        CHECK(repo.get(*orgId)->city.isEmpty());
        CHECK(liveCount(t.db) == 2);
        CHECK_FALSE(importer.undoImport(s->batchId)); // not twice
        REQUIRE(importer.redoImport(s->batchId));
        CHECK(repo.get(*id)->city == QStringLiteral("Oslo"));
        CHECK(liveCount(t.db) == 3);
    }
    SECTION("create anyway")
    {
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Create;
        const auto s = CustomerImporter(t.db).import(path, options);
        REQUIRE(s);
        CHECK(s->created == 3);
        CHECK(liveCount(t.db) == 5);
    }
    SECTION("an update that changes nothing counts as skipped")
    {
        const QString same = writeFile(dir, QStringLiteral("same.csv"), "email,city\nanna@berg.example,Bergen\n");
        ImportOptions options;
        options.onDuplicate = DuplicatePolicy::Update;
        const auto s = CustomerImporter(t.db).import(same, options);
        REQUIRE(s);
        CHECK(s->updated == 0);
        CHECK(s->skipped == 1);
        CHECK(s->batchId == 0);
    }
    SECTION("rows earlier in the same file count as existing")
    {
        const QString twice = writeFile(dir, QStringLiteral("twice.csv"),
                                        "name,email\nKari Nordmann,kari@example.no\nKari N.,KARI@example.no\n");
        const auto s = CustomerImporter(t.db).import(twice, ImportOptions{});
        REQUIRE(s);
        CHECK(s->created == 1);
        CHECK(s->skipped == 1);
        CHECK(byEmail(t.db, QStringLiteral("kari@example.no")).familyName == QStringLiteral("Nordmann"));
    }
}

TEST_CASE("Bad rows stop the import, or go to a rejects file that imports again once fixed", "[csv][import]")
{
    TempDatabase t;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("mixed.csv"),
                                   "first name,last name,email,phone,created\n"
                                   "Jan,Jansen,jan@example.nl,0612345678,2024-01-05\n"
                                   "Piet,Pieters,piet@@example.nl,,\n"
                                   "Klaas,Klaassen,klaas@example.nl,12,\n"
                                   "\"Eva,\"x\",Evers,eva@example.nl,,\n"
                                   "Mies,Bakker,mies@example.nl,,31-02-2024\n"
                                   "Kees,de Boer,kees@example.nl,,\n");
    CustomerImporter importer(t.db);

    SECTION("without a rejects file nothing is written and every problem is listed")
    {
        const auto s = importer.import(path, ImportOptions{});
        REQUIRE(s);
        CHECK_FALSE(s->committed);
        CHECK(s->rejected == 4);
        CHECK(liveCount(t.db) == 0);
        REQUIRE(s->problems.size() == 4);
        CHECK(s->problems[0].line == 3);
        CHECK(s->problems[0].column == 3);
        CHECK(s->problems[0].message.contains(QStringLiteral("piet@@example.nl")));
        CHECK(s->problems[1].line == 4);
        CHECK(s->problems[1].column == 4);
        CHECK(s->problems[2].line == 5);
        CHECK(s->problems[3].line == 6);
        CHECK(s->problems[3].column == 5);
        CHECK(s->problems[3].message.contains(QStringLiteral("31-02-2024")));
        // What a dry run says, the import does.
        ImportOptions dry;
        dry.dryRun = true;
        const auto d = importer.import(path, dry);
        REQUIRE(d);
        CHECK(d->created == 2);
        CHECK(d->rejected == 4);
    }
    SECTION("with a rejects file the good rows are imported")
    {
        ImportOptions options;
        options.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
        const auto s = importer.import(path, options);
        REQUIRE(s);
        CHECK(s->committed);
        CHECK(s->created == 2);
        CHECK(s->rejected == 4);
        CHECK(s->rejectsPath == options.rejectsPath);
        CHECK(liveCount(t.db) == 2);

        // The rejects: the original header and rows, plus a reason.
        QByteArray rejects = readFile(options.rejectsPath);
        REQUIRE(rejects.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(rejects.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 5);
        CHECK(lines[0] == QStringLiteral("first name,last name,email,phone,created,reason"));
        CHECK(lines[1].startsWith(QStringLiteral("Piet,Pieters,piet@@example.nl,,,")));
        CHECK(lines[1].contains(QStringLiteral("line 3")));
        CHECK(lines[3].contains(QStringLiteral("Eva")));

        // Fixed and imported again: the reason column is not one Relatio knows, so it is left out.
        rejects.replace("piet@@example.nl", "piet@example.nl");
        rejects.replace(",12,", ",0612345679,");
        // The row that could not be read is kept as its text in the first column.
        rejects.replace("\"\"\"Eva,\"\"x\"\",Evers,eva@example.nl,,\",,,,", "Eva,Evers,eva@example.nl,,");
        rejects.replace("31-02-2024", "28-02-2024");
        const QString fixed = writeFile(dir, QStringLiteral("fixed.csv"), rejects);
        const auto again = importer.import(fixed, ImportOptions{});
        REQUIRE(again);
        CHECK(again->rejected == 0);
        CHECK(again->created == 4);
        CHECK(liveCount(t.db) == 6);
    }
}

TEST_CASE("A fatal reading error writes nothing and says where", "[csv][import]")
{
    TempDatabase t;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("open.csv"), "name,email\nA B,a@b.example\n\"C D,c@d.example\n");
    ImportOptions options;
    options.rejectsPath = dir.filePath(QStringLiteral("r.csv"));
    const auto s = CustomerImporter(t.db).import(path, options);
    REQUIRE_FALSE(s);
    CHECK(s.error().line == 3);
    CHECK(s.error().toString().contains(QStringLiteral("open.csv:3:")));
    CHECK(liveCount(t.db) == 0);
    CHECK_FALSE(QFile::exists(options.rejectsPath));

    const QString none = writeFile(dir, QStringLiteral("none.csv"), "colour,size\nred,4\n");
    const auto unknown = CustomerImporter(t.db).import(none, ImportOptions{});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(QStringLiteral("colour")));
}

TEST_CASE("A cancelled import leaves the database exactly as it was", "[csv][import]")
{
    TempDatabase t;
    QTemporaryDir dir;
    REQUIRE(DemoWriter::write(t.db, 300, 5));
    const QString before = dir.filePath(QStringLiteral("before.csv"));
    REQUIRE(CustomerExporter(t.db).exportAll(before, ExportOptions{}));

    QByteArray big = "given_name,family_name,email\n";
    for (int i = 0; i < 20000; ++i)
        big += QByteArray("Test,Person") + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@cancel.example\n";
    const QString path = writeFile(dir, QStringLiteral("big.csv"), big);
    int calls = 0;
    const auto s = CustomerImporter(t.db).import(path, ImportOptions{}, [&](qint64, qint64) { return ++calls < 3; });
    REQUIRE_FALSE(s);
    CHECK(s.error().code == Error::Code::Cancelled);
    const QString after = dir.filePath(QStringLiteral("after.csv"));
    REQUIRE(CustomerExporter(t.db).exportAll(after, ExportOptions{}));
    CHECK(readFile(after) == readFile(before));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM import_batch")) == 0);
}

TEST_CASE("Export, import and export again give the same records", "[csv][export][import]")
{
    TempDatabase source;
    QTemporaryDir dir;
    REQUIRE(DemoWriter::write(source.db, 1500, 11));
    // Values a spreadsheet would run, and text that needs quoting.
    CustomerRepository repo(source.db);
    Customer tricky;
    tricky.givenName = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
    tricky.familyName = QStringLiteral("-Minus");
    tricky.notes = QStringLiteral("@SUM(1)\nsecond line; with \"quotes\", and commas");
    tricky.tags = {QStringLiteral("+plus"), QStringLiteral("vip")};
    tricky.externalId = QStringLiteral("'=already quoted");
    REQUIRE(repo.create(tricky));

    for (const bool semicolon : {false, true}) {
        ExportOptions options;
        options.delimiter = semicolon ? QLatin1Char(';') : QLatin1Char(',');
        options.bom = semicolon;
        const QString first = dir.filePath(QStringLiteral("first.csv"));
        const auto written = CustomerExporter(source.db).exportAll(first, options);
        REQUIRE(written);
        CHECK(*written == 1501);
        const QByteArray firstBytes = readFile(first);
        CHECK(firstBytes.startsWith("\xEF\xBB\xBF") == semicolon);
        // No cell starts with a formula character.
        for (const QByteArray &line : firstBytes.split('\n'))
            for (const QByteArray &cell : line.split(semicolon ? ';' : ','))
                if (!cell.isEmpty())
                    CHECK_FALSE(QByteArray("=+-@").contains(cell.at(0)));

        TempDatabase target;
        const auto imported = CustomerImporter(target.db).import(first, ImportOptions{});
        REQUIRE(imported);
        CHECK(imported->created == 1501);
        CHECK(imported->rejected == 0);
        const QString second = dir.filePath(QStringLiteral("second.csv"));
        REQUIRE(CustomerExporter(target.db).exportAll(second, options));
        CHECK(readFile(second) == firstBytes);

        // Importing the same file again with update changes nothing.
        ImportOptions update;
        update.onDuplicate = DuplicatePolicy::Update;
        const auto again = CustomerImporter(target.db).import(first, update);
        REQUIRE(again);
        CHECK(again->created == 0);
        CHECK(again->updated == 0);
        CHECK(again->skipped == 1501);
    }
}

TEST_CASE("Export of chosen records and columns", "[csv][export]")
{
    TempDatabase t;
    QTemporaryDir dir;
    REQUIRE(DemoWriter::write(t.db, 50, 3));
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM customer WHERE kind = 'person' ORDER BY id DESC LIMIT 3")));
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    ExportOptions options;
    options.columns = {CustomerColumn::FamilyName, CustomerColumn::Email};
    const QString path = dir.filePath(QStringLiteral("some.csv"));
    const auto written = CustomerExporter(t.db).exportIds(path, ids, options);
    REQUIRE(written);
    CHECK(*written == 3);
    const QList<QByteArray> lines = readFile(path).split('\n');
    REQUIRE(lines.size() == 5); // header, three rows, and the empty rest after the last CRLF
    CHECK(lines[0] == "family_name,email\r");
    const Customer last = *CustomerRepository(t.db).get(ids.front());
    CHECK(lines[1] == (last.familyName + QLatin1Char(',') + last.email + QLatin1Char('\r')).toUtf8());

    // A failed export leaves an existing file as it was.
    const QString keep = writeFile(dir, QStringLiteral("keep.csv"), "old");
    options.delimiter = QLatin1Char('|');
    CHECK_FALSE(CustomerExporter(t.db).exportAll(keep, options));
    CHECK(readFile(keep) == "old");
}

TEST_CASE("A person may come before their organisation in the file", "[csv][import]")
{
    QTemporaryDir dir;
    const QString orgId = QStringLiteral("5b0e7c3a-1f2d-4c8e-9a6b-3d2f1e0c9b8a");
    const QString path = writeFile(
        dir, QStringLiteral("order.csv"),
        QStringLiteral("id,kind,given_name,family_name,organisation,organisation_id,email,city\n"
                       ",person,Lars,Holm,Fjordfisk AS,%1,lars@fjordfisk.example,\n"
                       ",person,Siri,Holm,Havbruk AS,,siri@havbruk.example,\n"
                       "%1,organisation,,,Fjordfisk AS,,post@fjordfisk.example,Bergen\n"
                       ",organisation,,,Havbruk AS,,post@havbruk.example,Ålesund\n")
            .arg(orgId)
            .toUtf8());
    for (const DuplicatePolicy policy : {DuplicatePolicy::Skip, DuplicatePolicy::Create}) {
        TempDatabase fresh;
        ImportOptions options;
        options.onDuplicate = policy;
        ImportOptions dry = options;
        dry.dryRun = true;
        const auto checked = CustomerImporter(fresh.db).import(path, dry);
        REQUIRE(checked);
        CHECK(checked->created == 4);
        const auto s = CustomerImporter(fresh.db).import(path, options);
        REQUIRE(s);
        CHECK(s->created == 4);
        CHECK(s->skipped == 0);
        CHECK(scalar(fresh.db, QStringLiteral("SELECT count(*) FROM customer WHERE kind = 'organisation'")) == 2);
        const Customer lars = byEmail(fresh.db, QStringLiteral("lars@fjordfisk.example"));
        const Customer fjordfisk = *CustomerRepository(fresh.db).get(lars.organisationId);
        CHECK(fjordfisk.uuid == orgId);
        CHECK(fjordfisk.email == QStringLiteral("post@fjordfisk.example"));
        CHECK(fjordfisk.city == QStringLiteral("Bergen"));
        const Customer siri = byEmail(fresh.db, QStringLiteral("siri@havbruk.example"));
        CHECK(CustomerRepository(fresh.db).get(siri.organisationId)->city == QStringLiteral("Ålesund"));
    }
}

TEST_CASE("Organisations that people name are made once and counted", "[csv][import]")
{
    TempDatabase t;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("org.csv"),
                                   "name,company,email\n"
                                   "Anna Bakker,Bakker BV,anna@bakker.example\n"
                                   "Bert Bakker,bakker bv,bert@bakker.example\n"
                                   "Kees Vos,Vos & Zn,kees@vos.example\n");
    ImportOptions dry;
    dry.dryRun = true;
    const auto checked = CustomerImporter(t.db).import(path, dry);
    REQUIRE(checked);
    CHECK(checked->created == 5);
    CHECK(checked->organisationsMade == 2);
    const auto s = CustomerImporter(t.db).import(path, ImportOptions{});
    REQUIRE(s);
    CHECK(s->created == 5);
    CHECK(s->organisationsMade == 2);
    const Customer anna = byEmail(t.db, QStringLiteral("anna@bakker.example"));
    const Customer bert = byEmail(t.db, QStringLiteral("bert@bakker.example"));
    CHECK(anna.organisationId == bert.organisationId);
    CHECK(anna.organisationLabel == QStringLiteral("Bakker BV"));
}
