// Timeline model: keyset pages of a customer's contacts.
#include "interactions/TimelineModel.h"

#include "interactions/InteractionText.h"
#include "interactions/TimeText.h"

namespace relatio {

TimelineModel::TimelineModel(DatabasePtr db, QObject *parent)
    : RecordTableModel<Interaction>(parent)
    , m_repository(std::move(db))
{
}

void TimelineModel::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    reload();
}

void TimelineModel::setFilter(const QSet<qint64> &channelIds, const QSet<InteractionKind> &kinds)
{
    if (channelIds == m_filter.channelIds && kinds == m_filter.kinds)
        return;
    m_filter.channelIds = channelIds;
    m_filter.kinds = kinds;
    reload();
}

void TimelineModel::reload()
{
    // The first page comes with the reset, so views get rows and a count in one go.
    beginResetModel();
    m_records.clear();
    m_cursorTime = {};
    m_cursorId = 0;
    m_atEnd = m_customerId == 0;
    if (!m_atEnd)
        m_records = readPage();
    endResetModel();
    updateCount();
}

QList<Interaction> TimelineModel::readPage()
{
    TimelineFilter page = m_filter;
    page.limit = kPageSize;
    page.olderThan = m_cursorTime;
    page.olderThanId = m_cursorId;
    auto rows = m_repository.timeline(m_customerId, page);
    if (!rows) {
        m_atEnd = true;
        emit loadFailed(rows.error().message);
        return {};
    }
    m_atEnd = rows->size() < kPageSize;
    if (!rows->isEmpty()) {
        m_cursorTime = rows->constLast().occurredAt;
        m_cursorId = rows->constLast().id;
    }
    return *rows;
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<Interaction> rows = readPage();
    // A contact placed by refreshInteractions() may be on this page too.
    QList<Interaction> fresh;
    fresh.reserve(rows.size());
    for (const Interaction &i : rows)
        if (rowOf(i.id) < 0)
            fresh.append(i);
    appendRecords(fresh);
}

void TimelineModel::refreshInteractions(const QList<qint64> &ids)
{
    if (m_customerId == 0)
        return;
    bool touched = false;
    for (qint64 id : ids) {
        auto interaction = m_repository.get(id);
        std::optional<Interaction> shown;
        if (interaction && passesFilter(*interaction))
            shown = *interaction;
        if (shown || rowOf(id) >= 0)
            placeRecord(id, shown);
        touched = touched || rowOf(id) >= 0 || (interaction && interaction->customerId == m_customerId);
    }
    if (touched)
        updateCount();
}

void TimelineModel::refreshTimes()
{
    if (!m_records.isEmpty())
        emit dataChanged(index(0, When), index(int(m_records.size()) - 1, When), {Qt::DisplayRole});
}

bool TimelineModel::passesFilter(const Interaction &i) const
{
    return i.customerId == m_customerId && !i.deletedAt.isValid()
        && (m_filter.channelIds.isEmpty() || m_filter.channelIds.contains(i.channelId))
        && (m_filter.kinds.isEmpty() || m_filter.kinds.contains(i.kind));
}

bool TimelineModel::comesBefore(const Interaction &a, const Interaction &b) const
{
    if (a.occurredAt != b.occurredAt)
        return a.occurredAt > b.occurredAt;
    return a.id > b.id;
}

bool TimelineModel::isWithinLoaded(const Interaction &i) const
{
    if (m_atEnd || !m_cursorTime.isValid())
        return true;
    // Not older than the last contact read: a later page would not bring it.
    return i.occurredAt > m_cursorTime || (i.occurredAt == m_cursorTime && i.id >= m_cursorId);
}

void TimelineModel::updateCount()
{
    qint64 total = 0;
    if (m_customerId != 0) {
        auto counted = m_repository.countTimeline(m_customerId, m_filter);
        total = counted.value_or(qint64(m_records.size()));
    }
    if (total != m_total) {
        m_total = total;
        emit countChanged(total);
    }
}

QDateTime TimelineModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Interaction &i = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return TimeText::when(i.occurredAt, now());
        case Channel: return i.channelName;
        case Direction: return directionName(i.direction);
        case Kind: return kindName(i.kind);
        case Subject: return InteractionText::title(i);
        case HandledBy: return i.handledByName;
        case Scores: return InteractionText::scores(i);
        case Complaint: return InteractionText::complaintStateName(i);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == When)
            return TimeText::full(i.occurredAt);
        if (index.column() == Subject && !i.notes.isEmpty())
            return i.notes.left(500);
        return {};
    case IdRole: return i.id;
    case ChannelIdRole: return i.channelId;
    case DirectionRole: return int(i.direction);
    case KindRole: return int(i.kind);
    case ComplaintStateRole: return int(InteractionText::complaintState(i));
    case OccurredAtRole: return i.occurredAt;
    case NotesRole: return i.notes;
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Channel: return tr("Channel");
    case Direction: return tr("Direction");
    case Kind: return tr("Kind");
    case Subject: return tr("Subject");
    case HandledBy: return tr("Handled by");
    case Scores: return tr("Scores");
    case Complaint: return tr("Complaint");
    }
    return {};
}

} // namespace relatio
