// What every relatio-cli command shares: the output streams, the exit codes and the messages for
// usage errors and failures.
#pragma once

#include "csv/CsvReader.h"
#include "csv/CustomerExporter.h"
#include "csv/CustomerImporter.h"
#include "csv/InteractionExporter.h"
#include "csv/InteractionImporter.h"
#include "csv/OrderExporter.h"
#include "csv/OrderImporter.h"
#include "privacy/MarketingExporter.h"
#include "store/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace relatio::cli {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();

// The translation context of the command line's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Prints "relatio-cli: message" and the hint to --help on stderr; returns Usage.
int usageError(const QString &message);
// Prints the error on stderr; returns Failure.
int failure(const Error &error);

// The command word (and the one after it) in a command line, skipping the global options --db,
// --lang and --server with their values; empty when the line has none.
QStringList commandWords(const QStringList &arguments);

// The database a command works on: the team database at server (a postgresql:// URL; its password
// the first line of standard input with passwordStdin, else from the system keychain or libpq's
// ~/.pgpass and PGPASSWORD), or else the Relatio file at dbPath.
Result<DatabasePtr> openStore(const QString &dbPath, const QString &server, bool passwordStdin);
// Checks --server against --db and --password-stdin: a usage error's exit code, or nothing.
std::optional<int> checkStoreOptions(bool serverGiven, const QString &server, bool dbGiven, bool passwordStdin);
// The help's paragraph on --server and --password-stdin.
QString teamDatabaseHelp();
// Refuses --server for a command that works on a Relatio file only so far; returns Usage.
int fileOnlyCommand(const QString &command);

// Command families with options of their own. Each parses the whole command line itself
// (arguments as QCoreApplication::arguments(), with --db, --lang and --help) and returns the exit
// code.
int runReportCommand(const QStringList &arguments); // report maturity …  (CliReport.cpp)
int runValueCommand(const QStringList &arguments);  // value fit …, value clv …  (CliValue.cpp)
int runSyncCommand(const QStringList &arguments);   // --server URL init, sync --server URL  (CliSync.cpp)

// Where a command works: the Relatio file at dbPath, or the team database at server when given
// (see openStore).
struct Store
{
    QString dbPath;
    QString server;
    bool passwordStdin = false;
};

// The file commands (CliFiles.cpp): each opens the database and returns the exit code. Imports
// work on a file; exports on a file or a team database.
int inspect(const QString &path, const csv::Options &options, bool json);
int importCustomers(const Store &store, const QString &file, const csv::ImportOptions &options);
int exportCustomers(const Store &store, const QString &file, const csv::ExportOptions &options);
int importInteractions(const Store &store, const QString &file, const csv::InteractionImportOptions &options);
int exportInteractions(const Store &store, const QString &file, csv::InteractionExportOptions options,
                       const QString &customer);
int importOrders(const Store &store, const QString &file, const csv::OrderImportOptions &options);
int exportOrders(const Store &store, const QString &file, csv::OrderExportOptions options, const QString &customer);

// The privacy commands (CliPrivacy.cpp), acting for the user logged in, on a file or a team
// database.
int exportMarketing(const Store &store, const QString &purposeName, const QString &file,
                    const MarketingExportOptions &options);
int exportSubject(const Store &store, const QString &customer, const QString &file);
int eraseCustomer(const Store &store, const QString &customer);

} // namespace relatio::cli
