// Contacts per week, stacked by channel: the chart of the weekly channel-usage report.
#pragma once

#include "interactions/SatisfactionStats.h"

#include <QChartView>

#include <memory>

class QCategoryAxis;
class QGraphicsSimpleTextItem;

namespace relatio {

class UsageChart : public QChartView
{
    Q_OBJECT

public:
    explicit UsageChart(QWidget *parent = nullptr);

    void setReport(std::shared_ptr<const UsageReport> report);
    QSize sizeHint() const override { return QSize(760, 320); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void labelWeeks();
    void showTip(int week, bool hovering);

    std::shared_ptr<const UsageReport> m_report;
    QCategoryAxis *m_weekAxis = nullptr;
    QGraphicsSimpleTextItem *m_message = nullptr;
    int m_labelledWidth = 0;
};

} // namespace relatio
