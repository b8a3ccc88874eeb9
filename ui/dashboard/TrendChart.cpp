// Satisfaction trend per channel.
#include "dashboard/TrendChart.h"

#include "dashboard/ChartStyle.h"

#include <QAreaSeries>
#include <QCursor>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace relatio {

namespace {

double timeOf(const QDate &day)
{
    return double(day.startOfDay().toMSecsSinceEpoch());
}

qint64 answers(const TrendPoint &p, Measure measure)
{
    return measure == Measure::Csat ? p.csat.count : p.nps.count;
}

bool enough(const TrendPoint &p, Measure measure)
{
    return measure == Measure::Csat ? p.csat.enough : p.nps.enough;
}

double valueOf(const TrendPoint &p, Measure measure)
{
    return measure == Measure::Csat ? p.csat.mean : p.nps.nps;
}

double lowOf(const TrendPoint &p, Measure measure)
{
    return measure == Measure::Csat ? p.csat.low : p.nps.low;
}

double highOf(const TrendPoint &p, Measure measure)
{
    return measure == Measure::Csat ? p.csat.high : p.nps.high;
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chartstyle::apply(chart());
    chart()->legend()->setAlignment(Qt::AlignRight);
    m_message = chartstyle::addMessage(chart());
}

void TrendChart::setTrend(const QList<TrendPoint> &points, const QList<TrendChannel> &channels, Measure measure,
                          TrendPeriod period, qint64 onlyChannel)
{
    m_measure = measure;
    m_period = period;
    m_lineCount = 0;
    m_fewCount = 0;
    m_pointCount = 0;
    m_hover.clear();
    m_lineParts.clear();
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    // Time runs in milliseconds on a category axis, so that the labels sit at the weeks' and
    // months' starts rather than at evenly spaced moments between them.
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_periods.clear();
    QCategoryAxis *axisX = m_timeAxis;
    auto *axisY = new QValueAxis;
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);

    auto byTime = [](const TrendPoint &a, const TrendPoint &b) { return a.periodStart < b.periodStart; };
    QList<Line> lines;
    if (onlyChannel == kAllTogether) {
        // One line for every channel together: the periods' tallies add up.
        std::map<QDate, SatisfactionTally> sums;
        for (const TrendPoint &p : points)
            sums[p.periodStart] += p.tally;
        Line all{tr("All channels"), chartstyle::figureColour(), {}};
        for (const auto &[start, tally] : sums) {
            TrendPoint p;
            p.periodStart = start;
            p.tally = tally;
            p.csat = SatisfactionStats::csat(tally);
            p.nps = SatisfactionStats::nps(tally);
            if (answers(p, measure) > 0)
                all.points.append(p);
        }
        lines.append(all);
    } else {
        for (const TrendChannel &channel : channels) {
            if (onlyChannel != kEachChannel && channel.id != onlyChannel)
                continue;
            Line line{channel.name, channel.colour, {}};
            for (const TrendPoint &p : points)
                if (p.channelId == channel.id && answers(p, measure) > 0)
                    line.points.append(p);
            std::sort(line.points.begin(), line.points.end(), byTime);
            lines.append(line);
        }
    }

    double minTime = std::numeric_limits<double>::max();
    double maxTime = std::numeric_limits<double>::lowest();
    double minValue = std::numeric_limits<double>::max();
    double maxValue = std::numeric_limits<double>::lowest();
    const bool oneLine = onlyChannel != kEachChannel;
    for (const Line &line : std::as_const(lines)) {
        if (line.points.isEmpty())
            continue;
        for (const TrendPoint &p : line.points) {
            m_periods.append(p.periodStart);
            minTime = std::min(minTime, timeOf(p.periodStart));
            maxTime = std::max(maxTime, timeOf(p.periodStart));
            const bool band = oneLine && answers(p, measure) >= 2;
            minValue = std::min(minValue, band ? lowOf(p, measure) : valueOf(p, measure));
            maxValue = std::max(maxValue, band ? highOf(p, measure) : valueOf(p, measure));
        }
        addLine(line, oneLine, axisX, axisY);
        ++m_lineCount;
        m_pointCount += int(line.points.size());
    }
    if (m_fewCount > 0) {
        // A legend entry only: the hollow circles of every line.
        auto *few = new QScatterSeries;
        few->setName(tr("Fewer than %1 answers: uncertain").arg(SatisfactionStats::minimumAnswers));
        few->setMarkerSize(10);
        few->setColor(Qt::white);
        few->setBorderColor(QColor(0x55, 0x55, 0x55));
        c->addSeries(few);
        few->attachAxis(axisX);
        few->attachAxis(axisY);
    }

