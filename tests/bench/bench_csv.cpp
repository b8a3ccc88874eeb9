// Benchmark: CSV export and import at a million customers. Prints figures; it is not a timed test.
//
//   bench_csv [--customers N] [--work DIR] [--keep] [--rounds R] [--seed S] [--cli PATH]
//
// Runs the real relatio-cli as child processes, so that each time and peak memory is that of one
// process, as a user meets it on the command line. Baselines are measured in the same run, on the
// same files, by the sqlite3 shell (Debian package sqlite3), and the figures to watch are the ratios
// against them: absolute times depend on the machine and on whatever else it is running.
//
//   1. relatio-cli demo writes N customers into DIR/source.db (skipped when it exists).
//   2. Export, R rounds: relatio-cli export customers DIR/ours.csv against
//      sqlite3 -csv source.db "SELECT * FROM customer" > DIR/sqlite.csv.
//   3. Import, R rounds, each into a fresh database: relatio-cli import customers DIR/ours.csv into
//      DIR/import.db, against the sqlite3 shell's .import of the same file into DIR/baseline.db, a
//      table with the file's columns and the indexes the Relatio schema has, mapped onto them.
//
// Ours and the baseline alternate, and swap which goes first every round, so both meet the same
// page cache and the same neighbours; each figure is the best of its rounds. Peak memory is
// ru_maxrss from wait4. CPU times and the load average are printed because the machine may be
// shared: a wall time far above its CPU time means the process waited for the disk or for a core.
// Exit code 0 when every step ran (goals met or not), 1 when one failed.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

constexpr double kExportGoal = 1.2; // ours / sqlite3 -csv
constexpr double kImportGoal = 1.0; // ours / sqlite3 .import
constexpr double kImportPeakGoalMegabytes = 200.0;

// What one child process cost.
struct Run {
    bool ok = false; // started, and exited with status 0
    QString failure; // why not, for people
    double wallSeconds = 0;
    double userSeconds = 0;
    double systemSeconds = 0;
    double peakMegabytes = 0;
};

double seconds(const timeval &t) {
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// Runs a program to its end with stdin and stdout from and to files (stdin defaults to
// /dev/null); stderr is ours. posix_spawn rather than QProcess, so that wait4 hands over the
// child's own resource usage. Linux carries the spawning process's peak RSS over the exec, so
// a child's peak is never reported below this program's own, which stays small on purpose.
Run runChild(const QString &program, const QStringList &arguments, const QString &stdinPath,
             const QString &stdoutPath) {
    Run run;
    QByteArrayList argumentBytes{QFile::encodeName(program)};
    for (const QString &argument : arguments)
        argumentBytes.append(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (const QByteArray &argument : argumentBytes)
        argv.push_back(const_cast<char *>(argument.constData()));
    argv.push_back(nullptr);

    const QByteArray input = QFile::encodeName(stdinPath.isEmpty() ? QStringLiteral("/dev/null") : stdinPath);
    const QByteArray output = QFile::encodeName(stdoutPath);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, input.constData(), O_RDONLY, 0);
    if (!stdoutPath.isEmpty())
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, output.constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0644);

    std::fflush(stdout);
    std::fflush(stderr);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.failure = QStringLiteral("cannot start %1: %2")
                          .arg(program, QString::fromLocal8Bit(std::strerror(spawned)));
        return run;
    }
    int status = 0;
    rusage usage{};
    pid_t waited = 0;
    do
        waited = wait4(pid, &status, 0, &usage);
    while (waited < 0 && errno == EINTR);
    run.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (waited < 0) {
        run.failure = QStringLiteral("waiting for %1 failed: %2")
                          .arg(program, QString::fromLocal8Bit(std::strerror(errno)));
        return run;
    }
    run.userSeconds = seconds(usage.ru_utime);
    run.systemSeconds = seconds(usage.ru_stime);
    run.peakMegabytes = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        run.ok = true;
    else if (WIFEXITED(status))
        run.failure = QStringLiteral("%1 exited with status %2")
                          .arg(QFileInfo(program).fileName())
                          .arg(WEXITSTATUS(status));
    else if (WIFSIGNALED(status))
        run.failure = QStringLiteral("%1 was killed by signal %2 (%3)")
                          .arg(QFileInfo(program).fileName())
                          .arg(WTERMSIG(status))
                          .arg(QString::fromLocal8Bit(strsignal(WTERMSIG(status))));
    else
        run.failure =
            QStringLiteral("%1 ended with wait status %2").arg(QFileInfo(program).fileName()).arg(status);
    return run;
}

