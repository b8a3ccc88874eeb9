// Benchmark: the satisfaction figures on a team database on PostgreSQL, against the same figures
// on the Relatio file it was uploaded from. Prints figures; it is not a timed test.
//
//   bench_team_dashboard --server postgresql://USER@HOST:PORT/DB [--customers N] [--interactions M]
//                        [--rounds R] [--seed S]
//
// The database named is emptied (its public schema is dropped and made again: use a scratch one).
// A file made with relatio-cli demo (default 100,000 customers and 1,000,000 contacts, no orders)
// is uploaded to it with a sync, as relatio-cli --server URL init --db does, and the server's
// statistics are brought up to date (VACUUM ANALYZE, as autovacuum does on a server at rest).
// Then what the Satisfaction page asks for is timed on both, R rounds each, one after the other:
// the figures per channel, per group and channel and the weekly trend for the last 7 days, 30
// days, year and two years, with customers grouped by nothing, country, owner and tag, and the
// weekly channel use for one week and for 13. The baseline, measured in the same run, is the
// file: both read the aggregates their triggers keep, the team database over a connection to its
// server. The figures printed are the p50 in ms on each and their ratio; every figure's count of
// contacts is checked to be the same on both.
#include "BenchSupport.h"

#include "interactions/SatisfactionStats.h"
#include "store/Database.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace relatio;
using relatio::bench::die;
using relatio::bench::loadAverage;
using namespace relatio::sync;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// The p50 in ms of rounds of work, which returns the contacts it summed (-1: failed).
double timeIt(int rounds, const std::function<qint64()> &work, qint64 *counted)
{
    std::vector<double> ms;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        *counted = work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}

qint64 contactsIn(const Result<QList<ChannelFigures>> &r)
{
    if (!r)
        die(r.error().message);
    qint64 n = 0;
    for (const ChannelFigures &c : *r)
        n += c.tally.interactions;
    return n;
}

qint64 contactsIn(const Result<QList<GroupChannelFigures>> &r)
{
    if (!r)
        die(r.error().message);
    qint64 n = 0;
    for (const GroupChannelFigures &g : *r)
        n += g.total.tally.interactions;
    return n;
}

qint64 contactsIn(const Result<QList<TrendPoint>> &r)
{
    if (!r)
        die(r.error().message);
    qint64 n = 0;
    for (const TrendPoint &p : *r)
        n += p.tally.interactions;
    return n;
}

qint64 contactsIn(const Result<UsageReport> &r)
{
    if (!r)
        die(r.error().message);
    qint64 n = 0;
    for (const auto &week : r->totals)
        for (const qint64 count : week)
            n += count;
    return n;
}

