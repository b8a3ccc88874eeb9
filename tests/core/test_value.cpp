// Customer value: summaries, BG/NBD, Gamma-Gamma, CLV and RFM against the CDNOW reference values
// (tests/data/cdnow/README.md) and hand-computed small cases.
#include "TestSupport.h"

#include "value/BgNbd.h"
#include "value/Clv.h"
#include "value/CustomerSummary.h"
#include "value/GammaGamma.h"
#include "value/Rfm.h"
#include "value/ValueAnalysis.h"
#include "value/ValueMath.h"

#include <QFile>

#include <cmath>
#include <map>
#include <numbers>
#include <random>

using namespace relatio;
using namespace relatio::value;
using Catch::Detail::Approx;

namespace {

const QDate kCalibrationEnd(1997, 9, 30);

QString cdnow(const char *name)
{
    return QStringLiteral(RELATIO_TEST_DATA "/cdnow/") + QLatin1String(name);
}

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot open " << path.toStdString());
    QList<QByteArray> out;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

// CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars; keyed by the sample id.
std::vector<Transaction> sampleTransactions()
{
    std::vector<Transaction> rows;
    for (const QByteArray &line : lines(cdnow("CDNOW_sample.txt"))) {
        const QList<QByteArray> f = line.simplified().split(' ');
        REQUIRE(f.size() == 5);
        rows.push_back({f[1].toLongLong(), QDate::fromString(QString::fromLatin1(f[2]), QStringLiteral("yyyyMMdd")),
                        f[4].toDouble()});
    }
    return rows;
}

// cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar.
std::vector<CustomerSummary> publishedSummaries()
{
    std::vector<CustomerSummary> out;
    QList<QByteArray> rows = lines(cdnow("cdnow_customers_summary_with_transactions.csv"));
    REQUIRE(rows.takeFirst() == "ID,x,t_x,T,zbar");
    for (const QByteArray &row : rows) {
        const QList<QByteArray> f = row.split(',');
        REQUIRE(f.size() == 5);
        CustomerSummary s;
        s.customer = f[0].toLongLong();
        s.x = f[1].toInt();
        s.tx = f[2].toDouble();
        s.T = f[3].toDouble();
        s.zbar = f[4].toDouble();
        out.push_back(s);
    }
    return out;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

CustomerSummary summary(int x, double tx, double T, double zbar = 0)
{
    CustomerSummary s;
    s.x = x;
    s.tx = tx;
    s.T = T;
    s.zbar = zbar;
    s.purchases = x + 1;
    return s;
}

const BgNbdParams kPublishedBgNbd{0.243, 4.414, 0.793, 2.426};
const BgNbdParams kMleBgNbd{0.242593, 4.413532, 0.792886, 2.425752};
const GammaGammaParams kPublishedGammaGamma{6.25, 3.74, 15.44};

// ₂F₁(A, B; C; z) by its defining series in long double, for cross-checking on easy arguments.
long double plainHypergeometric(long double A, long double B, long double C, long double z)
{
    long double term = 1, sum = 1;
    for (int k = 0; k < 100000; ++k) {
        term *= (A + k) * (B + k) / ((C + k) * (k + 1)) * z;
        sum += term;
        if (std::abs(term) < 1e-22L * std::abs(sum))
            break;
    }
    return sum;
}

// E[Y(t) | alive] by the paper's formula, without the transformation the code uses.
double plainExpectedIfAlive(const BgNbdParams &p, double t, int x, double T)
{
    const long double z = t / (p.alpha + T + t);
    const long double f = plainHypergeometric(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    const long double g = std::pow((long double)(p.alpha + T) / (p.alpha + T + t), (long double)(p.r + x)) * f;
    return double((p.a + p.b + x - 1) / (p.a - 1.0L) * (1 - g));
}

} // namespace

TEST_CASE("CDNOW summaries rebuilt from the transaction log match the published summary", "[value]")
{
    const std::vector<Transaction> rows = sampleTransactions();
    REQUIRE(rows.size() == 6919);
    const auto built = CustomerSummaries::fromTransactions(rows, kCalibrationEnd, TimeUnit::Week);
    REQUIRE(built);
    const std::vector<CustomerSummary> published = publishedSummaries();
    REQUIRE(built->size() == 2357);
    REQUIRE(published.size() == 2357);
    int repeat = 0, withRepeat = 0;
    for (size_t i = 0; i < published.size(); ++i) {
        const CustomerSummary &b = (*built)[i];
        const CustomerSummary &p = published[i];
        INFO("customer " << p.customer);
        REQUIRE(b.customer == p.customer);
        CHECK(b.x == p.x);
        CHECK(round2(b.tx) == Approx(p.tx).margin(1e-9));
        CHECK(round2(b.T) == Approx(p.T).margin(1e-9));
        CHECK(b.zbar == Approx(p.zbar).margin(0.01));
        CHECK(b.purchases == b.x + 1);
        CHECK(b.transactions >= b.purchases);
        CHECK(b.firstPurchase.daysTo(b.lastPurchase) == std::lround(b.tx * 7));
        repeat += b.x;
        withRepeat += b.x > 0;
    }
    CHECK(repeat == 2457);
    CHECK(withRepeat == 946);
    // The whole log, holdout included, is 6,919 rows; the calibration period keeps fewer.
    int calibrationRows = 0;
    for (const CustomerSummary &b : *built)
        calibrationRows += b.transactions;
    CHECK(calibrationRows < 6919);
}

TEST_CASE("Summaries merge same-day purchases, ignore the holdout and accept any row order", "[value]")
{
    const QDate d0(2024, 1, 1);
    std::vector<Transaction> rows = {
        {7, d0.addDays(14), 5.0},  // customer 7: days 0, 0, 14, 14, 28; 35 is after the end
        {7, d0, 10.0},
        {7, d0.addDays(35), 99.0},
        {7, d0.addDays(14), 2.5},
        {7, d0, 1.0},
        {7, d0.addDays(28), 12.5},
        {3, d0.addDays(7), 4.0},   // customer 3: one purchase
        {9, d0.addDays(40), 8.0},  // customer 9: only after the end, so absent
    };
    const QDate end = d0.addDays(28);
    const auto s = CustomerSummaries::fromTransactions(rows, end, TimeUnit::Week);
    REQUIRE(s);
    REQUIRE(s->size() == 2);
    const CustomerSummary &one = (*s)[0];
    CHECK(one.customer == 3);
    CHECK(one.x == 0);
    CHECK(one.tx == 0);
    CHECK(one.T == Approx(3.0));
    CHECK(one.zbar == 0);
    CHECK(one.totalSpend == 4.0);
    const CustomerSummary &seven = (*s)[1];
    CHECK(seven.customer == 7);
    CHECK(seven.x == 2);
    CHECK(seven.tx == Approx(4.0));
    CHECK(seven.T == Approx(4.0));
    CHECK(seven.zbar == Approx((7.5 + 12.5) / 2));
    CHECK(seven.totalSpend == Approx(31.0));
    CHECK(seven.purchases == 3);
    CHECK(seven.transactions == 5);
    CHECK(seven.firstPurchase == d0);
    CHECK(seven.lastPurchase == end);

    const auto days = CustomerSummaries::fromTransactions(rows, end, TimeUnit::Day);
    REQUIRE(days);
    CHECK((*days)[1].tx == 28);
    const auto months = CustomerSummaries::fromTransactions(rows, end, TimeUnit::Month);
    REQUIRE(months);
    CHECK((*months)[1].tx == Approx(28 / 30.4375));
    CHECK(unitsPerMonth(TimeUnit::Week) == Approx(30.4375 / 7));
}

TEST_CASE("Summaries agree with a plain per-customer computation on shuffled logs", "[value]")
{
    // Dense keys in any order, sparse (and negative) keys, and rows grouped by customer with
    // their dates out of order: the three ways the rows are put in order.
    for (const int arrangement : {0, 1, 2}) {
        INFO("arrangement " << arrangement);
        std::mt19937_64 random(17 + arrangement);
        const QDate d0(2022, 1, 1), end(2022, 12, 31);
        std::vector<Transaction> rows;
        for (int c = 0; c < 300; ++c) {
            const qint64 key = arrangement == 1 ? qint64(c) * 1'000'000'007LL - 5'000'000'000LL : c + 100;
            const int n = 1 + int(random() % 8);
            for (int k = 0; k < n; ++k)
                rows.push_back({key, d0.addDays(qint64(random() % 500)), double(random() % 10000) / 100});
        }
        std::shuffle(rows.begin(), rows.end(), random);
        if (arrangement == 2)
            std::stable_sort(rows.begin(), rows.end(),
                             [](const Transaction &l, const Transaction &r) { return l.customer < r.customer; });

        std::map<qint64, std::map<qint64, double>> byDay; // customer → day → value, calibration only
        std::map<qint64, int> rowCount;
        for (const Transaction &t : rows) {
            if (t.date > end)
                continue;
            byDay[t.customer][t.date.toJulianDay()] += t.amount;
            ++rowCount[t.customer];
        }
        const auto s = CustomerSummaries::fromTransactions(rows, end, TimeUnit::Day);
        REQUIRE(s);
        REQUIRE(s->size() == byDay.size());
        size_t i = 0;
        for (const auto &[key, days] : byDay) {
            const CustomerSummary &c = (*s)[i++];
            INFO("customer " << key);
            REQUIRE(c.customer == key);
            const int x = int(days.size()) - 1;
            double total = 0;
            for (const auto &[day, value] : days)
                total += value;
            const qint64 first = days.begin()->first, last = days.rbegin()->first;
            CHECK(c.x == x);
            CHECK(c.tx == double(last - first));
            CHECK(c.T == double(end.toJulianDay() - first));
            CHECK(c.zbar == Approx(x > 0 ? (total - days.begin()->second) / x : 0.0).margin(1e-9));
            CHECK(c.totalSpend == Approx(total).margin(1e-9));
            CHECK(c.transactions == rowCount[key]);
            CHECK(c.firstPurchase.toJulianDay() == first);
            CHECK(c.lastPurchase.toJulianDay() == last);
        }
    }
}

TEST_CASE("Summaries refuse an empty log, bad rows and a log entirely after the calibration period", "[value]")
{
    const auto empty = CustomerSummaries::fromTransactions({}, kCalibrationEnd, TimeUnit::Week);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == Error::Code::Invalid);
    CHECK_FALSE(empty.error().message.isEmpty());

    const std::vector<Transaction> badDate = {{1, QDate(), 3.0}};
    CHECK_FALSE(CustomerSummaries::fromTransactions(badDate, kCalibrationEnd, TimeUnit::Week));
    const std::vector<Transaction> badAmount = {{1, kCalibrationEnd, std::nan("")}};
    CHECK_FALSE(CustomerSummaries::fromTransactions(badAmount, kCalibrationEnd, TimeUnit::Week));
    const std::vector<Transaction> late = {{1, kCalibrationEnd.addDays(1), 3.0}};
    const auto none = CustomerSummaries::fromTransactions(late, kCalibrationEnd, TimeUnit::Week);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("1997-09-30")));
    CHECK_FALSE(CustomerSummaries::fromTransactions(late, QDate(), TimeUnit::Week));
}

