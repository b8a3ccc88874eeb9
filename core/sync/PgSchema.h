// The team database on PostgreSQL as far as sync needs it: the synced tables (owners, tags,
// customers with their tags, erasures; from version 2 contacts, follow-ups and the consent ledger
// with their channels, purposes and wordings; from version 3 a refusal of stamps far ahead of the
// server's clock; from version 4 organisation units, maturity assessments, personas and their
// rules, and the change history of customers; from version 5 stamping triggers, so that a change
// made on the team database itself travels like a laptop's; from version 6 the satisfaction
// aggregates, an index of contacts by time and the marketing export log) and the sync tables, with the same names and columns as in a
// Relatio file, so the same merge code serves both (docs/sync-plan.md, section 4).
#pragma once

#include <QString>
#include <QStringList>

namespace relatio::sync {

// The version of the team schema this build creates and expects.
constexpr int kTeamSchemaVersion = 6;

// The statements that create the team schema in an empty database, in order, in one transaction.
QStringList teamSchemaStatements();

// The first version of the team schema, and the statements that take it from version - 1 to
// version (each run in one transaction; the last sets the version in meta).
QStringList teamSchemaV1();
QStringList teamSchemaUpgrade(int version);

// The HLC of the next change as PostgreSQL SQL (see clockTickSql()).
QString pgClockTickSql();

} // namespace relatio::sync
