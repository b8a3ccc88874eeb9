// Order and product persistence, and the fast reader for the value analysis.
#include "orders/PurchaseRepository.h"

#include "interactions/Interaction.h"
#include "orders/Money.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace relatio {

QString Product::displayName() const
{
    if (sku.isEmpty() || sku == name)
        return name;
    return QCoreApplication::translate("Product", "%1 (%2)", "a product's name and its SKU").arg(name, sku);
}

namespace {

const QString kSelectPurchase = QStringLiteral(
    "SELECT p.id, p.uuid, p.customer_id, p.external_id, p.ordered_on, p.amount_cents, p.currency, p.quantity,"
    " p.channel_id, p.product_id, p.created_at, p.updated_at, p.deleted_at, pr.name, pr.sku, pr.category,"
    " ch.code, ch.name"
    " FROM purchase p LEFT JOIN product pr ON pr.id = p.product_id LEFT JOIN channel ch ON ch.id = p.channel_id");

Purchase readPurchase(const QSqlQuery &q)
{
    Purchase p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.customerId = q.value(2).toLongLong();
    p.externalId = q.value(3).toString();
    p.orderedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.amount = q.value(5).toLongLong();
    p.currency = q.value(6).toString();
    p.quantity = q.value(7).toInt();
    p.channelId = q.value(8).toLongLong();
    p.productId = q.value(9).toLongLong();
    p.createdAt = fromStoredTime(q.value(10).toString());
    p.updatedAt = fromStoredTime(q.value(11).toString());
    p.deletedAt = fromStoredTime(q.value(12).toString());
    p.productName = q.value(13).toString();
    p.productSku = q.value(14).toString();
    p.category = q.value(15).toString();
    if (!q.value(16).isNull()) {
        Channel ch;
        ch.code = q.value(16).toString();
        ch.name = q.value(17).toString();
        p.channelName = ch.displayName();
    }
    return p;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

Result<void> updateRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what,
                       const QString &gone)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, gone);
    return {};
}

// "2026-03-01" without QDate::fromString: ten million of these must take milliseconds.
QDate parseDay(const unsigned char *s, int size)
{
    if (!s || size != 10 || s[4] != '-' || s[7] != '-')
        return {};
    auto num = [s](int at, int digits) {
        int v = 0;
        for (int i = 0; i < digits; ++i) {
            const int d = s[at + i] - '0';
            if (d < 0 || d > 9)
                return -1;
            v = v * 10 + d;
        }
        return v;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2));
}

} // namespace

PurchaseRepository::PurchaseRepository(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<void> PurchaseRepository::validate(const Purchase &p) const
{
    if (p.customerId <= 0)
        return fail(Error::Code::Invalid, tr("Choose the customer who ordered."));
    if (!p.orderedOn.isValid())
        return fail(Error::Code::Invalid, tr("Give the day of the order."));
    if (!Money::isCurrency(p.currency))
        return fail(Error::Code::Invalid,
                    tr("“%1” is not a currency code (ISO 4217, such as EUR or NOK).").arg(p.currency));
    if (p.amount > Money::kMaxMinor || p.amount < -Money::kMaxMinor)
        return fail(Error::Code::Invalid, tr("The amount is too large for an order line."));
    if (p.quantity == 0)
        return fail(Error::Code::Invalid, tr("The quantity cannot be 0; a return has a negative quantity."));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM customer WHERE id = ?),"
                             " (SELECT count(*) FROM channel WHERE id = ? AND deleted_at IS NULL),"
                             " (SELECT count(*) FROM product WHERE id = ?)"));
    q.addBindValue(p.customerId);
    q.addBindValue(p.channelId);
    q.addBindValue(p.productId);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Checking the order")));
    if (q.value(0).toLongLong() == 0)
        return fail(Error::Code::NotFound, tr("The customer no longer exists."));
    if (p.channelId > 0 && q.value(1).toLongLong() == 0)
        return fail(Error::Code::Invalid, tr("The channel of the order no longer exists."));
    if (p.productId > 0 && q.value(2).toLongLong() == 0)
        return fail(Error::Code::Invalid, tr("The product of the order no longer exists."));
    return {};
}

