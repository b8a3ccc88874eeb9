// The change history of customer records: one stored row per changed field, with the old and the
// new value, when and by whom. CustomerRepository writes it on every save (the editor, imports and
// their undo go through it), so "who" is whatever the repository's caller set as its actor.
#pragma once

#include "customers/Customer.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>
#include <vector>

namespace relatio {

// How a change was made.
enum class ChangeHow { Edit, Import, ImportUndo, ImportRedo };
QString changeHowCode(ChangeHow how);
std::optional<ChangeHow> changeHowFromCode(const QString &code);
QString changeHowName(ChangeHow how);

struct CustomerChange
{
    qint64 id = 0;              // 0: not stored, derived (the creation of a record older than the history)
    QString uuid;
    qint64 customerId = 0;
    QDateTime changedAt;        // UTC
    QString changedBy;
    ChangeHow how = ChangeHow::Edit;
    // A column name ("email", "given_name", "owner", "organisation", "tags"), "record" (its
    // creation: new value "created") or "deleted_at" (deleted: new value the time; restored: old).
    QString field;
    QString oldValue;
    QString newValue;
};

class ChangeHistory
{
    Q_DECLARE_TR_FUNCTIONS(ChangeHistory)

public:
    explicit ChangeHistory(DatabasePtr db);

    // Stored field names.
    static inline const QString kRecord = QStringLiteral("record");
    static inline const QString kDeleted = QStringLiteral("deleted_at");

    // Writes a row per field that differs between two states of a record, inside the caller's
    // transaction. Owners are written by name, a person's organisation by its uuid (so an erased
    // organisation leaves no name in its members' histories), tags as "a; b" ignoring order and case.
    static Result<void> recordUpdate(const QSqlDatabase &db, const Customer &before, const Customer &after,
                                     const QString &actor, ChangeHow how);
    // Writes one row (a creation, a deletion or a restore), inside the caller's transaction.
    static Result<void> recordEvent(const QSqlDatabase &db, qint64 customerId, const QString &field,
                                    const QString &oldValue, const QString &newValue, const QString &actor,
                                    ChangeHow how);

    // The same row for many records at once (an import undone deletes all the records it made).
    static Result<void> recordEvents(const QSqlDatabase &db, const std::vector<qint64> &customerIds,
                                     const QString &field, const QString &oldValue, const QString &newValue,
                                     const QString &actor, ChangeHow how);

    // A customer's history, newest first. A record made before the history existed, or by an import
    // (which does not write a row per new record), gets a derived "created" entry at the end.
    Result<QList<CustomerChange>> forCustomer(qint64 customerId) const;

    // For people: the field's label, and a stored value as shown (an organisation's uuid as its name
    // or "erased", times in local time, kinds translated).
    static QString fieldLabel(const QString &field);
    QString displayValue(const QString &field, const QString &value) const;
    // "Created", "Deleted", "Restored" or "Changed".
    static QString eventName(const CustomerChange &change);

private:
    DatabasePtr m_db;
};

} // namespace relatio
