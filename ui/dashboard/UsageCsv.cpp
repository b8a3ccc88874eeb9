// Usage report CSV files, through the shared CSV writer and a QSaveFile.
#include "dashboard/UsageCsv.h"

#include "csv/CsvWriter.h"
#include "csv/CustomerCsv.h"

#include <QLocale>
#include <QSaveFile>

namespace relatio {

namespace {

QString isoWeek(const QDate &monday)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

Result<qint64> writeFile(const QString &path, const UsageCsvOptions &options, const QList<QStringList> &records)
{
    QByteArray out;
    if (options.bom)
        out.append(csv::kUtf8Bom);
    const char delimiter = char(options.delimiter.unicode());
    for (const QStringList &record : records)
        csv::appendRecord(out, record, delimiter);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
        return fail(Error::Code::Io, UsageCsv::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return qint64(records.size()) - 1;
}

} // namespace

QChar UsageCsv::defaultDelimiter()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? QLatin1Char(';') : QLatin1Char(',');
}

Result<qint64> UsageCsv::writeRows(const QString &path, const UsageReport &report, const UsageCsvOptions &options)
{
    QList<QStringList> records;
    records.reserve(report.rows.size() + 1);
    QStringList header{tr("Week"), tr("Week starting"), tr("Customer")};
    for (const QString &channel : report.channelNames)
        header.append(csv::CustomerCsv::neutralise(channel));
    header.append(tr("Total"));
    records.append(header);
    for (const UsageRow &row : report.rows) {
        QStringList record{isoWeek(row.weekStart), row.weekStart.toString(Qt::ISODate),
                           csv::CustomerCsv::neutralise(row.customerName)};
        qint64 total = 0;
        for (qsizetype c = 0; c < report.channelIds.size(); ++c) {
            const qint64 n = c < row.perChannel.size() ? row.perChannel.at(c) : 0;
            total += n;
            record.append(QString::number(n));
        }
        record.append(QString::number(total));
        records.append(record);
    }
    return writeFile(path, options, records);
}

Result<qint64> UsageCsv::writeTotals(const QString &path, const UsageReport &report, const UsageCsvOptions &options)
{
    QList<QStringList> records;
    QStringList header{tr("Week"), tr("Week starting")};
    for (const QString &channel : report.channelNames)
        header << csv::CustomerCsv::neutralise(tr("%1 contacts").arg(channel))
               << csv::CustomerCsv::neutralise(tr("%1 customers").arg(channel));
    header.append(tr("All contacts"));
    records.append(header);
    for (qsizetype w = 0; w < report.weeks.size(); ++w) {
        QStringList record{isoWeek(report.weeks.at(w)), report.weeks.at(w).toString(Qt::ISODate)};
        qint64 total = 0;
        for (qsizetype c = 0; c < report.channelIds.size(); ++c) {
            const qint64 contacts = c < report.totals.at(w).size() ? report.totals.at(w).at(c) : 0;
            const qint64 customers = c < report.customers.at(w).size() ? report.customers.at(w).at(c) : 0;
            total += contacts;
            record << QString::number(contacts) << QString::number(customers);
        }
        record.append(QString::number(total));
        records.append(record);
    }
    return writeFile(path, options, records);
}

} // namespace relatio
