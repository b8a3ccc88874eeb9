// Benchmark: the satisfaction dashboard at a million customers and ten million contacts. Prints figures; it is not a timed test.
//
//   bench_dashboard [--customers N] [--interactions M] [--rounds R] [--baseline-rounds B] [--db PATH] [--keep]
//                   [--seed S] [--cli PATH]
//
// Builds the database with relatio-cli demo as a child process (skipped when --db names a file that
// exists), then times in this process, on one connection, what the dashboard asks of
// SatisfactionStats: perChannel, perGroupAndChannel and the weekly and monthly trend, for the last
// 7 days, 30 days, year and both years before the demo's last day, with customers grouped by
// nothing, country, owner and tag (perChannel and trend also for one selected group: the largest).
// Each figure is timed R rounds and printed as p50, p95 and max in milliseconds. weeklyUsage, which
// reads the contacts themselves, is timed for one week and for 13 weeks, against a baseline of
// SQLite alone computing the same cells with one GROUP BY and the names joined in report order.
//
// The baseline, measured in the same run: the same per-channel and per-group sums straight from
// the interaction table, one GROUP BY query joining customer or customer_tag, as the dashboard would
// have to without the aggregates; the ratio printed is aggregate / baseline at p50. The goal of the
// issue: every dashboard figure within 200 ms with 1M customers and 10M contacts. Absolute times
// depend on the machine and on whatever else runs on it, hence the load average.
#include "interactions/SatisfactionStats.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace relatio;

namespace {

constexpr double kGoalMs = 200.0;

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const auto lo = std::size_t(rank);
    const auto hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

struct Timing
{
    std::vector<double> ms;
    double p50() const { return percentile(ms, 0.5); }
    double p95() const { return percentile(ms, 0.95); }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
};

// Runs work rounds times; false as soon as one round fails.
bool timeRounds(int rounds, Timing &timing, const std::function<bool()> &work)
{
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return false;
        timing.ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return true;
}

const char *groupingName(CustomerGrouping g)
{
    switch (g) {
    case CustomerGrouping::None:
        return "all customers";
    case CustomerGrouping::Country:
        return "by country";
    case CustomerGrouping::Owner:
        return "by owner";
    case CustomerGrouping::Tag:
        return "by tag";
    case CustomerGrouping::ValueSegment:
        return "by value segment";
    }
    return "";
}

const char *groupKind(CustomerGrouping g)
{
    switch (g) {
    case CustomerGrouping::Country:
        return "country";
    case CustomerGrouping::Owner:
        return "owner";
    case CustomerGrouping::Tag:
        return "tag";
    case CustomerGrouping::ValueSegment:
        return "segment";
    case CustomerGrouping::None:
        break;
    }
    return "all";
}

// The per-channel sums the aggregates hold, straight from the contacts.
const char kSums[] = "count(*), count(i.csat), sum(i.csat), sum(i.csat * i.csat), count(i.nps), sum(i.nps >= 9),"
                     " sum(i.nps <= 6)";

struct Range
{
    const char *name;
    QDate from;
    QDate to;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relatio-bench"));
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows when piped into tee

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Satisfaction dashboard benchmark: aggregates against GROUP BY."));
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers to generate."),
                                             QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption interactionsOption(QStringLiteral("interactions"),
                                                QStringLiteral("Contacts to generate."), QStringLiteral("m"),
                                                QStringLiteral("10000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds of each dashboard figure."),
                                          QStringLiteral("r"), QStringLiteral("7"));
    const QCommandLineOption baselineRoundsOption(QStringLiteral("baseline-rounds"),
                                                  QStringLiteral("Rounds of each baseline query (they take seconds)."),
                                                  QStringLiteral("b"), QStringLiteral("1"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database to use, or to create when it does not exist."),
                                      QStringLiteral("path"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the database made in a temporary directory."));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the demo data."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The relatio-cli to run."),
                                       QStringLiteral("path"));
    parser.addOptions({customersOption, interactionsOption, roundsOption, baselineRoundsOption, dbOption, keepOption,
                       seedOption, cliOption});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qUtf8Printable(message));
        return 1;
    };
    bool ok = false;
    const qint64 customers = parser.value(customersOption).toLongLong(&ok);
    if (!ok || customers < 1)
        return fail(QStringLiteral("--customers takes a whole number above 0."));
    const qint64 interactions = parser.value(interactionsOption).toLongLong(&ok);
    if (!ok || interactions < 0)
        return fail(QStringLiteral("--interactions takes a whole number."));
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1)
        return fail(QStringLiteral("--rounds takes a whole number above 0."));
    const int baselineRounds = parser.value(baselineRoundsOption).toInt(&ok);
    if (!ok || baselineRounds < 0)
        return fail(QStringLiteral("--baseline-rounds takes a whole number (0 = no baseline)."));
    const QString cli = parser.isSet(cliOption) ? parser.value(cliOption) : QStringLiteral(RELATIO_CLI);

