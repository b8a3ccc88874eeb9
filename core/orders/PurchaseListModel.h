// The orders of one customer for the customer card, newest first, with their totals; kept up to
// date order by order (insert, move, remove, dataChanged), never reset except for another customer.
#pragma once

#include "interactions/RecordTableModel.h"
#include "orders/Purchase.h"
#include "store/Database.h"
#include "util/Result.h"

namespace relatio {

class PurchaseListModel : public RecordTableModel<Purchase>
{
    Q_OBJECT

public:
    enum Column { OrderedOn, OrderId, Product, Category, Channel, Quantity, Amount, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit PurchaseListModel(DatabasePtr db, QObject *parent = nullptr);

    // Reads the customer's orders (0 = none).
    Result<void> setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reads one order again after it was added, changed, deleted or restored.
    Result<void> refresh(qint64 purchaseId);
    // The totals of the rows shown.
    PurchaseTotals totals() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void totalsChanged();

protected:
    bool comesBefore(const Purchase &a, const Purchase &b) const override;

private:
    DatabasePtr m_db;
    qint64 m_customerId = 0;
};

} // namespace relatio
