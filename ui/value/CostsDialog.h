// Recording acquisition and retention costs: a list of the entries (newest period first) with
// adding, editing, deleting and restoring, each entry for a segment or all, a channel or all,
// over a period.
#pragma once

#include "value/CostEntry.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace relatio {

class CostsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CostsDialog(DatabasePtr db, QWidget *parent = nullptr);

    // The entry editor on its own: fills entry from what the user typed; false when cancelled.
    // Used by the list's Add and Edit buttons.
    bool editEntry(CostEntry &entry, bool isNew);
    qint64 currentEntry() const;

signals:
    void costsChanged();

private:
    void fill(qint64 select);
    void selectionChanged();
    void add();
    void edit();
    void deleteOrRestore();

    DatabasePtr m_db;
    CostEntryRepository m_repository;
    QTreeWidget *m_list;
    QCheckBox *m_showDeleted;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_total;
    QLabel *m_error;
};

} // namespace relatio
