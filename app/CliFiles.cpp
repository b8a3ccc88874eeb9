// relatio-cli's file commands: inspect a CSV file, and import and export customers, contacts and
// orders, with problems on stderr as FILE:LINE:COLUMN: message and progress on a terminal.
#include "CliSupport.h"
#include "csv/CsvReader.h"
#include "csv/CustomerExporter.h"
#include "csv/CustomerImporter.h"
#include "csv/InteractionExporter.h"
#include "csv/InteractionImporter.h"
#include "csv/OrderExporter.h"
#include "csv/OrderImporter.h"
#include "store/Database.h"
#include "sync/WorkingCopy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace relatio::cli {

namespace {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
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
    // A step with no known end: what it is and how far it got.
    void showCount(const QString &what, qint64 done)
    {
        if (!m_terminal || m_timer.elapsed() < 200)
            return;
        m_timer.restart();
        m_shown = true;
        err() << "\r" << what << ": " << QLocale().toString(done) << "      ";
        err().flush();
    }

private:
    QString m_what;
    bool m_terminal;
    bool m_shown = false;
    QElapsedTimer m_timer;
};

// An import command: problems on stderr as they come (FILE:LINE:COLUMN: message), progress, then
// the counts, what else the import added (extra), and what became of the file.
template <typename Importer, typename Options, typename Extra>
int runImport(const Store &store, const QString &file, const Options &options, Extra extra)
{
    auto db = openStore(store.dbPath, store.server, store.passwordStdin);
    if (!db)
        return failure(db.error());
    Options run = options;
    run.maxProblemsKept = 0; // printed as they come instead
    run.problemSink = [&](const csv::RowProblem &problem) {
        err() << Error{Error::Code::Invalid, problem.message, file, int(problem.line), problem.column}.toString() << "\n";
    };
    // On a team database the import is made on this computer's copy of it, between two syncs.
    using Summary = typename decltype(Importer(*db).import(file, run))::value_type;
    sync::CopyWork how;
    auto result = [&] {
        ProgressLine progress(Cli::tr("Importing %1").arg(file));
        sync::WorkingCopy::RunOptions syncing;
        syncing.progress = [&](qint64 records) { progress.showCount(Cli::tr("Syncing with the team database"), records); };
        return sync::WorkingCopy::run<Summary>(
            *db,
            [&](const DatabasePtr &target) {
                return Importer(target).import(file, run, [&](qint64 done, qint64 total) {
                    progress.show(done, total);
                    return true;
                });
            },
            [](const Summary &summary) { return summary.committed; }, &how, syncing);
    }();
    if (!result)
        return failure(result.error());
    const auto &summary = *result;
    err().flush();
    const QLocale locale;
    const QString delimiter = summary.delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(summary.delimiter);
    const QString rows = summary.rows == 1 ? Cli::tr("1 row") : Cli::tr("%1 rows").arg(locale.toString(summary.rows));
    out() << Cli::tr("%1: %2 (%3, delimiter %4): %5 new, %6 updated, %7 skipped, %8 with errors.")
                 .arg(file, rows, summary.encoding, delimiter, locale.toString(summary.created),
                      locale.toString(summary.updated), locale.toString(summary.skipped),
                      locale.toString(summary.rejected))
          << "\n";
    if (const QString added = extra(summary, locale); !added.isEmpty())
        out() << added << "\n";
    if (options.dryRun)
        out() << Cli::tr("Dry run: nothing was written.") << "\n";
    else if (!summary.committed)
        out() << Cli::tr("Nothing was written: fix the rows above, or use --rejects FILE to import the good rows.")
              << "\n";
    else if (!summary.rejectsPath.isEmpty())
        out() << Cli::tr("The rows with errors were written to %1.").arg(summary.rejectsPath) << "\n";
    if (summary.committed && how.viaCopy)
        (how.notSent ? err() : out()) << sync::WorkingCopy::sentText(how) << "\n";
    out().flush();
    err().flush();
    if (how.notSent)
        return Failure;
    return summary.rejected > 0 ? Failure : Success;
}


} // namespace

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