TEST_CASE("Digamma and log-gamma agree with known values", "[value]")
{
    constexpr double euler = 0.57721566490153286061;
    CHECK(digamma(1.0) == Approx(-euler).epsilon(1e-14));
    CHECK(digamma(0.5) == Approx(-euler - 2 * std::numbers::ln2).epsilon(1e-14));
    CHECK(digamma(10.0) == Approx(2.251752589066721).epsilon(1e-14));
    CHECK(digamma(1e-8) == Approx(-1e8 - euler).epsilon(1e-14));
    CHECK(digamma(1e6) == Approx(std::log(1e6) - 0.5e-6).epsilon(1e-14));
    CHECK(logGamma(0.5) == Approx(0.5 * std::log(std::numbers::pi)).epsilon(1e-14));
    CHECK(logGamma(101.0) == Approx(363.73937555556347).epsilon(1e-14));
}

TEST_CASE("BG/NBD fit on CDNOW agrees with the full-precision maximum likelihood", "[value]")
{
    const std::vector<CustomerSummary> customers = publishedSummaries();
    CHECK(BgNbd::logLikelihood(kPublishedBgNbd, customers) == Approx(-9582.427).margin(1e-3));

    const auto fit = BgNbd::fit(customers);
    REQUIRE(fit);
    const BgNbdParams &p = fit->params;
    CHECK(p.r == Approx(kMleBgNbd.r).epsilon(1e-3));
    CHECK(p.alpha == Approx(kMleBgNbd.alpha).epsilon(1e-3));
    CHECK(p.a == Approx(kMleBgNbd.a).epsilon(1e-3));
    CHECK(p.b == Approx(kMleBgNbd.b).epsilon(1e-3));
    CHECK(fit->logLikelihood == Approx(-9582.4256).margin(1e-3));
    CHECK(fit->logLikelihood == Approx(BgNbd::logLikelihood(p, customers)).margin(1e-9));
    CHECK(fit->customers == 2357);
    // Published to three decimals: within 0.0005 of each, as lifetimes' own test allows 0.015.
    CHECK(p.r == Approx(0.243).margin(5e-4));
    CHECK(p.alpha == Approx(4.414).margin(5e-4));
    CHECK(p.a == Approx(0.793).margin(5e-4));
    CHECK(p.b == Approx(2.426).margin(5e-4));
    REQUIRE(fit->standardErrors);
    CHECK(fit->standardErrors->r == Approx(0.012557).epsilon(1e-3));
    CHECK(fit->standardErrors->alpha == Approx(0.378221).epsilon(1e-3));
    CHECK(fit->standardErrors->a == Approx(0.185719).epsilon(1e-3));
    CHECK(fit->standardErrors->b == Approx(0.705345).epsilon(1e-3));
}

