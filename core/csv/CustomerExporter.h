// Exporting customers to the canonical CSV file, fast enough for a million records, safe to open
// in a spreadsheet, and readable again by the importer without change.
#pragma once

#include "csv/CustomerCsv.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace relatio::csv {

struct ExportOptions
{
    QChar delimiter = QLatin1Char(',');  // ',' or ';' (Excel in Dutch and Norwegian settings)
    bool bom = false;                    // UTF-8 with a byte order mark, which Excel needs to see UTF-8
    QList<CustomerColumn> columns;       // empty: every canonical column, in canonical order
};

class CustomerExporter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExporter)

public:
    // Rows written so far and how many there will be; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CustomerExporter(DatabasePtr db);

    // Every live customer, in the order records were created. Returns the rows written.
    // The file is written beside its target and renamed into place at the end: on any error or
    // cancel the target is left as it was.
    Result<qint64> exportAll(const QString &path, const ExportOptions &options, const Progress &progress = {});
    // The given records (a search result or a selection; deleted ones too when they are given),
    // in the given order.
    Result<qint64> exportIds(const QString &path, const std::vector<qint64> &ids, const ExportOptions &options,
                             const Progress &progress = {});

private:
    DatabasePtr m_db;
};

} // namespace relatio::csv
