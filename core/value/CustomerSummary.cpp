// Transaction log to per-customer summaries.
#include "value/CustomerSummary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace relatio::value {

namespace {

// The rows grouped by customer, ascending keys: order holds indexes into the rows (empty when
// the rows are grouped already; made later only if some customer's dates need sorting), and
// ends[k] is one past the last position of the k-th customer. Within a customer the rows keep
// their order in the log. Customer keys from a database are mostly dense, and then a counting
// sort of the indexes by key (two linear passes) beats a comparison sort several times over;
// sparse keys sort (key, index) pairs. The log itself is not copied.
struct Grouping
{
    std::vector<quint32> order;
    std::vector<quint32> ends;
};

Grouping groupByCustomer(std::span<const Transaction> rows, qint64 minKey, qint64 maxKey)
{
    Grouping g;
    const size_t n = rows.size();
    const bool grouped = std::is_sorted(rows.begin(), rows.end(),
                                        [](const Transaction &l, const Transaction &r) { return l.customer < r.customer; });
    if (grouped) {
        for (size_t i = 0; i < n; ++i)
            if (i + 1 == n || rows[i + 1].customer != rows[i].customer)
                g.ends.push_back(quint32(i + 1));
        return g;
    }
    g.order.resize(n);
    const quint64 range = quint64(maxKey) - quint64(minKey);
    if (range < 4 * quint64(n) + 1024) {
        std::vector<quint32> start(range + 2, 0);
        for (const Transaction &t : rows)
            ++start[quint64(t.customer - minKey) + 1];
        for (size_t k = 1; k < start.size(); ++k)
            start[k] += start[k - 1];
        for (size_t i = 0; i < n; ++i)
            g.order[start[quint64(rows[i].customer - minKey)]++] = quint32(i);
        start.pop_back();
        // start[k] now ends key minKey + k; keys without rows leave empty ranges out.
        quint32 previous = 0;
        for (const quint32 e : start) {
            if (e != previous)
                g.ends.push_back(e);
            previous = e;
        }
    } else {
        std::vector<std::pair<qint64, quint32>> keyed(n);
        for (size_t i = 0; i < n; ++i)
            keyed[i] = {rows[i].customer, quint32(i)};
        std::sort(keyed.begin(), keyed.end());
        for (size_t i = 0; i < n; ++i) {
            g.order[i] = keyed[i].second;
            if (i + 1 == n || keyed[i + 1].first != keyed[i].first)
                g.ends.push_back(quint32(i + 1));
        }
    }
    return g;
}

} // namespace

double daysPerUnit(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return 1.0;
    case TimeUnit::Week: return 7.0;
    case TimeUnit::Month: return 365.25 / 12;
    }
    return 1.0;
}

double unitsPerMonth(TimeUnit unit)
{
    return daysPerUnit(TimeUnit::Month) / daysPerUnit(unit);
}

Result<std::vector<CustomerSummary>> CustomerSummaries::fromTransactions(std::span<const Transaction> transactions,
                                                                         QDate calibrationEnd, TimeUnit unit)
{
    if (transactions.empty())
        return fail(Error::Code::Invalid, tr("There are no transactions to analyse."));
    if (!calibrationEnd.isValid())
        return fail(Error::Code::Invalid, tr("The end of the calibration period is not a valid date."));
    if (transactions.size() > std::numeric_limits<quint32>::max())
        return fail(Error::Code::Invalid, tr("The log has more transactions than can be analysed at once."));
    qint64 minKey = transactions.front().customer, maxKey = minKey;
    for (size_t i = 0; i < transactions.size(); ++i) {
        const Transaction &t = transactions[i];
        if (!t.date.isValid())
            return fail(Error::Code::Invalid, tr("Transaction %1 (customer %2) has no valid date.").arg(i + 1).arg(t.customer));
        if (!std::isfinite(t.amount))
            return fail(Error::Code::Invalid, tr("Transaction %1 (customer %2) has no valid amount.").arg(i + 1).arg(t.customer));
        minKey = std::min(minKey, t.customer);
        maxKey = std::max(maxKey, t.customer);
    }

    Grouping grouping = groupByCustomer(transactions, minKey, maxKey);
    std::vector<quint32> &order = grouping.order;
    const auto row = [&](quint32 k) -> const Transaction & {
        return order.empty() ? transactions[k] : transactions[order[k]];
    };

    const double unitDays = daysPerUnit(unit);
    const qint64 end = calibrationEnd.toJulianDay();
    std::vector<CustomerSummary> summaries;
    summaries.reserve(grouping.ends.size());
    quint32 begin = 0;
    for (const quint32 stop : grouping.ends) {
        // One customer. Usually the log is in date order; otherwise its rows are sorted first.
        bool inOrder = true;
        for (quint32 k = begin + 1; k < stop && inOrder; ++k)
            inOrder = !(row(k).date < row(k - 1).date);
        if (!inOrder) {
            if (order.empty()) {
                order.resize(transactions.size());
                std::iota(order.begin(), order.end(), 0u);
            }
            std::sort(order.begin() + begin, order.begin() + stop, [&transactions](quint32 l, quint32 r) {
                return transactions[l].date < transactions[r].date;
            });
        }
        const Transaction &firstRow = row(begin);
        const qint64 first = firstRow.date.toJulianDay();
        if (first <= end) {
            CustomerSummary s;
            s.customer = firstRow.customer;
            qint64 last = first;
            double firstDaySpend = 0;
            // The calibration period's rows come first.
            for (quint32 k = begin; k < stop; ++k) {
                const Transaction &t = row(k);
                const qint64 day = t.date.toJulianDay();
                if (day > end)
                    break;
                if (day == first)
                    firstDaySpend += t.amount;
                else if (day != last)
                    ++s.x;
                last = day;
                s.totalSpend += t.amount;
                ++s.transactions;
            }
            s.purchases = s.x + 1;
            s.firstPurchase = QDate::fromJulianDay(first);
            s.lastPurchase = QDate::fromJulianDay(last);
            s.tx = double(last - first) / unitDays;
            s.T = double(end - first) / unitDays;
            s.zbar = s.x > 0 ? (s.totalSpend - firstDaySpend) / s.x : 0.0;
            summaries.push_back(s);
        }
        begin = stop;
    }
    if (summaries.empty())
        return fail(Error::Code::Invalid, tr("No transaction falls on or before the end of the calibration period, %1.")
                                              .arg(calibrationEnd.toString(Qt::ISODate)));
    return summaries;
}

} // namespace relatio::value
