// Search, filters and the customer list model.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerListModel.h"
#include "customers/CustomerQuery.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoWriter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <thread>

using namespace relatio;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;

namespace {

// Five customers with owners, tags and an organisation, on a file or a team database.
struct Fixture
{
    explicit Fixture(StoreKind kind = StoreKind::File)
        : t(kind)
    {
        if (t.skipped)
            return;
        fill();
    }

    TestStore t;
    CustomerRepository repo{t.db};
    QHash<QString, qint64> ids;
    qint64 ownerA = 0;
    qint64 ownerB = 0;

    qint64 add(const QString &key, const QString &given, const QString &family, const QString &city,
               const QString &country, const QString &email = {}, const QString &mobile = {},
               qint64 owner = 0, const QStringList &tags = {}, qint64 org = 0)
    {
        Customer c;
        c.givenName = given;
        c.familyName = family;
        c.city = city;
        c.country = country;
        c.email = email;
        c.mobile = mobile;
        c.ownerId = owner;
        c.tags = tags;
        c.organisationId = org;
        const auto id = repo.create(c);
        REQUIRE(id);
        ids.insert(key, *id);
        return *id;
    }

    void fill()
    {
        ownerA = repo.ensureOwner(QStringLiteral("Anne")).value();
        ownerB = repo.ensureOwner(QStringLiteral("Bram")).value();
        Customer org;
        org.kind = CustomerKind::Organisation;
        org.organisationName = QStringLiteral("Nordvik Bygg AS");
        org.country = QStringLiteral("NO");
        org.city = QStringLiteral("Tromsø");
        ids.insert(QStringLiteral("nordvik"), repo.create(org).value());
        add(QStringLiteral("jan"), QStringLiteral("Jan"), QStringLiteral("van der Berg"), QStringLiteral("Utrecht"),
            QStringLiteral("NL"), QStringLiteral("jan.vdberg@mail.example"), QStringLiteral("06-12345678"), ownerA,
            {QStringLiteral("VIP")});
        add(QStringLiteral("emile"), QStringLiteral("Émile"), QStringLiteral("Dubois"), QStringLiteral("Liège"),
            QStringLiteral("BE"), QStringLiteral("emile@dubois.example"), {}, ownerB);
        add(QStringLiteral("kari"), QStringLiteral("Kari"), QStringLiteral("Ødegård"), QStringLiteral("Tromsø"),
            QStringLiteral("NO"), QStringLiteral("kari@nordvik.example"), QStringLiteral("412 34 567"), ownerA,
            {QStringLiteral("VIP"), QStringLiteral("lead")}, ids.value(QStringLiteral("nordvik")));
        add(QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("Bakker"), QStringLiteral("Amsterdam"),
            QStringLiteral("NL"), QStringLiteral("anna@bakker.example"), QStringLiteral("06-87654321"), ownerB);
    }

    QList<qint64> resolve(const CustomerCriteria &c)
    {
        CustomerIdResolver resolver(t.db);
        const auto r = resolver.resolve(c);
        REQUIRE(r);
        return QList<qint64>(r->begin(), r->end());
    }

    QList<qint64> search(const QString &text)
    {
        CustomerCriteria c;
        c.text = text;
        return resolve(c);
    }

    QList<qint64> idsOf(std::initializer_list<const char *> keys)
    {
        QList<qint64> out;
        for (const char *k : keys)
            out.append(ids.value(QString::fromLatin1(k)));
        return out;
    }
};

} // namespace

