// Reading and writing customer records, their tags and owners; the single write path that keeps
// derived columns (sort keys, search forms, organisation labels) right.
#pragma once

#include "customers/Customer.h"
#include "customers/SaveMerge.h"
#include "customers/Validation.h"
#include "privacy/ChangeHistory.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

namespace relatio {

struct NamedItem
{
    qint64 id = 0;
    QString name;
    qint64 count = 0;   // live customers using it, where the query provides it
};

struct SimilarCustomer
{
    enum class Reason { SameEmail, SameNameAndCity };
    qint64 id = 0;
    QString displayName;
    QString city;
    Reason reason = Reason::SameEmail;
};

class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    explicit CustomerRepository(DatabasePtr db);

    // Who makes the changes that follow, for the change history (the GUI: the chosen team member;
    // the command line: the user logged in). The user running the program until set.
    void setActor(const QString &who);
    QString actor() const { return m_actor; }

    Result<Customer> get(qint64 id) const;

    // Validates, normalises and stores a new record; returns its id. A uuid is made unless given.
    Result<qint64> create(const Customer &customer);
    // Stores the editable content of an existing record (found by id), over whatever is stored.
    Result<void> update(const Customer &customer);

    // Saves yours, an edit of original (the record as it was read), against what is stored now, in
    // one write transaction: fields someone else changed since keep their change, unless you changed
    // them too, to something else. Then nothing is written: the error is Error::Code::Conflict, and
    // conflict (when given) gets the three states and the clashing fields. A record deleted
    // elsewhere meanwhile clashes on "deleted_at"; yours not deleted there restores it.
    struct SaveReport
    {
        Customer before;            // what was stored just before this save
        QStringList theirs;         // fields taken from changes made elsewhere since original
    };
    Result<SaveReport> update(const Customer &yours, const Customer &original, SaveConflict *conflict);
    // The writes of update() for a record CustomerValidator has normalised, inside the caller's
    // write transaction (bulk work such as an import and its undo). The change history gets a row
    // per changed field; before is the stored record when the caller has just read it.
    Result<void> updateValidated(const Customer &normalised, ChangeHow how = ChangeHow::Edit,
                                 const Customer *before = nullptr);
    // Tombstones a record; it leaves the list and the search, and can be restored.
    Result<void> remove(qint64 id);
    Result<void> restore(qint64 id);

    // True when the database holds no customer at all, live or deleted (one index probe).
    Result<bool> isEmpty() const;
    Result<qint64> countLive() const;
    Result<qint64> countDeleted() const;

    // Records that look like the given one: same e-mail, or same name in the same city.
    QList<SimilarCustomer> findSimilar(const Customer &customer, int limit = 5) const;

    QList<NamedItem> owners() const;
    QList<NamedItem> tags() const;
    QList<NamedItem> countries() const;     // name = ISO code, count = live customers
    QList<NamedItem> organisationsStartingWith(const QString &prefix, int limit = 20) const;
    Result<qint64> ensureOwner(const QString &name, const QString &email = {});
    Result<qint64> ensureTag(const QString &name);

    // Fills the derived columns of a normalised record; shared with bulk writers.
    struct Derived
    {
        QString sortName;
        QString orgSort;
        QString phoneSearch;
    };
    static Derived derive(const Customer &normalised, const QString &organisationLabel);
    // The name of an organisation record (empty for id 0), what its members show.
    Result<QString> organisationName(qint64 organisationId) const;

private:
    Result<void> writeTags(qint64 customerId, const QStringList &tags);
    Result<void> setDeleted(qint64 id, bool deleted);
    // The write of setDeleted, inside the caller's transaction; storedDeletedAt is the record's.
    Result<void> writeDeleted(qint64 id, bool deleted, const QString &storedDeletedAt, const QString &what);
    // The newest history entry of each field, made after since.
    QHash<QString, QString> lastChanges(qint64 id, const QStringList &fields, const QDateTime &since) const;

    DatabasePtr m_db;
    QString m_actor;
};

} // namespace relatio
