// The demo's setup: personas that most buyers get, costs with a return per segment, price rules that
// change prices, maturity units with a history; deterministic, and only when the demo has orders.
// And the demo on a team database.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "demo/DemoSetup.h"
#include "demo/DemoWriter.h"
#include "maturity/Assessments.h"
#include "maturity/HistoryModel.h"
#include "value/CostEntry.h"
#include "value/CostsReturn.h"
#include "value/Persona.h"
#include "value/PriceRule.h"
#include "value/Pricing.h"
#include "value/ValueStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace relatio;
using relatio::test::TempDatabase;

namespace {

qint64 count(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// What the setup wrote, without ids, uuids of units and times: the same for the same seed.
QByteArray setupDigest(const DatabasePtr &db)
{
    const QStringList queries = {
        QStringLiteral("SELECT uuid, name, description, needs, motives, preferred_channels, position FROM persona"
                       " ORDER BY position"),
        QStringLiteral("SELECT r.uuid, p.name, r.priority, r.segment, t.name, r.country FROM persona_rule r"
                       " JOIN persona p ON p.id = r.persona_id LEFT JOIN tag t ON t.id = r.tag_id ORDER BY r.uuid"),
        QStringLiteral("SELECT uuid, kind, segment, channel_id, period_start, period_end, amount_cents, currency, note"
                       " FROM cost_entry ORDER BY uuid"),
        QStringLiteral("SELECT r.uuid, r.name, r.priority, p.sku, r.category, r.segment, r.clv_tier, s.name,"
                       " r.discount_percent, r.price_cents, r.currency, r.valid_from, r.valid_to FROM price_rule r"
                       " LEFT JOIN product p ON p.id = r.product_id LEFT JOIN persona s ON s.id = r.persona_id"
                       " ORDER BY r.uuid"),
        QStringLiteral("SELECT name, kind FROM org_unit ORDER BY name"),
        QStringLiteral("SELECT o.name, u.name FROM owner o LEFT JOIN org_unit u ON u.id = o.unit_id ORDER BY o.name"),
        QStringLiteral("SELECT a.uuid, u.name, a.assessed_on, a.assessor, a.note FROM maturity_assessment a"
                       " JOIN org_unit u ON u.id = a.unit_id ORDER BY a.uuid"),
        QStringLiteral("SELECT a.uuid, m.statement, m.score FROM maturity_answer m"
                       " JOIN maturity_assessment a ON a.id = m.assessment_id ORDER BY a.uuid, m.statement"),
    };
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &sql : queries) {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        const int columns = q.record().count();
        while (q.next()) {
            for (int i = 0; i < columns; ++i)
                h.addData(q.value(i).toString().toUtf8() + '|');
            h.addData(QByteArrayView("\n"));
        }
        h.addData(QByteArrayView("--\n"));
    }
    return h.result();
}

} // namespace

