// The satisfaction dashboard: per channel, per customer group and channel, over time, and the
// weekly channel-usage report, all for one date range and customer selection. Every query runs on
// worker threads; a newer request supersedes an older one.
#pragma once

#include "dashboard/DashboardFilter.h"
#include "interactions/Interaction.h"
#include "store/Database.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace relatio {

class ChannelFiguresModel;
class ChartPanel;
class FigureBarChart;
class GroupChannelModel;
class HeatMapView;
class LatestJobRunner;
class TrendChart;
class UsageChart;
class UsageRowsModel;
class UsageTotalsModel;

// What one request for figures brings back from the worker.
struct DashboardFigures
{
    DashboardFilter filter;
    TrendPeriod period = TrendPeriod::Week;
    QList<Channel> channels;
    QList<ChannelFigures> perChannel;
    QList<GroupChannelFigures> perGroup;
    QList<TrendPoint> trend;
    QList<QPair<QVariant, QString>> groups;
    QString error;
};

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ChannelsTab, GroupsTab, TrendTab, UsageTab };

    // segments: where customers are grouped by value segment, when not db: on a team database,
    // this computer's copy of it (sync::WorkingCopy), where the value analysis is worked out.
    // Null: the grouping is not offered there.
    explicit DashboardPage(DatabasePtr db, QWidget *parent = nullptr, DatabasePtr segments = {});
    ~DashboardPage() override;

    DashboardFilter filter() const;
    void setPreset(RangePreset preset);
    // A custom range (the preset becomes Custom).
    void setRange(const QDate &from, const QDate &to);
    void setGrouping(CustomerGrouping grouping, const QVariant &group = {});
    void setTrendPeriod(TrendPeriod period);
    void setTrendMeasure(Measure measure);
    // TrendChart::kEachChannel, TrendChart::kAllTogether or a channel id.
    void setTrendChannel(qint64 channel);
    void setHeatMapMeasure(Measure measure);
    void showTab(Tab tab);

    // Reads the figures again, and the usage report when its tab is shown.
    void refresh();
    bool isLoading() const;

    // Parts, for the window, tests and screenshots.
    QTabWidget *tabs() const { return m_tabs; }
    ChannelFiguresModel *channelModel() const { return m_channelModel; }
    GroupChannelModel *groupModel() const { return m_groupModel; }
    UsageRowsModel *usageRowsModel() const { return m_usageRows; }
    UsageTotalsModel *usageTotalsModel() const { return m_usageTotals; }
    FigureBarChart *csatChart() const { return m_csatChart; }
    FigureBarChart *npsChart() const { return m_npsChart; }
    TrendChart *trendChart() const { return m_trendChart; }
    UsageChart *usageChart() const { return m_usageChart; }
    HeatMapView *heatMap() const { return m_heatMap; }
    ChartPanel *csatPanel() const { return m_csatPanel; }
    ChartPanel *npsPanel() const { return m_npsPanel; }
    ChartPanel *heatPanel() const { return m_heatPanel; }
    ChartPanel *trendPanel() const { return m_trendPanel; }
    ChartPanel *usagePanel() const { return m_usagePanel; }
    const DashboardFigures &figures() const { return m_figures; }
    // The line beside the filters: what the figures rest on, or why there are none.
    QString summary() const { return m_summary; }
    std::shared_ptr<const UsageReport> usageReport() const { return m_usage; }
    // Writes the customer rows (or the totals per week) of the usage report shown.
    Result<qint64> exportUsageCsv(const QString &path, bool totals) const;

    // Many records changed (demo data, an import): read again now if shown, else when shown.
    void storeChanged();

signals:
    // A request's figures are shown (all four views but the usage report).
    void figuresShown();
    void usageShown();
    void statusMessage(const QString &message, int timeout);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildChannelsTab();
    QWidget *buildGroupsTab();
    QWidget *buildTrendTab();
    QWidget *buildUsageTab();
    void presetChosen();
    void datesEdited();
    void choosePeriod();
    void groupingChosen();
    void requestUsage();
    void applyFigures(const DashboardFigures &figures);
    void applyUsage(std::shared_ptr<const UsageReport> report, const QString &error);
    void showTrend();
    void updateGroupChoices(const QList<QPair<QVariant, QString>> &groups);
    void updateChannelChoices();
    void setBusy(bool busy);
    void setSummary(const QString &summary);
    // What an exported chart covers: the dates, and the chosen customers, their grouping, or all.
    enum class Covers { Selection, Grouping, Everyone };
    QString subtitle(Covers covers) const;
    void updateUsageNote();
    void chooseUsageCsv();

    DatabasePtr m_db;
    DatabasePtr m_segmentsDb; // see the constructor
    std::unique_ptr<LatestJobRunner> m_figuresRunner;
    std::unique_ptr<LatestJobRunner> m_usageRunner;
    DashboardFigures m_figures;
    std::shared_ptr<const UsageReport> m_usage;
    QDate m_usageFrom;
    QDate m_usageTo;
    bool m_updating = false;   // filling controls from code: their signals are not user choices
    bool m_periodChosen = false;
    bool m_usageWaitsForFigures = false;

    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_status = nullptr;
    QString m_summary;
    QTimer *m_editDelay = nullptr;
    QTimer *m_busyDelay = nullptr;
    QTabWidget *m_tabs = nullptr;

    ChannelFiguresModel *m_channelModel = nullptr;
    GroupChannelModel *m_groupModel = nullptr;
    UsageRowsModel *m_usageRows = nullptr;
    UsageTotalsModel *m_usageTotals = nullptr;
    FigureBarChart *m_csatChart = nullptr;
    FigureBarChart *m_npsChart = nullptr;
    TrendChart *m_trendChart = nullptr;
    UsageChart *m_usageChart = nullptr;
    HeatMapView *m_heatMap = nullptr;
    ChartPanel *m_csatPanel = nullptr;
    ChartPanel *m_npsPanel = nullptr;
    ChartPanel *m_heatPanel = nullptr;
    ChartPanel *m_trendPanel = nullptr;
    ChartPanel *m_usagePanel = nullptr;
    QTableView *m_channelTable = nullptr;
    QComboBox *m_heatMeasure = nullptr;
    QComboBox *m_trendMeasure = nullptr;
    QComboBox *m_trendChannel = nullptr;
    QComboBox *m_trendPeriod = nullptr;
    QLabel *m_trendNote = nullptr;
    QStackedWidget *m_usageTables = nullptr;
    QComboBox *m_usageView = nullptr;
    QLabel *m_usageNote = nullptr;
};

} // namespace relatio
