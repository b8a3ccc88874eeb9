// Satisfaction dashboard page: what it reads, when, and how it shows it (its layout is built in
// DashboardLayout.cpp).
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

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

DashboardPage::DashboardPage(DatabasePtr db, QWidget *parent, DatabasePtr segments)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_segmentsDb(segments ? std::move(segments) : (m_db->dialect() == Dialect::SQLite ? m_db : DatabasePtr()))
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
    QString line = tr("%1 · %2").arg(DashboardText::rangeText(m_from->date(), m_to->date()), customers);
    if (grouping == CustomerGrouping::ValueSegment && m_segmentsDb && m_segmentsDb != m_db)
        line = tr("%1 · %2").arg(line, tr("from this computer's copy of the team database"));
    return line;
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
    // Grouped by value segment, everything is read where the segments are.
    DatabasePtr db = f.grouping == CustomerGrouping::ValueSegment && m_segmentsDb ? m_segmentsDb : m_db;
    const bool elsewhere = db != m_db; // the runner closes m_db's connection on its thread, not this one's
    m_figuresRunner->run([this, db, elsewhere, f, period](const std::atomic_bool &) -> LatestJobRunner::Delivery {
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
        if (elsewhere)
            db->releaseConnection();
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
    if (figures.filter.grouping == CustomerGrouping::None && !m_segmentsDb)
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
    if (figures.filter.grouping == CustomerGrouping::ValueSegment && m_segmentsDb && m_segmentsDb != m_db)
        setSummary(tr("%1 · %2").arg(m_summary, tr("from this computer's copy of the team database")));
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
