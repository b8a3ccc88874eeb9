// Order import: rows are read, checked, matched to their customer and product and written on the
// calling thread, all in one write transaction (a read transaction for a dry run).
#include "csv/OrderImporter.h"

#include "csv/ReadBatches.h"

#include "csv/CsvWriter.h"
#include "csv/CustomerCsv.h"
#include "csv/CustomerMatcher.h"
#include "csv/HeaderRow.h"
#include "csv/ImportRows.h"
#include "csv/ReadBatches.h"
#include "csv/RejectsFile.h"
#include "csv/InteractionCsv.h"
#include "csv/TextDecoder.h"
#include "interactions/InteractionRepository.h"
#include "orders/Money.h"
#include "privacy/RejectFiles.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <memory>
#include <vector>
#include <variant>

#include <sqlite3.h>

namespace relatio::csv {

namespace {

using Column = OrderColumn;

constexpr quint32 bit(Column column)
{
    return quint32(1) << int(column);
}

constexpr quint32 kCustomerColumns = bit(Column::CustomerUuid) | bit(Column::CustomerExternalId)
    | bit(Column::CustomerEmail);
constexpr quint32 kProductColumns = bit(Column::ProductSku) | bit(Column::Product);

// One data row, read and checked on its own.
struct OrderRow
{
    qint64 line = 0;
    QStringList fields;
    QString raw;          // the record's text when it could not be read
    RowProblem problem;

    QString uuid;
    QString orderId;
    CustomerMatcher::Keys customer;
    QString orderedOn;    // YYYY-MM-DD
    QString amount;       // as written; read once the currency is known
    QString currency;
    int quantity = 1;
    qint64 channelId = 0;
    QString sku;
    QString product;
    QString category;
};

// A stored line's values, or a row's once its customer, product and currency are known.
struct Values
{
    qint64 customerId = 0;
    QString orderId;
    QString orderedOn;
    qint64 amount = 0;
    QString currency;
    int quantity = 1;
    qint64 channelId = 0;
    qint64 productId = 0;

    bool operator==(const Values &) const = default;
};

struct ProductRef
{
    qint64 id = 0;        // negative: one a dry run would add
    QString currency;     // of its list price
};

class ImportRun
{
public:
    ImportRun(const DatabasePtr &db, const QString &path, const OrderImportOptions &options,
              const OrderImporter::Progress &progress)
        : m_db(db)
        , m_path(path)
        , m_options(options)
        , m_progress(progress)
        , m_fileName(QFileInfo(path).fileName())
        , m_writing(!options.dryRun)
        , m_keepGoodRows(!options.rejectsPath.isEmpty())
        , m_file(path)
        , m_writingRows(m_writing)
    {
    }
    ~ImportRun()
    {
        if (m_readOpen)
            execRaw(m_handle, "ROLLBACK");
    }

