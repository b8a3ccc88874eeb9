// Benchmark: the customer-value models. Prints figures; it is not a timed test.
//
//   bench_value [--data DIR] [--rounds R] [--customers N] [--transactions M] [--seed S]
//
//   1. CDNOW (DIR, default tests/data/cdnow): the summaries from CDNOW_sample.txt, the BG/NBD fit
//      on the 2,357 customers and the Gamma-Gamma fit on the 946 with repeat purchases, from
//      cdnow_customers_summary_with_transactions.csv as the reference implementation reads it;
//      R rounds each, the median printed with its ratio to the reference figures: the Python
//      package lifetimes, 0.065 s for BG/NBD and 0.033 s for Gamma-Gamma. The goal is ten times
//      faster.
//   2. A synthetic log of N customers and about M transactions (default 1,000,000 and
//      10,000,000), made in memory from a fixed seed by simulating the BG/NBD process in days,
//      then put in date order as a shop's log would be. The whole analysis runs once, step by
//      step (summaries, both fits, 12-month CLV, RFM), then once more as
//      CustomerValueAnalysis::run; both timed, with peak memory. Last, the summaries of the same
//      log grouped by customer, the order a database query can hand over.
//
//   3. With --database PATH: the whole analysis on a database as the program runs it
//      (ValueStore::refresh: read the purchases, summaries, both fits, CLV, RFM, write value_fit
//      and customer_value, refill satisfaction by segment), each step timed; parts 1 and 2 are
//      skipped. --fill first replaces the purchases in PATH with the synthetic log of part 2
//      over the database's first --customers customers (make them with relatio-cli demo).
//
// Absolute times depend on the machine and on whatever else it is running; CPU time is printed
// beside wall time for that reason. Exit code 0 when every step ran, 1 when one failed.
#include "value/BgNbd.h"
#include "value/Clv.h"
#include "value/CustomerSummary.h"
#include "value/GammaGamma.h"
#include "value/Rfm.h"
#include "value/ValueAnalysis.h"
#include "value/ValueStore.h"
#include "store/BulkLoad.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <sys/resource.h>
#include <vector>

using namespace relatio;
using namespace relatio::value;

namespace {

constexpr double kLifetimesBgNbdSeconds = 0.065;
constexpr double kLifetimesGammaGammaSeconds = 0.033;
constexpr double kGoalSpeedUp = 10.0;

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_value: %s\n", qPrintable(message));
    return 1;
}

QList<QByteArray> lines(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<QByteArray> out;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

// CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars; keyed by the sample id.
std::vector<Transaction> readSample(const QString &path, QString *error)
{
    std::vector<Transaction> rows;
    for (const QByteArray &line : lines(path, error)) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() != 5) {
            *error = QStringLiteral("%1: a line without five columns").arg(path);
            return {};
        }
        rows.push_back({f[1].toLongLong(), QDate::fromString(QString::fromLatin1(f[2]), QStringLiteral("yyyyMMdd")),
                        f[4].toDouble()});
    }
    return rows;
}

// cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar.
std::vector<CustomerSummary> readSummary(const QString &path, QString *error)
{
    std::vector<CustomerSummary> out;
    QList<QByteArray> rows = lines(path, error);
    if (rows.isEmpty())
        return out;
    rows.removeFirst();
    for (const QByteArray &row : rows) {
        const QList<QByteArray> f = row.split(',');
        if (f.size() != 5) {
            *error = QStringLiteral("%1: a line without five columns").arg(path);
            return {};
        }
        CustomerSummary s;
        s.customer = f[0].toLongLong();
        s.x = f[1].toInt();
        s.tx = f[2].toDouble();
        s.T = f[3].toDouble();
        s.zbar = f[4].toDouble();
        s.purchases = s.x + 1;
        out.push_back(s);
    }
    return out;
}

