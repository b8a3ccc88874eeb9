// Revenue, CLV and costs per value segment over a period.
#include "value/CostsReturn.h"

#include "store/Statement.h"
#include "value/CostEntry.h"
#include "value/PricingFormat.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace relatio {

std::optional<double> SegmentReturn::returnRatio() const
{
    const double costs = costCents();
    if (costs <= 0)
        return std::nullopt;
    return (double(revenueCents) - costs) / costs;
}

std::optional<double> SegmentReturn::clvPerCost() const
{
    const double costs = costCents();
    if (costs <= 0)
        return std::nullopt;
    return clvTotal * 100.0 / costs;
}

double ReturnReport::totalCostCents() const
{
    double sum = unallocatedCents;
    for (const SegmentReturn &s : segments)
        sum += s.costCents();
    return sum;
}

qint64 ReturnReport::totalRevenueCents() const
{
    qint64 sum = unanalysedRevenueCents;
    for (const SegmentReturn &s : segments)
        sum += s.revenueCents;
    return sum;
}

QString SegmentReturns::ruleText()
{
    return tr("Revenue is the sum of the purchases in the period, by the customer's current segment. A cost counts "
              "with the part of its period that falls in the chosen period (spread evenly by days). Costs for all "
              "segments are shared by the segments in proportion to their number of customers. Return = (revenue − "
              "costs) ÷ costs; CLV per cost = the segment's total customer lifetime value ÷ costs.");
}

namespace {

// Revenue and buyers per segment of the purchases in [report.from, report.to], in one pass over
// the rows: each row's segment from an array by customer id (customer_value read once), buyers
// counted with a bit per customer. A period covering much of the history is read as a plain table
// scan, which is several times faster than following purchase_by_day to every row; a short one
// through the index.
Result<void> sumRevenue(const DatabasePtr &db, ReturnReport &report, QList<SegmentReturn> &rows,
                        const std::atomic_bool *cancel)
{
    sqlite3 *handle = db->handle();
    const QString what = SegmentReturns::tr("Summing the purchases");
    auto failed = [&what](const Statement &st) {
        return fail(Error::Code::Database, SegmentReturns::tr("%1: %2").arg(what, st.errorMessage()));
    };
    Statement span(handle, "SELECT (SELECT max(id) FROM customer), (SELECT min(ordered_on) FROM purchase),"
                           " (SELECT max(ordered_on) FROM purchase)");
    if (!span.step())
        return failed(span);
    const qint64 maxCustomer = span.int64(0);
    const QDate first = QDate::fromString(span.text(1), Qt::ISODate);
    const QDate last = QDate::fromString(span.text(2), Qt::ISODate);
    if (!first.isValid() || maxCustomer <= 0)
        return {};
    const QDate from = std::max(report.from, first);
    const QDate to = std::min(report.to, last);
    if (to < from)
        return {};
    const double share = double(from.daysTo(to) + 1) / double(first.daysTo(last) + 1);

    // Segments by customer id; 0 = not analysed. Ids beyond the array's reach fall back to a hash.
    constexpr qint64 kArrayLimit = 64 * 1024 * 1024;
    const bool useArray = maxCustomer < kArrayLimit;
    std::vector<qint8> segmentOf(useArray ? size_t(maxCustomer + 1) : 0, 0);
    QHash<qint64, qint8> segmentHash;
    Statement values(handle, "SELECT customer_id, segment FROM customer_value");
    while (values.step()) {
        const qint64 id = values.int64(0);
        if (useArray && id >= 0 && id <= maxCustomer)
            segmentOf[size_t(id)] = qint8(values.int64(1));
        else
            segmentHash.insert(id, qint8(values.int64(1)));
    }
    if (values.failed())
        return failed(values);
    auto segment = [&](qint64 id) -> int {
        if (useArray && id >= 0 && id <= maxCustomer)
            return segmentOf[size_t(id)];
        return segmentHash.value(id, 0);
    };
    std::vector<bool> bought(useArray ? size_t(maxCustomer + 1) : 0, false);
    QSet<qint64> boughtHash;

    Statement scan(handle, share < 0.1
                               ? "SELECT customer_id, currency = ?3, amount_cents FROM purchase INDEXED BY purchase_by_day"
                                 " WHERE ordered_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL"
                               : "SELECT customer_id, currency = ?3, amount_cents FROM purchase NOT INDEXED"
                                 " WHERE ordered_on BETWEEN ?1 AND ?2 AND deleted_at IS NULL");
    if (!scan.isValid())
        return failed(scan);
    scan.bind(1, from.toString(Qt::ISODate));
    scan.bind(2, to.toString(Qt::ISODate));
    scan.bind(3, report.currency);
    qint64 n = 0;
    while (scan.step()) {
        if ((++n & 0xFFFF) == 0 && cancel && cancel->load())
            return fail(Error::Code::Cancelled, SegmentReturns::tr("The report was cancelled."));
        if (scan.int64(1) == 0) {
            report.otherCurrencyPurchases = true;
            continue;
        }
        const qint64 customer = scan.int64(0);
        const int s = segment(customer);
        if (s < 1 || s > 10) {
            report.unanalysedRevenueCents += scan.int64(2);
            continue;
        }
        SegmentReturn &row = rows[s - 1];
        row.revenueCents += scan.int64(2);
        bool first = false;
        if (useArray && customer >= 0 && customer <= maxCustomer) {
            first = !bought[size_t(customer)];
            bought[size_t(customer)] = true;
        } else if (!boughtHash.contains(customer)) {
            first = true;
            boughtHash.insert(customer);
        }
        row.buyers += first ? 1 : 0;
    }
    if (scan.failed())
        return failed(scan);
    return {};
}

} // namespace

