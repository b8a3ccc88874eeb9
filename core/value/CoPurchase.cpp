// Co-purchase counts and the suggestions drawn from them.
#include "value/CoPurchase.h"

#include "store/Statement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace relatio {

namespace {

constexpr qint64 kMaxId = 0xFFFFFFFFLL;

// Rolls back unless committed.
class RawTransaction
{
public:
    explicit RawTransaction(sqlite3 *db)
        : m_db(db)
    {
        m_open = execRaw(db, "BEGIN IMMEDIATE", &m_error);
    }
    ~RawTransaction()
    {
        if (m_open)
            execRaw(m_db, "ROLLBACK");
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    bool commit()
    {
        if (!execRaw(m_db, "COMMIT", &m_error))
            return false;
        m_open = false;
        return true;
    }

private:
    sqlite3 *m_db;
    bool m_open = false;
    QString m_error;
};

struct Row
{
    quint32 product;
    quint32 other;
    quint32 customers;
};

bool isBusy(const QString &message)
{
    return message.contains(QLatin1String("locked")) || message.contains(QLatin1String("busy"));
}

} // namespace

Result<CoPurchaseStats> CoPurchase::rebuild(const DatabasePtr &db, const std::atomic_bool *cancel, int maxProducts)
{
    return rebuild(db->handle(), cancel, maxProducts);
}

Result<CoPurchaseStats> CoPurchase::rebuild(sqlite3 *db, const std::atomic_bool *cancel, int maxProducts)
{
    QElapsedTimer timer;
    timer.start();
    const auto failed = [](const QString &what, const QString &message) {
        return std::unexpected(Error{isBusy(message) ? Error::Code::Busy : Error::Code::Database,
                                     tr("%1: %2").arg(what, message), {}, 0, 0});
    };
    const auto cancelled = [cancel]() { return cancel && cancel->load(); };
    RawTransaction tx(db);
    if (!tx.isOpen())
        return failed(tr("Counting the products bought together"), tx.error());

    CoPurchaseStats stats;
    std::unordered_map<quint64, quint32> pairs;
    std::unordered_map<quint32, quint32> buyers;
    {
        Statement scan(db, "SELECT customer_id, product_id FROM purchase INDEXED BY purchase_by_customer"
                           " WHERE deleted_at IS NULL AND product_id IS NOT NULL ORDER BY customer_id");
        if (!scan.isValid())
            return failed(tr("Reading the purchases"), scan.errorMessage());
        std::vector<quint32> products;
        qint64 current = -1;
        auto flush = [&]() {
            if (products.empty())
                return;
            std::sort(products.begin(), products.end());
            products.erase(std::unique(products.begin(), products.end()), products.end());
            ++stats.customers;
            if (maxProducts > 0 && qsizetype(products.size()) > maxProducts) {
                ++stats.customersSkipped;
            } else {
                for (size_t i = 0; i < products.size(); ++i) {
                    ++buyers[products[i]];
                    for (size_t j = i + 1; j < products.size(); ++j)
                        ++pairs[(quint64(products[i]) << 32) | products[j]];
                }
            }
            products.clear();
        };
        qint64 rows = 0;
        while (scan.step()) {
            if ((++rows & 0xFFFF) == 0 && cancelled())
                return std::unexpected(Error{Error::Code::Cancelled, tr("Counting the products bought together was cancelled."), {}, 0, 0});
            const qint64 customer = scan.int64(0);
            const qint64 product = scan.int64(1);
            if (product <= 0 || product > kMaxId)
                return std::unexpected(Error{Error::Code::Invalid,
                                             tr("Purchase of customer %1 names product id %2, beyond what the co-purchase "
                                                "counts hold (1 to %3).").arg(customer).arg(product).arg(kMaxId),
                                             {}, 0, 0});
            if (customer != current) {
                flush();
                current = customer;
            }
            products.push_back(quint32(product));
        }
        if (scan.failed())
            return failed(tr("Reading the purchases"), scan.errorMessage());
        flush();
    }
    if (cancelled())
        return std::unexpected(Error{Error::Code::Cancelled, tr("Counting the products bought together was cancelled."), {}, 0, 0});

    std::vector<Row> rows;
    rows.reserve(pairs.size() * 2 + buyers.size());
    for (const auto &[key, n] : pairs) {
        const auto a = quint32(key >> 32);
        const auto b = quint32(key & 0xFFFFFFFFu);
        rows.push_back({a, b, n});
        rows.push_back({b, a, n});
    }
    for (const auto &[product, n] : buyers)
        rows.push_back({product, product, n});
    stats.pairs = qint64(pairs.size());
    stats.products = qint64(buyers.size());
    pairs.clear();
    // In primary-key order, so the inserts append to the table's b-tree.
    std::sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) {
        return x.product != y.product ? x.product < y.product : x.other < y.other;
    });

    QString error;
    if (!execRaw(db, "DELETE FROM co_purchase", &error))
        return failed(tr("Clearing the old co-purchase counts"), error);
    Statement insert(db, "INSERT INTO co_purchase (product_id, other_id, customers) VALUES (?, ?, ?)");
    if (!insert.isValid())
        return failed(tr("Writing the co-purchase counts"), insert.errorMessage());
    qint64 written = 0;
    for (const Row &r : rows) {
        if ((++written & 0xFFFF) == 0 && cancelled())
            return std::unexpected(Error{Error::Code::Cancelled, tr("Counting the products bought together was cancelled."), {}, 0, 0});
        insert.reset();
        insert.bind(1, qint64(r.product));
        insert.bind(2, qint64(r.other));
        insert.bind(3, qint64(r.customers));
        insert.step();
        if (insert.failed())
            return failed(tr("Writing the co-purchase counts"), insert.errorMessage());
    }
    if (!tx.commit())
        return failed(tr("Writing the co-purchase counts"), tx.error());
    stats.milliseconds = timer.elapsed();
    return stats;
}

