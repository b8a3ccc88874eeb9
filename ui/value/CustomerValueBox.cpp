// The customer's value on the card.
#include "value/CustomerValueBox.h"

#include "value/SegmentSummaryModel.h"
#include "value/ValueText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace relatio {

using namespace relatio::value;

CustomerValueBox::CustomerValueBox(DatabasePtr db, QWidget *parent)
    : QFrame(parent)
    , m_db(std::move(db))
{
    setObjectName(QStringLiteral("customerValueBox"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    m_headline = new QLabel;
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_figures = new QLabel;
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    layout->addWidget(m_figures);
    m_footer = new QLabel;
    m_footer->setWordWrap(true);
    m_footer->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_footer);
    showCustomer(0);
}

QString CustomerValueBox::headline() const
{
    return m_headline->text();
}

void CustomerValueBox::showNotAnalysed()
{
    m_customerId = 0;
    m_figures->clear();
    m_footer->clear();
    setToolTip({});
    m_headline->setText(tr("Not analysed yet"));
    m_figures->setText(tr("This customer came after the last value analysis. Run it again on the Segments page to "
                          "see their segment, chance of buying again and lifetime value."));
}

void CustomerValueBox::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_figures->clear();
    m_footer->clear();
    setToolTip({});
    if (customerId <= 0) {
        m_headline->setText(tr("Customer value"));
        m_figures->setText(tr("No customer chosen."));
        return;
    }
    const ValueStore store(m_db);
    const auto fit = store.latestFit();
    const auto row = store.customerValue(customerId);
    if (!fit || !row) {
        m_headline->setText(tr("Customer value"));
        m_figures->setText(tr("Could not be read: %1").arg((!fit ? fit.error() : row.error()).message.toHtmlEscaped()));
        return;
    }
    if (!*fit) {
        m_headline->setText(tr("Not analysed yet"));
        m_figures->setText(tr("Run the value analysis on the Segments page to see this customer's segment, "
                              "chance of buying again and lifetime value."));
        return;
    }
    const StoredFit &f = **fit;
    m_footer->setText(ValueText::settingsLine(f));
    setToolTip(ValueText::parametersText(f));
    if (!*row) {
        m_headline->setText(ValueStore::segmentName(0));
        m_figures->setText(tr("No purchases up to %1 in %2, so no segment or lifetime value.")
                               .arg(QLocale().toString(f.calibrationEnd, QLocale::ShortFormat), f.currency));
        return;
    }
    const CustomerValueRecord &v = **row;
    const QLocale locale;
    const int segment = ValueStore::storedSegment(v.segment);
    m_headline->setText(ValueStore::segmentName(segment));
    m_headline->setToolTip(SegmentSummaryModel::segmentDescription(segment));
    const QString none = QStringLiteral("–");
    const auto money = [&](const std::optional<double> &x) {
        return x ? locale.toString(*x, 'f', 2) + QLatin1Char(' ') + f.currency.toHtmlEscaped() : none;
    };
    QStringList rows;
    const auto add = [&rows](const QString &label, const QString &value) {
        rows.append(QStringLiteral("<tr><td>%1</td><td style='padding-left:12px' align='right'><b>%2</b></td></tr>")
                        .arg(label.toHtmlEscaped(), value));
    };
    add(tr("Recency · frequency · spend"), tr("%1 · %2 · %3 of 5").arg(v.recencyScore).arg(v.frequencyScore).arg(v.monetaryScore));
    add(tr("Last purchase"), v.recencyDays == 1 ? tr("1 day before the calibration end")
                                                : tr("%1 days before the calibration end").arg(locale.toString(v.recencyDays)));
    add(tr("Purchases, revenue"), tr("%1, %2").arg(locale.toString(v.purchaseDays),
                                                   money(double(v.revenueCents) / 100.0)));
    add(tr("Chance still buying"),
        v.probabilityAlive ? locale.toString(*v.probabilityAlive * 100, 'f', 0) + QLatin1Char('%') : none);
    add(tr("Expected purchases, %1 months").arg(f.horizonMonths),
        v.expectedPurchases ? locale.toString(*v.expectedPurchases, 'f', 2) : none);
    add(tr("Expected spend per purchase"), money(v.expectedSpend));
    add(tr("Lifetime value, %1 months").arg(f.horizonMonths), money(v.clv));
    add(tr("CLV tier"), v.clvTier > 0 ? tr("%1 of 4").arg(v.clvTier) : none);
    m_figures->setText(QStringLiteral("<table cellspacing='1'>%1</table>").arg(rows.join(QString())));
}

} // namespace relatio
