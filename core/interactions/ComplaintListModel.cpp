// Complaint list model.
#include "interactions/ComplaintListModel.h"

#include "interactions/InteractionText.h"
#include "interactions/QueryThread.h"
#include "interactions/TimeText.h"

namespace relatio {

ComplaintListModel::ComplaintListModel(DatabasePtr db, QObject *parent)
    : RecordTableModel<Interaction>(parent)
    , m_db(db)
    , m_repository(db)
    , m_worker(std::make_unique<QueryThread>(db, QStringLiteral("complaint-list")))
{
}

ComplaintListModel::~ComplaintListModel() = default;

void ComplaintListModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    reload();
}

void ComplaintListModel::setSocialOnly(bool socialOnly)
{
    if (socialOnly == m_socialOnly)
        return;
    m_socialOnly = socialOnly;
    reload();
}

void ComplaintListModel::setResolvedDays(int days)
{
    if (days == m_resolvedDays)
        return;
    m_resolvedDays = days;
    if (m_mode == Mode::Resolved)
        reload();
}

void ComplaintListModel::readChannels()
{
    m_social.clear();
    if (auto channels = m_repository.channels())
        for (const relatio::Channel &c : std::as_const(*channels))
            m_social.insert(c.id, c.social);
}

void ComplaintListModel::reload()
{
    readChannels();
    const quint64 generation = ++m_requested;
    const Mode mode = m_mode;
    const bool socialOnly = m_socialOnly;
    const int days = m_resolvedDays;
    m_worker->post([this, db = m_db, generation, mode, socialOnly, days]() {
        const InteractionRepository repository(db);
        auto list = mode == Mode::Open ? repository.openComplaints(socialOnly, kLimit)
                                       : repository.resolvedComplaints(days, kLimit, socialOnly);
        // Answered on the model's thread; dropped if the model is gone or a newer request came.
        QMetaObject::invokeMethod(this, [this, generation, list = std::move(list)]() {
            if (generation != m_requested)
                return;
            m_applied = generation;
            if (!list) {
                resetRecords({});
                emit loadFailed(list.error().message);
                return;
            }
            resetRecords(*list);
            emit loaded(int(m_records.size()));
        }, Qt::QueuedConnection);
    });
}

void ComplaintListModel::refreshInteractions(const QList<qint64> &ids)
{
    if (isLoading()) {
        // The list on its way may have been read before these changes.
        reload();
        return;
    }
    for (qint64 id : ids) {
        auto interaction = m_repository.get(id);
        std::optional<Interaction> shown;
        if (interaction && belongs(*interaction))
            shown = *interaction;
        if (shown || rowOf(id) >= 0)
            placeRecord(id, shown);
    }
}

bool ComplaintListModel::belongs(const Interaction &i) const
{
    if (i.kind != InteractionKind::Complaint || i.deletedAt.isValid())
        return false;
    if (m_socialOnly && !isSocial(i.channelId))
        return false;
    if (m_mode == Mode::Open)
        return !i.resolvedAt.isValid();
    return i.resolvedAt.isValid() && i.resolvedAt >= now().addDays(-m_resolvedDays);
}

bool ComplaintListModel::comesBefore(const Interaction &a, const Interaction &b) const
{
    if (m_mode == Mode::Open) {
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt < b.occurredAt;
        return a.id < b.id;
    }
    if (a.resolvedAt != b.resolvedAt)
        return a.resolvedAt > b.resolvedAt;
    return a.id > b.id;
}

QDateTime ComplaintListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const Interaction &i = m_records.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Age:
            // Open: how long it has waited. Resolved: how long it took.
            return m_mode == Mode::Open || !i.resolvedAt.isValid() ? TimeText::age(i.occurredAt, now())
                                                                  : TimeText::age(i.occurredAt, i.resolvedAt);
        case Received: return TimeText::when(i.occurredAt, now());
        case Customer: return i.customerName;
        case Channel: return isSocial(i.channelId) ? tr("%1 (public)").arg(i.channelName) : i.channelName;
        case Subject: return InteractionText::title(i);
        case TakenBy: return i.takenById > 0 ? i.takenByName : tr("nobody yet");
        case Taken: return TimeText::when(i.takenAt, now());
        case Resolved: return TimeText::when(i.resolvedAt, now());
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Age:
        case Received: return TimeText::full(i.occurredAt);
        case Channel:
            return isSocial(i.channelId) ? tr("A public channel: anyone on the team may pick this complaint up.")
                                         : QVariant();
        case Subject: return i.notes.isEmpty() ? QVariant() : QVariant(i.notes.left(500));
        case Taken: return TimeText::full(i.takenAt);
        case Resolved: return TimeText::full(i.resolvedAt);
        }
        return {};
    case IdRole: return i.id;
    case CustomerIdRole: return i.customerId;
    case SocialRole: return isSocial(i.channelId);
    case TakenByIdRole: return i.takenById;
    case ResolvedRole: return i.resolvedAt.isValid();
    default: return {};
    }
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Age: return m_mode == Mode::Open ? tr("Waiting") : tr("Took");
    case Received: return tr("Received");
    case Customer: return tr("Customer");
    case Channel: return tr("Channel");
    case Subject: return tr("Subject");
    case TakenBy: return tr("Taken by");
    case Taken: return tr("Taken");
    case Resolved: return tr("Resolved");
    }
    return {};
}

} // namespace relatio
