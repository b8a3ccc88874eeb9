// What the randomized convergence test of sync (test_sync_histories.cpp) keeps of a history, and
// the steps it takes besides editing customers (SyncHistorySteps.cpp).
#pragma once

#include "SyncTestSupport.h"

#include <QRandomGenerator>

#include <map>
#include <set>
#include <tuple>

namespace relatio::sync::test {

// The randomized convergence test: random histories of creates, edits, deletes, restores and
// erasures on the server and on laptops, synced in random orders through faults.
struct History
{
    struct Write
    {
        Stamp stamp;
        Stamp previous;
        QVariant value;
    };
    // (table, record uuid, field) → the writes made to it, by stamp.
    std::map<std::tuple<QString, QString, QString>, std::map<std::pair<qint64, QString>, Write>> writes;
    std::set<QString> erased;
    // Stamps a clock correction moved: (table, uuid, field or '' for the creation, new hlc, node)
    // → the old hlcs. Two writes of a field on one laptop may be moved onto one stamp by two
    // corrections (the later overwrote the earlier there before either was sent): both are kept.
    std::map<std::tuple<QString, QString, QString, qint64, QString>, std::set<qint64>> restamped;
    QStringList log;
};

// Records the fields of a record that changed since `before` (its field stamps then) as writes.
void recordWrites(History &h, Replica &r, const QString &uuid, const QHash<QString, Stamp> &before,
                  const QString &table = QStringLiteral("customer"));
// The uuids of a table's rows on a replica (with an SQL condition: "WHERE …"), in id order.
QStringList rowsOn(Replica &r, const QString &table, const QString &where = QString());
qint64 idIn(Replica &r, const QString &table, const QString &uuid);

// One step on contacts, follow-ups, the consent ledger, channels and wordings.
void contactStep(History &h, Replica &r, QRandomGenerator &rng);
// One step on units and membership, maturity self-assessments and answers, personas and rules.
void teamStep(History &h, Replica &r, QRandomGenerator &rng);
// One change made by hand on a PostgreSQL team database.
void serverStep(History &h, World &w, QRandomGenerator &rng);
// The first laptop changes which customers it keeps.
void subsetStep(History &h, World &w, QRandomGenerator &rng);

} // namespace relatio::sync::test