const char *groupingName(CustomerGrouping g)
{
    switch (g) {
    case CustomerGrouping::Country:
        return "by country";
    case CustomerGrouping::Owner:
        return "by owner";
    case CustomerGrouping::Tag:
        return "by tag";
    case CustomerGrouping::None:
    case CustomerGrouping::ValueSegment:
        break;
    }
    return "all customers";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    const relatio::bench::ScratchOptions scratch;
    const QCommandLineOption interactionsOption(QStringLiteral("interactions"), QStringLiteral("contacts"),
                                                QStringLiteral("m"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("rounds of each figure"),
                                          QStringLiteral("r"), QStringLiteral("5"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("seed of the demo data"),
                                        QStringLiteral("s"), QStringLiteral("1"));
    parser.addOptions({scratch.server, scratch.customers, interactionsOption, roundsOption, seedOption});
    parser.addHelpOption();
    parser.process(app);
    const auto url = scratch.url(parser);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    std::printf("bench_team_dashboard: %s customers, %s contacts, %d rounds, load average %.2f at start\n",
                qPrintable(parser.value(scratch.customers)), qPrintable(parser.value(interactionsOption)), rounds,
                loadAverage());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    QElapsedTimer timer;
    timer.start();
    relatio::bench::makeDemo(path, parser.value(scratch.customers), parser.value(interactionsOption),
                             parser.value(seedOption));
    std::printf("demo file written in %.1f s\n", double(timer.elapsed()) / 1000.0);

    auto file = Database::open(path);
    if (!file)
        die(file.error().message);
    {
        const auto server = relatio::bench::freshTeamDatabase(url);
        SyncEndpoint laptop(*file);
        timer.restart();
        auto upload = Synchroniser::run(laptop, server->endpoint());
        if (!upload)
            die(upload.error().message);
        std::printf("uploaded: %lld records in %.1f s\n", upload->sent, double(timer.elapsed()) / 1000.0);
        QSqlQuery q(server->connection());
        timer.restart();
        if (!q.exec(QStringLiteral("VACUUM ANALYZE")))
            die(QStringLiteral("VACUUM ANALYZE failed"));
        std::printf("VACUUM ANALYZE in %.1f s\n", double(timer.elapsed()) / 1000.0);
    }
    auto team = TeamServer::openDatabase(url);
    if (!team)
        die(team.error().message);

    // The ranges end on the last day with contacts.
    QSqlQuery q((*file)->connection());
    if (!q.exec(QStringLiteral("SELECT max(day) FROM interaction_stats WHERE dim = 0")) || !q.next() || q.isNull(0))
        die(QStringLiteral("the file has no contacts"));
    const QDate last = QDate(1970, 1, 1).addDays(q.value(0).toLongLong());
    struct Range
    {
        const char *name;
        QDate from;
    };
    const std::vector<Range> ranges = {{"last 7 days", last.addDays(-6)},
                                       {"last 30 days", last.addDays(-29)},
                                       {"last year", last.addDays(-364)},
                                       {"two years", last.addDays(-729)}};
    const SatisfactionStats onFile(*file);
    const SatisfactionStats onTeam(*team);

    std::printf("\n%-44s %-13s %10s %10s %8s\n", "figure", "range", "file ms", "team ms", "team/file");
    std::vector<double> ratios;
    double slowest = 0;
    QString slowestWhat;
    int mismatches = 0;
    auto compare = [&](const QString &what, const char *range, const std::function<qint64(const SatisfactionStats &)> &figure) {
        qint64 fileCount = 0;
        qint64 teamCount = 0;
        figure(onFile); // a round to warm each up
        figure(onTeam);
        const double fileMs = timeIt(rounds, [&] { return figure(onFile); }, &fileCount);
        const double teamMs = timeIt(rounds, [&] { return figure(onTeam); }, &teamCount);
        const double ratio = teamMs / std::max(fileMs, 0.001);
        ratios.push_back(ratio);
        if (teamMs > slowest) {
            slowest = teamMs;
            slowestWhat = what + QLatin1Char(' ') + QLatin1String(range);
        }
        std::printf("%-44s %-13s %10.1f %10.1f %8.1f%s\n", qPrintable(what), range, fileMs, teamMs, ratio,
                    fileCount == teamCount ? "" : "   MISMATCH");
        if (fileCount != teamCount) {
            ++mismatches;
            std::printf("  contacts: file %lld, team %lld\n", fileCount, teamCount);
        }
    };
    for (const CustomerGrouping grouping :
         {CustomerGrouping::None, CustomerGrouping::Country, CustomerGrouping::Owner, CustomerGrouping::Tag}) {
        for (const Range &range : ranges) {
            const StatsQuery query{range.from, last, grouping, {}};
            if (grouping == CustomerGrouping::None) {
                compare(QStringLiteral("perChannel"), range.name,
                        [query](const SatisfactionStats &s) { return contactsIn(s.perChannel(query)); });
                compare(QStringLiteral("trend/week"), range.name,
                        [query](const SatisfactionStats &s) { return contactsIn(s.trend(query, TrendPeriod::Week)); });
            } else {
                compare(QStringLiteral("perGroupAndChannel %1").arg(QLatin1String(groupingName(grouping))), range.name,
                        [query](const SatisfactionStats &s) { return contactsIn(s.perGroupAndChannel(query)); });
            }
        }
        if (grouping != CustomerGrouping::None)
            compare(QStringLiteral("groups %1").arg(QLatin1String(groupingName(grouping))), "",
                    [grouping](const SatisfactionStats &s) {
                        const auto groups = s.groups(grouping);
                        if (!groups)
                            die(groups.error().message);
                        return qint64(groups->size());
                    });
    }
    const QDate lastMonday = last.addDays(1 - last.dayOfWeek());
    for (const int weeks : {1, 13}) {
        const QDate from = lastMonday.addDays(-7 * weeks);
        const QDate to = lastMonday.addDays(-1);
        compare(QStringLiteral("weeklyUsage (customers listed)"), weeks == 1 ? "1 week" : "13 weeks",
                [from, to](const SatisfactionStats &s) { return contactsIn(s.weeklyUsage(from, to)); });
    }
    std::printf("\nteam / file at p50: median %.1f, worst %.1f; slowest on the team database %.1f ms (%s)\n",
                median(ratios), *std::max_element(ratios.begin(), ratios.end()), slowest, qPrintable(slowestWhat));
    std::printf("%d figures differ between the file and the team database\n", mismatches);
    std::printf("load average %.2f at the end\n", loadAverage());
    (*team)->releaseConnection();
    return mismatches > 0 ? 1 : 0;
}
