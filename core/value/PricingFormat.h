// How amounts, percentages and value segments are written for people in the persona, cost and
// price views (shared by core models and the widgets).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace relatio {

class PricingFormat
{
    Q_DECLARE_TR_FUNCTIONS(PricingFormat)

public:
    // "€ 1,234.50" in the user's locale: the currency's sign where it has a well-known one, else
    // its ISO code. cents are in the currency's minor unit; decimals 0 rounds to whole units.
    static QString money(double cents, const QString &currency, int decimals = 2);
    // A ratio as a percentage: 0.125 → "12.5%"; signed when asked ("+12.5%").
    static QString percent(double ratio, bool sign = false);
    // A value segment by number: 0 "No purchases yet", 1 … 10 the RFM segment names.
    static QString segmentName(int segment);
    // 0 = all segments (for costs), else segmentName().
    static QString costSegmentName(int segment);
    // CLV tier 1 (top) … 4.
    static QString clvTierName(int tier);
    // Parses "12.50", "12,50", "1 234,5" as minor units (1250); nullopt when it is no amount.
    static std::optional<qint64> parseCents(const QString &text);
};

} // namespace relatio