TEST_CASE("Typed text becomes a safe full-text prefix query", "[search]")
{
    CHECK(ftsMatchExpression(QStringLiteral("jan")) == QStringLiteral("\"jan\"*"));
    CHECK(ftsMatchExpression(QStringLiteral("  jan  berg ")) == QStringLiteral("\"jan\"* \"berg\"*"));
    // Quotes, operators and column syntax are never passed through.
    CHECK(ftsMatchExpression(QStringLiteral("\"jan\" OR name:x*")) == QStringLiteral("\"jan\"* \"or\"* \"name\"* \"x\"*"));
    CHECK(ftsMatchExpression(QStringLiteral("jan.vdberg@mail")) == QStringLiteral("\"jan\"* \"vdberg\"* \"mail\"*"));
    // Phone-like input becomes one run of digits.
    CHECK(ftsMatchExpression(QStringLiteral("06-123 45")) == QStringLiteral("\"0612345\"*"));
    CHECK(ftsMatchExpression(QStringLiteral("+47 412")) == QStringLiteral("\"47412\"*"));
    CHECK(ftsMatchExpression(QStringLiteral("  ")).isEmpty());
    CHECK(ftsMatchExpression(QStringLiteral("-- ** ()")).isEmpty());
    // Folded as the index folds: lower case, accents off, but ø and æ are letters of their own.
    CHECK(searchTerms(QStringLiteral("Émile ØDEGÅRD")) == QStringList{QStringLiteral("emile"), QStringLiteral("ødegard")});
}

TEST_CASE("Search finds customers by name, organisation, e-mail, phone and city", "[search]")
{
    Fixture f(GENERATE(StoreKind::File, StoreKind::Team));
    if (f.t.skipped)
        return;
    INFO(f.t.where());
    CHECK(f.search(QStringLiteral("jan")) == f.idsOf({"jan"}));
    CHECK(f.search(QStringLiteral("berg")) == f.idsOf({"jan"}));              // inside "van der Berg"
    CHECK(f.search(QStringLiteral("emile")) == f.idsOf({"emile"}));           // accent-insensitive
    CHECK(f.search(QStringLiteral("liege")) == f.idsOf({"emile"}));
    CHECK(f.search(QStringLiteral("ødeg")) == f.idsOf({"kari"}));
    CHECK(f.search(QStringLiteral("nordvik")) == f.idsOf({"nordvik", "kari"})); // org by name, member by organisation
    CHECK(f.search(QStringLiteral("dubois.example")) == f.idsOf({"emile"}));
    CHECK(f.search(QStringLiteral("0612")) == f.idsOf({"jan"}));              // national format
    CHECK(f.search(QStringLiteral("+31 6 1234")) == f.idsOf({"jan"}));        // international format
    CHECK(f.search(QStringLiteral("41234")) == f.idsOf({"kari"}));            // Norwegian, no trunk prefix
    CHECK(f.search(QStringLiteral("tromsø")) == f.idsOf({"nordvik", "kari"}));
    CHECK(f.search(QStringLiteral("an ams")) == f.idsOf({"anna"}));           // every word must match
    CHECK(f.search(QStringLiteral("zzz")).isEmpty());
    CHECK(f.search(QStringLiteral("\"")).isEmpty());
}

TEST_CASE("Filters and sort orders combine with search", "[search]")
{
    Fixture f(GENERATE(StoreKind::File, StoreKind::Team));
    if (f.t.skipped)
        return;
    INFO(f.t.where());
    CustomerCriteria c;
    CHECK(f.resolve(c) == f.idsOf({"anna", "jan", "emile", "nordvik", "kari"})); // Bakker, Berg, Dubois, Nordvik, Ødegård

    c.tagId = f.repo.ensureTag(QStringLiteral("VIP")).value();
    CHECK(f.resolve(c) == f.idsOf({"jan", "kari"}));
    c.ownerId = f.ownerA;
    c.country = QStringLiteral("NO");
    CHECK(f.resolve(c) == f.idsOf({"kari"}));
    c.text = QStringLiteral("jan");
    CHECK(f.resolve(c).isEmpty());

    CustomerCriteria byCity;
    byCity.sort = CustomerSort::City;
    CHECK(f.resolve(byCity) == f.idsOf({"anna", "emile", "nordvik", "kari", "jan"}));
    byCity.descending = true;
    CHECK(f.resolve(byCity) == f.idsOf({"jan", "kari", "nordvik", "emile", "anna"}));

    CustomerCriteria byOwner;
    byOwner.sort = CustomerSort::Owner; // nobody, then Anne, then Bram
    CHECK(f.resolve(byOwner) == f.idsOf({"nordvik", "jan", "kari", "anna", "emile"}));
    // Value segments are worked out on each computer: a team database says it has none.
    if (f.t.db->dialect() == Dialect::PostgreSQL) {
        CustomerCriteria bySegment;
        bySegment.segment = 0;
        const auto refused = CustomerIdResolver(f.t.db).resolve(bySegment);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Invalid);
        CHECK(refused.error().message.contains(QStringLiteral("team database has none")));
    }
}

