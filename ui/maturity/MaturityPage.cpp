// The CRM maturity page.
#include "maturity/MaturityPage.h"
#include "dashboard/LatestJobRunner.h"
#include "maturity/AssessmentDialog.h"
#include "maturity/HistoryModel.h"
#include "maturity/MaturityHistoryChart.h"
#include "maturity/MaturityReport.h"
#include "maturity/StaircaseWidget.h"
#include "maturity/UnitsDialog.h"
#include "privacy/SubjectPdf.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relatio {

using namespace maturity;

namespace {

enum TreeColumn { ItemColumn, StateColumn, AnswerColumn, ValueColumn, ThresholdColumn, TreeColumnCount };

QColor stateColour(State state)
{
    switch (state) {
    case State::Met: return QColor(0x1b, 0x7a, 0x3a);
    case State::NotMet: return QColor(0xb3, 0x26, 0x1e);
    case State::NotMeasured: break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

void setState(QTreeWidgetItem *item, State state)
{
    item->setText(StateColumn, Scoring::stateName(state));
    item->setForeground(StateColumn, stateColour(state));
    QFont f = item->font(StateColumn);
    f.setItalic(state == State::NotMeasured);
    f.setBold(state != State::NotMeasured);
    item->setFont(StateColumn, f);
}

QString phaseTitle(const Phase &phase)
{
    return MaturityPage::tr("Phase %1: %2").arg(phase.number).arg(phase.name);
}

} // namespace

MaturityPage::MaturityPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_runner(new LatestJobRunner(db, QStringLiteral("maturity evidence"), this))
    , m_history(new MaturityHistoryModel(db, this))
    , m_comparison(new UnitComparisonModel(db, this))
{
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("unitField"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setMinimumContentsLength(16);
    auto *unitLabel = new QLabel(tr("&Unit:"));
    unitLabel->setBuddy(m_unit);
    connect(m_unit, &QComboBox::activated, this, [this]() { loadUnit(); });

    m_assess = new QPushButton(tr("New &assessment…"));
    m_assess->setToolTip(tr("Score the statements of every phase for the unit shown"));
    connect(m_assess, &QPushButton::clicked, this, &MaturityPage::newAssessment);
    auto *units = new QPushButton(tr("Units and &team members…"));
    connect(units, &QPushButton::clicked, this, &MaturityPage::editUnits);
    m_print = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("&Print…"));
    connect(m_print, &QPushButton::clicked, this, &MaturityPage::print);
    m_pdf = new QPushButton(tr("Export P&DF…"));
    connect(m_pdf, &QPushButton::clicked, this, &MaturityPage::exportPdfInteractive);

    auto *top = new QHBoxLayout;
    top->addWidget(unitLabel);
    top->addWidget(m_unit);
    top->addWidget(m_assess);
    top->addWidget(units);
    top->addStretch();
    top->addWidget(m_print);
    top->addWidget(m_pdf);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("maturitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_staircase = new StaircaseWidget;

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("criteriaTree"));
    m_tree->setColumnCount(TreeColumnCount);
    m_tree->setHeaderLabels({tr("Phase, criterion or evidence"), tr("State"), tr("Self-assessment"), tr("Value"),
                             tr("Threshold")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    for (int c = StateColumn; c < TreeColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);

    m_findings = new QTextBrowser;
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setOpenLinks(false);

    auto *phaseSplitter = new QSplitter(Qt::Horizontal);
    phaseSplitter->addWidget(m_tree);
    phaseSplitter->addWidget(m_findings);
    phaseSplitter->setStretchFactor(0, 5);
    phaseSplitter->setStretchFactor(1, 3);
    phaseSplitter->setChildrenCollapsible(false);

    m_chart = new MaturityHistoryChart;
    m_historyView = new QTableView;
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *historySplitter = new QSplitter(Qt::Vertical);
    historySplitter->addWidget(m_chart);
    historySplitter->addWidget(m_historyView);
    historySplitter->setStretchFactor(0, 3);
    historySplitter->setStretchFactor(1, 2);

    m_comparisonView = new QTableView;
    m_comparisonView->setObjectName(QStringLiteral("comparisonView"));
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->verticalHeader()->hide();
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(UnitComparisonModel::UnitColumn, QHeaderView::Stretch);
    m_comparisonView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparisonView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_comparisonView, &QTableView::activated, this, [this](const QModelIndex &index) {
        showUnit(index.data(UnitComparisonModel::UnitIdRole).toLongLong());
        m_tabs->setCurrentIndex(0);
    });

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("maturityTabs"));
    m_tabs->addTab(phaseSplitter, tr("Phases and criteria"));
    m_tabs->addTab(historySplitter, tr("History"));
    m_tabs->addTab(m_comparisonView, tr("Compare units"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_staircase);
    layout->addWidget(m_tabs, 1);
}

MaturityPage::~MaturityPage() = default;

void MaturityPage::reload()
{
    if (isVisible())
        reloadNow();
    else
        m_stale = true;
}

void MaturityPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadNow();
}

qint64 MaturityPage::currentUnit() const
{
    return m_unit->currentData().toLongLong();
}

bool MaturityPage::isMeasuring() const
{
    return m_runner->isBusy();
}

bool MaturityPage::showUnit(qint64 unitId)
{
    if (m_stale)
        reloadNow();
    const int index = unitId == 0 ? 0 : m_unit->findData(unitId);
    if (index < 0)
        return false;
    m_unit->setCurrentIndex(index);
    loadUnit();
    return true;
}

void MaturityPage::reloadNow()
{
    m_stale = false;
    const qint64 previous = currentUnit();
    m_unit->clear();
    if (const auto loaded = m_comparison->load(); !loaded)
        emit statusMessage(loaded.error().message, 8000);
    for (const UnitSummary &s : m_comparison->units())
        m_unit->addItem(s.unit.name, s.unit.id);
    if (m_unit->count() == 0)
        m_unit->addItem(tr("(no units yet)"), qint64(0));
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(previous)));
    m_assess->setEnabled(currentUnit() != 0);
    loadUnit();
    measure();
}