    QTemporaryDir temporary;
    temporary.setAutoRemove(!parser.isSet(keepOption));
    const QString path = parser.isSet(dbOption) ? QFileInfo(parser.value(dbOption)).absoluteFilePath()
                                                : temporary.filePath(QStringLiteral("dashboard.sqlite"));

    std::printf("Relatio dashboard benchmark: %lld customers, %lld contacts, %d rounds (baseline %d)\n", customers,
                interactions, rounds, baselineRounds);
    std::printf("database:      %s%s\n", qUtf8Printable(path),
                parser.isSet(dbOption) || parser.isSet(keepOption) ? "" : " (removed at the end; --keep keeps it)");
    std::printf("load average:  %s at start, %d cores\n", qUtf8Printable(loadAverage()), QThread::idealThreadCount());

    if (!QFileInfo::exists(path)) {
        QElapsedTimer t;
        t.start();
        const int rc = QProcess::execute(cli, {QStringLiteral("--db"), path, QStringLiteral("demo"),
                                               QStringLiteral("--customers"), QString::number(customers),
                                               QStringLiteral("--interactions"), QString::number(interactions),
                                               QStringLiteral("--seed"), parser.value(seedOption)});
        if (rc != 0)
            return fail(QStringLiteral("%1 demo failed (%2)").arg(cli).arg(rc));
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        std::printf("demo data written by relatio-cli:  %.1f s   (cpu %.1f s user + %.1f s sys, peak %.0f MB)\n",
                    double(t.elapsed()) / 1000.0, double(usage.ru_utime.tv_sec) + usage.ru_utime.tv_usec / 1e6,
                    double(usage.ru_stime.tv_sec) + usage.ru_stime.tv_usec / 1e6, double(usage.ru_maxrss) / 1024.0);
    } else {
        std::printf("using the existing database\n");
    }
    std::printf("database size: %.0f MB\n", double(QFileInfo(path).size()) / 1e6);

    auto opened = Database::open(path);
    if (!opened)
        return fail(opened.error().message);
    const DatabasePtr db = *opened;
    QSqlDatabase connection = db->connection();
    auto scalar = [&](const QString &sql) {
        QSqlQuery q(connection);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    };
    const qint64 storedCustomers = scalar(QStringLiteral("SELECT count(*) FROM customer")).toLongLong();
    const qint64 storedContacts = scalar(QStringLiteral("SELECT count(*) FROM interaction")).toLongLong();
    const qint64 aggregateRows = scalar(QStringLiteral("SELECT count(*) FROM interaction_stats")).toLongLong();
    std::printf("stored:        %lld customers, %lld contacts, %lld aggregate rows\n", storedCustomers,
                storedContacts, aggregateRows);

    // The ranges end on the last day with contacts (the demo's reference date is fixed, the clock is not).
    const QVariant lastDayNumber = scalar(QStringLiteral("SELECT max(day) FROM interaction_stats WHERE dim = 0"));
    if (!lastDayNumber.isValid() || lastDayNumber.isNull())
        return fail(QStringLiteral("the database has no contacts."));
    const QDate last = QDate(1970, 1, 1).addDays(lastDayNumber.toLongLong());
    const std::vector<Range> ranges = {
        {"last 7 days", last.addDays(-6), last},
        {"last 30 days", last.addDays(-29), last},
        {"last year", last.addDays(-364), last},
        {"two years", last.addDays(-729), last},
    };
    std::printf("last day:      %s\n", qUtf8Printable(last.toString(Qt::ISODate)));

