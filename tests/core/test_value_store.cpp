// The value analysis on the database: hand-computed RFM scores and segments (ties, one purchase,
// zero spend), currencies, deleted rows, the empty database, the stored round trip against the
// in-memory analysis, CLV tiers, satisfaction by segment (dimension 4) against a recomputation,
// and the segment column and filter of the customer list.
#include "TestSupport.h"

#include "customers/CustomerListModel.h"
#include "customers/CustomerRepository.h"
#include "interactions/InteractionRepository.h"
#include "interactions/SatisfactionStats.h"
#include "util/Stamps.h"
#include "value/SegmentMembersModel.h"
#include "value/SegmentSummaryModel.h"
#include "value/ValueAnalysis.h"
#include "value/ValueStore.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>

#include <cstring>
#include <random>

using namespace relatio;
using namespace relatio::value;
using relatio::test::TempDatabase;
using Catch::Detail::Approx;

namespace {

qint64 addCustomer(const DatabasePtr &db, const QString &family)
{
    Customer c;
    c.givenName = QStringLiteral("Test");
    c.familyName = family;
    c.country = QStringLiteral("NL");
    auto id = CustomerRepository(db).create(c);
    REQUIRE(id);
    return *id;
}

void addPurchase(const DatabasePtr &db, qint64 customer, const QString &day, qint64 cents,
                 const QString &currency = QStringLiteral("EUR"), bool deleted = false)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO purchase (uuid, customer_id, ordered_on, amount_cents, currency, created_at,"
                             " updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowStored();
    q.addBindValue(newUuid());
    q.addBindValue(customer);
    q.addBindValue(day);
    q.addBindValue(cents);
    q.addBindValue(currency);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(deleted ? QVariant(now) : QVariant());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

qint64 scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Dimension 4 as stored (rows that are not all zero) and as recomputed from the interactions.
QStringList segmentStats(const DatabasePtr &db, bool recompute)
{
    const QString stored = QStringLiteral(
        "SELECT grp, day, channel_id, interactions, csat_n, csat_sum, csat_sq, nps_n, promoters, detractors"
        " FROM interaction_stats WHERE dim = 4 AND (interactions <> 0 OR csat_n <> 0 OR nps_n <> 0)"
        " ORDER BY 1, 2, 3");
    const QString fresh = QStringLiteral(
        "SELECT coalesce(v.segment, 0) AS g, unixepoch(substr(i.occurred_at, 1, 10)) / 86400 AS d, i.channel_id,"
        " count(*), count(i.csat), coalesce(sum(i.csat), 0), coalesce(sum(i.csat * i.csat), 0), count(i.nps),"
        " coalesce(sum(i.nps >= 9), 0), coalesce(sum(i.nps <= 6), 0) FROM interaction i"
        " LEFT JOIN customer_value v ON v.customer_id = i.customer_id WHERE i.deleted_at IS NULL"
        " GROUP BY g, d, i.channel_id ORDER BY 1, 2, 3");
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(recompute ? fresh : stored));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 10; ++c)
            cells.append(q.value(c).toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

ValueSettings settingsEnding(const QDate &end)
{
    ValueSettings s;
    s.calibrationEnd = end;
    return s;
}

} // namespace

TEST_CASE("Day strings parse to Julian days with integer arithmetic", "[valuestore]")
{
    const auto day = [](const char *text) { return ValueStore::parseDay(text, int(std::strlen(text))); };
    CHECK(day("2026-03-31") == QDate(2026, 3, 31).toJulianDay());
    CHECK(day("1997-01-01") == QDate(1997, 1, 1).toJulianDay());
    CHECK(day("2000-02-29") == QDate(2000, 2, 29).toJulianDay());
    CHECK(day("0001-01-01") == QDate(1, 1, 1).toJulianDay());
    CHECK_FALSE(day("2026-02-29"));
    CHECK_FALSE(day("1900-02-29"));
    CHECK_FALSE(day("2026-13-01"));
    CHECK_FALSE(day("2026-00-10"));
    CHECK_FALSE(day("2026-1-10"));
    CHECK_FALSE(day("20260110"));
    CHECK_FALSE(day(""));
}

TEST_CASE("An empty database gives 'no orders yet', not an error", "[valuestore]")
{
    TempDatabase t;
    addCustomer(t.db, QStringLiteral("Nobuy"));
    const ValueStore store(t.db);
    CHECK(store.hasOrders() == false);
    const auto result = store.refresh({});
    REQUIRE(result);
    CHECK(result->noOrders);
    const auto fit = store.latestFit();
    REQUIRE(fit);
    CHECK_FALSE(fit->has_value());
    const auto overview = store.segmentOverview();
    REQUIRE(overview);
    CHECK(overview->analysedCustomers == 0);
    CHECK(overview->noPurchaseCustomers == 1);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value")) == 0);
}

TEST_CASE("RFM scores and segments of a small shop, computed by hand", "[valuestore]")
{
    TempDatabase t;
    const qint64 a = addCustomer(t.db, QStringLiteral("A"));
    const qint64 b = addCustomer(t.db, QStringLiteral("B"));
    const qint64 c = addCustomer(t.db, QStringLiteral("C"));
    const qint64 d = addCustomer(t.db, QStringLiteral("D"));
    const qint64 e = addCustomer(t.db, QStringLiteral("E"));
    const qint64 none = addCustomer(t.db, QStringLiteral("None"));
    const qint64 gone = addCustomer(t.db, QStringLiteral("Gone"));
    // A: three purchase days (two rows on the last), 225.00; recency 0.
    addPurchase(t.db, a, QStringLiteral("2026-02-01"), 5000);
    addPurchase(t.db, a, QStringLiteral("2026-03-01"), 5000);
    addPurchase(t.db, a, QStringLiteral("2026-03-31"), 10000);
    addPurchase(t.db, a, QStringLiteral("2026-03-31"), 2500);
    addPurchase(t.db, a, QStringLiteral("2026-03-15"), 99900, QStringLiteral("USD")); // other currency
    addPurchase(t.db, a, QStringLiteral("2026-03-20"), 77700, QStringLiteral("EUR"), true); // deleted
    // B: one purchase, on the last day too (ties with A on recency); one after the calibration end.
    addPurchase(t.db, b, QStringLiteral("2026-03-31"), 1000);
    addPurchase(t.db, b, QStringLiteral("2026-04-05"), 1000);
    // C: two purchase days that cost nothing; recency 58.
    addPurchase(t.db, c, QStringLiteral("2026-01-01"), 0);
    addPurchase(t.db, c, QStringLiteral("2026-02-01"), 0);
    // D: two days, 60.00; recency 75. E: one purchase, 5.00; recency 181.
    addPurchase(t.db, d, QStringLiteral("2025-12-01"), 3000);
    addPurchase(t.db, d, QStringLiteral("2026-01-15"), 3000);
    addPurchase(t.db, e, QStringLiteral("2025-10-01"), 500);
    // A deleted customer's purchases are not analysed.
    addPurchase(t.db, gone, QStringLiteral("2026-03-30"), 4000);
    REQUIRE(CustomerRepository(t.db).remove(gone));

    const ValueStore store(t.db);
    CHECK(store.hasOrders() == true);
    const auto result = store.refresh(settingsEnding(QDate(2026, 3, 31)));
    REQUIRE(result);
    CHECK_FALSE(result->noOrders);
    CHECK(result->fit.currency == QStringLiteral("EUR"));
    CHECK(result->otherCurrencyPurchases == 1);
    CHECK(result->otherCurrencies == QStringList{QStringLiteral("USD")});
    CHECK(result->laterPurchases == 1);
    CHECK(result->fit.customers == 5);
    CHECK(result->fit.purchases == 10);
    CHECK(result->purchaseDays == 3 + 1 + 2 + 2 + 1);

    // Recency (days): A 0, B 0, C 58, D 75, E 181 → E 1, D 2, C 3, A and B share the middle of
    // positions 3 and 4: 1 + ⌊5·3.5/5⌋ = 4. Frequency: B, E 1 → 1; C, D 2 → 3; A 3 → 5.
    // Spend: C 0 → 1, E 5 → 2, B 10 → 3, D 60 → 4, A 225 → 5.
    struct Expected
    {
        qint64 id;
        int r, f, m, days, purchaseDays;
        qint64 cents;
        RfmSegment segment;
    };
    const Expected expected[] = {
        {a, 4, 5, 5, 0, 3, 22500, RfmSegment::LoyalCustomers},
        {b, 4, 1, 3, 0, 1, 1000, RfmSegment::Promising},
        {c, 3, 3, 1, 58, 2, 0, RfmSegment::NeedAttention},
        {d, 2, 3, 4, 75, 2, 6000, RfmSegment::AtRisk},
        {e, 1, 1, 2, 181, 1, 500, RfmSegment::Hibernating},
    };
    for (const Expected &x : expected) {
        INFO("customer " << x.id);
        const auto v = store.customerValue(x.id);
        REQUIRE(v);
        REQUIRE(v->has_value());
        const CustomerValueRecord &r = **v;
        CHECK(r.recencyScore == x.r);
        CHECK(r.frequencyScore == x.f);
        CHECK(r.monetaryScore == x.m);
        CHECK(r.recencyDays == x.days);
        CHECK(r.purchaseDays == x.purchaseDays);
        CHECK(r.revenueCents == x.cents);
        CHECK(r.segment == x.segment);
        // Five customers are too few for the models to have a maximum, or enough: either way
        // the figures and the message agree.
        CHECK(r.probabilityAlive.has_value() == result->fit.purchaseModel.has_value());
        CHECK(r.clv.has_value() == (result->fit.purchaseModel && result->fit.spendModel));
    }
    CHECK(result->fit.message.isEmpty() == (result->fit.purchaseModel && result->fit.spendModel));
    const auto noRow = store.customerValue(none);
    REQUIRE(noRow);
    CHECK_FALSE(noRow->has_value());
    const auto goneRow = store.customerValue(gone);
    REQUIRE(goneRow);
    CHECK_FALSE(goneRow->has_value());

    const auto overview = store.segmentOverview();
    REQUIRE(overview);
    CHECK(overview->analysedCustomers == 5);
    CHECK(overview->noPurchaseCustomers == 1); // "None"; "Gone" is deleted
    CHECK(overview->segments.size() == kRfmSegmentCount);
    const SegmentSummary loyal = overview->segments.at(int(RfmSegment::LoyalCustomers));
    CHECK(loyal.segment == ValueStore::storedSegment(RfmSegment::LoyalCustomers));
    CHECK(loyal.customers == 1);
    CHECK(loyal.revenueCents == 22500);
    CHECK(overview->segments.at(int(RfmSegment::Champions)).customers == 0);

    const auto members = store.segmentMembers(ValueStore::storedSegment(RfmSegment::AtRisk));
    REQUIRE(members);
    CHECK(*members == std::vector<qint64>{d});

    const auto fit = store.latestFit();
    REQUIRE(fit);
    REQUIRE(fit->has_value());
    CHECK((*fit)->calibrationEnd == QDate(2026, 3, 31));
    CHECK((*fit)->unit == TimeUnit::Week);
    CHECK((*fit)->horizonMonths == 12);
    CHECK((*fit)->monthlyDiscount == Approx(0.01));
    CHECK((*fit)->customers == 5);
    CHECK((*fit)->currency == QStringLiteral("EUR"));

    // The other currency on its own: A alone, one purchase.
    ValueSettings usd = settingsEnding(QDate(2026, 3, 31));
    usd.currency = QStringLiteral("USD");
    const auto dollars = store.refresh(usd);
    REQUIRE(dollars);
    CHECK(dollars->fit.customers == 1);
    CHECK(dollars->otherCurrencyPurchases == 4 + 2 + 2 + 2 + 1); // every live EUR row of live customers
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value")) == 1);
    ValueSettings yen = usd;
    yen.currency = QStringLiteral("JPY");
    CHECK_FALSE(store.refresh(yen));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value")) == 1); // untouched
}

TEST_CASE("Bad settings and bad rows are refused without touching the stored result", "[valuestore]")
{
    TempDatabase t;
    const qint64 a = addCustomer(t.db, QStringLiteral("A"));
    addPurchase(t.db, a, QStringLiteral("2026-01-01"), 1000);
    const ValueStore store(t.db);
    REQUIRE(store.refresh({}));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value")) == 1);

    ValueSettings s;
    s.clv.months = 0;
    CHECK_FALSE(store.refresh(s));
    s = {};
    s.calibrationEnd = QDate(2025, 1, 1); // before every purchase
    const auto early = store.refresh(s);
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("2025-01-01")));

    addPurchase(t.db, a, QStringLiteral("2026-02-30"), 1000);
    const auto broken = store.refresh({});
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("2026-02-30")));
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value")) == 1);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM value_fit")) == 1);

    std::atomic_bool cancel{true};
    QSqlQuery(t.db->connection()).exec(QStringLiteral("DELETE FROM purchase WHERE ordered_on = '2026-02-30'"));
    const auto cancelled = store.refresh({}, {}, &cancel);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == Error::Code::Cancelled);
}