namespace {

struct Candidate
{
    double score = 0;
    double bestContribution = 0;
    qint64 becauseOf = 0;
    qint64 customers = 0;
};

// Names and categories of the live products among ids; deleted ones are left out.
Result<QHash<qint64, QPair<QString, QString>>> productNames(const DatabasePtr &db, const QList<qint64> &ids)
{
    QHash<qint64, QPair<QString, QString>> names;
    if (ids.isEmpty())
        return names;
    QStringList list;
    for (qint64 id : ids)
        list.append(QString::number(id));
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, category FROM product WHERE deleted_at IS NULL AND id IN (%1)")
                    .arg(list.join(QLatin1Char(',')))))
        return std::unexpected(Database::sqlError(q.lastError(), CoPurchase::tr("Reading the products")));
    while (q.next())
        names.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    return names;
}

// Adds the cosine-weighted partners of product to the candidates.
Result<void> addPartners(const DatabasePtr &db, qint64 product, QHash<qint64, Candidate> &candidates)
{
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.other_id, c.customers, d.customers, self.customers FROM co_purchase c"
                             " JOIN co_purchase d ON d.product_id = c.other_id AND d.other_id = c.other_id"
                             " JOIN co_purchase self ON self.product_id = c.product_id AND self.other_id = c.product_id"
                             " WHERE c.product_id = ? AND c.other_id <> c.product_id"));
    q.addBindValue(product);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), CoPurchase::tr("Reading the products bought together")));
    while (q.next()) {
        const qint64 other = q.value(0).toLongLong();
        const qint64 together = q.value(1).toLongLong();
        const double popularity = q.value(2).toDouble() * q.value(3).toDouble();
        if (popularity <= 0)
            continue;
        const double cosine = double(together) / std::sqrt(popularity);
        Candidate &c = candidates[other];
        c.score += cosine;
        if (cosine > c.bestContribution) {
            c.bestContribution = cosine;
            c.becauseOf = product;
        }
        c.customers = std::max(c.customers, together);
    }
    return {};
}

Result<QList<ProductSuggestion>> rank(const DatabasePtr &db, const QHash<qint64, Candidate> &candidates, int limit)
{
    QList<qint64> ids = candidates.keys();
    std::sort(ids.begin(), ids.end(), [&candidates](qint64 a, qint64 b) {
        const Candidate &x = candidates[a];
        const Candidate &y = candidates[b];
        if (x.score != y.score)
            return x.score > y.score;
        if (x.customers != y.customers)
            return x.customers > y.customers;
        return a < b;
    });
    // A few more than asked, in case some are deleted products.
    QList<qint64> wanted = ids.mid(0, limit * 2 + 10);
    QList<qint64> lookup = wanted;
    for (qint64 id : std::as_const(wanted))
        lookup.append(candidates[id].becauseOf);
    const auto names = productNames(db, lookup);
    if (!names)
        return std::unexpected(names.error());
    QList<ProductSuggestion> list;
    for (qint64 id : std::as_const(wanted)) {
        if (list.size() >= limit)
            break;
        if (!names->contains(id))
            continue;
        const Candidate &c = candidates[id];
        ProductSuggestion s;
        s.productId = id;
        s.name = names->value(id).first;
        s.category = names->value(id).second;
        s.score = c.score;
        s.customers = c.customers;
        s.becauseOfId = c.becauseOf;
        s.becauseOfName = names->value(c.becauseOf).first;
        list.append(s);
    }
    return list;
}

} // namespace

Result<QList<ProductSuggestion>> CoPurchase::suggestionsFor(const DatabasePtr &db, qint64 customerId, int limit)
{
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT product_id FROM purchase WHERE customer_id = ? AND deleted_at IS NULL"
                             " AND product_id IS NOT NULL"));
    q.addBindValue(customerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the customer's purchases")));
    QList<qint64> mine;
    while (q.next())
        mine.append(q.value(0).toLongLong());
    QHash<qint64, Candidate> candidates;
    for (qint64 product : std::as_const(mine))
        if (auto added = addPartners(db, product, candidates); !added)
            return std::unexpected(added.error());
    for (qint64 product : std::as_const(mine))
        candidates.remove(product);
    return rank(db, candidates, limit);
}

Result<QList<ProductSuggestion>> CoPurchase::alsoBought(const DatabasePtr &db, qint64 productId, int limit)
{
    QHash<qint64, Candidate> candidates;
    if (auto added = addPartners(db, productId, candidates); !added)
        return std::unexpected(added.error());
    return rank(db, candidates, limit);
}

Result<bool> CoPurchase::isBuilt(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM co_purchase)")) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the co-purchase counts")));
    return q.value(0).toBool();
}

} // namespace relatio
