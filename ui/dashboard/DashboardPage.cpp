// Satisfaction dashboard page.
#include "dashboard/DashboardPage.h"

#include "dashboard/ChannelFiguresModel.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/ChartStyle.h"
#include "dashboard/FigureBarChart.h"
#include "dashboard/GroupChannelModel.h"
#include "dashboard/HeatMapView.h"
#include "dashboard/LatestJobRunner.h"
#include "dashboard/TrendChart.h"
#include "dashboard/UsageChart.h"
#include "dashboard/UsageCsv.h"
#include "dashboard/UsageModels.h"
#include "interactions/InteractionRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace relatio {

namespace {

QLabel *noteLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(dark);"));
    return label;
}

QComboBox *measureChooser()
{
    auto *combo = new QComboBox;
    combo->addItem(DashboardText::measureName(Measure::Csat), int(Measure::Csat));
    combo->addItem(DashboardText::measureName(Measure::Nps), int(Measure::Nps));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QTableView *plainTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

DashboardPage::DashboardPage(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_figuresRunner(std::make_unique<LatestJobRunner>(m_db, QStringLiteral("dashboard-figures")))
    , m_usageRunner(std::make_unique<LatestJobRunner>(m_db, QStringLiteral("dashboard-usage")))
    , m_channelModel(new ChannelFiguresModel(this))
    , m_groupModel(new GroupChannelModel(this))
    , m_usageRows(new UsageRowsModel(this))
    , m_usageTotals(new UsageTotalsModel(this))
{
    m_editDelay = new QTimer(this);
    m_editDelay->setSingleShot(true);
    m_editDelay->setInterval(350);
    connect(m_editDelay, &QTimer::timeout, this, &DashboardPage::refresh);
    // "Updating…" only when a result takes long enough to be noticed; quicker ones would flicker.
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(300);
    connect(m_busyDelay, &QTimer::timeout, this, [this]() { m_status->setText(tr("Updating…")); });

    QWidget *filters = buildFilterBar();
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildChannelsTab(), tr("By channel"));
    m_tabs->addTab(buildGroupsTab(), tr("Groups × channels"));
    m_tabs->addTab(buildTrendTab(), tr("Trend"));
    m_tabs->addTab(buildUsageTab(), tr("Weekly channel use"));
    // What the figures rest on, beside the tabs where there is room for it in every language.
    m_tabs->setCornerWidget(m_status, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->addWidget(filters);
    layout->addWidget(m_tabs, 1);

    for (ChartPanel *panel : {m_csatPanel, m_npsPanel, m_heatPanel, m_trendPanel, m_usagePanel}) {
        const Covers covers = panel == m_heatPanel ? Covers::Grouping
            : panel == m_usagePanel                ? Covers::Everyone
                                                   : Covers::Selection;
        panel->setSubtitleSource([this, covers]() { return subtitle(covers); });
        connect(panel, &ChartPanel::statusMessage, this, &DashboardPage::statusMessage);
    }
    connect(m_figuresRunner.get(), &LatestJobRunner::delivered, this, [this]() { setBusy(isLoading()); });
    connect(m_usageRunner.get(), &LatestJobRunner::delivered, this, [this]() { setBusy(isLoading()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == UsageTab && (m_usageFrom != m_from->date() || m_usageTo != m_to->date()))
            requestUsage();
    });

    // Grouped by country at first, so that the groups tab has something to compare.
    m_updating = true;
    selectData(m_grouping, int(CustomerGrouping::Country));
    m_updating = false;
    groupingChosen();
    setPreset(RangePreset::Last12Months);
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::buildFilterBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("dashboardPreset"));
    for (const RangePreset preset : DashboardText::presets())
        m_preset->addItem(DashboardText::presetName(preset), int(preset));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *presetLabel = new QLabel(tr("&Period:"));
    presetLabel->setBuddy(m_preset);

    auto dateEdit = [](const QString &name) {
        auto *edit = new QDateEdit;
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMinimumDate(DashboardText::earliest());
        edit->setMaximumDate(QDate(2999, 12, 31));
        return edit;
    };
    m_from = dateEdit(QStringLiteral("dashboardFrom"));
    // The first possible day stands for "from the start", as the All preset chooses.
    m_from->setSpecialValueText(tr("the start"));
    m_to = dateEdit(QStringLiteral("dashboardTo"));
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);

    m_grouping = new QComboBox;
    m_grouping->setObjectName(QStringLiteral("dashboardGrouping"));
    // Value segments come from a value analysis, which is made on a Relatio file.
    const bool team = m_db->dialect() == Dialect::PostgreSQL;
    for (const CustomerGrouping grouping : DashboardText::groupings())
        if (!team || grouping != CustomerGrouping::ValueSegment)
            m_grouping->addItem(DashboardText::groupingName(grouping), int(grouping));
    m_grouping->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_grouping->setToolTip(tr("Compare customer groups, or look at one group only"));
    auto *groupingLabel = new QLabel(tr("&Customers:"));
    groupingLabel->setBuddy(m_grouping);
    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("dashboardGroup"));
    m_group->setMinimumContentsLength(14);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setToolTip(tr("Only this group in the per-channel figures and the trend"));

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setStyleSheet(QStringLiteral("color: palette(dark);"));
    m_status->setContentsMargins(0, 0, 4, 0);

    row->addWidget(presetLabel);
    row->addWidget(m_preset);
    row->addSpacing(6);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addSpacing(18);
    row->addWidget(groupingLabel);
    row->addWidget(m_grouping);
    row->addWidget(m_group);
    row->addStretch(1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardPage::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::datesEdited);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &DashboardPage::groupingChosen);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating)
            refresh();
    });
    return bar;
}