    // Clicking a line's legend entry hides or shows it, to compare two channels among eight.
    for (auto it = m_lineParts.cbegin(); it != m_lineParts.cend(); ++it) {
        const QList<QLegendMarker *> markers = c->legend()->markers(it.key());
        if (markers.isEmpty())
            continue;
        QLegendMarker *marker = markers.first();
        const QList<QAbstractSeries *> parts = it.value();
        connect(marker, &QLegendMarker::clicked, this, [marker, parts]() {
            const bool show = !parts.first()->isVisible();
            for (QAbstractSeries *part : parts)
                part->setVisible(show);
            // A hidden series hides its marker too; the entry stays to bring the line back.
            marker->setVisible(true);
            QFont font = marker->font();
            font.setStrikeOut(!show);
            marker->setFont(font);
        });
    }

    const double day = 24.0 * 3600 * 1000;
    chartstyle::setMessage(m_message, m_lineCount == 0 ? tr("No answers in this period.") : QString());
    if (m_lineCount == 0) {
        // Nothing to draw: no axes either, only the message.
        m_timeAxis = nullptr;
        m_periods.clear();
        for (QAbstractAxis *axis : c->axes()) {
            c->removeAxis(axis);
            delete axis;
        }
        return;
    }
    const double pad = period == TrendPeriod::Week ? 3.5 * day : 15 * day;
    std::sort(m_periods.begin(), m_periods.end());
    m_periods.erase(std::unique(m_periods.begin(), m_periods.end()), m_periods.end());
    axisX->setRange(minTime - pad, maxTime + pad);
    axisX->setTitleText(period == TrendPeriod::Week ? tr("Week starting") : tr("Month"));
    axisX->setGridLineColor(QColor(0xE4, 0xE4, 0xE4));
    labelPeriods();

    // The value axis spans the figures with a margin, inside the measure's scale: a trend reads
    // best when its changes are visible, and the axis labels say where it stands.
    const double scaleMin = DashboardText::scaleMin(measure);
    const double scaleMax = DashboardText::scaleMax(measure);
    const double step = measure == Measure::Csat ? 0.25 : 10.0;
    double low = std::max(scaleMin, std::floor((minValue - step / 2) / step) * step);
    double high = std::min(scaleMax, std::ceil((maxValue + step / 2) / step) * step);
    if (high - low < 4 * step) {
        low = std::max(scaleMin, low - step * 2);
        high = std::min(scaleMax, high + step * 2);
    }
    axisY->setRange(low, high);
    axisY->setTickType(QValueAxis::TicksDynamic);
    const double span = high - low;
    const double interval = measure == Measure::Csat ? (span > 2 ? 0.5 : 0.25) : (span > 100 ? 25.0 : 10.0);
    axisY->setTickAnchor(scaleMin);
    axisY->setTickInterval(interval);
    axisY->setLabelFormat(measure == Measure::Csat ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
    axisY->setTitleText(measure == Measure::Csat ? tr("Mean CSAT (1–5)") : tr("NPS (−100 to +100)"));
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (m_timeAxis && std::abs(width() - m_labelledWidth) > 40)
        labelPeriods();
}

void TrendChart::labelPeriods()
{
    m_labelledWidth = width();
    if (m_periods.isEmpty())
        return;
    const bool manyYears = m_periods.first().daysTo(m_periods.last()) > 400;
    const QString format = m_period == TrendPeriod::Month ? QStringLiteral("MMM yyyy")
        : manyYears                                        ? QStringLiteral("d MMM yy")
                                                           : QStringLiteral("d MMM");
    const QLocale locale;
    QList<QPair<double, QString>> labels;
    for (const QDate &start : std::as_const(m_periods))
        labels.append({timeOf(start), locale.toString(start, format)});
    // The plot is about the chart less the value axis and the legend beside it.
    chartstyle::labelEvery(m_timeAxis, labels, width() - 300);
}

// A line is drawn solid only between neighbouring periods that both have enough answers; the
// periods with too few are hollow circles, joined to the rest by a faint dotted line, so that a
// few answers never look like a firm change.
void TrendChart::addLine(const Line &line, bool withBand, QAbstractAxis *axisX, QAbstractAxis *axisY)
{
    QChart *c = chart();
    QList<QAbstractSeries *> parts;
    auto add = [&](QAbstractSeries *series, bool inLegend) {
        c->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        for (QLegendMarker *marker : c->legend()->markers(series))
            marker->setVisible(inLegend);
        parts.append(series);
    };
    auto hover = [this](QXYSeries *series, const QList<TrendPoint> &points, const QString &name) {
        Hover h;
        h.points = points;
        for (qsizetype i = 0; i < points.size(); ++i)
            h.channelNames.append(name);
        m_hover.insert(series, h);
        connect(series, &QXYSeries::hovered, this,
                [this, series](const QPointF &point, bool state) { showTip(series, point, state); });
    };

    if (withBand) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (const TrendPoint &p : line.points) {
            if (answers(p, m_measure) < 2)
                continue;
            upper->append(timeOf(p.periodStart), highOf(p, m_measure));
            lower->append(timeOf(p.periodStart), lowOf(p, m_measure));
        }
        auto *band = new QAreaSeries(upper, lower);
        band->setName(tr("95% confidence interval"));
        QColor fill = line.colour;
        fill.setAlpha(50);
        band->setColor(fill);
        band->setBorderColor(Qt::transparent);
        add(band, true);
    }

