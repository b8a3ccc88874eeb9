// Follow-ups as an item model: a team member's (or the unassigned ones), read on a worker, or
// one customer's, read at once along follow_up_by_customer. Ticking the box or editing the due
// date asks for the change (doneRequested, dueDateRequested): the UI writes it as an undoable
// command and then calls refreshFollowUps().
#pragma once

#include "interactions/InteractionRepository.h"
#include "interactions/RecordTableModel.h"

#include <QDate>

#include <memory>

namespace relatio {

class QueryThread;

class FollowUpListModel : public RecordTableModel<FollowUp>
{
    Q_OBJECT

public:
    enum Column { Done, Due, Status, Customer, Note, Contact, Assignee, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64
        CustomerIdRole,             // qint64
        InteractionIdRole,          // qint64, 0 = on the customer
        StateRole,                  // int (State)
        DueDateRole,                // QDate
    };
    enum class State { Upcoming, DueToday, Overdue, Done };
    static constexpr int kLimit = 5000;

    explicit FollowUpListModel(DatabasePtr db, QObject *parent = nullptr);
    ~FollowUpListModel() override;

    // A team member's follow-ups (0 = unassigned ones), open ones by due date, and those done in
    // the last doneDays days after them (0 = none). Read on the worker; loaded() follows.
    void showAssignee(qint64 assigneeId, int doneDays = 0);
    // One customer's follow-ups, open ones first; read at once (0 = none).
    void showCustomer(qint64 customerId);
    // Shows nothing (nobody to show them for).
    void clear();
    bool isCustomerList() const { return m_source == Source::Customer; }
    qint64 assigneeId() const { return m_assigneeId; }
    qint64 customerId() const { return m_customerId; }

    void reload();
    bool isLoading() const { return m_applied != m_requested; }
    // Brings these follow-ups' rows up to date. A follow-up ticked done stays in a team
    // member's list until it is read again, so it can be unticked.
    void refreshFollowUps(const QList<qint64> &ids);
    // The day "overdue" is counted from; invalid = today (tests fix it).
    void setToday(const QDate &today);
    QDate today() const;

    State stateOf(const FollowUp &followUp) const;
    int openCount() const;
    int overdueCount() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void loaded(int count);
    void loadFailed(const QString &message);
    void doneRequested(qint64 id, bool done);
    void dueDateRequested(qint64 id, const QDate &due);
    // The open or overdue count may have changed.
    void countsChanged();

protected:
    bool comesBefore(const FollowUp &a, const FollowUp &b) const override;

private:
    bool belongs(const FollowUp &followUp) const;
    QString statusText(const FollowUp &followUp) const;

    enum class Source { Nothing, Assignee, Customer };

    DatabasePtr m_db;
    InteractionRepository m_repository;
    std::unique_ptr<QueryThread> m_worker;
    Source m_source = Source::Nothing;
    qint64 m_assigneeId = 0;
    qint64 m_customerId = 0;
    int m_doneDays = 0;
    quint64 m_requested = 0;
    quint64 m_applied = 0;
    QDate m_today;
};

} // namespace relatio
