// Amounts of money as Relatio stores them (whole minor units of an ISO 4217 currency) and as people
// write them in spreadsheets: "12.50", "12,50", "1.234,56", "1,234.56", "1 234,56", "-3,00".
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace relatio {

class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // The digits after the decimal point of an ISO 4217 currency (EUR 2, JPY 0, KWD 3); -1 for a
    // code that is not a currency. Codes are upper case.
    static int minorDigits(const QString &currency);
    static bool isCurrency(const QString &currency) { return minorDigits(currency) >= 0; }
    // Every known code, sorted.
    static QStringList currencies();
    // The currency of a country (ISO 3166-1 alpha-2): NL → EUR, NO → NOK; empty when not known.
    static QString currencyOfCountry(const QString &country);

    // An amount as a person or a spreadsheet wrote it, in minor units of currency. Accepted: an
    // optional sign (- or +, before or after), digits with either '.' or ',' as the decimal mark
    // and the other one, a space or an apostrophe between groups of three digits. A single '.' or
    // ',' followed by exactly three digits (1.234) is ambiguous (a thousand and some, or one and
    // a fraction) and refused, except in a currency with three decimals. More decimals than the
    // currency has are refused rather than rounded. Negative amounts are refunds and allowed.
    static Result<qint64> parse(const QString &text, const QString &currency);

    // "€ 1.234,56", "kr 1 234,50", "$1,234.56": for people, in the locale's way.
    static QString format(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    // "1234.56", "-3.00", "1500": for files; parse() reads it back in any currency.
    static QString plain(qint64 minor, const QString &currency);
    // The amount in major units (12.5 for 1250 cents of EUR), for the analyses.
    static double toMajor(qint64 minor, const QString &currency);

    // The largest amount in minor units an order line may hold (ten trillion).
    static constexpr qint64 kMaxMinor = 10'000'000'000'000'000LL;
};

} // namespace relatio
