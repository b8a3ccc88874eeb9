// relatio-cli: Relatio on the command line, for scripts and bulk work.
//
// Exit codes: 0 success, 1 the work failed (the message says where and what), 2 usage error.
#include "csv/CsvReader.h"
#include "csv/CustomerExporter.h"
#include "csv/CustomerImporter.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoWriter.h"
#include "i18n/Translations.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace relatio;

namespace {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usageText()
{
    return Cli::tr("Usage: relatio-cli [--db PATH] [--lang en|nl|nb] COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  demo --customers N [--seed S]   write N demo customers (Dutch, Belgian, Norwegian) into an\n"
              "                                  empty database; the same seed gives the same data\n"
              "  info                            show the database file, schema version and record counts\n"
              "  backup FILE                     write a consistent copy of the database to FILE\n"
              "  inspect FILE [--json] [--delimiter C] [--encoding NAME]\n"
              "                                  show how a CSV file is read: its encoding and delimiter,\n"
              "                                  then its records as a JSON array of objects keyed by the\n"
              "                                  header row; --json prints one JSON object with all of it\n"
              "  import customers FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]\n"
              "                        [--dry-run] [--rejects FILE]\n"
              "                                  import customers from a CSV file in one transaction; a row\n"
              "                                  matching a record (Relatio id, external id, then e-mail) is\n"
              "                                  skipped (default), updated, or created anyway. Rows with\n"
              "                                  errors stop the import, unless --rejects names a file for\n"
              "                                  them: then the good rows are imported. --dry-run only checks\n"
              "  export customers FILE [--delimiter C] [--bom]\n"
              "                                  export every customer as a canonical customer file; --bom\n"
              "                                  marks it as UTF-8 for Excel\n"
              "\n"
              "Options:\n"
              "  --db PATH      the database file (default: %1)\n"
              "  --lang L       language of messages: en, nl or nb\n"
              "  -h, --help     show this help\n"
              "  -v, --version  show the version\n"
              "\n"
              "Exit codes: 0 success, 1 failure (for import: the input had errors; each is printed as\n"
              "FILE:LINE:COLUMN: message), 2 usage error.\n")
        .arg(Database::defaultPath());
}

int usageError(const QString &message)
{
    err() << "relatio-cli: " << message << "\n" << Cli::tr("Try 'relatio-cli --help'.") << "\n";
    err().flush();
    return Usage;
}

int failure(const Error &error)
{
    err() << "relatio-cli: " << error.toString() << "\n";
    err().flush();
    return Failure;
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// Streams the records as JSON objects keyed by the header row, in the header's order, so that
// even a very large file needs no more memory than one record.
int inspect(const QString &path, const csv::Options &options, bool json)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Error{Error::Code::Io, Cli::tr("cannot open the file: %1").arg(file.errorString()), path, 0, 0});
    csv::CsvReader reader(&file, path, options);
    if (auto opened = reader.open(); !opened)
        return failure(opened.error());

    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return Failure;
    const QString delimiter = reader.delimiter() == QLatin1Char('\t') ? QStringLiteral("\\t") : QString(reader.delimiter());
    const QString encoding = reader.encodingName() + (reader.hadBom() ? QStringLiteral(" BOM") : QString());
    if (json)
        output.write("{\"encoding\": " + jsonString(reader.encodingName()) + ", \"bom\": "
                     + (reader.hadBom() ? "true" : "false") + ", \"delimiter\": " + jsonString(delimiter)
                     + ", \"records\": [");
    else
        output.write((Cli::tr("encoding: %1").arg(encoding) + QLatin1Char('\n')
                      + Cli::tr("delimiter: %1").arg(delimiter) + QStringLiteral("\n["))
                         .toUtf8());

    QStringList header;
    bool first = true;
    int errors = 0;
    while (auto next = reader.next()) {
        if (!*next) {
            ++errors;
            err() << "relatio-cli: " << next->error().toString() << "\n";
            continue;
        }
        const csv::Record &record = **next;
        if (header.isEmpty()) {
            header = record.fields;
            continue;
        }
        QByteArray object = first ? "\n  {" : ",\n  {";
        first = false;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            const QString key = i < header.size() ? header.at(i) : QStringLiteral("column %1").arg(i + 1);
            object += (i ? ", " : "") + jsonString(key) + ": " + jsonString(record.fields.at(i));
        }
        output.write(object + '}');
    }
    output.write(first ? "]" : "\n]");
    output.write(json ? "}\n" : "\n");
    output.flush();
    err().flush();
    return errors ? Failure : Success;
}

