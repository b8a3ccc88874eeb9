// What the customer list shows (search text, filters, sort) and how that becomes an ordered list
// of record ids, fast enough to run on every keystroke over a million customers.
#pragma once

#include "store/Database.h"

#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace relatio {

enum class CustomerSort { Name, Organisation, Email, City, Country, Owner, Updated };

struct CustomerCriteria
{
    QString text;               // search-as-you-type text; every word must match a prefix
    qint64 tagId = 0;           // 0 = any
    qint64 ownerId = 0;         // 0 = any
    QString country;            // empty = any
    bool deleted = false;       // the tombstoned records instead of the live ones
    CustomerSort sort = CustomerSort::Name;
    bool descending = false;

    bool operator==(const CustomerCriteria &) const = default;
};

// Turns what a user typed into an FTS5 query: each word a quoted prefix term, all required.
// A phone-like entry ("06-123 45", "+47 412") becomes one digit-string prefix. Empty when the
// text has nothing searchable.
QString ftsMatchExpression(const QString &text);

// Resolves criteria to ids. Keeps the full sort orders it has read, and reuses them until the
// database changes. One resolver serves one thread.
class CustomerIdResolver
{
public:
    explicit CustomerIdResolver(DatabasePtr db);

    Result<std::vector<qint64>> resolve(const CustomerCriteria &criteria);

private:
    struct Bitset
    {
        std::vector<std::uint64_t> words;
        void set(qint64 id)
        {
            const auto i = std::size_t(id);
            if ((i >> 6) >= words.size())
                words.resize((i >> 6) + 1, 0);
            words[i >> 6] |= std::uint64_t(1) << (i & 63);
        }
        bool test(qint64 id) const
        {
            const auto i = std::size_t(id);
            return (i >> 6) < words.size() && (words[i >> 6] >> (i & 63) & 1);
        }
    };

    Result<const std::vector<qint64> *> baseOrder(CustomerSort sort, bool deleted);
    Result<Bitset> idSet(const char *sql, const QByteArray &parameter, qint64 numericParameter);
    std::pair<qint64, qint64> changeStamp();

    DatabasePtr m_db;
    std::pair<qint64, qint64> m_cacheStamp{-1, -1};
    std::map<std::pair<int, bool>, std::vector<qint64>> m_baseOrders;
};

} // namespace relatio
