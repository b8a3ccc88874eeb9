// The CRM maturity view: the five phases as a staircase with the phase reached, each phase's
// criteria and evidence with their state, what blocks the next phase, where self-assessment and
// data disagree, next steps; the history per unit as a chart and the units side by side.
#pragma once

#include "maturity/Scoring.h"
#include "store/Database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace relatio {

class LatestJobRunner;
class MaturityHistoryChart;
class StaircaseWidget;

namespace maturity {
class MaturityHistoryModel;
class UnitComparisonModel;
}

class MaturityPage : public QWidget
{
    Q_OBJECT

public:
    explicit MaturityPage(DatabasePtr db, QWidget *parent = nullptr);
    ~MaturityPage() override;

    // Reads units, assessments and the evidence again now if shown, else when next shown.
    void reload();
    // Shows a unit (0: the first one); false if it is unknown.
    bool showUnit(qint64 unitId);
    qint64 currentUnit() const;

    // The result shown, once the evidence has been measured.
    const maturity::MaturityResult &result() const { return m_result; }
    bool isMeasuring() const;
    // The report of the result shown, as HTML for printing.
    QString reportHtml() const;
    bool exportPdf(const QString &path);

    QComboBox *unitField() const { return m_unit; }
    StaircaseWidget *staircase() const { return m_staircase; }
    QTreeWidget *criteriaTree() const { return m_tree; }
    QTextBrowser *findings() const { return m_findings; }
    QTabWidget *tabs() const { return m_tabs; }
    maturity::MaturityHistoryModel *historyModel() const { return m_history; }
    maturity::UnitComparisonModel *comparisonModel() const { return m_comparison; }
    MaturityHistoryChart *historyChart() const { return m_chart; }

    void newAssessment();
    void editUnits();
    void print();
    void exportPdfInteractive();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    // An assessment or a unit was stored.
    void changed();
    // The evidence was measured and the view shows it.
    void resultShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadNow();
    void loadUnit();
    void measure();
    void showResult(const maturity::MaturityResult &result);
    void fillTree(const maturity::MaturityResult &result);
    void fillFindings(const maturity::MaturityResult &result);

    DatabasePtr m_db;
    LatestJobRunner *m_runner;
    maturity::MaturityHistoryModel *m_history;
    maturity::UnitComparisonModel *m_comparison;
    std::optional<maturity::Evidence> m_evidence;
    maturity::MaturityResult m_result;
    bool m_stale = true;

    QComboBox *m_unit;
    QPushButton *m_assess;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QLabel *m_summary;
    StaircaseWidget *m_staircase;
    QTabWidget *m_tabs;
    QTreeWidget *m_tree;
    QTextBrowser *m_findings;
    MaturityHistoryChart *m_chart;
    QTableView *m_historyView;
    QTableView *m_comparisonView;
};

} // namespace relatio