    // The selected group of each grouping: the one with the most contacts.
    const SatisfactionStats stats(db);
    const std::vector<CustomerGrouping> groupings = {CustomerGrouping::None, CustomerGrouping::Country,
                                                     CustomerGrouping::Owner, CustomerGrouping::Tag};
    std::vector<QVariant> selected(groupings.size());
    for (std::size_t g = 1; g < groupings.size(); ++g) {
        const QVariant largest = scalar(QStringLiteral("SELECT grp FROM interaction_stats WHERE dim = %1 GROUP BY grp"
                                                       " ORDER BY sum(interactions) DESC LIMIT 1")
                                            .arg(int(groupings[g])));
        selected[g] = groupings[g] == CustomerGrouping::Country ? QVariant(largest.toString())
                                                                 : QVariant(largest.toLongLong());
        std::printf("selected group %-12s %s\n", groupingName(groupings[g]), qUtf8Printable(largest.toString()));
    }

    // "all customers", "country NL", "owner 3", "tag 5".
    auto selectedLabel = [&](std::size_t g) {
        if (groupings[g] == CustomerGrouping::None)
            return QStringLiteral("all customers");
        return QString::fromLatin1(groupKind(groupings[g])) + QLatin1Char(' ') + selected[g].toString();
    };

    // Baseline: one GROUP BY over the contacts of the range; what the dashboard's figure needs.
    // Returns the total count of contacts it summed, for a check against the aggregates.
    auto baseline = [&](const Range &range, CustomerGrouping grouping, bool perGroup, const QVariant &group,
                        qint64 *counted) {
        QString sql;
        const QString where = QStringLiteral("i.occurred_at >= ? AND i.occurred_at < ? AND i.deleted_at IS NULL");
        switch (grouping) {
        case CustomerGrouping::None:
            sql = QStringLiteral("SELECT 0, i.channel_id, %1 FROM interaction i WHERE %2 GROUP BY i.channel_id");
            break;
        case CustomerGrouping::Country:
            sql = perGroup ? QStringLiteral("SELECT c.country, i.channel_id, %1 FROM interaction i JOIN customer c"
                                            " ON c.id = i.customer_id WHERE %2 GROUP BY c.country, i.channel_id")
                           : QStringLiteral("SELECT 0, i.channel_id, %1 FROM interaction i JOIN customer c"
                                            " ON c.id = i.customer_id WHERE %2 AND c.country = ? GROUP BY i.channel_id");
            break;
        case CustomerGrouping::Owner:
            sql = perGroup ? QStringLiteral("SELECT coalesce(c.owner_id, 0) AS o, i.channel_id, %1 FROM interaction i"
                                            " JOIN customer c ON c.id = i.customer_id WHERE %2 GROUP BY o, i.channel_id")
                           : QStringLiteral("SELECT 0, i.channel_id, %1 FROM interaction i JOIN customer c"
                                            " ON c.id = i.customer_id WHERE %2 AND coalesce(c.owner_id, 0) = ?"
                                            " GROUP BY i.channel_id");
            break;
        case CustomerGrouping::Tag:
            sql = perGroup ? QStringLiteral("SELECT t.tag_id, i.channel_id, %1 FROM interaction i JOIN customer_tag t"
                                            " ON t.customer_id = i.customer_id WHERE %2 GROUP BY t.tag_id, i.channel_id")
                           : QStringLiteral("SELECT 0, i.channel_id, %1 FROM interaction i JOIN customer_tag t"
                                            " ON t.customer_id = i.customer_id WHERE %2 AND t.tag_id = ?"
                                            " GROUP BY i.channel_id");
            break;
        case CustomerGrouping::ValueSegment:
            // The demo data of this benchmark has no value analysis to group by.
            std::fprintf(stderr, "baseline: grouping by value segment is not measured here\n");
            return false;
        }
        QSqlQuery q(connection);
        q.setForwardOnly(true);
        if (!q.prepare(sql.arg(QLatin1String(kSums), where))) {
            std::fprintf(stderr, "baseline: %s\n", qUtf8Printable(q.lastError().text()));
            return false;
        }
        q.addBindValue(range.from.toString(Qt::ISODate));
        q.addBindValue(range.to.addDays(1).toString(Qt::ISODate));
        if (grouping != CustomerGrouping::None && !perGroup)
            q.addBindValue(group);
        if (!q.exec()) {
            std::fprintf(stderr, "baseline: %s\n", qUtf8Printable(q.lastError().text()));
            return false;
        }
        qint64 sum = 0;
        while (q.next())
            sum += q.value(2).toLongLong();
        if (counted)
            *counted = sum;
        return true;
    };