QWidget *DashboardPage::buildChannelsTab()
{
    m_csatChart = new FigureBarChart(Measure::Csat);
    m_csatChart->setObjectName(QStringLiteral("csatChart"));
    m_npsChart = new FigureBarChart(Measure::Nps);
    m_npsChart->setObjectName(QStringLiteral("npsChart"));
    m_csatPanel = new ChartPanel(tr("Satisfaction (CSAT) per channel"), m_csatChart);
    m_npsPanel = new ChartPanel(tr("Net promoter score (NPS) per channel"), m_npsChart);

    auto *charts = new QWidget;
    auto *chartsRow = new QHBoxLayout(charts);
    chartsRow->setContentsMargins(0, 4, 0, 0);
    chartsRow->addWidget(m_csatPanel, 1);
    chartsRow->addWidget(m_npsPanel, 1);

    m_channelTable = plainTable(m_channelModel);
    m_channelTable->setObjectName(QStringLiteral("channelFigures"));
    m_channelTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_channelTable->horizontalHeader()->setSectionResizeMode(ChannelFiguresModel::Channel, QHeaderView::Stretch);
    auto *table = new QWidget;
    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(noteLabel(
        tr("Whiskers show the 95% confidence interval: with this many answers the true figure lies within it. Hatched "
           "grey bars and figures in brackets rest on fewer than %1 answers and are too uncertain to compare.")
            .arg(SatisfactionStats::minimumAnswers)));
    tableLayout->addWidget(m_channelTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(charts);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QWidget *DashboardPage::buildGroupsTab()
{
    m_heatMap = new HeatMapView(m_groupModel);
    m_heatPanel = new ChartPanel(tr("Satisfaction by customer group and channel"), m_heatMap);
    m_heatMeasure = measureChooser();
    m_heatMeasure->setObjectName(QStringLiteral("heatMeasure"));
    m_heatPanel->addControl(m_heatMeasure);
    m_heatPanel->setExportPainter([this]() { return m_heatMap->exportSize(); },
                                  [this](QPainter &painter) { m_heatMap->paintExport(painter); });
    connect(m_heatMeasure, &QComboBox::currentIndexChanged, this,
            [this]() { m_heatMap->setMeasure(Measure(m_heatMeasure->currentData().toInt())); });
    connect(m_heatMap->table(), &QTableView::clicked, this, [this](const QModelIndex &index) {
        // A click on a group's row looks at that group alone in the other views.
        const QVariant group = index.data(GroupChannelModel::GroupRole);
        if (group.isValid() && group != m_group->currentData())
            selectData(m_group, group);
    });

    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_heatPanel, 1);
    layout->addWidget(noteLabel(tr("Each cell gives the figure and the number of answers it rests on. Click a group to "
                                   "see it alone in the other tabs.")));
    return tab;
}

QWidget *DashboardPage::buildTrendTab()
{
    m_trendChart = new TrendChart;
    m_trendChart->setObjectName(QStringLiteral("trendChart"));
    m_trendPanel = new ChartPanel(tr("Satisfaction over time per channel"), m_trendChart);
    m_trendMeasure = measureChooser();
    m_trendMeasure->setObjectName(QStringLiteral("trendMeasure"));
    m_trendChannel = new QComboBox;
    m_trendChannel->setObjectName(QStringLiteral("trendChannel"));
    m_trendChannel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_trendChannel->setToolTip(tr("A line per channel, or one line with its 95% confidence interval as a band"));
    m_trendPeriod = new QComboBox;
    m_trendPeriod->setObjectName(QStringLiteral("trendPeriod"));
    m_trendPeriod->addItem(tr("Per week"), int(TrendPeriod::Week));
    m_trendPeriod->addItem(tr("Per month"), int(TrendPeriod::Month));
    m_trendPanel->addControl(m_trendMeasure);
    m_trendPanel->addControl(m_trendChannel);
    m_trendPanel->addControl(m_trendPeriod);
    connect(m_trendMeasure, &QComboBox::currentIndexChanged, this, &DashboardPage::showTrend);
    connect(m_trendChannel, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating)
            showTrend();
    });
    connect(m_trendPeriod, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_updating)
            return;
        m_periodChosen = true;
        refresh();
    });

    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_trendPanel, 1);
    m_trendNote = noteLabel();
    layout->addWidget(m_trendNote);
    return tab;
}

