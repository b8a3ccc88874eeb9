// Criteria → ordered ids. The sort order is read once from its index and cached; each filter and
// the search text each give a set of ids (a bitset), and the result is the cached order filtered
// by those sets. This costs a few milliseconds for typical searches at a million records, and
// never a sort of the whole table.
#include "customers/CustomerQuery.h"

#include "store/Statement.h"

#include <QRegularExpression>

#include <sqlite3.h>

namespace relatio {

QString ftsMatchExpression(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};

    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 ()./-]*$"));
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits;
        for (const QChar c : trimmed)
            if (c.isDigit())
                digits.append(c);
        if (digits.size() >= 3)
            return QStringLiteral("\"%1\"*").arg(digits);
    }

    // Split where unicode61 splits: anything that is not a letter or a digit.
    QStringList terms;
    QString current;
    auto flush = [&]() {
        if (!current.isEmpty())
            terms.append(QStringLiteral("\"%1\"*").arg(current));
        current.clear();
    };
    for (const QChar c : trimmed) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            current.append(c);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

CustomerIdResolver::CustomerIdResolver(DatabasePtr db)
    : m_db(std::move(db))
{
}

std::pair<qint64, qint64> CustomerIdResolver::changeStamp()
{
    // data_version moves when another connection commits; total_changes counts this connection's.
    sqlite3 *h = m_db->handle();
    qint64 version = -1;
    Statement q(h, "PRAGMA data_version");
    if (q.step())
        version = q.int64(0);
    return {version, sqlite3_total_changes64(h)};
}

Result<const std::vector<qint64> *> CustomerIdResolver::baseOrder(CustomerSort sort, bool deleted)
{
    const auto stamp = changeStamp();
    if (stamp != m_cacheStamp) {
        m_baseOrders.clear();
        m_cacheStamp = stamp;
    }
    const auto key = std::make_pair(int(sort), deleted);
    if (auto it = m_baseOrders.find(key); it != m_baseOrders.end())
        return &it->second;

    sqlite3 *h = m_db->handle();
    if (!h)
        return fail(Error::Code::Database, QStringLiteral("no database connection"));
    std::vector<qint64> ids;
    const char *where = deleted ? "deleted_at IS NOT NULL" : "deleted_at IS NULL";

    auto scan = [&](const QByteArray &sql, std::optional<qint64> parameter) -> Result<void> {
        Statement q(h, sql.constData());
        if (!q.isValid())
            return fail(Error::Code::Database, q.errorMessage());
        if (parameter)
            q.bind(1, *parameter);
        while (q.step())
            ids.push_back(q.int64(0));
        if (q.failed())
            return fail(Error::Code::Database, q.errorMessage());
        return {};
    };

    Result<void> scanned;
    if (sort == CustomerSort::Owner) {
        // By owner name: no owner first, then each owner's customers by name, each from the index.
        scanned = scan(QByteArray("SELECT id FROM customer WHERE ") + where
                           + " AND owner_id IS NULL ORDER BY sort_name, id",
                       std::nullopt);
        Statement owners(h, "SELECT id FROM owner ORDER BY name COLLATE NOCASE, id");
        std::vector<qint64> ownerIds;
        while (owners.step())
            ownerIds.push_back(owners.int64(0));
        for (qint64 owner : ownerIds) {
            if (!scanned)
                break;
            scanned = scan(QByteArray("SELECT id FROM customer WHERE ") + where
                               + " AND owner_id = ? ORDER BY sort_name, id",
                           owner);
        }
    } else {
        const char *order = "sort_name, id";
        switch (sort) {
        case CustomerSort::Name: order = "sort_name, id"; break;
        case CustomerSort::Organisation: order = "org_sort, sort_name, id"; break;
        case CustomerSort::Email: order = "email COLLATE NOCASE, id"; break;
        case CustomerSort::City: order = "city COLLATE NOCASE, sort_name, id"; break;
        case CustomerSort::Country: order = "country, sort_name, id"; break;
        case CustomerSort::Updated: order = "updated_at, id"; break;
        case CustomerSort::Owner: break;
        }
        scanned = scan(QByteArray("SELECT id FROM customer WHERE ") + where + " ORDER BY " + order, std::nullopt);
    }
    if (!scanned)
        return std::unexpected(scanned.error());
    auto [it, inserted] = m_baseOrders.emplace(key, std::move(ids));
    return &it->second;
}

Result<CustomerIdResolver::Bitset> CustomerIdResolver::idSet(const char *sql, const QByteArray &parameter,
                                                            qint64 numericParameter)
{
    Statement q(m_db->handle(), sql);
    if (!q.isValid())
        return fail(Error::Code::Database, q.errorMessage());
    if (!parameter.isNull())
        q.bindUtf8(1, parameter);
    else
        q.bind(1, numericParameter);
    Bitset set;
    while (q.step())
        set.set(q.int64(0));
    if (q.failed())
        return fail(Error::Code::Invalid, q.errorMessage());
    return set;
}

Result<std::vector<qint64>> CustomerIdResolver::resolve(const CustomerCriteria &criteria)
{
    const auto base = baseOrder(criteria.sort, criteria.deleted);
    if (!base)
        return std::unexpected(base.error());

    std::vector<Bitset> sets;
    if (criteria.tagId > 0) {
        auto s = idSet("SELECT customer_id FROM customer_tag WHERE tag_id = ?", {}, criteria.tagId);
        if (!s)
            return std::unexpected(s.error());
        sets.push_back(std::move(*s));
    }
    if (criteria.ownerId > 0) {
        auto s = idSet(criteria.deleted ? "SELECT id FROM customer WHERE owner_id = ? AND deleted_at IS NOT NULL"
                                        : "SELECT id FROM customer WHERE owner_id = ? AND deleted_at IS NULL",
                       {}, criteria.ownerId);
        if (!s)
            return std::unexpected(s.error());
        sets.push_back(std::move(*s));
    }
    if (!criteria.country.isEmpty()) {
        auto s = idSet(criteria.deleted ? "SELECT id FROM customer WHERE country = ? AND deleted_at IS NOT NULL"
                                        : "SELECT id FROM customer WHERE country = ? AND deleted_at IS NULL",
                       criteria.country.toUtf8(), 0);
        if (!s)
            return std::unexpected(s.error());
        sets.push_back(std::move(*s));
    }
    const QString match = ftsMatchExpression(criteria.text);
    if (!match.isEmpty()) {
        auto s = idSet("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?", match.toUtf8(), 0);
        if (!s)
            return std::unexpected(s.error());
        sets.push_back(std::move(*s));
    } else if (!criteria.text.trimmed().isEmpty()) {
        return std::vector<qint64>(); // only punctuation: nothing can match
    }

    std::vector<qint64> ids;
    const std::vector<qint64> &order = **base;
    if (sets.empty()) {
        ids = order;
    } else {
        ids.reserve(order.size() / 8);
        for (qint64 id : order) {
            bool keep = true;
            for (const Bitset &s : sets)
                keep = keep && s.test(id);
            if (keep)
                ids.push_back(id);
        }
    }
    if (criteria.descending)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace relatio
