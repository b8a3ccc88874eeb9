// RFM scores and segments.
#include "value/Rfm.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace relatio::value {

namespace {

using enum RfmSegment;

// [R − 1][F − 1], the grid of the header.
constexpr RfmSegment kGrid[5][5] = {
    {Hibernating, Hibernating, AtRisk, AtRisk, CantLose},
    {Hibernating, Hibernating, AtRisk, AtRisk, CantLose},
    {AboutToSleep, AboutToSleep, NeedAttention, LoyalCustomers, LoyalCustomers},
    {Promising, PotentialLoyalists, PotentialLoyalists, LoyalCustomers, LoyalCustomers},
    {NewCustomers, PotentialLoyalists, PotentialLoyalists, Champions, Champions},
};

// In the order of the enum.
constexpr const char *kNames[kRfmSegmentCount] = {
    QT_TRANSLATE_NOOP("RfmSegment", "Champions"),
    QT_TRANSLATE_NOOP("RfmSegment", "Loyal Customers"),
    QT_TRANSLATE_NOOP("RfmSegment", "Potential Loyalists"),
    QT_TRANSLATE_NOOP("RfmSegment", "New Customers"),
    QT_TRANSLATE_NOOP("RfmSegment", "Promising"),
    QT_TRANSLATE_NOOP("RfmSegment", "Need Attention"),
    QT_TRANSLATE_NOOP("RfmSegment", "About to Sleep"),
    QT_TRANSLATE_NOOP("RfmSegment", "At Risk"),
    QT_TRANSLATE_NOOP("RfmSegment", "Can't Lose"),
    QT_TRANSLATE_NOOP("RfmSegment", "Hibernating"),
};

} // namespace

std::vector<int> Rfm::quintileScores(std::span<const qint64> values, bool higherIsBetter)
{
    const size_t n = values.size();
    std::vector<int> scores(n, 0);
    if (n == 0)
        return scores;
    // How good each value is, larger is better; ~v reverses the order without overflow.
    const auto goodness = [higherIsBetter](qint64 v) { return higherIsBetter ? v : ~v; };
    const auto scoreOf = [n](quint64 worse, quint64 equal) {
        return 1 + int((5 * (2 * worse + equal - 1)) / (2 * quint64(n)));
    };
    qint64 lowest = goodness(values[0]), highest = lowest;
    for (const qint64 v : values) {
        lowest = std::min(lowest, goodness(v));
        highest = std::max(highest, goodness(v));
    }
    const quint64 range = quint64(highest) - quint64(lowest);
    if (range < 4 * quint64(n) + 1024) {
        // Small whole numbers (days, purchase counts): count each value, no sort.
        std::vector<quint32> counts(range + 1, 0);
        for (const qint64 v : values)
            ++counts[quint64(goodness(v) - lowest)];
        std::vector<qint8> byValue(range + 1, 0);
        quint64 worse = 0;
        for (quint64 k = 0; k <= range; ++k) {
            if (counts[k] == 0)
                continue;
            byValue[k] = qint8(scoreOf(worse, counts[k]));
            worse += counts[k];
        }
        for (size_t i = 0; i < n; ++i)
            scores[i] = byValue[quint64(goodness(values[i]) - lowest)];
        return scores;
    }
    // (goodness, index), worst first; the index only makes the sort deterministic, it never
    // splits a tie's score.
    std::vector<std::pair<qint64, quint32>> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = {goodness(values[i]), quint32(i)};
    std::sort(order.begin(), order.end());
    size_t worse = 0;
    while (worse < n) {
        size_t end = worse;
        while (end < n && order[end].first == order[worse].first)
            ++end;
        const int score = scoreOf(worse, end - worse);
        for (size_t k = worse; k < end; ++k)
            scores[order[k].second] = score;
        worse = end;
    }
    return scores;
}

std::vector<RfmScore> Rfm::score(std::span<const CustomerSummary> customers, QDate asOf)
{
    const size_t n = customers.size();
    std::vector<qint64> recency(n), frequency(n), monetary(n);
    for (size_t i = 0; i < n; ++i) {
        const CustomerSummary &c = customers[i];
        recency[i] = c.lastPurchase.isValid() && asOf.isValid() ? c.lastPurchase.daysTo(asOf)
                                                                : std::numeric_limits<qint64>::max();
        frequency[i] = c.purchases;
        monetary[i] = std::isfinite(c.totalSpend) ? qint64(std::llround(c.totalSpend * 100)) : 0;
    }
    const std::vector<int> r = quintileScores(recency, false);
    const std::vector<int> f = quintileScores(frequency, true);
    const std::vector<int> m = quintileScores(monetary, true);
    std::vector<RfmScore> scores(n);
    for (size_t i = 0; i < n; ++i) {
        scores[i].recency = r[i];
        scores[i].frequency = f[i];
        scores[i].monetary = m[i];
        scores[i].recencyDays = recency[i] == std::numeric_limits<qint64>::max() ? -1 : int(recency[i]);
        scores[i].segment = segment(r[i], f[i]);
    }
    return scores;
}

RfmSegment Rfm::segment(int recencyScore, int frequencyScore)
{
    return kGrid[std::clamp(recencyScore, 1, 5) - 1][std::clamp(frequencyScore, 1, 5) - 1];
}

QString Rfm::segmentName(RfmSegment segment)
{
    return tr(kNames[int(segment)]);
}

const char *Rfm::segmentKey(RfmSegment segment)
{
    return kNames[int(segment)];
}

} // namespace relatio::value