QWidget *DashboardPage::buildUsageTab()
{
    m_usageChart = new UsageChart;
    m_usageChart->setObjectName(QStringLiteral("usageChart"));
    m_usagePanel = new ChartPanel(tr("Contacts per week and channel"), m_usageChart);

    auto *rowsProxy = new QSortFilterProxyModel(this);
    rowsProxy->setSourceModel(m_usageRows);
    rowsProxy->setSortRole(UsageRowsModel::ValueRole);
    rowsProxy->setSortLocaleAware(true);
    auto *rowsTable = plainTable(rowsProxy);
    rowsTable->setObjectName(QStringLiteral("usageRows"));
    rowsTable->setSortingEnabled(true);
    rowsTable->sortByColumn(-1, Qt::AscendingOrder);
    auto *totalsTable = plainTable(m_usageTotals);
    totalsTable->setObjectName(QStringLiteral("usageTotals"));
    for (QTableView *table : {rowsTable, totalsTable}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->horizontalHeader()->setStretchLastSection(false);
    }
    auto fitColumns = [](QTableView *table) {
        // Every column as wide as its header, the week and customer as wide as their text.
        for (int c = 0; c < table->horizontalHeader()->count(); ++c)
            table->resizeColumnToContents(c);
    };
    connect(m_usageRows, &QAbstractItemModel::modelReset, rowsTable, [rowsTable, fitColumns]() { fitColumns(rowsTable); });
    connect(m_usageTotals, &QAbstractItemModel::modelReset, totalsTable,
            [totalsTable, fitColumns]() { fitColumns(totalsTable); });

    m_usageTables = new QStackedWidget;
    m_usageTables->addWidget(rowsTable);
    m_usageTables->addWidget(totalsTable);
    m_usageView = new QComboBox;
    m_usageView->setObjectName(QStringLiteral("usageView"));
    m_usageView->addItem(tr("Customers per week"));
    m_usageView->addItem(tr("Totals per week"));
    m_usageView->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_usageView, &QComboBox::currentIndexChanged, m_usageTables, &QStackedWidget::setCurrentIndex);
    auto *csv = new QPushButton(tr("Save as &CSV…"));
    csv->setObjectName(QStringLiteral("usageCsv"));
    csv->setToolTip(tr("Save the table shown as a CSV file for a spreadsheet"));
    connect(csv, &QPushButton::clicked, this, &DashboardPage::chooseUsageCsv);
    m_usageNote = noteLabel();
    m_usageNote->setVisible(false);

    auto *title = new QLabel(tr("Which customers used which channel"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_usageView);
    header->addWidget(csv);
    auto *tables = new QWidget;
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->setSpacing(2);
    tablesLayout->addLayout(header);
    tablesLayout->addWidget(m_usageNote);
    tablesLayout->addWidget(m_usageTables, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_usagePanel);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(splitter, 1);
    return tab;
}

