// Orders: amounts as people write them, the repository with its tombstones, the card's model, the
// transaction reader of the value analysis, the CSV import and export, the subject export, and
// the demo purchase histories.
#include "CliTestSupport.h"
#include "PgTestSupport.h"

#include "csv/OrderExporter.h"
#include "csv/OrderImporter.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoOrders.h"
#include "demo/DemoWriter.h"
#include "orders/Money.h"
#include "orders/PurchaseListModel.h"
#include "orders/PurchaseRepository.h"
#include "privacy/RejectFiles.h"
#include "privacy/SubjectExport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>

#include <set>

using namespace relatio;
using namespace relatio::csv;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;
using relatio::test::writeFile;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

qint64 count(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 liveOrders(const DatabasePtr &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM purchase WHERE deleted_at IS NULL"));
}

// Customers the files below name: two of their own, two that share an e-mail address, a deleted
// one, and a Norwegian one.
struct People
{
    qint64 anne = 0;
    qint64 bo = 0;
    qint64 carl = 0;
    qint64 dina = 0;
    qint64 erik = 0;
    qint64 kari = 0;
    QString boUuid;

    explicit People(const DatabasePtr &db)
    {
        CustomerRepository repo(db);
        auto make = [&repo](const char *given, const char *external, const char *email, const char *country) {
            Customer c;
            c.givenName = QString::fromUtf8(given);
            c.familyName = QStringLiteral("Test");
            c.externalId = QString::fromUtf8(external);
            c.email = QString::fromUtf8(email);
            c.country = QString::fromLatin1(country);
            const auto id = repo.create(c);
            REQUIRE(id);
            return *id;
        };
        anne = make("Anne", "K-1", "anne@dahl.example", "NL");
        bo = make("Bo", "K-2", "bo@ek.example", "NL");
        carl = make("Carl", "K-3", "shared@berg.example", "BE");
        dina = make("Dina", "K-4", "shared@berg.example", "BE");
        erik = make("Erik", "K-5", "erik@lund.example", "NL");
        kari = make("Kari", "K-6", "kari@nord.example", "NO");
        boUuid = repo.get(bo)->uuid;
        REQUIRE(repo.remove(erik));
    }
};

} // namespace

TEST_CASE("Amounts are read as spreadsheets write them, and ambiguous ones are refused", "[orders]")
{
    auto eur = [](const char *text) { return Money::parse(QString::fromUtf8(text), QStringLiteral("EUR")); };
    CHECK(eur("12.50").value() == 1250);
    CHECK(eur("12,50").value() == 1250);
    CHECK(eur("12,5").value() == 1250);
    CHECK(eur("1.234,56").value() == 123456);
    CHECK(eur("1,234.56").value() == 123456);
    CHECK(eur("1 234,56").value() == 123456);
    CHECK(eur("1\u00a0234,56").value() == 123456);
    CHECK(eur("1'234.56").value() == 123456);
    CHECK(eur("1.234.567").value() == 123456700);
    CHECK(eur("1,234,567.89").value() == 123456789);
    CHECK(eur("1234").value() == 123400);
    CHECK(eur("0,125").error().message.contains(QStringLiteral("decimals")));
    CHECK(eur("1.234,500").value() == 123450); // zeros beyond the cents say nothing
    CHECK_FALSE(eur("12.500"));                 // but one separator and three digits stays ambiguous
    CHECK(eur("-3,00").value() == -300);  // refunds are negative
    CHECK(eur("3,00-").value() == -300);
    CHECK(eur("€ 12,50").value() == 1250);
    CHECK(eur("12.50 EUR").value() == 1250);
    CHECK(eur(".5").value() == 50);

    // A single separator with three digits after it: a thousand and more, or one and a fraction?
    for (const char *ambiguous : {"1.234", "1,234", "12,345"}) {
        INFO(ambiguous);
        const auto r = eur(ambiguous);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("ambiguous")));
    }
    for (const char *bad : {"", "abc", "12,34,56", "1.23.4", "1,2345.00", "1..2", "12 3,00", "--3", "1e5"}) {
        INFO(bad);
        CHECK_FALSE(eur(bad));
    }
    // The currency's own decimals count.
    CHECK(Money::parse(QStringLiteral("1500"), QStringLiteral("JPY")).value() == 1500);
    CHECK_FALSE(Money::parse(QStringLiteral("15,50"), QStringLiteral("JPY")));
    CHECK(Money::parse(QStringLiteral("1.234"), QStringLiteral("KWD")).value() == 1234);
    CHECK_FALSE(Money::parse(QStringLiteral("12"), QStringLiteral("XYZ")));
    CHECK(Money::isCurrency(QStringLiteral("NOK")));
    CHECK_FALSE(Money::isCurrency(QStringLiteral("nok")));
    CHECK(Money::currencyOfCountry(QStringLiteral("no")) == QStringLiteral("NOK"));
    CHECK(Money::currencyOfCountry(QStringLiteral("BE")) == QStringLiteral("EUR"));

    // What export writes imports again in every currency.
    for (const auto &[minor, currency] : {std::pair{qint64(123456), "EUR"}, std::pair{qint64(-5), "EUR"},
                                          std::pair{qint64(1500), "JPY"}, std::pair{qint64(1234), "KWD"}}) {
        const QString code = QString::fromLatin1(currency);
        CHECK(Money::parse(Money::plain(minor, code), code).value() == minor);
    }
    CHECK(Money::plain(-5, QStringLiteral("EUR")) == QStringLiteral("-0.05"));
    CHECK(Money::format(123456, QStringLiteral("EUR"), QLocale(QLocale::Dutch, QLocale::Netherlands)).contains(QStringLiteral("1.234,56")));
    CHECK(Money::format(123456, QStringLiteral("EUR"), QLocale(QLocale::English, QLocale::UnitedStates)).contains(QStringLiteral("1,234.56")));
}

