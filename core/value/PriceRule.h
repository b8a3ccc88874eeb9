// Price rules: individual prices for customers of a segment, a CLV tier or a persona, on one
// product, a category or everything, as a discount off the list price or a set price.
//
// Which rule gives a customer's price (Pricing::priceFor): of the live rules that apply, the one
// with the lowest priority number (1 before 2); at equal priority the more specific one (a product
// rule before a category rule before an all-products rule); then the rule with more customer
// conditions (segment, CLV tier, persona); then the oldest. A rule applies when its product or
// category matches, each of its customer conditions holds (empty = any), the day lies in its
// validity (open ends allowed), and it can give a price: a discount needs a list price, a set
// price must be in the product's currency. No rule applies: the list price.
#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace relatio {

struct PriceRule
{
    enum class Scope { AllProducts, Category, Product };

    qint64 id = 0;
    QString uuid;
    QString name;
    int priority = 0;
    qint64 productId = 0;                   // a product rule when > 0
    QString category;                       // a category rule when not empty (and no product)
    std::optional<int> segment;             // 1 … 10; nullopt = any
    std::optional<int> clvTier;             // 1 … 4; nullopt = any
    qint64 personaId = 0;                   // 0 = any
    std::optional<double> discountPercent;  // exactly one of discountPercent and priceCents
    std::optional<qint64> priceCents;
    QString currency;                       // of priceCents
    QDate validFrom;                        // invalid = open
    QDate validTo;
    bool deleted = false;
    // Filled when read, for display.
    QString productName;
    QString personaName;

    Scope scope() const
    {
        return productId > 0 ? Scope::Product : category.isEmpty() ? Scope::AllProducts : Scope::Category;
    }
    int conditionCount() const { return int(segment.has_value()) + int(clvTier.has_value()) + int(personaId > 0); }
};

class PriceRuleRepository
{
    Q_DECLARE_TR_FUNCTIONS(PriceRuleRepository)

public:
    explicit PriceRuleRepository(DatabasePtr db);

    // Rules in the order they are tried (see the top of this file); deleted ones last if asked.
    Result<QList<PriceRule>> rules(bool includeDeleted = false) const;
    Result<PriceRule> rule(qint64 id) const;
    Result<void> validate(const PriceRule &rule) const;
    Result<qint64> add(const PriceRule &rule);
    Result<void> update(const PriceRule &rule);
    Result<void> remove(qint64 id);
    Result<void> restore(qint64 id);
    // Product categories in use, for pickers.
    Result<QStringList> categories() const;

    // True when a comes before b in the order rules are tried.
    static bool triedBefore(const PriceRule &a, const PriceRule &b);

private:
    DatabasePtr m_db;
};

} // namespace relatio
