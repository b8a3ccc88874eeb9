// Weekly contacts per channel as stacked bars.
#include "dashboard/UsageChart.h"

#include "dashboard/ChartStyle.h"
#include "dashboard/DashboardFilter.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QFontMetrics>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace relatio {

UsageChart::UsageChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chartstyle::apply(chart());
    chart()->legend()->setAlignment(Qt::AlignRight);
    m_message = chartstyle::addMessage(chart());
}

void UsageChart::setReport(std::shared_ptr<const UsageReport> report)
{
    m_report = std::move(report);
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_weekAxis = nullptr;
    qint64 contacts = 0;
    if (m_report)
        for (const QList<qint64> &week : m_report->totals)
            for (const qint64 n : week)
                contacts += n;
    chartstyle::setMessage(m_message, m_report && contacts == 0 ? tr("No contacts in this period.") : QString());
    if (!m_report || contacts == 0)
        return;

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    qint64 highest = 0;
    for (qsizetype w = 0; w < m_report->weeks.size(); ++w) {
        qint64 sum = 0;
        for (const qint64 n : m_report->totals.at(w))
            sum += n;
        highest = std::max(highest, sum);
    }
    for (qsizetype ch = 0; ch < m_report->channelIds.size(); ++ch) {
        auto *set = new QBarSet(m_report->channelNames.at(ch));
        const QColor colour = chartstyle::channelColour(ch);
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        for (qsizetype w = 0; w < m_report->weeks.size(); ++w)
            set->append(double(ch < m_report->totals.at(w).size() ? m_report->totals.at(w).at(ch) : 0));
        series->append(set);
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) { showTip(index, status); });
    }
    c->addSeries(series);

    m_weekAxis = new QCategoryAxis;
    m_weekAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_weekAxis->setGridLineVisible(false);
    m_weekAxis->setTitleText(tr("Week starting"));
    auto *axisY = new QValueAxis;
    chartstyle::countScale(axisY, highest);
    axisY->setTitleText(tr("Contacts"));
    c->addAxis(m_weekAxis, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(m_weekAxis);
    series->attachAxis(axisY);
    labelWeeks();
}

void UsageChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (m_weekAxis && std::abs(width() - m_labelledWidth) > 40)
        labelWeeks();
}

// A label under every week would overlap beyond a dozen weeks: every k-th week gets one, at its
// bar (a category axis on values; the bars sit at 0, 1, 2, …).
void UsageChart::labelWeeks()
{
    m_labelledWidth = width();
    const bool manyYears = m_report->weeks.first().daysTo(m_report->weeks.last()) > 300;
    const QString format = manyYears ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM");
    const QLocale locale;
    QList<QPair<double, QString>> labels;
    for (qsizetype w = 0; w < m_report->weeks.size(); ++w)
        labels.append({double(w), locale.toString(m_report->weeks.at(w), format)});
    // The bars sit at 0, 1, 2, …; the plot is the chart less its axis and legend.
    m_weekAxis->setRange(-0.5, double(m_report->weeks.size()) - 0.5);
    // The plot is about the chart less the value axis and the legend beside it.
    chartstyle::labelEvery(m_weekAxis, labels, width() - 260);
}

void UsageChart::showTip(int week, bool hovering)
{
    if (!hovering || !m_report || week < 0 || week >= m_report->weeks.size()) {
        QToolTip::hideText();
        return;
    }
    const QDate monday = m_report->weeks.at(week);
    QStringList lines{QStringLiteral("<b>%1</b> (%2)").arg(DashboardText::weekName(monday).toHtmlEscaped(),
                                                           DashboardText::weekSpan(monday).toHtmlEscaped())};
    qint64 total = 0;
    for (qsizetype ch = 0; ch < m_report->channelIds.size(); ++ch) {
        const qint64 contacts = m_report->totals.at(week).value(ch);
        const qint64 customers = m_report->customers.at(week).value(ch);
        total += contacts;
        if (contacts > 0 && m_report->listed)
            lines.append(tr("%1: %2 contacts by %3 customers")
                             .arg(m_report->channelNames.at(ch).toHtmlEscaped(), DashboardText::count(contacts),
                                  DashboardText::count(customers)));
        else if (contacts > 0) // the customers are still being counted
            lines.append(tr("%1: %2 contacts")
                             .arg(m_report->channelNames.at(ch).toHtmlEscaped(), DashboardText::count(contacts)));
    }
    lines.append(tr("All channels: %1 contacts").arg(DashboardText::count(total)));
    QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), this);
}

} // namespace relatio