TEST_CASE("The repository stores orders, tombstones and restores them, and finds products", "[orders]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    People people(t.db);
    PurchaseRepository repo(t.db);

    const auto coffee = repo.ensureProduct(QStringLiteral("CT-1"), QStringLiteral("Coffee"), QStringLiteral("Drinks"));
    REQUIRE(coffee);
    CHECK(repo.ensureProduct(QStringLiteral("CT-1"), QStringLiteral("Other name")).value() == *coffee);
    CHECK(repo.findProduct(QStringLiteral("coffee")).value() == *coffee);
    CHECK(repo.findProduct(QStringLiteral("CT-1")).value() == *coffee);
    CHECK(repo.findProduct(QStringLiteral("tea")).value() == 0);
    CHECK(repo.product(*coffee)->category == QStringLiteral("Drinks"));
    CHECK_FALSE(repo.ensureProduct(QString(), QString()));

    Purchase p;
    p.customerId = people.anne;
    p.orderedOn = QDate(2026, 3, 1);
    p.amount = 1250;
    p.currency = QStringLiteral("EUR");
    p.productId = *coffee;
    p.channelId = 3;
    p.externalId = QStringLiteral("SO-1");
    const auto first = repo.create(p);
    REQUIRE(first);
    p.orderedOn = QDate(2026, 4, 2);
    p.amount = -500;
    p.quantity = -1;
    p.externalId = QStringLiteral("SO-2");
    const auto refund = repo.create(p);
    REQUIRE(refund);
    p.currency = QStringLiteral("NOK");
    p.amount = 9900;
    p.quantity = 1;
    const auto nok = repo.create(p);
    REQUIRE(nok);

    const auto list = repo.forCustomer(people.anne);
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).id == *nok); // newest first, the latest entered first within a day
    CHECK(list->at(1).id == *refund);
    CHECK(list->at(2).productName == QStringLiteral("Coffee"));
    CHECK(list->at(2).category == QStringLiteral("Drinks"));
    CHECK(list->at(2).channelName == Channel::defaultName(QStringLiteral("web")));
    auto totals = repo.totals(people.anne);
    REQUIRE(totals);
    CHECK(totals->count == 3);
    CHECK(totals->revenue.value(QStringLiteral("EUR")) == 750);
    CHECK(totals->revenue.value(QStringLiteral("NOK")) == 9900);
    CHECK(totals->first == QDate(2026, 3, 1));
    CHECK(totals->last == QDate(2026, 4, 2));

    REQUIRE(repo.remove(*refund));
    CHECK_FALSE(repo.remove(*refund));
    CHECK(repo.forCustomer(people.anne)->size() == 2);
    CHECK(repo.totals(people.anne)->revenue.value(QStringLiteral("EUR")) == 1250);
    REQUIRE(repo.restore(*refund));
    CHECK(repo.count().value() == 3);

    // Bad orders are refused with a reason.
    Purchase bad = p;
    bad.currency = QStringLiteral("EURO");
    CHECK(repo.create(bad).error().code == Error::Code::Invalid);
    bad = p;
    bad.quantity = 0;
    CHECK_FALSE(repo.create(bad));
    bad = p;
    bad.orderedOn = {};
    CHECK_FALSE(repo.create(bad));
    bad = p;
    bad.customerId = 999999;
    CHECK(repo.create(bad).error().code == Error::Code::NotFound);
    bad = p;
    bad.id = *first;
    bad.amount = 4242;
    REQUIRE(repo.update(bad));
    CHECK(repo.get(*first)->amount == 4242);
}

