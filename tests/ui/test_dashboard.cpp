// The satisfaction dashboard on a small database of hand-made contacts: figures per channel, per
// group and over time, small samples flagged, the date range, the usage report and its CSV, saving
// charts, and the worker that lets a newer request supersede an older one.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "customers/CustomerRepository.h"
#include "dashboard/ChannelFiguresModel.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/FigureBarChart.h"
#include "dashboard/GroupChannelModel.h"
#include "dashboard/LatestJobRunner.h"
#include "dashboard/TrendChart.h"
#include "dashboard/UsageCsv.h"
#include "dashboard/UsageModels.h"
#include "interactions/InteractionRepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QThread>

using namespace relatio;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;

namespace {

constexpr qint64 kPhone = 1;
constexpr qint64 kEmail = 2;
constexpr qint64 kChat = 4;

QDateTime utc(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

// Three customers and three channels' worth of contacts:
// - Anna (NL, tag VIP, owner Ingrid): 40 phone contacts in March 2025, ten a week from Monday
//   3 March; CSAT 20 × 5 and 20 × 4 (mean 4.5), NPS 20 × 10, 10 × 7, 10 × 3 (NPS +25).
// - Bjørn (NO, tag VIP): 5 e-mails on 4 March 2025 with CSAT 2: too few answers.
// - Carl (NO): 10 chats in January 2024 with CSAT 1, outside March 2025.
struct Fixture
{
    TestStore t;
    CustomerRepository customers{t.db};
    InteractionRepository interactions{t.db};
    qint64 anna = 0;
    qint64 bjorn = 0;
    qint64 carl = 0;
    qint64 ingrid = 0;
    std::unique_ptr<DashboardPage> page;

    // On a Relatio file, or on a team database (skipped, with nothing made, when there is none).
    explicit Fixture(StoreKind kind = StoreKind::File)
        : t(kind)
    {
        if (t.skipped)
            return;
        ingrid = customers.ensureOwner(QStringLiteral("Ingrid")).value();
        anna = person(QStringLiteral("Anna"), QStringLiteral("Bakker"), QStringLiteral("NL"), {QStringLiteral("VIP")}, ingrid);
        bjorn = person(QStringLiteral("Bjørn"), QStringLiteral("Berg"), QStringLiteral("NO"), {QStringLiteral("VIP")}, 0);
        carl = person(QStringLiteral("Carl"), QStringLiteral("Dahl"), QStringLiteral("NO"), {}, 0);
        for (int i = 0; i < 40; ++i)
            contact(anna, kPhone, utc(2025, 3, 3 + 7 * (i % 4), 8 + i / 4), i < 20 ? 5 : 4,
                    i < 20 ? 10 : (i < 30 ? 7 : 3));
        for (int i = 0; i < 5; ++i)
            contact(bjorn, kEmail, utc(2025, 3, 4, 9 + i), 2, std::nullopt);
        for (int i = 0; i < 10; ++i)
            contact(carl, kChat, utc(2024, 1, 10 + i), 1, 0);
    }

    qint64 person(const QString &given, const QString &family, const QString &country, const QStringList &tags,
                  qint64 owner)
    {
        Customer c;
        c.givenName = given;
        c.familyName = family;
        c.country = country;
        c.tags = tags;
        c.ownerId = owner;
        auto id = customers.create(c);
        REQUIRE(id);
        return *id;
    }

    void contact(qint64 customer, qint64 channel, const QDateTime &when, std::optional<int> csat, std::optional<int> nps)
    {
        Interaction i;
        i.customerId = customer;
        i.channelId = channel;
        i.occurredAt = when;
        i.kind = InteractionKind::Question;
        i.csat = csat;
        i.nps = nps;
        REQUIRE(interactions.create(i));
    }

    DashboardPage &open()
    {
        page = std::make_unique<DashboardPage>(t.db);
        page->resize(1360, 760);
        page->show();
        settle();
        return *page;
    }

    void settle()
    {
        REQUIRE(QTest::qWaitFor([this]() { return !page->isLoading(); }, 10000));
    }

    void range(const QDate &from, const QDate &to)
    {
        page->setRange(from, to);
        settle();
    }

    void march2025() { range(QDate(2025, 3, 1), QDate(2025, 3, 31)); }

    // The per-channel row of a channel, -1 when it has none.
    int rowOf(qint64 channel) const
    {
        ChannelFiguresModel *model = page->channelModel();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data(ChannelFiguresModel::ChannelIdRole).toLongLong() == channel)
                return r;
        return -1;
    }

    QVariant cell(qint64 channel, int column, int role = ChannelFiguresModel::ValueRole) const
    {
        const int row = rowOf(channel);
        REQUIRE(row >= 0);
        return page->channelModel()->index(row, column).data(role);
    }
};

} // namespace