// N customers acquired uniformly over the first year of a two-year log, each buying by the BG/NBD
// process in days (λ ~ Gamma(r, α), p ~ Beta(a, b)) until it drops out or the log ends; one
// purchase in ten is split over two rows of the same day. Values are Gamma(p, ν) with
// ν ~ Gamma(q, γ), the Gamma-Gamma model. The parameters give about ten rows per customer;
// the rate is scaled to come close to the requested number of rows.
std::vector<Transaction> synthesise(qint64 customers, qint64 transactions, quint64 seed, QDate start, int days)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double rowsPerCustomer = double(transactions) / double(customers);
    // E[rows] ≈ 1.1 · (1 + E[purchases]), and E[purchases] grows about linearly in the rate here.
    const double rateScale = std::max(0.05, (rowsPerCustomer / 1.1 - 1) / 6.4);
    std::gamma_distribution<double> lambdaDistribution(0.8, 1.0 / (40.0 / rateScale));
    std::gamma_distribution<double> pA(0.9, 1.0), pB(12.0, 1.0);
    std::gamma_distribution<double> nuDistribution(4.0, 1.0 / 60.0);
    std::vector<Transaction> rows;
    rows.reserve(size_t(transactions + transactions / 10));
    for (qint64 c = 1; c <= customers; ++c) {
        const double lambda = lambdaDistribution(random);
        const double a = pA(random), b = pB(random);
        const double p = a / (a + b);
        const double nu = nuDistribution(random);
        std::gamma_distribution<double> value(5.0, 1.0 / nu);
        double day = std::floor(uniform(random) * 365);
        const auto buy = [&](double d) {
            const QDate date = start.addDays(qint64(d));
            const double amount = std::round(value(random) * 100) / 100;
            if (uniform(random) < 0.1) {
                const double part = std::round(amount * 40) / 100;
                rows.push_back({c, date, part});
                rows.push_back({c, date, amount - part});
            } else {
                rows.push_back({c, date, amount});
            }
        };
        buy(day);
        std::exponential_distribution<double> gap(lambda);
        while (true) {
            day += gap(random);
            if (day >= days)
                break;
            buy(day);
            if (uniform(random) < p)
                break;
        }
    }
    // A shop's log is in date order, not grouped by customer.
    std::stable_sort(rows.begin(), rows.end(), [](const Transaction &l, const Transaction &r) { return l.date < r.date; });
    return rows;
}

struct Clock
{
    double wall = now();
    double cpu = cpuNow();

    void print(const char *what) const
    {
        std::printf("  %-34s %8.3f s wall  %8.3f s CPU\n", what, now() - wall, cpuNow() - cpu);
    }
};

// Replaces the purchases of the database with the log, customer key k → the k-th customer by id,
// in one transaction with the table's indexes built once at the end.
bool fillPurchases(const DatabasePtr &db, const std::vector<Transaction> &log, qint64 customers, QString *error)
{
    sqlite3 *h = db->handle();
    std::vector<qint64> ids;
    {
        Statement q(h, "SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY id");
        while (q.step() && qint64(ids.size()) < customers)
            ids.push_back(q.int64(0));
    }
    if (qint64(ids.size()) < customers) {
        *error = QStringLiteral("the database has %1 live customers, fewer than --customers").arg(ids.size());
        return false;
    }
    BulkLoad bulk(h);
    if (!execRaw(h, "BEGIN IMMEDIATE", error))
        return false;
    if (auto deferred = bulk.deferIndexes("purchase"); !deferred) {
        *error = deferred.error().message;
        execRaw(h, "ROLLBACK");
        return false;
    }
    execRaw(h, "DELETE FROM purchase");
    Statement insert(h, "INSERT INTO purchase (uuid, customer_id, ordered_on, amount_cents, currency, created_at,"
                        " updated_at) VALUES (?, ?, ?, ?, 'EUR', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')");
    qint64 n = 0;
    for (const Transaction &t : log) {
        insert.reset();
        insert.bindUtf8(1, QByteArray::number(++n, 16).rightJustified(32, '0'));
        insert.bind(2, ids[std::size_t(t.customer - 1)]);
        insert.bindUtf8(3, t.date.toString(Qt::ISODate).toLatin1());
        insert.bind(4, qint64(std::llround(t.amount * 100)));
        insert.step();
        if (insert.failed()) {
            *error = insert.errorMessage();
            execRaw(h, "ROLLBACK");
            return false;
        }
    }
    if (auto rebuilt = bulk.rebuild({}); !rebuilt) {
        *error = rebuilt.error().message;
        execRaw(h, "ROLLBACK");
        return false;
    }
    return execRaw(h, "COMMIT", error);
}