    // Every dashboard figure: what it runs, and the baseline query that gives the same sums.
    // run() returns the contacts it summed (for the check against the baseline) or -1 on failure.
    struct Figure
    {
        int section = 0;
        QString what;
        const Range *range = nullptr;
        std::function<qint64()> run;
        std::function<qint64()> baseline; // empty: no baseline
        Timing ours;
        Timing base;
        qint64 aggregated = 0;
        qint64 counted = 0;
    };
    std::vector<Figure> figures;
    auto failed = [](const char *what, const Error &error) {
        std::fprintf(stderr, "%s: %s\n", what, qUtf8Printable(error.message));
        return qint64(-1);
    };
    for (std::size_t g = 0; g < groupings.size(); ++g) {
        for (const Range &range : ranges) {
            const StatsQuery query{range.from, range.to, groupings[g], selected[g]};
            Figure f;
            f.section = 1;
            f.what = QStringLiteral("perChannel ") + selectedLabel(g);
            f.range = &range;
            f.run = [&stats, query, &failed] {
                const auto r = stats.perChannel(query);
                if (!r)
                    return failed("perChannel", r.error());
                qint64 n = 0;
                for (const ChannelFigures &c : *r)
                    n += c.tally.interactions;
                return n;
            };
            const CustomerGrouping grouping = groupings[g];
            const QVariant group = selected[g];
            f.baseline = [&baseline, &range, grouping, group] {
                qint64 n = 0;
                return baseline(range, grouping, false, group, &n) ? n : qint64(-1);
            };
            figures.push_back(std::move(f));
        }
    }
    for (std::size_t g = 0; g < groupings.size(); ++g) {
        for (const Range &range : ranges) {
            const StatsQuery query{range.from, range.to, groupings[g], {}};
            Figure f;
            f.section = 2;
            f.what = QStringLiteral("perGroupAndChannel %1").arg(QLatin1String(groupingName(groupings[g])));
            f.range = &range;
            f.run = [&stats, query, &failed] {
                const auto r = stats.perGroupAndChannel(query);
                if (!r)
                    return failed("perGroupAndChannel", r.error());
                qint64 n = 0;
                for (const GroupChannelFigures &c : *r)
                    n += c.total.tally.interactions;
                return n;
            };
            const CustomerGrouping grouping = groupings[g];
            f.baseline = [&baseline, &range, grouping] {
                qint64 n = 0;
                return baseline(range, grouping, true, {}, &n) ? n : qint64(-1);
            };
            figures.push_back(std::move(f));
        }
    }
    for (TrendPeriod period : {TrendPeriod::Week, TrendPeriod::Month}) {
        for (std::size_t g = 0; g < groupings.size(); ++g) {
            for (const Range &range : ranges) {
                const StatsQuery query{range.from, range.to, groupings[g], selected[g]};
                Figure f;
                f.section = 3;
                f.what = QStringLiteral("trend/%1 %2")
                             .arg(period == TrendPeriod::Week ? QStringLiteral("week") : QStringLiteral("month"),
                                  selectedLabel(g));
                f.range = &range;
                f.run = [&stats, query, period, &failed] {
                    const auto r = stats.trend(query, period);
                    if (!r)
                        return failed("trend", r.error());
                    qint64 n = 0;
                    for (const TrendPoint &p : *r)
                        n += p.tally.interactions;
                    return n;
                };
                figures.push_back(std::move(f));
            }
        }
    }

