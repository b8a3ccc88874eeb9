// A customer's price for a product.
#include "value/Pricing.h"

#include "value/Persona.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace relatio {

namespace {

bool ruleMatches(const PriceRule &r, const ProductInfo &product, const PricingCustomer &customer, QDate day)
{
    if (r.deleted)
        return false;
    switch (r.scope()) {
    case PriceRule::Scope::Product:
        if (r.productId != product.id)
            return false;
        break;
    case PriceRule::Scope::Category:
        if (r.category.compare(product.category, Qt::CaseInsensitive) != 0)
            return false;
        break;
    case PriceRule::Scope::AllProducts:
        break;
    }
    if (r.segment && r.segment != customer.segment)
        return false;
    if (r.clvTier && r.clvTier != customer.clvTier)
        return false;
    if (r.personaId > 0 && r.personaId != customer.personaId)
        return false;
    if (r.validFrom.isValid() && day < r.validFrom)
        return false;
    if (r.validTo.isValid() && day > r.validTo)
        return false;
    return true;
}

} // namespace

Pricing::Pricing(DatabasePtr db)
    : m_db(std::move(db))
{
}

std::optional<qint64> Pricing::ruleAppliedPrice(const PriceRule &rule, const ProductInfo &product)
{
    if (rule.priceCents) {
        // A set price in another currency than the product's is no price for it.
        if (!product.currency.isEmpty() && rule.currency.compare(product.currency, Qt::CaseInsensitive) != 0)
            return std::nullopt;
        return *rule.priceCents;
    }
    if (rule.discountPercent && product.listPriceCents)
        return qint64(std::llround(double(*product.listPriceCents) * (100.0 - *rule.discountPercent) / 100.0));
    return std::nullopt;
}

PriceQuote Pricing::quote(const QList<PriceRule> &rules, const ProductInfo &product, const PricingCustomer &customer,
                          QDate day)
{
    QList<const PriceRule *> ordered;
    for (const PriceRule &r : rules)
        ordered.append(&r);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const PriceRule *a, const PriceRule *b) { return PriceRuleRepository::triedBefore(*a, *b); });
    PriceQuote q;
    q.product = product;
    q.currency = product.currency;
    q.priceCents = product.listPriceCents;
    for (const PriceRule *r : std::as_const(ordered)) {
        if (!ruleMatches(*r, product, customer, day))
            continue;
        if (const auto price = ruleAppliedPrice(*r, product)) {
            q.priceCents = price;
            if (q.currency.isEmpty())
                q.currency = r->currency;
            q.rule = *r;
            break;
        }
    }
    return q;
}

Result<PricingCustomer> Pricing::customerFacts(qint64 customerId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT v.segment, v.clv_tier FROM customer c"
                             " LEFT JOIN customer_value v ON v.customer_id = c.id WHERE c.id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the customer's value")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The customer no longer exists."));
    PricingCustomer c;
    if (!q.value(0).isNull())
        c.segment = q.value(0).toInt();
    if (!q.value(1).isNull())
        c.clvTier = q.value(1).toInt();
    const auto persona = PersonaRepository(m_db).personaFor(customerId);
    if (!persona)
        return std::unexpected(persona.error());
    c.personaId = *persona ? (*persona)->id : 0;
    return c;
}

Result<ProductInfo> Pricing::product(qint64 productId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, sku, name, category, list_price_cents, currency FROM product"
                             " WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(productId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the product")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The product no longer exists."));
    ProductInfo p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.name = q.value(2).toString();
    p.category = q.value(3).toString();
    if (!q.value(4).isNull())
        p.listPriceCents = q.value(4).toLongLong();
    p.currency = q.value(5).toString();
    return p;
}

Result<QList<ProductInfo>> Pricing::products(int limit) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, sku, name, category, list_price_cents, currency FROM product"
                             " WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the products")));
    QList<ProductInfo> list;
    while (q.next()) {
        ProductInfo p;
        p.id = q.value(0).toLongLong();
        p.sku = q.value(1).toString();
        p.name = q.value(2).toString();
        p.category = q.value(3).toString();
        if (!q.value(4).isNull())
            p.listPriceCents = q.value(4).toLongLong();
        p.currency = q.value(5).toString();
        list.append(p);
    }
    return list;
}

Result<QList<qint64>> Pricing::mostBought(qint64 customerId, int limit) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.product_id FROM purchase p JOIN product d ON d.id = p.product_id"
                             " AND d.deleted_at IS NULL WHERE p.customer_id = ? AND p.deleted_at IS NULL"
                             " GROUP BY p.product_id ORDER BY count(*) DESC, max(p.ordered_on) DESC, p.product_id"
                             " LIMIT ?"));
    q.addBindValue(customerId);
    q.addBindValue(limit);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the customer's purchases")));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<PriceQuote>> Pricing::pricesFor(qint64 customerId, const QList<qint64> &productIds, QDate day) const
{
    const auto customer = customerFacts(customerId);
    if (!customer)
        return std::unexpected(customer.error());
    const auto rules = PriceRuleRepository(m_db).rules();
    if (!rules)
        return std::unexpected(rules.error());
    QList<PriceQuote> quotes;
    for (qint64 id : productIds) {
        const auto p = product(id);
        if (!p)
            return std::unexpected(p.error());
        quotes.append(quote(*rules, *p, *customer, day));
    }
    return quotes;
}

Result<PriceQuote> Pricing::priceFor(qint64 customerId, qint64 productId, QDate day) const
{
    const auto quotes = pricesFor(customerId, {productId}, day);
    if (!quotes)
        return std::unexpected(quotes.error());
    return quotes->constFirst();
}

} // namespace relatio
