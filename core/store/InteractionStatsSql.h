// The SQL of the satisfaction aggregates (interaction_stats) on a Relatio file: the pieces the
// migrations' triggers are written with, and the refills that bulk loads and the value analysis
// run (declared in Migrations.h).
#pragma once

#include <QString>

namespace relatio::statssql {

// The upsert that adds a contribution to the row of its grouping, day and channel.
QString upsertTail();
// The contribution of one interaction row (NEW or OLD) to every grouping of its customer (0 to 3),
// with sign +1 or -1, as an upsert.
QString rowContribution(const QString &row, int sign);
// The same to grouping 4, the customer's value segment.
QString segmentRowContribution(const QString &row, int sign);
// The contribution of all live interactions of one customer to one group, with a sign.
QString customerContribution(const QString &customerId, int dim, const QString &group, int sign);

} // namespace relatio::statssql