    // The first figures after opening the database, as the dashboard meets them when it is shown:
    // the two years per channel, and per tag and channel.
    std::printf("\nfirst figures after opening (this process's caches cold)\n");
    for (const Figure &f : figures) {
        if (f.range != &ranges.back()
            || (f.what != QLatin1String("perChannel all customers") && f.what != QLatin1String("perGroupAndChannel by tag")))
            continue;
        QElapsedTimer t;
        t.start();
        if (f.run() < 0)
            return 1;
        std::printf("  %-34s %-13s %8.1f ms\n", qUtf8Printable(f.what), f.range->name, double(t.nsecsElapsed()) / 1e6);
    }

    // All dashboard figures first, then all baselines: a baseline reads gigabytes and would push
    // the aggregates out of the caches that the dashboard, used in turn, keeps warm.
    for (Figure &f : figures) // one pass to warm up
        if (f.run() < 0)
            return 1;
    for (Figure &f : figures)
        if (!timeRounds(rounds, f.ours, [&f] { return (f.aggregated = f.run()) >= 0; }))
            return 1;
    // The weekly channel-usage report reads the contacts themselves: one week and a quarter.
    QByteArrayList usageLines;
    const QDate lastMonday = last.addDays(-(last.dayOfWeek() - 1));
    const QDate lastFullWeek = last.dayOfWeek() == 7 ? lastMonday : lastMonday.addDays(-7);
    for (int weeks : {1, 13}) {
        const QDate from = lastFullWeek.addDays(-7 * (weeks - 1));
        const QDate to = lastFullWeek.addDays(6);
        Timing t;
        qint64 rows = 0;
        qint64 contacts = 0;
        bool truncated = false;
        if (!timeRounds(weeks == 1 ? rounds : std::min(rounds, 3), t, [&] {
                const auto r = stats.weeklyUsage(from, to);
                if (!r) {
                    std::fprintf(stderr, "weeklyUsage: %s\n", qUtf8Printable(r.error().message));
                    return false;
                }
                rows = r->rows.size();
                truncated = r->truncated;
                contacts = 0;
                for (const auto &week : r->totals)
                    for (qint64 n : week)
                        contacts += n;
                return true;
            }))
            return 1;
        // Its baseline, in the same run: SQLite alone computing the same cells (week, customer,
        // channel counts) with one GROUP BY and joining the names in the report's order, as far as
        // the row limit.
        Timing base;
        qint64 baseRows = 0;
        if (!timeRounds(weeks == 1 ? rounds : std::min(rounds, 3), base, [&] {
                QSqlQuery q(db->connection());
                q.setForwardOnly(true);
                q.prepare(QStringLiteral(
                    "SELECT g.w, g.customer_id, g.channel_id, g.n, c.sort_name, c.given_name, c.family_name,"
                    " c.organisation_name FROM (SELECT (unixepoch(substr(occurred_at, 1, 10)) / 86400 - ?) / 7 AS w,"
                    " customer_id, channel_id, count(*) AS n FROM interaction WHERE occurred_at >= ?"
                    " AND occurred_at < ? AND deleted_at IS NULL GROUP BY 1, 2, 3) AS g"
                    " JOIN customer c ON c.id = g.customer_id ORDER BY g.w, c.sort_name, g.customer_id LIMIT 1600000"));
                q.addBindValue(QDate(1970, 1, 1).daysTo(from));
                q.addBindValue(from.toString(Qt::ISODate));
                q.addBindValue(to.addDays(1).toString(Qt::ISODate));
                if (!q.exec()) {
                    std::fprintf(stderr, "usage baseline: %s\n", qUtf8Printable(q.lastError().text()));
                    return false;
                }
                baseRows = 0;
                while (q.next())
                    ++baseRows;
                return true;
            }))
            return 1;
        // What the usage tab shows first: the chart and the totals, from the aggregates.
        Timing quick;
        if (!timeRounds(rounds, quick, [&] { return stats.weeklyTotals(from, to).has_value(); }))
            return 1;
        usageLines.append(QStringLiteral("%1 %2 %3 %4 %5")
                              .arg(QStringLiteral("chart and totals first (aggregates)"), -34)
                              .arg(weeks, -13)
                              .arg(quick.p50(), 8, 'f', 1)
                              .arg(quick.p95(), 8, 'f', 1)
                              .arg(quick.max(), 8, 'f', 1)
                              .toUtf8());
        const QString what = QStringLiteral("%1 contacts, %2 rows%3")
                                 .arg(contacts)
                                 .arg(rows)
                                 .arg(truncated ? QStringLiteral(" (cut at the row limit)") : QString());
        usageLines.append(QStringLiteral("%1 %2 %3 %4 %5   baseline %6 ms (%7 cells), ratio %8")
                              .arg(what, -34)
                              .arg(weeks, -13)
                              .arg(t.p50(), 8, 'f', 1)
                              .arg(t.p95(), 8, 'f', 1)
                              .arg(t.max(), 8, 'f', 1)
                              .arg(base.p50(), 0, 'f', 1)
                              .arg(baseRows)
                              .arg(t.p50() / base.p50(), 0, 'f', 2)
                              .toUtf8());
    }