// ---- Filter ------------------------------------------------------------------------------------

DashboardFilter DashboardPage::filter() const
{
    DashboardFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.grouping = CustomerGrouping(m_grouping->currentData().toInt());
    f.group = f.grouping == CustomerGrouping::None ? QVariant() : m_group->currentData();
    return f;
}

void DashboardPage::setPreset(RangePreset preset)
{
    const int index = m_preset->findData(int(preset));
    if (index == m_preset->currentIndex())
        presetChosen();
    else
        m_preset->setCurrentIndex(index);
}

void DashboardPage::setRange(const QDate &from, const QDate &to)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(RangePreset::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    choosePeriod();
    refresh();
}

void DashboardPage::setGrouping(CustomerGrouping grouping, const QVariant &group)
{
    m_updating = true;
    selectData(m_grouping, int(grouping));
    m_updating = false;
    groupingChosen();
    if (group.isValid()) {
        // The group list arrives with the figures; the choice is made once it is there.
        m_updating = true;
        if (m_group->findData(group) < 0)
            m_group->addItem(group.toString(), group);
        selectData(m_group, group);
        m_updating = false;
        refresh();
    }
}

void DashboardPage::setTrendPeriod(TrendPeriod period)
{
    selectData(m_trendPeriod, int(period));
}

void DashboardPage::setTrendMeasure(Measure measure)
{
    selectData(m_trendMeasure, int(measure));
}

void DashboardPage::setTrendChannel(qint64 channel)
{
    selectData(m_trendChannel, channel);
}

void DashboardPage::setHeatMapMeasure(Measure measure)
{
    selectData(m_heatMeasure, int(measure));
}

void DashboardPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void DashboardPage::presetChosen()
{
    if (m_updating)
        return;
    const auto preset = RangePreset(m_preset->currentData().toInt());
    if (preset == RangePreset::Custom)
        return; // the dates stay as they are, ready to be changed
    QDate from;
    QDate to;
    DashboardText::presetRange(preset, QDate::currentDate(), &from, &to);
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    choosePeriod();
    refresh();
}

void DashboardPage::choosePeriod()
{
    // Weeks read well up to about a quarter; beyond that months do, unless the user chose.
    if (m_periodChosen)
        return;
    m_updating = true;
    selectData(m_trendPeriod, int(m_from->date().daysTo(m_to->date()) <= 120 ? TrendPeriod::Week : TrendPeriod::Month));
    m_updating = false;
}

void DashboardPage::datesEdited()
{
    if (m_updating)
        return;
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(RangePreset::Custom)));
    m_updating = false;
    choosePeriod();
    // Typing a date changes it digit by digit: wait until the user pauses.
    m_editDelay->start();
}

void DashboardPage::groupingChosen()
{
    if (m_updating)
        return;
    const auto grouping = CustomerGrouping(m_grouping->currentData().toInt());
    m_updating = true;
    m_group->clear();
    m_group->addItem(DashboardText::allGroupsName(grouping), QVariant());
    m_group->setVisible(grouping != CustomerGrouping::None);
    m_updating = false;
    refresh();
}

void DashboardPage::updateGroupChoices(const QList<QPair<QVariant, QString>> &groups)
{
    const QVariant chosen = m_group->currentData();
    m_updating = true;
    m_group->clear();
    m_group->addItem(DashboardText::allGroupsName(CustomerGrouping(m_grouping->currentData().toInt())), QVariant());
    for (const auto &[key, name] : groups)
        m_group->addItem(name, key);
    selectData(m_group, chosen);
    m_updating = false;
}

