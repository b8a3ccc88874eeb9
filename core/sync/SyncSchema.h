// Which tables travel between replicas and how (docs/sync-plan.md, section 1), and the schema that
// stamps every local change of them: the sync tables and the triggers of schema version 7.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace relatio::sync {

struct SyncColumn
{
    enum class Kind {
        Value,  // stored as it is
        Ref,    // a local id of another synced table; travels as that row's uuid
        TagSet, // a customer's tags (customer_tag rows); travels as the sorted tag uuids
    };
    QString name;
    Kind kind = Kind::Value;
    QString target; // the referenced table of a Ref
    // A Ref that cannot wait for its target (a NOT NULL column, or a record never changed after
    // it is made): a batch carries the target along when the receiver may not have it yet.
    bool required = false;
};

struct SyncTable
{
    QString name;
    // Columns sent with a record, in order. Mutable ones are merged field by field; the others
    // are written once, when the record is created, and never change.
    QList<SyncColumn> columns;
    QStringList mutableColumns = {};
    bool hasId = true;       // an INTEGER PRIMARY KEY id beside the uuid
    bool hasTimes = true;    // created_at (and updated_at where hasUpdated)
    bool hasUpdated = true;
    int since = 7;           // the schema version that started to sync it
    // The Ref naming the customer a record belongs to: it goes with the customer's erasure.
    QString customerRef = {};
    // Rows that are part of the record they name (a customer's change history): the summary of a
    // sync does not count them as records of their own.
    bool counted = true;
};

// The synced tables in the order a batch is applied: a table comes after those it refers to.
const QList<SyncTable> &syncTables();
const SyncTable *syncTable(const QString &name);

// Schema version 7: the clock, the stamps, the conflict list, pending references and peers,
// and the triggers that stamp each local change of a synced table.
QStringList syncSchemaStatements();

// The triggers and first stamps of the tables that started to sync at a later schema version.
QStringList syncTablesStatements(int version);

// The rows every replica is made with (the default channels, consent purposes and texts) carry
// one fixed stamp everywhere, so that they are the same record on each without travelling.
// Those changed since their migration made them are stamped as local changes instead.
QStringList defaultRowStampSql(bool postgres);

// For a bulk load that dropped a table's triggers: stamps every row of it that has no stamp yet
// with one clock tick (empty when the table is not synced).
QStringList rowStampFillSql(const QString &table);

// The HLC of the next local change as SQL, for triggers and fills: milliseconds since 1970
// (the clock plus sync_clock.offset_ms) in the high bits, a counter in the low 16.
QString clockTickSql();
// This replica's clock as SQL over sync_clock: the machine's milliseconds since 1970 plus offset_ms.
QString clockMsSql(bool postgres);

// How far ahead of the server's clock a stamp it takes may be (docs/sync-plan.md, section 3:
// clock skew).
constexpr qint64 kClockToleranceMs = 2 * 60 * 1000;
// A laptop goes by the server's clock when its own is off by more than this: by less than the
// tolerance, so that what it stamps while a sync runs is not refused.
constexpr qint64 kClockCorrectionMs = 60 * 1000;

} // namespace relatio::sync
