// The versioned schema: each migration takes the database from version-1 to version.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace relatio {

struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // one SQL statement each, run in order inside the migration transaction

    // The same migration on a team database (PostgreSQL), run the same way: in one transaction,
    // in order (MigrationsPostgres.h).
    QStringList postgresStatements() const;
};

// Fills the customer search index from the customer table in one statement. Bulk loads drop the
// per-row index triggers (FTS5 flushes at every statement) and run this once after the rows.
QString customerSearchFillSql();

// Refills interaction_stats (the satisfaction aggregates) from the interactions, in statements
// run in order; for bulk loads that dropped the triggers which keep it.
QStringList interactionStatsFillSql();

// Refills only dimension 4 of interaction_stats (satisfaction by value segment) from the
// interactions and customer_value: for an analysis that rewrote customer_value with the
// customer_value_stats_* triggers dropped. The first statement deletes the old rows.
QStringList segmentStatsFillSql();

// The rows every database is made with, the same on every replica (fixed ids and uuids): the
// default contact channels, consent purposes and the purposes' first wordings. The team schema on
// PostgreSQL makes them too.
QString defaultChannelsSql();
QString defaultPurposesSql();
QString defaultConsentTextsSql();

// The migrations of this build, in ascending version order: of a Relatio file and of a team
// database alike.
const QList<Migration> &schemaMigrations();

} // namespace relatio