void DashboardPage::updateChannelChoices()
{
    const QVariant chosen = m_trendChannel->currentData();
    m_updating = true;
    m_trendChannel->clear();
    m_trendChannel->addItem(tr("Each channel"), TrendChart::kEachChannel);
    m_trendChannel->addItem(tr("All channels together"), TrendChart::kAllTogether);
    for (const Channel &channel : std::as_const(m_figures.channels))
        m_trendChannel->addItem(channel.displayName(), channel.id);
    selectData(m_trendChannel, chosen.isValid() ? chosen : QVariant(TrendChart::kEachChannel));
    m_updating = false;
}

QString DashboardPage::subtitle(Covers covers) const
{
    const auto grouping = CustomerGrouping(m_grouping->currentData().toInt());
    QString customers;
    if (covers == Covers::Grouping)
        customers = DashboardText::groupingName(grouping);
    else if (covers == Covers::Selection && grouping != CustomerGrouping::None && m_group->currentData().isValid())
        customers = tr("Customers: %1").arg(m_group->currentText());
    else
        customers = tr("All customers");
    return tr("%1 · %2").arg(DashboardText::rangeText(m_from->date(), m_to->date()), customers);
}

void DashboardPage::updateUsageNote()
{
    QStringList notes;
    if (filter().group.isValid())
        notes.append(tr("The usage report covers every customer; the customer group applies to the satisfaction "
                        "figures."));
    if (m_usage && !m_usage->listed)
        notes.append(tr("Listing the customers of each week…"));
    if (m_usage && m_usage->truncated)
        notes.append(tr("Only the first %1 rows are listed; the chart and the totals cover every contact.")
                         .arg(DashboardText::count(m_usage->rows.size())));
    m_usageNote->setText(notes.join(QLatin1Char(' ')));
    m_usageNote->setVisible(!notes.isEmpty());
}

// ---- Loading -----------------------------------------------------------------------------------

bool DashboardPage::isLoading() const
{
    return m_figuresRunner->isBusy() || m_usageRunner->isBusy();
}

void DashboardPage::setBusy(bool busy)
{
    if (busy) {
        if (!m_busyDelay->isActive())
            m_busyDelay->start();
    } else {
        m_busyDelay->stop();
        m_status->setText(m_summary);
    }
}

void DashboardPage::setSummary(const QString &summary)
{
    m_summary = summary;
    if (!m_busyDelay->isActive())
        m_status->setText(summary);
}

void DashboardPage::refresh()
{
    m_editDelay->stop();
    // A hidden page reads nothing: showing it reads the figures as they are then.
    if (!isVisible())
        return;
    const DashboardFilter f = filter();
    if (f.from > f.to) {
        setSummary(tr("The first day is after the last day."));
        return;
    }
    const auto period = TrendPeriod(m_trendPeriod->currentData().toInt());
    setBusy(true);
    DatabasePtr db = m_db;
    m_figuresRunner->run([this, db, f, period](const std::atomic_bool &) -> LatestJobRunner::Delivery {
        auto result = std::make_shared<DashboardFigures>();
        result->filter = f;
        result->period = period;
        auto note = [&result](const Error &error) {
            if (result->error.isEmpty())
                result->error = error.message;
        };
        const SatisfactionStats stats(db);
        if (auto channels = InteractionRepository(db).channels())
            result->channels = *channels;
        else
            note(channels.error());
        if (auto perChannel = stats.perChannel(f.query()))
            result->perChannel = *perChannel;
        else
            note(perChannel.error());
        if (f.grouping != CustomerGrouping::None) {
            StatsQuery everyGroup = f.query();
            everyGroup.group = QVariant();
            if (auto perGroup = stats.perGroupAndChannel(everyGroup))
                result->perGroup = *perGroup;
            else
                note(perGroup.error());
            if (auto groups = stats.groups(f.grouping))
                result->groups = *groups;
            else
                note(groups.error());
        }
        if (auto trend = stats.trend(f.query(), period))
            result->trend = *trend;
        else
            note(trend.error());
        return [this, result]() { applyFigures(*result); };
    });
    if (m_tabs->currentIndex() == UsageTab)
        requestUsage();
}

