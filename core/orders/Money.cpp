// Currencies, and amounts read from and written for people and files.
#include "orders/Money.h"

#include <QHash>

#include <algorithm>

namespace relatio {

namespace {

// ISO 4217 codes in use, by their digits after the decimal point.
const QHash<QString, int> &currencyTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        auto add = [&t](const char *codes, int digits) {
            for (const QString &code : QString::fromLatin1(codes).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                t.insert(code, digits);
        };
        add("AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF "
            "CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL "
            "HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP "
            "MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD "
            "SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS "
            "VES WST XCD YER ZAR ZMW ZWL",
            2);
        add("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF", 0);
        add("BHD IQD JOD KWD LYD OMR TND", 3);
        add("CLF UYW", 4);
        return t;
    }();
    return table;
}

qint64 powerOfTen(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009)
        || c == QLatin1Char('\'') || c == QChar(0x2019);
}

} // namespace

int Money::minorDigits(const QString &currency)
{
    return currencyTable().value(currency, -1);
}

QStringList Money::currencies()
{
    QStringList list = currencyTable().keys();
    std::sort(list.begin(), list.end());
    return list;
}

QString Money::currencyOfCountry(const QString &country)
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        for (const char *c : {"AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU",
                              "LV", "MT", "NL", "PT", "SI", "SK"})
            m.insert(QString::fromLatin1(c), QStringLiteral("EUR"));
        m.insert(QStringLiteral("NO"), QStringLiteral("NOK"));
        m.insert(QStringLiteral("SE"), QStringLiteral("SEK"));
        m.insert(QStringLiteral("DK"), QStringLiteral("DKK"));
        m.insert(QStringLiteral("IS"), QStringLiteral("ISK"));
        m.insert(QStringLiteral("GB"), QStringLiteral("GBP"));
        m.insert(QStringLiteral("CH"), QStringLiteral("CHF"));
        m.insert(QStringLiteral("PL"), QStringLiteral("PLN"));
        m.insert(QStringLiteral("CZ"), QStringLiteral("CZK"));
        m.insert(QStringLiteral("US"), QStringLiteral("USD"));
        m.insert(QStringLiteral("CA"), QStringLiteral("CAD"));
        return m;
    }();
    return map.value(country.trimmed().toUpper());
}