    if (baselineRounds > 0)
        std::printf("dashboard figures timed; now the baselines (up to minutes each at full size)\n");
    int mismatches = 0;
    for (Figure &f : figures) {
        if (!f.baseline)
            continue;
        if (!timeRounds(baselineRounds, f.base, [&f] { return (f.counted = f.baseline()) >= 0; }))
            return 1;
        if (baselineRounds > 0 && f.counted != f.aggregated) {
            ++mismatches;
            std::printf("  MISMATCH %s %s: aggregates %lld contacts, baseline %lld\n", qUtf8Printable(f.what),
                        f.range->name, f.aggregated, f.counted);
        }
    }

    double worstP95 = 0;
    double worstMax = 0;
    QString worstWhat;
    std::vector<double> ratios;
    const char *titles[] = {"", "1. perChannel (one group: the largest)", "2. perGroupAndChannel",
                            "3. trend (one group: the largest)"};
    int section = 0;
    for (const Figure &f : figures) {
        if (f.section != section) {
            section = f.section;
            std::printf("\n%s\n%-34s %-13s %8s %8s %8s %11s %10s %9s\n", titles[section], "figure", "range", "p50 ms",
                        "p95 ms", "max ms", "baseline ms", "agg/base", "faster");
        }
        std::printf("%-34s %-13s %8.1f %8.1f %8.1f", qUtf8Printable(f.what), f.range->name, f.ours.p50(), f.ours.p95(),
                    f.ours.max());
        if (!f.base.ms.empty()) {
            const double ratio = f.ours.p50() / f.base.p50();
            ratios.push_back(ratio);
            std::printf(" %11.1f %10.5f %8.0fx", f.base.p50(), ratio, 1.0 / ratio);
        }
        std::printf("\n");
        if (f.ours.p95() > worstP95) {
            worstP95 = f.ours.p95();
            worstWhat = f.what + QLatin1Char(' ') + QLatin1String(f.range->name);
        }
        worstMax = std::max(worstMax, f.ours.max());
    }

    std::printf("\n4. weeklyUsage (reads the contacts)\n%-34s %-13s %8s %8s %8s\n", "report", "weeks", "p50 ms",
                "p95 ms", "max ms");
    for (const QByteArray &line : std::as_const(usageLines))
        std::printf("%s\n", line.constData());

    std::printf("\nslowest dashboard figure (p95): %.1f ms, %s; slowest single round %.1f ms\n", worstP95,
                qUtf8Printable(worstWhat), worstMax);
    std::printf("goal: every dashboard figure within %.0f ms: %s\n", kGoalMs, worstMax <= kGoalMs ? "met" : "NOT met");
    if (!ratios.empty())
        std::printf("aggregate / baseline at p50: median %.5f (%.0fx faster), worst %.5f\n", percentile(ratios, 0.5),
                    1.0 / percentile(ratios, 0.5), *std::max_element(ratios.begin(), ratios.end()));
    if (mismatches > 0)
        std::printf("%d figures differ between the aggregates and the contacts\n", mismatches);
    std::printf("load average:  %s at the end\n", qUtf8Printable(loadAverage()));
    return mismatches > 0 ? 1 : 0;
}
