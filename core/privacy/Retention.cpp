// Finding customers without activity since a date.
#include "privacy/Retention.h"

#include "util/Stamps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace relatio {

Retention::Retention(DatabasePtr db)
    : m_db(std::move(db))
{
}

QDateTime Retention::cutoffForYears(int years, const QDateTime &now)
{
    return now.toUTC().addYears(-years);
}

Result<QList<RetentionCandidate>> Retention::inactiveSince(const QDateTime &cutoff, int limit) const
{
    // Candidates come from the updated_at index; each is then checked for later activity with one
    // index probe per table, so the cost follows the candidates, not the whole store.
    // The latest of several values.
    const QString latest = phrases::greatest(m_db->dialect());
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, CASE c.kind WHEN 'organisation' THEN c.organisation_name"
        "  ELSE trim(c.given_name || ' ' || c.family_name) END, c.city,"
        "  %1(c.updated_at,"
        "   coalesce((SELECT max(i.occurred_at) FROM interaction i WHERE i.customer_id = c.id), ''),"
        "   coalesce((SELECT max(e.occurred_at) FROM consent_entry e WHERE e.customer_id = c.id), ''),"
        "   coalesce((SELECT max(f.updated_at) FROM follow_up f WHERE f.customer_id = c.id), '')) AS last"
        " FROM customer c WHERE c.deleted_at IS NULL AND c.updated_at < ?"
        "  AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.customer_id = c.id AND i.occurred_at >= ?)"
        "  AND NOT EXISTS (SELECT 1 FROM consent_entry e WHERE e.customer_id = c.id AND e.occurred_at >= ?)"
        "  AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.customer_id = c.id AND f.updated_at >= ?)"
        " ORDER BY last, c.id LIMIT ?")
                  .arg(latest));
    const QString since = toStoredTime(cutoff);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(since);
    q.addBindValue(limit);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Finding customers without activity")));
    QList<RetentionCandidate> list;
    while (q.next())
        list.append(RetentionCandidate{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                       fromStoredTime(q.value(3).toString())});
    return list;
}

} // namespace relatio
