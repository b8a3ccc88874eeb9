// What travels between replicas: records with the stamps of their fields (docs/sync-plan.md).
#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

#include <compare>

namespace relatio::sync {

// When and where a value was written: a hybrid logical clock reading and the replica. Stamps are
// totally ordered (the clock, then the replica id), so every replica picks the same newest value.
struct Stamp
{
    qint64 hlc = 0;
    QString node;

    bool isNull() const { return node.isEmpty(); }
    friend bool operator==(const Stamp &a, const Stamp &b) { return a.hlc == b.hlc && a.node == b.node; }
    friend bool operator<(const Stamp &a, const Stamp &b)
    {
        return a.hlc != b.hlc ? a.hlc < b.hlc : a.node < b.node;
    }
};

// One record of a synced table as it stands on a replica. References travel as the uuid of the
// record they point to; a customer's tags as the sorted tag uuids joined by commas.
struct SyncRecord
{
    QString table;
    QString uuid;
    Stamp created;                // when and where the record was made
    QString createdAt;            // its created_at (the earliest wins)
    QString updatedAt;            // its updated_at (the latest wins)
    QHash<QString, QVariant> values;
    QHash<QString, Stamp> stamps; // mutable fields stamped later than the record's creation
    // What the sender knows the server holds of each mutable field (a push; null: nothing).
    QHash<QString, Stamp> bases;
    Stamp rowBase;
    qint64 seq = 0;               // the record's place in its sender's change feed
    qint64 localId = 0;           // its id where it was read (never compared or sent on)
    int origin = -1;              // where it was read: 0 holds changes made there not yet sent

    Stamp stampOf(const QString &field) const { return stamps.value(field, created); }
};

} // namespace relatio::sync
