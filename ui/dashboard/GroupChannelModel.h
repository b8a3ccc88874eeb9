// Satisfaction per customer group (rows) and channel (columns, then all channels together), for
// the heat map. One measure at a time; cells with too few answers say so.
#pragma once

#include "dashboard/DashboardFilter.h"
#include "interactions/SatisfactionStats.h"

#include <QAbstractTableModel>

namespace relatio {

class GroupChannelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // double: mean CSAT or NPS
        CountRole,                    // qint64: answers to the measure
        EnoughRole,                   // bool: count >= SatisfactionStats::minimumAnswers
        LowRole,                      // double: 95% interval
        HighRole,
        GroupRole,                    // QVariant: the group's key (country code, owner id, tag id)
        ChannelIdRole,                // qint64; 0 for the all-channels column
    };

    explicit GroupChannelModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFigures(const QList<GroupChannelFigures> &figures);
    const QList<GroupChannelFigures> &figures() const { return m_figures; }
    Measure measure() const { return m_measure; }
    void setMeasure(Measure measure);
    // The row of a group, -1 if it has none.
    int rowOf(const QVariant &group) const;
    // The cell's figures: a channel column, or the group's total in the last column.
    const ChannelFigures *cell(const QModelIndex &index) const;

private:
    QList<GroupChannelFigures> m_figures;
    QList<qint64> m_channelIds;
    QStringList m_channelNames;
    Measure m_measure = Measure::Csat;
};

} // namespace relatio