    QList<TrendPoint> fewPoints;
    for (const TrendPoint &p : line.points)
        if (!enough(p, m_measure))
            fewPoints.append(p);
    m_fewCount += int(fewPoints.size());
    if (!fewPoints.isEmpty() && line.points.size() > 1) {
        auto *dotted = new QLineSeries;
        QColor faint = line.colour;
        faint.setAlpha(120);
        dotted->setPen(QPen(faint, 1.3, Qt::DotLine));
        for (const TrendPoint &p : line.points)
            dotted->append(timeOf(p.periodStart), valueOf(p, m_measure));
        add(dotted, false);
        hover(dotted, line.points, line.name);
    }

    // Runs of periods with enough answers; the first carries the legend entry (even when empty).
    QList<QList<TrendPoint>> runs(1);
    for (const TrendPoint &p : line.points) {
        if (enough(p, m_measure))
            runs.last().append(p);
        else if (!runs.last().isEmpty())
            runs.append(QList<TrendPoint>());
    }
    QAbstractSeries *named = nullptr;
    for (const QList<TrendPoint> &run : std::as_const(runs)) {
        if (run.isEmpty() && named)
            continue;
        auto *solid = new QLineSeries;
        solid->setPen(QPen(line.colour, 2.4));
        solid->setColor(line.colour);
        solid->setPointsVisible(true);
        solid->setMarkerSize(6);
        for (const TrendPoint &p : run)
            solid->append(timeOf(p.periodStart), valueOf(p, m_measure));
        if (!named)
            solid->setName(line.name);
        add(solid, !named);
        if (!named)
            named = solid;
        hover(solid, run, line.name);
    }

    if (!fewPoints.isEmpty()) {
        auto *hollow = new QScatterSeries;
        hollow->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        hollow->setMarkerSize(8);
        hollow->setColor(Qt::white);
        hollow->setPen(QPen(line.colour, 2));
        for (const TrendPoint &p : fewPoints)
            hollow->append(timeOf(p.periodStart), valueOf(p, m_measure));
        add(hollow, false);
        hover(hollow, fewPoints, line.name);
    }
    m_lineParts.insert(named, parts);
}

void TrendChart::showTip(QXYSeries *series, const QPointF &point, bool hovering)
{
    const auto it = m_hover.constFind(series);
    if (!hovering || it == m_hover.constEnd() || it->points.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    qsizetype best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < it->points.size(); ++i) {
        const double distance = std::abs(timeOf(it->points[i].periodStart) - point.x());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    const TrendPoint &p = it->points.at(best);
    const QString when = m_period == TrendPeriod::Week
        ? tr("%1 (%2)").arg(DashboardText::weekName(p.periodStart), DashboardText::weekSpan(p.periodStart))
        : QLocale().toString(p.periodStart, QStringLiteral("MMMM yyyy"));
    QToolTip::showText(QCursor::pos(),
                       DashboardText::figuresTip(tr("%1 · %2").arg(it->channelNames.at(best), when), p.tally, p.csat, p.nps),
                       this);
}

} // namespace relatio