// --delimiter and --encoding, shared by inspect and import; a usage message on error.
std::optional<QString> readCsvOptions(const QCommandLineParser &parser, const QCommandLineOption &delimiterOption,
                                      const QCommandLineOption &encodingOption, csv::Options &options)
{
    if (parser.isSet(encodingOption)) {
        bool ok = false;
        options.encoding = csv::encodingFromName(parser.value(encodingOption), &ok);
        if (!ok)
            return Cli::tr("unknown encoding '%1' (try utf-8, utf-16, windows-1252 or latin1).")
                .arg(parser.value(encodingOption));
    }
    if (parser.isSet(delimiterOption)) {
        QString d = parser.value(delimiterOption);
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            d = QStringLiteral("\t");
        if (d.size() != 1 || d.at(0).unicode() >= 0x80 || d.at(0) == QLatin1Char('"'))
            return Cli::tr("--delimiter takes one character, such as , ; | or tab.");
        options.delimiter = d.at(0);
    }
    return std::nullopt;
}

// Progress on stderr, only when it is a terminal, at most a few times a second.
class ProgressLine
{
public:
    explicit ProgressLine(QString what)
        : m_what(std::move(what))
        , m_terminal(isatty(fileno(stderr)))
    {
        m_timer.start();
    }
    ~ProgressLine()
    {
        if (m_shown)
            err() << "\n";
        err().flush();
    }
    void show(qint64 done, qint64 total)
    {
        if (!m_terminal || total <= 0 || (m_timer.elapsed() < 200 && done < total))
            return;
        m_timer.restart();
        m_shown = true;
        err() << "\r" << m_what << ": " << done * 100 / total << "%   ";
        err().flush();
    }

private:
    QString m_what;
    bool m_terminal;
    bool m_shown = false;
    QElapsedTimer m_timer;
};

int importCustomers(const QString &dbPath, const QString &file, const csv::ImportOptions &options)
{
    auto db = Database::open(dbPath);
    if (!db)
        return failure(db.error());
    csv::ImportOptions run = options;
    run.maxProblemsKept = 0; // printed as they come instead
    qint64 printed = 0;
    run.problemSink = [&](const csv::RowProblem &problem) {
        err() << Error{Error::Code::Invalid, problem.message, file, int(problem.line), problem.column}.toString() << "\n";
        ++printed;
    };
    csv::ImportSummary summary;
    {
        ProgressLine progress(Cli::tr("Importing %1").arg(file));
        const auto result = csv::CustomerImporter(*db).import(file, run, [&](qint64 done, qint64 total) {
            progress.show(done, total);
            return true;
        });
        if (!result)
            return failure(result.error());
        summary = *result;
    }
    err().flush();
    const QLocale locale;
    const QString delimiter = summary.delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(summary.delimiter);
    const QString rows = summary.rows == 1 ? Cli::tr("1 row") : Cli::tr("%1 rows").arg(locale.toString(summary.rows));
    out() << Cli::tr("%1: %2 (%3, delimiter %4): %5 new, %6 updated, %7 skipped, %8 with errors.")
                 .arg(file, rows, summary.encoding, delimiter, locale.toString(summary.created),
                      locale.toString(summary.updated), locale.toString(summary.skipped),
                      locale.toString(summary.rejected))
          << "\n";
    if (summary.organisationsMade > 0)
        out() << (summary.organisationsMade == 1
                      ? Cli::tr("Of the new customers, 1 is an organisation that people in the file belong to.")
                      : Cli::tr("Of the new customers, %1 are organisations that people in the file belong to.")
                            .arg(locale.toString(summary.organisationsMade)))
              << "\n";
    if (options.dryRun)
        out() << Cli::tr("Dry run: nothing was written.") << "\n";
    else if (!summary.committed)
        out() << Cli::tr("Nothing was written: fix the rows above, or use --rejects FILE to import the good rows.")
              << "\n";
    else if (!summary.rejectsPath.isEmpty())
        out() << Cli::tr("The rows with errors were written to %1.").arg(summary.rejectsPath) << "\n";
    out().flush();
    return summary.rejected > 0 ? Failure : Success;
}