TEST_CASE("The demo with orders writes personas, costs, price rules and maturity assessments", "[demo]")
{
    TempDatabase t;
    const auto written = DemoWriter::write(t.db, DemoSize{300, 600}, 7);
    REQUIRE(written);
    CHECK(written->orders == 900);
    const DemoSetupCounts &setup = written->setup;
    CHECK(setup.personas == 5);
    CHECK(setup.personaRules == 14);
    CHECK(setup.costEntries == 36);
    CHECK(setup.priceRules == 4);
    CHECK(setup.units == 3);
    CHECK(setup.unitMembers == 12);
    CHECK(setup.assessments == 10);
    QSqlQuery check(t.db->connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    check.finish();

    // Personas with their texts and channels, and rules for them.
    PersonaRepository personas(t.db);
    const auto list = personas.personas();
    REQUIRE(list);
    REQUIRE(list->size() == 5);
    for (const Persona &p : *list) {
        INFO(p.name.toStdString());
        CHECK_FALSE(p.description.isEmpty());
        CHECK_FALSE(p.needs.isEmpty());
        CHECK_FALSE(p.motives.isEmpty());
        CHECK(p.preferredChannels.size() == 3);
        const auto rules = personas.rules(p.id);
        REQUIRE(rules);
        CHECK_FALSE(rules->isEmpty());
    }

    // After the value analysis most customers with orders have a persona, and every persona someone.
    const auto analysed = value::ValueStore(t.db).refresh({});
    REQUIRE(analysed);
    QSqlQuery buyers(t.db->connection());
    REQUIRE(buyers.exec(QStringLiteral("SELECT DISTINCT customer_id FROM purchase ORDER BY customer_id")));
    qint64 withOrders = 0;
    qint64 withPersona = 0;
    QSet<qint64> used;
    std::vector<qint64> buyerIds;
    while (buyers.next())
        buyerIds.push_back(buyers.value(0).toLongLong());
    for (qint64 id : buyerIds) {
        const auto persona = personas.personaFor(id);
        REQUIRE(persona);
        ++withOrders;
        if (*persona) {
            ++withPersona;
            used.insert((*persona)->id);
        }
    }
    REQUIRE(withOrders > 100);
    CHECK(withPersona * 10 >= withOrders * 9);
    CHECK(used.size() >= 4);
    const auto perPersona = personas.customerCounts();
    REQUIRE(perPersona);
    CHECK(perPersona->value(0) * 5 < count(t.db, QStringLiteral("SELECT count(*) FROM customer")));

    // Costs over the two demo years; the return differs clearly between segments.
    const auto entries = CostEntryRepository(t.db).entries();
    REQUIRE(entries);
    CHECK(entries->size() == 36);
    for (const CostEntry &e : *entries) {
        CHECK(e.currency == QStringLiteral("EUR"));
        CHECK(e.amountCents > 0);
        CHECK(e.periodStart >= QDate(2024, 11, 1));
        CHECK(e.periodEnd <= QDate(2026, 10, 31));
    }
    const auto report = SegmentReturns::compute(t.db, QDate(2024, 11, 1), QDate(2026, 10, 31));
    REQUIRE(report);
    CHECK(report->currency == QStringLiteral("EUR"));
    CHECK(report->entriesLeftOut == 0);
    std::vector<double> returns;
    for (const SegmentReturn &s : report->segments) {
        if (s.customers > 0 && s.costCents() > 0) {
            REQUIRE(s.returnRatio());
            returns.push_back(*s.returnRatio());
        }
    }
    REQUIRE(returns.size() >= 5);
    const auto [worst, best] = std::minmax_element(returns.begin(), returns.end());
    CHECK(*best > 2.0);   // the Champions' newsletter pays for itself many times
    CHECK(*worst < 0.5);  // the call-backs and win-back mailings hardly do
    const auto champions = std::find_if(report->segments.cbegin(), report->segments.cend(),
                                        [](const SegmentReturn &s) { return s.segment == 1; });
    REQUIRE(champions != report->segments.cend());
    CHECK(champions->retentionCents > 0);
    CHECK(champions->acquisitionCents > 0); // its share of the advertising for all segments

    // Price rules on real products: some customer pays less than the list price.
    const auto rules = PriceRuleRepository(t.db).rules();
    REQUIRE(rules);
    CHECK(rules->size() == 4);
    CHECK(std::any_of(rules->cbegin(), rules->cend(), [](const PriceRule &r) { return r.personaId > 0; }));
    CHECK(std::any_of(rules->cbegin(), rules->cend(), [](const PriceRule &r) { return r.clvTier.has_value(); }));
    CHECK(std::any_of(rules->cbegin(), rules->cend(), [](const PriceRule &r) { return r.productId > 0; }));
    Pricing pricing(t.db);
    const auto products = pricing.products();
    REQUIRE(products);
    REQUIRE(products->size() == 40);
    QList<qint64> productIds;
    for (const ProductInfo &p : *products)
        productIds.append(p.id);
    const QDate day(2026, 10, 31);
    qint64 discounted = 0;
    QSet<qint64> rulesApplied;
    for (qint64 id : buyerIds) {
        const auto quotes = pricing.pricesFor(id, productIds, day);
        REQUIRE(quotes);
        for (const PriceQuote &q : *quotes) {
            if (!q.rule)
                continue;
            REQUIRE(q.priceCents);
            REQUIRE(q.product.listPriceCents);
            CHECK(*q.priceCents < *q.product.listPriceCents);
            rulesApplied.insert(q.rule->id);
            ++discounted;
        }
    }
    CHECK(discounted > 0);
    CHECK(rulesApplied.size() >= 3);

    // Three units with their people, each with a history that improves.
    maturity::AssessmentRepository assessments(t.db);
    const auto units = assessments.units();
    REQUIRE(units);
    REQUIRE(units->size() == 3);
    const auto members = assessments.teamMembers();
    REQUIRE(members);
    for (const maturity::TeamMember &m : *members)
        CHECK(m.unitId > 0);
    maturity::MaturityHistoryModel history(t.db);
    for (const maturity::OrgUnit &unit : *units) {
        INFO(unit.name.toStdString());
        REQUIRE(history.load(unit.id));
        CHECK(history.rowCount() >= 2);
        CHECK(history.rowCount() <= 4);
        const auto &points = history.points();
        REQUIRE_FALSE(points.isEmpty());
        CHECK(points.constLast().phase > points.constFirst().phase);
        CHECK(points.constLast().criteriaMet > points.constFirst().criteriaMet);
        for (const maturity::HistoryPoint &p : points) {
            CHECK(p.date >= QDate(2024, 11, 1));
            CHECK(p.date <= QDate(2026, 10, 31));
            CHECK(std::any_of(members->cbegin(), members->cend(), [&](const maturity::TeamMember &m) {
                return m.name == p.assessor && m.unitId == unit.id;
            }));
        }
    }
    maturity::UnitComparisonModel comparison(t.db);
    REQUIRE(comparison.load());
    CHECK(comparison.rowCount() == 3);
}

TEST_CASE("The demo setup is the same for the same seed and cheap", "[demo]")
{
    TempDatabase a;
    TempDatabase b;
    TempDatabase c;
    const auto first = DemoWriter::write(a.db, DemoSize{300, 0}, 11);
    REQUIRE(first);
    REQUIRE(DemoWriter::write(b.db, DemoSize{300, 0}, 11));
    REQUIRE(DemoWriter::write(c.db, DemoSize{300, 0}, 12));
    CHECK(setupDigest(a.db) == setupDigest(b.db));
    CHECK(setupDigest(a.db) != setupDigest(c.db));
    // Costs scale with the number of customers.
    TempDatabase d;
    REQUIRE(DemoWriter::write(d.db, DemoSize{3000, 0}, 11));
    const qint64 small = count(a.db, QStringLiteral("SELECT sum(amount_cents) FROM cost_entry"));
    const qint64 large = count(d.db, QStringLiteral("SELECT sum(amount_cents) FROM cost_entry"));
    CHECK(large > small * 9);
    CHECK(large < small * 11);

    // A part the database already has is left as it is; the rest is written.
    TempDatabase e;
    const auto written = DemoSetup::write(e.db, 100, 11);
    REQUIRE(written);
    CHECK(written->personas == 5);
    CHECK(written->units == 3);
    const auto again = DemoSetup::write(e.db, 100, 11);
    REQUIRE(again);
    CHECK(again->personas == 0);
    CHECK(again->personaRules == 0);
    CHECK(again->costEntries == 0);
    CHECK(again->priceRules == 0);
    CHECK(again->units == 0);
    CHECK(again->assessments == 0);
    CHECK(count(e.db, QStringLiteral("SELECT count(*) FROM persona")) == 5);

    QElapsedTimer timer;
    timer.start();
    TempDatabase f;
    REQUIRE(DemoSetup::write(f.db, 1000000, 3));
    CHECK(timer.elapsed() < 1000);
}

TEST_CASE("A demo without orders writes no setup", "[demo]")
{
    TempDatabase t;
    const auto written = DemoWriter::write(t.db, DemoSize{300, 200, 0}, 7);
    REQUIRE(written);
    CHECK(written->orders == 0);
    CHECK(written->setup.personas == 0);
    CHECK(written->setup.costEntries == 0);
    CHECK(written->setup.priceRules == 0);
    CHECK(written->setup.units == 0);
    for (const char *table : {"persona", "persona_rule", "cost_entry", "price_rule", "org_unit", "maturity_assessment"})
        CHECK(count(t.db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
    CHECK(count(t.db, QStringLiteral("SELECT count(*) FROM owner WHERE unit_id IS NOT NULL")) == 0);
}

TEST_CASE("Demo data on a team database is the demo a file gets and is refused when customers are there",
          "[demo][team-demo]")
{
    relatio::test::TestStore team(relatio::test::StoreKind::Team);
    if (team.skipped)
        return;
    TempDatabase file;
    const DemoSize size{120, 480, 300};
    qint64 lastDone = -1;
    bool steady = true;
    const auto there = DemoWriter::write(team.db, size, 9, [&](qint64 done, qint64 total) {
        steady = steady && done >= lastDone && done <= total;
        lastDone = done;
        return true;
    });
    INFO((there ? "" : there.error().message.toStdString()));
    REQUIRE(there);
    CHECK(steady);
    CHECK(lastDone == size.customers);
    const auto here = DemoWriter::write(file.db, size, 9);
    REQUIRE(here);
    CHECK(there->customers == here->customers);
    CHECK(there->interactions == here->interactions);
    CHECK(there->followUps == here->followUps);
    CHECK(there->orders == here->orders);
    CHECK(there->setup.personas == here->setup.personas);
    CHECK(there->setup.assessments == here->setup.assessments);
    // Costs and price rules are a file's: they stayed with the file the demo was made in.
    CHECK(there->setup.costEntries == 0);
    CHECK(there->setup.priceRules == 0);

    // What the team database holds is what the file holds.
    for (const char *table : {"customer", "interaction", "follow_up", "purchase", "product", "owner", "tag",
                              "customer_tag", "persona", "consent_entry", "maturity_assessment"}) {
        INFO(table);
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        CHECK(relatio::test::numberFrom(team.db, sql) == relatio::test::numberFrom(file.db, sql));
    }
    CHECK(relatio::test::numberFrom(team.db, QStringLiteral("SELECT count(*) FROM customer")) == 120);
    // And the satisfaction figures over all of it.
    const QString sums = QStringLiteral("SELECT sum(interactions), sum(csat_sum), sum(promoters) FROM interaction_stats"
                                        " WHERE dim = 0");
    CHECK(relatio::test::numberFrom(team.db, sums) == relatio::test::numberFrom(file.db, sums));

    // A second load would mix two demos: refused, with the count.
    const auto again = DemoWriter::write(team.db, size, 10);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("already holds customers (120)")));
}
