// A customer's price for a product on a day: the first applicable price rule (see PriceRule.h
// for the order), else the list price.
#pragma once

#include "value/PriceRule.h"

#include <QCoreApplication>

namespace relatio {

struct ProductInfo
{
    qint64 id = 0;
    QString sku;
    QString name;
    QString category;
    std::optional<qint64> listPriceCents;
    QString currency;
};

struct PriceQuote
{
    ProductInfo product;
    std::optional<qint64> priceCents;   // nullopt: neither a list price nor a rule gives one
    QString currency;
    std::optional<PriceRule> rule;      // the rule applied; nullopt = the list price

    bool isDiscounted() const { return rule.has_value(); }
};

// What the rules look at for one customer.
struct PricingCustomer
{
    std::optional<int> segment;   // customer_value.segment; nullopt without a row
    std::optional<int> clvTier;
    qint64 personaId = 0;
};

class Pricing
{
    Q_DECLARE_TR_FUNCTIONS(Pricing)

public:
    explicit Pricing(DatabasePtr db);

    Result<PriceQuote> priceFor(qint64 customerId, qint64 productId, QDate day = QDate::currentDate()) const;
    // Several products at once for one customer (the customer's facts and the rules read once).
    Result<QList<PriceQuote>> pricesFor(qint64 customerId, const QList<qint64> &productIds,
                                        QDate day = QDate::currentDate()) const;
    Result<PricingCustomer> customerFacts(qint64 customerId) const;
    Result<ProductInfo> product(qint64 productId) const;
    // Live products by name (for pickers), at most limit.
    Result<QList<ProductInfo>> products(int limit = 5000) const;
    // The products a customer bought most (by purchase lines, then latest), at most limit.
    Result<QList<qint64>> mostBought(qint64 customerId, int limit = 5) const;

    // The pure rule: rules in any order; the quote for the product.
    static PriceQuote quote(const QList<PriceRule> &rules, const ProductInfo &product, const PricingCustomer &customer,
                            QDate day);
    // The price a rule gives for a product, if it can give one (see PriceRule.h).
    static std::optional<qint64> ruleAppliedPrice(const PriceRule &rule, const ProductInfo &product);

private:
    DatabasePtr m_db;
};

} // namespace relatio
