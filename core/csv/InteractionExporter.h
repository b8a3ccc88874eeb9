// Exporting contacts (interactions) to the canonical contacts file (columns: see InteractionCsv.h),
// with each customer's Relatio id, external id and e-mail address so that the file imports again,
// cells neutralised for spreadsheets, and the target replaced only when the whole file is written.
#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace relatio::csv {

struct InteractionExportOptions
{
    QChar delimiter = QLatin1Char(','); // ',', ';' (Excel in Dutch and Norwegian settings) or TAB
    bool bom = false;                   // UTF-8 with a byte order mark, for Excel
    QDateTime from;                     // contacts that occurred at or after this; invalid = no limit
    QDateTime to;                       // … and before this; invalid = no limit
    std::vector<qint64> customerIds;    // only these customers' contacts; empty = every customer's
};

class InteractionExporter
{
    Q_DECLARE_TR_FUNCTIONS(InteractionExporter)

public:
    // Rows written so far and how many there will be; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit InteractionExporter(DatabasePtr db);

    // Every live contact the options select, oldest first (per customer when customers are
    // given, in their order). Returns the rows written. The file is written beside its target and
    // renamed into place at the end: on any error or cancel the target is left as it was.
    Result<qint64> exportTo(const QString &path, const InteractionExportOptions &options,
                            const Progress &progress = {});

    // The live customer a key names, as the import matches them: external id, else primary e-mail
    // address, else Relatio id. NotFound or Invalid (ambiguous) with a message for people.
    Result<qint64> findCustomer(const QString &key) const;

    // A day or a moment as the command line's --from and --to take it: a date alone (ISO or
    // day-month-year) is that local day's start, or with endOfDay the next day's start, so that
    // --to includes the whole day.
    static Result<QDateTime> parseBound(const QString &text, bool endOfDay);

private:
    DatabasePtr m_db;
};

} // namespace relatio::csv
