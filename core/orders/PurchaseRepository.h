// Reading and writing orders (purchases) and products. Every write goes through here, so time
// stamps and tombstones stay right; the value analysis reads all orders through transactions().
#pragma once

#include "orders/Purchase.h"
#include "store/Database.h"
#include "util/Result.h"
#include "util/ThreeWay.h"
#include "value/CustomerSummary.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>
#include <vector>

namespace relatio {

// Which orders transactions() reads.
struct TransactionFilter
{
    QString currency;   // only orders in this currency; empty = every currency (amounts as they are)
    QDate from;         // ordered on or after this day; invalid = no limit
    QDate to;           // … and on or before this day; invalid = no limit
};

class PurchaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseRepository)

public:
    explicit PurchaseRepository(DatabasePtr db);

    // Checks an order before it is stored: customer, day, amount, currency, quantity, channel, product.
    Result<void> validate(const Purchase &purchase) const;
    Result<Purchase> get(qint64 id) const;
    // Stores a new order (a uuid is made unless given); returns its id.
    Result<qint64> create(const Purchase &purchase);
    Result<void> update(const Purchase &purchase);
    // Saves yours, an edit of original (the order as the dialog read it), against what is stored
    // now, in one transaction: fields changed elsewhere since and not by you keep that change; a
    // field both changed differently stops the save (Error::Code::Conflict, conflict filled, nothing
    // written). Returns the state it overwrote and the fields taken from the other change.
    Result<MergedSave<Purchase>> update(const Purchase &yours, const Purchase &original, RecordConflict<Purchase> *conflict);
    // The fields that save merges, and how people read them.
    static const QList<MergeField<Purchase>> &mergeFields();
    static QString fieldLabel(const QString &field);
    static QString fieldText(const Purchase &purchase, const QString &field);
    // Tombstones it (it leaves the card, the totals and the analyses); restore() brings it back.
    Result<void> remove(qint64 id);
    Result<void> restore(qint64 id);

    // A customer's live orders, newest first (by day, then the latest entered first).
    Result<QList<Purchase>> forCustomer(qint64 customerId, int limit = 0) const;
    Result<PurchaseTotals> totals(qint64 customerId) const;
    // Live orders in the whole store.
    Result<qint64> count() const;

    // Products, live ones by name.
    Result<QList<Product>> products() const;
    Result<Product> product(qint64 id) const;
    // A live product by its SKU (exact) or else its name (case ignored); 0 when there is none.
    Result<qint64> findProduct(const QString &skuOrName) const;
    // The product a SKU or name stands for, added when there is none yet (with the category given).
    // At least one of sku and name is needed.
    Result<qint64> ensureProduct(const QString &sku, const QString &name, const QString &category = {});

    // Every live order as a transaction of the value analysis: customer row id, day, and the amount
    // in major units of its currency. Rows come grouped by customer (ascending row id), each
    // customer's by day, from a scan of the covering index purchase_by_customer. One read
    // transaction and raw SQLite with integer cents and hand-parsed days: ten million rows in a
    // few seconds. Returns the rows passed to sink; stops with Error::Cancelled when cancel
    // turns true. Call it on the thread whose connection it should use (a worker, for the GUI).
    Result<qint64> transactions(const TransactionFilter &filter,
                                const std::function<void(const value::Transaction &)> &sink,
                                const std::atomic_bool *cancel = nullptr) const;
    // The same, collected.
    Result<std::vector<value::Transaction>> transactions(const TransactionFilter &filter = {}) const;

private:
    DatabasePtr m_db;
};

} // namespace relatio
