// A customer's contacts across channels, newest first, as an item model: read a page at a time
// along the interaction_by_customer index (keyset paging), so a customer with many thousands of
// contacts opens as fast as one with three. Changes arrive record by record.
#pragma once

#include "interactions/InteractionRepository.h"
#include "interactions/RecordTableModel.h"

#include <QDateTime>

namespace relatio {

class TimelineModel : public RecordTableModel<Interaction>
{
    Q_OBJECT

public:
    enum Column { When, Channel, Direction, Kind, Subject, HandledBy, Scores, Complaint, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64
        ChannelIdRole,              // qint64
        DirectionRole,              // int (Direction)
        KindRole,                   // int (InteractionKind)
        ComplaintStateRole,         // int (ComplaintState)
        OccurredAtRole,             // QDateTime, UTC
        NotesRole,                  // QString
    };
    static constexpr int kPageSize = 200;

    explicit TimelineModel(DatabasePtr db, QObject *parent = nullptr);

    // Shows a customer's contacts (0 = none) from the newest; the filter stays.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Empty sets show everything.
    void setFilter(const QSet<qint64> &channelIds, const QSet<InteractionKind> &kinds);
    TimelineFilter filter() const { return m_filter; }
    // Reads the first page again (after many changes, or renamed channels).
    void reload();
    // Brings the rows of these contacts up to date (added, edited, deleted, restored).
    void refreshInteractions(const QList<qint64> &ids);
    // Relative times ("5 min ago") move on: tells views the When column changed.
    void refreshTimes();
    // The moment relative times are counted from; invalid = the clock (tests fix it).
    void setNow(const QDateTime &now) { m_now = now; }

    // Contacts of the customer that pass the filter, loaded or not.
    qint64 totalCount() const { return m_total; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void countChanged(qint64 count);
    void loadFailed(const QString &message);

protected:
    bool comesBefore(const Interaction &a, const Interaction &b) const override;
    bool isWithinLoaded(const Interaction &interaction) const override;

private:
    QList<Interaction> readPage();
    bool passesFilter(const Interaction &interaction) const;
    void updateCount();
    QDateTime now() const;

    InteractionRepository m_repository;
    qint64 m_customerId = 0;
    TimelineFilter m_filter;
    bool m_atEnd = true;
    // Where the next page starts: the last contact read (it may have been deleted since).
    QDateTime m_cursorTime;
    qint64 m_cursorId = 0;
    qint64 m_total = 0;
    QDateTime m_now;
};

} // namespace relatio