void MaturityPage::loadUnit()
{
    const qint64 unitId = currentUnit();
    m_assess->setEnabled(unitId != 0);
    if (const auto loaded = m_history->load(unitId); !loaded)
        emit statusMessage(loaded.error().message, 8000);
    m_historyView->resizeColumnsToContents();
    m_chart->setHistory(m_comparison->units(), unitId);
    if (m_evidence) {
        std::optional<Assessment> assessment;
        if (unitId != 0) {
            const auto read = AssessmentRepository(m_db).latest(unitId);
            if (read)
                assessment = *read;
            else
                emit statusMessage(read.error().message, 8000);
        }
        showResult(Scoring::score(assessment, *m_evidence, unitId != 0 ? m_unit->currentText() : QString()));
    }
}

void MaturityPage::measure()
{
    m_summary->setText(tr("Measuring the evidence in the CRM's data…"));
    const DatabasePtr db = m_db;
    const QDate today = QDate::currentDate();
    m_runner->run([this, db, today](const std::atomic_bool &cancelled) -> LatestJobRunner::Delivery {
        auto measured = EvidenceQuery::measure(db, today, &cancelled);
        if (!measured) {
            if (measured.error().code == Error::Code::Cancelled)
                return {};
            return [this, error = measured.error().message]() {
                m_summary->setText(tr("The evidence could not be measured: %1").arg(error.toHtmlEscaped()));
                emit statusMessage(error, 8000);
            };
        }
        auto shared = std::make_shared<Evidence>(std::move(*measured));
        return [this, shared]() {
            m_evidence = *shared;
            loadUnit();
        };
    });
}

