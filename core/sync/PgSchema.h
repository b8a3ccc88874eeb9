// The team database on PostgreSQL as far as sync needs it: the synced tables (owners, tags,
// customers with their tags, erasures) and the sync tables, with the same names and columns as
// in a Relatio file, so the same merge code serves both (docs/sync-plan.md, section 4).
#pragma once

#include <QString>
#include <QStringList>

namespace relatio::sync {

// The version of the team schema this build creates and expects.
constexpr int kTeamSchemaVersion = 1;

// The statements that create the team schema in an empty database, in order, in one transaction.
QStringList teamSchemaStatements();

// The HLC of the next change as PostgreSQL SQL (see clockTickSql()).
QString pgClockTickSql();

} // namespace relatio::sync
