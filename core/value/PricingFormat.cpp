// Amounts, percentages and segment names for people.
#include "value/PricingFormat.h"

#include "value/Rfm.h"

#include <QLocale>

#include <cmath>

namespace relatio {

QString PricingFormat::money(double cents, const QString &currency, int decimals)
{
    const QString code = currency.toUpper();
    QString sign = code;
    if (code == QLatin1String("EUR"))
        sign = QStringLiteral("€");
    else if (code == QLatin1String("USD"))
        sign = QStringLiteral("$");
    else if (code == QLatin1String("GBP"))
        sign = QStringLiteral("£");
    else if (code == QLatin1String("NOK") || code == QLatin1String("SEK") || code == QLatin1String("DKK"))
        sign = QStringLiteral("kr");
    const QLocale locale;
    const double units = cents / 100.0;
    QString number = locale.toString(std::abs(units), 'f', decimals);
    const QString minus = units < 0 && std::round(std::abs(units) * std::pow(10, decimals)) > 0 ? locale.negativeSign()
                                                                                              : QString();
    if (sign.isEmpty())
        return minus + number;
    // Scandinavian crowns and ISO codes follow the number; the other signs come first.
    if (sign == QLatin1String("kr") || sign == code)
        return minus + number + QChar(0x00A0) + sign;
    return minus + sign + QChar(0x00A0) + number;
}

QString PricingFormat::percent(double ratio, bool sign)
{
    const QLocale locale;
    const double value = ratio * 100.0;
    const int decimals = std::abs(value) >= 100 ? 0 : 1;
    QString text = locale.toString(value, 'f', decimals) + QLatin1Char('%');
    if (sign && value > 0)
        text.prepend(locale.positiveSign());
    return text;
}

QString PricingFormat::segmentName(int segment)
{
    if (segment >= 1 && segment <= value::kRfmSegmentCount)
        return value::Rfm::segmentName(value::RfmSegment(segment - 1));
    return tr("No purchases yet");
}

QString PricingFormat::costSegmentName(int segment)
{
    return segment == 0 ? tr("All segments") : segmentName(segment);
}

QString PricingFormat::clvTierName(int tier)
{
    switch (tier) {
    case 1:
        return tr("Tier 1 (top 10% by CLV)");
    case 2:
        return tr("Tier 2");
    case 3:
        return tr("Tier 3");
    case 4:
        return tr("Tier 4 (lowest CLV)");
    default:
        return tr("Any tier");
    }
}

std::optional<qint64> PricingFormat::parseCents(const QString &text)
{
    QString s = text.trimmed();
    s.remove(QChar(0x00A0));
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('\''));
    if (s.isEmpty())
        return std::nullopt;
    // The last separator with one or two digits after it is the decimal one; others group.
    const qsizetype dot = s.lastIndexOf(QLatin1Char('.'));
    const qsizetype comma = s.lastIndexOf(QLatin1Char(','));
    const qsizetype last = std::max(dot, comma);
    QString whole = s;
    QString fraction;
    if (last >= 0 && s.size() - last - 1 <= 2) {
        whole = s.left(last);
        fraction = s.mid(last + 1);
    }
    whole.remove(QLatin1Char('.'));
    whole.remove(QLatin1Char(','));
    bool negative = false;
    if (whole.startsWith(QLatin1Char('-'))) {
        negative = true;
        whole.remove(0, 1);
    }
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    for (QChar c : std::as_const(whole))
        if (!c.isDigit())
            return std::nullopt;
    for (QChar c : std::as_const(fraction))
        if (!c.isDigit())
            return std::nullopt;
    if (whole.size() > 15)
        return std::nullopt;
    qint64 cents = whole.toLongLong() * 100;
    if (fraction.size() == 1)
        cents += fraction.toLongLong() * 10;
    else if (fraction.size() == 2)
        cents += fraction.toLongLong();
    return negative ? -cents : cents;
}

} // namespace relatio
