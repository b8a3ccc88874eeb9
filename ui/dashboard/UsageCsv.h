// Writes the weekly channel-usage report to CSV for a spreadsheet: the customer rows, or the totals
// per week and channel. Atomic: the file appears whole or not at all.
#pragma once

#include "interactions/SatisfactionStats.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relatio {

struct UsageCsvOptions
{
    QChar delimiter = QLatin1Char(',');  // ';' where numbers have a decimal comma (nl, nb)
    bool bom = true;                     // Excel reads UTF-8 only with a byte order mark
};

class UsageCsv
{
    Q_DECLARE_TR_FUNCTIONS(UsageCsv)

public:
    // The delimiter a spreadsheet in the user's locale expects.
    static QChar defaultDelimiter();

    // Week (ISO, "2025-W10"), Week starting (ISO date), Customer, one column per channel, Total.
    // Returns the rows written.
    static Result<qint64> writeRows(const QString &path, const UsageReport &report, const UsageCsvOptions &options = {});
    // Week, Week starting, then for each channel its contacts and its customers, then all contacts.
    static Result<qint64> writeTotals(const QString &path, const UsageReport &report,
                                      const UsageCsvOptions &options = {});
};

} // namespace relatio
