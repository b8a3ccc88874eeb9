// The team database on PostgreSQL as far as sync needs it. Its schema is made and upgraded by the
// same migrations as a Relatio file's (store/Migrations.h, store/MigrationsPostgres.h); written
// here are the triggers that stamp a change made on the team database itself as a laptop stamps
// its own, the refusal of stamps from a clock far ahead of the server's, and the steps of the
// team schema of before the shared migrations (meta 'team_schema' 1 to 6), kept to bring a team
// database made then to where the shared migrations take over (docs/sync-plan.md, section 4).
#pragma once

#include <QString>
#include <QStringList>

namespace relatio::sync {

// The last version of the team schema of before the shared migrations: a team database there has
// the schema of shared version postgres::kLegacyTeamSchemaEquals.
constexpr int kLegacyTeamSchemaVersion = 6;

// The first version of that team schema (tests make one, to upgrade it), and the statements that
// took it from version - 1 to version (each run in one transaction; the last sets the version in
// meta 'team_schema').
QStringList legacyTeamSchemaV1();
QStringList legacyTeamSchemaUpgrade(int version);

// The server's refusal of stamps far ahead of its clock: a function and its trigger.
QStringList pgFutureStampRefusal();

// The functions and triggers that stamp changes made on the team database itself, for the synced
// tables that started to sync at schema version since (0: all of them).
QStringList pgStampTriggers(int since);

// The HLC of the next change as PostgreSQL SQL (see clockTickSql()).
QString pgClockTickSql();

} // namespace relatio::sync