// Part 3: the whole analysis on a database.
int benchDatabase(const QString &path, bool fill, qint64 customers, qint64 transactions, quint64 seed)
{
    auto db = Database::open(path);
    if (!db)
        return fail(db.error().message);
    if (fill) {
        const double t0 = now();
        const std::vector<Transaction> log = synthesise(customers, transactions, seed, QDate(2024, 11, 1), 730);
        std::printf("synthetic log: %zu rows for %lld customers in %.1f s\n", log.size(), customers, now() - t0);
        QString error;
        const double t1 = now();
        if (!fillPurchases(*db, log, customers, &error))
            return fail(QStringLiteral("filling the purchases: ") + error);
        std::printf("purchases written in %.1f s\n", now() - t1);
    }
    {
        Statement q((*db)->handle(), "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM purchase),"
                                     " (SELECT count(*) FROM interaction)");
        if (q.step())
            std::printf("Database %s: %lld customers, %lld purchases, %lld contacts\n", qPrintable(path),
                        q.int64(0), q.int64(1), q.int64(2));
    }
    const Clock whole;
    const auto result = ValueStore(*db).refresh({});
    if (!result)
        return fail(result.error().message);
    std::printf("  read purchases                     %8.3f s\n", result->readSeconds);
    std::printf("  summaries, fits, CLV, RFM, tiers   %8.3f s\n", result->analysisSeconds);
    std::printf("  write customer_value and value_fit %8.3f s\n", result->writeSeconds);
    std::printf("  refill dimension 4, index, commit  %8.3f s\n", result->statsSeconds);
    if (result->coPurchase)
        std::printf("  products bought together (%lld pairs) %6.3f s\n", static_cast<long long>(result->coPurchase->pairs),
                    result->coPurchaseSeconds);
    whole.print("ValueStore::refresh, whole");
    std::printf("  %lld customers, %lld purchases; peak memory %.0f MB\n", result->fit.customers,
                result->fit.purchases, peakMegabytes());
    if (result->fit.purchaseModel)
        std::printf("  BG/NBD r %.4f alpha %.4f a %.4f b %.4f; LL %.1f\n", result->fit.purchaseModel->r,
                    result->fit.purchaseModel->alpha, result->fit.purchaseModel->a, result->fit.purchaseModel->b,
                    result->fit.purchaseLogLikelihood);
    if (!result->fit.message.isEmpty())
        std::printf("  %s\n", qPrintable(result->fit.message));
    const Clock overview;
    const auto segments = ValueStore(*db).segmentOverview();
    if (!segments)
        return fail(segments.error().message);
    overview.print("segment overview");
    const Clock members;
    const auto champions = ValueStore(*db).segmentMembers(1);
    if (!champions)
        return fail(champions.error().message);
    members.print("members of Champions, by CLV");
    std::printf("  Champions: %zu customers\n", champions->size());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_value"));
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Customer-value models: fits on CDNOW, whole analysis at scale."));
    parser.addHelpOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("The CDNOW folder."),
                                        QStringLiteral("dir"), QStringLiteral(RELATIO_TEST_DATA "/cdnow"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds of each CDNOW fit."),
                                          QStringLiteral("r"), QStringLiteral("20"));
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Synthetic customers."),
                                             QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption transactionsOption(QStringLiteral("transactions"),
                                                QStringLiteral("Synthetic transactions, about."),
                                                QStringLiteral("m"), QStringLiteral("10000000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the synthetic log."),
                                        QStringLiteral("s"), QStringLiteral("7"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Time the whole analysis on this database instead."),
                                            QStringLiteral("path"));
    const QCommandLineOption fillOption(QStringLiteral("fill"),
                                        QStringLiteral("First replace its purchases with the synthetic log."));
    parser.addOptions({dataOption, roundsOption, customersOption, transactionsOption, seedOption, databaseOption,
                       fillOption});
    parser.process(app);

    bool ok = false;
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1)
        return fail(QStringLiteral("--rounds takes a whole number above 0."));
    const qint64 customers = parser.value(customersOption).toLongLong(&ok);
    if (!ok || customers < 1)
        return fail(QStringLiteral("--customers takes a whole number above 0."));
    const qint64 transactions = parser.value(transactionsOption).toLongLong(&ok);
    if (!ok || transactions < customers)
        return fail(QStringLiteral("--transactions takes a whole number, at least the customers."));
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed takes a whole number."));
    const QString data = parser.value(dataOption);
    if (parser.isSet(databaseOption))
        return benchDatabase(parser.value(databaseOption), parser.isSet(fillOption), customers, transactions, seed);

    // 1. CDNOW.
    QString error;
    const std::vector<Transaction> sample = readSample(data + QStringLiteral("/CDNOW_sample.txt"), &error);
    if (!error.isEmpty())
        return fail(error);
    const std::vector<CustomerSummary> summary =
        readSummary(data + QStringLiteral("/cdnow_customers_summary_with_transactions.csv"), &error);
    if (!error.isEmpty())
        return fail(error);
    std::printf("CDNOW: %zu transactions, %zu customers, %d rounds (median)\n", sample.size(), summary.size(), rounds);

    std::vector<double> summaryTimes, bgTimes, ggTimes, bgCpu, ggCpu;
    BgNbdFit bg;
    GammaGammaFit gg;
    for (int i = 0; i < rounds; ++i) {
        double t0 = now();
        const auto s = CustomerSummaries::fromTransactions(sample, QDate(1997, 9, 30), TimeUnit::Week);
        summaryTimes.push_back(now() - t0);
        if (!s)
            return fail(s.error().message);
        t0 = now();
        double c0 = cpuNow();
        const auto b = BgNbd::fit(summary);
        bgTimes.push_back(now() - t0);
        bgCpu.push_back(cpuNow() - c0);
        if (!b)
            return fail(b.error().message);
        bg = *b;
        t0 = now();
        c0 = cpuNow();
        const auto g = GammaGamma::fit(summary);
        ggTimes.push_back(now() - t0);
        ggCpu.push_back(cpuNow() - c0);
        if (!g)
            return fail(g.error().message);
        gg = *g;
    }
    const double bgMedian = median(bgTimes), ggMedian = median(ggTimes);
    std::printf("  summaries from the log            %8.3f ms\n", median(summaryTimes) * 1e3);
    std::printf("  BG/NBD fit                        %8.3f ms   lifetimes %.0f ms: %.0fx faster (goal %.0fx: %s)"
                "; CPU %.3f ms\n",
                bgMedian * 1e3, kLifetimesBgNbdSeconds * 1e3, kLifetimesBgNbdSeconds / bgMedian, kGoalSpeedUp,
                kLifetimesBgNbdSeconds / bgMedian >= kGoalSpeedUp ? "met" : "NOT met", median(bgCpu) * 1e3);
    std::printf("    r %.6f  alpha %.6f  a %.6f  b %.6f  LL %.4f  (%d iterations, with standard errors)\n",
                bg.params.r, bg.params.alpha, bg.params.a, bg.params.b, bg.logLikelihood, bg.iterations);
    std::printf("  Gamma-Gamma fit                   %8.3f ms   lifetimes %.0f ms: %.0fx faster (goal %.0fx: %s)"
                "; CPU %.3f ms\n",
                ggMedian * 1e3, kLifetimesGammaGammaSeconds * 1e3, kLifetimesGammaGammaSeconds / ggMedian,
                kGoalSpeedUp, kLifetimesGammaGammaSeconds / ggMedian >= kGoalSpeedUp ? "met" : "NOT met",
                median(ggCpu) * 1e3);
    std::printf("    p %.6f  q %.6f  gamma %.6f  LL %.3f  (%d iterations, with standard errors)\n", gg.params.p,
                gg.params.q, gg.params.gamma, gg.logLikelihood, gg.iterations);

    // 2. Synthetic.
    const QDate start(2023, 1, 1);
    const int days = 730;
    const QDate end = start.addDays(days - 1);
    Clock generating;
    const std::vector<Transaction> log = synthesise(customers, transactions, seed, start, days);
    std::printf("\nSynthetic log: %lld customers, %zu transactions, %s to %s, seed %llu\n", customers, log.size(),
                qPrintable(start.toString(Qt::ISODate)), qPrintable(end.toString(Qt::ISODate)), seed);
    generating.print("generated (not part of the analysis)");

    const Clock whole;
    Clock step;
    const auto summaries = CustomerSummaries::fromTransactions(log, end, TimeUnit::Week);
    if (!summaries)
        return fail(summaries.error().message);
    step.print("summaries (log in date order)");
    step = {};
    const auto purchases = BgNbd::fit(*summaries);
    if (!purchases)
        return fail(purchases.error().message);
    step.print("BG/NBD fit");
    step = {};
    const auto spend = GammaGamma::fit(*summaries);
    if (!spend)
        return fail(spend.error().message);
    step.print("Gamma-Gamma fit");
    step = {};
    const auto clv = Clv::estimate(purchases->params, spend->params, *summaries, TimeUnit::Week, ClvOptions{});
    if (!clv)
        return fail(clv.error().message);
    step.print("CLV, 12 months");
    step = {};
    const std::vector<RfmScore> rfm = Rfm::score(*summaries, end);
    step.print("RFM");
    whole.print("whole analysis, step by step");
    std::printf("    %zu customers; BG/NBD r %.4f alpha %.4f a %.4f b %.4f (%d iterations); "
                "Gamma-Gamma p %.4f q %.4f gamma %.4f (%d iterations)\n",
                summaries->size(), purchases->params.r, purchases->params.alpha, purchases->params.a,
                purchases->params.b, purchases->iterations, spend->params.p, spend->params.q,
                spend->params.gamma, spend->iterations);
    double totalClv = 0;
    for (const ClvEstimate &e : *clv)
        totalClv += e.clv;
    std::printf("    total 12-month CLV %.0f, mean %.2f per customer\n", totalClv, totalClv / double(clv->size()));

    ValueAnalysisOptions options;
    options.calibrationEnd = end;
    options.unit = TimeUnit::Week;
    const Clock once;
    const auto analysis = CustomerValueAnalysis::run(log, options);
    if (!analysis)
        return fail(analysis.error().message);
    once.print("CustomerValueAnalysis::run");
    std::printf("  peak memory %.0f MB (the log itself: %.0f MB; generating it needed another copy)\n",
                peakMegabytes(), double(log.size() * sizeof(Transaction)) / 1048576.0);

    // The same log grouped by customer, as a query with ORDER BY customer gives it.
    std::vector<Transaction> grouped = log;
    std::stable_sort(grouped.begin(), grouped.end(),
                     [](const Transaction &l, const Transaction &r) { return l.customer < r.customer; });
    const Clock byCustomer;
    const auto again = CustomerSummaries::fromTransactions(grouped, end, TimeUnit::Week);
    if (!again)
        return fail(again.error().message);
    byCustomer.print("summaries, log grouped by customer");
    return 0;
}