// "8.91 s", "51.9 s": three significant figures are all a shared machine can promise.
std::string formatSeconds(double s) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer,
                  s < 1     ? "%.3f s"
                  : s < 10  ? "%.2f s"
                  : s < 100 ? "%.1f s"
                            : "%.0f s",
                  s);
    return buffer;
}

std::string formatMegabytes(double megabytes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, megabytes < 10 ? "%.1f MB" : "%.0f MB", megabytes);
    return buffer;
}

void printRun(const char *step, int round, int rounds, const char *who, const Run &run) {
    std::printf("  %s round %d/%d  %-16s %9s   cpu %7.2f s user + %6.2f s sys   peak %8s\n", step, round,
                rounds, who, formatSeconds(run.wallSeconds).c_str(), run.userSeconds, run.systemSeconds,
                formatMegabytes(run.peakMegabytes).c_str());
}

double best(const std::vector<Run> &runs, double Run::*field) {
    double value = runs.front().*field;
    for (const Run &run : runs)
        value = std::min(value, run.*field);
    return value;
}

double leastCpu(const std::vector<Run> &runs) {
    double value = runs.front().userSeconds + runs.front().systemSeconds;
    for (const Run &run : runs)
        value = std::min(value, run.userSeconds + run.systemSeconds);
    return value;
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    const QStringList fields =
        QString::fromLatin1(file.readLine()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return fields.mid(0, 3).join(QLatin1Char(' '));
}

QString readText(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool writeText(const QString &path, const QString &text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0 &&
           file.flush();
}

// A database file and its companions, so that each import starts from nothing.
bool removeDatabase(const QString &path) {
    bool removed = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (QFileInfo::exists(path + suffix))
            removed = QFile::remove(path + suffix) && removed;
    return removed;
}

// The fields of the header line of a CSV file written by relatio-cli (comma-separated, no line
// breaks inside the fields of a header).
QStringList csvHeader(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString line = QString::fromUtf8(file.readLine());
    if (line.startsWith(QChar(0xFEFF)))
        line.remove(0, 1);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == QLatin1Char('"')) {
            if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                field += line.at(++i);
            else
                quoted = false;
        } else if (quoted) {
            field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

QString sqlIdentifier(QString name) {
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The script the sqlite3 shell runs for the import baseline: the file's columns as TEXT, the
// Relatio schema's unique and secondary indexes on the columns that correspond to theirs (built
// during the load, as ours are kept), then the load in one transaction and a count to check it.
QString baselineScript(const QStringList &header, const QString &csvPath, QString *missing) {
    struct Index {
        const char *sql;
        QStringList columns;
    };
    const std::vector<Index> indexes = {
        {"CREATE UNIQUE INDEX b_uuid ON customer(id);", {QStringLiteral("id")}},
        {"CREATE INDEX b_name ON customer(family_name, given_name);",
         {QStringLiteral("family_name"), QStringLiteral("given_name")}},
        {"CREATE INDEX b_org ON customer(organisation, family_name);",
         {QStringLiteral("organisation"), QStringLiteral("family_name")}},
        {"CREATE INDEX b_email ON customer(email COLLATE NOCASE);", {QStringLiteral("email")}},
        {"CREATE INDEX b_city ON customer(city COLLATE NOCASE, family_name);",
         {QStringLiteral("city"), QStringLiteral("family_name")}},
        {"CREATE INDEX b_country ON customer(country, family_name);",
         {QStringLiteral("country"), QStringLiteral("family_name")}},
        {"CREATE INDEX b_owner ON customer(owner, family_name);",
         {QStringLiteral("owner"), QStringLiteral("family_name")}},
        {"CREATE INDEX b_updated ON customer(updated_at);", {QStringLiteral("updated_at")}},
        {"CREATE INDEX b_members ON customer(organisation_id);", {QStringLiteral("organisation_id")}},
        {"CREATE INDEX b_external ON customer(external_id);", {QStringLiteral("external_id")}},
    };
    QStringList columns;
    for (const QString &name : header)
        columns.append(sqlIdentifier(name) + QStringLiteral(" TEXT"));
    QString script = QStringLiteral("CREATE TABLE customer(%1);\n").arg(columns.join(QStringLiteral(", ")));
    for (const Index &index : indexes) {
        for (const QString &column : index.columns)
            if (!header.contains(column)) {
                *missing = column;
                return {};
            }
        script += QLatin1String(index.sql) + QLatin1Char('\n');
    }
    QString quotedPath = csvPath;
    quotedPath.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    script += QStringLiteral(".mode csv\n.import --skip 1 \"%1\" customer\nSELECT count(*) FROM customer;\n")
                  .arg(quotedPath);
    return script;
}

int fail(const QString &message) {
    std::fflush(stdout);
    std::fprintf(stderr, "bench_csv: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_csv"));
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows when piped into tee

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CSV export and import benchmark: relatio-cli against the sqlite3 shell."));
    parser.addHelpOption();
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Customers to generate."), QStringLiteral("n"),
                                             QStringLiteral("1000000"));
    const QCommandLineOption workOption(
        QStringLiteral("work"),
        QStringLiteral("Directory for the databases and files (default: a temporary one)."),
        QStringLiteral("dir"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the temporary directory."));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds of each measurement."), QStringLiteral("r"),
                                          QStringLiteral("2"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the demo data."),
                                        QStringLiteral("s"), QStringLiteral("7"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The relatio-cli to run."),
                                       QStringLiteral("path"));
    parser.addOptions({customersOption, workOption, keepOption, roundsOption, seedOption, cliOption});
    parser.process(app);

    bool ok = false;
    qint64 customers = parser.value(customersOption).toLongLong(&ok);
    if (!ok || customers < 1)
        return fail(QStringLiteral("--customers takes a whole number above 0."));
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1)
        return fail(QStringLiteral("--rounds takes a whole number above 0."));
    const QString seed = parser.value(seedOption);
    seed.toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed takes a whole number."));

#ifdef RELATIO_CLI
    const QString cli = parser.isSet(cliOption) ? parser.value(cliOption) : QStringLiteral(RELATIO_CLI);
#else
    const QString cli = parser.value(cliOption);
#endif
    if (cli.isEmpty())
        return fail(QStringLiteral("no relatio-cli: pass --cli PATH."));
    if (!QFileInfo(cli).isFile() || !QFileInfo(cli).isExecutable())
        return fail(
            QStringLiteral("%1 is not an executable file: build relatio-cli or pass --cli PATH.").arg(cli));
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        return fail(QStringLiteral(
            "the sqlite3 shell is not on the PATH; it is the baseline (Debian: apt install sqlite3)."));

    QTemporaryDir temporary;
    QString work;
    if (parser.isSet(workOption)) {
        work = QDir(parser.value(workOption)).absolutePath();
        if (!QDir().mkpath(work))
            return fail(QStringLiteral("cannot create the directory %1.").arg(work));
    } else {
        if (!temporary.isValid())
            return fail(
                QStringLiteral("cannot create a temporary directory: %1").arg(temporary.errorString()));
        temporary.setAutoRemove(!parser.isSet(keepOption));
        work = temporary.path();
    }
    const QDir dir(work);
    const QString sourceDb = dir.filePath(QStringLiteral("source.db"));
    const QString oursCsv = dir.filePath(QStringLiteral("ours.csv"));
    const QString sqliteCsv = dir.filePath(QStringLiteral("sqlite.csv"));
    const QString importDb = dir.filePath(QStringLiteral("import.db"));
    const QString baselineDb = dir.filePath(QStringLiteral("baseline.db"));
    const QString baselineSql = dir.filePath(QStringLiteral("baseline.sql"));
    const QString cliOut = dir.filePath(QStringLiteral("cli-stdout.txt"));
    const QString sqliteOut = dir.filePath(QStringLiteral("sqlite-stdout.txt"));

    // Asks the sqlite3 shell a one-line question outside the measurements.
    auto ask = [&](const QStringList &arguments, QString *answer) {
        const Run run = runChild(sqlite, arguments, {}, sqliteOut);
        *answer = readText(sqliteOut);
        return run;
    };

    QString sqliteVersion;
    ask({QStringLiteral("--version")}, &sqliteVersion);
    const QString loadAtStart = loadAverage();
    std::printf("Relatio CSV benchmark, %lld customers, best of %d rounds, seed %s\n", customers, rounds,
                qUtf8Printable(seed));
    std::printf("relatio-cli:   %s\n", qUtf8Printable(cli));
    std::printf("sqlite3:       %s (%s)\n", qUtf8Printable(sqlite),
                qUtf8Printable(sqliteVersion.section(QLatin1Char(' '), 0, 0)));
    std::printf(
        "work dir:      %s%s\n", qUtf8Printable(work),
        parser.isSet(workOption) || parser.isSet(keepOption) ? "" : " (removed at the end; --keep keeps it)");
    std::printf("load average:  %s at start, %d cores\n", qUtf8Printable(loadAtStart),
                QThread::idealThreadCount());

    // 1. The demo database.
    std::printf("\n1. demo data\n");
    if (QFileInfo::exists(sourceDb)) {
        QString answer;
        const Run counted = ask(
            {sourceDb, QStringLiteral("SELECT count(*) FROM customer WHERE deleted_at IS NULL")}, &answer);
        const qint64 found = answer.toLongLong(&ok);
        if (!counted.ok || !ok)
            return fail(
                QStringLiteral("cannot count the customers in %1: %2").arg(sourceDb, counted.failure));
        std::printf("  using the existing %s: %lld customers\n", qUtf8Printable(sourceDb), found);
        if (found != customers) {
            std::printf("  note: not the %lld asked for; the checks below expect %lld\n", customers, found);
            customers = found;
        }
    } else {
        const Run demo =
            runChild(cli,
                     {QStringLiteral("--db"), sourceDb, QStringLiteral("demo"), QStringLiteral("--customers"),
                      QString::number(customers), QStringLiteral("--interactions"), QStringLiteral("0"),
                      QStringLiteral("--seed"), seed},
                     {}, cliOut);
        if (!demo.ok)
            return fail(QStringLiteral("relatio-cli demo: %1").arg(demo.failure));
        std::printf("  %s\n", qUtf8Printable(readText(cliOut)));
        std::printf("  relatio-cli demo  %9s   cpu %7.2f s user + %6.2f s sys   peak %8s\n",
                    formatSeconds(demo.wallSeconds).c_str(), demo.userSeconds, demo.systemSeconds,
                    formatMegabytes(demo.peakMegabytes).c_str());
    }
    std::printf("  source.db %s\n", formatMegabytes(double(QFileInfo(sourceDb).size()) / 1048576.0).c_str());

    // 2. Export.
    std::printf("\n2. export\n");
    std::vector<Run> oursExport;
    std::vector<Run> sqliteExport;
    for (int round = 1; round <= rounds; ++round) {
        for (int turn = 0; turn < 2; ++turn) {
            if ((turn == 0) == (round % 2 == 1)) {
                QFile::remove(oursCsv);
                const Run run = runChild(cli,
                                         {QStringLiteral("--db"), sourceDb, QStringLiteral("export"),
                                          QStringLiteral("customers"), oursCsv},
                                         {}, cliOut);
                if (!run.ok)
                    return fail(QStringLiteral("relatio-cli export: %1").arg(run.failure));
                oursExport.push_back(run);
                printRun("export", round, rounds, "ours", run);
                std::printf("    %s\n", qUtf8Printable(readText(cliOut)));
            } else {
                QFile::remove(sqliteCsv);
                const Run run = runChild(
                    sqlite, {QStringLiteral("-csv"), sourceDb, QStringLiteral("SELECT * FROM customer")}, {},
                    sqliteCsv);
                if (!run.ok)
                    return fail(QStringLiteral("sqlite3 -csv: %1").arg(run.failure));
                sqliteExport.push_back(run);
                printRun("export", round, rounds, "sqlite3 -csv", run);
            }
        }
    }
    std::printf("  ours.csv %s, sqlite.csv %s (all columns of the table, derived ones too)\n",
                formatMegabytes(double(QFileInfo(oursCsv).size()) / 1048576.0).c_str(),
                formatMegabytes(double(QFileInfo(sqliteCsv).size()) / 1048576.0).c_str());

    // 3. Import.
    std::printf("\n3. import\n");
    const QStringList header = csvHeader(oursCsv);
    if (header.size() < 2)
        return fail(QStringLiteral("cannot read the header line of %1.").arg(oursCsv));
    QString missing;
    const QString script = baselineScript(header, oursCsv, &missing);
    if (script.isEmpty())
        return fail(QStringLiteral("%1 has no column '%2', which the baseline's indexes need.")
                        .arg(oursCsv, missing));
    if (!writeText(baselineSql, script))
        return fail(QStringLiteral("cannot write %1.").arg(baselineSql));

    const QString expectedNew = QLocale().toString(customers) + QStringLiteral(" new");
    std::vector<Run> oursImport;
    std::vector<Run> sqliteImport;
    for (int round = 1; round <= rounds; ++round) {
        for (int turn = 0; turn < 2; ++turn) {
            if ((turn == 0) == (round % 2 == 1)) {
                if (!removeDatabase(importDb))
                    return fail(QStringLiteral("cannot remove %1.").arg(importDb));
                const Run run = runChild(cli,
                                         {QStringLiteral("--db"), importDb, QStringLiteral("import"),
                                          QStringLiteral("customers"), oursCsv},
                                         {}, cliOut);
                const QString said = readText(cliOut);
                if (!run.ok)
                    return fail(QStringLiteral("relatio-cli import: %1\n%2").arg(run.failure, said));
                oursImport.push_back(run);
                printRun("import", round, rounds, "ours", run);
                std::printf("    %s\n", qUtf8Printable(said));
                if (!said.contains(expectedNew))
                    std::printf("    note: the summary does not say \"%s\"\n", qUtf8Printable(expectedNew));
                QString answer;
                const Run counted =
                    ask({importDb, QStringLiteral("SELECT count(*) FROM customer WHERE deleted_at IS NULL")},
                        &answer);
                if (!counted.ok || answer.toLongLong() != customers)
                    return fail(QStringLiteral("import.db holds %1 customers, not %2. %3")
                                    .arg(answer)
                                    .arg(customers)
                                    .arg(counted.failure));
            } else {
                if (!removeDatabase(baselineDb))
                    return fail(QStringLiteral("cannot remove %1.").arg(baselineDb));
                // -bail: a failed .import ends the shell with an error rather than counting on.
                const Run run =
                    runChild(sqlite, {QStringLiteral("-bail"), baselineDb}, baselineSql, sqliteOut);
                const QString said = readText(sqliteOut);
                if (!run.ok)
                    return fail(QStringLiteral("sqlite3 .import: %1").arg(run.failure));
                if (said.toLongLong() != customers)
                    return fail(
                        QStringLiteral("sqlite3 .import loaded %1 rows, not %2.").arg(said).arg(customers));
                sqliteImport.push_back(run);
                printRun("import", round, rounds, "sqlite3 .import", run);
            }
        }
    }
    std::printf("  import.db %s, baseline.db %s\n",
                formatMegabytes(double(QFileInfo(importDb).size()) / 1048576.0).c_str(),
                formatMegabytes(double(QFileInfo(baselineDb).size()) / 1048576.0).c_str());

    // 4. Summary: best wall times, their ratios, and the peak memory of our import.
    const double oursExportBest = best(oursExport, &Run::wallSeconds);
    const double sqliteExportBest = best(sqliteExport, &Run::wallSeconds);
    const double oursImportBest = best(oursImport, &Run::wallSeconds);
    const double sqliteImportBest = best(sqliteImport, &Run::wallSeconds);
    const double exportRatio = oursExportBest / sqliteExportBest;
    const double importRatio = oursImportBest / sqliteImportBest;
    double importPeak = 0;
    for (const Run &run : oursImport)
        importPeak = std::max(importPeak, run.peakMegabytes);
    rusage self{};
    getrusage(RUSAGE_SELF, &self);

    std::printf("\n%lld customers, best of %d rounds (wall time):\n", customers, rounds);
    std::printf("export  ours %9s  sqlite3 -csv    %9s  ratio %.2f (goal <= %.1f) %s\n",
                formatSeconds(oursExportBest).c_str(), formatSeconds(sqliteExportBest).c_str(), exportRatio,
                kExportGoal, exportRatio <= kExportGoal ? "met" : "MISSED");
    std::printf(
        "import  ours %9s  sqlite3 .import %9s  ratio %.2f (goal <= %.1f) %s  peak %s (goal < %.0f MB) %s\n",
        formatSeconds(oursImportBest).c_str(), formatSeconds(sqliteImportBest).c_str(), importRatio,
        kImportGoal, importRatio <= kImportGoal ? "met" : "MISSED", formatMegabytes(importPeak).c_str(),
        kImportPeakGoalMegabytes, importPeak < kImportPeakGoalMegabytes ? "met" : "MISSED");
    std::printf("cpu     export ours %s, sqlite3 -csv %s; import ours %s, sqlite3 .import %s"
                " (user + sys, least of the rounds)\n",
                formatSeconds(leastCpu(oursExport)).c_str(), formatSeconds(leastCpu(sqliteExport)).c_str(),
                formatSeconds(leastCpu(oursImport)).c_str(), formatSeconds(leastCpu(sqliteImport)).c_str());
    std::printf("load average: %s at start, %s at end\n", qUtf8Printable(loadAtStart),
                qUtf8Printable(loadAverage()));
    std::printf("bench_csv's own peak: %s (Linux reports no child's peak below it)\n",
                formatMegabytes(double(self.ru_maxrss) / 1024.0).c_str());
    if (!parser.isSet(workOption) && parser.isSet(keepOption))
        std::printf("kept %s\n", qUtf8Printable(work));
    return 0;
}
