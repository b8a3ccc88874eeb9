// The conflict list as people review it on a record: each overwritten edit in words, and the two
// answers to it: keep what won (accept), or put the overwritten value back (flip), which is a new
// edit of this replica and so wins everywhere at the next sync.
#pragma once

#include "store/Database.h"
#include "sync/SyncEndpoint.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <utility>

namespace relatio::sync {

struct ConflictView
{
    Conflict conflict;
    QString fieldLabel;   // "City"; elsewhere (not on a card) with the record: "Persona “Busy buyer”: Needs"
    QString record;       // elsewhere: the record alone ("Persona “Busy buyer”"); empty on a card
    QString loserText;    // the value as people read it (names for references)
    QString winnerText;
    QString loserWhere;   // where it was written: "this computer", "the team database", "another computer (3fa2b1c7)"
    QString winnerWhere;
    QDateTime loserWhen;  // from the stamps' clocks
    QDateTime winnerWhen;
    bool currentIsWinner = true; // the record still holds the value that won
};

class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolver)

public:
    explicit ConflictResolver(DatabasePtr db);

    // The customer's conflicts that are open (or all of them), newest first, with those about its
    // contacts and follow-ups.
    Result<QList<ConflictView>> forCustomer(const QString &customerUuid, bool openOnly = true) const;
    Result<int> openCount(const QString &customerUuid) const;

    // The open (or all) conflicts about records that no customer card shows: team members, units,
    // tags, channels, products, purposes, personas and their rules, assessments and their
    // answers, orders. Newest first; each label names the record ("Persona “Busy buyer”: Needs").
    Result<QList<ConflictView>> elsewhere(bool openOnly = true) const;
    Result<int> openCountElsewhere() const;

    // The customers whose card shows open overwritten edits (their own, their contacts' and
    // follow-ups'), the most recently overwritten first.
    struct OnCard
    {
        qint64 customerId = 0;
        QString name;
        int open = 0;
    };
    Result<QList<OnCard>> customersWithOpen() const;

    // Keeps the value that won; the entry is closed.
    Result<void> accept(const QString &conflictUuid);
    // Writes the overwritten value back as an edit by actor (change history included); the entry
    // is marked flipped. Flipping a flipped entry writes the winning value again.
    Result<void> flip(const QString &conflictUuid, const QString &actor);

    static QString fieldLabel(const QString &field);
    // When a stamp was made, from its clock reading.
    static QDateTime stampTime(qint64 hlc);

private:
    QString describe(const QString &field, const QVariant &value, const QString &table = QStringLiteral("customer")) const;
    // What a conflict elsewhere is about, as people name it ("Unit “Sales”"); bare: as a reference
    // to it reads ("Sales"). Empty when it is not here.
    QString recordLabel(const QString &table, const QString &uuid, bool bare = false) const;
    // An entry about a record of table, its values described as that table's.
    ConflictView view(const Conflict &c, const QString &table, const QString &label, const QList<SyncRecord> &held) const;
    // The replica that wrote a stamp, as people name it (replica ids are random hex).
    QString placeName(const QString &node) const;
    Result<void> setState(const QString &conflictUuid, const QString &state);
    Result<void> flipField(const QString &conflictUuid, const QString &table, const QString &rowUuid,
                           const QString &field, const QVariant &value, bool back);

    DatabasePtr m_db;
    mutable std::optional<std::pair<QString, QString>> m_places; // this replica's id, its server's
};

} // namespace relatio::sync