TEST_CASE("The card's model follows the orders one by one and sums them", "[orders]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    People people(t.db);
    PurchaseRepository repo(t.db);
    PurchaseListModel model(t.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.setCustomer(people.bo));
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == PurchaseListModel::ColumnCount);

    Purchase p;
    p.customerId = people.bo;
    p.currency = QStringLiteral("EUR");
    p.orderedOn = QDate(2026, 1, 10);
    p.amount = 1000;
    const qint64 a = repo.create(p).value();
    p.orderedOn = QDate(2026, 2, 10);
    p.amount = 2500;
    const qint64 b = repo.create(p).value();

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    REQUIRE(model.refresh(a));
    REQUIRE(model.refresh(b));
    CHECK(inserted.size() == 2);
    CHECK(model.idAt(0) == b);
    CHECK(model.data(model.index(0, PurchaseListModel::Amount)).toString().contains(QStringLiteral("25")));
    CHECK(model.totals().revenue.value(QStringLiteral("EUR")) == 3500);
    REQUIRE(repo.remove(b));
    REQUIRE(model.refresh(b));
    CHECK(removed.size() == 1);
    CHECK(model.rowCount() == 1);
    CHECK(reset.isEmpty());
    // Another customer's order does not show.
    p.customerId = people.anne;
    const qint64 other = repo.create(p).value();
    REQUIRE(model.refresh(other));
    CHECK(model.rowCount() == 1);
}

TEST_CASE("The transaction reader streams every live order with day and amount", "[orders]")
{
    TempDatabase t;
    REQUIRE(DemoWriter::write(t.db, DemoSize{300, 0, 2000}, 4));
    PurchaseRepository repo(t.db);
    const auto all = repo.transactions();
    REQUIRE(all);
    CHECK(qint64(all->size()) == 2000);
    double sumReader = 0;
    for (const value::Transaction &tx : *all) {
        REQUIRE(tx.date.isValid());
        REQUIRE(tx.customer > 0);
        sumReader += tx.amount;
    }
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sum(amount_cents) FROM purchase")));
    REQUIRE(q.next());
    CHECK(std::abs(sumReader * 100 - double(q.value(0).toLongLong())) < 1.0);

    TransactionFilter filter;
    filter.currency = QStringLiteral("NOK");
    filter.from = QDate(2026, 1, 1);
    const auto nok = repo.transactions(filter);
    REQUIRE(nok);
    CHECK(qint64(nok->size()) == count(t.db, QStringLiteral("SELECT count(*) FROM purchase WHERE currency = 'NOK'"
                                                               " AND ordered_on >= '2026-01-01'")));
    for (const value::Transaction &tx : *nok)
        CHECK(tx.date >= filter.from);

    std::atomic_bool cancel{true};
    qint64 seen = 0;
    // Cancelling is checked every 65536 rows: a small set reads to its end.
    CHECK(repo.transactions({}, [&seen](const value::Transaction &) { ++seen; }, &cancel).value() == 2000);
}

