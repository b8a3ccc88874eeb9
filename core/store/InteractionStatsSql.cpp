// The SQL of the satisfaction aggregates on a Relatio file (InteractionStatsSql.h).
#include "store/InteractionStatsSql.h"

#include "store/Migrations.h"

#include <QStringList>

namespace relatio {

namespace statssql {

// The satisfaction aggregates (interaction_stats) hold, per customer grouping, UTC day and
// channel, the sums the dashboard needs. A grouping dimension ("dim") is 0 all customers,
// 1 country, 2 owner (0 = none), 3 tag, 4 value segment (version 5). Triggers keep them exact on
// every write; bulk loads drop the triggers and refill with interactionStatsFillSql().
QString upsertTail()
{
    return QStringLiteral(
        " ON CONFLICT (dim, day, grp, channel_id) DO UPDATE SET"
        " interactions = interactions + excluded.interactions,"
        " csat_n = csat_n + excluded.csat_n, csat_sum = csat_sum + excluded.csat_sum,"
        " csat_sq = csat_sq + excluded.csat_sq, nps_n = nps_n + excluded.nps_n,"
        " promoters = promoters + excluded.promoters, detractors = detractors + excluded.detractors");
}

// The contribution of one interaction row (NEW or OLD) to every grouping of its customer, with
// sign +1 or -1, as an upsert.
QString rowContribution(const QString &row, int sign)
{
    const QString s = sign < 0 ? QStringLiteral("-") : QString();
    return QStringLiteral(
               "INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum,"
               " csat_sq, nps_n, promoters, detractors)"
               " SELECT g.dim, g.grp, unixepoch(substr(%1.occurred_at, 1, 10)) / 86400, %1.channel_id,"
               " %2 1, %2 (%1.csat IS NOT NULL), %2 coalesce(%1.csat, 0), %2 coalesce(%1.csat * %1.csat, 0),"
               " %2 (%1.nps IS NOT NULL), %2 coalesce(%1.nps >= 9, 0), %2 coalesce(%1.nps <= 6, 0)"
               " FROM (SELECT 0 AS dim, 0 AS grp"
               "  UNION ALL SELECT 1, country FROM customer WHERE id = %1.customer_id"
               "  UNION ALL SELECT 2, coalesce(owner_id, 0) FROM customer WHERE id = %1.customer_id"
               "  UNION ALL SELECT 3, tag_id FROM customer_tag WHERE customer_id = %1.customer_id) AS g"
               " WHERE %1.deleted_at IS NULL")
               .arg(row, s)
        + upsertTail() + QLatin1Char(';');
}

// Dimension 4 (version 5): the customer's value segment, 0 = none yet, 1 … 10 the RFM segments.
// Kept by triggers of its own, so the version-3 triggers stay as they were released.
QString segmentRowContribution(const QString &row, int sign)
{
    const QString s = sign < 0 ? QStringLiteral("-") : QString();
    return QStringLiteral(
               "INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum,"
               " csat_sq, nps_n, promoters, detractors)"
               " SELECT 4, coalesce((SELECT segment FROM customer_value WHERE customer_id = %1.customer_id), 0),"
               " unixepoch(substr(%1.occurred_at, 1, 10)) / 86400, %1.channel_id,"
               " %2 1, %2 (%1.csat IS NOT NULL), %2 coalesce(%1.csat, 0), %2 coalesce(%1.csat * %1.csat, 0),"
               " %2 (%1.nps IS NOT NULL), %2 coalesce(%1.nps >= 9, 0), %2 coalesce(%1.nps <= 6, 0)"
               " WHERE %1.deleted_at IS NULL")
               .arg(row, s)
        + upsertTail() + QLatin1Char(';');
}

// The contribution of all live interactions of one customer to one group, with a sign.
QString customerContribution(const QString &customerId, int dim, const QString &group, int sign)
{
    const QString s = sign < 0 ? QStringLiteral("-") : QString();
    return QStringLiteral(
               "INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum,"
               " csat_sq, nps_n, promoters, detractors)"
               " SELECT %1, %2, unixepoch(substr(i.occurred_at, 1, 10)) / 86400 AS d, i.channel_id,"
               " %3 count(*), %3 count(i.csat), %3 coalesce(sum(i.csat), 0), %3 coalesce(sum(i.csat * i.csat), 0),"
               " %3 count(i.nps), %3 coalesce(sum(i.nps >= 9), 0), %3 coalesce(sum(i.nps <= 6), 0)"
               " FROM interaction i WHERE i.customer_id = %4 AND i.deleted_at IS NULL"
               " GROUP BY d, i.channel_id")
               .arg(dim)
               .arg(group, s, customerId)
        + upsertTail() + QLatin1Char(';');
}

} // namespace statssql

QStringList interactionStatsFillSql()
{
    const QString day = QStringLiteral("unixepoch(substr(i.occurred_at, 1, 10)) / 86400");
    const QString sums = QStringLiteral(
        "count(*), count(i.csat), coalesce(sum(i.csat), 0), coalesce(sum(i.csat * i.csat), 0),"
        " count(i.nps), coalesce(sum(i.nps >= 9), 0), coalesce(sum(i.nps <= 6), 0)");
    const QString into = QStringLiteral(
        "INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum,"
        " csat_sq, nps_n, promoters, detractors) ");
    QStringList fill = {
        QStringLiteral("DELETE FROM interaction_stats"),
        into + QStringLiteral("SELECT 0, 0, %1 AS d, i.channel_id, %2 FROM interaction i"
                              " WHERE i.deleted_at IS NULL GROUP BY d, i.channel_id")
                   .arg(day, sums),
        into + QStringLiteral("SELECT 1, c.country, %1 AS d, i.channel_id, %2 FROM interaction i"
                              " JOIN customer c ON c.id = i.customer_id WHERE i.deleted_at IS NULL"
                              " GROUP BY c.country, d, i.channel_id")
                   .arg(day, sums),
        into + QStringLiteral("SELECT 2, coalesce(c.owner_id, 0) AS o, %1 AS d, i.channel_id, %2 FROM interaction i"
                              " JOIN customer c ON c.id = i.customer_id WHERE i.deleted_at IS NULL"
                              " GROUP BY o, d, i.channel_id")
                   .arg(day, sums),
        into + QStringLiteral("SELECT 3, t.tag_id, %1 AS d, i.channel_id, %2 FROM interaction i"
                              " JOIN customer_tag t ON t.customer_id = i.customer_id WHERE i.deleted_at IS NULL"
                              " GROUP BY t.tag_id, d, i.channel_id")
                   .arg(day, sums),
    };
    fill += segmentStatsFillSql().mid(1); // dimension 4; the DELETE above took its rows already
    return fill;
}

QStringList segmentStatsFillSql()
{
    return {
        QStringLiteral("DELETE FROM interaction_stats WHERE dim = 4"),
        QStringLiteral("INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum,"
                       " csat_sq, nps_n, promoters, detractors)"
                       " SELECT 4, coalesce(v.segment, 0) AS g, unixepoch(substr(i.occurred_at, 1, 10)) / 86400 AS d,"
                       " i.channel_id, count(*), count(i.csat), coalesce(sum(i.csat), 0),"
                       " coalesce(sum(i.csat * i.csat), 0), count(i.nps), coalesce(sum(i.nps >= 9), 0),"
                       " coalesce(sum(i.nps <= 6), 0) FROM interaction i"
                       " LEFT JOIN customer_value v ON v.customer_id = i.customer_id WHERE i.deleted_at IS NULL"
                       " GROUP BY g, d, i.channel_id"),
    };
}

} // namespace relatio
