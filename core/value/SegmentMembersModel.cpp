// The members of a value segment, a page at a time.
#include "value/SegmentMembersModel.h"

#include <QLocale>
#include <QSqlQuery>

namespace relatio::value {

namespace {

constexpr int kPageSize = 64;
constexpr int kMaxPages = 64;

} // namespace

SegmentMembersModel::SegmentMembersModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

int SegmentMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int SegmentMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LastPurchase: return tr("Days from the last purchase to the end of the calibration period");
        case Purchases: return tr("Days with a purchase (several on one day count as one)");
        case Revenue: return tr("Everything bought up to the end of the calibration period");
        case ProbabilityAlive: return tr("The chance that the customer still buys (BG/NBD)");
        case ExpectedPurchases: return tr("Purchases expected over the horizon (BG/NBD)");
        case ExpectedSpend: return tr("Expected spend per purchase (Gamma-Gamma)");
        case Clv: return tr("Customer lifetime value over the horizon, discounted");
        case Tier: return tr("1 = top 10% by CLV, 2 = next 20%, 3 = next 30%, 4 = the rest");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section >= LastPurchase ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("E-mail");
    case LastPurchase: return tr("Days since");
    case Purchases: return tr("Purchases");
    case Revenue: return tr("Revenue");
    case ProbabilityAlive: return tr("P(alive)");
    case ExpectedPurchases: return tr("Exp. purchases");
    case ExpectedSpend: return tr("Exp. spend");
    case Clv: return tr("CLV");
    case Tier: return tr("Tier");
    default: return {};
    }
}

QString SegmentMembersModel::money(double value) const
{
    const QString amount = QLocale().toString(value, 'f', 2);
    return m_currency.isEmpty() ? amount : amount + QLatin1Char(' ') + m_currency;
}

QVariant SegmentMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= LastPurchase ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortValueRole && role != Qt::ToolTipRole)
        return {};
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const bool raw = role == SortValueRole;
    const QLocale locale;
    const auto figure = [&](const std::optional<double> &v, int decimals) -> QVariant {
        if (!v)
            return raw ? QVariant() : QVariant(QStringLiteral("–"));
        return raw ? QVariant(*v) : QVariant(locale.toString(*v, 'f', decimals));
    };
    if (role == Qt::ToolTipRole)
        return index.column() == Name ? QVariant(row->email) : QVariant();
    switch (index.column()) {
    case Name: return row->name;
    case Email: return row->email;
    case LastPurchase: return raw ? QVariant(row->recencyDays) : QVariant(locale.toString(row->recencyDays));
    case Purchases: return raw ? QVariant(row->purchaseDays) : QVariant(locale.toString(row->purchaseDays));
    case Revenue:
        return raw ? QVariant(double(row->revenueCents) / 100.0) : QVariant(money(double(row->revenueCents) / 100.0));
    case ProbabilityAlive:
        if (!row->probabilityAlive)
            return figure(row->probabilityAlive, 0);
        return raw ? QVariant(*row->probabilityAlive)
                   : QVariant(locale.toString(*row->probabilityAlive * 100, 'f', 0) + QLatin1Char('%'));
    case ExpectedPurchases: return figure(row->expectedPurchases, 2);
    case ExpectedSpend:
        return row->expectedSpend && !raw ? QVariant(money(*row->expectedSpend)) : figure(row->expectedSpend, 2);
    case Clv: return row->clv && !raw ? QVariant(money(*row->clv)) : figure(row->clv, 2);
    case Tier: return row->tier > 0 ? QVariant(row->tier) : (raw ? QVariant() : QVariant(QStringLiteral("–")));
    default: return {};
    }
}

void SegmentMembersModel::setMembers(int segment, std::vector<qint64> ids, const QString &currency)
{
    beginResetModel();
    m_segment = segment;
    m_ids = std::move(ids);
    m_currency = currency;
    m_pages.clear();
    endResetModel();
}

void SegmentMembersModel::clear()
{
    setMembers(0, {}, QString());
}

qint64 SegmentMembersModel::idAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_ids.size() ? m_ids[std::size_t(row)] : 0;
}

void SegmentMembersModel::invalidate()
{
    m_pages.clear();
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const SegmentMembersModel::Row *SegmentMembersModel::rowAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    if (!m_pages.contains(page))
        loadPage(page);
    const auto it = m_pages.constFind(page);
    const std::size_t offset = std::size_t(row % kPageSize);
    return it != m_pages.constEnd() && offset < it->size() ? &(*it)[offset] : nullptr;
}

void SegmentMembersModel::loadPage(int page) const
{
    const std::size_t first = std::size_t(page) * kPageSize;
    const std::size_t last = std::min(first + kPageSize, m_ids.size());
    if (first >= last)
        return;
    if (m_pages.size() >= kMaxPages)
        m_pages.clear(); // a long scroll: the rows in view are read again, a page at a time
    // Our own integer ids, written into the statement: one lookup by primary key per row.
    QString idList;
    for (std::size_t i = first; i < last; ++i) {
        if (i > first)
            idList.append(QLatin1Char(','));
        idList.append(QString::number(m_ids[i]));
    }
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
               "SELECT c.id, c.kind, c.given_name, c.family_name, c.organisation_name, c.email, v.recency_days,"
               " v.purchase_days, v.revenue_cents, v.p_alive, v.expected_purchases, v.expected_spend, v.clv,"
               " v.clv_tier FROM customer c LEFT JOIN customer_value v ON v.customer_id = c.id WHERE c.id IN (%1)")
               .arg(idList));
    QHash<qint64, Row> byId;
    const auto optional = [&q](int column) {
        const QVariant v = q.value(column);
        return v.isNull() ? std::nullopt : std::optional(v.toDouble());
    };
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        const QString given = q.value(2).toString();
        const QString family = q.value(3).toString();
        r.name = q.value(1).toString() == QLatin1String("organisation")
            ? q.value(4).toString()
            : (given.isEmpty() ? family : family.isEmpty() ? given : given + QLatin1Char(' ') + family);
        r.email = q.value(5).toString();
        r.recencyDays = q.value(6).toInt();
        r.purchaseDays = q.value(7).toInt();
        r.revenueCents = q.value(8).toLongLong();
        r.probabilityAlive = optional(9);
        r.expectedPurchases = optional(10);
        r.expectedSpend = optional(11);
        r.clv = optional(12);
        r.tier = q.value(13).toInt();
        byId.insert(r.id, r);
    }
    std::vector<Row> rows;
    rows.reserve(last - first);
    for (std::size_t i = first; i < last; ++i) {
        Row r = byId.value(m_ids[i]);
        r.id = m_ids[i];
        rows.push_back(std::move(r));
    }
    m_pages.insert(page, std::move(rows));
}

} // namespace relatio::value