void MaturityPage::showResult(const MaturityResult &result)
{
    m_result = result;
    QStringList names;
    for (const Phase &p : Maturity::phases())
        names.append(p.name);
    m_staircase->setPhases(names, result.isAssessed() ? result.phaseReached : 0, result.evidencePhase);

    QString summary;
    const Phase reached = Maturity::phase(result.phaseReached);
    const Phase supported = Maturity::phase(result.evidencePhase);
    if (result.isAssessed()) {
        const QString date = QLocale().toString(result.assessment->assessedOn, QLocale::ShortFormat);
        summary = tr("<b>%1 has reached phase %2, %3</b> (self-assessment of %4%5). The CRM's data supports phase %6, %7.")
                      .arg(result.unitName.toHtmlEscaped())
                      .arg(reached.number)
                      .arg(reached.name.toHtmlEscaped(), date,
                           result.assessment->assessor.isEmpty()
                               ? QString()
                               : tr(" by %1").arg(result.assessment->assessor.toHtmlEscaped()))
                      .arg(supported.number)
                      .arg(supported.name.toHtmlEscaped());
    } else if (!result.unitName.isEmpty()) {
        summary = tr("<b>%1 has not been assessed yet.</b> The CRM's data supports phase %2, %3. Use <i>New"
                     " assessment</i> to score the statements.")
                      .arg(result.unitName.toHtmlEscaped())
                      .arg(supported.number)
                      .arg(supported.name.toHtmlEscaped());
    } else {
        summary = tr("<b>No organisation units yet.</b> The CRM's data supports phase %1, %2. Add departments or"
                     " teams with <i>Units and team members</i> to assess them.")
                      .arg(supported.number)
                      .arg(supported.name.toHtmlEscaped());
    }
    m_summary->setText(summary);
    fillTree(result);
    fillFindings(result);
    emit resultShown();
}

void MaturityPage::fillTree(const MaturityResult &result)
{
    m_tree->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const PhaseResult &p : result.phases) {
        auto *phaseItem = new QTreeWidgetItem(m_tree);
        phaseItem->setText(ItemColumn, phaseTitle(p.phase));
        phaseItem->setToolTip(ItemColumn, p.phase.summary);
        QFont bold = phaseItem->font(ItemColumn);
        bold.setBold(true);
        phaseItem->setFont(ItemColumn, bold);
        const bool isReached = result.isAssessed() && p.phase.number <= result.phaseReached;
        if (p.phase.number == 1) {
            setState(phaseItem, State::Met);
            phaseItem->setText(AnswerColumn, tr("baseline"));
        } else {
            setState(phaseItem, p.state);
            phaseItem->setText(AnswerColumn, tr("%1 of %2 met").arg(p.met).arg(p.criteria.size()));
        }
        // The phase reached and the next one, named in the answer column and shaded.
        if (isReached && p.phase.number == result.phaseReached)
            phaseItem->setText(AnswerColumn, tr("%1 · reached").arg(phaseItem->text(AnswerColumn)));
        if (p.phase.number == result.phaseReached + 1)
            phaseItem->setText(AnswerColumn, tr("%1 · next").arg(phaseItem->text(AnswerColumn)));
        if (isReached || p.phase.number == result.phaseReached + 1) {
            const QColor accent = palette().color(QPalette::Highlight);
            const QColor shade = isReached ? QColor::fromHsl(accent.hslHue(), std::min(255, accent.hslSaturation()), 232)
                                           : palette().color(QPalette::AlternateBase);
            for (int c = 0; c < TreeColumnCount; ++c)
                phaseItem->setBackground(c, shade);
        }
        for (const CriterionResult &c : p.criteria) {
            auto *item = new QTreeWidgetItem(phaseItem);
            item->setText(ItemColumn, c.criterion.statement);
            item->setToolTip(ItemColumn, c.disagreement.isEmpty() ? c.criterion.statement
                                                                  : c.criterion.statement + QStringLiteral("\n\n") + c.disagreement);
            setState(item, c.state);
            item->setText(AnswerColumn, c.score > 0 ? Maturity::scoreName(c.score) : tr("not answered"));
            if (!c.disagreement.isEmpty()) {
                item->setIcon(ItemColumn, warning);
                item->setToolTip(StateColumn, c.disagreement);
            }
        }
        for (const EvidenceValue &v : p.evidence) {
            const auto indicator = Maturity::indicator(v.code);
            if (!indicator)
                continue;
            auto *item = new QTreeWidgetItem(phaseItem);
            item->setText(ItemColumn, tr("Data: %1").arg(indicator->name));
            item->setToolTip(ItemColumn, indicator->meaning + QStringLiteral("\n") + v.basisText);
            QFont italic = item->font(ItemColumn);
            italic.setItalic(true);
            item->setFont(ItemColumn, italic);
            setState(item, v.state());
            item->setText(ValueColumn, v.measured ? MaturityReport::valueText(v) : QStringLiteral("–"));
            item->setToolTip(ValueColumn, v.basisText);
            item->setText(ThresholdColumn, Maturity::thresholdText(*indicator));
        }
        phaseItem->setExpanded(p.phase.number >= 2 && (p.phase.number <= result.phaseReached + 1 || !result.isAssessed()));
    }
}