Result<ReturnReport> SegmentReturns::compute(const DatabasePtr &db, QDate from, QDate to, const QString &currency,
                                             const std::atomic_bool *cancel)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(Error::Code::Invalid, tr("Choose a period whose end is not before its start."));
    ReturnReport report;
    report.from = from;
    report.to = to;
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT currency FROM value_fit ORDER BY id DESC LIMIT 1")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the value analysis")));
    if (q.next())
        report.clvCurrency = q.value(0).toString();
    report.currency = currency.trimmed().toUpper();
    if (report.currency.isEmpty())
        report.currency = report.clvCurrency;
    if (report.currency.isEmpty()) {
        const auto used = CostEntryRepository(db).currencies();
        if (!used)
            return std::unexpected(used.error());
        report.currency = used->value(0, QStringLiteral("EUR"));
    }

    // Segments: customers and total CLV (customer_value_by_segment covers both).
    QList<SegmentReturn> rows(10);
    for (int i = 0; i < 10; ++i)
        rows[i].segment = i + 1;
    if (!q.exec(QStringLiteral("SELECT segment, count(*), coalesce(sum(clv), 0) FROM customer_value GROUP BY segment")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the segments")));
    qint64 analysed = 0;
    while (q.next()) {
        const int s = q.value(0).toInt();
        if (s < 1 || s > 10)
            continue;
        rows[s - 1].customers = q.value(1).toLongLong();
        rows[s - 1].clvTotal = q.value(2).toDouble();
        analysed += rows[s - 1].customers;
    }
    if (cancel && cancel->load())
        return fail(Error::Code::Cancelled, tr("The report was cancelled."));

    if (auto summed = sumRevenue(db, report, rows, cancel); !summed)
        return std::unexpected(summed.error());
    if (cancel && cancel->load())
        return fail(Error::Code::Cancelled, tr("The report was cancelled."));

    const auto entries = CostEntryRepository(db).entries(from, to);
    if (!entries)
        return std::unexpected(entries.error());
    for (const CostEntry &e : *entries) {
        if (e.currency.compare(report.currency, Qt::CaseInsensitive) != 0) {
            ++report.entriesLeftOut;
            continue;
        }
        const double share = e.proratedCents(from, to);
        auto add = [&e](SegmentReturn &row, double cents) {
            (e.kind == CostKind::Acquisition ? row.acquisitionCents : row.retentionCents) += cents;
        };
        if (e.segment >= 1 && e.segment <= 10) {
            add(rows[e.segment - 1], share);
        } else if (analysed > 0) {
            for (SegmentReturn &row : rows)
                add(row, share * double(row.customers) / double(analysed));
        } else {
            report.unallocatedCents += share;
        }
    }

    // Segments with costs by return, best first; then the others by revenue.
    std::stable_sort(rows.begin(), rows.end(), [](const SegmentReturn &a, const SegmentReturn &b) {
        const auto ra = a.returnRatio();
        const auto rb = b.returnRatio();
        if (ra.has_value() != rb.has_value())
            return ra.has_value();
        if (ra && *ra != *rb)
            return *ra > *rb;
        return a.revenueCents > b.revenueCents;
    });
    report.segments = rows;
    return report;
}

// ---- Model ----------------------------------------------------------------------------------

SegmentReturnModel::SegmentReturnModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentReturnModel::setReport(const ReturnReport &report)
{
    // A new period or currency changes every figure: a reset is the honest signal here.
    beginResetModel();
    m_report = report;
    endResetModel();
}

int SegmentReturnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.segments.size());
}

int SegmentReturnModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentReturnModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.segments.size())
        return {};
    const SegmentReturn &s = m_report.segments.at(index.row());
    const QString &cur = m_report.currency;
    const QString clvCur = m_report.clvCurrency.isEmpty() ? cur : m_report.clvCurrency;
    if (role == SegmentRole)
        return s.segment;
    if (role == SortRole) {
        switch (index.column()) {
        case Segment:
            return s.segment;
        case Customers:
            return s.customers;
        case Revenue:
            return s.revenueCents;
        case Clv:
            return s.clvTotal;
        case Acquisition:
            return s.acquisitionCents;
        case Retention:
            return s.retentionCents;
        case Return:
            return s.returnRatio().value_or(-1e300);
        case ClvPerCost:
            return s.clvPerCost().value_or(-1e300);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Segment ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && (index.column() == Return || index.column() == ClvPerCost) && s.costCents() <= 0)
        return tr("No costs recorded for this segment in the period.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Segment:
        return PricingFormat::segmentName(s.segment);
    case Customers:
        return QLocale().toString(s.customers);
    case Revenue:
        return PricingFormat::money(double(s.revenueCents), cur, 0);
    case Clv:
        return PricingFormat::money(s.clvTotal * 100.0, clvCur, 0);
    case Acquisition:
        return PricingFormat::money(s.acquisitionCents, cur, 0);
    case Retention:
        return PricingFormat::money(s.retentionCents, cur, 0);
    case Return:
        if (const auto r = s.returnRatio())
            return PricingFormat::percent(*r, true);
        return QStringLiteral("–");
    case ClvPerCost:
        if (const auto r = s.clvPerCost())
            return tr("%1×").arg(QLocale().toString(*r, 'f', *r >= 10 ? 0 : 1));
        return QStringLiteral("–");
    default:
        return {};
    }
}

QVariant SegmentReturnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Customers:
            return tr("Customers in the segment (by the latest value analysis)");
        case Revenue:
            return tr("Purchases in the period");
        case Clv:
            return tr("Total customer lifetime value of the segment");
        case Return:
            return tr("(Revenue − costs) ÷ costs");
        case ClvPerCost:
            return tr("Total CLV ÷ costs");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Segment:
        return tr("Segment");
    case Customers:
        return tr("Customers");
    case Revenue:
        return tr("Revenue");
    case Clv:
        return tr("CLV");
    case Acquisition:
        return tr("Acquisition");
    case Retention:
        return tr("Retention");
    case Return:
        return tr("Return");
    case ClvPerCost:
        return tr("CLV per cost");
    default:
        return {};
    }
}

} // namespace relatio
