// Shared chart colours.
#include "dashboard/ChartStyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QValueAxis>
#include <QGraphicsLayout>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace relatio::chartstyle {

QColor channelColour(qsizetype position)
{
    // Okabe & Ito (2008), with black as a dark grey and yellow a shade darker to show on white.
    static const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                     QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                     QColor(0x4D, 0x4D, 0x4D), QColor(0xC9, 0xB2, 0x00)};
    constexpr qsizetype size = sizeof(palette) / sizeof(palette[0]);
    const QColor base = palette[position % size];
    return position < size ? base : base.darker(100 + 40 * int(position / size));
}

QColor figureColour()
{
    return QColor(0x2F, 0x6D, 0xA3);
}

QBrush fewAnswersBrush()
{
    return QBrush(QColor(0x80, 0x80, 0x80), Qt::BDiagPattern);
}

QPen fewAnswersPen()
{
    return QPen(QColor(0x80, 0x80, 0x80), 1.0, Qt::DashLine);
}

QColor intervalColour()
{
    return QColor(0x22, 0x22, 0x22);
}

QColor heatColour(Measure measure, double value)
{
    // Diverging orange–blue (ColorBrewer PuOr/RdBu ends): safe for red–green colour-blindness.
    static const QColor low(0xB3, 0x58, 0x06);
    static const QColor middle(0xF7, 0xF7, 0xF7);
    static const QColor high(0x21, 0x66, 0xAC);
    const double min = DashboardText::scaleMin(measure);
    const double max = DashboardText::scaleMax(measure);
    const double centre = (min + max) / 2;
    double t = std::clamp((value - centre) / ((max - min) / 2), -1.0, 1.0);
    const QColor &end = t < 0 ? low : high;
    t = std::abs(t);
    auto mix = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(mix(middle.red(), end.red()), mix(middle.green(), end.green()), mix(middle.blue(), end.blue()));
}

QColor textOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance < 0.5 ? QColor(Qt::white) : QColor(0x1A, 0x1A, 0x1A);
}

void apply(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
}

namespace {

void centre(QGraphicsSimpleTextItem *message)
{
    const auto *chart = static_cast<const QChart *>(message->parentItem());
    const QRectF box = message->boundingRect();
    message->setPos(chart->plotArea().center() - QPointF(box.width() / 2, box.height() / 2));
}

} // namespace

QGraphicsSimpleTextItem *addMessage(QChart *chart)
{
    auto *message = new QGraphicsSimpleTextItem(chart);
    message->setZValue(100);
    message->setBrush(QColor(0x55, 0x55, 0x55));
    QFont font = message->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    message->setFont(font);
    message->setVisible(false);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [message]() { centre(message); });
    return message;
}

void setMessage(QGraphicsSimpleTextItem *message, const QString &text)
{
    message->setText(text);
    message->setVisible(!text.isEmpty());
    centre(message);
}

void countScale(QValueAxis *axis, qint64 largest)
{
    const double top = double(std::max<qint64>(largest, 4));
    // About five steps of 1, 2 or 5 times a power of ten.
    const double raw = top / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = std::max(1.0, raw <= power ? power : raw <= 2 * power ? 2 * power : raw <= 5 * power ? 5 * power : 10 * power);
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

void labelEvery(QCategoryAxis *axis, const QList<QPair<double, QString>> &labels, int width)
{
    const QFontMetrics metrics(axis->labelsFont());
    int widest = 0;
    for (const auto &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label.second));
    const qsizetype fit = std::max(1, width / (widest + 18));
    const qsizetype step = std::max<qsizetype>(1, (labels.size() + fit - 1) / fit);
    const double min = axis->min();
    const double max = axis->max();
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setStartValue(min);
    for (qsizetype i = 0; i < labels.size(); i += step)
        axis->append(labels.at(i).second, labels.at(i).first);
    axis->setRange(min, max);
}

} // namespace relatio::chartstyle
