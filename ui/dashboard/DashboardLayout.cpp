// The Satisfaction page as it is laid out: its filter bar and its four tabs, with their charts,
// tables and notes (the page's behaviour is in DashboardPage.cpp).
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

#include <algorithm>

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
    // Value segments come from a value analysis, which is made on a Relatio file (on a team
    // database, on this computer's copy of it).
    for (const CustomerGrouping grouping : DashboardText::groupings())
        if (m_segmentsDb || grouping != CustomerGrouping::ValueSegment)
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
            m_group->setCurrentIndex(std::max(0, m_group->findData(group)));
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

} // namespace relatio
