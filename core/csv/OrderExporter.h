// Exporting orders to the canonical orders file (columns: see OrderCsv.h), with each customer's
// Relatio id, external id and e-mail so that the file imports again, cells neutralised for
// spreadsheets, and the target replaced only when the whole file is written.
#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <vector>

namespace relatio::csv {

struct OrderExportOptions
{
    QChar delimiter = QLatin1Char(','); // ',', ';' or TAB
    bool bom = false;                   // UTF-8 with a byte order mark, for Excel
    QDate from;                         // orders on or after this day; invalid = no limit
    QDate to;                           // … and on or before this day; invalid = no limit
    std::vector<qint64> customerIds;    // only these customers' orders; empty = every customer's
};

class OrderExporter
{
    Q_DECLARE_TR_FUNCTIONS(OrderExporter)

public:
    // Rows written so far and how many there will be; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit OrderExporter(DatabasePtr db);

    // Every live order the options select, oldest first. Returns the rows written. Written beside
    // the target and renamed into place at the end: on any error or cancel the target stays as it was.
    Result<qint64> exportTo(const QString &path, const OrderExportOptions &options, const Progress &progress = {});

    // A day as --from and --to take it: ISO or day-month-year.
    static Result<QDate> parseDay(const QString &text);

private:
    DatabasePtr m_db;
};

} // namespace relatio::csv