TEST_CASE("BG/NBD predictions for CDNOW customer 1 and for a new customer", "[value]")
{
    const auto fit = BgNbd::fit(publishedSummaries());
    REQUIRE(fit);
    const BgNbdParams &p = fit->params;
    CHECK(BgNbd::expectedPurchases(p, 39, 2, 30.43, 38.86) == Approx(1.226).margin(5e-4));
    CHECK(BgNbd::probabilityAlive(p, 2, 30.43, 38.86) == Approx(0.7266).margin(5e-5));
    // The same at the six-digit MLE, against mpmath at 30 digits.
    CHECK(BgNbd::expectedPurchases(kMleBgNbd, 39, 2, 30.43, 38.86) == Approx(1.225910385693894).epsilon(1e-12));
    CHECK(BgNbd::probabilityAlive(kMleBgNbd, 2, 30.43, 38.86) == Approx(0.7266091024562508).epsilon(1e-12));
    const double times[] = {0.1429, 1, 3, 31.8571, 32};
    const double expected[] = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437};
    for (int i = 0; i < 5; ++i) {
        INFO("t = " << times[i]);
        CHECK(BgNbd::expectedPurchasesNewCustomer(p, times[i]) == Approx(expected[i]).margin(5e-5));
    }
    // At t = 78 the reference list says 1.8576; mpmath's hyp2f1 at 30 digits gives 1.8579721052
    // at the six-digit MLE (1.8605190579 at the published parameters), and so do we.
    CHECK(BgNbd::expectedPurchasesNewCustomer(kMleBgNbd, 78) == Approx(1.8579721052).epsilon(1e-9));
    CHECK(BgNbd::expectedPurchasesNewCustomer(kPublishedBgNbd, 78) == Approx(1.8605190579).epsilon(1e-9));
    CHECK(BgNbd::expectedPurchasesNewCustomer(p, 78) == Approx(1.85797).margin(5e-5));
}

