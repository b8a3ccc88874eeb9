// Satisfaction over time: one line per channel (weeks or months), points with too few answers
// drawn hollow, and for a single channel its 95% interval as a band.
#pragma once

#include "dashboard/DashboardFilter.h"

#include <QChartView>
#include <QHash>
#include <QList>

class QAbstractAxis;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QAbstractSeries;

class QXYSeries;

namespace relatio {

struct TrendChannel
{
    qint64 id = 0;
    QString name;
    QColor colour;
};

class TrendChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChart(QWidget *parent = nullptr);

    // onlyChannel: a line per channel, all channels together as one line, or one channel's id.
    static constexpr qint64 kEachChannel = 0;
    static constexpr qint64 kAllTogether = -1;

    // channels: every channel in channel order (names and colours). One line (a channel, or all
    // together) comes with its 95% interval as a band.
    void setTrend(const QList<TrendPoint> &points, const QList<TrendChannel> &channels, Measure measure,
                  TrendPeriod period, qint64 onlyChannel);
    // The lines drawn (channels with answers in the range), and their points with too few answers.
    int lineCount() const { return m_lineCount; }
    int fewPointCount() const { return m_fewCount; }
    int pointCount() const { return m_pointCount; }
    QSize sizeHint() const override { return QSize(760, 420); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void labelPeriods();
    struct Line
    {
        QString name;
        QColor colour;
        QList<TrendPoint> points; // in time order, each with answers to the measure
    };
    void addLine(const Line &line, bool withBand, QAbstractAxis *axisX, QAbstractAxis *axisY);
    void showTip(QXYSeries *series, const QPointF &point, bool hovering);

    Measure m_measure = Measure::Csat;
    TrendPeriod m_period = TrendPeriod::Week;
    int m_lineCount = 0;
    int m_fewCount = 0;
    int m_pointCount = 0;
    // Per series: its points in x order, with the channel's name for the tooltip.
    struct Hover
    {
        QList<TrendPoint> points;
        QList<QString> channelNames;
    };
    QHash<QXYSeries *, Hover> m_hover;
    // The series drawing one line, hidden and shown together from the legend.
    QHash<QAbstractSeries *, QList<QAbstractSeries *>> m_lineParts;
    QCategoryAxis *m_timeAxis = nullptr;
    QGraphicsSimpleTextItem *m_message = nullptr;
    QList<QDate> m_periods;           // every period start with a point, in order
    int m_labelledWidth = 0;
};

} // namespace relatio
