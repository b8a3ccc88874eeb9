// The customer card's orders.
#include "orders/PurchaseListModel.h"

#include "orders/Money.h"
#include "orders/PurchaseRepository.h"

#include <QLocale>

namespace relatio {

PurchaseListModel::PurchaseListModel(DatabasePtr db, QObject *parent)
    : RecordTableModel<Purchase>(parent)
    , m_db(std::move(db))
{
}

Result<void> PurchaseListModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    QList<Purchase> list;
    if (customerId > 0) {
        auto read = PurchaseRepository(m_db).forCustomer(customerId);
        if (!read) {
            resetRecords({});
            emit totalsChanged();
            return std::unexpected(read.error());
        }
        list = std::move(*read);
    }
    resetRecords(std::move(list));
    emit totalsChanged();
    return {};
}

Result<void> PurchaseListModel::refresh(qint64 purchaseId)
{
    std::optional<Purchase> fresh;
    auto read = PurchaseRepository(m_db).get(purchaseId);
    if (read) {
        if (!read->isDeleted() && read->customerId == m_customerId)
            fresh = *read;
    } else if (read.error().code != Error::Code::NotFound) {
        return std::unexpected(read.error());
    }
    placeRecord(purchaseId, fresh);
    emit totalsChanged();
    return {};
}

PurchaseTotals PurchaseListModel::totals() const
{
    PurchaseTotals t;
    for (const Purchase &p : m_records) {
        ++t.count;
        t.revenue[p.currency] += p.amount;
        if (!t.first.isValid() || p.orderedOn < t.first)
            t.first = p.orderedOn;
        if (!t.last.isValid() || p.orderedOn > t.last)
            t.last = p.orderedOn;
    }
    return t;
}

int PurchaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Purchase &p = m_records.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Quantity || index.column() == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Product && !p.productSku.isEmpty())
        return tr("SKU %1").arg(p.productSku);
    if (role == SortRole) {
        switch (index.column()) {
        case OrderedOn: return p.orderedOn;
        case Quantity: return p.quantity;
        case Amount: return p.amount;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case OrderedOn: return locale.toString(p.orderedOn, QLocale::ShortFormat);
    case OrderId: return p.externalId;
    case Product: return p.productName;
    case Category: return p.category;
    case Channel: return p.channelName;
    case Quantity: return locale.toString(p.quantity);
    case Amount: return Money::format(p.amount, p.currency, locale);
    default: return {};
    }
}

QVariant PurchaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderedOn: return tr("Date");
    case OrderId: return tr("Order");
    case Product: return tr("Product");
    case Category: return tr("Category");
    case Channel: return tr("Channel");
    case Quantity: return tr("Qty", "quantity, as a short column title");
    case Amount: return tr("Amount");
    default: return {};
    }
}

bool PurchaseListModel::comesBefore(const Purchase &a, const Purchase &b) const
{
    if (a.orderedOn != b.orderedOn)
        return a.orderedOn > b.orderedOn;
    return a.id > b.id;
}

} // namespace relatio