TEST_CASE("Dashboard - the figures per channel are read on a worker and shown with their counts on a file and a team database", "[dashboard]")
{
    Fixture f(GENERATE(StoreKind::File, StoreKind::Team));
    if (f.t.skipped)
        return;
    INFO(f.t.where());
    DashboardPage &page = f.open();
    QAbstractItemModelTester tester(page.channelModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.march2025();

    CHECK(f.cell(kPhone, ChannelFiguresModel::CsatAnswers).toLongLong() == 40);
    CHECK(f.cell(kPhone, ChannelFiguresModel::Csat).toDouble() == Approx(4.5));
    CHECK(f.cell(kPhone, ChannelFiguresModel::Csat, ChannelFiguresModel::EnoughRole).toBool());
    CHECK(f.cell(kPhone, ChannelFiguresModel::NpsAnswers).toLongLong() == 40);
    CHECK(f.cell(kPhone, ChannelFiguresModel::Nps).toDouble() == Approx(25.0));
    CHECK(f.cell(kPhone, ChannelFiguresModel::Contacts).toLongLong() == 40);
    const double low = f.page->channelModel()->figures().at(f.rowOf(kPhone)).csat.low;
    const double high = f.page->channelModel()->figures().at(f.rowOf(kPhone)).csat.high;
    CHECK(low < 4.5);
    CHECK(high > 4.5);
    CHECK(f.cell(kPhone, ChannelFiguresModel::CsatInterval, Qt::DisplayRole).toString()
          == DashboardText::csatInterval(f.page->channelModel()->figures().at(f.rowOf(kPhone)).csat));

    // Every channel has a row, used or not; the chat of January 2024 is outside March 2025.
    CHECK(f.cell(kChat, ChannelFiguresModel::CsatAnswers).toLongLong() == 0);
    CHECK(page.summary().contains(DashboardText::count(45)));

    // The bar charts carry the same figures, top to bottom in channel order.
    const QList<FigureBar> &bars = page.csatChart()->bars();
    REQUIRE(bars.size() == page.channelModel()->rowCount());
    CHECK(bars.at(f.rowOf(kPhone)).count == 40);
    CHECK(bars.at(f.rowOf(kPhone)).value == Approx(4.5));
    CHECK(page.csatChart()->barTexts().at(f.rowOf(kPhone)) == FigureBarChart::tr("%1 · n = %2").arg(DashboardText::csat(4.5), DashboardText::count(40)));
    CHECK(page.npsChart()->bars().at(f.rowOf(kPhone)).value == Approx(25.0));
}

TEST_CASE("Dashboard - cells with fewer than 30 answers are flagged, not shown as figures", "[dashboard]")
{
    Fixture f;
    DashboardPage &page = f.open();
    f.march2025();

    CHECK(f.cell(kEmail, ChannelFiguresModel::CsatAnswers).toLongLong() == 5);
    CHECK(f.cell(kEmail, ChannelFiguresModel::Csat).toDouble() == Approx(2.0));
    CHECK_FALSE(f.cell(kEmail, ChannelFiguresModel::Csat, ChannelFiguresModel::EnoughRole).toBool());
    CHECK(f.cell(kEmail, ChannelFiguresModel::CsatInterval, Qt::DisplayRole).toString()
          == ChannelFiguresModel::tr("too few answers"));
    CHECK(f.cell(kEmail, ChannelFiguresModel::Csat, Qt::DisplayRole).toString().startsWith(QLatin1Char('(')));
    const FigureBar &bar = page.csatChart()->bars().at(f.rowOf(kEmail));
    CHECK_FALSE(bar.enough);
    CHECK(page.csatChart()->barTexts().at(f.rowOf(kEmail)).contains(QStringLiteral("< 30")));
    // No NPS answers at all: said as such.
    CHECK(page.npsChart()->barTexts().at(f.rowOf(kEmail)) == FigureBarChart::tr("no answers"));

    // By country: Bjørn's five e-mails are Norway's only answers on e-mail.
    QAbstractItemModelTester tester(page.groupModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setGrouping(CustomerGrouping::Country);
    f.settle();
    GroupChannelModel *groups = page.groupModel();
    const int norway = groups->rowOf(QStringLiteral("NO"));
    const int netherlands = groups->rowOf(QStringLiteral("NL"));
    REQUIRE(norway >= 0);
    REQUIRE(netherlands >= 0);
    const int emailColumn = f.rowOf(kEmail);
    const int phoneColumn = f.rowOf(kPhone);
    const QModelIndex fewCell = groups->index(norway, emailColumn);
    CHECK(fewCell.data(GroupChannelModel::ChannelIdRole).toLongLong() == kEmail);
    CHECK(fewCell.data(GroupChannelModel::CountRole).toLongLong() == 5);
    CHECK_FALSE(fewCell.data(GroupChannelModel::EnoughRole).toBool());
    CHECK(fewCell.data(Qt::DisplayRole).toString() == GroupChannelModel::tr("too few"));
    const QModelIndex goodCell = groups->index(netherlands, phoneColumn);
    CHECK(goodCell.data(GroupChannelModel::CountRole).toLongLong() == 40);
    CHECK(goodCell.data(GroupChannelModel::EnoughRole).toBool());
    CHECK(goodCell.data(Qt::DisplayRole).toString() == DashboardText::csat(4.5));
    // The last column is all channels of the group together.
    const QModelIndex total = groups->index(netherlands, groups->columnCount() - 1);
    CHECK(total.data(GroupChannelModel::ChannelIdRole).toLongLong() == 0);
    CHECK(total.data(GroupChannelModel::CountRole).toLongLong() == 40);
    groups->setMeasure(Measure::Nps);
    CHECK(goodCell.data(Qt::DisplayRole).toString() == DashboardText::nps(25));

    groups->setMeasure(Measure::Csat);

    // By tag: Anna and Bjørn are both VIP.
    page.setGrouping(CustomerGrouping::Tag);
    f.settle();
    REQUIRE(groups->rowCount() == 1);
    CHECK(groups->headerData(0, Qt::Vertical).toString() == QStringLiteral("VIP"));
    CHECK(groups->index(0, groups->columnCount() - 1).data(GroupChannelModel::CountRole).toLongLong() == 45);
}

TEST_CASE("Dashboard - one group narrows the per-channel figures and the trend", "[dashboard]")
{
    Fixture f(GENERATE(StoreKind::File, StoreKind::Team));
    if (f.t.skipped)
        return;
    INFO(f.t.where());
    DashboardPage &page = f.open();
    f.march2025();
    page.setGrouping(CustomerGrouping::Country, QStringLiteral("NO"));
    f.settle();
    CHECK(page.filter().group == QVariant(QStringLiteral("NO")));
    CHECK(f.cell(kPhone, ChannelFiguresModel::CsatAnswers).toLongLong() == 0);
    CHECK(f.cell(kEmail, ChannelFiguresModel::CsatAnswers).toLongLong() == 5);
    CHECK(page.trendChart()->lineCount() == 1);
    CHECK(page.trendChart()->fewPointCount() == 1);

    page.setGrouping(CustomerGrouping::Country);
    f.settle();
    CHECK(f.cell(kPhone, ChannelFiguresModel::CsatAnswers).toLongLong() == 40);
    // Weekly: the phone's four weeks of ten answers each are all below 30; the e-mail's one week too.
    page.setTrendPeriod(TrendPeriod::Week);
    f.settle();
    CHECK(page.trendChart()->lineCount() == 2);
    CHECK(page.trendChart()->fewPointCount() == 5);
    page.setTrendPeriod(TrendPeriod::Month);
    f.settle();
    CHECK(page.trendChart()->fewPointCount() == 1);
}

TEST_CASE("Dashboard - changing the date range changes the figures", "[dashboard]")
{
    Fixture f;
    DashboardPage &page = f.open();
    f.march2025();
    CHECK(f.cell(kPhone, ChannelFiguresModel::CsatAnswers).toLongLong() == 40);

    f.range(QDate(2024, 1, 1), QDate(2024, 1, 31));
    CHECK(f.cell(kPhone, ChannelFiguresModel::CsatAnswers).toLongLong() == 0);
    CHECK(f.cell(kChat, ChannelFiguresModel::CsatAnswers).toLongLong() == 10);
    CHECK(f.cell(kChat, ChannelFiguresModel::Csat).toDouble() == Approx(1.0));
    CHECK_FALSE(f.cell(kChat, ChannelFiguresModel::Csat, ChannelFiguresModel::EnoughRole).toBool());

    // One week of March: the first ten phone contacts (CSAT 5) and the five e-mails.
    f.range(QDate(2025, 3, 3), QDate(2025, 3, 9));
    CHECK(f.cell(kPhone, ChannelFiguresModel::CsatAnswers).toLongLong() == 10);
    CHECK(f.cell(kEmail, ChannelFiguresModel::CsatAnswers).toLongLong() == 5);

    page.setPreset(RangePreset::All);
    f.settle();
    CHECK(page.filter().from == DashboardText::earliest());
    CHECK(f.cell(kPhone, ChannelFiguresModel::CsatAnswers).toLongLong() == 40);
    CHECK(f.cell(kChat, ChannelFiguresModel::CsatAnswers).toLongLong() == 10);

    // The presets count back from today.
    QDate from;
    QDate to;
    DashboardText::presetRange(RangePreset::LastQuarter, QDate(2025, 5, 14), &from, &to);
    CHECK(from == QDate(2025, 1, 1));
    CHECK(to == QDate(2025, 3, 31));
    DashboardText::presetRange(RangePreset::Last30Days, QDate(2025, 5, 14), &from, &to);
    CHECK(from == QDate(2025, 4, 15));
    DashboardText::presetRange(RangePreset::Last12Months, QDate(2025, 5, 14), &from, &to);
    CHECK(from == QDate(2024, 5, 15));
}

TEST_CASE("Dashboard - the page reads again when the store changes and when shown again", "[dashboard]")
{
    Fixture f;
    DashboardPage &page = f.open();
    f.march2025();
    CHECK(f.cell(kEmail, ChannelFiguresModel::CsatAnswers).toLongLong() == 5);
    for (int i = 0; i < 30; ++i)
        f.contact(f.bjorn, kEmail, utc(2025, 3, 20, 8), 3, std::nullopt);
    page.storeChanged();
    f.settle();
    CHECK(f.cell(kEmail, ChannelFiguresModel::CsatAnswers).toLongLong() == 35);
    CHECK(f.cell(kEmail, ChannelFiguresModel::Csat, ChannelFiguresModel::EnoughRole).toBool());

    page.hide();
    f.contact(f.bjorn, kEmail, utc(2025, 3, 21, 8), 3, std::nullopt);
    page.storeChanged();
    page.show();
    f.settle();
    CHECK(f.cell(kEmail, ChannelFiguresModel::CsatAnswers).toLongLong() == 36);
}

TEST_CASE("Dashboard - the weekly usage report lists customers per week and exports to CSV", "[dashboard][csv]")
{
    Fixture f(GENERATE(StoreKind::File, StoreKind::Team));
    if (f.t.skipped)
        return;
    INFO(f.t.where());
    DashboardPage &page = f.open();
    f.march2025();
    QSignalSpy usage(&page, &DashboardPage::usageShown);
    page.showTab(DashboardPage::UsageTab);
    REQUIRE((usage.count() > 0 || usage.wait(10000)));
    f.settle();
    QAbstractItemModelTester rowsTester(page.usageRowsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester totalsTester(page.usageTotalsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto report = page.usageReport();
    REQUIRE(report);
    // Weeks 9 (24 Feb, holding 1 March) to 14 (31 March).
    CHECK(report->weeks.first() == QDate(2025, 2, 24));
    CHECK(report->weeks.last() == QDate(2025, 3, 31));
    UsageRowsModel *rows = page.usageRowsModel();
    REQUIRE(rows->rowCount() == 5);
    CHECK(rows->index(0, UsageRowsModel::Customer).data().toString() == QStringLiteral("Anna Bakker"));
    CHECK(rows->index(1, UsageRowsModel::Customer).data().toString() == QStringLiteral("Bjørn Berg"));
    CHECK(rows->index(1, UsageRowsModel::FirstChannel + 1).data(UsageRowsModel::ValueRole).toLongLong() == 5);
    CHECK(rows->index(0, rows->totalColumn()).data(UsageRowsModel::ValueRole).toLongLong() == 10);
    UsageTotalsModel *totals = page.usageTotalsModel();
    REQUIRE(totals->rowCount() == int(report->weeks.size()) + 1);
    // Week 10: ten phone contacts by one customer; all weeks: forty.
    CHECK(totals->index(1, UsageTotalsModel::FirstChannel).data(UsageTotalsModel::ValueRole).toLongLong() == 10);
    CHECK(totals->index(1, UsageTotalsModel::FirstChannel).data(UsageTotalsModel::CustomersRole).toLongLong() == 1);
    CHECK(totals->index(totals->rowCount() - 1, UsageTotalsModel::FirstChannel)
              .data(UsageTotalsModel::ValueRole)
              .toLongLong()
          == 40);
    // The totals alone, as shown at once while the customers are listed: contacts, no customers.
    CHECK(report->listed);
    auto quick = SatisfactionStats(f.t.db).weeklyTotals(QDate(2025, 3, 1), QDate(2025, 3, 31));
    REQUIRE(quick);
    CHECK_FALSE(quick->listed);
    CHECK(quick->totals == report->totals);
    UsageTotalsModel partial;
    partial.setReport(std::make_shared<const UsageReport>(*quick));
    CHECK(partial.index(1, UsageTotalsModel::FirstChannel).data(UsageTotalsModel::ValueRole).toLongLong() == 10);
    CHECK(partial.index(1, UsageTotalsModel::FirstChannel).data(UsageTotalsModel::CustomersRole).toLongLong() == -1);
    CHECK(partial.index(1, UsageTotalsModel::FirstChannel).data().toString() == QStringLiteral("10"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    UsageCsvOptions options;
    options.delimiter = QLatin1Char(',');
    options.bom = true;
    REQUIRE(UsageCsv::writeRows(path, *report, options) == 5);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray expected = QByteArray("\xEF\xBB\xBF")
        + "Week,Week starting,Customer,Phone,E-mail,Web self-service,Chat,Social media,Visit,Post,App,Total\r\n"
          "2025-W10,2025-03-03,Anna Bakker,10,0,0,0,0,0,0,0,10\r\n"
          "2025-W10,2025-03-03,Bj\xC3\xB8rn Berg,0,5,0,0,0,0,0,0,5\r\n"
          "2025-W11,2025-03-10,Anna Bakker,10,0,0,0,0,0,0,0,10\r\n"
          "2025-W12,2025-03-17,Anna Bakker,10,0,0,0,0,0,0,0,10\r\n"
          "2025-W13,2025-03-24,Anna Bakker,10,0,0,0,0,0,0,0,10\r\n";
    CHECK(file.readAll() == expected);

    const QString totalsPath = dir.filePath(QStringLiteral("totals.csv"));
    REQUIRE(UsageCsv::writeTotals(totalsPath, *report, options) == qint64(report->weeks.size()));
    QFile totalsFile(totalsPath);
    REQUIRE(totalsFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = totalsFile.readAll().split('\n');
    CHECK(lines.at(0).startsWith("\xEF\xBB\xBFWeek,Week starting,Phone contacts,Phone customers,E-mail contacts"));
    CHECK(lines.at(2) == "2025-W10,2025-03-03,10,1,5,1,0,0,0,0,0,0,0,0,0,0,0,0,15\r");

    // The page's own export uses the delimiter of the user's locale.
    const QString pagePath = dir.filePath(QStringLiteral("page.csv"));
    REQUIRE(page.exportUsageCsv(pagePath, false) == 5);
    QFile pageFile(pagePath);
    REQUIRE(pageFile.open(QIODevice::ReadOnly));
    CHECK(pageFile.readAll().contains((QStringLiteral("Anna Bakker") + UsageCsv::defaultDelimiter() + QStringLiteral("10")).toUtf8()));
}

TEST_CASE("Dashboard - a customer name that looks like a formula is neutralised in the CSV", "[dashboard][csv]")
{
    UsageReport report;
    report.channelIds = {1};
    report.channelNames = {QStringLiteral("Phone")};
    report.weeks = {QDate(2025, 3, 3)};
    report.totals = {{1}};
    report.customers = {{1}};
    report.rows = {UsageRow{QDate(2025, 3, 3), 7, QStringLiteral("=HYPERLINK(\"x\")"), {1}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.csv"));
    REQUIRE(UsageCsv::writeRows(path, report, UsageCsvOptions{QLatin1Char(';'), false}) == 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "Week;Week starting;Customer;Phone;Total\r\n2025-W10;2025-03-03;\"'=HYPERLINK(\"\"x\"\")\";1;1\r\n");
}

TEST_CASE("Dashboard - charts are saved as PNG and PDF", "[dashboard]")
{
    Fixture f;
    DashboardPage &page = f.open();
    f.march2025();
    QTemporaryDir dir;
    for (ChartPanel *panel : {page.csatPanel(), page.npsPanel()}) {
        const QString png = dir.filePath(panel->suggestedFileName() + QStringLiteral(".png"));
        REQUIRE(panel->savePng(png));
        QImage image(png);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() > 400);
        CHECK(image.height() > 300);
        // Not a blank page: the bar colour is in it.
        bool coloured = false;
        for (int y = 0; y < image.height() && !coloured; y += 3)
            for (int x = 0; x < image.width() && !coloured; x += 3)
                coloured = image.pixelColor(x, y).saturation() > 100;
        CHECK(coloured);
    }
    page.setGrouping(CustomerGrouping::Country);
    f.settle();
    page.showTab(DashboardPage::GroupsTab);
    const QString heat = dir.filePath(QStringLiteral("heat.png"));
    REQUIRE(page.heatPanel()->savePng(heat));
    CHECK(QImage(heat).height() > 100);

    const QString pdf = dir.filePath(QStringLiteral("csat.pdf"));
    REQUIRE(page.csatPanel()->savePdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.size() > 2000);

    // A file that cannot be written is an error for people, and nothing is left behind.
    const auto failed = page.csatPanel()->savePng(dir.filePath(QStringLiteral("missing/folder/x.png")));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == Error::Code::Io);
}

TEST_CASE("Dashboard - a newer request supersedes an older one", "[dashboard]")
{
    TempDatabase t;
    LatestJobRunner runner(t.db, QStringLiteral("test-runner"));
    std::atomic_bool firstStarted = false;
    std::atomic_bool firstSawCancel = false;
    QStringList delivered;
    runner.run([&](const std::atomic_bool &cancelled) -> LatestJobRunner::Delivery {
        firstStarted = true;
        // A long query that checks its flag now and then.
        for (int i = 0; i < 500 && !cancelled.load(); ++i)
            QThread::msleep(10);
        firstSawCancel = cancelled.load();
        return [&delivered]() { delivered.append(QStringLiteral("first")); };
    });
    REQUIRE(QTest::qWaitFor([&]() { return firstStarted.load(); }, 5000));
    // Queued behind the first; overtaken by the third before it starts.
    bool secondRan = false;
    runner.run([&secondRan](const std::atomic_bool &) -> LatestJobRunner::Delivery {
        secondRan = true;
        return {};
    });
    runner.run([&](const std::atomic_bool &) -> LatestJobRunner::Delivery {
        return [&delivered]() { delivered.append(QStringLiteral("third")); };
    });
    CHECK(runner.isBusy());
    QSignalSpy done(&runner, &LatestJobRunner::delivered);
    REQUIRE(done.wait(5000));
    QTest::qWait(50);
    CHECK(firstSawCancel);
    CHECK_FALSE(secondRan);
    CHECK(delivered == QStringList{QStringLiteral("third")});
    CHECK_FALSE(runner.isBusy());
}

TEST_CASE("Dashboard - the main window offers the page in its navigation", "[dashboard]")
{
    TempDatabase t;
    MainWindow window(t.db);
    auto *page = window.findChild<DashboardPage *>(QStringLiteral("dashboardPage"));
    REQUIRE(page);
    window.show();
    window.showPage(page);
    CHECK(window.currentPage() == page);
    REQUIRE(QTest::qWaitFor([page]() { return !page->isLoading(); }, 10000));
    CHECK(page->channelModel()->rowCount() == 8);
    CHECK(page->tabs()->count() == 4);
}
