// The customer card's follow-ups: open ones by due date (overdue ones marked), then done ones;
// tick to mark done, add, change or delete.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace relatio {

class FollowUpListModel;
class InteractionController;

class CustomerFollowUpsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFollowUpsPanel(InteractionController *controller, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId, bool writable = true);
    void reload();
    void addFollowUp();
    void editCurrent();
    void deleteCurrent();

    FollowUpListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

signals:
    // Open follow-ups of the customer, for the tab's title.
    void openCountChanged(int open, int overdue);
    void statusMessage(const QString &message, int timeoutMs);

private:
    void updateActions();

    InteractionController *m_controller;
    FollowUpListModel *m_model;
    bool m_writable = true;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

// Writes a done/undone tick or a new due date asked for in a follow-up list, reporting failures
// in a message box over parent.
void connectFollowUpEdits(FollowUpListModel *model, InteractionController *controller, QWidget *parent);
// Space in the view ticks or unticks the current follow-up, whichever column has the focus.
void addDoneShortcut(QTreeView *view, FollowUpListModel *model);

} // namespace relatio