TEST_CASE("Demo orders: the number asked for, deterministic, in the window, with a BG/NBD story", "[orders][demo]")
{
    TempDatabase a;
    TempDatabase b;
    TempDatabase c;
    const auto written = DemoWriter::write(a.db, DemoSize{1500, 0, 4567}, 21);
    REQUIRE(written);
    CHECK(written->orders == 4567);
    CHECK(written->products == 40);
    REQUIRE(DemoWriter::write(b.db, DemoSize{1500, 0, 4567}, 21));
    REQUIRE(DemoWriter::write(c.db, DemoSize{1500, 0, 4567}, 22));
    auto digest = [](const DatabasePtr &db) {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT uuid, customer_id, external_id, ordered_on, amount_cents, currency,"
                                      " quantity, channel_id, product_id FROM purchase ORDER BY id")));
        QCryptographicHash h(QCryptographicHash::Sha256);
        while (q.next())
            for (int i = 0; i < 9; ++i)
                h.addData(q.value(i).toString().toUtf8() + '|');
        return h.result();
    };
    CHECK(digest(a.db) == digest(b.db));
    CHECK(digest(a.db) != digest(c.db));
    CHECK(count(a.db, QStringLiteral("SELECT count(*) FROM purchase")) == 4567);
    CHECK(count(a.db, QStringLiteral("SELECT count(*) FROM purchase WHERE ordered_on < '2024-11-01'"
                                     " OR ordered_on >= '2026-11-01'")) == 0);
    // Norwegian customers pay in NOK, the others in EUR.
    CHECK(count(a.db, QStringLiteral("SELECT count(*) FROM purchase p JOIN customer c ON c.id = p.customer_id"
                                     " WHERE (c.country = 'NO') <> (p.currency = 'NOK')")) == 0);
    CHECK(count(a.db, QStringLiteral("SELECT count(DISTINCT category) FROM product")) == 8);
    // Heterogeneous: many customers buy once or not at all, some buy often; channels weighted.
    const qint64 buyers = count(a.db, QStringLiteral("SELECT count(DISTINCT customer_id) FROM purchase"));
    CHECK(buyers > 300);
    CHECK(buyers < 1500);
    CHECK(count(a.db, QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM purchase GROUP BY customer_id)")) >= 15);
    CHECK(count(a.db, QStringLiteral("SELECT count(*) FROM purchase WHERE channel_id = 3"))
          > count(a.db, QStringLiteral("SELECT count(*) FROM purchase WHERE channel_id = 7")));
    // Every order line lies in its customer's life.
    CHECK(count(a.db, QStringLiteral("SELECT count(*) FROM purchase p JOIN customer c ON c.id = p.customer_id"
                                     " WHERE p.ordered_on < substr(c.created_at, 1, 10)")) == 0);

    // The default: three per customer; limits refused.
    TempDatabase d;
    const auto defaults = DemoWriter::write(d.db, DemoSize{200, 0}, 3);
    REQUIRE(defaults);
    CHECK(defaults->orders == 600);
    TempDatabase e;
    CHECK(DemoWriter::write(e.db, DemoSize{10, 0, 101}, 3).error().code == Error::Code::Usage);
}

