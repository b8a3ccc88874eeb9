// Merging two edits of one record field by field against the state both started from: what a
// save does when the record was changed elsewhere (another user of the file, a sync) since the
// editor read it. CustomerRepository has its own rules for tags; contacts and orders use this.
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace relatio {

template<typename Record>
struct MergeField
{
    QString name;                                           // as the history and the dialog know it
    std::function<bool(const Record &, const Record &)> same;
    std::function<void(Record &, const Record &)> take;     // with what is derived from it
    bool deletion = false;                                  // the tombstone: see mergeThreeWay
};

// A field for one member, compared with ==; extra members (names joined in) are copied along.
template<typename Record, typename T, typename... Extra>
MergeField<Record> mergeField(const char *name, T Record::*member, Extra Record::*...extra)
{
    return {QString::fromLatin1(name),
            [member](const Record &a, const Record &b) { return a.*member == b.*member; },
            [member, extra...](Record &into, const Record &from) {
                into.*member = from.*member;
                ((into.*extra = from.*extra), ...);
            }};
}

// Fields by their labels, for a message: "E-mail, City".
template<typename Label>
QString fieldLabels(const QStringList &fields, Label label)
{
    QStringList labels;
    for (const QString &field : fields)
        labels.append(label(field));
    return labels.join(QStringLiteral(", "));
}

template<typename Record>
struct MergeOutcome
{
    Record merged;          // yours, with what only they changed taken from theirs
    QStringList clashes;    // fields both changed to different values (merged holds yours)
    QStringList theirs;     // fields taken from theirs without asking
};

// A field only one side changed takes that side's value; both changed alike is no clash. A record
// deleted elsewhere clashes on its deletion field when yours changed anything; with nothing of
// yours to save it simply stays deleted.
template<typename Record>
MergeOutcome<Record> mergeThreeWay(const QList<MergeField<Record>> &fields, const Record &original,
                                   const Record &yours, const Record &theirs)
{
    MergeOutcome<Record> out;
    out.merged = yours;
    bool youChangedContent = false;
    for (const MergeField<Record> &f : fields)
        if (!f.deletion && !f.same(original, yours))
            youChangedContent = true;
    for (const MergeField<Record> &f : fields) {
        const bool youChanged = !f.same(original, yours);
        const bool theyChanged = !f.same(original, theirs);
        if (!theyChanged)
            continue;
        const bool clash = f.deletion ? youChangedContent && !youChanged
                                      : youChanged && !f.same(yours, theirs);
        if (clash) {
            out.clashes.append(f.name);
        } else if (!f.same(yours, theirs)) {
            f.take(out.merged, theirs);
            out.theirs.append(f.name);
        }
    }
    return out;
}

// What a merged save did: the state stored just before it (what undo goes back to), and the
// fields it took from the other change.
template<typename Record>
struct MergedSave
{
    Record before;
    QStringList theirs;
};

// What a save that clashes reports: the three states, and the merge so far.
template<typename Record>
struct RecordConflict
{
    Record original;
    Record yours;
    Record theirs;
    MergeOutcome<Record> merge;
};

// The middle of a three-way save, inside the caller's write transaction, once it has read what
// is stored: merges mine (an edit of original) with stored. A clash fills conflict and fails with
// Error::Code::Conflict, its message clash with %1 the clashing fields' labels; otherwise write
// gets the merged record when it differs from stored at all.
template<typename Record, typename Label, typename Write>
Result<MergedSave<Record>> mergeAndWrite(const QList<MergeField<Record>> &fields, const Record &original,
                                         const Record &mine, const Record &stored, RecordConflict<Record> *conflict,
                                         Label label, const QString &clash, Write write)
{
    MergeOutcome<Record> merge = mergeThreeWay(fields, original, mine, stored);
    if (!merge.clashes.isEmpty()) {
        const QString labels = fieldLabels(merge.clashes, label);
        if (conflict)
            *conflict = RecordConflict<Record>{original, mine, stored, std::move(merge)};
        return fail(Error::Code::Conflict, clash.arg(labels));
    }
    const bool changed = std::any_of(fields.cbegin(), fields.cend(),
                                     [&](const MergeField<Record> &f) { return !f.same(merge.merged, stored); });
    if (changed) {
        if (auto written = write(merge.merged); !written)
            return std::unexpected(written.error());
    }
    return MergedSave<Record>{stored, merge.theirs};
}

} // namespace relatio
