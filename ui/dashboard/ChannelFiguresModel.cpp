// Per-channel satisfaction table.
#include "dashboard/ChannelFiguresModel.h"

#include "dashboard/DashboardFilter.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace relatio {

namespace {

bool csatColumn(int column)
{
    return column == ChannelFiguresModel::Csat || column == ChannelFiguresModel::CsatInterval
        || column == ChannelFiguresModel::CsatAnswers;
}

bool npsColumn(int column)
{
    return column == ChannelFiguresModel::Nps || column == ChannelFiguresModel::NpsInterval
        || column == ChannelFiguresModel::NpsAnswers;
}

} // namespace

ChannelFiguresModel::ChannelFiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ChannelFiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int ChannelFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Csat: return tr("Mean customer satisfaction score, 1 (very unhappy) to 5 (very happy)");
        case CsatInterval:
        case NpsInterval: return tr("The true figure lies in this range with 95% confidence");
        case Nps: return tr("Net promoter score: % promoters (9–10) minus % detractors (0–6), −100 to +100");
        case CsatAnswers:
        case NpsAnswers:
            return tr("Answers the figure rests on; below %1 it is too uncertain to compare")
                .arg(SatisfactionStats::minimumAnswers);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Channel: return tr("Channel");
    case Csat: return tr("CSAT");
    case CsatInterval: return tr("CSAT 95% interval");
    case CsatAnswers: return tr("CSAT answers");
    case Nps: return tr("NPS");
    case NpsInterval: return tr("NPS 95% interval");
    case NpsAnswers: return tr("NPS answers");
    case Contacts: return tr("Contacts");
    default: return {};
    }
}

QVariant ChannelFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelFigures &f = m_figures.at(index.row());
    const int column = index.column();
    const bool csatFew = f.csat.count > 0 && !f.csat.enough;
    const bool npsFew = f.nps.count > 0 && !f.nps.enough;
    switch (role) {
    case ChannelIdRole: return f.channelId;
    case EnoughRole:
        if (csatColumn(column))
            return f.csat.enough;
        if (npsColumn(column))
            return f.nps.enough;
        return {};
    case ValueRole:
        switch (column) {
        case Channel: return f.channelName;
        case Csat: return f.csat.mean;
        case CsatInterval: return f.csat.high - f.csat.low;
        case CsatAnswers: return f.csat.count;
        case Nps: return f.nps.nps;
        case NpsInterval: return f.nps.high - f.nps.low;
        case NpsAnswers: return f.nps.count;
        case Contacts: return f.tally.interactions;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (column) {
        case Channel: return f.channelName;
        case Csat:
            if (f.csat.count == 0)
                return tr("–");
            // A figure on too few answers is shown rounded and in brackets: a hint, not a result.
            return csatFew ? tr("(%1)").arg(QLocale().toString(f.csat.mean, 'f', 1)) : DashboardText::csat(f.csat.mean);
        case CsatInterval:
            if (f.csat.count == 0)
                return QString();
            return csatFew ? tr("too few answers") : DashboardText::csatInterval(f.csat);
        case CsatAnswers: return DashboardText::count(f.csat.count);
        case Nps:
            if (f.nps.count == 0)
                return tr("–");
            return npsFew ? tr("(%1)").arg(DashboardText::nps(f.nps.nps)) : DashboardText::nps(f.nps.nps);
        case NpsInterval:
            if (f.nps.count == 0)
                return QString();
            return npsFew ? tr("too few answers") : DashboardText::npsInterval(f.nps);
        case NpsAnswers: return DashboardText::count(f.nps.count);
        case Contacts: return DashboardText::count(f.tally.interactions);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return column == Channel ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((csatColumn(column) && csatFew) || (npsColumn(column) && npsFew))
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    case Qt::FontRole:
        if ((column == Csat && csatFew) || (column == Nps && npsFew)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: return DashboardText::figuresTip(f.channelName, f.tally, f.csat, f.nps);
    default: return {};
    }
}

void ChannelFiguresModel::setFigures(const QList<ChannelFigures> &figures)
{
    bool sameChannels = figures.size() == m_figures.size();
    for (qsizetype i = 0; sameChannels && i < figures.size(); ++i)
        sameChannels = figures[i].channelId == m_figures[i].channelId;
    if (!sameChannels) {
        beginResetModel();
        m_figures = figures;
        endResetModel();
        return;
    }
    m_figures = figures;
    if (!m_figures.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace relatio
