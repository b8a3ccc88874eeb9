// A horizontal bar chart of one satisfaction figure per channel (mean CSAT or NPS) with its 95%
// confidence interval drawn as a whisker, the number of answers beside each bar, and bars with too
// few answers hatched grey. Qt Charts has no error bars: the whiskers are line series.
#pragma once

#include "dashboard/DashboardFilter.h"

#include <QChartView>
#include <QList>

class QGraphicsSimpleTextItem;

namespace relatio {

struct FigureBar
{
    QString label;        // the channel
    double value = 0;
    double low = 0;       // 95% interval
    double high = 0;
    qint64 count = 0;     // answers
    bool enough = false;
    QString tip;          // rich text shown on hover
};

class FigureBarChart : public QChartView
{
    Q_OBJECT

public:
    explicit FigureBarChart(Measure measure, QWidget *parent = nullptr);

    void setBars(const QList<FigureBar> &bars);
    const QList<FigureBar> &bars() const { return m_bars; }
    // The text beside each bar, top to bottom (for tests and the printed copy).
    QStringList barTexts() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void placeLabels();
    void showTip(int bar, bool hovering);
    QString barText(const FigureBar &bar) const;

    Measure m_measure;
    QList<FigureBar> m_bars;
    QList<QGraphicsSimpleTextItem *> m_labels;
};

} // namespace relatio
