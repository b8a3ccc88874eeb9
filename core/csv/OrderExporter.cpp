// Order export: rows straight from SQLite's UTF-8 into the file; channel names are read once.
#include "csv/OrderExporter.h"

#include "csv/CsvWriter.h"
#include "csv/CustomerCsv.h"
#include "csv/InteractionCsv.h"
#include "csv/OrderCsv.h"
#include "interactions/InteractionRepository.h"
#include "orders/Money.h"
#include "store/Statement.h"

#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <sqlite3.h>

namespace relatio::csv {

namespace {

enum Selected { SUuid, SOrderId, SCustomerUuid, SExternalId, SEmail, SOrderedOn, SAmount, SCurrency, SQuantity,
                SChannelId, SSku, SProduct, SCategory };

constexpr char kSelect[] =
    "SELECT p.uuid, p.external_id, c.uuid, c.external_id, c.email, p.ordered_on, p.amount_cents, p.currency,"
    " p.quantity, p.channel_id, pr.sku, pr.name, pr.category"
    " FROM purchase p JOIN customer c ON c.id = p.customer_id LEFT JOIN product pr ON pr.id = p.product_id"
    " WHERE p.deleted_at IS NULL";

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

    void row(sqlite3_stmt *q, QByteArray &out)
    {
        for (int column : {SUuid, SOrderId, SCustomerUuid, SExternalId, SEmail, SOrderedOn}) {
            text(q, column, out);
            out.append(m_delimiter);
        }
        // The amount as digits with a point, which imports again in any currency (and never
        // looks like a formula, even when negative: it is a number to a spreadsheet).
        const auto *code = reinterpret_cast<const char *>(sqlite3_column_text(q, SCurrency));
        const QByteArray currency(code ? code : "", sqlite3_column_bytes(q, SCurrency));
        if (currency != m_lastCurrency) {
            m_lastCurrency = currency;
            m_lastCurrencyText = QString::fromLatin1(currency);
        }
        out.append(Money::plain(sqlite3_column_int64(q, SAmount), m_lastCurrencyText).toLatin1());
        out.append(m_delimiter);
        text(q, SCurrency, out);
        out.append(m_delimiter);
        out.append(QByteArray::number(sqlite3_column_int64(q, SQuantity)));
        out.append(m_delimiter);
        if (sqlite3_column_type(q, SChannelId) != SQLITE_NULL) {
            const QByteArray name = m_channels.value(sqlite3_column_int64(q, SChannelId));
            cell(name.constData(), name.size(), out);
        }
        for (int column : {SSku, SProduct, SCategory}) {
            out.append(m_delimiter);
            text(q, column, out);
        }
        out.append("\r\n", 2);
    }

private:
    void text(sqlite3_stmt *q, int column, QByteArray &out)
    {
        const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(q, column));
        if (value)
            cell(value, sqlite3_column_bytes(q, column), out);
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

// A prepared statement over the orders the options select, the days bound; the customer
// (parameter 3) is left to the caller.
class Selection
{
public:
    Selection(sqlite3 *db, const OrderExportOptions &options, bool perCustomer, bool count)
    {
        QByteArray sql = count ? QByteArray("SELECT count(*) FROM purchase p WHERE p.deleted_at IS NULL") : QByteArray(kSelect);
        if (options.from.isValid())
            sql += " AND p.ordered_on >= ?1";
        if (options.to.isValid())
            sql += " AND p.ordered_on <= ?2";
        if (perCustomer)
            sql += " AND p.customer_id = ?3";
        if (!count)
            sql += perCustomer ? " ORDER BY p.ordered_on, p.id" : " ORDER BY p.ordered_on, p.id";
        m_ok = sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr) == SQLITE_OK;
        if (!m_ok)
            return;
        m_from = options.from.toString(Qt::ISODate).toUtf8();
        m_to = options.to.toString(Qt::ISODate).toUtf8();
        if (options.from.isValid())
            sqlite3_bind_text(m_stmt, 1, m_from.constData(), int(m_from.size()), SQLITE_STATIC);
        if (options.to.isValid())
            sqlite3_bind_text(m_stmt, 2, m_to.constData(), int(m_to.size()), SQLITE_STATIC);
    }
    ~Selection() { sqlite3_finalize(m_stmt); }
    Selection(const Selection &) = delete;
    Selection &operator=(const Selection &) = delete;

    bool ok() const { return m_ok; }
    sqlite3_stmt *statement() const { return m_stmt; }
    void forCustomer(qint64 id)
    {
        sqlite3_reset(m_stmt);
        sqlite3_bind_int64(m_stmt, 3, id);
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
    QByteArray m_from;
    QByteArray m_to;
};

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
    sqlite3 *db = m_db->handle();
    const bool perCustomer = !options.customerIds.empty();
    auto dbFailed = [db] {
        return fail(Error::Code::Database, tr("Reading the orders: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    execRaw(db, "BEGIN"); // one consistent snapshot however long the export takes
    struct EndRead
    {
        sqlite3 *db;
        ~EndRead() { execRaw(db, "COMMIT"); }
    } endRead{db};

    const std::vector<qint64> all{0};
    qint64 total = 0;
    {
        Selection count(db, options, perCustomer, true);
        if (!count.ok())
            return dbFailed();
        for (const qint64 id : perCustomer ? options.customerIds : all) {
            if (perCustomer)
                count.forCustomer(id);
            if (sqlite3_step(count.statement()) == SQLITE_ROW)
                total += sqlite3_column_int64(count.statement(), 0);
            sqlite3_reset(count.statement());
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    auto writeFailed = [&] { return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString())); };
    QByteArray buffer;
    constexpr qsizetype kChunk = 1 << 20;
    buffer.reserve(kChunk + 64 * 1024);
    if (options.bom)
        buffer.append(kUtf8Bom);
    RowWriter writer(*channels, char(options.delimiter.unicode()));
    writer.header(buffer);
    Selection rows(db, options, perCustomer, false);
    if (!rows.ok())
        return dbFailed();
    qint64 done = 0;
    for (const qint64 id : perCustomer ? options.customerIds : all) {
        if (perCustomer)
            rows.forCustomer(id);
        int rc;
        while ((rc = sqlite3_step(rows.statement())) == SQLITE_ROW) {
            writer.row(rows.statement(), buffer);
            ++done;
            if (buffer.size() >= kChunk) {
                if (file.write(buffer) != buffer.size())
                    return writeFailed();
                buffer.resize(0);
            }
            if (progress && done % 10000 == 0 && !progress(done, total))
                return fail(Error::Code::Cancelled,
                            tr("The export was cancelled; %1 was not written.").arg(QFileInfo(path).fileName()));
        }
        if (rc != SQLITE_DONE)
            return dbFailed();
    }
    if (file.write(buffer) != buffer.size() || !file.commit())
        return writeFailed();
    if (progress)
        progress(done, total);
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