int exportCustomers(const QString &dbPath, const QString &file, const csv::ExportOptions &options)
{
    auto db = Database::open(dbPath);
    if (!db)
        return failure(db.error());
    qint64 written = 0;
    {
        ProgressLine progress(Cli::tr("Exporting to %1").arg(file));
        const auto result = csv::CustomerExporter(*db).exportAll(file, options, [&](qint64 done, qint64 total) {
            progress.show(done, total);
            return true;
        });
        if (!result)
            return failure(result.error());
        written = *result;
    }
    out() << (written == 1 ? Cli::tr("Exported 1 customer to %1.").arg(file)
                           : Cli::tr("Exported %1 customers to %2.").arg(QLocale().toString(written), file))
          << "\n";
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relatio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELATIO_VERSION));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption customersOption(QStringLiteral("customers"), QString(), QStringLiteral("n"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("s"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QString());
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), QString(), QStringLiteral("c"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), QString(), QStringLiteral("name"));
    const QCommandLineOption duplicateOption(QStringLiteral("on-duplicate"), QString(), QStringLiteral("policy"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), QString());
    const QCommandLineOption rejectsOption(QStringLiteral("rejects"), QString(), QStringLiteral("file"));
    const QCommandLineOption bomOption(QStringLiteral("bom"), QString());
    parser.addOptions({help, version, dbOption, langOption, customersOption, seedOption, jsonOption, delimiterOption,
                       encodingOption, duplicateOption, dryRunOption, rejectsOption, bomOption});
    const bool parsed = parser.parse(QCoreApplication::arguments());
    installTranslations(parser.value(langOption));
    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << usageText();
        return Success;
    }
    if (parser.isSet(version)) {
        out() << "relatio-cli " << QCoreApplication::applicationVersion() << "\n";
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Cli::tr("no command given."));
    const QString command = positional.first();
    const QStringList rest = positional.mid(1);
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();

    if (command != QLatin1String("demo") && (parser.isSet(customersOption) || parser.isSet(seedOption)))
        return usageError(Cli::tr("--customers and --seed belong to the demo command."));
    const bool isImport = command == QLatin1String("import");
    const bool isExport = command == QLatin1String("export");
    if (command != QLatin1String("inspect") && parser.isSet(jsonOption))
        return usageError(Cli::tr("--json belongs to the inspect command."));
    if (command != QLatin1String("inspect") && !isImport && parser.isSet(encodingOption))
        return usageError(Cli::tr("--encoding belongs to the inspect and import commands."));
    if (command != QLatin1String("inspect") && !isImport && !isExport && parser.isSet(delimiterOption))
        return usageError(Cli::tr("--delimiter belongs to the inspect, import and export commands."));
    if (!isImport && (parser.isSet(duplicateOption) || parser.isSet(dryRunOption) || parser.isSet(rejectsOption)))
        return usageError(Cli::tr("--on-duplicate, --dry-run and --rejects belong to the import command."));
    if (!isExport && parser.isSet(bomOption))
        return usageError(Cli::tr("--bom belongs to the export command."));

    if (command == QLatin1String("inspect")) {
        if (rest.size() != 1)
            return usageError(Cli::tr("inspect needs exactly one FILE."));
        csv::Options options;
        if (auto problem = readCsvOptions(parser, delimiterOption, encodingOption, options))
            return usageError(*problem);
        return inspect(rest.first(), options, parser.isSet(jsonOption));
    }

    if (isImport || isExport) {
        if (rest.size() != 2 || rest.first() != QLatin1String("customers"))
            return usageError(isImport ? Cli::tr("use: import customers FILE") : Cli::tr("use: export customers FILE"));
        const QString file = rest.at(1);
        if (isExport) {
            csv::ExportOptions options;
            options.bom = parser.isSet(bomOption);
            if (parser.isSet(delimiterOption)) {
                const QString d = parser.value(delimiterOption);
                if (d != QLatin1String(",") && d != QLatin1String(";"))
                    return usageError(Cli::tr("export writes , or ; as its --delimiter."));
                options.delimiter = d.at(0);
            }
            return exportCustomers(path, file, options);
        }
        csv::ImportOptions options;
        if (auto problem = readCsvOptions(parser, delimiterOption, encodingOption, options.csv))
            return usageError(*problem);
        if (parser.isSet(duplicateOption)) {
            const auto policy = csv::duplicatePolicyFromName(parser.value(duplicateOption));
            if (!policy)
                return usageError(Cli::tr("--on-duplicate takes skip, update or create."));
            options.onDuplicate = *policy;
        }
        options.dryRun = parser.isSet(dryRunOption);
        options.rejectsPath = parser.value(rejectsOption);
        if (parser.isSet(rejectsOption) && options.rejectsPath.isEmpty())
            return usageError(Cli::tr("--rejects needs a FILE."));
        return importCustomers(path, file, options);
    }

    if (command == QLatin1String("demo")) {
        if (!rest.isEmpty())
            return usageError(Cli::tr("demo takes no arguments besides its options."));
        if (!parser.isSet(customersOption))
            return usageError(Cli::tr("demo needs --customers N."));
        bool ok = false;
        const qint64 count = parser.value(customersOption).toLongLong(&ok);
        if (!ok || count < 0 || count > 100000000)
            return usageError(Cli::tr("--customers takes a whole number from 0 to 100000000."));
        quint64 seed = 1;
        if (parser.isSet(seedOption)) {
            seed = parser.value(seedOption).toULongLong(&ok);
            if (!ok)
                return usageError(Cli::tr("--seed takes a whole number."));
        }
        auto db = Database::open(path);
        if (!db)
            return failure(db.error());
        const bool terminal = isatty(fileno(stderr));
        QElapsedTimer timer;
        timer.start();
        const QLocale locale;
        const auto written = DemoWriter::write(**db, count, seed, [&](qint64 done, qint64 total) {
            if (terminal && total > 0) {
                err() << "\r" << Cli::tr("Writing demo data: %1 of %2 (%3%)")
                                     .arg(locale.toString(done), locale.toString(total))
                                     .arg(done * 100 / total)
                      << "   ";
                err().flush();
            }
            return true;
        });
        if (terminal)
            err() << "\n";
        if (!written)
            return failure(written.error());
        out() << Cli::tr("Wrote %1 demo customers to %2 in %3 s.")
                     .arg(locale.toString(*written), (*db)->path(), locale.toString(timer.elapsed() / 1000.0, 'f', 1))
              << "\n";
        return Success;
    }

    if (command == QLatin1String("info")) {
        if (!rest.isEmpty())
            return usageError(Cli::tr("info takes no arguments."));
        auto db = Database::open(path);
        if (!db)
            return failure(db.error());
        CustomerRepository repo(*db);
        const auto live = repo.countLive();
        const auto deleted = repo.countDeleted();
        if (!live)
            return failure(live.error());
        if (!deleted)
            return failure(deleted.error());
        const QLocale locale;
        out() << Cli::tr("Database:        %1").arg((*db)->path()) << "\n"
              << Cli::tr("Schema version:  %1").arg((*db)->schemaVersion()) << "\n"
              << Cli::tr("Customers:       %1").arg(locale.toString(*live)) << "\n"
              << Cli::tr("Deleted:         %1").arg(locale.toString(*deleted)) << "\n";
        return Success;
    }

    if (command == QLatin1String("backup")) {
        if (rest.size() != 1)
            return usageError(Cli::tr("backup needs exactly one FILE."));
        auto db = Database::open(path);
        if (!db)
            return failure(db.error());
        if (auto done = (*db)->backupTo(rest.first()); !done)
            return failure(done.error());
        out() << Cli::tr("Backed up %1 to %2.").arg((*db)->path(), rest.first()) << "\n";
        return Success;
    }

    return usageError(Cli::tr("unknown command '%1'.").arg(command));
}
