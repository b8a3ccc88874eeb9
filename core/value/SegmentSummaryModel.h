// The ten value segments as a table: customers, share, revenue, average and total CLV and
// average P(alive) per segment, from a SegmentOverview (read off the GUI thread by the page).
#pragma once

#include "value/ValueStore.h"

#include <QAbstractTableModel>

namespace relatio::value {

class SegmentSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Segment, Customers, Share, Revenue, AverageClv, TotalClv, AverageAlive, ColumnCount };
    enum Role {
        SegmentRole = Qt::UserRole + 1,  // int, 1 … 10
        ValueRole,                       // the raw number of a figure column (double)
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Keeps the rows (always the ten segments, in RfmSegment order) and reports changed figures.
    void setOverview(const SegmentOverview &overview, const QString &currency);
    const SegmentOverview &overview() const { return m_overview; }
    int rowOfSegment(int segment) const { return segment - 1; }
    // What a segment means, in a sentence (for tool tips).
    static QString segmentDescription(int segment);

private:
    QString money(double value) const;

    SegmentOverview m_overview;
    QString m_currency;
};

} // namespace relatio::value