TEST_CASE("Orders import: matching, amounts, products, currencies, and problems at their place", "[orders]")
{
    TempDatabase t;
    People people(t.db);
    QTemporaryDir dir;
    const QString file = writeFile(
        dir, QStringLiteral("orders.csv"),
        "ordernummer;klantnummer;e-mail;datum;bedrag;valuta;aantal;kanaal;artikelnummer;artikel;categorie\n"
        "A-1;K-1;;1-3-2026;1.234,56;EUR;2;web;SKU-1;Grinder;Coffee\n"
        "A-2;;bo@ek.example;2026-03-02;12,50;;;app;;Tea;\n"
        "A-3;K-6;;02.03.2026;99,00;;1;;SKU-1;;\n"
        "A-4;K-1;;2026-03-05;-3,00;EUR;-1;;;;\n");
    OrderImporter importer(t.db);
    const auto summary = importer.import(file, {});
    REQUIRE(summary);
    CHECK(summary->rows == 4);
    CHECK(summary->created == 4);
    CHECK(summary->rejected == 0);
    CHECK(summary->productsAdded == 2);
    CHECK(summary->committed);
    PurchaseRepository repo(t.db);
    const auto anne = repo.forCustomer(people.anne).value();
    REQUIRE(anne.size() == 2);
    CHECK(anne.at(1).amount == 123456);
    CHECK(anne.at(1).quantity == 2);
    CHECK(anne.at(1).productSku == QStringLiteral("SKU-1"));
    CHECK(anne.at(1).category == QStringLiteral("Coffee"));
    CHECK(anne.at(1).externalId == QStringLiteral("A-1"));
    CHECK(anne.at(0).amount == -300);
    const auto bo = repo.forCustomer(people.bo).value();
    REQUIRE(bo.size() == 1);
    CHECK(bo.at(0).currency == QStringLiteral("EUR")); // from the customer's country
    CHECK(bo.at(0).productName == QStringLiteral("Tea"));
    CHECK(repo.forCustomer(people.kari).value().at(0).currency == QStringLiteral("NOK"));

    // The same file again: every line is there already (order id and product).
    const auto again = importer.import(file, {});
    REQUIRE(again);
    CHECK(again->skipped == 4);
    CHECK(liveOrders(t.db) == 4);

    // Bad rows: each at its line and column; nothing written without a rejects file.
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"),
                                  "order_id,customer_external_id,customer_email,ordered_on,amount,currency,channel\n"
                                  "B-1,K-1,,2026-04-01,\"1,234\",EUR,web\n"
                                  "B-2,K-9,,2026-04-01,10,EUR,web\n"
                                  "B-3,,shared@berg.example,2026-04-01,10,EUR,web\n"
                                  "B-4,K-1,,31-31-2026,10,EUR,web\n"
                                  "B-5,K-1,,2026-04-01,10,EURO,web\n"
                                  "B-6,K-1,,2026-04-01,10,EUR,pigeon\n"
                                  "B-7,K-5,,2026-04-01,10,EUR,web\n"
                                  "B-8,K-1,,2026-04-01,10.00,EUR,web\n");
    std::vector<RowProblem> seen;
    OrderImportOptions options;
    options.problemSink = [&seen](const RowProblem &p) { seen.push_back(p); };
    const auto failed = importer.import(bad, options);
    REQUIRE(failed);
    CHECK_FALSE(failed->committed);
    CHECK(failed->rejected == 7);
    CHECK(liveOrders(t.db) == 4);
    REQUIRE(seen.size() == 7);
    CHECK(seen[0].line == 2);
    CHECK(seen[0].column == 5);
    CHECK(seen[0].message.contains(QStringLiteral("ambiguous")));
    CHECK(seen[1].line == 3);
    CHECK(seen[1].column == 2);
    CHECK(seen[2].message.contains(QStringLiteral("shared@berg.example")));
    CHECK(seen[2].column == 3);
    CHECK(seen[3].column == 4);
    CHECK(seen[4].column == 6);
    CHECK(seen[5].column == 7);
    CHECK(seen[5].message.contains(QStringLiteral("pigeon")));
    CHECK(seen[6].line == 8); // K-5 is deleted: no live customer has it

    // A dry run checks everything and writes nothing, no rejects file either.
    options.dryRun = true;
    options.rejectsPath = dir.filePath(QStringLiteral("dry-rejects.csv"));
    const auto dry = importer.import(bad, options);
    REQUIRE(dry);
    CHECK(dry->created == 1);
    CHECK(liveOrders(t.db) == 4);
    CHECK_FALSE(QFile::exists(options.rejectsPath));

    // With a rejects file the good row goes in and the bad ones out, with their reasons; the
    // file is noted for erasure.
    options.dryRun = false;
    options.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
    const auto kept = importer.import(bad, options);
    REQUIRE(kept);
    CHECK(kept->committed);
    CHECK(kept->created == 1);
    CHECK(liveOrders(t.db) == 5);
    const QByteArray rejects = readFile(options.rejectsPath);
    CHECK(rejects.contains("reason"));
    CHECK(rejects.contains("B-6"));
    CHECK_FALSE(rejects.contains("B-8"));
    CHECK(RejectFiles::noted(t.db->connection()).value().contains(QFileInfo(options.rejectsPath).absoluteFilePath()));

    // A header that is not one of an orders file stops everything at line 1.
    const QString header = writeFile(dir, QStringLiteral("header.csv"), "order_id,customer_email,ordered_on,amount,colour\n");
    const auto refused = importer.import(header, {});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().line == 1);
    CHECK(refused.error().column == 5);
    const QString noAmount = writeFile(dir, QStringLiteral("noamount.csv"), "customer_email,ordered_on\n");
    CHECK(importer.import(noAmount, {}).error().message.contains(QStringLiteral("amount")));
}