TEST_CASE("Deleted customers leave the list and the search, and appear in the deleted view", "[search]")
{
    Fixture f(GENERATE(StoreKind::File, StoreKind::Team));
    if (f.t.skipped)
        return;
    INFO(f.t.where());
    REQUIRE(f.repo.remove(f.ids.value(QStringLiteral("jan"))));
    CHECK(f.search(QStringLiteral("jan")).isEmpty());
    CustomerCriteria deleted;
    deleted.deleted = true;
    CHECK(f.resolve(deleted) == f.idsOf({"jan"}));
    deleted.text = QStringLiteral("utrecht");
    CHECK(f.resolve(deleted) == f.idsOf({"jan"}));
}

TEST_CASE("The resolver notices changes made through other connections", "[search]")
{
    Fixture f(GENERATE(StoreKind::File, StoreKind::Team));
    if (f.t.skipped)
        return;
    INFO(f.t.where());
    CustomerIdResolver resolver(f.t.db);
    CustomerCriteria all;
    CHECK(resolver.resolve(all)->size() == 5);
    std::thread writer([&]() {
        CustomerRepository repo(f.t.db);
        Customer c;
        c.givenName = QStringLiteral("Nieuw");
        REQUIRE(repo.create(c));
        f.t.db->releaseConnection();
    });
    writer.join();
    CHECK(resolver.resolve(all)->size() == 6);

    // Search sees it too, and a renamed organisation's members are found by the new name (on a
    // team database the words held in memory are read again for what changed, and for the
    // members of a changed organisation).
    CustomerCriteria text;
    text.text = QStringLiteral("nordvik");
    CHECK(resolver.resolve(text)->size() == 2);
    text.text = QStringLiteral("nieuw");
    CHECK(resolver.resolve(text)->size() == 1);
    Customer org = f.repo.get(f.ids.value(QStringLiteral("nordvik"))).value();
    org.organisationName = QStringLiteral("Fjellvik Bygg AS");
    REQUIRE(f.repo.update(org));
    text.text = QStringLiteral("fjellvik");
    const auto renamed = resolver.resolve(text);
    REQUIRE(renamed);
    CHECK(QList<qint64>(renamed->begin(), renamed->end()) == f.idsOf({"nordvik", "kari"}));
    text.text = QStringLiteral("nordvik"); // now only in Kari's e-mail address
    const auto old = resolver.resolve(text);
    REQUIRE(old);
    CHECK(QList<qint64>(old->begin(), old->end()) == f.idsOf({"kari"}));
}

