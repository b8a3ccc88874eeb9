// Personas, costs, individual prices and co-purchases on small hand-made databases: rule
// precedence and fallbacks, proration and return per segment, co-purchase counts and suggestions.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "value/CoPurchase.h"
#include "value/CostEntry.h"
#include "value/CostsReturn.h"
#include "value/Persona.h"
#include "value/PriceRule.h"
#include "value/Pricing.h"
#include "value/PricingFormat.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <random>

using namespace relatio;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;

namespace {

void sql(const DatabasePtr &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(db->connection());
    REQUIRE(q.prepare(statement));
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool done = q.exec();
    INFO(statement.toStdString() << " → " << q.lastError().text().toStdString());
    REQUIRE(done);
}

qint64 scalar(const DatabasePtr &db, const QString &statement)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(statement));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 addCustomer(const DatabasePtr &db, qint64 id, const QString &country = QStringLiteral("NL"))
{
    sql(db, QStringLiteral("INSERT INTO customer (id, uuid, kind, given_name, family_name, country, created_at, updated_at)"
                           " VALUES (?, ?, 'person', 'Test', ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
        {id, QStringLiteral("c-%1").arg(id), QStringLiteral("Customer %1").arg(id), country});
    return id;
}

void setValue(const DatabasePtr &db, qint64 customer, int segment, double clv = 0, int tier = 4)
{
    sql(db, QStringLiteral("INSERT INTO customer_value (customer_id, segment, recency_score, frequency_score,"
                           " monetary_score, recency_days, purchase_days, revenue_cents, clv, clv_tier)"
                           " VALUES (?, ?, 3, 3, 3, 10, 2, 1000, ?, ?)"),
        {customer, segment, clv, tier});
}

qint64 addTag(const DatabasePtr &db, const QString &name)
{
    sql(db, QStringLiteral("INSERT INTO tag (uuid, name, created_at, updated_at) VALUES (?, ?, '2026-01-01', '2026-01-01')"),
        {name + QStringLiteral("-uuid"), name});
    return scalar(db, QStringLiteral("SELECT max(id) FROM tag"));
}

void tagCustomer(const DatabasePtr &db, qint64 customer, qint64 tag)
{
    sql(db, QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)"), {customer, tag});
}

qint64 addProduct(const DatabasePtr &db, qint64 id, const QString &name, const QString &category,
                  std::optional<qint64> listPrice, const QString &currency = QStringLiteral("EUR"))
{
    sql(db, QStringLiteral("INSERT INTO product (id, uuid, sku, name, category, list_price_cents, currency, created_at,"
                           " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')"),
        {id, QStringLiteral("p-%1").arg(id), QStringLiteral("SKU%1").arg(id), name,
         category.isNull() ? QString(QLatin1String("")) : category,
         listPrice ? QVariant(*listPrice) : QVariant(QMetaType(QMetaType::LongLong)), currency});
    return id;
}

void addPurchase(const DatabasePtr &db, qint64 customer, qint64 product, const QString &day, qint64 cents,
                 const QString &currency = QStringLiteral("EUR"))
{
    static int n = 0;
    sql(db, QStringLiteral("INSERT INTO purchase (uuid, customer_id, ordered_on, amount_cents, currency, product_id,"
                           " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')"),
        {QStringLiteral("u-%1").arg(++n), customer, day, cents, currency,
         product > 0 ? QVariant(product) : QVariant(QMetaType(QMetaType::LongLong))});
}

qint64 addPersona(PersonaRepository &repo, const QString &name)
{
    Persona p;
    p.name = name;
    p.description = name + QStringLiteral(" description");
    const auto id = repo.add(p);
    REQUIRE(id);
    return *id;
}

PersonaRule rule(qint64 persona, int priority, std::optional<int> segment = std::nullopt, qint64 tag = 0,
                 const QString &country = {})
{
    PersonaRule r;
    r.personaId = persona;
    r.priority = priority;
    r.segment = segment;
    r.tagId = tag;
    r.country = country;
    return r;
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("Persona rules: first holding rule by priority, then persona order", "[propositions]")
{
    TempDatabase t;
    PersonaRepository repo(t.db);
    const qint64 champion = addPersona(repo, QStringLiteral("Devoted fan"));
    const qint64 bargain = addPersona(repo, QStringLiteral("Bargain hunter"));
    const qint64 dutch = addPersona(repo, QStringLiteral("Dutch newcomer"));
    const qint64 vip = addTag(t.db, QStringLiteral("VIP"));

    REQUIRE(repo.addRule(rule(champion, 1, 1)));                          // Champions
    REQUIRE(repo.addRule(rule(bargain, 2, std::nullopt, vip)));           // tagged VIP
    REQUIRE(repo.addRule(rule(dutch, 2, 0, 0, QStringLiteral("nl"))));    // Dutch without purchases

    const qint64 a = addCustomer(t.db, 1, QStringLiteral("NL"));
    setValue(t.db, a, 1);
    tagCustomer(t.db, a, vip);
    const qint64 b = addCustomer(t.db, 2, QStringLiteral("NL"));
    tagCustomer(t.db, b, vip);
    const qint64 c = addCustomer(t.db, 3, QStringLiteral("NL"));
    const qint64 d = addCustomer(t.db, 4, QStringLiteral("DE"));
    const qint64 e = addCustomer(t.db, 5, QStringLiteral("NL"));
    setValue(t.db, e, 4);

    auto personaOf = [&repo](qint64 customer) -> qint64 {
        const auto p = repo.personaFor(customer);
        REQUIRE(p);
        return *p ? (*p)->id : 0;
    };
    CHECK(personaOf(a) == champion);   // priority 1 beats the VIP tag at priority 2
    CHECK(personaOf(b) == bargain);    // tag rule; at priority 2 "Bargain hunter" is before "Dutch newcomer"
    CHECK(personaOf(c) == dutch);      // country (stored in upper case) and segment 0 = no value row
    CHECK(personaOf(d) == 0);          // no rule holds
    CHECK(personaOf(e) == 0);          // Dutch, but with a segment

    // Moving the Dutch persona first decides the tie at priority 2 the other way for a Dutch VIP.
    tagCustomer(t.db, c, vip);
    CHECK(personaOf(c) == bargain);
    REQUIRE(repo.move(dutch, 0));
    CHECK(personaOf(c) == dutch);

    // Counts per persona agree with personaFor for everyone.
    const auto counts = repo.customerCounts();
    REQUIRE(counts);
    CHECK(counts->value(champion) == 1);
    CHECK(personaOf(b) == dutch);      // Dutch without purchases too, and now first at priority 2
    CHECK(counts->value(bargain) == 0);
    CHECK(counts->value(dutch) == 2);
    CHECK(counts->value(0) == 2);

    // A deleted persona's rules stop applying; restoring brings it back at the end of the list.
    REQUIRE(repo.remove(champion));
    CHECK(personaOf(a) == bargain);
    REQUIRE(repo.restore(champion));
    CHECK(personaOf(a) == champion);
    const auto list = repo.personas();
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK(list->constLast().id == champion);
}

TEST_CASE("Personas are validated and edited", "[propositions]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    PersonaRepository repo(t.db);
    const qint64 id = addPersona(repo, QStringLiteral("Planner"));
    Persona dup;
    dup.name = QStringLiteral("  planner ");
    CHECK(repo.add(dup).error().code == Error::Code::Invalid);
    Persona empty;
    CHECK(repo.add(empty).error().code == Error::Code::Invalid);

    auto p = repo.persona(id);
    REQUIRE(p);
    const qint64 channel = scalar(t.db, QStringLiteral("SELECT id FROM channel ORDER BY position LIMIT 1"));
    p->needs = QStringLiteral("Clear delivery dates");
    p->motives = QStringLiteral("Reliability");
    p->preferredChannels = {channel, channel};
    REQUIRE(repo.update(*p));
    const auto back = repo.persona(id);
    REQUIRE(back);
    CHECK(back->needs == QStringLiteral("Clear delivery dates"));
    CHECK(back->preferredChannels == QList<qint64>{channel});

    CHECK(repo.addRule(rule(id, 1, 11)).error().code == Error::Code::Invalid);
    CHECK(repo.addRule(rule(id, 1, std::nullopt, 0, QStringLiteral("Netherlands"))).error().code == Error::Code::Invalid);
    CHECK(repo.addRule(rule(id, 1, std::nullopt, 999)).error().code == Error::Code::NotFound);
    const auto ruleId = repo.addRule(rule(id, 3, 2));
    REQUIRE(ruleId);
    REQUIRE(repo.removeRule(*ruleId));
    CHECK(repo.rules(id)->isEmpty());
}

TEST_CASE("Costs are prorated by days and spread over segments by customers", "[propositions]")
{
    CostEntry e;
    e.periodStart = day("2026-01-01");
    e.periodEnd = day("2026-01-10");
    e.amountCents = 1000;
    CHECK(e.proratedCents(day("2026-01-01"), day("2026-01-31")) == Approx(1000));
    CHECK(e.proratedCents(day("2026-01-06"), day("2026-01-31")) == Approx(500));
    CHECK(e.proratedCents(day("2025-12-01"), day("2026-01-01")) == Approx(100));
    CHECK(e.proratedCents(day("2026-02-01"), day("2026-02-28")) == 0);

    TempDatabase t;
    CostEntryRepository costs(t.db);
    // Three Champions (segment 1) and one At Risk (segment 8) customer.
    for (qint64 id = 1; id <= 4; ++id) {
        addCustomer(t.db, id);
        setValue(t.db, id, id <= 3 ? 1 : 8, 100.0);
    }
    addCustomer(t.db, 5);   // not analysed yet
    addProduct(t.db, 1, QStringLiteral("Tea"), QStringLiteral("Drinks"), 500);
    addPurchase(t.db, 1, 1, QStringLiteral("2026-03-05"), 30000);
    addPurchase(t.db, 2, 1, QStringLiteral("2026-03-20"), 10000);
    addPurchase(t.db, 4, 1, QStringLiteral("2026-03-10"), 2000);
    addPurchase(t.db, 4, 1, QStringLiteral("2026-04-02"), 99999);                        // outside
    addPurchase(t.db, 5, 1, QStringLiteral("2026-03-11"), 700);                          // no segment
    addPurchase(t.db, 1, 1, QStringLiteral("2026-03-12"), 5000, QStringLiteral("USD"));  // other currency

    auto entry = [](CostKind kind, int segment, const char *from, const char *to, qint64 cents,
                    const QString &currency = QStringLiteral("EUR")) {
        CostEntry c;
        c.kind = kind;
        c.segment = segment;
        c.periodStart = day(from);
        c.periodEnd = day(to);
        c.amountCents = cents;
        c.currency = currency;
        return c;
    };
    // 8,000 over all segments in March: 6,000 to Champions, 2,000 to At Risk.
    REQUIRE(costs.add(entry(CostKind::Retention, 0, "2026-03-01", "2026-03-31", 8000)));
    // 12,000 acquisition for Champions over Feb–Mar (59 days): 31/59 falls in March.
    REQUIRE(costs.add(entry(CostKind::Acquisition, 1, "2026-02-01", "2026-03-31", 12000)));
    REQUIRE(costs.add(entry(CostKind::Retention, 8, "2026-03-01", "2026-03-31", 1000, QStringLiteral("USD"))));
    const auto bad = costs.add(entry(CostKind::Retention, 0, "2026-03-31", "2026-03-01", 1));
    CHECK(bad.error().code == Error::Code::Invalid);
    CHECK(costs.add(entry(CostKind::Retention, 0, "2026-03-01", "2026-03-02", 1, QStringLiteral("E"))).error().code
          == Error::Code::Invalid);

    const auto report = SegmentReturns::compute(t.db, day("2026-03-01"), day("2026-03-31"), QStringLiteral("EUR"));
    REQUIRE(report);
    CHECK(report->entriesLeftOut == 1);
    CHECK(report->otherCurrencyPurchases);
    CHECK(report->unanalysedRevenueCents == 700);
    REQUIRE(report->segments.size() == 10);
    const SegmentReturn &first = report->segments.at(0);
    const SegmentReturn &second = report->segments.at(1);
    // At Risk: revenue 2,000 against 2,000 → 0%. Champions: 40,000 against 6,000 + 6,305.08.
    CHECK(first.segment == 1);
    CHECK(first.revenueCents == 40000);
    CHECK(first.customers == 3);
    CHECK(first.buyers == 2);
    CHECK(first.retentionCents == Approx(6000));
    CHECK(first.acquisitionCents == Approx(12000.0 * 31 / 59));
    CHECK(*first.returnRatio() == Approx((40000 - 6000 - 12000.0 * 31 / 59) / (6000 + 12000.0 * 31 / 59)));
    CHECK(*first.clvPerCost() == Approx(30000 / (6000 + 12000.0 * 31 / 59)));
    CHECK(second.segment == 8);
    CHECK(second.retentionCents == Approx(2000));
    CHECK(*second.returnRatio() == Approx(0));
    // The rest have no costs: no return, after those that have one.
    CHECK_FALSE(report->segments.at(2).returnRatio().has_value());

    // A short period reads through purchase_by_day instead of scanning: the same sums.
    const auto oneDay = SegmentReturns::compute(t.db, day("2026-03-05"), day("2026-03-05"), QStringLiteral("EUR"));
    REQUIRE(oneDay);
    qint64 champions = 0;
    for (const SegmentReturn &s : oneDay->segments)
        champions += s.segment == 1 ? s.revenueCents : 0;
    CHECK(champions == 30000);
    CHECK(oneDay->totalRevenueCents() == 30000);

    // Deleted entries no longer count.
    const auto all = costs.entries(day("2026-03-01"), day("2026-03-31"));
    REQUIRE(all);
    CHECK(all->size() == 3);
    for (const CostEntry &c : *all)
        REQUIRE(costs.remove(c.id));
    const auto none = SegmentReturns::compute(t.db, day("2026-03-01"), day("2026-03-31"), QStringLiteral("EUR"));
    REQUIRE(none);
    CHECK(none->totalCostCents() == 0);
    CHECK(SegmentReturns::compute(t.db, day("2026-03-31"), day("2026-03-01")).error().code == Error::Code::Invalid);
}

TEST_CASE("All-segment costs stay unallocated without analysed customers", "[propositions]")
{
    TempDatabase t;
    CostEntry c;
    c.segment = 0;
    c.periodStart = day("2026-01-01");
    c.periodEnd = day("2026-01-31");
    c.amountCents = 3100;
    c.currency = QStringLiteral("EUR");
    REQUIRE(CostEntryRepository(t.db).add(c));
    const auto report = SegmentReturns::compute(t.db, day("2026-01-01"), day("2026-01-10"), QStringLiteral("EUR"));
    REQUIRE(report);
    CHECK(report->unallocatedCents == Approx(1000));
    CHECK(report->totalCostCents() == Approx(1000));
}

TEST_CASE("Price rules: precedence, conditions, validity and list-price fallback", "[propositions]")
{
    TempDatabase t;
    PriceRuleRepository rules(t.db);
    Pricing pricing(t.db);
    PersonaRepository personas(t.db);
    const qint64 fan = addPersona(personas, QStringLiteral("Fan"));
    REQUIRE(personas.addRule(rule(fan, 1, 1)));

    const qint64 tea = addProduct(t.db, 1, QStringLiteral("Green tea"), QStringLiteral("Drinks"), 1000);
    const qint64 mug = addProduct(t.db, 2, QStringLiteral("Mug"), QStringLiteral("Kitchen"), 800);
    const qint64 gift = addProduct(t.db, 3, QStringLiteral("Gift card"), QString(), std::nullopt);
    const qint64 champion = addCustomer(t.db, 1);
    setValue(t.db, champion, 1, 900, 1);
    const qint64 sleeper = addCustomer(t.db, 2);
    setValue(t.db, sleeper, 7, 20, 4);
    const qint64 unknown = addCustomer(t.db, 3);

    auto make = [](const QString &name, int priority) {
        PriceRule r;
        r.name = name;
        r.priority = priority;
        return r;
    };
    PriceRule everything = make(QStringLiteral("Champions 10%"), 5);
    everything.segment = 1;
    everything.discountPercent = 10;
    REQUIRE(rules.add(everything));
    PriceRule drinks = make(QStringLiteral("Drinks 20%"), 5);
    drinks.category = QStringLiteral("drinks");
    drinks.segment = 1;
    drinks.discountPercent = 20;
    REQUIRE(rules.add(drinks));
    PriceRule teaPrice = make(QStringLiteral("Tea for fans"), 5);
    teaPrice.productId = tea;
    teaPrice.personaId = fan;
    teaPrice.priceCents = 650;
    teaPrice.currency = QStringLiteral("EUR");
    REQUIRE(rules.add(teaPrice));
    PriceRule tier = make(QStringLiteral("Top tier mugs"), 9);
    tier.productId = mug;
    tier.clvTier = 1;
    tier.discountPercent = 50;
    REQUIRE(rules.add(tier));

    auto price = [&pricing](qint64 customer, qint64 product, QDate on = day("2026-06-01")) {
        const auto q = pricing.priceFor(customer, product, on);
        REQUIRE(q);
        return *q;
    };
    // Equal priority: product rule before category rule before all-products rule.
    PriceQuote q = price(champion, tea);
    CHECK(q.priceCents == 650);
    CHECK(q.rule->name == QStringLiteral("Tea for fans"));
    // Mug: the all-products rule at priority 5 beats the product rule at priority 9.
    q = price(champion, mug);
    CHECK(q.priceCents == 720);
    CHECK(q.rule->name == QStringLiteral("Champions 10%"));
    // A discount needs a list price: the gift card has none and no rule can price it.
    q = price(champion, gift);
    CHECK_FALSE(q.priceCents.has_value());
    CHECK_FALSE(q.rule.has_value());
    // No rule holds: the list price.
    q = price(sleeper, tea);
    CHECK(q.priceCents == 1000);
    CHECK_FALSE(q.isDiscounted());
    q = price(unknown, mug);
    CHECK(q.priceCents == 800);

    // Validity: the fan price only from July; before, the category rule.
    auto stored = rules.rules();
    REQUIRE(stored);
    PriceRule limited = *std::find_if(stored->cbegin(), stored->cend(), [](const PriceRule &r) { return r.productId > 0 && r.priceCents; });
    limited.validFrom = day("2026-07-01");
    REQUIRE(rules.update(limited));
    CHECK(price(champion, tea).rule->name == QStringLiteral("Drinks 20%"));
    CHECK(price(champion, tea).priceCents == 800);
    CHECK(price(champion, tea, day("2026-07-01")).priceCents == 650);
    // A set price in another currency is no price for a euro product.
    limited.currency = QStringLiteral("USD");
    REQUIRE(rules.update(limited));
    CHECK(price(champion, tea, day("2026-07-01")).priceCents == 800);
    // Deleted rules stop applying.
    REQUIRE(rules.remove(limited.id));
    const auto drinksRule = std::find_if(stored->cbegin(), stored->cend(), [](const PriceRule &r) { return !r.category.isEmpty(); });
    REQUIRE(rules.remove(drinksRule->id));
    CHECK(price(champion, tea).priceCents == 900);

    // Validation.
    PriceRule both = make(QStringLiteral("Both"), 1);
    both.discountPercent = 5;
    both.priceCents = 100;
    CHECK(rules.add(both).error().code == Error::Code::Invalid);
    PriceRule neither = make(QStringLiteral("Neither"), 1);
    CHECK(rules.add(neither).error().code == Error::Code::Invalid);
    PriceRule over = make(QStringLiteral("Over"), 1);
    over.discountPercent = 120;
    CHECK(rules.add(over).error().code == Error::Code::Invalid);
    PriceRule noCurrency = make(QStringLiteral("No currency"), 1);
    noCurrency.priceCents = 100;
    CHECK(rules.add(noCurrency).error().code == Error::Code::Invalid);
    CHECK(pricing.priceFor(champion, 999).error().code == Error::Code::NotFound);
}

TEST_CASE("Co-purchases count distinct customers per pair and suggest by cosine", "[propositions]")
{
    TempDatabase t;
    const qint64 tea = addProduct(t.db, 1, QStringLiteral("Tea"), QStringLiteral("Drinks"), 500);
    const qint64 mug = addProduct(t.db, 2, QStringLiteral("Mug"), QStringLiteral("Kitchen"), 800);
    const qint64 honey = addProduct(t.db, 3, QStringLiteral("Honey"), QStringLiteral("Food"), 600);
    const qint64 bread = addProduct(t.db, 4, QStringLiteral("Bread"), QStringLiteral("Food"), 300);
    const qint64 teapot = addProduct(t.db, 5, QStringLiteral("Teapot"), QStringLiteral("Kitchen"), 3000);
    for (qint64 id = 1; id <= 7; ++id)
        addCustomer(t.db, id);
    // 1: tea ×2, mug   2: tea, mug, honey   3: tea, honey   4: bread, honey   5: bread   6: bread, teapot
    // 7: tea only
    addPurchase(t.db, 1, tea, QStringLiteral("2026-01-01"), 500);
    addPurchase(t.db, 1, tea, QStringLiteral("2026-02-01"), 500);
    addPurchase(t.db, 1, mug, QStringLiteral("2026-02-01"), 800);
    addPurchase(t.db, 2, tea, QStringLiteral("2026-01-03"), 500);
    addPurchase(t.db, 2, mug, QStringLiteral("2026-01-03"), 800);
    addPurchase(t.db, 2, honey, QStringLiteral("2026-01-04"), 600);
    addPurchase(t.db, 3, tea, QStringLiteral("2026-01-05"), 500);
    addPurchase(t.db, 3, honey, QStringLiteral("2026-01-05"), 600);
    addPurchase(t.db, 4, bread, QStringLiteral("2026-01-06"), 300);
    addPurchase(t.db, 4, honey, QStringLiteral("2026-01-06"), 600);
    addPurchase(t.db, 5, bread, QStringLiteral("2026-01-07"), 300);
    addPurchase(t.db, 6, bread, QStringLiteral("2026-01-07"), 300);
    addPurchase(t.db, 6, teapot, QStringLiteral("2026-01-07"), 3000);
    addPurchase(t.db, 7, tea, QStringLiteral("2026-01-08"), 500);
    addPurchase(t.db, 7, 0, QStringLiteral("2026-01-08"), 100);   // no product: ignored
    sql(t.db, QStringLiteral("UPDATE purchase SET deleted_at = '2026-02-02' WHERE customer_id = 6 AND product_id = 5"));

    CHECK_FALSE(*CoPurchase::isBuilt(t.db));
    const auto stats = CoPurchase::rebuild(t.db);
    REQUIRE(stats);
    CHECK(stats->customers == 7);
    CHECK(stats->customersSkipped == 0);
    CHECK(stats->products == 4);   // the teapot's only purchase is deleted
    CHECK(stats->pairs == 4);      // tea–mug, tea–honey, mug–honey, bread–honey
    auto co = [&t](qint64 a, qint64 b) {
        return scalar(t.db, QStringLiteral("SELECT coalesce((SELECT customers FROM co_purchase WHERE product_id = %1"
                                           " AND other_id = %2), 0)").arg(a).arg(b));
    };
    CHECK(co(tea, mug) == 2);      // customer 1 bought tea twice: still one customer
    CHECK(co(mug, tea) == 2);
    CHECK(co(tea, honey) == 2);
    CHECK(co(honey, bread) == 1);
    CHECK(co(tea, tea) == 4);      // buyers of tea
    CHECK(co(bread, bread) == 3);
    CHECK(co(bread, teapot) == 0);

    // Customer 3 bought tea and honey: mug goes with tea (2/√(4·2)) and honey (1/√(3·2)); bread with
    // honey only (1/√(3·3)).
    const auto suggestions = CoPurchase::suggestionsFor(t.db, 3, 5);
    REQUIRE(suggestions);
    REQUIRE(suggestions->size() == 2);
    CHECK(suggestions->at(0).productId == mug);
    CHECK(suggestions->at(0).score == Approx(2 / std::sqrt(8.0) + 1 / std::sqrt(6.0)));
    CHECK(suggestions->at(0).becauseOfId == tea);
    CHECK(suggestions->at(0).becauseOfName == QStringLiteral("Tea"));
    CHECK(suggestions->at(1).productId == bread);
    CHECK(suggestions->at(1).score == Approx(1 / 3.0));
    // A deleted product is not suggested.
    sql(t.db, QStringLiteral("UPDATE product SET deleted_at = '2026-02-02' WHERE id = 2"));
    const auto without = CoPurchase::suggestionsFor(t.db, 3, 5);
    REQUIRE(without);
    REQUIRE(without->size() == 1);
    CHECK(without->at(0).productId == bread);
    // Also bought with honey: tea (2/√(3·4)), mug (1/√(3·2)) is deleted, bread (1/√(3·3)).
    const auto withHoney = CoPurchase::alsoBought(t.db, honey, 5);
    REQUIRE(withHoney);
    REQUIRE(withHoney->size() == 2);
    CHECK(withHoney->at(0).productId == tea);

    // Customers above the cap make no pairs; a rebuild replaces the table.
    const auto capped = CoPurchase::rebuild(t.db, nullptr, 2);
    REQUIRE(capped);
    CHECK(capped->customersSkipped == 1);   // customer 2 with three products
    CHECK(co(tea, mug) == 1);
    CHECK(co(mug, honey) == 0);
    // A cancelled rebuild changes nothing.
    std::atomic_bool cancel = true;
    CHECK(CoPurchase::rebuild(t.db, &cancel).error().code == Error::Code::Cancelled);
    CHECK(co(tea, mug) == 1);
}

TEST_CASE("Amounts parse and print", "[propositions]")
{
    CHECK(PricingFormat::parseCents(QStringLiteral("12.5")) == 1250);
    CHECK(PricingFormat::parseCents(QStringLiteral("12,50")) == 1250);
    CHECK(PricingFormat::parseCents(QStringLiteral("1.234,56")) == 123456);
    CHECK(PricingFormat::parseCents(QStringLiteral("1,234")) == 123400);
    CHECK(PricingFormat::parseCents(QStringLiteral("7")) == 700);
    CHECK_FALSE(PricingFormat::parseCents(QStringLiteral("abc")).has_value());
    CHECK_FALSE(PricingFormat::parseCents(QString()).has_value());
    CHECK(PricingFormat::segmentName(0) == QStringLiteral("No purchases yet"));
    CHECK(PricingFormat::segmentName(1) == QStringLiteral("Champions"));
    CHECK(PricingFormat::costSegmentName(0) == QStringLiteral("All segments"));
}

// A speed check at a scale a test can afford (printed, not timed): 20,000 customers with 1 to 12
// products out of 500, then the suggestions for a few customers.
TEST_CASE("Co-purchase rebuild speed at 20k customers", "[propositions][speed]")
{
    TempDatabase t;
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        for (int p = 1; p <= 500; ++p)
            addProduct(t.db, p, QStringLiteral("Product %1").arg(p), QStringLiteral("C%1").arg(p % 7), 100 + p);
        std::mt19937 random(7);
        q.prepare(QStringLiteral("INSERT INTO customer (id, uuid, kind, created_at, updated_at)"
                                 " VALUES (?, ?, 'person', '2026-01-01', '2026-01-01')"));
        QSqlQuery buy(t.db->connection());
        buy.prepare(QStringLiteral("INSERT INTO purchase (uuid, customer_id, ordered_on, amount_cents, currency,"
                                   " product_id, created_at, updated_at) VALUES (?, ?, '2026-01-01', 100, 'EUR', ?, '', '')"));
        int n = 0;
        for (int c = 1; c <= 20000; ++c) {
            q.addBindValue(c);
            q.addBindValue(QStringLiteral("s-%1").arg(c));
            REQUIRE(q.exec());
            const int count = 1 + int(random() % 12);
            for (int i = 0; i < count; ++i) {
                buy.addBindValue(QStringLiteral("b-%1").arg(++n));
                buy.addBindValue(c);
                // Skewed: low ids sell more.
                const int product = 1 + int((random() % 500) * (random() % 500) / 500);
                buy.addBindValue(product);
                REQUIRE(buy.exec());
            }
        }
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
    }
    QElapsedTimer timer;
    timer.start();
    const auto stats = CoPurchase::rebuild(t.db);
    REQUIRE(stats);
    const qint64 rebuildMs = timer.elapsed();
    timer.restart();
    for (qint64 c = 1; c <= 100; ++c)
        REQUIRE(CoPurchase::suggestionsFor(t.db, c, 5));
    WARN("co-purchase rebuild: " << stats->customers << " customers, " << stats->pairs << " pairs in " << rebuildMs
                                 << " ms; 100 customers' suggestions in " << timer.elapsed() << " ms");
    CHECK(stats->customers == 20000);
}
