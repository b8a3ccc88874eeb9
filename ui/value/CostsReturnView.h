// "Return per segment": for a chosen period, each value segment's revenue and total CLV against
// its acquisition and retention costs, as a bar chart of the return (best at the top) and a table.
// The figures are computed off the GUI thread; the rule is stated under the chart.
#pragma once

#include "value/CostsReturn.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace relatio {

class LatestJobRunner;

class CostsReturnView : public QWidget
{
    Q_OBJECT

public:
    explicit CostsReturnView(DatabasePtr db, QWidget *parent = nullptr);
    ~CostsReturnView() override;

    void setPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    // Computes again (costs, purchases or the analysis changed).
    void refresh();
    // The same now if shown, else when next shown.
    void refreshWhenShown();
    bool isBusy() const;
    const SegmentReturnModel *model() const { return m_model; }
    // The chart's category labels, best return first (for tests).
    QStringList chartLabels() const { return m_chartLabels; }

signals:
    // The latest figures are shown.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Sets the dates of the chosen preset; false for "custom".
    bool applyPreset();
    void presetChosen();
    void showReport(const Result<ReturnReport> &report);
    void drawChart();

    DatabasePtr m_db;
    LatestJobRunner *m_runner;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_currency;
    QComboBox *m_measure;
    QChartView *m_chart;
    QTableView *m_table;
    SegmentReturnModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_summary;
    QLabel *m_status;
    QStringList m_chartLabels;
    bool m_settingPeriod = false;
    bool m_stale = true; // not computed for the current state yet
};

} // namespace relatio
