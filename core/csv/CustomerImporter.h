// Importing customers from a CSV file: validated row by row, matched against existing records,
// written in one transaction (all or nothing), and recorded so that the import can be undone.
#pragma once

#include "csv/CsvReader.h"
#include "csv/CustomerCsv.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace relatio::csv {

// What to do with a row that matches an existing customer. A row with a Relatio id matches the
// record with that id; a row without one matches a live record with the same external id, else
// one with the same e-mail address. Rows earlier in the same file count as existing.
enum class DuplicatePolicy {
    Skip,   // leave the existing record as it is
    Update, // write the row's mapped columns over the existing record (unmapped ones stay)
    Create, // add the row as a new record anyway (only a repeated Relatio id is still a match)
};
std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name); // skip|update|create

struct RowProblem
{
    qint64 line = 0;        // physical line where the row starts (1-based)
    // What FILE:LINE:COLUMN shows: for a value's problem the field (spreadsheet column) it is in,
    // for a row the reader could not split into fields the character position; 0 = unknown.
    int column = 0;
    int field = 0;          // 1-based field of the value the problem is about; 0 = the whole row
    QString message;        // translated, without the FILE:LINE:COLUMN prefix
};

struct ImportOptions
{
    Options csv;                                     // encoding and delimiter: automatic by default
    QList<std::optional<CustomerColumn>> mapping;    // per file column; empty: guessed from the header
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool dryRun = false;        // read, check and match everything, write nothing
    // Rows with errors: when rejectsPath is empty, any error stops the import and nothing is
    // written. Otherwise the good rows are imported and the bad ones written to rejectsPath: the
    // original columns plus a "reason" column, in UTF-8, ready to be fixed and imported again.
    // A dry run writes no rejects file.
    QString rejectsPath;
    int maxProblemsKept = 1000; // problems listed in the summary; all are counted and rejected
    // Who imports, for the change history of the records the import updates; empty = the user
    // running the program.
    QString actor;
    // Called with every problem as it is found, on the importing thread (the command line prints
    // them all, however many).
    std::function<void(const RowProblem &)> problemSink;
};


struct ImportSummary
{
    QString encoding;       // as detected or chosen: "UTF-8", "Windows-1252", …
    QChar delimiter;
    QStringList headers;
    QList<std::optional<CustomerColumn>> mapping; // the one used
    qint64 rows = 0;        // data rows read (header excluded)
    qint64 created = 0;
    qint64 organisationsMade = 0; // of created: organisations that persons in the file named and
                                  // that had no row of their own
    qint64 updated = 0;
    qint64 skipped = 0;     // duplicates left alone, and updates that changed nothing
    qint64 rejected = 0;    // rows with errors
    QList<RowProblem> problems; // the first maxProblemsKept of them, in file order
    qint64 batchId = 0;     // the stored import (0 for a dry run or when nothing was written)
    QString rejectsPath;    // written only when there were rejected rows
    bool committed = false; // the changes are in the database
};

// A preview of the start of a file for the import wizard: how it is read and its first rows.
struct FilePreview
{
    QString encoding;
    QChar delimiter;
    bool bom = false;
    QStringList headers;
    QList<QStringList> rows;    // up to the requested number, after the header
    QList<RowProblem> problems; // what went wrong while reading them
};

class CustomerImporter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImporter)

public:
    // Progress: bytes read so far and the file size; return false to cancel. Called from the
    // thread that runs import(), at most every few thousand rows.
    using Progress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

    explicit CustomerImporter(DatabasePtr db);

    static Result<FilePreview> preview(const QString &path, const Options &csvOptions, int rows = 20);

    // Runs the import on the calling thread (a worker thread in the GUI). The summary comes back
    // also when rows had errors: without a rejects file nothing is written then (committed is
    // false). An Error means nothing was written either: the file cannot be read as CSV (a fatal
    // reader problem, with its FILE:LINE:COLUMN), the mapping is unusable, the user cancelled
    // (Error::Cancelled), or the database failed.
    Result<ImportSummary> import(const QString &path, const ImportOptions &options,
                                 const Progress &progress = {});

    // Undoes a stored import: the records it created are deleted (to tombstones) and the ones it
    // updated get their earlier content back. redoImport() puts it back again. Both return how
    // many records they changed.
    // actor: who undoes or redoes it, for the change history (empty = the user running the program).
    Result<qint64> undoImport(qint64 batchId, const QString &actor = {});
    Result<qint64> redoImport(qint64 batchId, const QString &actor = {});

private:
    DatabasePtr m_db;
};

} // namespace relatio::csv