Result<Purchase> PurchaseRepository::get(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSelectPurchase + QStringLiteral(" WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the order")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The order no longer exists."));
    return readPurchase(q);
}

Result<qint64> PurchaseRepository::create(const Purchase &p)
{
    if (auto valid = validate(p); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO purchase (uuid, customer_id, external_id, ordered_on, amount_cents, currency,"
                             " quantity, channel_id, product_id, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = nowStored();
    q.addBindValue(p.uuid.isEmpty() ? newUuid() : p.uuid);
    q.addBindValue(p.customerId);
    q.addBindValue(text(p.externalId.trimmed()));
    q.addBindValue(p.orderedOn.toString(Qt::ISODate));
    q.addBindValue(p.amount);
    q.addBindValue(p.currency);
    q.addBindValue(p.quantity);
    q.addBindValue(nullableId(p.channelId));
    q.addBindValue(nullableId(p.productId));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving the order")));
    return returnedId(q);
}

Result<void> PurchaseRepository::update(const Purchase &p)
{
    if (auto valid = validate(p); !valid)
        return std::unexpected(valid.error());
    return updateRow(m_db->connection(),
                     QStringLiteral("UPDATE purchase SET customer_id = ?, external_id = ?, ordered_on = ?,"
                                    " amount_cents = ?, currency = ?, quantity = ?, channel_id = ?, product_id = ?,"
                                    " updated_at = ? WHERE id = ?"),
                     {p.customerId, text(p.externalId.trimmed()), p.orderedOn.toString(Qt::ISODate), p.amount,
                      p.currency, p.quantity, nullableId(p.channelId), nullableId(p.productId), nowStored(), p.id},
                     tr("Saving the order"), tr("The order no longer exists."));
}

const QList<MergeField<Purchase>> &PurchaseRepository::mergeFields()
{
    using P = Purchase;
    static const QList<MergeField<P>> fields = [] {
        QList<MergeField<P>> list = {
            mergeField("ordered_on", &P::orderedOn),
            mergeField("product", &P::productId, &P::productName, &P::productSku, &P::category),
            mergeField("quantity", &P::quantity),
            // An amount means nothing without its currency: the two are one field.
            MergeField<P>{QStringLiteral("amount"),
                          [](const P &a, const P &b) { return a.amount == b.amount && a.currency == b.currency; },
                          [](P &into, const P &from) {
                              into.amount = from.amount;
                              into.currency = from.currency;
                          }},
            mergeField("channel", &P::channelId, &P::channelName),
            mergeField("external_id", &P::externalId),
        };
        MergeField<P> deleted{QStringLiteral("deleted_at"),
                              [](const P &a, const P &b) { return a.isDeleted() == b.isDeleted(); },
                              [](P &into, const P &from) { into.deletedAt = from.deletedAt; }, true};
        list.append(deleted);
        return list;
    }();
    return fields;
}

QString PurchaseRepository::fieldLabel(const QString &field)
{
    if (field == QLatin1String("ordered_on")) return tr("Day");
    if (field == QLatin1String("product")) return tr("Product");
    if (field == QLatin1String("quantity")) return tr("Quantity");
    if (field == QLatin1String("amount")) return tr("Amount");
    if (field == QLatin1String("channel")) return tr("Channel");
    if (field == QLatin1String("external_id")) return tr("Order id");
    if (field == QLatin1String("deleted_at")) return tr("Deleted");
    return field;
}

QString PurchaseRepository::fieldText(const Purchase &p, const QString &field)
{
    if (field == QLatin1String("ordered_on")) return QLocale().toString(p.orderedOn, QLocale::ShortFormat);
    if (field == QLatin1String("product")) {
        if (p.productId <= 0)
            return {};
        return p.productSku.isEmpty() ? p.productName : QStringLiteral("%1 (%2)").arg(p.productName, p.productSku);
    }
    if (field == QLatin1String("quantity")) return QLocale().toString(p.quantity);
    if (field == QLatin1String("amount")) return Money::format(p.amount, p.currency);
    if (field == QLatin1String("channel")) return p.channelId > 0 ? p.channelName : QString();
    if (field == QLatin1String("external_id")) return p.externalId;
    if (field == QLatin1String("deleted_at"))
        return p.isDeleted() ? tr("Deleted %1").arg(QLocale().toString(p.deletedAt.toLocalTime(), QLocale::ShortFormat))
                             : tr("Not deleted");
    return {};
}

Result<MergedSave<Purchase>> PurchaseRepository::update(const Purchase &yours, const Purchase &original,
                                               RecordConflict<Purchase> *conflict)
{
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving the order")));
    auto stored = get(yours.id);
    if (!stored) {
        if (stored.error().code == Error::Code::NotFound)
            return fail(Error::Code::NotFound, tr("The order is no longer in this database (its customer was erased "
                                                  "elsewhere since you opened it). Your changes were not saved."));
        return std::unexpected(stored.error());
    }
    // Compared as they are stored: the order id without spaces around it.
    Purchase mine = yours;
    mine.externalId = mine.externalId.trimmed();
    mine.customerId = stored->customerId;   // the dialog does not move an order; an import may have
    auto saved = mergeAndWrite(
        mergeFields(), original, mine, *stored, conflict, &fieldLabel,
        tr("The order was changed elsewhere since you opened it, and so were fields you changed: %1."),
        [&](const Purchase &merged) -> Result<void> {
            // Restored as chosen in a clash, or deleted again by undoing such a restore.
            if (stored->isDeleted() != merged.isDeleted()) {
                const QString now = nowStored();
                const QVariant deletedAt = merged.isDeleted() ? QVariant(now) : QVariant(QMetaType(QMetaType::QString));
                if (auto written = updateRow(m_db->connection(),
                                             QStringLiteral("UPDATE purchase SET deleted_at = ?, updated_at = ? WHERE id = ?"),
                                             {deletedAt, now, merged.id}, tr("Saving the order"),
                                             tr("The order no longer exists."));
                    !written)
                    return written;
            }
            return update(merged);
        });
    if (saved && !tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving the order")));
    return saved;
}

Result<void> PurchaseRepository::remove(qint64 id)
{
    const QString now = nowStored();
    return updateRow(m_db->connection(),
                     QStringLiteral("UPDATE purchase SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
                     {now, now, id}, tr("Deleting the order"), tr("The order no longer exists."));
}

Result<void> PurchaseRepository::restore(qint64 id)
{
    return updateRow(m_db->connection(),
                     QStringLiteral("UPDATE purchase SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL"),
                     {nowStored(), id}, tr("Restoring the order"), tr("The order is not deleted."));
}

Result<QList<Purchase>> PurchaseRepository::forCustomer(qint64 customerId, int limit) const
{
    QString sql = kSelectPurchase
        + QStringLiteral(" WHERE p.customer_id = ? AND p.deleted_at IS NULL ORDER BY p.ordered_on DESC, p.id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(customerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the orders")));
    QList<Purchase> list;
    while (q.next())
        list.append(readPurchase(q));
    return list;
}

Result<PurchaseTotals> PurchaseRepository::totals(qint64 customerId) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT currency, count(*), sum(amount_cents), min(ordered_on), max(ordered_on)"
                             " FROM purchase WHERE customer_id = ? AND deleted_at IS NULL GROUP BY currency"));
    q.addBindValue(customerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the orders")));
    PurchaseTotals t;
    while (q.next()) {
        t.count += q.value(1).toLongLong();
        t.revenue.insert(q.value(0).toString(), q.value(2).toLongLong());
        const QDate first = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        if (!t.first.isValid() || first < t.first)
            t.first = first;
        if (!t.last.isValid() || last > t.last)
            t.last = last;
    }
    return t;
}

