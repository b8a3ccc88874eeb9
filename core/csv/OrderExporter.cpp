// Order export: on a file, rows straight from SQLite's UTF-8 into the file; on a team database the
// same rows from PostgreSQL. Channel names are read once.
#include "csv/OrderExporter.h"

#include "csv/CsvWriter.h"
#include "csv/CustomerCsv.h"
#include "csv/InteractionCsv.h"
#include "csv/OrderCsv.h"
#include "interactions/InteractionRepository.h"
#include "csv/ExportQuery.h"
#include "orders/Money.h"
#include "store/Transaction.h"

#include <QFileInfo>
#include <QHash>

namespace relatio::csv {

namespace {

enum Selected { SUuid, SOrderId, SCustomerUuid, SExternalId, SEmail, SOrderedOn, SAmount, SCurrency, SQuantity,
                SChannelId, SSku, SProduct, SCategory };

constexpr char kSelect[] =
    "SELECT p.uuid, p.external_id, c.uuid, c.external_id, c.email, p.ordered_on, p.amount_cents, p.currency,"
    " p.quantity, p.channel_id, pr.sku, pr.name, pr.category"
    " FROM purchase p JOIN customer c ON c.id = p.customer_id LEFT JOIN product pr ON pr.id = p.product_id";

bool needsNeutralising(const char *text, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && text[i] == '\'')
        ++i;
    return i < size && CustomerCsv::isFormulaStart(char16_t(text[i]));
}

class RowWriter
{
public:
    RowWriter(const QList<Channel> &channels, char delimiter)
        : m_delimiter(delimiter)
    {
        const ChannelNames names(channels);
        for (const Channel &c : channels)
            m_channels.insert(c.id, names.exportName(c.id).toUtf8());
    }

    void header(QByteArray &out) const
    {
        const QList<OrderColumn> &columns = orderColumns();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out.append(m_delimiter);
            out.append(headerName(columns[i]).toLatin1());
        }
        out.append("\r\n", 2);
    }

    void row(ExportQuery &q, QByteArray &out)
    {
        for (int column : {SUuid, SOrderId, SCustomerUuid, SExternalId, SEmail, SOrderedOn}) {
            text(q, column, out);
            out.append(m_delimiter);
        }
        // The amount as digits with a point, which imports again in any currency (and never
        // looks like a formula, even when negative: it is a number to a spreadsheet).
        const QByteArray currency = q.bytes(SCurrency);
        if (currency != m_lastCurrency) {
            m_lastCurrency = currency;
            m_lastCurrencyText = QString::fromLatin1(currency);
        }
        out.append(Money::plain(q.int64(SAmount), m_lastCurrencyText).toLatin1());
        out.append(m_delimiter);
        text(q, SCurrency, out);
        out.append(m_delimiter);
        out.append(QByteArray::number(q.int64(SQuantity)));
        out.append(m_delimiter);
        if (!q.isNull(SChannelId)) {
            const QByteArray name = m_channels.value(q.int64(SChannelId));
            cell(name.constData(), name.size(), out);
        }
        for (int column : {SSku, SProduct, SCategory}) {
            out.append(m_delimiter);
            text(q, column, out);
        }
        out.append("\r\n", 2);
    }

private:
    void text(ExportQuery &q, int column, QByteArray &out)
    {
        const std::string_view value = q.text(column);
        if (!value.empty())
            cell(value.data(), qsizetype(value.size()), out);
    }

    void cell(const char *value, qsizetype size, QByteArray &out)
    {
        if (!needsNeutralising(value, size)) {
            appendUtf8Field(out, value, size, m_delimiter);
            return;
        }
        m_scratch.resize(0);
        m_scratch.append('\'');
        m_scratch.append(value, size);
        appendUtf8Field(out, m_scratch.constData(), m_scratch.size(), m_delimiter);
    }

    char m_delimiter;
    QHash<qint64, QByteArray> m_channels;
    QByteArray m_scratch;
    QByteArray m_lastCurrency;
    QString m_lastCurrencyText;
};

// The order lines the options select (days, both inclusive).
RangeSelection selection(const OrderExportOptions &options)
{
    RangeSelection s;
    s.select = kSelect;
    s.table = "purchase p";
    s.alias = "p";
    s.time = "p.ordered_on";
    if (options.from.isValid())
        s.from = options.from.toString(Qt::ISODate);
    if (options.to.isValid())
        s.to = options.to.toString(Qt::ISODate);
    s.toInclusive = true;
    s.customers = &options.customerIds;
    return s;
}

} // namespace

OrderExporter::OrderExporter(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<qint64> OrderExporter::exportTo(const QString &path, const OrderExportOptions &options, const Progress &progress)
{
    if (options.delimiter != QLatin1Char(',') && options.delimiter != QLatin1Char(';')
        && options.delimiter != QLatin1Char('\t'))
        return fail(Error::Code::Usage, tr("The delimiter must be a comma, a semicolon or a tab."));
    const auto channels = InteractionRepository(m_db).channels(false);
    if (!channels)
        return std::unexpected(channels.error());
    const Database &db = *m_db;
    const RangeSelection chosen = selection(options);
    const ReadSnapshot snapshot(db); // one consistent snapshot however long the export takes
    const auto total = countSelected(db, chosen);
    if (!total)
        return fail(Error::Code::Database, tr("Reading the orders: %1").arg(total.error().message));

    ExportFile output(path, options.bom);
    if (!output.ok())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, output.errorString()));
    RowWriter writer(*channels, char(options.delimiter.unicode()));
    writer.header(output.buffer());
    qint64 done = 0;
    std::optional<Error> failure;
    bool stopped = false;
    const auto read = readSelected(
        db, chosen,
        [&](ExportQuery &q) {
            writer.row(q, output.buffer());
            ++done;
            if (!output.flushIfFull())
                failure = Error{Error::Code::Io, tr("%1 cannot be written: %2").arg(path, output.errorString()), {}, 0, 0};
            else if (progress && done % 10000 == 0 && !progress(done, *total))
                failure = Error{Error::Code::Cancelled,
                                tr("The export was cancelled; %1 was not written.").arg(QFileInfo(path).fileName()), {}, 0, 0};
            return !failure;
        },
        &stopped);
    if (failure)
        return std::unexpected(*failure);
    if (!read)
        return fail(Error::Code::Database, tr("Reading the orders: %1").arg(read.error().message));
    if (!output.commit())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, output.errorString()));
    if (progress)
        progress(done, *total);
    return done;
}

Result<QDate> OrderExporter::parseDay(const QString &text)
{
    const auto parsed = CustomerCsv::parseTime(text);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (!parsed->isValid())
        return fail(Error::Code::Invalid, tr("Give a date, such as 2024-03-01."));
    return parsed->toLocalTime().date();
}

} // namespace relatio::csv
