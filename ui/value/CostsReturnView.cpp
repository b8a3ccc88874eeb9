// The return-per-segment view.
#include "value/CostsReturnView.h"

#include "csv/CsvUi.h"
#include "dashboard/ChartStyle.h"
#include "dashboard/LatestJobRunner.h"
#include "value/CostEntry.h"
#include "value/PricingFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace relatio {

namespace {

enum class Preset { Last12Months, ThisYear, LastYear, LastQuarter, Custom };
enum class ChartMeasure { Return, ClvPerCost };

QColor goodColour()
{
    return QColor(0x00, 0x72, 0xB2);   // Okabe–Ito blue, as the dashboard
}

QColor badColour()
{
    return QColor(0xD5, 0x5E, 0x00);   // Okabe–Ito vermilion
}

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    return edit;
}

} // namespace

CostsReturnView::CostsReturnView(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_runner(new LatestJobRunner(db, QStringLiteral("segment returns"), this))
    , m_model(new SegmentReturnModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("costsReturnView"));
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("returnPeriodPreset"));
    m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last year"), int(Preset::LastYear));
    m_preset->addItem(tr("Last full quarter"), int(Preset::LastQuarter));
    m_preset->addItem(tr("Custom"), int(Preset::Custom));
    m_from = dateEdit(QStringLiteral("returnFrom"));
    m_to = dateEdit(QStringLiteral("returnTo"));
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("returnCurrency"));
    m_currency->setEditable(true);
    m_currency->setToolTip(tr("Only purchases and costs in this currency count"));
    m_measure = new QComboBox;
    m_measure->setObjectName(QStringLiteral("returnMeasure"));
    m_measure->addItem(tr("Return on costs"), int(ChartMeasure::Return));
    m_measure->addItem(tr("CLV per cost"), int(ChartMeasure::ClvPerCost));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:")));
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to")));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Currency:")));
    bar->addWidget(m_currency);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Chart:")));
    bar->addWidget(m_measure);
    bar->addStretch();

    auto *chart = new QChart;
    chartstyle::apply(chart);
    m_chart = new QChartView(chart);
    m_chart->setObjectName(QStringLiteral("returnChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SegmentReturnModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("returnTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SegmentReturnModel::Return, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentReturnModel::Segment, QHeaderView::Stretch);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Ten bars need the height for their labels; the table needs about eleven rows.
    splitter->setSizes({420, 300});
    splitter->setChildrenCollapsible(false);

    m_summary = csvui::noteLabel();
    m_summary->setObjectName(QStringLiteral("returnSummary"));
    m_status = csvui::warningLabel();
    auto *rule = csvui::noteLabel(SegmentReturns::ruleText());
    rule->setObjectName(QStringLiteral("returnRule"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_status);
    layout->addWidget(rule);

    if (const auto currencies = CostEntryRepository(m_db).currencies())
        m_currency->addItems(*currencies);
    // Empty: the first report takes the value analysis's currency and shows it here.
    m_currency->setCurrentIndex(-1);
    applyPreset(); // read when first shown (showEvent), not while the window starts

    connect(m_preset, &QComboBox::currentIndexChanged, this, &CostsReturnView::presetChosen);
    auto custom = [this]() {
        if (m_settingPeriod)
            return;
        {
            QSignalBlocker block(m_preset);
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
        }
        refresh();
    };
    connect(m_from, &QDateEdit::dateChanged, this, custom);
    connect(m_to, &QDateEdit::dateChanged, this, custom);
    connect(m_currency, &QComboBox::currentTextChanged, this, &CostsReturnView::refresh);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &CostsReturnView::drawChart);
}

CostsReturnView::~CostsReturnView() = default;

QDate CostsReturnView::from() const
{
    return m_from->date();
}

QDate CostsReturnView::to() const
{
    return m_to->date();
}

bool CostsReturnView::isBusy() const
{
    return m_runner->isBusy();
}