void MaturityPage::fillFindings(const MaturityResult &result)
{
    QString h;
    const auto list = [&h](const QStringList &items, bool numbered) {
        h += numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
        for (const QString &i : items)
            h += QStringLiteral("<li>") + i.toHtmlEscaped() + QStringLiteral("</li>");
        h += numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    };
    if (result.phaseReached >= kPhaseCount) {
        h += QStringLiteral("<h3>") + tr("Every phase is reached.").toHtmlEscaped() + QStringLiteral("</h3>");
    } else {
        const Phase next = Maturity::phase(result.phaseReached + 1);
        h += QStringLiteral("<h3>") + tr("What blocks phase %1, %2").arg(next.number).arg(next.name).toHtmlEscaped()
            + QStringLiteral("</h3>");
        QStringList blocking;
        for (const CriterionResult &c : result.blocking)
            blocking.append(tr("%1 – %2").arg(withoutFullStop(c.criterion.statement), Scoring::stateName(c.state)));
        for (const EvidenceValue &v : result.blockingEvidence) {
            const auto indicator = Maturity::indicator(v.code);
            if (indicator)
                blocking.append(tr("Data: %1 is %2, threshold %3")
                                    .arg(indicator->name, MaturityReport::valueText(v), Maturity::thresholdText(*indicator)));
        }
        list(blocking, false);
    }
    if (!result.disagreements.isEmpty()) {
        h += QStringLiteral("<h3 style=\"color:#8a5300\">") + tr("Self-assessment and data disagree").toHtmlEscaped()
            + QStringLiteral("</h3>");
        list(result.disagreements, false);
    }
    if (!result.nextSteps.isEmpty()) {
        h += QStringLiteral("<h3>") + tr("Next steps").toHtmlEscaped() + QStringLiteral("</h3>");
        list(result.nextSteps, true);
    }
    h += QStringLiteral("<p><small>")
        + tr("Evidence: the whole database, contacts and follow-ups of the 12 months up to %1.")
              .arg(QLocale().toString(result.evidenceAsOf, QLocale::ShortFormat))
              .toHtmlEscaped()
        + QStringLiteral("</small></p>");
    m_findings->setHtml(h);
}

QString MaturityPage::reportHtml() const
{
    return MaturityReport::html(m_result);
}

void MaturityPage::newAssessment()
{
    const qint64 unitId = currentUnit();
    if (unitId == 0)
        return;
    OrgUnit unit;
    for (const UnitSummary &s : m_comparison->units())
        if (s.unit.id == unitId)
            unit = s.unit;
    Assessment start;
    if (const auto latest = AssessmentRepository(m_db).latest(unitId); latest && *latest) {
        start = **latest;   // the last answers as the starting point of a new assessment
        start.id = 0;
        start.uuid.clear();
        start.asRead.reset();
        start.note.clear();
        start.assessedOn = QDate::currentDate();
    }
    AssessmentDialog dialog(m_db, unit, start, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit statusMessage(tr("Assessment of %1 saved.").arg(unit.name), 5000);
    emit changed();
    reloadNow();
}

void MaturityPage::editUnits()
{
    UnitsDialog dialog(m_db, this);
    dialog.exec();
    if (dialog.changed()) {
        emit changed();
        reloadNow();
    }
}

void MaturityPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the maturity report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(reportHtml());
    document.print(&printer);
}

bool MaturityPage::exportPdf(const QString &path)
{
    const auto written = SubjectPdf::write(reportHtml(), path);
    if (!written) {
        QMessageBox::warning(this, tr("PDF not written"), written.error().message);
        return false;
    }
    emit statusMessage(tr("Maturity report written to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MaturityPage::exportPdfInteractive()
{
    const QString base = m_result.unitName.isEmpty() ? tr("CRM maturity") : tr("CRM maturity %1").arg(m_result.unitName);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the maturity report as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace relatio
