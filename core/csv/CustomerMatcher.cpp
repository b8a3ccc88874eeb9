// The customer of an imported row.
#include "csv/CustomerMatcher.h"

#include <QStringList>

#include <optional>

namespace relatio::csv {

namespace {

constexpr qsizetype kCachedCustomers = 100000;

} // namespace

CustomerMatcher::CustomerMatcher(sqlite3 *db)
    // LIMIT 2: one is a match, two say the key is ambiguous.
    : m_byExternal(db, "SELECT id FROM customer WHERE external_id = ? AND external_id <> '' AND deleted_at IS NULL LIMIT 2")
    , m_byEmail(db, "SELECT id FROM customer WHERE email = ? COLLATE NOCASE AND deleted_at IS NULL LIMIT 2")
    , m_byUuid(db, "SELECT id, deleted_at IS NOT NULL FROM customer WHERE uuid = ?")
{
}

bool CustomerMatcher::isValid() const
{
    return m_byExternal.isValid() && m_byEmail.isValid() && m_byUuid.isValid();
}

std::variant<qint64, RowProblem> CustomerMatcher::find(const Keys &keys, qint64 line, const Columns &columns,
                                                       const QString &records)
{
    std::optional<RowProblem> ambiguous;
    auto lookUp = [&](Statement &q, const QString &key, bool email, int column, const QString &message) -> qint64 {
        const QString cacheKey = (email ? QLatin1Char('e') : QLatin1Char('x')) + (email ? key.toCaseFolded() : key);
        if (const auto it = m_cache.constFind(cacheKey); it != m_cache.constEnd())
            return *it;
        q.reset();
        q.bind(1, key);
        if (!q.step())
            return 0;
        const qint64 id = q.int64(0);
        if (!q.step()) {
            if (m_cache.size() >= kCachedCustomers)
                m_cache.clear();
            m_cache.insert(cacheKey, id);
            return id;
        }
        if (!ambiguous)
            ambiguous = RowProblem{line, column, column, message};
        return 0;
    };
    if (!keys.externalId.isEmpty()) {
        if (const qint64 id = lookUp(m_byExternal, keys.externalId, false, columns.externalId,
                                     tr("Two or more customers have the external id “%1”; give the customer's "
                                        "Relatio id (customer_uuid) to say which.")
                                         .arg(keys.externalId)))
            return id;
    }
    if (!keys.email.isEmpty()) {
        if (const qint64 id = lookUp(m_byEmail, keys.email, true, columns.email,
                                     tr("Two or more customers have the e-mail address “%1”; give the customer's "
                                        "external id or Relatio id to say which.")
                                         .arg(keys.email)))
            return id;
    }
    if (!keys.uuid.isEmpty()) {
        m_byUuid.reset();
        m_byUuid.bind(1, keys.uuid);
        if (m_byUuid.step()) {
            if (m_byUuid.int64(1) == 0)
                return m_byUuid.int64(0);
            if (!ambiguous)
                return RowProblem{line, columns.uuid, columns.uuid,
                                  tr("The customer %1 is deleted; restore it to import its %2.").arg(keys.uuid, records)};
        }
    }
    if (ambiguous)
        return *ambiguous;
    QStringList named;
    if (!keys.externalId.isEmpty())
        named.append(tr("external id “%1”").arg(keys.externalId));
    if (!keys.email.isEmpty())
        named.append(tr("e-mail address “%1”").arg(keys.email));
    if (!keys.uuid.isEmpty())
        named.append(tr("Relatio id %1").arg(keys.uuid));
    const int at = columns.first();
    return RowProblem{line, at, at,
                      tr("No customer has the %1.").arg(named.join(tr(", or the ", "between the keys of a customer")))};
}

} // namespace relatio::csv