    Result<void> open();
    Result<void> prepare();
    Result<void> importRows();
    Result<OrderImportSummary> finish();

private:
    std::unexpected<Error> dbFailed(const QString &what) const
    {
        return fail(Error::Code::Database, OrderImporter::tr("Importing %1: %2: %3")
                                               .arg(m_fileName, what, QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }
    int fileColumnOf(Column column) const { return m_fileColumn[int(column)]; }
    void read(OrderRow &row) const;
    Result<void> importRow(OrderRow &row);
    Result<std::optional<ProductRef>> resolveProduct(const OrderRow &row);
    Result<void> insert(const OrderRow &row, const Values &values);
    Result<void> update(qint64 id, const Values &values);
    void bindValues(Statement &s, int first, const Values &v);
    Result<void> reject(const OrderRow &row, const RowProblem &problem);
    Result<void> writeReject(const OrderRow &row, const RowProblem &problem);
    RowProblem problemAt(const OrderRow &row, Column column, const QString &message) const
    {
        const int at = fileColumnOf(column);
        return RowProblem{row.line, at, at, OrderCsv::label(column) + QStringLiteral(": ") + message};
    }

    const DatabasePtr &m_db;
    const QString &m_path;
    const OrderImportOptions &m_options;
    const OrderImporter::Progress &m_progress;
    const QString m_fileName;
    const bool m_writing;
    const bool m_keepGoodRows;
    OrderImportSummary m_summary;
    quint32 m_mapped = 0;
    int m_fileColumn[int(Column::Category) + 1] = {};

    QFile m_file;
    qint64 m_fileSize = 0;
    std::optional<CsvReader> m_reader;
    std::optional<ChannelNames> m_channels;

    sqlite3 *m_handle = nullptr;
    std::optional<WriteTransaction> m_tx;
    bool m_readOpen = false;
    std::unique_ptr<CustomerMatcher> m_customers;
    std::unique_ptr<Statement> m_byUuid;
    std::unique_ptr<Statement> m_byOrder;
    std::unique_ptr<Statement> m_productBySku;
    std::unique_ptr<Statement> m_productByName;
    std::unique_ptr<Statement> m_insertProduct;
    std::unique_ptr<Statement> m_country;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_update;
    // Turns false at the first bad row when bad rows stop the import: from there on rows are only
    // checked and counted, so that the summary lists every problem.
    bool m_writingRows;
    // Lines counted but not written (a dry run, or after a bad row), by "u" + uuid and
    // "o" + order id + product, so that a later row matches them as it would match a written one.
    QHash<QString, qint64> m_unwritten;
    qint64 m_fakeId = 0;
    QHash<QString, ProductRef> m_products; // "s" + SKU or "n" + folded name
    QString m_now;
    std::unique_ptr<RejectsFile> m_rejects;
};

Result<void> ImportRun::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, OrderImporter::tr("%1 cannot be read: %2").arg(m_path, m_file.errorString()));
    m_fileSize = m_file.size();
    m_reader.emplace(&m_file, m_path, m_options.csv);
    if (auto opened = m_reader->open(); !opened)
        return std::unexpected(opened.error());
    m_summary.encoding = m_reader->encodingName();
    m_summary.delimiter = m_reader->delimiter();
    auto next = m_reader->next();
    if (!next)
        return fail(Error::Code::Invalid, OrderImporter::tr("%1 has no header row.").arg(m_path));
    if (!*next)
        return std::unexpected(next->error());
    m_summary.headers = (*next)->fields;
    auto mapping = OrderImporter::mapHeaders(m_summary.headers, m_path, m_options.ignoreUnknownColumns);
    if (!mapping)
        return std::unexpected(mapping.error());
    m_summary.mapping = std::move(*mapping);
    for (qsizetype i = 0; i < m_summary.mapping.size(); ++i)
        if (const auto column = m_summary.mapping[i]) {
            m_mapped |= bit(*column);
            m_fileColumn[int(*column)] = int(i) + 1;
        }
    return {};
}

Result<void> ImportRun::prepare()
{
    m_handle = m_db->handle();
    if (!m_handle)
        return fail(Error::Code::Database, OrderImporter::tr("The database is not open."));
    const auto channels = InteractionRepository(m_db).channels(false); // retired ones too: the file is history
    if (!channels)
        return std::unexpected(channels.error());
    m_channels.emplace(*channels);
    if (m_writing) {
        m_tx.emplace(m_db->connection());
        if (!m_tx->isOpen())
            return std::unexpected(Database::sqlError(m_tx->error(), OrderImporter::tr("Importing %1").arg(m_fileName)));
    } else {
        m_readOpen = execRaw(m_handle, "BEGIN"); // one consistent view, no lock per lookup
    }
    m_customers = std::make_unique<CustomerMatcher>(m_handle);
    m_byUuid = std::make_unique<Statement>(
        m_handle, "SELECT id, deleted_at IS NOT NULL, customer_id, external_id, ordered_on, amount_cents, currency,"
                  " quantity, channel_id, product_id FROM purchase WHERE uuid = ?");
    m_byOrder = std::make_unique<Statement>(
        m_handle, "SELECT id, 0, customer_id, external_id, ordered_on, amount_cents, currency, quantity, channel_id,"
                  " product_id FROM purchase WHERE external_id = ?1 AND external_id <> '' AND product_id IS ?2"
                  " AND deleted_at IS NULL ORDER BY id LIMIT 1");
    m_productBySku = std::make_unique<Statement>(m_handle, "SELECT id, currency FROM product WHERE sku = ?");
    m_productByName = std::make_unique<Statement>(
        m_handle, "SELECT id, currency FROM product WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL ORDER BY id LIMIT 1");
    m_insertProduct = std::make_unique<Statement>(
        m_handle, "INSERT INTO product (uuid, sku, name, category, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    m_country = std::make_unique<Statement>(m_handle, "SELECT country FROM customer WHERE id = ?");
    m_insert = std::make_unique<Statement>(
        m_handle, "INSERT INTO purchase (uuid, customer_id, external_id, ordered_on, amount_cents, currency, quantity,"
                  " channel_id, product_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_update = std::make_unique<Statement>(
        m_handle, "UPDATE purchase SET customer_id = ?, external_id = ?, ordered_on = ?, amount_cents = ?, currency = ?,"
                  " quantity = ?, channel_id = ?, product_id = ?, updated_at = ? WHERE id = ?");
    for (const Statement *s : {m_byUuid.get(), m_byOrder.get(), m_productBySku.get(), m_productByName.get(),
                               m_insertProduct.get(), m_country.get(), m_insert.get(), m_update.get()})
        if (!s->isValid())
            return dbFailed(OrderImporter::tr("preparing the import"));
    if (!m_customers->isValid())
        return dbFailed(OrderImporter::tr("preparing the import"));
    m_now = nowStored();
    return {};
}

void ImportRun::read(OrderRow &row) const
{
    auto problem = [&row, this](Column column, const QString &message) {
        if (row.problem.message.isEmpty())
            row.problem = problemAt(row, column, message);
    };
    const qsizetype n = std::min(row.fields.size(), m_summary.mapping.size());
    for (qsizetype i = 0; i < n; ++i) {
        const auto column = m_summary.mapping[i];
        if (!column)
            continue;
        const QString value = CustomerCsv::unneutralise(row.fields[i]);
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty())
            continue;
        switch (*column) {
        case Column::Uuid:
            row.uuid = trimmed.toLower();
            if (!isUuid(row.uuid))
                problem(*column, OrderImporter::tr("“%1” is not a Relatio id; leave it empty for a new order line.")
                                     .arg(trimmed));
            break;
        case Column::OrderId: row.orderId = trimmed; break;
        case Column::CustomerUuid:
            row.customer.uuid = trimmed.toLower();
            if (!isUuid(row.customer.uuid))
                problem(*column, OrderImporter::tr("“%1” is not a Relatio id.").arg(trimmed));
            break;
        case Column::CustomerExternalId: row.customer.externalId = trimmed; break;
        case Column::CustomerEmail: row.customer.email = trimmed; break;
        case Column::OrderedOn: {
            const auto parsed = CustomerCsv::parseTime(trimmed);
            if (!parsed || !parsed->isValid())
                problem(*column, parsed ? OrderImporter::tr("“%1” is not a date.").arg(trimmed) : parsed.error().message);
            else
                row.orderedOn = parsed->toLocalTime().date().toString(Qt::ISODate);
            break;
        }
        case Column::Amount: row.amount = trimmed; break;
        case Column::Currency:
            row.currency = trimmed.toUpper();
            if (!Money::isCurrency(row.currency))
                problem(*column, OrderImporter::tr("“%1” is not a currency code; write an ISO 4217 code such as "
                                                   "EUR, NOK, SEK, GBP or USD.")
                                     .arg(trimmed));
            break;
        case Column::Quantity: {
            QString t = trimmed;
            for (const QLatin1StringView zero : {QLatin1StringView(".0"), QLatin1StringView(",0")})
                if (t.endsWith(zero))
                    t.chop(2);
            bool ok = false;
            const int q = t.toInt(&ok);
            if (!ok || q == 0 || q > 1000000 || q < -1000000)
                problem(*column, OrderImporter::tr("“%1” is not a quantity; write a whole number other than 0 "
                                                   "(negative for a return), or leave it empty for 1.")
                                     .arg(trimmed));
            else
                row.quantity = q;
            break;
        }
        case Column::Channel:
            row.channelId = m_channels->find(trimmed);
            if (row.channelId == 0)
                problem(*column, OrderImporter::tr("“%1” is not a channel. The channels are: %2.")
                                     .arg(trimmed, m_channels->knownList()));
            break;
        case Column::ProductSku: row.sku = value.simplified(); break;
        case Column::Product: row.product = value.simplified(); break;
        case Column::Category: row.category = value.simplified(); break;
        }
    }
    if (row.orderedOn.isEmpty())
        problem(Column::OrderedOn, OrderImporter::tr("empty; every order needs its date."));
    if (row.amount.isEmpty())
        problem(Column::Amount, OrderImporter::tr("empty; every order needs its amount."));
    if (!row.category.isEmpty() && row.sku.isEmpty() && row.product.isEmpty())
        problem(Column::Category, OrderImporter::tr("a category without a product; give the product's SKU or name."));
    if (row.customer.isEmpty() && row.problem.message.isEmpty()) {
        CustomerMatcher::Columns c{fileColumnOf(Column::CustomerExternalId), fileColumnOf(Column::CustomerEmail),
                                   fileColumnOf(Column::CustomerUuid)};
        row.problem = RowProblem{row.line, c.first(), c.first(),
                                 OrderImporter::tr("The row names no customer: give the customer's external id, "
                                                   "e-mail address or Relatio id.")};
    }
}

Result<void> ImportRun::importRows()
{
    qint64 badOffset = -1; // a record that could not be read, until the next one starts
    OrderRow bad;
    auto flushBad = [&](qint64 endOffset) -> Result<void> {
        if (badOffset < 0)
            return {};
        bad.raw = rawText(m_path, m_reader->encoding(), badOffset, endOffset);
        badOffset = -1;
        ++m_summary.rows;
        return reject(bad, bad.problem);
    };
    qint64 sinceProgress = 0;
    while (true) {
        auto next = m_reader->next();
        if (!next) {
            if (auto flushed = flushBad(m_fileSize); !flushed)
                return flushed;
            break;
        }
        if (!*next) {
            if (m_reader->atEnd())
                return std::unexpected(next->error());
            if (auto flushed = flushBad(m_reader->lastProblemByteOffset()); !flushed)
                return flushed;
            badOffset = m_reader->lastProblemByteOffset();
            bad = OrderRow{};
            bad.line = next->error().line;
            bad.problem = RowProblem{next->error().line, next->error().column, 0, next->error().message};
            continue;
        }
        Record &record = **next;
        if (auto flushed = flushBad(record.byteOffset); !flushed)
            return flushed;
        OrderRow row;
        row.line = record.line;
        row.fields = std::move(record.fields);
        read(row);
        if (auto imported = importRow(row); !imported)
            return imported;
        if (m_progress && ++sinceProgress >= 2000) {
            sinceProgress = 0;
            if (!m_progress(m_reader->bytesRead(), m_fileSize))
                return fail(Error::Code::Cancelled,
                            OrderImporter::tr("The import of %1 was cancelled; nothing was written.").arg(m_fileName));
        }
    }
    if (m_progress && !m_progress(m_fileSize, m_fileSize))
        return fail(Error::Code::Cancelled,
                    OrderImporter::tr("The import of %1 was cancelled; nothing was written.").arg(m_fileName));
    return {};
}

Result<std::optional<ProductRef>> ImportRun::resolveProduct(const OrderRow &row)
{
    if (row.sku.isEmpty() && row.product.isEmpty())
        return std::optional<ProductRef>();
    const QString key = row.sku.isEmpty() ? QLatin1Char('n') + row.product.toCaseFolded() : QLatin1Char('s') + row.sku;
    if (const auto it = m_products.constFind(key); it != m_products.constEnd())
        return std::optional<ProductRef>(*it);
    Statement &q = row.sku.isEmpty() ? *m_productByName : *m_productBySku;
    q.reset();
    q.bind(1, row.sku.isEmpty() ? row.product : row.sku);
    ProductRef ref;
    if (q.step()) {
        ref.id = q.int64(0);
        ref.currency = q.text(1);
    } else if (q.failed()) {
        return dbFailed(OrderImporter::tr("finding the products"));
    } else {
        ++m_summary.productsAdded;
        if (m_writingRows) {
            Statement &s = *m_insertProduct;
            s.reset();
            s.bind(1, row.sku.isEmpty() ? newUuid() : keyUuid("product-sku", row.sku));
            s.bindUtf8(2, row.sku.toUtf8());
            s.bind(3, row.product.isEmpty() ? row.sku : row.product);
            s.bindUtf8(4, row.category.toUtf8());
            s.bind(5, m_now);
            s.bind(6, m_now);
            s.step();
            if (s.failed())
                return dbFailed(OrderImporter::tr("adding a product"));
            ref.id = sqlite3_last_insert_rowid(m_handle);
        } else {
            ref.id = --m_fakeId;
        }
    }
    m_products.insert(key, ref);
    return std::optional<ProductRef>(ref);
}

Result<void> ImportRun::importRow(OrderRow &row)
{
    ++m_summary.rows;
    if (!row.problem.message.isEmpty())
        return reject(row, row.problem);

    const CustomerMatcher::Columns customerColumns{fileColumnOf(Column::CustomerExternalId),
                                                   fileColumnOf(Column::CustomerEmail), fileColumnOf(Column::CustomerUuid)};
    const auto customer = m_customers->find(row.customer, row.line, customerColumns, OrderImporter::tr("orders"));
    if (const auto *problem = std::get_if<RowProblem>(&customer))
        return reject(row, *problem);
    const qint64 customerId = std::get<qint64>(customer);

    const auto product = resolveProduct(row);
    if (!product)
        return std::unexpected(product.error());

    Values values;
    values.customerId = customerId;
    values.orderId = row.orderId;
    values.orderedOn = row.orderedOn;
    values.quantity = row.quantity;
    values.channelId = row.channelId;
    values.productId = *product ? (*product)->id : 0;
    values.currency = row.currency;
    if (values.currency.isEmpty() && *product)
        values.currency = (*product)->currency;
    if (values.currency.isEmpty()) {
        m_country->reset();
        m_country->bind(1, customerId);
        if (m_country->step())
            values.currency = Money::currencyOfCountry(m_country->text(0));
    }
    if (values.currency.isEmpty())
        return reject(row, problemAt(row, fileColumnOf(Column::Currency) ? Column::Currency : Column::Amount,
                                     OrderImporter::tr("no currency: the row has none, its product has no list "
                                                       "price and the customer's country does not say one. Add a "
                                                       "currency column (EUR, NOK, …).")));
    const auto amount = Money::parse(row.amount, values.currency);
    if (!amount)
        return reject(row, problemAt(row, Column::Amount, amount.error().message));
    values.amount = *amount;

    // Is it a line we have? By uuid, else by order id and product.
    qint64 stored = 0;
    bool deleted = false;
    Values before;
    auto readStored = [&](Statement &q) -> Result<bool> {
        if (q.step()) {
            stored = q.int64(0);
            deleted = q.int64(1) != 0;
            before.customerId = q.int64(2);
            before.orderId = q.text(3);
            before.orderedOn = q.text(4);
            before.amount = q.int64(5);
            before.currency = q.text(6);
            before.quantity = int(q.int64(7));
            before.channelId = q.int64(8);
            before.productId = q.int64(9);
            return true;
        }
        if (q.failed())
            return dbFailed(OrderImporter::tr("matching the orders"));
        return false;
    };
    const QString orderKey = QLatin1Char('o') + row.orderId + QLatin1Char('\x1f') + QString::number(values.productId);
    if (!row.uuid.isEmpty()) {
        m_byUuid->reset();
        m_byUuid->bind(1, row.uuid);
        const auto found = readStored(*m_byUuid);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            stored = m_unwritten.value(QLatin1Char('u') + row.uuid);
    } else if (!row.orderId.isEmpty()) {
        m_byOrder->reset();
        m_byOrder->bind(1, row.orderId);
        if (values.productId > 0)
            m_byOrder->bind(2, values.productId);
        else
            m_byOrder->bindNull(2);
        const auto found = values.productId < 0 ? Result<bool>(false) : readStored(*m_byOrder);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            stored = m_unwritten.value(orderKey);
    }
    if (stored != 0 && m_options.onDuplicate == DuplicatePolicy::Create) {
        row.uuid.clear();
        stored = 0;
    }
    if (stored != 0 && m_options.onDuplicate == DuplicatePolicy::Skip) {
        ++m_summary.skipped;
        return {};
    }
    if (deleted) {
        const int at = fileColumnOf(Column::Uuid);
        return reject(row, RowProblem{row.line, at, at,
                                      OrderImporter::tr("The order line %1 was deleted in Relatio; restore it first, "
                                                        "or leave the uuid empty to add the row as a new line.")
                                          .arg(row.uuid)});
    }
    if (stored == 0) {
        if (!m_writingRows) {
            const qint64 fake = --m_fakeId;
            if (!row.uuid.isEmpty())
                m_unwritten.insert(QLatin1Char('u') + row.uuid, fake);
            if (!row.orderId.isEmpty())
                m_unwritten.insert(orderKey, fake);
        }
        return insert(row, values);
    }
    if (stored < 0) { // an earlier row that was only counted
        ++m_summary.updated;
        return {};
    }
    // The file's columns over the stored line; the others stay.
    Values merged = before;
    const quint32 m = m_mapped;
    if (m & kCustomerColumns)
        merged.customerId = values.customerId;
    if (m & bit(Column::OrderId))
        merged.orderId = values.orderId;
    if (m & bit(Column::OrderedOn))
        merged.orderedOn = values.orderedOn;
    if (m & (bit(Column::Amount) | bit(Column::Currency))) {
        merged.amount = values.amount;
        merged.currency = values.currency;
    }
    if (m & bit(Column::Quantity))
        merged.quantity = values.quantity;
    if (m & bit(Column::Channel))
        merged.channelId = values.channelId;
    if (m & kProductColumns)
        merged.productId = values.productId;
    if (merged == before) {
        ++m_summary.skipped;
        return {};
    }
    return update(stored, merged);
}

// Binds customer_id … product_id (8 values) from the given index on.
void ImportRun::bindValues(Statement &s, int first, const Values &v)
{
    int i = first;
    auto id = [&s](int at, qint64 value) {
        if (value > 0)
            s.bind(at, value);
        else
            s.bindNull(at);
    };
    s.bind(i++, v.customerId);
    s.bindUtf8(i++, v.orderId.toUtf8());
    s.bindUtf8(i++, v.orderedOn.toUtf8());
    s.bind(i++, v.amount);
    s.bindUtf8(i++, v.currency.toUtf8());
    s.bind(i++, qint64(v.quantity));
    id(i++, v.channelId);
    id(i++, v.productId);
}

Result<void> ImportRun::insert(const OrderRow &row, const Values &values)
{
    ++m_summary.created;
    if (!m_writingRows)
        return {};
    Statement &s = *m_insert;
    s.reset();
    s.bind(1, row.uuid.isEmpty() ? newUuid() : row.uuid);
    bindValues(s, 2, values);
    s.bind(10, m_now);
    s.bind(11, m_now);
    s.step();
    if (s.failed())
        return dbFailed(OrderImporter::tr("line %1").arg(row.line));
    return {};
}

Result<void> ImportRun::update(qint64 id, const Values &values)
{
    ++m_summary.updated;
    if (!m_writingRows)
        return {};
    Statement &s = *m_update;
    s.reset();
    bindValues(s, 1, values);
    s.bind(9, m_now);
    s.bind(10, id);
    s.step();
    if (s.failed())
        return dbFailed(OrderImporter::tr("updating an order line"));
    return {};
}

Result<void> ImportRun::reject(const OrderRow &row, const RowProblem &problem)
{
    ++m_summary.rejected;
    if (m_summary.problems.size() < m_options.maxProblemsKept)
        m_summary.problems.append(problem);
    if (m_options.problemSink)
        m_options.problemSink(problem);
    if (!m_keepGoodRows) {
        m_writingRows = false;
        return {};
    }
    if (!m_writing)
        return {};
    return writeReject(row, problem);
}

Result<void> ImportRun::writeReject(const OrderRow &row, const RowProblem &problem)
{
    if (!m_rejects) {
        // A rejects file imported again keeps its reason column, with the new reason in it.
        qsizetype reasonAt = -1;
        for (qsizetype i = 0; i < m_summary.headers.size() && reasonAt < 0; ++i)
            if (InteractionCsv::isReasonColumn(m_summary.headers[i]))
                reasonAt = i;
        m_rejects = std::make_unique<RejectsFile>(m_options.rejectsPath, m_summary.headers, m_summary.delimiter,
                                                  reasonAt);
    }
    return m_rejects->add(row.fields, row.raw, row.line, problem.message);
}

Result<OrderImportSummary> ImportRun::finish()
{
    if (!m_writing || !m_writingRows)
        return std::move(m_summary);
    // Noted with the rows, so that an erasure finds the file; the note goes if the import fails.
    if (m_rejects)
        if (auto noted = RejectFiles::note(m_db->connection(), m_options.rejectsPath, 0); !noted)
            return std::unexpected(noted.error());
    if (!m_tx->commit())
        return std::unexpected(Database::sqlError(m_tx->error(), OrderImporter::tr("Importing %1").arg(m_fileName)));
    m_summary.committed = true;
    if (m_rejects) {
        if (!m_rejects->commit())
            return fail(Error::Code::Io, OrderImporter::tr("The orders were imported, but the rejects file %1 could "
                                                           "not be written: %2")
                                             .arg(m_options.rejectsPath, m_rejects->errorString()));
        m_summary.rejectsPath = m_options.rejectsPath;
    }
    return std::move(m_summary);
}

} // namespace

OrderImporter::OrderImporter(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<QList<std::optional<OrderColumn>>> OrderImporter::mapHeaders(const QStringList &headers, const QString &fileName,
                                                                    bool ignoreUnknown)
{
    auto headerError = [&fileName](int column, const QString &message) {
        return std::unexpected(Error{Error::Code::Invalid, message, fileName, 1, column});
    };
    auto mapped = HeaderRow::map(headers, fileName, ignoreUnknown, OrderCsv::guessColumn, orderColumns(),
                                 tr("The column %1 is not one of an orders file."),
                                 tr("The columns %1 are not ones of an orders file."));
    if (!mapped)
        return mapped;
    const QList<std::optional<OrderColumn>> &mapping = *mapped;
    if (!mapping.contains(OrderColumn::CustomerExternalId) && !mapping.contains(OrderColumn::CustomerEmail)
        && !mapping.contains(OrderColumn::CustomerUuid))
        return headerError(0, tr("The file has no column for the customer: add customer_external_id, "
                                 "customer_email or customer_uuid."));
    if (!mapping.contains(OrderColumn::OrderedOn))
        return headerError(0, tr("The file has no ordered_on column with the date of each order."));
    if (!mapping.contains(OrderColumn::Amount))
        return headerError(0, tr("The file has no amount column."));
    return mapping;
}

Result<OrderImportSummary> OrderImporter::import(const QString &path, const OrderImportOptions &options,
                                                 const Progress &progress)
{
    ImportRun run(m_db, path, options, progress);
    if (auto opened = run.open(); !opened)
        return std::unexpected(opened.error());
    if (auto prepared = run.prepare(); !prepared)
        return std::unexpected(prepared.error());
    if (auto imported = run.importRows(); !imported)
        return std::unexpected(imported.error());
    return run.finish();
}

} // namespace relatio::csv