int importCustomers(const Store &store, const QString &file, const csv::ImportOptions &options)
{
    return runImport<csv::CustomerImporter>(
        store, file, options, [](const csv::ImportSummary &summary, const QLocale &locale) {
            if (summary.organisationsMade == 0)
                return QString();
            return summary.organisationsMade == 1
                       ? Cli::tr("Of the new customers, 1 is an organisation that people in the file belong to.")
                       : Cli::tr("Of the new customers, %1 are organisations that people in the file belong to.")
                             .arg(locale.toString(summary.organisationsMade));
        });
}

int exportCustomers(const Store &store, const QString &file, const csv::ExportOptions &options)
{
    auto db = openStore(store.dbPath, store.server, store.passwordStdin);
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

int importInteractions(const Store &store, const QString &file, const csv::InteractionImportOptions &options)
{
    return runImport<csv::InteractionImporter>(
        store, file, options, [](const csv::InteractionImportSummary &summary, const QLocale &locale) {
            if (summary.teamMembersAdded == 0)
                return QString();
            return summary.teamMembersAdded == 1 ? Cli::tr("1 team member named in the file was added.")
                                                 : Cli::tr("%1 team members named in the file were added.")
                                                       .arg(locale.toString(summary.teamMembersAdded));
        });
}

int exportInteractions(const Store &store, const QString &file, csv::InteractionExportOptions options,
                       const QString &customer)
{
    auto db = openStore(store.dbPath, store.server, store.passwordStdin);
    if (!db)
        return failure(db.error());
    csv::InteractionExporter exporter(*db);
    if (!customer.isEmpty()) {
        const auto id = exporter.findCustomer(customer);
        if (!id)
            return failure(Error{id.error().code, id.error().message, QStringLiteral("--customer"), 0, 0});
        options.customerIds = {*id};
    }
    qint64 written = 0;
    {
        ProgressLine progress(Cli::tr("Exporting to %1").arg(file));
        const auto result = exporter.exportTo(file, options, [&](qint64 done, qint64 total) {
            progress.show(done, total);
            return true;
        });
        if (!result)
            return failure(result.error());
        written = *result;
    }
    out() << (written == 1 ? Cli::tr("Exported 1 contact to %1.").arg(file)
                           : Cli::tr("Exported %1 contacts to %2.").arg(QLocale().toString(written), file))
          << "\n";
    return Success;
}

int importOrders(const Store &store, const QString &file, const csv::OrderImportOptions &options)
{
    return runImport<csv::OrderImporter>(
        store, file, options, [](const csv::OrderImportSummary &summary, const QLocale &locale) {
            if (summary.productsAdded == 0)
                return QString();
            return summary.productsAdded == 1 ? Cli::tr("1 product named in the file was added.")
                                              : Cli::tr("%1 products named in the file were added.")
                                                    .arg(locale.toString(summary.productsAdded));
        });
}

int exportOrders(const Store &store, const QString &file, csv::OrderExportOptions options, const QString &customer)
{
    auto db = openStore(store.dbPath, store.server, store.passwordStdin);
    if (!db)
        return failure(db.error());
    if (!customer.isEmpty()) {
        // Customers are named as for contacts: external id, else e-mail, else Relatio id.
        const auto id = csv::InteractionExporter(*db).findCustomer(customer);
        if (!id)
            return failure(Error{id.error().code, id.error().message, QStringLiteral("--customer"), 0, 0});
        options.customerIds = {*id};
    }
    qint64 written = 0;
    {
        ProgressLine progress(Cli::tr("Exporting to %1").arg(file));
        const auto result = csv::OrderExporter(*db).exportTo(file, options, [&](qint64 done, qint64 total) {
            progress.show(done, total);
            return true;
        });
        if (!result)
            return failure(result.error());
        written = *result;
    }
    out() << (written == 1 ? Cli::tr("Exported 1 order line to %1.").arg(file)
                           : Cli::tr("Exported %1 order lines to %2.").arg(QLocale().toString(written), file))
          << "\n";
    return Success;
}

} // namespace relatio::cli
