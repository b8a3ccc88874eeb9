// The Segments page: the ten RFM segments with their customers, revenue and lifetime value as a
// table and a bar chart, the members of the chosen segment (double-click opens the customer), the
// fitted models with their assumptions in plain words, and "Run analysis…" with progress. Further
// views of customer value (costs against return, …) join it as tabs through addTab().
#pragma once

#include "store/Database.h"
#include "value/ValueStore.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace relatio {

class AnalysisRunner;
class LatestJobRunner;
namespace value {
class SegmentMembersModel;
class SegmentSummaryModel;
}

class SegmentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsPage(DatabasePtr db, QWidget *parent = nullptr);
    ~SegmentsPage() override;
    // The window is on this team database, and db is this computer's copy of it: the page says so,
    // and each analysis first brings the copy up to date.
    void setTeam(DatabasePtr team);

    // Adds a view of its own to the page, after the segments.
    void addTab(QWidget *page, const QString &title);

    // Reads the figures again (now if shown, else when next shown).
    void reload();
    // Asks for the settings and runs the analysis in the background.
    void runAnalysis();
    // Runs it with these settings, without asking (tests, tools).
    void startAnalysis(const value::ValueSettings &settings);
    void cancelAnalysis();
    bool isAnalysing() const;
    // True until the latest reload has been shown.
    bool isLoading() const;
    // Shows the members of a segment (1 … 10).
    void selectSegment(int segment);

    value::SegmentSummaryModel *summaryModel() const { return m_summary; }
    value::SegmentMembersModel *membersModel() const { return m_members; }
    QTableView *segmentsView() const { return m_segmentsView; }
    QTableView *membersView() const { return m_membersView; }
    QString modelText() const;
    QString stateText() const;

signals:
    void openCustomerRequested(qint64 customerId);
    // The analysis stored a new result: segments, CLV and satisfaction by segment changed.
    void analysisFinished();
    void statusMessage(const QString &message, int timeoutMs);
    // Emitted when a reload or a members list has been shown (tests wait for it).
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void loadMembers(int segment);
    void updateChart();
    void analysisDone(const Result<value::ValueRefreshResult> &result);

    DatabasePtr m_db;
    value::SegmentSummaryModel *m_summary;
    value::SegmentMembersModel *m_members;
    LatestJobRunner *m_loader;
    LatestJobRunner *m_memberLoader;
    AnalysisRunner *m_analysis;
    std::optional<value::StoredFit> m_fit;
    value::ValueSettings m_lastSettings;
    bool m_stale = true;
    bool m_onTeam = false; // see setTeam()

    QTabWidget *m_tabs;
    QStackedWidget *m_stack;
    QLabel *m_emptyText;
    QLabel *m_settingsLine;
    QLabel *m_teamNote;
    QPushButton *m_run;
    QPushButton *m_emptyRun;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_segmentsView;
    QComboBox *m_chartMeasure;
    QChartView *m_chartView;
    QLabel *m_membersTitle;
    QTableView *m_membersView;
    QTextBrowser *m_modelPanel;
};

} // namespace relatio
