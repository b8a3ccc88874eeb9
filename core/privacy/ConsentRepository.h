// Reading and writing the consent ledger, its purposes and their versioned wording. Entries are
// only ever added: a withdrawal or a confirmation is a new entry, never a change to an old one.
#pragma once

#include "privacy/Consent.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

namespace relatio {

// A grant or withdrawal as the caller records it.
struct ConsentRecord
{
    qint64 customerId = 0;
    qint64 purposeId = 0;
    ConsentSource source = ConsentSource::Other;
    QDateTime occurredAt;         // when the person acted; invalid = now
    qint64 textId = 0;            // grants: the wording shown (required)
    QString evidence;             // form id, IP address, call reference, …
};

class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)

public:
    explicit ConsentRepository(DatabasePtr db);

    // Who records the entries that follow ("recorded_by"); the user running the program by default.
    void setActor(const QString &who);
    QString actor() const { return m_actor; }

    // Purposes in their order; retired ones only when asked for.
    Result<QList<ConsentPurpose>> purposes(bool includeRetired = false) const;
    Result<ConsentPurpose> purpose(qint64 id) const;
    // By code ("newsletter"), else by the name shown or stored (case ignored): for the command line.
    Result<ConsentPurpose> findPurpose(const QString &codeOrName) const;
    Result<qint64> addPurpose(const QString &name, ConsentMedium medium, bool requiresDoubleOptIn);
    Result<void> renamePurpose(qint64 id, const QString &name);
    Result<void> setPurposeRetired(qint64 id, bool retired);

    // The wording of a purpose, newest version first.
    Result<QList<ConsentText>> texts(qint64 purposeId) const;
    Result<ConsentText> text(qint64 id) const;
    // Stores a new version of the wording (the next number for the purpose); returns its id.
    Result<qint64> addText(qint64 purposeId, const QString &language, const QString &wording);

    // A customer's entries, in the order they happened.
    Result<QList<ConsentEntry>> entries(qint64 customerId) const;
    // The state per purpose: every purpose in use, and retired ones the customer has entries for.
    Result<QList<ConsentState>> states(qint64 customerId) const;

    // Each adds one entry and returns its id. A grant needs a live customer, a purpose in use and
    // a wording of that purpose; a confirmation needs a grant waiting for one (double opt-in).
    Result<qint64> grant(const ConsentRecord &record);
    Result<qint64> withdraw(const ConsentRecord &record);
    Result<qint64> confirm(qint64 customerId, qint64 purposeId, const QDateTime &confirmedAt,
                           const QString &evidence = {});

private:
    Result<qint64> add(ConsentAction action, const ConsentRecord &record);

    DatabasePtr m_db;
    QString m_actor;
};

} // namespace relatio
