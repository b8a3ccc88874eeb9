// The team's complaints: open ones oldest first, with how long they have waited, those from
// public (social) channels marked, for anyone to take; and the recently resolved ones, with who
// took them and when. Double-click opens the customer.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTabBar;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace relatio {

class ComplaintListModel;
class InteractionController;

class ComplaintsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintsPage(InteractionController *controller, QWidget *parent = nullptr);

    ComplaintListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    void showResolved(bool resolved);
    // How far back "recently resolved" reaches: 7, 30, 90 or 365 days.
    void setResolvedDays(int days);
    void setSocialOnly(bool socialOnly);
    void takeCurrent();
    void giveBackCurrent();
    void resolveCurrent();
    void reopenCurrent();
    // Reads the list again now if shown, else when next shown.
    void reload();

signals:
    void openCustomerRequested(qint64 customerId, qint64 interactionId);
    void statusMessage(const QString &message, int timeoutMs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 currentId() const;
    void updateActions();
    void updateCount();
    void showDetails();
    void sizeColumns();
    void report(const QString &error);

    InteractionController *m_controller;
    ComplaintListModel *m_model;
    QTabBar *m_lists;
    QComboBox *m_days;
    QCheckBox *m_socialOnly;
    QLabel *m_count;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_take;
    QPushButton *m_giveBack;
    QPushButton *m_resolve;
    QPushButton *m_reopen;
    QPushButton *m_open;
    bool m_stale = true;
    qint64 m_keepSelection = 0;
};

} // namespace relatio