TEST_CASE("BG/NBD expected purchases agree with the untransformed hypergeometric formula", "[value]")
{
    const BgNbdParams cases[] = {kMleBgNbd, {1.5, 10, 3.2, 4.1}, {0.6, 2, 0.4, 0.3}, {2, 30, 1.3, 0.9}};
    for (const BgNbdParams &p : cases) {
        for (const int x : {0, 1, 4, 25}) {
            for (const double T : {0.0, 5.0, 38.86}) {
                for (const double t : {0.01, 1.0, 13.0, 39.0}) {
                    INFO("r " << p.r << " a " << p.a << " x " << x << " T " << T << " t " << t);
                    CHECK(BgNbd::expectedPurchasesIfAlive(p, t, x, T)
                          == Approx(plainExpectedIfAlive(p, t, x, T)).epsilon(1e-9));
                }
            }
        }
    }
}

TEST_CASE("BG/NBD expected purchases stay accurate for extreme parameters", "[value]")
{
    // Against mpmath's hyp2f1 at 40 digits: a large a (the code switches series at a·z = 50, which
    // the fourth and fifth cases straddle), a huge b, the degenerate fit of a single customer,
    // many purchases with a horizon twenty times the age, and a horizon of a thousand weeks.
    struct Case
    {
        BgNbdParams params;
        double t;
        int x;
        double T;
        double expected;
    };
    const Case cases[] = {
        {{0.5, 5, 1e3, 2}, 20, 3, 10, 0.95269475035768666},
        {{0.5, 5, 200, 1e6}, 20, 0, 10, 0.66653338975349652},
        {{1.9e7, 9.3e7, 1e9, 6e-10}, 39, 1, 10, 0.99965353983324419},
        {{0.5, 5, 87.4, 2}, 20, 3, 10, 0.99685084838711102},
        {{0.5, 5, 87.6, 2}, 20, 3, 10, 0.99674037095874413},
        {{0.3, 4, 3, 2}, 100, 50, 5, 26.789668280366181},
        {{2, 10, 60, 0.5}, 1000, 7, 1, 1.1271186440677966},
    };
    for (const Case &c : cases) {
        INFO("a " << c.params.a << " b " << c.params.b << " x " << c.x << " t " << c.t);
        CHECK(BgNbd::expectedPurchasesIfAlive(c.params, c.t, c.x, c.T) == Approx(c.expected).epsilon(1e-9));
    }
}

TEST_CASE("BG/NBD predictions stay finite at the edges", "[value]")
{
    const BgNbdParams p = kMleBgNbd;
    // x = 0: alive for sure; t = 0 and negative t: nothing expected.
    CHECK(BgNbd::probabilityAlive(p, 0, 0, 10) == 1.0);
    CHECK(BgNbd::expectedPurchases(p, 0, 3, 2, 10) == 0.0);
    CHECK(BgNbd::expectedPurchases(p, -5, 3, 2, 10) == 0.0);
    // Last purchase at the very end (t_x = T) and a customer seen today (T = 0).
    CHECK(BgNbd::probabilityAlive(p, 5, 10, 10) == Approx(1 / (1 + p.a / (p.b + 4))));
    CHECK(std::isfinite(BgNbd::expectedPurchases(p, 10, 0, 0, 0)));
    CHECK(BgNbd::logLikelihood(p, 0, 0, 0) == Approx(0.0).margin(1e-12)); // nothing observed
    // Very many purchases long ago: surely gone; very many up to today: surely alive.
    CHECK(BgNbd::probabilityAlive(p, 1'000'000, 1, 50) == 0.0);
    CHECK(BgNbd::probabilityAlive(p, 1'000'000, 50, 50) == Approx(1.0));
    const double busy = BgNbd::expectedPurchases(p, 1, 1'000'000, 50, 50);
    CHECK(std::isfinite(busy));
    // About the observed rate, less the ~0.7% chance of dropping out among its 18,000 purchases.
    CHECK(busy == Approx(1'000'000 / (p.alpha + 50)).epsilon(0.01));
    CHECK(busy < 1'000'000 / (p.alpha + 50));
    CHECK(std::isfinite(BgNbd::logLikelihood(p, 1'000'000, 1, 50)));
    // Long horizons grow without bound when a < 1, but stay finite.
    const double far = BgNbd::expectedPurchasesNewCustomer(p, 1e5);
    CHECK(std::isfinite(far));
    CHECK(far > BgNbd::expectedPurchasesNewCustomer(p, 1e4));
    // a = 1 is a removable singularity of the formula: continuous through it.
    const BgNbdParams below{0.5, 5, 1 - 1e-9, 2}, at{0.5, 5, 1, 2}, above{0.5, 5, 1 + 1e-9, 2};
    const double atOne = BgNbd::expectedPurchasesIfAlive(at, 20, 3, 30);
    CHECK(std::isfinite(atOne));
    CHECK(BgNbd::expectedPurchasesIfAlive(below, 20, 3, 30) == Approx(atOne).epsilon(1e-8));
    CHECK(BgNbd::expectedPurchasesIfAlive(above, 20, 3, 30) == Approx(atOne).epsilon(1e-8));
    // a + b < 1 (the ₂F₁ parameter c = a + b − 1 is negative at x = 0) and a huge b.
    CHECK(std::isfinite(BgNbd::expectedPurchasesNewCustomer({0.5, 5, 0.2, 0.3}, 10)));
    CHECK(BgNbd::expectedPurchasesNewCustomer({0.5, 5, 0.2, 0.8}, 10) > 0); // c = 0 exactly
    const double bigB = BgNbd::expectedPurchasesNewCustomer({0.5, 5, 2, 1e9}, 10);
    CHECK(bigB == Approx(0.5 * 10 / 5).epsilon(1e-5)); // no dropout left: E[λ]·t = r·t/α
}

