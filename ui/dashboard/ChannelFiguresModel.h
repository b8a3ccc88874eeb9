// Satisfaction per channel as a table: mean CSAT with its interval and answers, NPS likewise. The
// figures behind the per-channel charts, and the way to read them without colours.
#pragma once

#include "interactions/SatisfactionStats.h"

#include <QAbstractTableModel>

namespace relatio {

class ChannelFiguresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Channel, Csat, CsatInterval, CsatAnswers, Nps, NpsInterval, NpsAnswers, Contacts, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1, // the raw figure: double mean or NPS, qint64 counts, channel name
        EnoughRole,                   // bool: the column's measure has enough answers
        ChannelIdRole,                // qint64
    };

    explicit ChannelFiguresModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Same channels as before: their cells change; other channels: the rows are replaced.
    void setFigures(const QList<ChannelFigures> &figures);
    const QList<ChannelFigures> &figures() const { return m_figures; }

private:
    QList<ChannelFigures> m_figures;
};

} // namespace relatio
