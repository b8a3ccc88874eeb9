// "Customers who bought this also bought": per product pair, how many customers bought both, and
// suggestions for a customer from the products they bought.
//
// The table (co_purchase) is derived and rebuilt as a whole from the live purchases:
//  - Each customer counts once per product (a product bought ten times is one purchase of it).
//  - Only customers with at most maxProducts (50) distinct products make pairs: a customer with
//    n products makes n(n−1)/2 pairs, so a few wholesale buyers with thousands of products would
//    cost more than all the others together and say little about what goes together.
//  - The diagonal row (product_id = other_id) holds the product's buyers among those customers:
//    the popularity the scores are normalised by.
//  - Pairs are stored both ways (a, b) and (b, a), so the partners of a product are one range.
//
// Scores: the cosine similarity of two products' buyer sets, co(a, b) / √(n(a)·n(b)) — how much
// more often they go together than their popularity alone would make them. A customer's
// suggestion score for a product they did not buy is the sum of its cosines with the products
// they bought: "customers who bought what you bought also bought this", without the best sellers
// crowding out everything else.
#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>

struct sqlite3;

namespace relatio {

struct CoPurchaseStats
{
    qint64 customers = 0;          // customers with products
    qint64 customersSkipped = 0;   // with more than maxProducts distinct products
    qint64 products = 0;           // products with buyers among the customers counted
    qint64 pairs = 0;              // product pairs bought together (stored twice)
    qint64 milliseconds = 0;
};

struct ProductSuggestion
{
    qint64 productId = 0;
    QString name;
    QString category;
    double score = 0;              // see the top of this file
    qint64 customers = 0;          // the most customers it was bought together with one product
    qint64 becauseOfId = 0;        // the customer's product it goes with best
    QString becauseOfName;
};

class CoPurchase
{
    Q_DECLARE_TR_FUNCTIONS(CoPurchase)

public:
    static constexpr int kMaxProducts = 50;

    // Rewrites co_purchase in one transaction on this connection (nothing changes on failure or
    // cancel). Reads the purchases in customer order through purchase_by_customer, so memory is
    // one customer's products plus the pair counts.
    static Result<CoPurchaseStats> rebuild(sqlite3 *db, const std::atomic_bool *cancel = nullptr,
                                           int maxProducts = kMaxProducts);
    static Result<CoPurchaseStats> rebuild(const DatabasePtr &db, const std::atomic_bool *cancel = nullptr,
                                           int maxProducts = kMaxProducts);

    // Products to suggest to a customer, best first, leaving out what they bought and deleted
    // products.
    static Result<QList<ProductSuggestion>> suggestionsFor(const DatabasePtr &db, qint64 customerId, int limit = 5);
    // The products bought most often together with one product, best cosine first.
    static Result<QList<ProductSuggestion>> alsoBought(const DatabasePtr &db, qint64 productId, int limit = 5);
    // True when co_purchase holds anything (the analysis has run since there were purchases).
    static Result<bool> isBuilt(const DatabasePtr &db);
};

} // namespace relatio
