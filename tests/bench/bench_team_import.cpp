// Benchmark: importing a customer file into a team database on PostgreSQL, which is done on this
// computer's copy of it (sync::WorkingCopy), against importing the same file into a Relatio file
// with the same content. Prints figures; it is not a timed test.
//
//   bench_team_import --server postgresql://USER@HOST:PORT/DB [--customers N] [--rows M]
//
// The database named is emptied (its public schema is dropped and made again: use a scratch one).
// A demo file with N customers (default 100,000, customers only) is uploaded as the team's first
// content. Two files of M rows each (default 10,000: half new customers, half updates of the city of
// customers there, found by e-mail) are imported with --on-duplicate update:
//   - the baseline: each into a Relatio file holding the demo's customers;
//   - the first into the team database from a computer with no copy yet (the copy is made: a first
//     sync of everything), the second with the copy there (only what changed is brought).
// Each team import is timed as its three steps: bringing the copy up to date, the import on it,
// and the sync that sends it.
#include "BenchSupport.h"

#include "csv/CustomerImporter.h"
#include "store/Database.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"
#include "sync/WorkingCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace relatio;
using relatio::bench::die;
using relatio::bench::loadAverage;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// A customer file: rows/2 new customers (named by round) and rows/2 updates of the city of
// customers the store holds (by e-mail, taken evenly through emails).
void writeFile(const QString &path, const QStringList &emails, int rows, int round)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write ") + path);
    QByteArray out = "given_name,family_name,email,city\n";
    const int half = rows / 2;
    for (int i = 0; i < half; ++i)
        out += QStringLiteral("Nora,Beurs%1x%2,nora.beurs%1x%2@fair.example,Lillestrøm\n").arg(round).arg(i).toUtf8();
    const qsizetype step = std::max<qsizetype>(1, emails.size() / std::max(1, rows - half));
    for (int i = 0; i < rows - half; ++i) {
        const QString &email = emails.at((i * step + round) % emails.size());
        out += QStringLiteral(",,%1,Moved%2\n").arg(email).arg(round).toUtf8();
    }
    f.write(out);
}

csv::ImportOptions updating()
{
    csv::ImportOptions options;
    options.onDuplicate = csv::DuplicatePolicy::Update;
    return options;
}

// Imports the file into the Relatio file at path; returns the seconds it took.
double importIntoFile(const QString &db, const QString &csvPath)
{
    auto file = Database::open(db);
    if (!file)
        die(file.error().message);
    QElapsedTimer timer;
    timer.start();
    auto imported = csv::CustomerImporter(*file).import(csvPath, updating());
    if (!imported || !imported->committed)
        die(QStringLiteral("the import into the file failed"));
    const double took = seconds(timer);
    (*file)->releaseConnection();
    return took;
}

struct TeamSteps
{
    double bring = 0;
    double import = 0;
    double send = 0;
    qint64 received = 0;
    qint64 sent = 0;
    double total() const { return bring + import + send; }
};

