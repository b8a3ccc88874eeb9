// Per-channel figure bars with interval whiskers.
#include "dashboard/FigureBarChart.h"

#include "dashboard/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace relatio {

namespace {

constexpr double kCap = 0.16;    // half the height of a whisker's end, in bar slots
constexpr int kBarSlot = 34;     // pixels a bar needs to be read with its label

// A label that stays readable where it overlaps a bar: text on a pale box.
class BarLabel : public QGraphicsSimpleTextItem
{
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;

    QRectF boundingRect() const override { return QGraphicsSimpleTextItem::boundingRect().adjusted(-3, -1, 3, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(boundingRect(), 2, 2);
        QGraphicsSimpleTextItem::paint(painter, option, widget);
    }
};

} // namespace

FigureBarChart::FigureBarChart(Measure measure, QWidget *parent)
    : QChartView(parent)
    , m_measure(measure)
{
    setRenderHint(QPainter::Antialiasing);
    chartstyle::apply(chart());
    connect(chart(), &QChart::plotAreaChanged, this, &FigureBarChart::placeLabels);
}

QSize FigureBarChart::sizeHint() const
{
    return QSize(520, 110 + kBarSlot * int(std::max<qsizetype>(m_bars.size(), 4)));
}

QSize FigureBarChart::minimumSizeHint() const
{
    return QSize(320, 90 + 22 * int(std::max<qsizetype>(m_bars.size(), 3)));
}

QString FigureBarChart::barText(const FigureBar &bar) const
{
    if (bar.count == 0)
        return tr("no answers");
    if (!bar.enough)
        return tr("n = %1 < %2").arg(DashboardText::count(bar.count), DashboardText::count(SatisfactionStats::minimumAnswers));
    return tr("%1 · n = %2").arg(DashboardText::figure(m_measure, bar.value), DashboardText::count(bar.count));
}

QStringList FigureBarChart::barTexts() const
{
    QStringList texts;
    for (const FigureBar &bar : m_bars)
        texts.append(barText(bar));
    return texts;
}

void FigureBarChart::setBars(const QList<FigureBar> &bars)
{
    m_bars = bars;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    qDeleteAll(m_labels);
    m_labels.clear();
    updateGeometry();
    if (m_bars.isEmpty())
        return;

    // Qt puts the first category at the bottom; reading order wants the first channel on top.
    const int n = int(m_bars.size());
    auto slot = [n](int bar) { return double(n - 1 - bar); };
    QStringList categories;
    for (int i = n - 1; i >= 0; --i)
        categories.append(m_bars.at(i).label);

    auto *confident = new QBarSet(m_measure == Measure::Csat ? tr("Mean CSAT") : tr("NPS"));
    confident->setColor(chartstyle::figureColour());
    confident->setBorderColor(chartstyle::figureColour());
    auto *few = new QBarSet(tr("Fewer than %1 answers: uncertain").arg(SatisfactionStats::minimumAnswers));
    few->setBrush(chartstyle::fewAnswersBrush());
    few->setPen(chartstyle::fewAnswersPen());
    bool anyFew = false;
    for (int i = n - 1; i >= 0; --i) {
        const FigureBar &bar = m_bars.at(i);
        const bool show = bar.count > 0;
        confident->append(show && bar.enough ? bar.value : 0.0);
        few->append(show && !bar.enough ? bar.value : 0.0);
        anyFew = anyFew || (show && !bar.enough);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.62);
    series->append(confident);
    series->append(few);
    c->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    auto *axisX = new QValueAxis;
    axisX->setRange(DashboardText::scaleMin(m_measure), DashboardText::scaleMax(m_measure));
    axisX->setTickCount(m_measure == Measure::Csat ? 5 : 9);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTitleText(m_measure == Measure::Csat ? tr("Mean CSAT: 1 = very unhappy, 5 = very happy")
                                                   : tr("% promoters − % detractors"));
    c->addAxis(axisY, Qt::AlignLeft);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);

