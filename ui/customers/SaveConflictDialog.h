// Asked when a save meets a record someone else changed since the editor opened it, in fields the
// user changed too: each such field shown three ways (yours, theirs, as it was), one to choose.
// Fields only one side changed are merged without asking and listed above.
#pragma once

#include "customers/SaveMerge.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;

namespace relatio {

class SaveConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Yours = 0, Theirs = 1, Original = 2 };

    explicit SaveConflictDialog(const SaveConflict &conflict, QWidget *parent = nullptr);

    Choice choice(const QString &field) const;
    void choose(const QString &field, Choice choice);
    void chooseAll(Choice choice);

    // The record to save: the merge, with each clashing field as chosen. Save it as an edit of
    // the conflict's theirs, so that a change made meanwhile is caught again.
    Customer resolved() const;

    // How a field of a record reads in the dialog.
    static QString fieldText(const Customer &c, const QString &field);

private:
    SaveConflict m_conflict;
    QHash<QString, QButtonGroup *> m_groups;
};

} // namespace relatio