TEST_CASE("Orders export and import again: the same lines, and duplicates by policy", "[orders]")
{
    TempDatabase source;
    REQUIRE(DemoWriter::write(source.db, DemoSize{150, 0, 700}, 9));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("orders.csv"));
    OrderExportOptions exportOptions;
    exportOptions.delimiter = QLatin1Char(';');
    exportOptions.bom = true;
    CHECK(OrderExporter(source.db).exportTo(file, exportOptions).value() == 700);
    const QByteArray bytes = readFile(file);
    CHECK(bytes.startsWith("\xEF\xBB\xBFuuid;order_id;customer_uuid;customer_external_id;customer_email;ordered_on;"
                           "amount;currency;quantity;channel;product_sku;product;category\r\n"));

    // Into the same store: every line is known by its uuid.
    OrderImporter importer(source.db);
    const auto same = importer.import(file, {});
    REQUIRE(same);
    CHECK(same->skipped == 700);
    OrderImportOptions update;
    update.onDuplicate = DuplicatePolicy::Update;
    CHECK(importer.import(file, update).value().skipped == 700); // nothing changed
    OrderImportOptions create;
    create.onDuplicate = DuplicatePolicy::Create;
    CHECK(importer.import(file, create).value().created == 700);
    CHECK(liveOrders(source.db) == 1400);

    // Filters: days and one customer.
    OrderExportOptions some;
    some.from = QDate(2026, 1, 1);
    some.to = QDate(2026, 3, 31);
    const QString part = dir.filePath(QStringLiteral("part.csv"));
    const qint64 inRange = OrderExporter(source.db).exportTo(part, some).value();
    CHECK(inRange == count(source.db, QStringLiteral("SELECT count(*) FROM purchase WHERE ordered_on BETWEEN"
                                                     " '2026-01-01' AND '2026-03-31'")));
    CHECK(OrderExporter::parseDay(QStringLiteral("1-3-2026")).value() == QDate(2026, 3, 1));
    CHECK_FALSE(OrderExporter::parseDay(QStringLiteral("soon")));
}

TEST_CASE("The subject export holds the customer's orders", "[orders][privacy]")
{
    TempDatabase t;
    People people(t.db);
    PurchaseRepository repo(t.db);
    Purchase p;
    p.customerId = people.anne;
    p.orderedOn = QDate(2026, 5, 1);
    p.amount = 4990;
    p.currency = QStringLiteral("EUR");
    p.productId = repo.ensureProduct(QStringLiteral("X-1"), QStringLiteral("Lamp"), QStringLiteral("Home")).value();
    REQUIRE(repo.create(p));
    const auto subject = SubjectExport(t.db).collect(people.anne);
    REQUIRE(subject);
    const QJsonArray orders = subject->value(QStringLiteral("records")).toObject().value(QStringLiteral("purchase")).toArray();
    REQUIRE(orders.size() == 1);
    CHECK(orders.at(0).toObject().value(QStringLiteral("amount_cents")).toInteger() == 4990);
    CHECK(subject->value(QStringLiteral("referenced")).toObject().contains(QStringLiteral("product")));
    const QString html = SubjectExport::toHtml(*subject);
    CHECK(html.contains(QStringLiteral("Lamp")));
    CHECK(html.contains(QStringLiteral("49.90")));
}

TEST_CASE("An order row the CSV reader cannot split is rejected with its text", "[orders]")
{
    TempDatabase t;
    People people(t.db);
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("broken.csv"),
                                   "customer_external_id,ordered_on,amount,currency\n"
                                   "K-1,2026-01-02,10.00,EUR\n"
                                   "K-1,2026-01-03,5\"5,EUR\n"
                                   "K-2,2026-01-04,7.50,EUR\n");
    OrderImportOptions options;
    options.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
    std::vector<RowProblem> seen;
    options.problemSink = [&seen](const RowProblem &p) { seen.push_back(p); };
    const auto summary = OrderImporter(t.db).import(file, options);
    REQUIRE(summary);
    CHECK(summary->created == 2);
    CHECK(summary->rejected == 1);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].line == 3);
    CHECK(readFile(options.rejectsPath).contains("K-1,2026-01-03,5\"\"5,EUR"));
}