Result<qint64> Money::parse(const QString &input, const QString &currency)
{
    const int digits = minorDigits(currency);
    if (digits < 0)
        return fail(Error::Code::Invalid, tr("“%1” is not a currency code (ISO 4217, such as EUR or NOK).").arg(currency));
    QString t = input.trimmed();
    if (t.isEmpty())
        return fail(Error::Code::Invalid, tr("empty; give the amount, such as 12.50."));
    // A currency code or sign people leave in: "EUR 12,50", "12,50 €", "kr 99".
    for (const QString &mark : {currency, QStringLiteral("€"), QStringLiteral("£"), QStringLiteral("$"),
                                QStringLiteral("kr"), QStringLiteral("kr.")}) {
        if (t.startsWith(mark, Qt::CaseInsensitive))
            t = t.mid(mark.size()).trimmed();
        else if (t.endsWith(mark, Qt::CaseInsensitive))
            t = t.left(t.size() - mark.size()).trimmed();
    }
    bool negative = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212)) || t.startsWith(QLatin1Char('+'))) {
        negative = t.at(0) != QLatin1Char('+');
        t = t.mid(1).trimmed();
    } else if (t.endsWith(QLatin1Char('-'))) { // "12,50-", as some bookkeeping programs write a credit
        negative = true;
        t.chop(1);
        t = t.trimmed();
    }
    const QString notAmount = tr("“%1” is not an amount; write it as 1234.56 or 1.234,56.").arg(input.trimmed());
    if (t.isEmpty() || (!t.at(0).isDigit() && t.at(0) != QLatin1Char('.') && t.at(0) != QLatin1Char(',')))
        return fail(Error::Code::Invalid, notAmount);

    // Where the dots and commas are decides which is the decimal mark.
    const qsizetype lastDot = t.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = t.lastIndexOf(QLatin1Char(','));
    const qsizetype dots = t.count(QLatin1Char('.'));
    const qsizetype commas = t.count(QLatin1Char(','));
    QChar decimal;
    if (dots > 0 && commas > 0)
        decimal = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
    else if (dots + commas == 1) {
        const QChar mark = dots ? QLatin1Char('.') : QLatin1Char(',');
        const qsizetype after = t.size() - 1 - t.indexOf(mark);
        if (after == 3 && digits != 3 && t.indexOf(mark) > 0 && t.left(t.indexOf(mark)) != QLatin1String("0")) {
            // Groups before it (1 234.567) would still not say which it is.
            return fail(Error::Code::Invalid,
                        tr("“%1” is ambiguous: it could be a thousand and more or one with a fraction. Write "
                           "the amount with its cents (%2 or %3), or without a separator.")
                            .arg(input.trimmed(), t + QLatin1String(mark == QLatin1Char('.') ? ",00" : ".00"),
                                 QString(t).remove(mark)));
        }
        decimal = mark;
    }
    const QChar group = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');

    // Digits, with group separators only between groups of three before the decimal mark.
    QString whole;
    QString fraction;
    bool inFraction = false;
    int groupDigits = -1; // digits since the last group separator; -1 = none seen yet
    bool grouped = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            (inFraction ? fraction : whole).append(c);
            if (groupDigits >= 0 && !inFraction)
                ++groupDigits;
            continue;
        }
        if (!decimal.isNull() && c == decimal && !inFraction) {
            if (grouped && groupDigits != 3)
                return fail(Error::Code::Invalid, notAmount);
            inFraction = true;
            continue;
        }
        if (!inFraction && (c == group || (decimal.isNull() && (c == QLatin1Char('.') || c == QLatin1Char(',')))
                            || isGroupSpace(c))) {
            if (whole.isEmpty() || (groupDigits >= 0 && groupDigits != 3) || (groupDigits < 0 && whole.size() > 3))
                return fail(Error::Code::Invalid, notAmount);
            groupDigits = 0;
            grouped = true;
            continue;
        }
        return fail(Error::Code::Invalid, notAmount);
    }
    if (grouped && !inFraction && groupDigits != 3)
        return fail(Error::Code::Invalid, notAmount);
    if (whole.isEmpty() && fraction.isEmpty())
        return fail(Error::Code::Invalid, notAmount);
    // Trailing zeros beyond the currency's decimals say nothing ("12.500" in a spreadsheet export).
    while (fraction.size() > digits && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > digits)
        return fail(Error::Code::Invalid,
                    digits == 0 ? tr("“%1” has decimals, but %2 has none.").arg(input.trimmed(), currency)
                                : tr("“%1” has more decimals than %2 has (%3).").arg(input.trimmed(), currency).arg(digits));
    while (fraction.size() < digits)
        fraction.append(QLatin1Char('0'));
    const QString all = whole + fraction;
    // Sixteen digits stay well inside 64 bits and above any real order line.
    QString significant = all;
    while (significant.size() > 1 && significant.startsWith(QLatin1Char('0')))
        significant.remove(0, 1);
    bool ok = false;
    const qint64 value = significant.size() <= 18 ? significant.toLongLong(&ok) : 0;
    if (!ok || value > kMaxMinor)
        return fail(Error::Code::Invalid, tr("“%1” is too large for an order line.").arg(input.trimmed()));
    return negative ? -value : value;
}

QString Money::format(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = std::max(0, minorDigits(currency));
    const double major = double(minor) / double(powerOfTen(digits));
    QString symbol;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    else if (currency == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    else if (currency == QLatin1String("GBP"))
        symbol = QStringLiteral("£");
    else
        symbol = currency;
    return locale.toCurrencyString(major, symbol, digits);
}

QString Money::plain(qint64 minor, const QString &currency)
{
    const int digits = std::max(0, minorDigits(currency));
    const qint64 unit = powerOfTen(digits);
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    QString text = QString::number(magnitude / quint64(unit));
    if (digits > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % quint64(unit), digits, 10, QLatin1Char('0'));
    return minor < 0 ? QLatin1Char('-') + text : text;
}

double Money::toMajor(qint64 minor, const QString &currency)
{
    return double(minor) / double(powerOfTen(std::max(0, minorDigits(currency))));
}

} // namespace relatio