TEST_CASE("BG/NBD fit refuses no customers, impossible histories and no repeat purchases", "[value]")
{
    const auto empty = BgNbd::fit({});
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == Error::Code::Invalid);
    const std::vector<CustomerSummary> once = {summary(0, 0, 10), summary(0, 0, 20)};
    CHECK_FALSE(BgNbd::fit(once));
    const std::vector<CustomerSummary> impossible = {summary(2, 30, 20)};
    CHECK_FALSE(BgNbd::fit(impossible));
    const std::vector<CustomerSummary> nan = {summary(2, std::nan(""), 20)};
    CHECK_FALSE(BgNbd::fit(nan));
}

TEST_CASE("Both fits recover the parameters of customers simulated from the models", "[value]")
{
    // 20,000 customers observed for 20 to 40 weeks: λ ~ Gamma(r, α), p ~ Beta(a, b), and spend
    // z̄ | x ~ Gamma(p x, ν x), ν ~ Gamma(q, γ). Each estimate must lie within four standard errors.
    const BgNbdParams truth{0.6, 8.0, 1.4, 3.5};
    const GammaGammaParams spendTruth{4.0, 5.0, 60.0};
    std::mt19937_64 random(2024);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::gamma_distribution<double> rate(truth.r, 1.0 / truth.alpha), betaA(truth.a, 1.0), betaB(truth.b, 1.0);
    std::gamma_distribution<double> nuDistribution(spendTruth.q, 1.0 / spendTruth.gamma);
    std::vector<CustomerSummary> customers;
    for (int i = 0; i < 20000; ++i) {
        const double lambda = rate(random);
        const double ga = betaA(random), gb = betaB(random);
        const double dropout = ga / (ga + gb);
        const double T = 20 + 20 * uniform(random);
        std::exponential_distribution<double> gap(lambda);
        int x = 0;
        double t = 0, tx = 0;
        while (true) {
            t += gap(random);
            if (t > T)
                break;
            ++x;
            tx = t;
            if (uniform(random) < dropout)
                break;
        }
        double zbar = 0;
        if (x > 0) {
            const double nu = nuDistribution(random);
            zbar = std::gamma_distribution<double>(spendTruth.p * x, 1.0 / (nu * x))(random);
        }
        customers.push_back(summary(x, tx, T, zbar));
    }
    const auto purchases = BgNbd::fit(customers);
    REQUIRE(purchases);
    REQUIRE(purchases->standardErrors);
    const BgNbdParams &p = purchases->params, &se = *purchases->standardErrors;
    INFO("r " << p.r << " alpha " << p.alpha << " a " << p.a << " b " << p.b);
    CHECK(std::abs(p.r - truth.r) < 4 * se.r);
    CHECK(std::abs(p.alpha - truth.alpha) < 4 * se.alpha);
    CHECK(std::abs(p.a - truth.a) < 4 * se.a);
    CHECK(std::abs(p.b - truth.b) < 4 * se.b);
    const auto spend = GammaGamma::fit(customers);
    REQUIRE(spend);
    REQUIRE(spend->standardErrors);
    const GammaGammaParams &g = spend->params, &gse = *spend->standardErrors;
    INFO("p " << g.p << " q " << g.q << " gamma " << g.gamma);
    CHECK(std::abs(g.p - spendTruth.p) < 4 * gse.p);
    CHECK(std::abs(g.q - spendTruth.q) < 4 * gse.q);
    CHECK(std::abs(g.gamma - spendTruth.gamma) < 4 * gse.gamma);
}