Result<qint64> PurchaseRepository::count() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM purchase WHERE deleted_at IS NULL")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Counting the orders")));
    return q.value(0).toLongLong();
}

namespace {

const QString kSelectProduct = QStringLiteral(
    "SELECT id, uuid, sku, name, category, list_price_cents, currency, deleted_at IS NOT NULL FROM product");

Product readProduct(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.sku = q.value(2).toString();
    p.name = q.value(3).toString();
    p.category = q.value(4).toString();
    if (!q.value(5).isNull())
        p.listPrice = q.value(5).toLongLong();
    p.currency = q.value(6).toString();
    p.deleted = q.value(7).toBool();
    return p;
}

} // namespace

Result<QList<Product>> PurchaseRepository::products() const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelectProduct + QStringLiteral(" WHERE deleted_at IS NULL ORDER BY %1, id")
                                     .arg(phrases::orderIgnoringCase(m_db->dialect(), QStringLiteral("name")))))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the products")));
    QList<Product> list;
    while (q.next())
        list.append(readProduct(q));
    return list;
}

Result<Product> PurchaseRepository::product(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSelectProduct + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the product")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The product no longer exists."));
    return readProduct(q);
}

Result<qint64> PurchaseRepository::findProduct(const QString &skuOrName) const
{
    const QString key = skuOrName.simplified();
    if (key.isEmpty())
        return 0;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM product WHERE deleted_at IS NULL AND (sku = ? AND sku <> '')"
                             " UNION ALL SELECT * FROM (SELECT id FROM product WHERE deleted_at IS NULL"
                             " AND %1 ORDER BY id) AS by_name LIMIT 1")
                  .arg(phrases::equalsIgnoringCase(m_db->dialect(), QStringLiteral("name"))));
    q.addBindValue(key);
    q.addBindValue(key);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Finding the product")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> PurchaseRepository::ensureProduct(const QString &skuText, const QString &nameText,
                                                 const QString &categoryText)
{
    const QString sku = skuText.simplified();
    const QString name = nameText.simplified();
    if (sku.isEmpty() && name.isEmpty())
        return fail(Error::Code::Invalid, tr("A product needs a SKU or a name."));
    QSqlQuery q(m_db->connection());
    if (!sku.isEmpty()) {
        // The SKU is unique among all products, deleted ones too.
        q.prepare(QStringLiteral("SELECT id FROM product WHERE sku = ?"));
        q.addBindValue(sku);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM product WHERE %1 AND deleted_at IS NULL ORDER BY id LIMIT 1")
                      .arg(phrases::equalsIgnoringCase(m_db->dialect(), QStringLiteral("name"))));
        q.addBindValue(name);
    }
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Finding the product")));
    if (q.next())
        return q.value(0).toLongLong();
    QSqlQuery insert(m_db->connection());
    insert.prepare(QStringLiteral("INSERT INTO product (uuid, sku, name, category, created_at, updated_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = nowStored();
    // By SKU the same product on every replica (sync makes one of two laptops' offline products).
    insert.addBindValue(sku.isEmpty() ? newUuid() : keyUuid("product-sku", sku));
    insert.addBindValue(text(sku));
    insert.addBindValue(name.isEmpty() ? sku : name);
    insert.addBindValue(text(categoryText.simplified()));
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!insert.exec())
        return std::unexpected(Database::sqlError(insert.lastError(), tr("Adding the product")));
    return returnedId(insert);
}

