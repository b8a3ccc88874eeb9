// Group × channel satisfaction table.
#include "dashboard/GroupChannelModel.h"

namespace relatio {

namespace {

// Splits a long channel name over two lines at the space nearest its middle, so that the columns
// of a heat map stay narrow enough for eight channels ("Selvbetjening\npå nett").
QString twoLines(const QString &name)
{
    if (name.size() < 12)
        return name;
    const qsizetype middle = name.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < name.size(); ++i)
        if (name[i] == QLatin1Char(' ') && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
            best = i;
    if (best < 0)
        return name;
    QString split = name;
    split[best] = QLatin1Char('\n');
    return split;
}

} // namespace

GroupChannelModel::GroupChannelModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int GroupChannelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int GroupChannelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_figures.isEmpty() ? 0 : int(m_channelIds.size()) + 1;
}

const ChannelFigures *GroupChannelModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_figures.size())
        return nullptr;
    const GroupChannelFigures &group = m_figures.at(index.row());
    if (index.column() == m_channelIds.size())
        return &group.total;
    if (index.column() < group.channels.size())
        return &group.channels.at(index.column());
    return nullptr;
}

QVariant GroupChannelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelFigures *f = cell(index);
    if (!f)
        return {};
    const bool csat = m_measure == Measure::Csat;
    const qint64 count = csat ? f->csat.count : f->nps.count;
    const bool enough = csat ? f->csat.enough : f->nps.enough;
    const double value = csat ? f->csat.mean : f->nps.nps;
    switch (role) {
    case ValueRole: return value;
    case CountRole: return count;
    case EnoughRole: return enough;
    case LowRole: return csat ? f->csat.low : f->nps.low;
    case HighRole: return csat ? f->csat.high : f->nps.high;
    case GroupRole: return m_figures.at(index.row()).group;
    case ChannelIdRole: return index.column() < m_channelIds.size() ? m_channelIds.at(index.column()) : qint64(0);
    case Qt::DisplayRole:
        if (count == 0)
            return QString();
        return enough ? DashboardText::figure(m_measure, value) : tr("too few");
    case Qt::ToolTipRole: {
        const QString channel = index.column() < m_channelNames.size() ? m_channelNames.at(index.column())
                                                                        : tr("All channels");
        return DashboardText::figuresTip(tr("%1 · %2").arg(m_figures.at(index.row()).groupName, channel), f->tally,
                                         f->csat, f->nps);
    }
    default: return {};
    }
}

QVariant GroupChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_figures.size())
            return {};
        return m_figures.at(section).groupName;
    }
    if (section == m_channelIds.size())
        return role == Qt::DisplayRole ? twoLines(tr("All channels")) : tr("All channels");
    if (section < 0 || section >= m_channelNames.size())
        return {};
    return role == Qt::DisplayRole ? twoLines(m_channelNames.at(section)) : m_channelNames.at(section);
}

void GroupChannelModel::setFigures(const QList<GroupChannelFigures> &figures)
{
    QList<qint64> ids;
    QStringList names;
    if (!figures.isEmpty())
        for (const ChannelFigures &c : figures.first().channels) {
            ids.append(c.channelId);
            names.append(c.channelName);
        }
    bool sameShape = ids == m_channelIds && names == m_channelNames && figures.size() == m_figures.size();
    for (qsizetype i = 0; sameShape && i < figures.size(); ++i)
        sameShape = figures[i].group == m_figures[i].group && figures[i].groupName == m_figures[i].groupName;
    if (!sameShape) {
        beginResetModel();
        m_figures = figures;
        m_channelIds = ids;
        m_channelNames = names;
        endResetModel();
        return;
    }
    m_figures = figures;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void GroupChannelModel::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int GroupChannelModel::rowOf(const QVariant &group) const
{
    for (qsizetype i = 0; i < m_figures.size(); ++i)
        if (m_figures[i].group == group)
            return int(i);
    return -1;
}

} // namespace relatio
