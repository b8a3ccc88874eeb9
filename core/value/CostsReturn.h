// Return per segment: what each value segment brought in over a period (revenue of its purchases)
// and is worth (total CLV) against what was spent to win and keep it (the recorded costs).
//
// How costs are counted for a period [from, to]:
//  - An entry counts with the part of its amount that falls in the period, by days: amount ×
//    overlapping days / days of the entry's period (a cost is spread evenly over its period).
//  - An entry for one segment goes to that segment. An entry for all segments is spread over the
//    segments by their number of customers (customer_value rows): a segment with a fifth of the
//    analysed customers carries a fifth of it. Without any analysed customer it stays unallocated.
//  - Channels are summed: an entry for one channel and one for all channels count alike.
//  - Only entries and purchases in the report currency count; the others are reported as left out.
// Revenue is the sum of the live purchases ordered in the period, by the customer's current
// segment; purchases of customers the analysis has not seen yet are shown apart (no segment).
// Return = (revenue − costs) / costs; CLV per cost = total CLV / costs; both undefined without costs.
#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>

#include <atomic>
#include <optional>

namespace relatio {

struct SegmentReturn
{
    int segment = 0;                 // 1 … 10 = RfmSegment + 1
    qint64 customers = 0;            // analysed customers in the segment
    qint64 buyers = 0;               // of them, those who bought in the period
    qint64 revenueCents = 0;
    double clvTotal = 0;             // in the currency's major unit, as customer_value holds it
    double acquisitionCents = 0;
    double retentionCents = 0;

    double costCents() const { return acquisitionCents + retentionCents; }
    std::optional<double> returnRatio() const;   // (revenue − costs) / costs
    std::optional<double> clvPerCost() const;    // CLV / costs
};

struct ReturnReport
{
    QDate from;
    QDate to;
    QString currency;
    QList<SegmentReturn> segments;   // best return first; segments without costs last, by revenue
    qint64 unanalysedRevenueCents = 0;   // purchases of customers without a segment yet
    double unallocatedCents = 0;         // all-segment costs with no analysed customer to carry them
    int entriesLeftOut = 0;              // cost entries in other currencies
    bool otherCurrencyPurchases = false; // purchases in other currencies were left out
    QString clvCurrency;                 // the currency of the value analysis ('' = none yet)

    double totalCostCents() const;
    qint64 totalRevenueCents() const;
};

class SegmentReturns
{
    Q_DECLARE_TR_FUNCTIONS(SegmentReturns)

public:
    // The report for the days from … to (both included). An empty currency means the currency of
    // the latest value analysis, else the most used one. Reads on the calling thread's connection;
    // at ten million purchases the revenue sum takes seconds, so call it off the GUI thread.
    static Result<ReturnReport> compute(const DatabasePtr &db, QDate from, QDate to, const QString &currency = {},
                                        const std::atomic_bool *cancel = nullptr);
    // The rule above in a few sentences for people, shown with the view.
    static QString ruleText();
};

// The report as a table; sorting by SortRole (numbers) is left to a proxy.
class SegmentReturnModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Segment, Customers, Revenue, Clv, Acquisition, Retention, Return, ClvPerCost, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SegmentRole };

    explicit SegmentReturnModel(QObject *parent = nullptr);

    void setReport(const ReturnReport &report);
    const ReturnReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReturnReport m_report;
};

} // namespace relatio