Result<qint64> PurchaseRepository::transactions(const TransactionFilter &filter,
                                                const std::function<void(const value::Transaction &)> &sink,
                                                const std::atomic_bool *cancel) const
{
    sqlite3 *db = m_db->handle();
    if (!db)
        return fail(Error::Code::Database, tr("The database is not open."));
    QByteArray sql("SELECT customer_id, ordered_on, amount_cents, currency FROM purchase WHERE deleted_at IS NULL");
    if (!filter.currency.isEmpty())
        sql += " AND currency = ?1";
    if (filter.from.isValid())
        sql += " AND ordered_on >= ?2";
    if (filter.to.isValid())
        sql += " AND ordered_on <= ?3";
    // purchase_by_customer covers these columns and is in this order: a scan of the index alone.
    sql += " ORDER BY customer_id, ordered_on";
    // One snapshot however long the read takes (unless the caller holds a transaction already).
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction)
        execRaw(db, "BEGIN");
    struct EndRead
    {
        sqlite3 *db;
        bool own;
        ~EndRead()
        {
            if (own)
                execRaw(db, "COMMIT");
        }
    } endRead{db, ownTransaction};
    sqlite3_stmt *q = nullptr;
    auto dbFailed = [db] {
        return fail(Error::Code::Database, tr("Reading the orders: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) != SQLITE_OK)
        return dbFailed();
    struct Finalise
    {
        sqlite3_stmt *q;
        ~Finalise() { sqlite3_finalize(q); }
    } finalise{q};
    const QByteArray currency = filter.currency.toUtf8();
    const QByteArray from = filter.from.toString(Qt::ISODate).toUtf8();
    const QByteArray to = filter.to.toString(Qt::ISODate).toUtf8();
    if (!filter.currency.isEmpty())
        sqlite3_bind_text(q, 1, currency.constData(), int(currency.size()), SQLITE_STATIC);
    if (filter.from.isValid())
        sqlite3_bind_text(q, 2, from.constData(), int(from.size()), SQLITE_STATIC);
    if (filter.to.isValid())
        sqlite3_bind_text(q, 3, to.constData(), int(to.size()), SQLITE_STATIC);

    // Amounts to major units by the currency's digits, looked up when the currency changes; days
    // parsed once per distinct text (consecutive rows of a customer often share a day).
    QByteArray lastCurrency;
    double divisor = 100;
    QByteArray lastDayText;
    QDate lastDay;
    qint64 rows = 0;
    value::Transaction t;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        t.customer = sqlite3_column_int64(q, 0);
        const auto *day = sqlite3_column_text(q, 1);
        const int daySize = sqlite3_column_bytes(q, 1);
        if (daySize != lastDayText.size() || memcmp(day, lastDayText.constData(), std::size_t(daySize)) != 0) {
            lastDayText = QByteArray(reinterpret_cast<const char *>(day), daySize);
            lastDay = parseDay(day, daySize);
        }
        t.date = lastDay;
        const auto *code = sqlite3_column_text(q, 3);
        const int codeSize = sqlite3_column_bytes(q, 3);
        if (codeSize != lastCurrency.size() || memcmp(code, lastCurrency.constData(), std::size_t(codeSize)) != 0) {
            lastCurrency = QByteArray(reinterpret_cast<const char *>(code), codeSize);
            int digits = Money::minorDigits(QString::fromLatin1(lastCurrency));
            divisor = 1;
            for (digits = std::max(digits, 0); digits > 0; --digits)
                divisor *= 10;
        }
        t.amount = double(sqlite3_column_int64(q, 2)) / divisor;
        sink(t);
        ++rows;
        if (cancel && (rows & 0xFFFF) == 0 && cancel->load(std::memory_order_relaxed))
            return fail(Error::Code::Cancelled, tr("Reading the orders was cancelled."));
    }
    if (rc != SQLITE_DONE)
        return dbFailed();
    return rows;
}

Result<std::vector<value::Transaction>> PurchaseRepository::transactions(const TransactionFilter &filter) const
{
    std::vector<value::Transaction> list;
    auto read = transactions(filter, [&list](const value::Transaction &t) { list.push_back(t); });
    if (!read)
        return std::unexpected(read.error());
    return list;
}

} // namespace relatio
