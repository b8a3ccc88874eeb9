// Follow-up list model.
#include "interactions/FollowUpListModel.h"

#include "interactions/QueryThread.h"
#include "interactions/TimeText.h"

#include <QLocale>

namespace relatio {

FollowUpListModel::FollowUpListModel(DatabasePtr db, QObject *parent)
    : RecordTableModel<FollowUp>(parent)
    , m_db(db)
    , m_repository(db)
{
}

FollowUpListModel::~FollowUpListModel() = default;

void FollowUpListModel::showAssignee(qint64 assigneeId, int doneDays)
{
    m_source = Source::Assignee;
    m_customerId = 0;
    m_assigneeId = assigneeId;
    m_doneDays = doneDays;
    reload();
}

void FollowUpListModel::showCustomer(qint64 customerId)
{
    m_source = customerId != 0 ? Source::Customer : Source::Nothing;
    m_customerId = customerId;
    m_assigneeId = 0;
    reload();
}

void FollowUpListModel::clear()
{
    m_source = Source::Nothing;
    m_customerId = 0;
    m_assigneeId = 0;
    reload();
}

void FollowUpListModel::reload()
{
    const quint64 generation = ++m_requested;
    if (m_source == Source::Nothing) {
        m_applied = generation;
        resetRecords({});
        emit loaded(0);
        emit countsChanged();
        return;
    }
    if (m_source == Source::Customer) {
        // One customer's handful, along its index: no need for the worker.
        m_applied = generation;
        auto list = m_repository.followUpsForCustomer(m_customerId);
        resetRecords(list.value_or(QList<FollowUp>()));
        if (!list)
            emit loadFailed(list.error().message);
        emit loaded(int(m_records.size()));
        emit countsChanged();
        return;
    }
    if (!m_worker)
        m_worker = std::make_unique<QueryThread>(m_db, QStringLiteral("follow-up-list"));
    m_worker->post([this, db = m_db, generation, assignee = m_assigneeId, doneDays = m_doneDays]() {
        const InteractionRepository repository(db);
        auto list = repository.followUpsFor(assignee, doneDays, kLimit);
        QMetaObject::invokeMethod(this, [this, generation, list = std::move(list)]() {
            if (generation != m_requested)
                return;
            m_applied = generation;
            resetRecords(list.value_or(QList<FollowUp>()));
            if (!list)
                emit loadFailed(list.error().message);
            emit loaded(int(m_records.size()));
            emit countsChanged();
        }, Qt::QueuedConnection);
    });
}

void FollowUpListModel::refreshFollowUps(const QList<qint64> &ids)
{
    if (m_source == Source::Nothing)
        return;
    if (isLoading()) {
        reload();
        return;
    }
    for (qint64 id : ids) {
        auto followUp = m_repository.getFollowUp(id);
        const bool present = rowOf(id) >= 0;
        std::optional<FollowUp> shown;
        if (followUp
            && (belongs(*followUp)
                || (present && !isCustomerList() && followUp->isDone() && followUp->assigneeId == m_assigneeId)))
            shown = *followUp;
        if (shown || present)
            placeRecord(id, shown);
    }
    emit countsChanged();
}

bool FollowUpListModel::belongs(const FollowUp &f) const
{
    if (isCustomerList())
        return f.customerId == m_customerId;
    if (f.assigneeId != m_assigneeId)
        return false;
    if (!f.isDone())
        return true;
    return m_doneDays > 0 && f.doneAt >= QDateTime::currentDateTimeUtc().addDays(-m_doneDays);
}

bool FollowUpListModel::comesBefore(const FollowUp &a, const FollowUp &b) const
{
    // Open ones by due date, then done ones, the latest done first.
    if (a.isDone() != b.isDone())
        return !a.isDone();
    if (!a.isDone() && a.dueDate != b.dueDate)
        return a.dueDate < b.dueDate;
    if (a.isDone() && a.doneAt != b.doneAt)
        return a.doneAt > b.doneAt;
    return a.id < b.id;
}

void FollowUpListModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_records.size()) - 1, ColumnCount - 1));
    emit countsChanged();
}

QDate FollowUpListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

FollowUpListModel::State FollowUpListModel::stateOf(const FollowUp &f) const
{
    if (f.isDone())
        return State::Done;
    if (f.isOverdue(today()))
        return State::Overdue;
    return f.dueDate == today() ? State::DueToday : State::Upcoming;
}

int FollowUpListModel::openCount() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(), [](const FollowUp &f) { return !f.isDone(); }));
}

int FollowUpListModel::overdueCount() const
{
    return int(std::count_if(m_records.cbegin(), m_records.cend(),
                             [this](const FollowUp &f) { return stateOf(f) == State::Overdue; }));
}

QString FollowUpListModel::statusText(const FollowUp &f) const
{
    switch (stateOf(f)) {
    case State::Done: return tr("Done %1").arg(TimeText::day(f.doneAt.toLocalTime().date()));
    case State::DueToday: return tr("Due today");
    case State::Overdue: {
        const qint64 days = f.dueDate.daysTo(today());
        return days == 1 ? tr("Overdue by 1 day") : tr("Overdue by %1 days").arg(QLocale().toString(days));
    }
    case State::Upcoming: {
        const qint64 days = today().daysTo(f.dueDate);
        return days == 1 ? tr("Due tomorrow") : tr("Due in %1 days").arg(QLocale().toString(days));
    }
    }
    return {};
}

int FollowUpListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const FollowUp &f = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due: return TimeText::day(f.dueDate);
        case Status: return statusText(f);
        case Customer: return f.customerName;
        case Note: return f.note;
        case Contact: return f.interactionSubject;
        case Assignee: return f.assigneeId > 0 ? f.assigneeName : tr("nobody");
        }
        return {};
    case Qt::EditRole:
        if (index.column() == Due)
            return f.dueDate;
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (index.column() == Done)
            return f.isDone() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Done: return f.isDone() ? tr("Done; untick to open it again") : tr("Tick when done");
        case Due: return tr("Double-click or press F2 to change the due date");
        case Status: return tr("Due %1").arg(QLocale().toString(f.dueDate, QLocale::LongFormat));
        case Note: return f.note.isEmpty() ? QVariant() : QVariant(f.note);
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Done)
            return f.isDone() ? tr("Done") : tr("Not done");
        return {};
    case IdRole: return f.id;
    case CustomerIdRole: return f.customerId;
    case InteractionIdRole: return f.interactionId;
    case StateRole: return int(stateOf(f));
    case DueDateRole: return f.dueDate;
    default: return {};
    }
}

QVariant FollowUpListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Done: return tr("Done");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case Customer: return tr("Customer");
    case Note: return tr("What to do");
    case Contact: return tr("On contact");
    case Assignee: return tr("Assignee");
    }
    return {};
}

Qt::ItemFlags FollowUpListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = RecordTableModel<FollowUp>::flags(index);
    if (index.column() == Done)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == Due)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FollowUpListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_records.size())
        return false;
    const FollowUp &f = m_records.at(index.row());
    if (index.column() == Done && role == Qt::CheckStateRole) {
        const bool done = value.toInt() == Qt::Checked;
        if (done != f.isDone())
            emit doneRequested(f.id, done);
        return true;
    }
    if (index.column() == Due && role == Qt::EditRole) {
        const QDate due = value.toDate();
        if (due.isValid() && due != f.dueDate)
            emit dueDateRequested(f.id, due);
        return true;
    }
    return false;
}

} // namespace relatio
