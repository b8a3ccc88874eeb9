// The Segments page.
#include "value/SegmentsPage.h"

#include "dashboard/ChartStyle.h"
#include "dashboard/LatestJobRunner.h"
#include "value/AnalysisRunner.h"
#include "value/RunAnalysisDialog.h"
#include "value/SegmentMembersModel.h"
#include "value/SegmentSummaryModel.h"
#include "value/ValueText.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QValueAxis>
#include <QVBoxLayout>

namespace relatio {

using namespace relatio::value;

namespace {

enum class ChartMeasure { Customers, Revenue, TotalClv, AverageClv };

QTableView *makeTable()
{
    auto *view = new QTableView;
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

SegmentsPage::SegmentsPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_summary(new SegmentSummaryModel(this))
    , m_members(new SegmentMembersModel(m_db, this))
    , m_loader(new LatestJobRunner(m_db, QStringLiteral("segments-loader"), this))
    , m_memberLoader(new LatestJobRunner(m_db, QStringLiteral("segment-members-loader"), this))
    , m_analysis(new AnalysisRunner(m_db, this))
{
    setObjectName(QStringLiteral("segmentsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Segments and Lifetime Value"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    top->addWidget(title);
    top->addSpacing(12);
    m_settingsLine = new QLabel;
    m_settingsLine->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_settingsLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addWidget(m_settingsLine, 1);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_progress->setVisible(false);
    top->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setVisible(false);
    top->addWidget(m_cancel);
    m_run = new QPushButton(tr("&Run Analysis…"));
    m_run->setObjectName(QStringLiteral("runAnalysis"));
    m_run->setToolTip(tr("Fit the models to the order history and score every customer again"));
    top->addWidget(m_run);
    layout->addLayout(top);
    m_teamNote = new QLabel(tr("Worked out on this computer's copy of the team database, brought up to date each time "
                               "the analysis runs. The costs and price rules are this computer's own."));
    m_teamNote->setObjectName(QStringLiteral("teamNote"));
    m_teamNote->setWordWrap(true);
    m_teamNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_teamNote->setVisible(false);
    layout->addWidget(m_teamNote);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget;
    m_tabs->addTab(m_stack, tr("Segments"));

    // No analysis (or no orders) yet.
    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    m_emptyText = new QLabel;
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyText);
    m_emptyRun = new QPushButton(tr("Run Analysis…"));
    auto *emptyButtonRow = new QHBoxLayout;
    emptyButtonRow->addStretch();
    emptyButtonRow->addWidget(m_emptyRun);
    emptyButtonRow->addStretch();
    emptyLayout->addLayout(emptyButtonRow);
    emptyLayout->addStretch(2);
    m_stack->addWidget(empty);

    // The figures: segments and chart above, members and models below.
    auto *figures = new QSplitter(Qt::Vertical);
    figures->setChildrenCollapsible(false);
    auto *upper = new QSplitter(Qt::Horizontal);
    upper->setChildrenCollapsible(false);
    m_segmentsView = makeTable();
    m_segmentsView->setObjectName(QStringLiteral("segments"));
    m_segmentsView->setModel(m_summary);
    m_segmentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_segmentsView->horizontalHeader()->setSectionResizeMode(SegmentSummaryModel::Segment, QHeaderView::Stretch);
    m_segmentsView->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    upper->addWidget(m_segmentsView);

    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *measureRow = new QHBoxLayout;
    auto *measureLabel = new QLabel(tr("C&hart:"));
    m_chartMeasure = new QComboBox;
    m_chartMeasure->addItem(tr("Total CLV"), int(ChartMeasure::TotalClv));
    m_chartMeasure->addItem(tr("Customers"), int(ChartMeasure::Customers));
    m_chartMeasure->addItem(tr("Revenue"), int(ChartMeasure::Revenue));
    m_chartMeasure->addItem(tr("Average CLV"), int(ChartMeasure::AverageClv));
    measureLabel->setBuddy(m_chartMeasure);
    measureRow->addWidget(measureLabel);
    measureRow->addWidget(m_chartMeasure);
    measureRow->addStretch();
    chartLayout->addLayout(measureRow);
    m_chartView = new QChartView;
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 16);
    chartLayout->addWidget(m_chartView, 1);
    upper->addWidget(chartBox);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    figures->addWidget(upper);

    auto *lower = new QSplitter(Qt::Horizontal);
    lower->setChildrenCollapsible(false);
    auto *membersBox = new QWidget;
    auto *membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 4, 0, 0);
    m_membersTitle = new QLabel;
    membersLayout->addWidget(m_membersTitle);
    m_membersView = makeTable();
    m_membersView->setObjectName(QStringLiteral("segmentMembers"));
    m_membersView->setModel(m_members);
    m_membersView->setToolTip(tr("Double-click a customer or press Enter to open the card"));
    const int em = fontMetrics().averageCharWidth();
    m_membersView->setColumnWidth(SegmentMembersModel::Name, em * 26);
    m_membersView->setColumnWidth(SegmentMembersModel::Email, em * 28);
    for (int c = SegmentMembersModel::LastPurchase; c < SegmentMembersModel::ColumnCount; ++c)
        m_membersView->setColumnWidth(c, em * 13);
    m_membersView->setColumnWidth(SegmentMembersModel::Tier, em * 6);
    membersLayout->addWidget(m_membersView, 1);
    lower->addWidget(membersBox);
    m_modelPanel = new QTextBrowser;
    m_modelPanel->setObjectName(QStringLiteral("valueModels"));
    m_modelPanel->setOpenLinks(false);
    lower->addWidget(m_modelPanel);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    figures->addWidget(lower);
    figures->setStretchFactor(0, 1);
    figures->setStretchFactor(1, 1);
    m_stack->addWidget(figures);

    connect(m_run, &QPushButton::clicked, this, &SegmentsPage::runAnalysis);
    connect(m_emptyRun, &QPushButton::clicked, this, &SegmentsPage::runAnalysis);
    connect(m_cancel, &QPushButton::clicked, this, &SegmentsPage::cancelAnalysis);
    connect(m_chartMeasure, &QComboBox::currentIndexChanged, this, &SegmentsPage::updateChart);
    connect(m_segmentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    loadMembers(current.row() + 1);
            });
    connect(m_membersView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_members->idAt(index.row()))
            emit openCustomerRequested(id);
    });
    connect(m_analysis, &AnalysisRunner::progress, this, [this](int percent, const QString &step) {
        m_progress->setValue(percent);
        m_progress->setFormat(step + QStringLiteral(" %p%"));
    });
    connect(m_analysis, &AnalysisRunner::finished, this, [this]() { analysisDone(m_analysis->result()); });
}