TEST_CASE("The list model passes the model tester and reports fine-grained changes", "[model]")
{
    Fixture f(GENERATE(StoreKind::File, StoreKind::Team));
    if (f.t.skipped)
        return;
    INFO(f.t.where());
    CustomerListModel model(f.t.db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.refreshNow());
    REQUIRE(model.rowCount() == 5);
    CHECK(model.columnCount() == CustomerListModel::ColumnCount);
    CHECK(model.data(model.index(0, CustomerListModel::Name)).toString() == QStringLiteral("Anna Bakker"));
    CHECK(model.data(model.index(1, CustomerListModel::Name)).toString() == QStringLiteral("Jan van der Berg"));
    CHECK(model.data(model.index(1, CustomerListModel::Phone)).toString() == QStringLiteral("06 12345678"));
    CHECK(model.data(model.index(1, CustomerListModel::Tags)).toString() == QStringLiteral("VIP"));
    CHECK(model.data(model.index(1, CustomerListModel::Owner)).toString() == QStringLiteral("Anne"));
    CHECK(model.data(model.index(1, CustomerListModel::Country)).toString() == QStringLiteral("Netherlands"));
    CHECK(model.data(model.index(3, CustomerListModel::Name)).toString() == QStringLiteral("Nordvik Bygg AS"));
    CHECK(model.data(model.index(3, 0), CustomerListModel::IsOrganisationRole).toBool());
    CHECK(model.data(model.index(4, CustomerListModel::Organisation)).toString() == QStringLiteral("Nordvik Bygg AS"));
    CHECK(model.headerData(CustomerListModel::Email, Qt::Horizontal).toString() == QStringLiteral("E-mail"));

    SECTION("a new customer is inserted as one row")
    {
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Customer c;
        c.givenName = QStringLiteral("Cees");
        c.familyName = QStringLiteral("Claes");
        const qint64 id = f.repo.create(c).value();
        model.refresh({id});
        REQUIRE(inserted.wait(5000));
        CHECK(reset.isEmpty());
        CHECK(inserted.first().at(1).toInt() == 2); // after Berg, before Dubois
        CHECK(model.idAt(2) == id);
    }
    SECTION("a deleted customer is removed as one row")
    {
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        REQUIRE(f.repo.remove(f.ids.value(QStringLiteral("emile"))));
        model.refresh({f.ids.value(QStringLiteral("emile"))});
        REQUIRE(removed.wait(5000));
        CHECK(removed.first().at(1).toInt() == 2);
        CHECK(model.rowCount() == 4);
    }
    SECTION("an edit that keeps the order changes data only; a rename moves the row")
    {
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        Customer anna = f.repo.get(f.ids.value(QStringLiteral("anna"))).value();
        anna.city = QStringLiteral("Haarlem");
        REQUIRE(f.repo.update(anna));
        model.refresh({anna.id});
        REQUIRE(changed.wait(5000));
        CHECK(changed.first().at(0).toModelIndex().row() == 0);
        CHECK(model.data(model.index(0, CustomerListModel::City)).toString() == QStringLiteral("Haarlem"));
        CHECK(moved.isEmpty());

        anna.familyName = QStringLiteral("Zuidema");
        REQUIRE(f.repo.update(anna));
        model.refresh({anna.id});
        REQUIRE(moved.wait(5000));
        CHECK(model.idAt(3) == anna.id); // z sorts before ø
        CHECK(model.data(model.index(3, CustomerListModel::Name)).toString() == QStringLiteral("Anna Zuidema"));
    }
    SECTION("search text is applied asynchronously and stale results are dropped")
    {
        QSignalSpy ready(&model, &CustomerListModel::resultsReady);
        model.setSearchText(QStringLiteral("a"));
        model.setSearchText(QStringLiteral("an"));
        model.setSearchText(QStringLiteral("anna"));
        REQUIRE(ready.wait(5000));
        while (model.isLoading())
            REQUIRE(ready.wait(5000));
        CHECK(model.rowCount() == 1);
        CHECK(model.idAt(0) == f.ids.value(QStringLiteral("anna")));
    }
    SECTION("sorting through the model")
    {
        model.sort(CustomerListModel::City, Qt::DescendingOrder);
        REQUIRE(model.refreshNow());
        CHECK(model.data(model.index(0, CustomerListModel::City)).toString() == QStringLiteral("Utrecht"));
        model.sort(CustomerListModel::Tags, Qt::AscendingOrder); // not sortable: ignored
        CHECK(model.criteria().sort == CustomerSort::City);
    }
}

