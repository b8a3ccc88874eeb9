// Importing orders (purchases) from a CSV file (columns: see OrderCsv.h): streamed, each row
// matched to its customer and product, written in one transaction with prepared statements (all
// or nothing), with the rows that have errors listed and, on request, written to a rejects file
// (noted in the store, so that erasing a customer reaches it).
#pragma once

#include "csv/CsvReader.h"
#include "csv/CustomerImporter.h"
#include "csv/OrderCsv.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace relatio::csv {

struct OrderImportOptions
{
    Options csv; // encoding and delimiter: automatic by default
    // A row that is a stored order line (the same uuid, or without one the same order_id and
    // product): skipped, updated (every column the file has is written over the stored line; the
    // columns it lacks stay), or created anyway as a new line. Rows earlier in the same file count
    // as stored.
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool dryRun = false; // read, check and match everything, write nothing
    // As for contacts: without a rejects file any bad row stops the import and nothing is written;
    // with one the good rows are imported and the bad ones written there with a "reason" column.
    QString rejectsPath;
    bool ignoreUnknownColumns = false;
    int maxProblemsKept = 1000;
    std::function<void(const RowProblem &)> problemSink;
};

struct OrderImportSummary
{
    QString encoding;
    QChar delimiter;
    QStringList headers;
    QList<std::optional<OrderColumn>> mapping; // per file column; nullopt = left out
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;       // stored lines left alone, and updates that changed nothing
    qint64 rejected = 0;
    qint64 productsAdded = 0; // products named in the file that were not stored yet
    QList<RowProblem> problems;
    QString rejectsPath;      // written only when there were rejected rows
    bool committed = false;
};

class OrderImporter
{
    Q_DECLARE_TR_FUNCTIONS(OrderImporter)

public:
    // Bytes read so far and the file size; return false to cancel.
    using Progress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

    explicit OrderImporter(DatabasePtr db);

    // The column each header is. An error at line 1 (and the column) for an unknown header
    // (unless ignoreUnknown), a column given twice, or missing customer, ordered_on or amount columns.
    static Result<QList<std::optional<OrderColumn>>> mapHeaders(const QStringList &headers, const QString &fileName,
                                                                bool ignoreUnknown = false);

    // Runs the import on the calling thread. The summary comes back also when rows had errors
    // (committed false when nothing was written). An Error means nothing was written.
    Result<OrderImportSummary> import(const QString &path, const OrderImportOptions &options,
                                      const Progress &progress = {});

private:
    DatabasePtr m_db;
};

} // namespace relatio::csv
