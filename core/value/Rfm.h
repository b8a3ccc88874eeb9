// RFM: recency, frequency and monetary scores from 1 to 5 by quintile (5 best), and the named
// segments of the usual recency-frequency grid.
//
// Values: recency = days from the last purchase to the reference date (fewer is better),
// frequency = purchase days, monetary = total spend in whole cents (so that sums which differ
// only by floating-point rounding tie).
//
// Ties: customers with equal values always get the same score. Sort the n values from worst to
// best; a group of e equal values occupies positions w … w+e−1 (w values are worse); it is
// scored by its middle position m = w + (e−1)/2 as
//
//   score = 1 + ⌊5·m / n⌋ = 1 + ⌊5·(2w + e − 1) / (2n)⌋      (integer arithmetic)
//
// With all values distinct that is the plain quintile. The rule depends on nothing but the values
// (not on customer keys or input order), and placing a tie by its middle favours neither end of
// the scale. A large tie lands where its middle lies, so some scores may be empty (when 60% of
// customers bought once, they all score 2 and none scores 1).
//
// Segments by R (rows) and F (columns), the widely used grid:
//
//   R \ F |  1               2                    3                    4                5
//   ------+------------------------------------------------------------------------------------
//     5   |  New Customers   Potential Loyalists  Potential Loyalists  Champions        Champions
//     4   |  Promising       Potential Loyalists  Potential Loyalists  Loyal Customers  Loyal Customers
//     3   |  About to Sleep  About to Sleep       Need Attention       Loyal Customers  Loyal Customers
//     2   |  Hibernating     Hibernating          At Risk              At Risk          Can't Lose
//     1   |  Hibernating     Hibernating          At Risk              At Risk          Can't Lose
#pragma once

#include "value/CustomerSummary.h"

#include <QString>

namespace relatio::value {

enum class RfmSegment {
    Champions,
    LoyalCustomers,
    PotentialLoyalists,
    NewCustomers,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLose,
    Hibernating,
};
constexpr int kRfmSegmentCount = 10;

struct RfmScore
{
    int recency = 0;    // 1 … 5
    int frequency = 0;
    int monetary = 0;
    int recencyDays = 0;
    RfmSegment segment = RfmSegment::Hibernating;
};

class Rfm
{
    Q_DECLARE_TR_FUNCTIONS(RfmSegment)

public:
    // Scores 1 … 5 for the values by the rule above; higherIsBetter says which way is best.
    static std::vector<int> quintileScores(std::span<const qint64> values, bool higherIsBetter);

    // One score per customer, in their order; recency counts from asOf (normally the end of the
    // calibration period). Customers without a valid last purchase date count as least recent.
    static std::vector<RfmScore> score(std::span<const CustomerSummary> customers, QDate asOf);

    static RfmSegment segment(int recencyScore, int frequencyScore);
    // The segment's name in the user's language (translation context "RfmSegment").
    static QString segmentName(RfmSegment segment);
    // The English name, for files and logs.
    static const char *segmentKey(RfmSegment segment);
};

} // namespace relatio::value