TEST_CASE("The stored analysis equals the in-memory one, with tiers, and satisfaction by segment stays exact",
          "[valuestore]")
{
    TempDatabase t;
    std::mt19937 rng(20261205);
    std::vector<qint64> ids;
    for (int i = 0; i < 400; ++i)
        ids.push_back(addCustomer(t.db, QStringLiteral("K%1").arg(i)));
    // Purchases from a BG/NBD-like process: a rate and a drop-out chance per customer.
    std::vector<Transaction> log;
    const QDate start(2025, 1, 1);
    const QDate end(2026, 6, 30);
    {
        QSqlQuery begin(t.db->connection());
        REQUIRE(begin.exec(QStringLiteral("BEGIN")));
        std::gamma_distribution<double> rate(0.8, 1.0 / 25.0);   // purchases a day
        std::uniform_real_distribution<double> unit(0, 1);
        std::gamma_distribution<double> spend(4.0, 10.0);
        for (std::size_t k = 0; k < ids.size() - 40; ++k) { // the last 40 buy nothing
            const double lambda = rate(rng) + 1e-4;
            const double drop = 0.05 + 0.5 * unit(rng);
            const double meanSpend = spend(rng);
            QDate day = start.addDays(int(unit(rng) * 300));
            while (day <= end.addDays(30)) {
                const qint64 cents = k % 50 == 7 ? 0 : qint64(std::gamma_distribution<double>(6.0, meanSpend / 6.0)(rng) * 100);
                addPurchase(t.db, ids[k], day.toString(Qt::ISODate), cents);
                if (day <= end)
                    log.push_back({ids[k], day, double(cents) / 100.0});
                if (unit(rng) < drop)
                    break;
                day = day.addDays(1 + int(std::exponential_distribution<double>(lambda)(rng)));
            }
        }
        REQUIRE(QSqlQuery(t.db->connection()).exec(QStringLiteral("COMMIT")));
    }
    // Contacts with answers for everybody, before the analysis.
    InteractionRepository interactions(t.db);
    std::vector<qint64> contactIds;
    for (int i = 0; i < 300; ++i) {
        Interaction x;
        x.customerId = ids[rng() % ids.size()];
        x.occurredAt = QDateTime(QDate(2026, 1, 1).addDays(int(rng() % 120)), QTime(10, 0), Qt::UTC);
        x.channelId = qint64(1 + rng() % 4);
        x.csat = int(1 + rng() % 5);
        if (rng() % 2)
            x.nps = int(rng() % 11);
        auto id = interactions.create(x);
        REQUIRE(id);
        contactIds.push_back(*id);
    }
    CHECK(segmentStats(t.db, false) == segmentStats(t.db, true));

    ValueSettings settings = settingsEnding(end);
    settings.clv.months = 6;
    settings.clv.monthlyDiscountRate = 0.02;
    const ValueStore store(t.db);
    std::vector<int> percents;
    const auto result = store.refresh(settings, [&](int percent, const QString &) { percents.push_back(percent); });
    REQUIRE(result);
    REQUIRE(result->fit.purchaseModel);
    REQUIRE(result->fit.spendModel);
    CHECK(result->fit.message.isEmpty());
    CHECK(std::is_sorted(percents.begin(), percents.end()));
    CHECK(percents.back() == 100);

    ValueAnalysisOptions options;
    options.calibrationEnd = end;
    options.unit = settings.unit;
    options.clv = settings.clv;
    const auto reference = CustomerValueAnalysis::run(log, options);
    REQUIRE(reference);
    CHECK(result->fit.customers == qint64(reference->summaries.size()));
    CHECK(result->fit.purchaseModel->r == Approx(reference->purchases.params.r).epsilon(1e-9));
    CHECK(result->fit.spendModel->q == Approx(reference->spend.params.q).epsilon(1e-9));
    CHECK(result->fit.purchaseLogLikelihood == Approx(reference->purchases.logLikelihood).epsilon(1e-12));

    const auto stored = store.latestFit();
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->purchaseModel->alpha == result->fit.purchaseModel->alpha);
    CHECK((*stored)->spendModel->gamma == result->fit.spendModel->gamma);
    CHECK((*stored)->spendLogLikelihood == result->fit.spendLogLikelihood);
    CHECK((*stored)->horizonMonths == 6);
    CHECK((*stored)->monthlyDiscount == 0.02);
    CHECK((*stored)->purchases == qint64(log.size()));

    std::vector<double> clvs;
    for (std::size_t i = 0; i < reference->summaries.size(); ++i) {
        const CustomerSummary &s = reference->summaries[i];
        const CustomerValue &expected = reference->values[i];
        const auto v = store.customerValue(s.customer);
        REQUIRE(v);
        REQUIRE(v->has_value());
        const CustomerValueRecord &r = **v;
        CHECK(ValueStore::storedSegment(r.segment) == ValueStore::storedSegment(expected.rfm.segment));
        CHECK(r.recencyScore == expected.rfm.recency);
        CHECK(r.monetaryScore == expected.rfm.monetary);
        CHECK(*r.probabilityAlive == Approx(expected.clv.probabilityAlive).epsilon(1e-12));
        CHECK(*r.expectedPurchases == Approx(expected.clv.expectedPurchases).epsilon(1e-12));
        CHECK(*r.expectedSpend == Approx(expected.clv.expectedSpend).epsilon(1e-12));
        CHECK(*r.clv == Approx(expected.clv.clv).epsilon(1e-12));
        clvs.push_back(*r.clv);
    }
    // Tiers: 10%, 20%, 30% and the rest by CLV rank, the top tier holding the largest values.
    const qint64 n = result->fit.customers;
    for (int tier = 1; tier <= 4; ++tier) {
        const qint64 expected = tier == 1 ? (n + 9) / 10 : tier == 2 ? (3 * n + 9) / 10 - (n + 9) / 10
                              : tier == 3                          ? (6 * n + 9) / 10 - (3 * n + 9) / 10
                                                                   : n - (6 * n + 9) / 10;
        CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value WHERE clv_tier = %1").arg(tier)) == expected);
    }
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value WHERE clv_tier = 1 AND clv <"
                                      " (SELECT max(clv) FROM customer_value WHERE clv_tier = 2)"))
          == 0);

    // Satisfaction by segment: refilled with the analysis, and kept by the triggers afterwards.
    CHECK(segmentStats(t.db, false) == segmentStats(t.db, true));
    for (int i = 0; i < 60; ++i) {
        if (rng() % 3 == 0) {
            REQUIRE(interactions.remove(contactIds[rng() % contactIds.size()]));
        } else {
            Interaction x;
            x.customerId = ids[rng() % ids.size()];
            x.occurredAt = QDateTime(QDate(2026, 2, 1).addDays(int(rng() % 60)), QTime(9, 0), Qt::UTC);
            x.channelId = qint64(1 + rng() % 4);
            x.csat = int(1 + rng() % 5);
            REQUIRE(interactions.create(x));
        }
    }
    CHECK(segmentStats(t.db, false) == segmentStats(t.db, true));
    // A single customer's segment changed by hand (as a later incremental update would) moves
    // their contacts between groups through the triggers.
    REQUIRE(QSqlQuery(t.db->connection())
                .exec(QStringLiteral("UPDATE customer_value SET segment = 1 + segment % 10 WHERE customer_id = %1")
                          .arg(reference->summaries.front().customer)));
    CHECK(segmentStats(t.db, false) == segmentStats(t.db, true));

    // A second analysis with other settings replaces everything, dimension 4 too.
    ValueSettings days;
    days.unit = TimeUnit::Day;
    const auto again = store.refresh(days);
    REQUIRE(again);
    {
        QSqlQuery last(t.db->connection());
        REQUIRE(last.exec(QStringLiteral("SELECT max(ordered_on) FROM purchase WHERE deleted_at IS NULL")));
        REQUIRE(last.next());
        CHECK(again->fit.calibrationEnd == QDate::fromString(last.value(0).toString(), Qt::ISODate));
    }
    CHECK(again->fit.unit == TimeUnit::Day);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM value_fit")) == 1);
    CHECK(segmentStats(t.db, false) == segmentStats(t.db, true));
    // The triggers are back after the load.
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                                      " AND tbl_name = 'customer_value'"))
          == 3);
    CHECK(scalar(t.db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'customer_value_by_segment'"))
          == 1);

    // Satisfaction grouped by value segment: the segments' names, in grid order, none last.
    const SatisfactionStats stats(t.db);
    const auto groups = stats.groups(CustomerGrouping::ValueSegment);
    REQUIRE(groups);
    REQUIRE_FALSE(groups->isEmpty());
    for (qsizetype i = 0; i < groups->size(); ++i) {
        const int segment = groups->at(i).first.toInt();
        CHECK(groups->at(i).second == ValueStore::segmentName(segment));
        if (i > 0)
            CHECK((segment == 0 || (groups->at(i - 1).first.toInt() != 0 && groups->at(i - 1).first.toInt() < segment)));
    }
    StatsQuery query;
    query.from = QDate(2026, 1, 1);
    query.to = QDate(2026, 12, 31);
    query.grouping = CustomerGrouping::ValueSegment;
    const auto perGroup = stats.perGroupAndChannel(query);
    REQUIRE(perGroup);
    qint64 contacts = 0;
    for (const GroupChannelFigures &g : *perGroup)
        contacts += g.total.tally.interactions;
    CHECK(contacts == scalar(t.db, QStringLiteral("SELECT count(*) FROM interaction WHERE deleted_at IS NULL")));

    // The customer list: the segment as a column and a filter.
    CustomerListModel list(t.db);
    for (int segment = 0; segment <= kRfmSegmentCount; ++segment) {
        CustomerCriteria c = list.criteria();
        c.segment = segment;
        list.setCriteria(c);
        REQUIRE(list.refreshNow());
        const qint64 expected = segment == 0
            ? qint64(ids.size()) - scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value"))
            : scalar(t.db, QStringLiteral("SELECT count(*) FROM customer_value WHERE segment = %1").arg(segment));
        INFO("segment " << segment);
        CHECK(list.rowCount() == expected);
        if (list.rowCount() > 0)
            CHECK(list.data(list.index(0, CustomerListModel::Segment)).toString()
                  == (segment == 0 ? QString() : ValueStore::segmentName(segment)));
    }
    CHECK(list.headerData(CustomerListModel::Segment, Qt::Horizontal).toString() == QStringLiteral("Segment"));

    // The segment table and the members of the largest segment.
    const auto overview = store.segmentOverview();
    REQUIRE(overview);
    SegmentSummaryModel summary;
    QAbstractItemModelTester summaryTester(&summary, QAbstractItemModelTester::FailureReportingMode::Fatal);
    summary.setOverview(*overview, QStringLiteral("EUR"));
    qint64 total = 0;
    double totalClv = 0;
    int largest = 1;
    for (int row = 0; row < summary.rowCount(); ++row) {
        total += qint64(summary.data(summary.index(row, SegmentSummaryModel::Customers), SegmentSummaryModel::ValueRole).toDouble());
        totalClv += summary.data(summary.index(row, SegmentSummaryModel::TotalClv), SegmentSummaryModel::ValueRole).toDouble();
        if (overview->segments.at(row).customers > overview->segments.at(largest - 1).customers)
            largest = row + 1;
    }
    CHECK(total == again->fit.customers);
    CHECK(totalClv == Approx(double(scalar(t.db, QStringLiteral("SELECT CAST(total(clv) * 1000 AS INTEGER) FROM customer_value"))) / 1000).epsilon(1e-6));
    SegmentMembersModel members(t.db);
    QAbstractItemModelTester membersTester(&members, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto memberIds = store.segmentMembers(largest);
    REQUIRE(memberIds);
    members.setMembers(largest, *memberIds, QStringLiteral("EUR"));
    REQUIRE(members.rowCount() == overview->segments.at(largest - 1).customers);
    double previous = std::numeric_limits<double>::infinity();
    for (int row = 0; row < members.rowCount(); ++row) {
        const double clv = members.data(members.index(row, SegmentMembersModel::Clv), SegmentMembersModel::SortValueRole).toDouble();
        CHECK(clv <= previous);
        previous = clv;
        CHECK(members.data(members.index(row, SegmentMembersModel::Name)).toString().startsWith(QStringLiteral("Test K")));
    }
}
