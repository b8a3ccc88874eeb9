// The maturity history as a chart: the phase reached by each unit at each assessment, one line
// per unit, so units can be compared over time.
#pragma once

#include "maturity/HistoryModel.h"

#include <QChartView>

class QGraphicsSimpleTextItem;

namespace relatio {

class MaturityHistoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit MaturityHistoryChart(QWidget *parent = nullptr);

    // One line per unit with assessments; highlightUnit (0 = none) drawn thicker.
    void setHistory(const QList<maturity::UnitSummary> &units, qint64 highlightUnit);
    int lineCount() const { return m_lineCount; }
    QSize sizeHint() const override { return QSize(640, 300); }

private:
    QGraphicsSimpleTextItem *m_message = nullptr;
    int m_lineCount = 0;
};

} // namespace relatio
