// relatio-cli: Relatio on the command line, for scripts and bulk work.
//
// Exit codes: 0 success, 1 the work failed (the message says where and what), 2 usage error.
#include "CliSupport.h"
#include "csv/CsvReader.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoWriter.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "value/ValueStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace relatio;
using namespace relatio::cli;

namespace {

QString usageText()
{
    return Cli::tr("Usage: relatio-cli [--db PATH] [--lang en|nl|nb] COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  demo --customers N [--interactions M] [--orders K] [--seed S]\n"
              "                                  write N demo customers (Dutch, Belgian, Norwegian) into an\n"
              "                                  empty database, with M contacts in the two years before\n"
              "                                  1 November 2026 (default: 4 per customer) and follow-ups,\n"
              "                                  and K order lines in those years from a catalogue of 40\n"
              "                                  products (default: 3 per customer; at most 10 per customer\n"
              "                                  and 100 million); the same seed gives the same data. With\n"
              "                                  orders, the value analysis (value fit) runs after them\n"
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
              "  import interactions FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]\n"
              "                           [--dry-run] [--rejects FILE]\n"
              "                                  import contacts with customers in one transaction. Columns:\n"
              "                                  uuid, customer_uuid, customer_external_id, customer_email,\n"
              "                                  occurred_at, channel, direction, kind, subject, notes,\n"
              "                                  handled_by, csat, nps, taken_by, taken_at, resolved_at (or\n"
              "                                  their names in Dutch or Norwegian; any other column is an\n"
              "                                  error). A row's customer is found by external id, else\n"
              "                                  primary e-mail, else Relatio id; one not found or shared is\n"
              "                                  an error. occurred_at is ISO 8601 (a time without a zone is\n"
              "                                  local) or a date as 1-3-2024; channel a code (phone, email,\n"
              "                                  web, chat, social, visit, post, app) or a channel's name;\n"
              "                                  direction in or out (default in); kind question, complaint,\n"
              "                                  order, feedback, self_service or other (default); csat 1-5;\n"
              "                                  nps 0-10; unknown team members in handled_by and taken_by\n"
              "                                  are added. A row whose uuid is stored is skipped (default),\n"
              "                                  updated, or created anyway with a new uuid. --dry-run and\n"
              "                                  --rejects work as for customers\n"
              "  export interactions FILE [--delimiter C] [--bom] [--from DATE] [--to DATE] [--customer KEY]\n"
              "                                  export every contact in those columns, with the customer's\n"
              "                                  Relatio id, external id and e-mail, so that the file imports\n"
              "                                  again; --from and --to keep the contacts of those days\n"
              "                                  (both included), --customer those of one customer (by\n"
              "                                  external id, e-mail or Relatio id)\n"
              "  import orders FILE [--delimiter C] [--encoding NAME] [--on-duplicate skip|update|create]\n"
              "                     [--dry-run] [--rejects FILE]\n"
              "                                  import order lines in one transaction. Columns: uuid,\n"
              "                                  order_id, customer_uuid, customer_external_id, customer_email,\n"
              "                                  ordered_on, amount, currency, quantity, channel, product_sku,\n"
              "                                  product, category (or their names in Dutch or Norwegian).\n"
              "                                  Customers are found as for contacts. amount as 12.50, 12,50,\n"
              "                                  1.234,56 or 1,234.56 (negative for a refund; 1.234 alone is\n"
              "                                  ambiguous and an error); currency an ISO 4217 code, empty for\n"
              "                                  the product's or the customer's country's; quantity a whole\n"
              "                                  number (default 1); products not stored yet are added. A row\n"
              "                                  with a stored uuid, or else order_id and product, is skipped\n"
              "                                  (default), updated, or created anyway. --dry-run and --rejects\n"
              "                                  work as for customers\n"
              "  export orders FILE [--delimiter C] [--bom] [--from DATE] [--to DATE] [--customer KEY]\n"
              "                                  export every order line in those columns, so that the file\n"
              "                                  imports again; --from and --to keep the orders of those days\n"
              "                                  (both included), --customer those of one customer\n"
              "  export marketing --purpose P FILE [--delimiter C] [--bom]\n"
              "                                  export the mailing or call list for a permission purpose (by\n"
              "                                  code: newsletter, email_marketing, phone, post, profiling; or\n"
              "                                  by name): live customers whose permission is in force, the\n"
              "                                  e-mail address confirmed where the purpose needs it. Each\n"
              "                                  export is logged (who, when, purpose, how many)\n"
              "  privacy export-subject ID FILE  write everything held about a customer (by row id or Relatio\n"
              "                                  id): FILE as JSON and, beside it, a readable .html document\n"
              "                                  (FILE ending in .html: the document, and the JSON beside it)\n"
              "  privacy erase ID                erase a customer everywhere: every table, the search index,\n"
              "                                  the database file's free pages and log, and the rejects files\n"
              "                                  of imports; only a tombstone with the Relatio id remains.\n"
              "                                  It cannot be undone\n"
              "  report maturity [--unit NAME] [--json]\n"
              "                                  the CRM maturity view: the five phases with their criteria\n"
              "                                  (met, not met, not measured), the phase reached by the unit's\n"
              "                                  latest self-assessment, the evidence from the CRM's data with\n"
              "                                  value and threshold, what blocks the next phase and the next\n"
              "                                  steps; without --unit the evidence alone. An unknown unit is\n"
              "                                  an error (exit 1)\n"
              "  value fit [--calibration-end DATE] [--unit week|day|month] [--currency CODE] [--json]\n"
              "                                  fit the BG/NBD and Gamma-Gamma models to the purchases (same-\n"
              "                                  day purchases count as one; calibration end default: the last\n"
              "                                  purchase day; unit default: week), score the RFM segments and\n"
              "                                  store the analysis; prints the parameters, log-likelihoods,\n"
              "                                  customers and purchases\n"
              "  value clv [--months N] [--discount R] [--calibration-end DATE] [--unit U] [--output FILE]\n"
              "                                  the same, then per customer (Relatio id, external id, name,\n"
              "                                  segment) P(alive), expected purchases and spend, and the CLV\n"
              "                                  over N months (default 12) discounted at R a month (default\n"
              "                                  0.01); a table, or CSV to FILE\n"
              "  --server URL init [--db PATH]   create the team database on a PostgreSQL server (URL:\n"
              "                                  postgresql://USER@HOST:PORT/DB[?sslmode=…]); with --db,\n"
              "                                  upload that database as its first content\n"
              "  sync --server URL [--password-stdin] [--save-password]\n"
              "                                  exchange changes with the team database both ways; prints\n"
              "                                  sent, received and conflicts (exit 0), or the error (exit 1);\n"
              "                                  --subset owner=NAME|tag=NAME|country=CODE|all keeps only\n"
              "                                  some customers here (see sync --help)\n"
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("relatio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELATIO_VERSION));

    // Command families with options of their own parse the command line themselves.
    const QStringList words = commandWords(QCoreApplication::arguments());
    if (words.value(0) == QLatin1String("report"))
        return runReportCommand(QCoreApplication::arguments());
    if (words.value(0) == QLatin1String("value"))
        return runValueCommand(QCoreApplication::arguments());
    if (words.value(0) == QLatin1String("sync") || words.value(0) == QLatin1String("init"))
        return runSyncCommand(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption customersOption(QStringLiteral("customers"), QString(), QStringLiteral("n"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QString(), QStringLiteral("s"));
    const QCommandLineOption interactionsOption(QStringLiteral("interactions"), QString(), QStringLiteral("m"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QString());
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), QString(), QStringLiteral("c"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"), QString(), QStringLiteral("name"));
    const QCommandLineOption duplicateOption(QStringLiteral("on-duplicate"), QString(), QStringLiteral("policy"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), QString());
    const QCommandLineOption rejectsOption(QStringLiteral("rejects"), QString(), QStringLiteral("file"));
    const QCommandLineOption bomOption(QStringLiteral("bom"), QString());
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("date"));
    const QCommandLineOption customerOption(QStringLiteral("customer"), QString(), QStringLiteral("key"));
    parser.addOptions({help, version, dbOption, langOption, customersOption, seedOption, jsonOption, delimiterOption,
                       encodingOption, duplicateOption, dryRunOption, rejectsOption, bomOption, fromOption, toOption,
                       customerOption});
    parser.addOption(interactionsOption);
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QString(), QStringLiteral("k"));
    parser.addOption(ordersOption);
    const QCommandLineOption purposeOption(QStringLiteral("purpose"), QString(), QStringLiteral("p"));
    parser.addOption(purposeOption);
    // The team database instead of a file, for the commands that work there.
    const QCommandLineOption serverOption(QStringLiteral("server"), QString(), QStringLiteral("url"));
    const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"), QString());
    parser.addOptions({serverOption, passwordStdinOption});
    const bool parsed = parser.parse(QCoreApplication::arguments());
    installTranslations(parser.value(langOption));
    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << usageText() << teamDatabaseHelp();
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
    const QString server = parser.value(serverOption);
    if (const auto wrong = checkStoreOptions(parser.isSet(serverOption), parser.value(serverOption), parser.isSet(dbOption),
                                             parser.isSet(passwordStdinOption)))
        return *wrong;
    // What works on a team database so far; the rest on a file.
    const bool onTeam = command == QLatin1String("info") || command == QLatin1String("demo")
        || command == QLatin1String("import")
        || (command == QLatin1String("privacy")
            && (rest.value(0) == QLatin1String("export-subject") || rest.value(0) == QLatin1String("erase")))
        || (command == QLatin1String("export")
            && QStringList{QStringLiteral("customers"), QStringLiteral("interactions"), QStringLiteral("orders"),
                           QStringLiteral("marketing")}
                   .contains(rest.value(0)));
    const Store store{path, server, parser.isSet(passwordStdinOption)};
    if (parser.isSet(serverOption) && !onTeam)
        return fileOnlyCommand(rest.isEmpty() ? command : command + QLatin1Char(' ') + rest.first());

    if (command != QLatin1String("demo")
        && (parser.isSet(customersOption) || parser.isSet(seedOption) || parser.isSet(interactionsOption)
            || parser.isSet(ordersOption)))
        return usageError(Cli::tr("--customers, --interactions, --orders and --seed belong to the demo command."));
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
    const bool isInteractions = rest.size() >= 1 && rest.first() == QLatin1String("interactions");
    const bool isOrders = rest.size() >= 1 && rest.first() == QLatin1String("orders");
    if (!(isExport && (isInteractions || isOrders))
        && (parser.isSet(fromOption) || parser.isSet(toOption) || parser.isSet(customerOption)))
        return usageError(Cli::tr("--from, --to and --customer belong to the export interactions and export orders "
                                  "commands."));

    if (command == QLatin1String("inspect")) {
        if (rest.size() != 1)
            return usageError(Cli::tr("inspect needs exactly one FILE."));
        csv::Options options;
        if (auto problem = readCsvOptions(parser, delimiterOption, encodingOption, options))
            return usageError(*problem);
        return inspect(rest.first(), options, parser.isSet(jsonOption));
    }

    if ((isImport || isExport) && isInteractions) {
        if (rest.size() != 2)
            return usageError(isImport ? Cli::tr("use: import interactions FILE")
                                       : Cli::tr("use: export interactions FILE"));
        const QString file = rest.at(1);
        if (isExport) {
            csv::InteractionExportOptions options;
            options.bom = parser.isSet(bomOption);
            if (parser.isSet(delimiterOption)) {
                const QString d = parser.value(delimiterOption);
                if (d != QLatin1String(",") && d != QLatin1String(";"))
                    return usageError(Cli::tr("export writes , or ; as its --delimiter."));
                options.delimiter = d.at(0);
            }
            if (parser.isSet(fromOption)) {
                const auto from = csv::InteractionExporter::parseBound(parser.value(fromOption), false);
                if (!from)
                    return usageError(QStringLiteral("--from: ") + from.error().message);
                options.from = *from;
            }
            if (parser.isSet(toOption)) {
                const auto to = csv::InteractionExporter::parseBound(parser.value(toOption), true);
                if (!to)
                    return usageError(QStringLiteral("--to: ") + to.error().message);
                options.to = *to;
            }
            if (options.from.isValid() && options.to.isValid() && options.from >= options.to)
                return usageError(Cli::tr("--from is after --to."));
            return exportInteractions(store, file, options, parser.value(customerOption));
        }
        csv::InteractionImportOptions options;
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
        return importInteractions(store, file, options);
    }

    if ((isImport || isExport) && isOrders) {
        if (rest.size() != 2)
            return usageError(isImport ? Cli::tr("use: import orders FILE") : Cli::tr("use: export orders FILE"));
        const QString file = rest.at(1);
        if (isExport) {
            csv::OrderExportOptions options;
            options.bom = parser.isSet(bomOption);
            if (parser.isSet(delimiterOption)) {
                const QString d = parser.value(delimiterOption);
                if (d != QLatin1String(",") && d != QLatin1String(";"))
                    return usageError(Cli::tr("export writes , or ; as its --delimiter."));
                options.delimiter = d.at(0);
            }
            for (const auto &[option, into] : {std::pair{&fromOption, &options.from}, std::pair{&toOption, &options.to}}) {
                if (!parser.isSet(*option))
                    continue;
                const auto day = csv::OrderExporter::parseDay(parser.value(*option));
                if (!day)
                    return usageError(QStringLiteral("--%1: ").arg(option->names().constFirst()) + day.error().message);
                *into = *day;
            }
            if (options.from.isValid() && options.to.isValid() && options.from > options.to)
                return usageError(Cli::tr("--from is after --to."));
            return exportOrders(store, file, options, parser.value(customerOption));
        }
        csv::OrderImportOptions options;
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
        return importOrders(store, file, options);
    }

    const bool isMarketing = isExport && rest.size() >= 1 && rest.first() == QLatin1String("marketing");
    if (!isMarketing && parser.isSet(purposeOption))
        return usageError(Cli::tr("--purpose belongs to the export marketing command."));
    if (isMarketing) {
        if (rest.size() != 2 || !parser.isSet(purposeOption) || parser.value(purposeOption).trimmed().isEmpty())
            return usageError(Cli::tr("use: export marketing --purpose P FILE"));
        MarketingExportOptions options;
        options.bom = parser.isSet(bomOption);
        if (parser.isSet(delimiterOption)) {
            const QString d = parser.value(delimiterOption);
            if (d != QLatin1String(",") && d != QLatin1String(";"))
                return usageError(Cli::tr("export writes , or ; as its --delimiter."));
            options.delimiter = d.at(0);
        }
        return exportMarketing(store, parser.value(purposeOption), rest.at(1), options);
    }

    if (command == QLatin1String("privacy")) {
        const QString verb = rest.value(0);
        if (verb == QLatin1String("export-subject")) {
            if (rest.size() != 3)
                return usageError(Cli::tr("use: privacy export-subject ID FILE"));
            return exportSubject(store, rest.at(1), rest.at(2));
        }
        if (verb == QLatin1String("erase")) {
            if (rest.size() != 2)
                return usageError(Cli::tr("use: privacy erase ID"));
            return eraseCustomer(store, rest.at(1));
        }
        return usageError(Cli::tr("use: privacy export-subject ID FILE, or privacy erase ID"));
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
            return exportCustomers(store, file, options);
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
        return importCustomers(store, file, options);
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
        qint64 interactions = DemoWriter::defaultInteractions(count);
        if (parser.isSet(interactionsOption)) {
            interactions = parser.value(interactionsOption).toLongLong(&ok);
            if (!ok || interactions < 0 || interactions > count * DemoWriter::maxInteractionsPerCustomer
                || interactions > DemoWriter::maxInteractions)
                return usageError(Cli::tr("--interactions takes a whole number from 0 to %1 times the customers,"
                                          " and at most %2.")
                                      .arg(DemoWriter::maxInteractionsPerCustomer)
                                      .arg(DemoWriter::maxInteractions));
        }
        qint64 orders = DemoWriter::defaultOrders(count);
        if (parser.isSet(ordersOption)) {
            orders = parser.value(ordersOption).toLongLong(&ok);
            if (!ok || orders < 0 || orders > count * DemoWriter::maxOrdersPerCustomer || orders > DemoWriter::maxOrders)
                return usageError(Cli::tr("--orders takes a whole number from 0 to %1 times the customers, and at most %2.")
                                      .arg(DemoWriter::maxOrdersPerCustomer)
                                      .arg(DemoWriter::maxOrders));
        }
        quint64 seed = 1;
        if (parser.isSet(seedOption)) {
            seed = parser.value(seedOption).toULongLong(&ok);
            if (!ok)
                return usageError(Cli::tr("--seed takes a whole number."));
        }
        auto db = openStore(store.dbPath, store.server, store.passwordStdin);
        if (!db)
            return failure(db.error());
        const bool terminal = isatty(fileno(stderr));
        QElapsedTimer timer;
        timer.start();
        const QLocale locale;
        const auto written = DemoWriter::write(*db, DemoSize{count, interactions, orders}, seed, [&](qint64 done, qint64 total) {
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
        out() << Cli::tr("Wrote %1 demo customers, %2 interactions, %3 follow-ups and %4 order lines to %5 in %6 s.")
                     .arg(locale.toString(written->customers), locale.toString(written->interactions),
                          locale.toString(written->followUps), locale.toString(written->orders), (*db)->path(),
                          locale.toString(timer.elapsed() / 1000.0, 'f', 1))
              << "\n";
        // The value analysis is made on a Relatio file (a team database's laptops make their own).
        if (written->orders == 0 || (*db)->dialect() == Dialect::PostgreSQL)
            return Success;
        // Segments, lifetime value and the products bought together, as `value fit` stores them.
        timer.restart();
        const auto analysed = value::ValueStore(*db).refresh({}, [&](int percent, const QString &step) {
            if (terminal) {
                err() << "\r" << Cli::tr("Analysing customer value: %1 (%2%)").arg(step).arg(percent) << "   ";
                err().flush();
            }
        });
        if (terminal)
            err() << "\n";
        if (!analysed) {
            err() << Cli::tr("The demo data is written, but the value analysis failed: %1").arg(analysed.error().message)
                  << "\n"
                  << Cli::tr("Run `relatio-cli value fit` to try again.") << "\n";
            return Failure;
        }
        out() << Cli::tr("Analysed the value of %1 customers with orders (segments, lifetime value, products bought "
                         "together) in %2 s.")
                     .arg(locale.toString(analysed->fit.customers), locale.toString(timer.elapsed() / 1000.0, 'f', 1))
              << "\n";
        return Success;
    }

    if (command == QLatin1String("info")) {
        if (!rest.isEmpty())
            return usageError(Cli::tr("info takes no arguments."));
        auto db = openStore(path, server, parser.isSet(passwordStdinOption));
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
