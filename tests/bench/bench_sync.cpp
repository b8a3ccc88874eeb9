// Benchmark: syncing field laptops with the team database on PostgreSQL. Prints figures; it is
// not a timed test.
//
//   bench_sync --server postgresql://USER@HOST:PORT/DB [--customers N]
//
// The database named is emptied (its public schema is dropped and made again: use a scratch one).
// A laptop made with relatio-cli demo (N customers, default 100,000, customers only) is uploaded
// as the team's first content; then a second, empty laptop syncs for the first time (aim: under
// 10 s at 100,000); then 1,000 edits are made on each laptop and the second one syncs (aim: under
// 1 s). Baselines measured in the same run: one SELECT of every customer row from the server
// (the rows a first sync has to fetch, with nothing done to them), and the 1,000 edits themselves.
#include "BenchSupport.h"

#include "customers/CustomerQuery.h"
#include "customers/CustomerRepository.h"
#include "store/Database.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>

using namespace relatio;
using relatio::bench::die;
using relatio::bench::loadAverage;
using namespace relatio::sync;

namespace {

// CPU time this process used so far, all its threads (the machine is shared: wall time drifts
// with what else runs, this much less).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// 1,000 edits of the city of customers picked evenly through the table.
void editCities(const DatabasePtr &db, const QString &city, int count)
{
    CustomerRepository repository(db);
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT id FROM customer ORDER BY id"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    const qsizetype step = std::max<qsizetype>(1, ids.size() / count);
    for (int i = 0; i < count && i * step < ids.size(); ++i) {
        auto c = repository.get(ids[i * step]);
        if (!c)
            die(c.error().message);
        c->city = city;
        if (auto saved = repository.update(*c); !saved)
            die(saved.error().message);
    }
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
    const int customers = parser.value(scratch.customers).toInt();
    const auto url = scratch.url(parser);

    std::printf("bench_sync: %d customers, load average %.2f at start\n", customers, loadAverage());
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    relatio::bench::makeDemo(first, QString::number(customers), QStringLiteral("0"), QStringLiteral("11"));

    const auto server = relatio::bench::freshTeamDatabase(url);

    auto firstDb = Database::open(first);
    auto secondDb = Database::open(second);
    if (!firstDb || !secondDb)
        die(QStringLiteral("cannot open the laptops' databases"));
    SyncEndpoint firstLaptop(*firstDb);
    SyncEndpoint secondLaptop(*secondDb);

    QElapsedTimer timer;
    timer.start();
    auto upload = Synchroniser::run(firstLaptop, server->endpoint());
    if (!upload)
        die(upload.error().message);
    const double uploadSeconds = double(timer.elapsed()) / 1000.0;
    std::printf("upload of the first laptop (init --db): %lld records in %.2f s\n", upload->sent, uploadSeconds);

    // Baseline: the customer rows fetched from the server with one SELECT, nothing done with them.
    timer.restart();
    qint64 fetched = 0;
    {
        QSqlQuery q(server->connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM customer")))
            die(QStringLiteral("baseline SELECT failed"));
        while (q.next())
            fetched += q.value(1).toString().size() > 0;
    }
    const double selectSeconds = double(timer.elapsed()) / 1000.0;

    timer.restart();
    double cpu = cpuSeconds();
    auto firstSync = Synchroniser::run(secondLaptop, server->endpoint());
    if (!firstSync)
        die(firstSync.error().message);
    const double firstSeconds = double(timer.elapsed()) / 1000.0;
    std::printf("first sync of an empty laptop: %lld records received in %.2f s (aim < 10 s); CPU of the laptop's"
                " side %.2f s\n",
                firstSync->received, firstSeconds, cpuSeconds() - cpu);
    std::printf("  baseline, one SELECT of the %lld customer rows: %.2f s; ratio %.1f\n", fetched, selectSeconds,
                firstSeconds / selectSeconds);

    // 1,000 edits on each laptop; the first sends its own, then the second syncs both ways.
    timer.restart();
    editCities(*firstDb, QStringLiteral("Bergen"), 1000);
    editCities(*secondDb, QStringLiteral("Gent"), 1000);
    const double editSeconds = double(timer.elapsed()) / 2000.0;
    auto sent = Synchroniser::run(firstLaptop, server->endpoint());
    if (!sent)
        die(sent.error().message);
    timer.restart();
    cpu = cpuSeconds();
    auto incremental = Synchroniser::run(secondLaptop, server->endpoint());
    if (!incremental)
        die(incremental.error().message);
    const double incrementalSeconds = double(timer.elapsed()) / 1000.0;
    std::printf("incremental sync, 1,000 changes each way: sent %lld, received %lld, conflicts %lld in %.3f s"
                " (aim < 1 s); CPU of the laptop's side %.3f s\n",
                incremental->sent, incremental->received, incremental->conflicts, incrementalSeconds, cpuSeconds() - cpu);
    std::printf("  baseline, the 1,000 edits themselves through the repository: %.3f s; ratio %.2f\n", editSeconds,
                incrementalSeconds / editSeconds);

    // A third laptop that keeps one team member's customers: its first sync, against the full
    // first sync measured above.
    const QString third = dir.filePath(QStringLiteral("third.sqlite"));
    auto thirdDb = Database::open(third);
    if (!thirdDb)
        die(QStringLiteral("cannot open the third laptop's database"));
    SyncEndpoint thirdLaptop(*thirdDb);
    QString owner;
    {
        QSqlQuery q(server->connection());
        if (!q.exec(QStringLiteral("SELECT o.name FROM owner AS o JOIN customer AS c ON c.owner_id = o.id GROUP BY o.name"
                                   " ORDER BY count(*) DESC, o.name LIMIT 1"))
            || !q.next())
            die(QStringLiteral("no team member owns customers"));
        owner = q.value(0).toString();
    }
    if (auto kept = Synchroniser::keep(thirdLaptop, server->endpoint(), {QStringLiteral("owner=") + owner}); !kept)
        die(kept.error().message);
    timer.restart();
    auto subsetSync = Synchroniser::run(thirdLaptop, server->endpoint());
    if (!subsetSync)
        die(subsetSync.error().message);
    const double subsetSeconds = double(timer.elapsed()) / 1000.0;
    QSqlQuery held((*thirdDb)->connection());
    if (!held.exec(QStringLiteral("SELECT count(*) FROM customer")) || !held.next())
        die(QStringLiteral("cannot count the third laptop's customers"));
    std::printf("first sync of a laptop keeping the customers of %s: %lld customers, %lld records received in %.2f s;"
                " ratio to the full first sync %.2f\n",
                qPrintable(owner), held.value(0).toLongLong(), subsetSync->received, subsetSeconds,
                subsetSeconds / firstSeconds);

    // The customer list worked on the team database directly, against the same list on the second
    // laptop's file (which holds the same customers): the whole list in name order, a first
    // search (which reads every record's words on the team database), a second search, and a
    // search after one edit (which reads only what changed).
    auto teamDb = TeamServer::openDatabase(url);
    if (!teamDb)
        die(teamDb.error().message);
    struct ListTimes
    {
        double all = 0, firstSearch = 0, secondSearch = 0, afterEdit = 0;
        std::size_t rows = 0, found = 0;
    };
    const auto listTimes = [](const DatabasePtr &db) {
        ListTimes t;
        CustomerIdResolver resolver(db);
        QElapsedTimer clock;
        clock.start();
        auto all = resolver.resolve(CustomerCriteria{});
        if (!all)
            die(all.error().message);
        t.all = double(clock.nsecsElapsed()) / 1e9;
        t.rows = all->size();
        CustomerCriteria search;
        search.text = QStringLiteral("berg");
        clock.restart();
        auto found = resolver.resolve(search);
        if (!found)
            die(found.error().message);
        t.firstSearch = double(clock.nsecsElapsed()) / 1e9;
        t.found = found->size();
        search.text = QStringLiteral("jan berg");
        clock.restart();
        if (!resolver.resolve(search))
            die(QStringLiteral("second search failed"));
        t.secondSearch = double(clock.nsecsElapsed()) / 1e9;
        CustomerRepository customers(db);
        Customer c = customers.get(all->front()).value();
        c.city = QStringLiteral("Bergen");
        if (!customers.update(c))
            die(QStringLiteral("edit failed"));
        search.text = QStringLiteral("berg");
        clock.restart();
        if (!resolver.resolve(search))
            die(QStringLiteral("search after the edit failed"));
        t.afterEdit = double(clock.nsecsElapsed()) / 1e9;
        return t;
    };
    const ListTimes onFile = listTimes(*secondDb);
    const ListTimes onTeam = listTimes(*teamDb);
    std::printf("customer list on the team database worked on directly: %zu customers in name order %.3f s,"
                " first search %.3f s (%zu found; reads every record's words), second search %.3f s,"
                " search after an edit %.3f s\n",
                onTeam.rows, onTeam.all, onTeam.firstSearch, onTeam.found, onTeam.secondSearch, onTeam.afterEdit);
    std::printf("  baseline, the same on the second laptop's file: %zu in %.3f s, %.3f s (%zu found), %.3f s, %.3f s;"
                " ratios %.1f, %.1f, %.1f, %.1f\n",
                onFile.rows, onFile.all, onFile.firstSearch, onFile.found, onFile.secondSearch, onFile.afterEdit,
                onTeam.all / onFile.all, onTeam.firstSearch / onFile.firstSearch, onTeam.secondSearch / onFile.secondSearch,
                onTeam.afterEdit / onFile.afterEdit);
    std::printf("load average %.2f at the end\n", loadAverage());
    return 0;
}
