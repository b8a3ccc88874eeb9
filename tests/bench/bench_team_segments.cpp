// Benchmark: the customer list on a team database filtered and shown by value segment, the segments
// read from this computer's copy of it (sync::WorkingCopy) and matched by uuid, against the same
// list on the Relatio file it came from. Prints figures; it is not a timed test.
//
//   bench_team_segments --server postgresql://USER@HOST:PORT/DB [--customers N]
//
// The database named is emptied (its public schema is dropped and made again: use a scratch one).
// A demo file with N customers (default 100,000) and their orders, no contacts, is analysed and
// uploaded as the team's first content; the copy is made and analysed the same way. Then, for each
// segment filter (every segment, and "no purchases"), the list's ids are resolved and its first
// page of rows read, with the segment column: p50 of 5 rounds on each store, the first round (which
// reads the segment's customers) apart. Each round starts from the whole list, given 1.5 s to
// prepare its next search in the background as it does while people look at it.
#include "BenchSupport.h"

#include "customers/CustomerListModel.h"
#include "store/Database.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"
#include "sync/WorkingCopy.h"
#include "value/ValueStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace relatio;
using relatio::bench::die;
using relatio::bench::loadAverage;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Timing
{
    double first = 0;  // the first round
    double median = 0; // p50 of the later ones
    int rows = 0;
    int withSegment = 0; // rows of the first page with a segment shown
};

// The list filtered by the segment: resolved, then its first page shown.
Timing measure(CustomerListModel &list, int segment)
{
    std::vector<double> rounds;
    Timing t;
    for (int round = 0; round < 6; ++round) {
        list.setSegmentFilter(-1);
        if (!list.refreshNow())
            die(QStringLiteral("the list could not be read"));
        // The list prepares the next search in the background after each result, as when people
        // look at it; a filter is chosen after that, not in the middle of it.
        QThread::msleep(1500);
        QElapsedTimer timer;
        timer.start();
        list.setSegmentFilter(segment);
        if (!list.refreshNow())
            die(QStringLiteral("the list could not be read"));
        int shown = 0;
        for (int row = 0; row < std::min(64, list.rowCount()); ++row)
            shown += list.data(list.index(row, CustomerListModel::Segment)).toString().isEmpty() ? 0 : 1;
        const double took = ms(timer);
        if (round == 0) {
            t.first = took;
            t.rows = list.rowCount();
            t.withSegment = shown;
        } else {
            rounds.push_back(took);
        }
    }
    std::sort(rounds.begin(), rounds.end());
    t.median = rounds[rounds.size() / 2];
    return t;
}

void analyse(const DatabasePtr &db, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    auto analysed = value::ValueStore(db).refresh({});
    if (!analysed)
        die(QStringLiteral("the analysis of %1 failed: %2").arg(QLatin1String(what), analysed.error().message));
    std::printf("analysis of %s: %lld customers in %.1f s\n", what, analysed->fit.customers, ms(timer) / 1000.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const relatio::bench::ScratchOptions scratch;
    parser.addOptions({scratch.server, scratch.customers});
    parser.addHelpOption();
    parser.process(app);
    const auto url = scratch.url(parser);
    std::printf("bench_team_segments: %s customers, load average %.2f at start\n",
                qPrintable(parser.value(scratch.customers)), loadAverage());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    relatio::bench::makeDemo(path, parser.value(scratch.customers), QStringLiteral("0"), QStringLiteral("11"), true);
    auto file = Database::open(path);
    if (!file)
        die(file.error().message);
    analyse(*file, "the file");

    const auto server = relatio::bench::freshTeamDatabase(url);
    {
        sync::SyncEndpoint here(*file);
        if (auto upload = sync::Synchroniser::run(here, server->endpoint()); !upload)
            die(upload.error().message);
    }
    auto team = sync::TeamServer::openDatabase(url);
    if (!team)
        die(team.error().message);
    const QString copies = dir.filePath(QStringLiteral("copies"));
    {
        auto copy = sync::WorkingCopy::open(*team, {}, copies);
        if (!copy)
            die(copy.error().message);
        analyse((*copy)->file(), "the team database's copy");
    }
    auto copy = sync::WorkingCopy::localFile(*team, copies);
    if (!copy)
        die(copy.error().message);

    CustomerListModel onFile(*file);
    CustomerListModel onTeam(*team);
    onTeam.setSegmentsSource(*copy);

    std::printf("\n%-22s %8s %8s %10s %10s %10s %10s %7s\n", "segment filter", "rows", "shown", "file 1st", "team 1st",
                "file p50", "team p50", "ratio");
    std::vector<double> ratios;
    bool same = true;
    for (int segment = 0; segment <= 10; ++segment) {
        const Timing f = measure(onFile, segment);
        const Timing t = measure(onTeam, segment);
        same = same && f.rows == t.rows && f.withSegment == t.withSegment;
        const double ratio = t.median / std::max(f.median, 0.01);
        ratios.push_back(ratio);
        const QString name = segment == 0 ? QStringLiteral("no purchases") : value::ValueStore::segmentName(segment);
        std::printf("%-22s %8d %8d %8.1fms %8.1fms %8.1fms %8.1fms %7.1f%s\n", qPrintable(name.left(22)), t.rows,
                    t.withSegment, f.first, t.first, f.median, t.median, ratio, f.rows == t.rows ? "" : "  ROWS DIFFER");
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("\nteam / file p50: median %.1f, worst %.1f; the same rows on both: %s\n", ratios[ratios.size() / 2],
                ratios.back(), same ? "yes" : "NO");
    std::printf("load average %.2f at the end\n", loadAverage());
    return same ? 0 : 1;
}