TEST_CASE("Fits on a handful of customers fail with a message instead of running off", "[value]")
{
    // With so few customers the likelihood grows without end towards a limit of the model (a
    // parameter to 0 or ∞); the fits say so rather than return such parameters.
    const std::vector<std::vector<CustomerSummary>> tiny = {
        {summary(1, 5, 10, 20)},
        {summary(1, 5, 10, 20), summary(0, 0, 10)},
        {summary(1, 5, 10, 20), summary(0, 0, 10), summary(3, 9, 12, 30)},
        {summary(2, 10, 10, 20), summary(3, 12, 12, 25), summary(1, 8, 8, 40), summary(0, 0, 5)},
        {summary(50, 10, 10, 20), summary(60, 12, 12, 25), summary(40, 8, 8, 40)},
        {summary(2, 5, 10, 20), summary(3, 9, 12, 20), summary(1, 3, 8, 20), summary(0, 0, 5)},
    };
    for (size_t i = 0; i < tiny.size(); ++i) {
        INFO("case " << i);
        const auto purchases = BgNbd::fit(tiny[i]);
        REQUIRE_FALSE(purchases);
        CHECK(purchases.error().code == Error::Code::Invalid);
        CHECK_FALSE(purchases.error().message.isEmpty());
        const auto spend = GammaGamma::fit(tiny[i]);
        REQUIRE_FALSE(spend);
        CHECK(spend.error().code == Error::Code::Invalid);
    }
}

TEST_CASE("Gamma-Gamma fit on CDNOW agrees with the full-precision maximum likelihood", "[value]")
{
    const std::vector<CustomerSummary> customers = publishedSummaries();
    const auto fit = GammaGamma::fit(customers);
    REQUIRE(fit);
    CHECK(fit->customers == 946);
    CHECK(fit->skipped == 0);
    CHECK(fit->params.p == Approx(6.248802).epsilon(1e-3));
    CHECK(fit->params.q == Approx(3.744588).epsilon(1e-3));
    CHECK(fit->params.gamma == Approx(15.447748).epsilon(1e-3));
    CHECK(fit->logLikelihood == Approx(-4055.923).margin(2e-3));
    CHECK(fit->logLikelihood == Approx(GammaGamma::logLikelihood(fit->params, customers)).margin(1e-9));
    REQUIRE(fit->standardErrors);
    CHECK(fit->standardErrors->p > 0);
    CHECK(fit->standardErrors->q > 0);
    CHECK(fit->standardErrors->gamma > 0);
}

TEST_CASE("Gamma-Gamma expected spend of the first ten CDNOW customers", "[value]")
{
    const std::vector<CustomerSummary> customers = publishedSummaries();
    const double expected[] = {24.66, 18.92, 35.22, 35.22, 35.22, 71.47, 18.92, 35.22, 27.29, 35.22};
    for (int i = 0; i < 10; ++i) {
        INFO("customer " << customers[i].customer);
        CHECK(GammaGamma::expectedSpend(kPublishedGammaGamma, customers[i].x, customers[i].zbar)
              == Approx(expected[i]).margin(0.005));
    }
    const GammaGammaParams &p = kPublishedGammaGamma;
    CHECK(GammaGamma::populationMeanSpend(p) == Approx(p.p * p.gamma / (p.q - 1)));
}

TEST_CASE("Gamma-Gamma skips customers whose repeat purchases were worth nothing", "[value]")
{
    std::vector<CustomerSummary> customers = publishedSummaries();
    customers[0].zbar = 0;       // x = 2 but free items
    customers[1].zbar = -3.5;    // a refund outweighed the purchase
    const auto fit = GammaGamma::fit(customers);
    REQUIRE(fit);
    CHECK(fit->customers == 944);
    CHECK(fit->skipped == 2);
    CHECK(std::isfinite(fit->logLikelihood));
    CHECK(fit->params.p == Approx(6.248802).epsilon(0.05));
    // They still get an expected spend: the population mean shrunk towards their zero.
    const double zero = GammaGamma::expectedSpend(fit->params, 2, 0.0);
    CHECK(zero > 0);
    CHECK(zero < GammaGamma::populationMeanSpend(fit->params));
    CHECK(GammaGamma::expectedSpend(fit->params, 1, -3.5) == GammaGamma::expectedSpend(fit->params, 1, 0.0));

    const std::vector<CustomerSummary> nobody = {summary(0, 0, 10), summary(2, 5, 10, 0.0)};
    const auto none = GammaGamma::fit(nobody);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == Error::Code::Invalid);
    CHECK_FALSE(GammaGamma::fit({}));
    // Parameters without a finite mean never give inf or NaN.
    CHECK(GammaGamma::expectedSpend({0.1, 0.5, 10}, 0, 0) == 0);
    CHECK(GammaGamma::expectedSpend({0.1, 0.5, 10}, 2, 7) == 7);
}

