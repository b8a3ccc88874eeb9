// Asked when a save meets a record someone else changed since the editor opened it, in fields the
// user changed too: each such field shown three ways (yours, theirs, as it was), one to choose.
// Fields only one side changed are merged without asking and listed above. For customers, and
// for any record merged by mergeThreeWay (contacts, orders).
#pragma once

#include "customers/SaveMerge.h"
#include "util/Result.h"
#include "util/ThreeWay.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QButtonGroup;

namespace relatio {

class SaveConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Yours = 0, Theirs = 1, Original = 2 };

    // One clashing field as shown.
    struct Row
    {
        QString field;
        QString label;
        QString yours;
        QString theirs;
        QString original;
        QString theirChange;    // who changed theirs, and when; empty when not known
    };

    // name: the record as the sentence "… was changed elsewhere while you were working on it"
    // names it; merged: the labels of fields taken from the other change without asking.
    SaveConflictDialog(const QString &name, const QList<Row> &rows, const QStringList &merged,
                       QWidget *parent = nullptr);
    // A customer's clash; resolved() gives the record to save.
    explicit SaveConflictDialog(const SaveConflict &conflict, QWidget *parent = nullptr);

    // A record merged by mergeThreeWay, its fields read through label and text.
    template<typename Record, typename Label, typename Text>
    static SaveConflictDialog *forRecord(const QString &name, const RecordConflict<Record> &conflict, Label label,
                                         Text text, QWidget *parent)
    {
        QList<Row> rows;
        for (const QString &field : conflict.merge.clashes)
            rows.append(Row{field, label(field), text(conflict.yours, field), text(conflict.theirs, field),
                            text(conflict.original, field), {}});
        QStringList merged;
        for (const QString &field : conflict.merge.theirs)
            merged.append(label(field));
        return new SaveConflictDialog(name, rows, merged, parent);
    }
    // Saves toSave as an edit of opened through save(opened, toSave, &conflict), a controller's
    // three-way save; on a clash asks, and saves the choice as an edit of what was read then, until
    // it is saved. The fields taken from elsewhere; Error::Code::Cancelled when the user went back
    // to editing.
    template<typename Record, typename Label, typename Text, typename Save>
    static Result<QStringList> saveAsking(QWidget *parent, const QString &name, Record opened, Record toSave,
                                          const QList<MergeField<Record>> &fields, Label label, Text text, Save save)
    {
        for (;;) {
            RecordConflict<Record> conflict;
            auto saved = save(opened, toSave, &conflict);
            if (saved || saved.error().code != Error::Code::Conflict)
                return saved;
            std::unique_ptr<SaveConflictDialog> ask(forRecord(name, conflict, label, text, parent));
            if (ask->exec() != QDialog::Accepted)
                return fail(Error::Code::Cancelled, tr("Not saved."));
            toSave = ask->resolve(conflict, fields);
            opened = conflict.theirs;
        }
    }

    // That record with each clashing field as chosen: save it as an edit of conflict.theirs.
    template<typename Record>
    Record resolve(const RecordConflict<Record> &conflict, const QList<MergeField<Record>> &fields) const
    {
        Record out = conflict.merge.merged;
        for (const MergeField<Record> &f : fields) {
            if (!conflict.merge.clashes.contains(f.name))
                continue;
            const Choice chosen = choice(f.name);
            f.take(out, chosen == Yours ? conflict.yours : chosen == Theirs ? conflict.theirs : conflict.original);
        }
        return out;
    }

    Choice choice(const QString &field) const;
    void choose(const QString &field, Choice choice);
    void chooseAll(Choice choice);

    // The record to save: the merge, with each clashing field as chosen. Save it as an edit of
    // the conflict's theirs, so that a change made meanwhile is caught again.
    Customer resolved() const;

    // How a field of a record reads in the dialog.
    static QString fieldText(const Customer &c, const QString &field);

private:
    void build(const QString &name, const QList<Row> &rows, const QStringList &merged);

    SaveConflict m_conflict;
    QHash<QString, QButtonGroup *> m_groups;
};

} // namespace relatio
