// A save that meets a record someone else changed since it was opened (another user of the same
// file, or a sync that ran meanwhile): the two edits are merged field by field against the record
// as it was opened, and only fields both sides changed, to different values, need a person.
#pragma once

#include "customers/Customer.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace relatio {

class SaveMerge
{
    Q_DECLARE_TR_FUNCTIONS(SaveMerge)

public:
    // The fields a save merges, by the names the change history stores them under ("email",
    // "owner", "organisation", "tags", …), in the order the editor shows them, and "deleted_at".
    static const QStringList &fields();

    // Whether two states of a record hold the same value in a field (tags: the same set, ignoring
    // order and case).
    static bool same(const Customer &a, const Customer &b, const QString &field);
    // A text field's value ("email", "city", …); empty for the others.
    static QString text(const Customer &c, const QString &field);
    // Sets a field of into to its value in from (with its derived label: owner or organisation name).
    static void take(Customer &into, const Customer &from, const QString &field);

    // Merges yours and theirs, two edits of original: a field only one side changed takes that
    // side's value; tags merge per tag (added on one side and removed on none stays, and so on), so
    // they never clash. A field both changed to different values is a clash, and merged holds yours
    // there. A record deleted elsewhere while you edited it clashes on "deleted_at".
    struct Outcome
    {
        Customer merged;
        QStringList clashes;        // fields both sides changed differently
        QStringList theirs;         // fields only they changed, taken into merged without asking
    };
    static Outcome merge(const Customer &original, const Customer &yours, const Customer &theirs);
};

// What a save that clashes reports, so the editor can show each field three ways and save a choice.
struct SaveConflict
{
    Customer original;          // as the editor opened it
    Customer yours;             // as the editor would save it (normalised)
    Customer theirs;            // as it is stored now
    SaveMerge::Outcome merge;
    // The newest change of each field on their side, from the change history, as "who, when";
    // missing for a field the history does not know (a sync writes no history).
    QHash<QString, QString> theirChange;
};

} // namespace relatio