TEST_CASE("CLV is the discounted sum of monthly BG/NBD increments times expected spend", "[value]")
{
    const CustomerSummary c = summary(2, 30.43, 38.86, 22.35);
    ClvOptions options;
    options.months = 12;
    options.monthlyDiscountRate = 0.01;
    options.margin = 0.3;
    const double m = unitsPerMonth(TimeUnit::Week);
    double sum = 0;
    for (int k = 1; k <= 12; ++k)
        sum += (BgNbd::expectedPurchases(kMleBgNbd, k * m, c.x, c.tx, c.T)
                - BgNbd::expectedPurchases(kMleBgNbd, (k - 1) * m, c.x, c.tx, c.T))
               / std::pow(1.01, k);
    const double spend = GammaGamma::expectedSpend(kPublishedGammaGamma, c.x, c.zbar);
    const ClvEstimate e = Clv::estimateCustomer(kMleBgNbd, kPublishedGammaGamma, c, TimeUnit::Week, options);
    CHECK(e.clv == Approx(0.3 * spend * sum).epsilon(1e-12));
    CHECK(e.expectedSpend == Approx(spend));
    CHECK(e.expectedPurchases == Approx(BgNbd::expectedPurchases(kMleBgNbd, 12 * m, c.x, c.tx, c.T)));
    CHECK(e.probabilityAlive == Approx(BgNbd::probabilityAlive(kMleBgNbd, c.x, c.tx, c.T)));

    // Undiscounted, one month: spend times expected purchases in that month.
    options = {1, 0.0, 1.0};
    const ClvEstimate one = Clv::estimateCustomer(kMleBgNbd, kPublishedGammaGamma, c, TimeUnit::Week, options);
    CHECK(one.clv == Approx(spend * BgNbd::expectedPurchases(kMleBgNbd, m, c.x, c.tx, c.T)));

    // The batch gives the same per customer, shares work between equal (x, T), keeps the order.
    const std::vector<CustomerSummary> customers = publishedSummaries();
    const auto all = Clv::estimate(kMleBgNbd, kPublishedGammaGamma, customers, TimeUnit::Week, ClvOptions{});
    REQUIRE(all);
    REQUIRE(all->size() == customers.size());
    for (size_t i = 0; i < customers.size(); i += 97) {
        const ClvEstimate single = Clv::estimateCustomer(kMleBgNbd, kPublishedGammaGamma, customers[i], TimeUnit::Week, {});
        CHECK((*all)[i].clv == Approx(single.clv).epsilon(1e-14));
    }
    for (const ClvEstimate &e : *all) {
        CHECK(std::isfinite(e.clv));
        CHECK(e.clv >= 0);
    }
    CHECK(Clv::estimate(kMleBgNbd, kPublishedGammaGamma, {}, TimeUnit::Week, {})->empty());
    CHECK_FALSE(Clv::estimate(kMleBgNbd, kPublishedGammaGamma, customers, TimeUnit::Week, {-1, 0.01, 1}));
    CHECK_FALSE(Clv::estimate(kMleBgNbd, kPublishedGammaGamma, customers, TimeUnit::Week, {12, -1, 1}));
}

TEST_CASE("A customer with a single purchase gets finite, sensible predictions", "[value]")
{
    const std::vector<Transaction> rows = {{1, QDate(2024, 3, 1), 25.0}, {2, QDate(2024, 1, 10), 10.0},
                                           {2, QDate(2024, 2, 20), 30.0}, {2, QDate(2024, 4, 2), 20.0}};
    const auto s = CustomerSummaries::fromTransactions(rows, QDate(2024, 6, 30), TimeUnit::Week);
    REQUIRE(s);
    const CustomerSummary &once = (*s)[0];
    CHECK(once.x == 0);
    CHECK(once.tx == 0);
    CHECK(once.zbar == 0);
    CHECK(once.totalSpend == 25.0);
    CHECK(BgNbd::probabilityAlive(kMleBgNbd, once.x, once.tx, once.T) == 1.0);
    const ClvEstimate e = Clv::estimateCustomer(kMleBgNbd, kPublishedGammaGamma, once, TimeUnit::Week, {});
    CHECK(e.expectedSpend == Approx(GammaGamma::populationMeanSpend(kPublishedGammaGamma)));
    CHECK(e.clv > 0);
    CHECK(std::isfinite(e.clv));
}