void DashboardPage::requestUsage()
{
    QDate from = m_from->date();
    const QDate to = m_to->date();
    if (from > to)
        return;
    m_usageFrom = from;
    m_usageTo = to;
    m_usageWaitsForFigures = false;
    if (from <= DashboardText::earliest()) {
        // "From the start" means from the first contact, not thousands of empty weeks: the
        // figures' trend knows where the contacts begin.
        if (m_figuresRunner->isBusy() || m_figures.filter.from != from || m_figures.filter.to != to) {
            m_usageWaitsForFigures = true;
            return;
        }
        from = to;
        for (const TrendPoint &point : std::as_const(m_figures.trend))
            from = std::min(from, point.periodStart);
    }
    setBusy(true);
    // On a file, the chart and the totals first, from the aggregates (milliseconds for any range);
    // the list of customers, which reads the contacts themselves, follows from the worker. A team
    // database has no aggregates: everything comes from the worker.
    if (m_db->dialect() == Dialect::SQLite)
        if (auto quick = SatisfactionStats(m_db).weeklyTotals(from, to))
            applyUsage(std::make_shared<const UsageReport>(std::move(*quick)), {});
    DatabasePtr db = m_db;
    m_usageRunner->run([this, db, from, to](const std::atomic_bool &cancelled) -> LatestJobRunner::Delivery {
        auto report = SatisfactionStats(db).weeklyUsage(from, to, 200000, &cancelled);
        if (!report) {
            if (report.error().code == Error::Code::Cancelled)
                return {};
            return [this, error = report.error().message]() { applyUsage(nullptr, error); };
        }
        auto shared = std::make_shared<const UsageReport>(std::move(*report));
        return [this, shared]() { applyUsage(shared, {}); };
    });
}

void DashboardPage::applyFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    updateGroupChoices(figures.groups);
    updateChannelChoices();

    // Retired channels stay out of the per-channel views unless they were used in the range.
    QHash<qint64, bool> retired;
    for (const Channel &channel : figures.channels)
        retired.insert(channel.id, channel.retired);
    QList<ChannelFigures> shown;
    QList<FigureBar> csatBars;
    QList<FigureBar> npsBars;
    qint64 contacts = 0;
    qint64 csatAnswers = 0;
    qint64 npsAnswers = 0;
    for (const ChannelFigures &c : figures.perChannel) {
        if (retired.value(c.channelId) && c.tally.interactions == 0)
            continue;
        shown.append(c);
        const QString tip = DashboardText::figuresTip(c.channelName, c.tally, c.csat, c.nps);
        csatBars.append(FigureBar{c.channelName, c.csat.mean, c.csat.low, c.csat.high, c.csat.count, c.csat.enough, tip});
        npsBars.append(FigureBar{c.channelName, c.nps.nps, c.nps.low, c.nps.high, c.nps.count, c.nps.enough, tip});
        contacts += c.tally.interactions;
        csatAnswers += c.csat.count;
        npsAnswers += c.nps.count;
    }
    m_channelModel->setFigures(shown);
    m_csatChart->setBars(csatBars);
    m_npsChart->setBars(npsBars);

    m_groupModel->setFigures(figures.perGroup);
    if (figures.filter.grouping == CustomerGrouping::None && m_db->dialect() == Dialect::PostgreSQL)
        m_heatMap->setEmptyText(tr("Choose how to group the customers (by country, owner or tag) above to compare "
                                   "the groups channel by channel."));
    else if (figures.filter.grouping == CustomerGrouping::None)
        m_heatMap->setEmptyText(tr("Choose how to group the customers (by country, owner, tag or value segment) above to compare "
                                   "the groups channel by channel."));
    else if (figures.perGroup.isEmpty())
        m_heatMap->setEmptyText(tr("No contacts in this period."));
    else
        m_heatMap->setEmptyText({});
    const int groupRow = m_groupModel->rowOf(figures.filter.group);
    if (groupRow >= 0)
        m_heatMap->table()->selectRow(groupRow);
    else
        m_heatMap->table()->clearSelection();

    showTrend();
    updateUsageNote();
    if (m_usageWaitsForFigures)
        requestUsage();
    if (!figures.error.isEmpty())
        setSummary(tr("The figures could not be read: %1").arg(figures.error));
    else if (contacts == 0)
        setSummary(tr("No contacts in this period."));
    else
        setSummary(tr("%1 contacts · %2 CSAT answers · %3 NPS answers")
                       .arg(DashboardText::count(contacts), DashboardText::count(csatAnswers),
                            DashboardText::count(npsAnswers)));
    emit figuresShown();
}

