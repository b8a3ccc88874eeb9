// The contact channels as an editable item model: names can be edited in place, the social flag
// ticked; adding, retiring and moving go through its functions. Every change is written at once;
// a refusal (a duplicate name) comes back through failed().
#pragma once

#include "interactions/InteractionRepository.h"

#include <QAbstractTableModel>

namespace relatio {

class ChannelListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Social, Status, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64
        RetiredRole,                // bool
    };

    explicit ChannelListModel(DatabasePtr db, QObject *parent = nullptr);

    void reload();
    const Channel &channelAt(int row) const { return m_channels.at(row); }
    int rowOf(qint64 id) const;

    // Each returns false (and emits failed) when the change was refused.
    bool addChannel(const QString &name, bool social);
    bool setRetired(int row, bool retired);
    bool moveChannel(int row, int newRow);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void failed(const QString &message);
    // Something about the channels changed (names, flags, order, added, retired).
    void channelsChanged();

private:
    void reread(int row);

    InteractionRepository m_repository;
    QList<Channel> m_channels;
};

} // namespace relatio
