// Channel list model.
#include "interactions/ChannelListModel.h"

namespace relatio {

ChannelListModel::ChannelListModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(db))
{
    reload();
}

void ChannelListModel::reload()
{
    beginResetModel();
    auto channels = m_repository.channels();
    m_channels = channels.value_or(QList<Channel>());
    endResetModel();
    if (!channels)
        emit failed(channels.error().message);
}

int ChannelListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_channels.size(); ++i)
        if (m_channels.at(i).id == id)
            return int(i);
    return -1;
}

void ChannelListModel::reread(int row)
{
    auto channels = m_repository.channels();
    if (!channels)
        return;
    for (const Channel &c : std::as_const(*channels))
        if (c.id == m_channels.at(row).id)
            m_channels[row] = c;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit channelsChanged();
}

bool ChannelListModel::addChannel(const QString &name, bool social)
{
    auto id = m_repository.addChannel(name, social);
    if (!id) {
        emit failed(id.error().message);
        return false;
    }
    auto channels = m_repository.channels();
    if (!channels)
        return false;
    for (const Channel &c : std::as_const(*channels)) {
        if (c.id == *id) {
            const int row = int(m_channels.size());
            beginInsertRows({}, row, row);
            m_channels.append(c);
            endInsertRows();
        }
    }
    emit channelsChanged();
    return true;
}

bool ChannelListModel::setRetired(int row, bool retired)
{
    if (row < 0 || row >= m_channels.size())
        return false;
    if (auto done = m_repository.setChannelRetired(m_channels.at(row).id, retired); !done) {
        emit failed(done.error().message);
        return false;
    }
    reread(row);
    return true;
}

bool ChannelListModel::moveChannel(int row, int newRow)
{
    if (row < 0 || row >= m_channels.size() || newRow < 0 || newRow >= m_channels.size() || row == newRow)
        return false;
    if (auto done = m_repository.moveChannel(m_channels.at(row).id, newRow); !done) {
        emit failed(done.error().message);
        return false;
    }
    beginMoveRows({}, row, row, {}, newRow > row ? newRow + 1 : newRow);
    m_channels.move(row, newRow);
    endMoveRows();
    emit channelsChanged();
    return true;
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_channels.size())
        return {};
    const Channel &c = m_channels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return c.displayName();
        case Status: return c.retired ? tr("Retired: kept in history only") : tr("In use");
        }
        return {};
    case Qt::EditRole:
        if (index.column() == Name)
            return c.displayName();
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Social)
            return c.social ? tr("Public (social)") : tr("Not public");
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Social)
            return c.social ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return c.code.isEmpty() || c.name.isEmpty()
                ? tr("Double-click or press F2 to rename")
                : tr("Built-in channel “%1”, renamed; clear the name to go back to it.").arg(Channel::defaultName(c.code));
        case Social:
            return tr("Public (social) channels: a complaint there may be picked up by anyone on the team");
        }
        return {};
    case IdRole: return c.id;
    case RetiredRole: return c.retired;
    default: return {};
    }
}

QVariant ChannelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Channel");
    case Social: return tr("Social (public)");
    case Status: return tr("Status");
    }
    return {};
}

Qt::ItemFlags ChannelListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name)
        f |= Qt::ItemIsEditable;
    if (index.column() == Social)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ChannelListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_channels.size())
        return false;
    const Channel &c = m_channels.at(index.row());
    Result<void> done;
    if (index.column() == Name && role == Qt::EditRole) {
        if (value.toString().simplified() == c.displayName())
            return true;
        done = m_repository.renameChannel(c.id, value.toString());
    } else if (index.column() == Social && role == Qt::CheckStateRole) {
        done = m_repository.setChannelSocial(c.id, value.toInt() == Qt::Checked);
    } else {
        return false;
    }
    if (!done) {
        emit failed(done.error().message);
        return false;
    }
    reread(index.row());
    return true;
}

} // namespace relatio
