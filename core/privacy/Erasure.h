// The right to be forgotten: one call erases a customer everywhere Relatio keeps them, leaving
// only a content-free tombstone (uuid, when, by whom) so that every copy of the store can learn of
// the erasure.
//
// Covered: the customer row and every row in every table that refers to it (found from the schema:
// interactions, follow-ups, consents, the change history, import history, tags, and tables added
// later), the search index (its entries deleted and the index merged, so the words are gone from
// its pages too), the organisation name on members' records, statistics samples, the freed pages
// (secure_delete overwrites them with zeros) and the write-ahead log (checkpointed and truncated),
// and the rows about the customer in the rejects files imports wrote.
// Not covered, and said so to the user: files Relatio handed over (exports, marketing lists, subject
// exports, backups and pre-upgrade copies), the files people imported from, and other customers'
// notes that mention them.
#pragma once

#include "customers/Customer.h"
#include "privacy/CustomerReferences.h"
#include "privacy/RejectFiles.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>

namespace relatio {

struct ErasureReport
{
    qint64 customerId = 0;
    QString uuid;                               // kept in customer_erasure
    QDateTime erasedAt;
    QList<QPair<QString, qint64>> rowsRemoved;  // per table, the customer's own row included
    QList<QPair<QString, qint64>> rowsUnlinked; // rows of tables that keep them without the link (ON DELETE SET NULL)
    qint64 membersUnlinked = 0;                 // people who belonged to an erased organisation
    // The write-ahead log was emptied. When another connection is still reading it cannot be; the
    // old pages then leave the log at the next checkpoint, at the latest when Relatio closes.
    bool logCleared = false;
    RejectScrub rejects;

    qint64 totalRemoved() const;
};

// What an erasure would take, for the confirmation people see before it.
struct ErasurePreview
{
    QString displayName;
    QString uuid;
    QList<QPair<QString, qint64>> rows;         // per table with rows, the customer's own row first
    QList<QPair<QString, qint64>> rowsUnlinked; // rows that would stay without the link
    qint64 members = 0;                         // people who belong to the organisation
    int rejectFiles = 0;                        // rejects files that will be searched
};

class Erasure
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)

public:
    explicit Erasure(DatabasePtr db);

    // Who erases, kept with the tombstone; the user running the program by default.
    void setActor(const QString &who);

    // Erases the customer (live or deleted) in one transaction, then clears the log and the
    // rejects files. An Error means nothing was erased.
    Result<ErasureReport> erase(qint64 customerId);

    Result<ErasurePreview> preview(qint64 customerId) const;

    // An erasure made on another replica, applied by sync inside its write transaction: the same
    // rows go, without a new tombstone (the one that came is kept). Nothing to do when the
    // customer is not here. The caller checkpoints the log after committing.
    static Result<void> eraseReplicated(const DatabasePtr &database, const QString &uuid);

private:
    // On a team database: the tombstone stamped as the team database's own change and applied as
    // sync applies one (SyncEndpoint::eraseHere), then the touched tables vacuumed.
    Result<ErasureReport> eraseOnTeamDatabase(const Customer &customer);
    static Result<void> removeRows(QSqlDatabase db, qint64 customerId, const QList<RelatedTable> &related,
                                   ErasureReport &report);

    DatabasePtr m_db;
    QString m_actor;
};

} // namespace relatio