SegmentsPage::~SegmentsPage() = default;

void SegmentsPage::addTab(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void SegmentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void SegmentsPage::reload()
{
    m_stale = true;
    if (isVisible())
        load();
}

bool SegmentsPage::isLoading() const
{
    return m_loader->isBusy() || m_memberLoader->isBusy();
}

bool SegmentsPage::isAnalysing() const
{
    return m_analysis->isRunning();
}

void SegmentsPage::load()
{
    m_stale = false;
    m_loader->run([this, db = m_db](const std::atomic_bool &) -> LatestJobRunner::Delivery {
        const ValueStore store(db);
        auto fit = store.latestFit();
        auto orders = store.hasOrders();
        Result<SegmentOverview> overview = fit && *fit ? store.segmentOverview()
                                                       : Result<SegmentOverview>(SegmentOverview{});
        return [this, fit, orders, overview]() {
            const QString error = !fit ? fit.error().message
                : !orders             ? orders.error().message
                : !overview           ? overview.error().message
                                      : QString();
            if (!error.isEmpty()) {
                m_stack->setCurrentIndex(0);
                m_emptyText->setText(tr("The segments could not be read: %1").arg(error));
                emit loaded();
                return;
            }
            m_fit = *fit;
            const bool anyOrders = *orders;
            m_run->setEnabled(!m_analysis->isRunning());
            if (!m_fit) {
                m_stack->setCurrentIndex(0);
                m_settingsLine->clear();
                // On a team database the copy here holds what the last analysis brought: before
                // the first one, nothing; the run brings the orders.
                const bool team = m_onTeam;
                m_emptyText->setText(anyOrders ? tr("No value analysis yet.\nRun it to score every customer's recency, "
                                                    "frequency and spend, place them in segments and estimate their "
                                                    "lifetime value.")
                                     : team    ? tr("No value analysis on this computer yet.\nRunning it brings the "
                                                    "team database's orders to this computer's copy first, then scores "
                                                    "every customer and estimates their lifetime value.")
                                               : tr("No orders yet.\nSegments and lifetime values come from the order "
                                                    "history: import or enter purchases first."));
                m_emptyRun->setVisible(anyOrders || team);
                m_summary->setOverview(SegmentOverview{}, QString());
                m_members->clear();
                m_modelPanel->clear();
                emit loaded();
                return;
            }
            m_stack->setCurrentIndex(1);
            m_settingsLine->setText(ValueText::settingsLine(*m_fit));
            m_settingsLine->setToolTip(ValueText::parametersText(*m_fit));
            m_summary->setOverview(*overview, m_fit->currency);
            m_modelPanel->setHtml(ValueText::modelHtml(*m_fit));
            updateChart();
            const int segment = m_members->segment() > 0 ? m_members->segment() : 1;
            const QModelIndex row = m_summary->index(segment - 1, 0);
            if (m_segmentsView->currentIndex().row() != row.row())
                m_segmentsView->setCurrentIndex(row); // loads the members
            else
                loadMembers(segment);
            emit loaded();
        };
    });
}

void SegmentsPage::selectSegment(int segment)
{
    if (segment < 1 || segment > kRfmSegmentCount)
        return;
    m_segmentsView->setCurrentIndex(m_summary->index(segment - 1, 0));
}

void SegmentsPage::loadMembers(int segment)
{
    const QString currency = m_fit ? m_fit->currency : QString();
    const SegmentSummary summary = m_summary->overview().segments.value(segment - 1);
    m_membersTitle->setText(tr("<b>%1</b>: %2 customers, highest lifetime value first. %3")
                                .arg(ValueStore::segmentName(segment).toHtmlEscaped(),
                                     QLocale().toString(summary.customers),
                                     SegmentSummaryModel::segmentDescription(segment).toHtmlEscaped()));
    m_memberLoader->run([this, db = m_db, segment, currency](const std::atomic_bool &) -> LatestJobRunner::Delivery {
        auto ids = ValueStore(db).segmentMembers(segment);
        return [this, ids = std::move(ids), segment, currency]() mutable {
            if (!ids) {
                m_membersTitle->setText(tr("The customers could not be read: %1").arg(ids.error().message.toHtmlEscaped()));
                m_members->clear();
            } else {
                m_members->setMembers(segment, std::move(*ids), currency);
                // The figures whole, never elided: fitted to the first rows and the headers.
                for (int c = SegmentMembersModel::LastPurchase; c < SegmentMembersModel::ColumnCount; ++c)
                    m_membersView->resizeColumnToContents(c);
            }
            emit loaded();
        };
    });
}

void SegmentsPage::updateChart()
{
    const auto measure = ChartMeasure(m_chartMeasure->currentData().toInt());
    auto *chart = new QChart;
    chartstyle::apply(chart);
    chart->legend()->setVisible(false);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(m_chartMeasure->currentText());
    set->setColor(chartstyle::channelColour(measure == ChartMeasure::Customers ? 1 : 0));
    QStringList categories;
    double largest = 0;
    const SegmentOverview &o = m_summary->overview();
    // Bottom to top, so that Champions stand at the top as in the table.
    for (int i = kRfmSegmentCount - 1; i >= 0; --i) {
        const SegmentSummary s = o.segments.value(i);
        double v = 0;
        switch (measure) {
        case ChartMeasure::Customers: v = double(s.customers); break;
        case ChartMeasure::Revenue: v = double(s.revenueCents) / 100.0; break;
        case ChartMeasure::TotalClv: v = s.totalClv; break;
        case ChartMeasure::AverageClv: v = s.averageClv; break;
        }
        set->append(v);
        largest = std::max(largest, v);
        categories.append(ValueStore::segmentName(i + 1));
    }
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, largest > 0 ? largest * 1.05 : 1);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTickCount(5);
    axisX->applyNiceNumbers(); // round ticks: 0, 400000, 800000 rather than 0, 350613, 701226
    if (measure != ChartMeasure::Customers && m_fit)
        axisX->setTitleText(m_fit->currency);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

QString SegmentsPage::modelText() const
{
    return m_modelPanel->toPlainText();
}

void SegmentsPage::setTeam(DatabasePtr team)
{
    m_analysis->setTeam(std::move(team));
    m_onTeam = true;
    m_teamNote->setVisible(true);
    reload();
}

QString SegmentsPage::stateText() const
{
    return m_stack->currentIndex() == 0 ? m_emptyText->text() : m_settingsLine->text();
}

void SegmentsPage::runAnalysis()
{
    if (m_analysis->isRunning())
        return;
    ValueSettings initial = m_lastSettings;
    if (m_fit) {
        initial.unit = m_fit->unit;
        initial.clv.months = m_fit->horizonMonths;
        initial.clv.monthlyDiscountRate = m_fit->monthlyDiscount;
    }
    RunAnalysisDialog dialog(initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startAnalysis(dialog.settings());
}

void SegmentsPage::startAnalysis(const ValueSettings &settings)
{
    m_lastSettings = settings;
    if (!m_analysis->start(settings))
        return;
    m_run->setEnabled(false);
    m_emptyRun->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting… %p%"));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
}

void SegmentsPage::cancelAnalysis()
{
    m_analysis->cancel();
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Cancelling…"));
}

void SegmentsPage::analysisDone(const Result<ValueRefreshResult> &result)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_run->setEnabled(true);
    m_emptyRun->setEnabled(true);
    if (!result) {
        if (result.error().code == Error::Code::Cancelled)
            emit statusMessage(tr("The value analysis was cancelled; the previous result stays."), 6000);
        else
            emit statusMessage(tr("The value analysis failed: %1").arg(result.error().message), 0);
        if (result.error().code != Error::Code::Cancelled) {
            m_stack->setCurrentIndex(m_fit ? 1 : 0);
            if (!m_fit)
                m_emptyText->setText(tr("The value analysis failed:\n%1").arg(result.error().message));
            else
                m_settingsLine->setText(tr("The last analysis failed: %1").arg(result.error().message));
        }
        return;
    }
    const QLocale locale;
    if (result->noOrders) {
        emit statusMessage(tr("No orders yet: there is nothing to analyse."), 6000);
    } else {
        QString message = tr("Analysed %1 customers with %2 purchases.")
                              .arg(locale.toString(result->fit.customers), locale.toString(result->fit.purchases));
        if (result->otherCurrencyPurchases > 0)
            message += QLatin1Char(' ')
                + tr("%1 purchases in other currencies (%2) were left out.")
                      .arg(locale.toString(result->otherCurrencyPurchases),
                           result->otherCurrencies.join(QStringLiteral(", ")));
        if (!result->fit.message.isEmpty())
            message += QLatin1Char(' ') + tr("Not every model could be fitted; see the model panel.");
        emit statusMessage(message, 10000);
    }
    m_stale = true;
    load();
    emit analysisFinished();
}

} // namespace relatio
