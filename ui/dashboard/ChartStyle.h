// Colours and brushes the dashboard's charts share, so that a channel has one colour everywhere
// and "too few answers" looks the same in every chart.
#pragma once

#include "dashboard/DashboardFilter.h"

#include <QBrush>
#include <QColor>
#include <QPen>

class QCategoryAxis;
class QChart;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace relatio::chartstyle {

// The colour of the channel at a position in the channel list: the Okabe–Ito palette, which
// people with colour-blindness tell apart, repeated with darker shades beyond eight channels.
QColor channelColour(qsizetype position);
// Bars with enough answers, and the hatched grey of too few.
QColor figureColour();
QBrush fewAnswersBrush();
QPen fewAnswersPen();
QColor intervalColour();
// A heat-map colour for a value of a measure: orange below the middle of the scale, blue above,
// pale near it. textOn() gives black or white, whichever reads on it.
QColor heatColour(Measure measure, double value);
QColor textOn(const QColor &background);

// Plain look for every dashboard chart: no animation, small margins, legend at the bottom.
void apply(QChart *chart);

// A line of text centred on a chart's plot area, for a chart with nothing to draw ("No answers in
// this period"); empty text hides it.
QGraphicsSimpleTextItem *addMessage(QChart *chart);
void setMessage(QGraphicsSimpleTextItem *message, const QString &text);

// A count axis from 0 with whole-number ticks at 1, 2 or 5 × 10ⁿ, topping the largest value.
void countScale(QValueAxis *axis, qint64 largest);

// Puts labels on a category axis at the given values (weeks, months), every k-th one so that
// none overlap in the given width; the labels must be distinct.
void labelEvery(QCategoryAxis *axis, const QList<QPair<double, QString>> &labels, int width);

} // namespace relatio::chartstyle
