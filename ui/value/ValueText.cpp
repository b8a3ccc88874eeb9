// Fit settings, parameters and assumptions as text.
#include "value/ValueText.h"

#include <QLocale>

namespace relatio {

using namespace relatio::value;

namespace {

QString parameter(double v)
{
    return QLocale().toString(v, 'g', 4);
}

} // namespace

QString ValueText::percent(double rate)
{
    return QLocale().toString(rate * 100, 'g', 4) + QLatin1Char('%');
}

QString ValueText::settingsLine(const StoredFit &fit)
{
    const QLocale locale;
    return tr("Analysed %1 · purchases up to %2, in %3 · CLV over %4 months at %5 a month · %6")
        .arg(locale.toString(fit.computedAt.toLocalTime(), QLocale::ShortFormat),
             locale.toString(fit.calibrationEnd, QLocale::ShortFormat), ValueStore::unitName(fit.unit))
        .arg(fit.horizonMonths)
        .arg(percent(fit.monthlyDiscount), fit.currency);
}

QString ValueText::parametersText(const StoredFit &fit)
{
    QStringList lines;
    if (fit.purchaseModel) {
        const BgNbdParams &p = *fit.purchaseModel;
        lines.append(tr("BG/NBD: r = %1, α = %2, a = %3, b = %4 (log-likelihood %5)")
                         .arg(parameter(p.r), parameter(p.alpha), parameter(p.a), parameter(p.b),
                              QLocale().toString(fit.purchaseLogLikelihood, 'f', 1)));
    } else {
        lines.append(tr("BG/NBD: not fitted"));
    }
    if (fit.spendModel) {
        const GammaGammaParams &p = *fit.spendModel;
        lines.append(tr("Gamma-Gamma: p = %1, q = %2, γ = %3 (log-likelihood %4)")
                         .arg(parameter(p.p), parameter(p.q), parameter(p.gamma),
                              QLocale().toString(fit.spendLogLikelihood, 'f', 1)));
    } else {
        lines.append(tr("Gamma-Gamma: not fitted"));
    }
    lines.append(tr("%1 customers, %2 purchases").arg(QLocale().toString(fit.customers), QLocale().toString(fit.purchases)));
    return lines.join(QLatin1Char('\n'));
}

QString ValueText::modelHtml(const StoredFit &fit)
{
    const QLocale locale;
    const QString unit = ValueStore::unitName(fit.unit);
    QString html;
    html += QStringLiteral("<p>%1</p>").arg(tr("%1 customers with %2 purchases up to %3, counted in %4; amounts in %5.")
                                               .arg(locale.toString(fit.customers), locale.toString(fit.purchases),
                                                    locale.toString(fit.calibrationEnd, QLocale::LongFormat), unit,
                                                    fit.currency.toHtmlEscaped()));
    if (!fit.message.isEmpty())
        html += QStringLiteral("<p style='color:#b35900'>%1</p>")
                    .arg(tr("Not every model could be fitted: %1 The segments are still scored.")
                             .arg(fit.message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Purchases: BG/NBD"));
    if (fit.purchaseModel) {
        const BgNbdParams &p = *fit.purchaseModel;
        html += QStringLiteral("<p>r = %1, α = %2 %3, a = %4, b = %5<br>%6</p>")
                    .arg(parameter(p.r), parameter(p.alpha), unit, parameter(p.a), parameter(p.b),
                         tr("log-likelihood %1").arg(locale.toString(fit.purchaseLogLikelihood, 'f', 2)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("A typical active customer buys about %1 times a year; after each purchase about %2 in "
                            "100 customers stop buying for good.")
                             .arg(locale.toString(p.r / p.alpha * 365.25 / daysPerUnit(fit.unit), 'f', 1),
                                  locale.toString(100 * p.a / (p.a + p.b), 'f', 0)));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("Not fitted: P(alive), expected purchases and CLV are left empty."));
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Assumes: while a customer is active, purchases come at random at a steady rate of their own "
                        "(Poisson); the rates differ between customers as a gamma distribution; after each purchase "
                        "a customer may drop out for good, with a probability that differs between customers as a "
                        "beta distribution. Dropping out is never seen directly: a customer who has not bought for a "
                        "long time, compared with how often they used to, has a low P(alive). Dropping out can only "
                        "follow a purchase, so a customer who bought once and never again has P(alive) = 100%: the "
                        "model has nothing to tell them apart by (Hibernating and New Customers are mostly such "
                        "customers; their low expected purchases still keep their CLV small)."));

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Spend: Gamma-Gamma"));
    if (fit.spendModel) {
        const GammaGammaParams &p = *fit.spendModel;
        html += QStringLiteral("<p>p = %1, q = %2, γ = %3<br>%4</p>")
                    .arg(parameter(p.p), parameter(p.q), parameter(p.gamma),
                         tr("log-likelihood %1").arg(locale.toString(fit.spendLogLikelihood, 'f', 2)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Mean spend per purchase across customers: %1 %2.")
                             .arg(locale.toString(GammaGamma::populationMeanSpend(p), 'f', 2), fit.currency.toHtmlEscaped()));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(tr("Not fitted: expected spend and CLV are left empty."));
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Assumes: what a customer spends per purchase varies around a mean of their own, and those "
                        "means differ between customers; spend does not depend on how often a customer buys. "
                        "A customer with few purchases is therefore pulled towards the mean of all customers, and "
                        "one with many is judged mostly by their own spend. Check that big spenders do not buy "
                        "more or less often than others before trusting the CLV."));
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Lifetime value"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("CLV = expected purchases in each of the next %1 months × expected spend, each month "
                        "discounted by %2; revenue, not profit. Tiers rank the customers by CLV: 1 = top 10%, "
                        "2 = next 20%, 3 = next 30%, 4 = the rest. Segments come from recency and frequency "
                        "scores 1–5 by quintile (5 best).")
                         .arg(fit.horizonMonths)
                         .arg(percent(fit.monthlyDiscount)));
    return html;
}

} // namespace relatio
