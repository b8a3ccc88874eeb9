// The change history on the customer card: every change to the record, field by field, with the
// old and the new value, when, by whom and how (edited, imported, an import undone).
#pragma once

#include "store/Database.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace relatio {

class ChangeHistoryModel;

class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(DatabasePtr db, QWidget *parent = nullptr);

    // The customer shown; 0 shows nothing.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Reads the history again: after a save, an import or its undo (new changes are inserted).
    void refresh();

    ChangeHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    qint64 m_customerId = 0;
    ChangeHistoryModel *m_model;
    QTableView *m_view;
    QLabel *m_error;
};

} // namespace relatio
