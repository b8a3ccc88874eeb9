// Drawing the maturity history chart.
#include "maturity/MaturityHistoryChart.h"
#include "dashboard/ChartStyle.h"
#include "maturity/Criteria.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>

namespace relatio {

MaturityHistoryChart::MaturityHistoryChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chartstyle::apply(chart);
    setChart(chart);
    m_message = chartstyle::addMessage(chart);
    setMinimumHeight(220);
}

void MaturityHistoryChart::setHistory(const QList<maturity::UnitSummary> &units, qint64 highlightUnit)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_lineCount = 0;

    QDate first, last;
    for (const maturity::UnitSummary &u : units)
        for (const maturity::HistoryPoint &p : u.history) {
            if (!first.isValid() || p.date < first)
                first = p.date;
            if (!last.isValid() || p.date > last)
                last = p.date;
        }
    if (!first.isValid()) {
        chartstyle::setMessage(m_message, tr("No assessments yet"));
        return;
    }
    // At least a month wide, with a little room either side so the end points are not cut.
    if (first.daysTo(last) < 30)
        first = last.addDays(-30);
    const qint64 pad = std::max<qint64>(3, first.daysTo(last) / 20);
    const QDateTime from = first.addDays(-pad).startOfDay();
    const QDateTime to = last.addDays(pad).startOfDay();

    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    axisX->setRange(from, to);
    axisX->setTickCount(std::clamp(int(first.daysTo(last) / 60) + 2, 2, 7));
    auto *axisY = new QCategoryAxis;
    axisY->setRange(0.5, maturity::kPhaseCount + 0.5);
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int phase = 1; phase <= maturity::kPhaseCount; ++phase)
        axisY->append(tr("%1 %2").arg(phase).arg(maturity::Maturity::phase(phase).name), phase);
    axisY->setTitleText(tr("Phase reached"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);

    qsizetype colour = 0;
    for (const maturity::UnitSummary &u : units) {
        if (u.history.isEmpty()) {
            ++colour;
            continue;
        }
        auto *series = new QLineSeries;
        series->setName(u.unit.name);
        QPen pen(chartstyle::channelColour(colour++));
        pen.setWidthF(u.unit.id == highlightUnit ? 3.5 : 2);
        series->setPen(pen);
        series->setPointsVisible(true);
        series->setMarkerSize(u.unit.id == highlightUnit ? 9 : 7);
        // Steps: the phase holds until the next assessment.
        for (qsizetype i = 0; i < u.history.size(); ++i) {
            const maturity::HistoryPoint &p = u.history.at(i);
            const double x = double(p.date.startOfDay().toMSecsSinceEpoch());
            if (i > 0)
                series->append(x, u.history.at(i - 1).phase);
            series->append(x, p.phase);
        }
        c->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        ++m_lineCount;
    }
    chartstyle::setMessage(m_message, QString());
}

} // namespace relatio