TEST_CASE("RFM quintiles give equal values equal scores, placed by the middle of their tie", "[value]")
{
    // Distinct values: plain quintiles.
    const std::vector<qint64> ten = {10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
    CHECK(Rfm::quintileScores(ten, true) == std::vector<int>{5, 1, 5, 1, 4, 2, 4, 2, 3, 3});
    CHECK(Rfm::quintileScores(ten, false) == std::vector<int>{1, 5, 1, 5, 2, 4, 2, 4, 3, 3});
    // Six of ten tied at the bottom: middle position 2.5 of 10, score 1 + ⌊1.25⌋ = 2.
    // The two 3s sit at positions 7 and 8, middle 7.5: score 1 + ⌊3.75⌋ = 4, not 4 and 5.
    const std::vector<qint64> tied = {1, 1, 1, 1, 1, 1, 2, 3, 3, 4};
    CHECK(Rfm::quintileScores(tied, true) == std::vector<int>{2, 2, 2, 2, 2, 2, 4, 4, 4, 5});
    // A tie straddling a boundary (positions 2 and 3 of 5) stays together, whatever the order.
    const std::vector<qint64> straddle = {5, 1, 2, 3, 3};
    CHECK(Rfm::quintileScores(straddle, true) == std::vector<int>{5, 1, 2, 3, 3});
    const std::vector<qint64> reordered = {3, 3, 2, 1, 5};
    CHECK(Rfm::quintileScores(reordered, true) == std::vector<int>{3, 3, 2, 1, 5});
    // All equal: everybody in the middle.
    const std::vector<qint64> same(7, 42);
    CHECK(Rfm::quintileScores(same, true) == std::vector<int>(7, 3));
    CHECK(Rfm::quintileScores(std::vector<qint64>{9}, true) == std::vector<int>{1});
    CHECK(Rfm::quintileScores({}, true).empty());
}

TEST_CASE("RFM segments follow the recency-frequency grid and have translatable names", "[value]")
{
    CHECK(Rfm::segment(5, 5) == RfmSegment::Champions);
    CHECK(Rfm::segment(5, 4) == RfmSegment::Champions);
    CHECK(Rfm::segment(3, 4) == RfmSegment::LoyalCustomers);
    CHECK(Rfm::segment(4, 5) == RfmSegment::LoyalCustomers);
    CHECK(Rfm::segment(5, 2) == RfmSegment::PotentialLoyalists);
    CHECK(Rfm::segment(4, 3) == RfmSegment::PotentialLoyalists);
    CHECK(Rfm::segment(5, 1) == RfmSegment::NewCustomers);
    CHECK(Rfm::segment(4, 1) == RfmSegment::Promising);
    CHECK(Rfm::segment(3, 3) == RfmSegment::NeedAttention);
    CHECK(Rfm::segment(3, 1) == RfmSegment::AboutToSleep);
    CHECK(Rfm::segment(3, 2) == RfmSegment::AboutToSleep);
    CHECK(Rfm::segment(2, 3) == RfmSegment::AtRisk);
    CHECK(Rfm::segment(1, 4) == RfmSegment::AtRisk);
    CHECK(Rfm::segment(1, 5) == RfmSegment::CantLose);
    CHECK(Rfm::segment(2, 5) == RfmSegment::CantLose);
    CHECK(Rfm::segment(1, 1) == RfmSegment::Hibernating);
    CHECK(Rfm::segment(2, 2) == RfmSegment::Hibernating);
    CHECK(Rfm::segmentName(RfmSegment::CantLose) == QStringLiteral("Can't Lose"));
    CHECK(Rfm::segmentName(RfmSegment::AboutToSleep) == QStringLiteral("About to Sleep"));
    CHECK(QString::fromLatin1(Rfm::segmentKey(RfmSegment::LoyalCustomers)) == QStringLiteral("Loyal Customers"));
    QSet<QString> names;
    for (int i = 0; i < kRfmSegmentCount; ++i)
        names.insert(Rfm::segmentName(RfmSegment(i)));
    CHECK(names.size() == kRfmSegmentCount);
}

TEST_CASE("RFM scores CDNOW customers by recency days, purchase days and spend in cents", "[value]")
{
    const auto s = CustomerSummaries::fromTransactions(sampleTransactions(), kCalibrationEnd, TimeUnit::Week);
    REQUIRE(s);
    const std::vector<RfmScore> scores = Rfm::score(*s, kCalibrationEnd);
    REQUIRE(scores.size() == s->size());
    int counts[6] = {};
    for (size_t i = 0; i < scores.size(); ++i) {
        const RfmScore &r = scores[i];
        REQUIRE(r.recency >= 1);
        REQUIRE(r.recency <= 5);
        CHECK(r.recencyDays == (*s)[i].lastPurchase.daysTo(kCalibrationEnd));
        CHECK(r.segment == Rfm::segment(r.recency, r.frequency));
        ++counts[r.frequency];
    }
    // 60% of CDNOW customers bought on one day only: they all score 2 on frequency.
    CHECK(counts[1] == 0);
    CHECK(counts[2] == 1411);
    // Equal values, equal scores.
    for (size_t i = 1; i < scores.size(); ++i)
        for (size_t j : {size_t(0), i - 1})
            if (std::llround((*s)[i].totalSpend * 100) == std::llround((*s)[j].totalSpend * 100))
                CHECK(scores[i].monetary == scores[j].monetary);
    CHECK(Rfm::score({}, kCalibrationEnd).empty());
}

TEST_CASE("The whole analysis runs on the CDNOW log, refuses an empty one and can be cancelled", "[value]")
{
    const std::vector<Transaction> rows = sampleTransactions();
    ValueAnalysisOptions options;
    options.calibrationEnd = kCalibrationEnd;
    options.unit = TimeUnit::Week;
    const auto analysis = CustomerValueAnalysis::run(rows, options);
    REQUIRE(analysis);
    REQUIRE(analysis->values.size() == 2357);
    // Unrounded times move the fit only a little from the published one.
    CHECK(analysis->purchases.params.r == Approx(kMleBgNbd.r).epsilon(0.01));
    CHECK(analysis->purchases.params.b == Approx(kMleBgNbd.b).epsilon(0.02));
    CHECK(analysis->spend.params.p == Approx(6.248802).epsilon(0.01));
    for (const CustomerValue &v : analysis->values) {
        CHECK(std::isfinite(v.clv.clv));
        CHECK(v.clv.probabilityAlive >= 0);
        CHECK(v.clv.probabilityAlive <= 1);
    }

    const auto empty = CustomerValueAnalysis::run({}, options);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == Error::Code::Invalid);

    std::atomic_bool cancel{true};
    options.cancel = &cancel;
    const auto cancelled = CustomerValueAnalysis::run(rows, options);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == Error::Code::Cancelled);
}
