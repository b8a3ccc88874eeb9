// "My follow-ups": the current user's follow-ups by due date, overdue ones marked in words and
// colour; tick when done; another team member's or the unassigned ones on request. The due date
// edits in place (F2); double-click opens the customer.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace relatio {

class FollowUpListModel;
class InteractionController;

class FollowUpsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpsPage(InteractionController *controller, QWidget *parent = nullptr);

    FollowUpListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *whoField() const { return m_who; }

    // Shows a team member's follow-ups (0 = the unassigned ones).
    void showAssignee(qint64 ownerId);
    void editCurrent();
    void deleteCurrent();
    // Reads the team and the list again now if shown, else when next shown.
    void reload();

signals:
    void openCustomerRequested(qint64 customerId);
    void statusMessage(const QString &message, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTeam();
    void applyChoice();
    void updateSummary();
    void updateActions();

    InteractionController *m_controller;
    FollowUpListModel *m_model;
    QComboBox *m_who;
    QCheckBox *m_showDone;
    QLabel *m_summary;
    QLabel *m_whoAreYou;
    QTreeView *m_view;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_open;
    bool m_stale = true;
};

} // namespace relatio
