// The segments table.
#include "value/SegmentSummaryModel.h"

#include <QLocale>

namespace relatio::value {

int SegmentSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kRfmSegmentCount;
}

int SegmentSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Segment ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Share: return tr("Share of the analysed customers");
        case Revenue: return tr("Everything the segment bought up to the end of the calibration period");
        case AverageClv: return tr("Mean customer lifetime value over the horizon");
        case TotalClv: return tr("The segment's customer lifetime value over the horizon, summed");
        case AverageAlive: return tr("Mean chance that a member still buys (BG/NBD)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Segment: return tr("Segment");
    case Customers: return tr("Customers");
    case Share: return tr("Share");
    case Revenue: return tr("Revenue");
    case AverageClv: return tr("Average CLV");
    case TotalClv: return tr("Total CLV");
    case AverageAlive: return tr("Avg. P(alive)");
    default: return {};
    }
}

QString SegmentSummaryModel::segmentDescription(int segment)
{
    switch (segment > 0 ? RfmSegment(segment - 1) : RfmSegment::Hibernating) {
    case RfmSegment::Champions: return tr("Bought recently and often: the best customers.");
    case RfmSegment::LoyalCustomers: return tr("Buy often and fairly recently.");
    case RfmSegment::PotentialLoyalists: return tr("Recent customers with a few purchases: could become loyal.");
    case RfmSegment::NewCustomers: return tr("Bought very recently, for the first time or once or twice.");
    case RfmSegment::Promising: return tr("Recent, but have bought little so far.");
    case RfmSegment::NeedAttention: return tr("Middling recency and frequency: slipping without a nudge.");
    case RfmSegment::AboutToSleep: return tr("Not recent and not frequent: about to lapse.");
    case RfmSegment::AtRisk: return tr("Bought often, but not for a long time.");
    case RfmSegment::CantLose: return tr("Used to buy most often, but not for a long time: win them back.");
    case RfmSegment::Hibernating: return tr("Long ago and seldom: the least active.");
    }
    return {};
}

QString SegmentSummaryModel::money(double value) const
{
    const QString amount = QLocale().toString(value, 'f', 0);
    return m_currency.isEmpty() ? amount : amount + QLatin1Char(' ') + m_currency;
}

QVariant SegmentSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentSummary s = index.row() < m_overview.segments.size() ? m_overview.segments.at(index.row())
                                                                       : SegmentSummary{index.row() + 1};
    const int segment = index.row() + 1;
    if (role == SegmentRole)
        return segment;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Segment ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return segmentDescription(segment);
    const double share = m_overview.analysedCustomers > 0 ? double(s.customers) / double(m_overview.analysedCustomers)
                                                          : 0.0;
    const bool hasClv = s.withClv > 0;
    if (role == ValueRole) {
        switch (index.column()) {
        case Customers: return double(s.customers);
        case Share: return share;
        case Revenue: return double(s.revenueCents) / 100.0;
        case AverageClv: return s.averageClv;
        case TotalClv: return s.totalClv;
        case AverageAlive: return s.averageProbabilityAlive;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const QString none = QStringLiteral("–");
    switch (index.column()) {
    case Segment: return ValueStore::segmentName(segment);
    case Customers: return locale.toString(s.customers);
    case Share: return locale.toString(share * 100, 'f', 1) + QLatin1Char('%');
    case Revenue: return money(double(s.revenueCents) / 100.0);
    case AverageClv: return hasClv ? money(s.averageClv) : none;
    case TotalClv: return hasClv ? money(s.totalClv) : none;
    case AverageAlive:
        return s.customers > 0 && s.averageProbabilityAlive > 0
            ? locale.toString(s.averageProbabilityAlive * 100, 'f', 0) + QLatin1Char('%')
            : none;
    default: return {};
    }
}

void SegmentSummaryModel::setOverview(const SegmentOverview &overview, const QString &currency)
{
    m_overview = overview;
    m_currency = currency;
    emit dataChanged(index(0, 0), index(kRfmSegmentCount - 1, ColumnCount - 1));
}

} // namespace relatio::value
