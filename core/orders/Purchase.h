// Orders (transactions) of customers, and the products they buy.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace relatio {

struct Product
{
    qint64 id = 0;
    QString uuid;
    QString sku;                       // the product's code in other systems; empty when it has none
    QString name;
    QString category;
    std::optional<qint64> listPrice;   // in minor units of currency; nullopt = no list price
    QString currency;                  // ISO 4217; empty when there is no list price
    bool deleted = false;

    // "Name (SKU)" or the name alone.
    QString displayName() const;
};

// One order line of a customer. A negative amount is a refund or a return (its quantity negative
// too, as a rule): it lowers the customer's revenue and that day's value in the analyses.
struct Purchase
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    QString externalId;                // the order's id in another system; empty when unknown
    QDate orderedOn;                   // the local calendar day of the purchase
    qint64 amount = 0;                 // the line total in minor units (cents) of currency
    QString currency;                  // ISO 4217, upper case
    int quantity = 1;                  // never 0; negative for a return
    qint64 channelId = 0;              // 0 = not known
    qint64 productId = 0;              // 0 = no product recorded
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    // Read-only, filled by queries that join them.
    QString productName;
    QString productSku;
    QString category;
    QString channelName;

    bool isDeleted() const { return deletedAt.isValid(); }
};

// What a customer bought, in short.
struct PurchaseTotals
{
    qint64 count = 0;                  // live order lines
    QMap<QString, qint64> revenue;     // per currency, in minor units (refunds subtracted)
    QDate first;
    QDate last;
};

} // namespace relatio
