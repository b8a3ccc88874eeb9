// Weekly channel-usage tables.
#include "dashboard/UsageModels.h"

#include "dashboard/DashboardFilter.h"

#include <QFont>

namespace relatio {

namespace {

QString countOrBlank(qint64 n)
{
    // Blank zeros let the channels a customer did use stand out.
    return n == 0 ? QString() : DashboardText::count(n);
}

} // namespace

// ---- UsageRowsModel ----------------------------------------------------------------------------

UsageRowsModel::UsageRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int UsageRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->rows.size());
}

int UsageRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : totalColumn() + 1;
}

QVariant UsageRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == Week)
        return tr("Week");
    if (section == Customer)
        return tr("Customer");
    if (section == totalColumn())
        return tr("Total");
    const int channel = section - FirstChannel;
    if (m_report && channel >= 0 && channel < channelCount())
        return role == Qt::DisplayRole ? m_report->channelNames.at(channel)
                                       : tr("Contacts through %1 that week").arg(m_report->channelNames.at(channel));
    return {};
}

QVariant UsageRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UsageRow &row = m_report->rows.at(index.row());
    const int column = index.column();
    auto countAt = [&](int c) -> qint64 {
        if (c == totalColumn()) {
            qint64 sum = 0;
            for (const qint64 n : row.perChannel)
                sum += n;
            return sum;
        }
        const int channel = c - FirstChannel;
        return channel < row.perChannel.size() ? row.perChannel.at(channel) : 0;
    };
    switch (role) {
    case ValueRole:
        if (column == Week)
            return row.weekStart;
        if (column == Customer)
            return row.customerName;
        return countAt(column);
    case Qt::DisplayRole:
        if (column == Week)
            return DashboardText::weekName(row.weekStart);
        if (column == Customer)
            return row.customerName;
        return countOrBlank(countAt(column));
    case Qt::ToolTipRole:
        if (column == Week)
            return DashboardText::weekSpan(row.weekStart);
        return {};
    case Qt::TextAlignmentRole:
        return column >= FirstChannel ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

void UsageRowsModel::setReport(std::shared_ptr<const UsageReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

// ---- UsageTotalsModel --------------------------------------------------------------------------

UsageTotalsModel::UsageTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int UsageTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report || m_report->weeks.isEmpty() ? 0 : weekCount() + 1;
}

int UsageTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : totalColumn() + 1;
}

qint64 UsageTotalsModel::contacts(int week, int channel) const
{
    qint64 sum = 0;
    for (int w = 0; w < weekCount(); ++w) {
        if (week >= 0 && w != week)
            continue;
        const QList<qint64> &perChannel = m_report->totals.at(w);
        for (int c = 0; c < perChannel.size(); ++c)
            if (channel < 0 || c == channel)
                sum += perChannel.at(c);
    }
    return sum;
}

QVariant UsageTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == Week)
        return tr("Week");
    if (section == totalColumn())
        return role == Qt::DisplayRole ? tr("All channels") : tr("Contacts (customers) through any channel");
    const int channel = section - FirstChannel;
    if (m_report && channel >= 0 && channel < channelCount())
        return role == Qt::DisplayRole
            ? m_report->channelNames.at(channel)
            : tr("Contacts through %1, and in brackets the customers who made them").arg(m_report->channelNames.at(channel));
    return {};
}

QVariant UsageTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int week = index.row() < weekCount() ? index.row() : -1;
    const int column = index.column();
    const int channel = column == totalColumn() ? -1 : column - FirstChannel;
    // Distinct customers add up over channels and weeks only where each customer is counted
    // once: they are known per week and channel, not for a sum of them.
    const bool counted = m_report->listed && week >= 0 && channel >= 0 && channel < m_report->customers.at(week).size();
    const qint64 customers = counted ? m_report->customers.at(week).at(channel) : -1;
    switch (role) {
    case ValueRole:
        if (column == Week)
            return week >= 0 ? QVariant(m_report->weeks.at(week)) : QVariant();
        return contacts(week, channel);
    case CustomersRole: return column == Week ? QVariant() : QVariant(customers);
    case Qt::DisplayRole: {
        if (column == Week)
            return week >= 0 ? DashboardText::weekName(m_report->weeks.at(week)) : tr("All weeks");
        const qint64 n = contacts(week, channel);
        if (n == 0)
            return QString();
        return customers >= 0 ? tr("%1 (%2)").arg(DashboardText::count(n), DashboardText::count(customers))
                              : DashboardText::count(n);
    }
    case Qt::ToolTipRole: {
        if (column == Week)
            return week >= 0 ? DashboardText::weekSpan(m_report->weeks.at(week)) : QVariant();
        const qint64 n = contacts(week, channel);
        return customers >= 0 ? tr("%1 contacts by %2 customers").arg(DashboardText::count(n), DashboardText::count(customers))
                              : tr("%1 contacts").arg(DashboardText::count(n));
    }
    case Qt::TextAlignmentRole:
        return column == Week ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (week < 0 || column == totalColumn()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default: return {};
    }
}

void UsageTotalsModel::setReport(std::shared_ptr<const UsageReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

} // namespace relatio
