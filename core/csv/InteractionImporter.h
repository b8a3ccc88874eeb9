// Importing contacts (interactions) from a CSV file (columns: see InteractionCsv.h): streamed, each
// row matched to its customer, written in one transaction with prepared statements (all or
// nothing), with the rows that have errors listed and, on request, written to a rejects file.
#pragma once

#include "csv/CsvReader.h"
#include "csv/CustomerImporter.h"
#include "csv/InteractionCsv.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace relatio::csv {

struct InteractionImportOptions
{
    Options csv; // encoding and delimiter: automatic by default
    // A row whose uuid is a stored contact: skipped, updated (every column the file has is written
    // over the stored contact, an empty cell clearing its value; columns it lacks stay), or created
    // anyway as a copy with a new uuid. Rows earlier in the same file count as stored.
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool dryRun = false; // read, check and match everything, write nothing
    // Rows with errors: when rejectsPath is empty, any error stops the import and nothing is
    // written. Otherwise the good rows are imported and the bad ones written to rejectsPath: the
    // original columns plus a "reason" column, UTF-8, ready to be fixed and imported again. A dry
    // run writes no rejects file.
    QString rejectsPath;
    // Columns whose header is not one of a contacts file are an error of the whole file, unless
    // this is set (the import dialog lets people choose it after seeing them).
    bool ignoreUnknownColumns = false;
    int maxProblemsKept = 1000; // problems listed in the summary; all are counted and rejected
    // Called with every problem as it is found, on the importing thread.
    std::function<void(const RowProblem &)> problemSink;
};

struct InteractionImportSummary
{
    QString encoding;
    QChar delimiter;
    QStringList headers;
    QList<std::optional<InteractionColumn>> mapping; // per file column; nullopt = left out
    qint64 rows = 0;       // data rows read (header excluded)
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;    // rows of stored contacts left alone, and updates that changed nothing
    qint64 rejected = 0;   // rows with errors
    qint64 teamMembersAdded = 0; // handled_by and taken_by names that were not team members yet
    QList<RowProblem> problems; // the first maxProblemsKept, in file order
    QString rejectsPath;   // written only when there were rejected rows
    bool committed = false; // the changes are in the database
};

class InteractionImporter
{
    Q_DECLARE_TR_FUNCTIONS(InteractionImporter)

public:
    // Bytes read so far and the file size; return false to cancel. Called from the importing
    // thread every few thousand rows.
    using Progress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

    explicit InteractionImporter(DatabasePtr db);

    // The column each header of a file is. An error (at line 1 and the column, in fileName) for a
    // header that is none (unless ignoreUnknown), for a column given twice, and when the columns
    // to find the customer, the time or the channel are missing.
    static Result<QList<std::optional<InteractionColumn>>> mapHeaders(const QStringList &headers,
                                                                      const QString &fileName,
                                                                      bool ignoreUnknown = false);

    // Runs the import on the calling thread (a worker thread in the GUI). The summary comes back
    // also when rows had errors: without a rejects file nothing is written then (committed is
    // false). An Error means nothing was written either: the file cannot be read as CSV or its
    // header is wrong (with FILE:LINE:COLUMN), the user cancelled (Error::Cancelled), or the
    // database failed.
    Result<InteractionImportSummary> import(const QString &path, const InteractionImportOptions &options,
                                            const Progress &progress = {});

private:
    DatabasePtr m_db;
};

} // namespace relatio::csv