    bool intervalInLegend = false;
    for (int i = 0; i < n; ++i) {
        const FigureBar &bar = m_bars.at(i);
        if (bar.count < 2)
            continue;
        const double y = slot(i);
        auto *whisker = new QLineSeries;
        whisker->append({QPointF(bar.low, y - kCap), QPointF(bar.low, y + kCap), QPointF(bar.low, y),
                         QPointF(bar.high, y), QPointF(bar.high, y + kCap), QPointF(bar.high, y - kCap)});
        QPen pen(bar.enough ? chartstyle::intervalColour() : QColor(0x60, 0x60, 0x60), 1.6);
        pen.setCapStyle(Qt::FlatCap);
        whisker->setPen(pen);
        whisker->setName(tr("95% confidence interval"));
        c->addSeries(whisker);
        whisker->attachAxis(axisX);
        whisker->attachAxis(axisY);
        const QList<QLegendMarker *> markers = c->legend()->markers(whisker);
        for (QLegendMarker *marker : markers)
            marker->setVisible(!intervalInLegend);
        intervalInLegend = true;
        connect(whisker, &QLineSeries::hovered, this, [this, i](const QPointF &, bool state) { showTip(i, state); });
    }
    if (!anyFew)
        for (QLegendMarker *marker : c->legend()->markers(series))
            if (marker->label() == few->label())
                marker->setVisible(false);

    auto tip = [this, n](bool status, int index) { showTip(n - 1 - index, status); };
    connect(confident, &QBarSet::hovered, this, tip);
    connect(few, &QBarSet::hovered, this, tip);

    for (const FigureBar &bar : m_bars) {
        auto *label = new BarLabel(barText(bar), c);
        label->setZValue(100);
        label->setBrush(bar.enough ? QColor(0x1A, 0x1A, 0x1A) : QColor(0x55, 0x55, 0x55));
        m_labels.append(label);
    }
    placeLabels();
}

void FigureBarChart::placeLabels()
{
    QChart *c = chart();
    const QRectF plot = c->plotArea();
    const QList<QAbstractSeries *> series = c->series();
    if (series.isEmpty() || m_labels.size() != m_bars.size())
        return;
    const double baseline = m_measure == Measure::Csat ? DashboardText::scaleMin(m_measure) : 0.0;
    const int n = int(m_bars.size());
    for (int i = 0; i < n; ++i) {
        const FigureBar &bar = m_bars.at(i);
        QGraphicsSimpleTextItem *label = m_labels.at(i);
        const double y = n - 1 - i;
        const double value = bar.count > 0 ? bar.value : baseline;
        const bool rightwards = value >= baseline;
        const bool hasInterval = bar.count >= 2;
        // The far end of bar and whisker, and the whisker's near end (inside the bar).
        const double far = rightwards ? std::max(value, hasInterval ? bar.high : value)
                                      : std::min(value, hasInterval ? bar.low : value);
        const double near = rightwards ? std::min(value, hasInterval ? bar.low : value)
                                       : std::max(value, hasInterval ? bar.high : value);
        auto xOf = [&](double v) { return c->mapToPosition(QPointF(v, y), series.first()).x(); };
        const double centre = c->mapToPosition(QPointF(baseline, y), series.first()).y();
        const double width = label->boundingRect().width();
        const double base = std::clamp(xOf(baseline), plot.left(), plot.right());
        double x;
        // Beyond the end of the bar and its whisker; where that runs out of the plot, inside the
        // bar just before the whisker (the pale box keeps it readable on the bar's colour).
        if (rightwards) {
            x = xOf(far) + 8;
            if (x + width > plot.right() - 2)
                x = std::max(xOf(near) - 8 - width, base + 4);
        } else {
            x = xOf(far) - 8 - width;
            if (x < plot.left() + 2)
                x = std::min(xOf(near) + 8, base - 4 - width);
        }
        label->setPos(x, centre - label->boundingRect().height() / 2 + 1);
    }
}

void FigureBarChart::showTip(int bar, bool hovering)
{
    if (!hovering || bar < 0 || bar >= m_bars.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_bars.at(bar).tip, this);
}

} // namespace relatio