void DashboardPage::showTrend()
{
    QList<TrendChannel> channels;
    for (qsizetype i = 0; i < m_figures.channels.size(); ++i) {
        const Channel &channel = m_figures.channels.at(i);
        channels.append(TrendChannel{channel.id, channel.displayName(), chartstyle::channelColour(i)});
    }
    m_trendChart->setTrend(m_figures.trend, channels, Measure(m_trendMeasure->currentData().toInt()), m_figures.period,
                           m_trendChannel->currentData().toLongLong());
    QString note = tr("Hollow circles rest on fewer than %1 answers: too uncertain to read a change from. Click a "
                      "line's name in the legend to hide or show it.")
                       .arg(SatisfactionStats::minimumAnswers);
    // Mostly hollow circles: say what would give firmer figures.
    if (m_trendChart->fewPointCount() * 2 > m_trendChart->pointCount())
        note += QLatin1Char(' ')
            + (m_figures.period == TrendPeriod::Week ? tr("Most points have too few answers: per month, or all channels "
                                                          "together, gives firmer figures.")
                                                     : tr("Most points have too few answers: all channels together, or "
                                                          "a longer period, gives firmer figures."));
    m_trendNote->setText(note);
}

void DashboardPage::applyUsage(std::shared_ptr<const UsageReport> report, const QString &error)
{
    if (!error.isEmpty()) {
        setSummary(tr("The usage report could not be read: %1").arg(error));
        return;
    }
    m_usage = report;
    m_usageRows->setReport(report);
    m_usageTotals->setReport(report);
    m_usageChart->setReport(report);
    updateUsageNote();
    if (report->listed)
        emit usageShown();
}

Result<qint64> DashboardPage::exportUsageCsv(const QString &path, bool totals) const
{
    if (!m_usage || !m_usage->listed)
        return fail(Error::Code::NotFound, tr("The usage report has not been read yet."));
    UsageCsvOptions options;
    options.delimiter = UsageCsv::defaultDelimiter();
    return totals ? UsageCsv::writeTotals(path, *m_usage, options) : UsageCsv::writeRows(path, *m_usage, options);
}

void DashboardPage::chooseUsageCsv()
{
    if (!m_usage || !m_usage->listed)
        return;
    const bool totals = m_usageTables->currentIndex() == 1;
    const QString name = (totals ? tr("channel-totals-per-week") : tr("channel-use-per-week"))
        + QStringLiteral("-%1-%2.csv").arg(m_usageFrom.toString(Qt::ISODate), m_usageTo.toString(Qt::ISODate));
    QString folder = QSettings().value(QStringLiteral("dashboard/exportFolder")).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Usage Report as CSV"),
                                                      folder + QLatin1Char('/') + name, tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("dashboard/exportFolder"), QFileInfo(file).absolutePath());
    if (auto written = exportUsageCsv(file, totals); !written)
        QMessageBox::warning(this, tr("Save Usage Report"), written.error().message);
    else
        emit statusMessage(tr("Saved %1 rows to %2.").arg(DashboardText::count(*written), QDir::toNativeSeparators(file)),
                           6000);
}

void DashboardPage::storeChanged()
{
    if (isVisible())
        refresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Contacts may have been added one at a time elsewhere; the figures are cheap to read.
    refresh();
}

} // namespace relatio