// The import into the team database as WorkingCopy::run makes it, step by step.
TeamSteps importIntoTeam(const DatabasePtr &team, const QString &copies, const QString &csvPath)
{
    TeamSteps steps;
    QElapsedTimer timer;
    timer.start();
    auto copy = sync::WorkingCopy::open(team, {}, copies);
    if (!copy)
        die(copy.error().message);
    steps.bring = seconds(timer);
    steps.received = (*copy)->broughtIn().received;
    timer.restart();
    auto imported = csv::CustomerImporter((*copy)->file()).import(csvPath, updating());
    if (!imported || !imported->committed)
        die(QStringLiteral("the import into the copy failed"));
    steps.import = seconds(timer);
    timer.restart();
    auto sent = (*copy)->sync();
    if (!sent)
        die(sent.error().message);
    steps.send = seconds(timer);
    steps.sent = sent->sent;
    return steps;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const relatio::bench::ScratchOptions scratch;
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("rows per file"), QStringLiteral("m"),
                                        QStringLiteral("10000"));
    parser.addOptions({scratch.server, scratch.customers, rowsOption});
    parser.addHelpOption();
    parser.process(app);
    const int customers = parser.value(scratch.customers).toInt();
    const int rows = parser.value(rowsOption).toInt();
    const auto url = scratch.url(parser);

    std::printf("bench_team_import: %d customers, files of %d rows, load average %.2f at start\n", customers, rows,
                loadAverage());
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    relatio::bench::makeDemo(demo, QString::number(customers), QStringLiteral("0"), QStringLiteral("11"));

    QStringList emails;
    {
        auto file = Database::open(demo);
        if (!file)
            die(file.error().message);
        QSqlQuery q((*file)->connection());
        q.exec(QStringLiteral("SELECT email FROM customer WHERE email <> '' ORDER BY id"));
        while (q.next())
            emails.append(q.value(0).toString());
        (*file)->releaseConnection();
    }
    if (emails.isEmpty())
        die(QStringLiteral("the demo has no e-mail addresses"));
    const QString firstCsv = dir.filePath(QStringLiteral("first.csv"));
    const QString secondCsv = dir.filePath(QStringLiteral("second.csv"));
    writeFile(firstCsv, emails, rows, 1);
    writeFile(secondCsv, emails, rows, 2);

    // The team database, with the demo's customers uploaded.
    const auto server = relatio::bench::freshTeamDatabase(url);
    {
        const QString uploaded = dir.filePath(QStringLiteral("upload.sqlite"));
        QFile::copy(demo, uploaded);
        auto file = Database::open(uploaded);
        if (!file)
            die(file.error().message);
        sync::SyncEndpoint here(*file);
        if (auto upload = sync::Synchroniser::run(here, server->endpoint()); !upload)
            die(upload.error().message);
        (*file)->releaseConnection();
    }
    auto team = sync::TeamServer::openDatabase(url);
    if (!team)
        die(team.error().message);

    // Baseline: the same two files into a Relatio file with the demo's customers.
    const QString baseline = dir.filePath(QStringLiteral("baseline.sqlite"));
    QFile::copy(demo, baseline);
    const double fileFirst = importIntoFile(baseline, firstCsv);
    const double fileSecond = importIntoFile(baseline, secondCsv);

    const QString copies = dir.filePath(QStringLiteral("copies"));
    const TeamSteps first = importIntoTeam(*team, copies, firstCsv);
    const TeamSteps second = importIntoTeam(*team, copies, secondCsv);

    // Both stores end with the same customers.
    qint64 onTeam = 0;
    {
        QSqlQuery q((*team)->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM customer WHERE deleted_at IS NULL"));
        if (q.next())
            onTeam = q.value(0).toLongLong();
    }
    qint64 onFile = 0;
    {
        auto file = Database::open(baseline);
        QSqlQuery q((*file)->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM customer WHERE deleted_at IS NULL"));
        if (q.next())
            onFile = q.value(0).toLongLong();
    }

    std::printf("\n%-52s %10s %10s %10s %10s %8s\n", "", "bring", "import", "send", "total", "/file");
    std::printf("%-52s %10s %9.2fs %10s %9.2fs %8s\n", "file 1 into a Relatio file (baseline)", "", fileFirst, "", fileFirst, "1.0");
    std::printf("%-52s %9.2fs %9.2fs %9.2fs %9.2fs %8.1f\n", "file 1 into the team database, no copy yet", first.bring,
                first.import, first.send, first.total(), first.total() / fileFirst);
    std::printf("%-52s %10s %9.2fs %10s %9.2fs %8s\n", "file 2 into a Relatio file (baseline)", "", fileSecond, "", fileSecond, "1.0");
    std::printf("%-52s %9.2fs %9.2fs %9.2fs %9.2fs %8.1f\n", "file 2 into the team database, copy there", second.bring,
                second.import, second.send, second.total(), second.total() / fileSecond);
    std::printf("\nrecords brought: %lld (no copy) and %lld (copy there); sent: %lld and %lld\n", first.received,
                second.received, first.sent, second.sent);
    std::printf("live customers afterwards: team database %lld, Relatio file %lld (%s)\n", onTeam, onFile,
                onTeam == onFile ? "equal" : "DIFFERENT");
    std::printf("load average %.2f at the end\n", loadAverage());
    return onTeam == onFile ? 0 : 1;
}