void CostsReturnView::setPeriod(QDate from, QDate to)
{
    m_settingPeriod = true;
    {
        QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingPeriod = false;
    refresh();
}

bool CostsReturnView::applyPreset()
{
    const QDate today = QDate::currentDate();
    QDate from;
    QDate to;
    switch (Preset(m_preset->currentData().toInt())) {
    case Preset::Last12Months:
        from = today.addYears(-1).addDays(1);
        to = today;
        break;
    case Preset::ThisYear:
        from = QDate(today.year(), 1, 1);
        to = today;
        break;
    case Preset::LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case Preset::LastQuarter: {
        const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        from = quarterStart.addMonths(-3);
        to = quarterStart.addDays(-1);
        break;
    }
    case Preset::Custom:
        return false;
    }
    m_settingPeriod = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingPeriod = false;
    return true;
}

void CostsReturnView::presetChosen()
{
    if (applyPreset())
        refresh();
}

void CostsReturnView::refreshWhenShown()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void CostsReturnView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void CostsReturnView::refresh()
{
    m_stale = false;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const QString currency = m_currency->currentText().trimmed();
    m_status->setText(tr("Computing…"));
    m_status->setVisible(true);
    DatabasePtr db = m_db;
    m_runner->run([this, db, from, to, currency](const std::atomic_bool &cancelled) -> LatestJobRunner::Delivery {
        auto report = SegmentReturns::compute(db, from, to, currency, &cancelled);
        // Delivered through the runner, this view's child: never after the view is gone.
        return [this, report = std::move(report)]() {
            showReport(report);
            emit refreshed();
        };
    });
}

void CostsReturnView::showReport(const Result<ReturnReport> &report)
{
    if (!report) {
        if (report.error().code != Error::Code::Cancelled)
            csvui::setMessage(m_status, report.error().message);
        return;
    }
    m_model->setReport(*report);
    if (m_currency->currentText().isEmpty() && !report->currency.isEmpty()) {
        QSignalBlocker block(m_currency);
        if (m_currency->findText(report->currency) < 0)
            m_currency->addItem(report->currency);
        m_currency->setCurrentText(report->currency);
    }
    const QString cur = report->currency;
    const double costs = report->totalCostCents();
    const qint64 revenue = report->totalRevenueCents();
    QString summary = tr("Revenue %1 against costs %2").arg(PricingFormat::money(double(revenue), cur, 0),
                                                               PricingFormat::money(costs, cur, 0));
    if (costs > 0)
        summary += tr(": a return of %1.").arg(PricingFormat::percent((double(revenue) - costs) / costs, true));
    else
        summary += QLatin1Char('.');
    QStringList notes;
    if (report->unanalysedRevenueCents > 0)
        notes << tr("%1 of it from customers the value analysis has not seen yet (no segment).")
                     .arg(PricingFormat::money(double(report->unanalysedRevenueCents), cur, 0));
    if (report->unallocatedCents > 0)
        notes << tr("%1 of costs for all segments could not be shared: no customer has a segment yet.")
                     .arg(PricingFormat::money(report->unallocatedCents, cur, 0));
    if (report->entriesLeftOut > 0)
        notes << tr("%n cost entries in other currencies left out.", nullptr, report->entriesLeftOut);
    if (report->otherCurrencyPurchases)
        notes << tr("Purchases in other currencies left out.");
    if (!report->clvCurrency.isEmpty() && report->clvCurrency.compare(cur, Qt::CaseInsensitive) != 0)
        notes << tr("CLV is in %1, the currency of the value analysis.").arg(report->clvCurrency);
    m_summary->setText(notes.isEmpty() ? summary : summary + QLatin1Char(' ') + notes.join(QLatin1Char(' ')));
    bool anyCosts = false;
    for (const SegmentReturn &s : report->segments)
        anyCosts = anyCosts || s.costCents() > 0;
    csvui::setMessage(m_status, anyCosts ? QString()
                                         : tr("No costs recorded for this period: record them with Costs… to see "
                                              "the return per segment."));
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                          m_table->horizontalHeader()->sortIndicatorOrder());
    drawChart();
}

void CostsReturnView::drawChart()
{
    const ReturnReport &report = m_model->report();
    const ChartMeasure measure = ChartMeasure(m_measure->currentData().toInt());
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);

    struct Bar
    {
        QString label;
        double value;
    };
    QList<Bar> bars;
    for (const SegmentReturn &s : report.segments) {
        const auto value = measure == ChartMeasure::Return ? s.returnRatio() : s.clvPerCost();
        if (!value)
            continue;
        const double shown = measure == ChartMeasure::Return ? *value * 100.0 : *value;
        const QString text = measure == ChartMeasure::Return
                                 ? PricingFormat::percent(*value, true)
                                 : tr("%1×").arg(QLocale().toString(*value, 'f', *value >= 10 ? 0 : 1));
        bars.append({tr("%1  %2").arg(PricingFormat::segmentName(s.segment), text), shown});
    }
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.value > b.value; });
    m_chartLabels.clear();
    for (const Bar &b : std::as_const(bars))
        m_chartLabels.append(b.label);
    chart->setTitle(measure == ChartMeasure::Return ? tr("Return on costs per segment, best first")
                                               : tr("Customer lifetime value per unit of cost, best first"));
    if (bars.isEmpty())
        return;

    // Two stacked sets, one empty per bar, so above and below break-even get their own colour.
    auto *good = new QBarSet(measure == ChartMeasure::Return ? tr("Revenue above costs") : tr("CLV above costs"));
    auto *bad = new QBarSet(measure == ChartMeasure::Return ? tr("Revenue below costs") : tr("CLV below costs"));
    good->setColor(goodColour());
    good->setBorderColor(goodColour());
    bad->setColor(badColour());
    bad->setBorderColor(badColour());
    QStringList categories;
    double low = 0;
    double high = 0;
    const double breakEven = measure == ChartMeasure::Return ? 0.0 : 1.0;
    // Categories run from the bottom up: the best goes last.
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        const Bar &b = bars.at(i);
        categories.append(b.label);
        const bool above = b.value >= breakEven;
        *good << (above ? b.value : 0.0);
        *bad << (above ? 0.0 : b.value);
        low = std::min(low, b.value);
        high = std::max(high, b.value);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(good);
    series->append(bad);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    const double span = std::max(high - low, 1.0);
    // Ticks at 1, 2 or 5 × 10ⁿ around the bars, so 0% (break-even) is always a tick.
    const double rough = span / 8.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double step = magnitude * (rough / magnitude <= 1 ? 1 : rough / magnitude <= 2 ? 2 : rough / magnitude <= 5 ? 5 : 10);
    const double axisLow = std::floor(low / step) * step;
    const double axisHigh = std::ceil(high / step) * step;
    axisX->setRange(axisLow, axisHigh);
    axisX->setTickCount(int(std::lround((axisHigh - axisLow) / step)) + 1);
    axisX->setLabelFormat(measure == ChartMeasure::Return ? QStringLiteral("%.0f%%") : QStringLiteral("%.1f×"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(true);
    connect(series, &QHorizontalStackedBarSeries::hovered, this, [this, bars](bool status, int index, QBarSet *) {
        if (!status || index < 0 || index >= bars.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), bars.at(bars.size() - 1 - index).label, m_chart);
    });
}

} // namespace relatio
