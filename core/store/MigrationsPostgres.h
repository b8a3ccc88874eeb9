// The form each migration of schemaMigrations() takes on a team database (PostgreSQL): the same
// versions, the same tables, columns and meaning, written in PostgreSQL's dialect. What differs
// between the two is said here, in core's store layer (the triggers that stamp changes for sync
// are written beside a file's, in sync/PgSchema.cpp and sync/SyncSchema.cpp).
//
// What a team database leaves out: the search index (FTS5 is SQLite's; the customer list searches
// a team database in memory, CustomerQueryServer), and what each computer keeps for itself: the
// history of its CSV imports and their rejects files, and the value analysis with its costs and
// price rules (on a team database those are done on this computer's copy of it,
// sync::WorkingCopy).
#pragma once

#include <QString>
#include <QStringList>

namespace relatio::postgres {

// The statements of one migration on a team database. Versions 1 to 10 only ever run together,
// in one transaction, on an empty database; from version 11 on each one upgrades a team database
// in use, as on a file.
QStringList migration(int version);

// A team database made by a Relatio of before the shared migrations (meta 'team_schema' 1 to 6,
// sync::kLegacyTeamSchemaVersion) has, at team_schema 6, exactly the schema that migrations 1 to 10
// make; it joins them there.
constexpr int kLegacyTeamSchemaEquals = 10;

// The CREATE TABLE statement of a table, and the CREATE INDEX statement of an index, as a team
// database has them.
QString createTable(const QString &name);
QString createIndex(const QString &name);

// The sync tables (the clock, the stamps, the conflict list, pending references and peers), with
// the clock's row: migration 7 without its triggers.
QStringList syncTableStatements();

// The satisfaction aggregates (interaction_stats, migration 3) and the functions and triggers
// that keep them; and the statements that fill them from the contacts already there.
QStringList interactionStatsStatements();
QStringList interactionStatsFillStatements();

} // namespace relatio::postgres