TEST_CASE("Broad searches show a first page before the full result, and both agree", "[search]")
{
    TempDatabase t;
    CustomerRepository repo(t.db);
    // 600 customers; every third one lives in Zwolle, spread evenly through the list.
    for (int i = 0; i < 600; ++i) {
        Customer c;
        c.givenName = QStringLiteral("Klant%1").arg(i, 3, 10, QLatin1Char('0'));
        c.familyName = QStringLiteral("Jansen");
        c.city = i % 3 == 0 ? QStringLiteral("Zwolle") : QStringLiteral("Deventer");
        REQUIRE(repo.create(c));
    }
    CustomerIdResolver resolver(t.db);
    for (const bool descending : {false, true}) {
        CustomerCriteria c;
        c.text = QStringLiteral("zwol");
        c.descending = descending;
        resolver.prepareSearch(c); // as the list model does while the list is shown
        std::vector<qint64> first;
        const auto full = resolver.resolve(c, [&](const std::vector<qint64> &page) { first = page; });
        REQUIRE(full);
        REQUIRE(full->size() == 200);
        REQUIRE(first.size() == CustomerIdResolver::kFirstPageRows);
        CHECK(std::equal(first.begin(), first.end(), full->begin()));
    }
    SECTION("a sparse search goes to the index")
    {
        CustomerCriteria c;
        c.text = QStringLiteral("klant599");
        bool called = false;
        const auto full = resolver.resolve(c, [&](const std::vector<qint64> &) { called = true; });
        REQUIRE(full);
        CHECK(full->size() == 1);
        CHECK_FALSE(called);
    }
    SECTION("a superseded search gives up")
    {
        CustomerCriteria c;
        c.text = QStringLiteral("jansen");
        const auto r = resolver.resolve(c, {}, []() { return true; });
        // Small enough to finish before the first check, or cancelled: never a wrong result.
        if (r)
            CHECK(r->size() == 600);
        else
            CHECK(r.error().code == Error::Code::Cancelled);
    }
}

TEST_CASE("The scan of the list's top and the index find the same customers", "[search]")
{
    // A list shorter than the scanned top is searched in memory alone; a longer one only gets its
    // first page from there. Both must agree with the index for every kind of query.
    TempDatabase t;
    REQUIRE(DemoWriter::write(t.db, 1200, 17));
    CustomerRepository repo(t.db);
    const QList<NamedItem> tags = repo.tags();
    const QList<NamedItem> owners = repo.owners();
    REQUIRE_FALSE(tags.isEmpty());
    REQUIRE_FALSE(owners.isEmpty());

    // Words taken from the data itself, cut to prefixes of several lengths, plus a few by hand.
    QStringList queries = {QStringLiteral("de vries"), QStringLiteral("ø"),         QStringLiteral("Ødeg"),
                           QStringLiteral("TROMSØ"),   QStringLiteral("ber ing"),   QStringLiteral("+31 6"),
                           QStringLiteral("0612"),     QStringLiteral("example.no"), QStringLiteral("é"),
                           QStringLiteral("zzzz"),     QStringLiteral("a b c"),     QStringLiteral("bv")};
    CustomerIdResolver reader(t.db);
    const auto all = reader.resolve(CustomerCriteria());
    REQUIRE(all);
    REQUIRE(all->size() == 1200);
    for (std::size_t i = 0; i < all->size(); i += 37) {
        const auto c = repo.get((*all)[i]);
        REQUIRE(c);
        const QString words = c->givenName + u' ' + c->familyName + u' ' + c->organisationName + u' ' + c->city
            + u' ' + c->email;
        const QStringList parts = words.split(u' ', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        const QString word = parts.at(int(i) % parts.size());
        queries.append(word.left(1 + int(i) % 6));
        if (parts.size() > 1)
            queries.append(parts.first().left(3) + u' ' + parts.last().left(2));
    }

    for (const QString &text : std::as_const(queries)) {
        for (int filter = 0; filter < 3; ++filter) {
            CustomerCriteria c;
            c.text = text;
            c.tagId = filter == 1 ? tags.first().id : 0;
            c.ownerId = filter == 2 ? owners.first().id : 0;
            c.descending = filter == 2;
            CustomerIdResolver scanned(t.db);
            scanned.prepareSearch(c); // the whole list is in the scanned top
            std::vector<qint64> firstPage;
            const auto fromScan = scanned.resolve(c, [&](const std::vector<qint64> &page) { firstPage = page; });
            CustomerIdResolver indexed(t.db); // nothing scanned: the index alone
            const auto fromIndex = indexed.resolve(c);
            REQUIRE(fromScan);
            REQUIRE(fromIndex);
            INFO("query \"" << text.toStdString() << "\", filter " << filter);
            CHECK(*fromScan == *fromIndex);
            if (!firstPage.empty())
                CHECK(std::equal(firstPage.begin(), firstPage.end(), fromIndex->begin()));
        }
    }
}
