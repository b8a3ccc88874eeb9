// The Segments page and the customer value box on a small database with purchases: empty states,
// an analysis run in the background with progress, the table, chart and model panel, the members
// of a segment and opening a customer, extra tabs; the value box's three states.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "dashboard/DashboardPage.h"
#include "interactions/InteractionRepository.h"
#include "util/Stamps.h"
#include "value/CustomerValueBox.h"
#include "value/RunAnalysisDialog.h"
#include "value/SegmentMembersModel.h"
#include "value/SegmentSummaryModel.h"
#include "value/SegmentsPage.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <random>

using namespace relatio;
using namespace relatio::value;
using relatio::test::TempDatabase;

namespace {

qint64 addCustomer(const DatabasePtr &db, const QString &family)
{
    Customer c;
    c.givenName = QStringLiteral("Test");
    c.familyName = family;
    auto id = CustomerRepository(db).create(c);
    REQUIRE(id);
    return *id;
}

// 300 customers with purchases from a simple buy-and-drop-out process, 20 without.
std::vector<qint64> fillShop(const DatabasePtr &db)
{
    std::vector<qint64> ids;
    for (int i = 0; i < 320; ++i)
        ids.push_back(addCustomer(db, QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0'))));
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO purchase (uuid, customer_id, ordered_on, amount_cents, currency,"
                                     " created_at, updated_at) VALUES (?, ?, ?, ?, 'EUR', ?, ?)")));
    for (int k = 0; k < 300; ++k) {
        const double gap = 5 + 120 * unit(rng);
        const double drop = 0.05 + 0.5 * unit(rng);
        const double mean = 20 + 80 * unit(rng);
        QDate day = QDate(2025, 1, 1).addDays(int(unit(rng) * 300));
        while (day <= QDate(2026, 6, 30)) {
            q.addBindValue(newUuid());
            q.addBindValue(ids[std::size_t(k)]);
            q.addBindValue(day.toString(Qt::ISODate));
            q.addBindValue(qint64(mean * (0.5 + unit(rng)) * 100));
            q.addBindValue(nowStored());
            q.addBindValue(nowStored());
            REQUIRE(q.exec());
            if (unit(rng) < drop)
                break;
            day = day.addDays(1 + int(gap * unit(rng) * 2));
        }
    }
    REQUIRE(QSqlQuery(db->connection()).exec(QStringLiteral("COMMIT")));
    return ids;
}

} // namespace

TEST_CASE("Segments page: no orders, then an analysis, its figures and the members", "[segments]")
{
    TempDatabase t;
    SegmentsPage page(t.db);
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitFor([&]() { return !page.isLoading(); }, 10000));
    CHECK(page.stateText().contains(QStringLiteral("No orders yet")));

    const std::vector<qint64> ids = fillShop(t.db);
    page.reload();
    REQUIRE(QTest::qWaitFor([&]() { return !page.isLoading(); }, 10000));
    CHECK(page.stateText().contains(QStringLiteral("No value analysis yet")));

    QSignalSpy finished(&page, &SegmentsPage::analysisFinished);
    QSignalSpy messages(&page, &SegmentsPage::statusMessage);
    ValueSettings settings;
    settings.calibrationEnd = QDate(2026, 6, 30);
    page.startAnalysis(settings);
    CHECK(page.isAnalysing());
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(page.isAnalysing());
    REQUIRE(QTest::qWaitFor([&]() { return !page.isLoading() && page.membersModel()->rowCount() > 0; }, 10000));
    REQUIRE_FALSE(messages.isEmpty());
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("Analysed 300 customers")));

    // The table: ten segments whose counts add up to the analysed customers.
    SegmentSummaryModel *summary = page.summaryModel();
    REQUIRE(summary->rowCount() == kRfmSegmentCount);
    qint64 total = 0;
    for (int row = 0; row < summary->rowCount(); ++row) {
        CHECK(summary->data(summary->index(row, SegmentSummaryModel::Segment)).toString()
              == ValueStore::segmentName(row + 1));
        total += qint64(summary->data(summary->index(row, SegmentSummaryModel::Customers), SegmentSummaryModel::ValueRole)
                            .toDouble());
    }
    CHECK(total == 300);
    CHECK(page.stateText().contains(QStringLiteral("12 months")));
    // The model panel: parameters and assumptions in words.
    const QString models = page.modelText();
    CHECK(models.contains(QStringLiteral("r = ")));
    CHECK(models.contains(QStringLiteral("log-likelihood")));
    CHECK(models.contains(QStringLiteral("gamma distribution")));
    CHECK(models.contains(QStringLiteral("does not depend on how often")));
    CHECK(page.findChild<QChartView *>() != nullptr);

    // Members of a non-empty segment, highest CLV first; Enter (or a double-click) asks for the customer.
    int segment = 0;
    for (int row = 0; row < summary->rowCount() && segment == 0; ++row)
        if (summary->overview().segments.at(row).customers > 1)
            segment = row + 1;
    REQUIRE(segment > 0);
    page.selectSegment(segment);
    REQUIRE(QTest::qWaitFor(
        [&]() { return !page.isLoading() && page.membersModel()->segment() == segment; }, 10000));
    SegmentMembersModel *members = page.membersModel();
    CHECK(members->rowCount() == summary->overview().segments.at(segment - 1).customers);
    QSignalSpy open(&page, &SegmentsPage::openCustomerRequested);
    const QModelIndex first = members->index(0, SegmentMembersModel::Name);
    page.membersView()->setFocus();
    page.membersView()->setCurrentIndex(first);
    QTest::keyClick(page.membersView(), Qt::Key_Return);
    REQUIRE(open.count() == 1);
    CHECK(open.first().at(0).toLongLong() == members->idAt(0));
    CHECK(std::find(ids.begin(), ids.end(), members->idAt(0)) != ids.end());

    // Another view joins as a tab.
    auto *extra = new QLabel(QStringLiteral("costs"));
    page.addTab(extra, QStringLiteral("Costs vs return"));
    auto *tabs = page.findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->count() == 2);
    CHECK(tabs->tabText(1) == QStringLiteral("Costs vs return"));

    // The value box: analysed, no purchases, nothing chosen.
    CustomerValueBox box(t.db);
    box.showCustomer(members->idAt(0));
    CHECK(box.headline() == ValueStore::segmentName(segment));
    CHECK(box.toolTip().contains(QStringLiteral("BG/NBD")));
    box.showCustomer(ids.back());
    CHECK(box.headline() == QStringLiteral("No purchases"));
    box.showCustomer(0);
    CHECK(box.headline() == QStringLiteral("Customer value"));
}

TEST_CASE("Value box before any analysis, and a cancelled analysis keeps nothing half-written", "[segments]")
{
    TempDatabase t;
    const std::vector<qint64> ids = fillShop(t.db);
    CustomerValueBox box(t.db);
    box.showCustomer(ids.front());
    CHECK(box.headline() == QStringLiteral("Not analysed yet"));

    SegmentsPage page(t.db);
    page.show();
    QSignalSpy finished(&page, &SegmentsPage::analysisFinished);
    QSignalSpy messages(&page, &SegmentsPage::statusMessage);
    page.startAnalysis({});
    page.cancelAnalysis();
    REQUIRE(QTest::qWaitFor([&]() { return !page.isAnalysing(); }, 60000));
    // Cancelled before the end (no finished signal), or so fast that it completed.
    if (finished.isEmpty()) {
        REQUIRE_FALSE(messages.isEmpty());
        CHECK(messages.last().at(0).toString().contains(QStringLiteral("cancelled")));
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM customer_value")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == 0);
    }
}

TEST_CASE("On a team database the value analysis is worked out on this computer's copy of it",
          "[segments][team-window][postgres]")
{
    test::TestStore store(test::StoreKind::Team);
    if (store.skipped)
        return;
    const std::vector<qint64> ids = fillShop(store.db);
    // A call from the first customer, an hour ago, with a CSAT answer.
    Interaction call;
    call.customerId = ids.front();
    call.channelId = 1;
    call.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    call.csat = 5;
    REQUIRE(InteractionRepository(store.db).create(call));
    MainWindow window(store.db);
    window.resize(1360, 820);
    window.show();
    auto *page = window.findChild<SegmentsPage *>();
    REQUIRE(page);
    window.showPage(page);
    REQUIRE(QTest::qWaitFor([&]() { return !page->isLoading(); }, 10000));
    // The copy is there but not brought yet: the page offers the analysis, saying what it does.
    CHECK(page->stateText().contains(QStringLiteral("No value analysis on this computer yet")));

    QSignalSpy finished(page, &SegmentsPage::analysisFinished);
    QSignalSpy messages(page, &SegmentsPage::statusMessage);
    ValueSettings settings;
    settings.calibrationEnd = QDate(2026, 6, 30);
    page->startAnalysis(settings);
    REQUIRE(finished.wait(120000));
    REQUIRE(QTest::qWaitFor([&]() { return !page->isLoading() && page->membersModel()->rowCount() > 0; }, 10000));
    REQUIRE_FALSE(messages.isEmpty());
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("Analysed 300 customers")));
    CHECK(QDir(store.copies->path()).entryList({QStringLiteral("*.relatio")}, QDir::Files).size() == 1);
    // Nothing of the analysis is written to the team database.
    {
        QSqlQuery q(store.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'value%'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }

    // The satisfaction figures grouped by value segment come from the copy, and say so.
    auto *dashboard = window.findChild<DashboardPage *>();
    REQUIRE(dashboard);
    window.showPage(dashboard);
    dashboard->setPreset(RangePreset::Last12Months);
    dashboard->setGrouping(CustomerGrouping::ValueSegment);
    REQUIRE(QTest::qWaitFor([dashboard]() { return !dashboard->isLoading(); }, 10000));
    CHECK(dashboard->figures().error.isEmpty());
    qint64 grouped = 0;
    for (const GroupChannelFigures &cell : dashboard->figures().perGroup)
        grouped += cell.total.tally.interactions;
    CHECK(grouped == 1);
    CHECK(dashboard->summary().endsWith(QStringLiteral("from this computer's copy of the team database")));

    // A segment with customers, its members listed.
    SegmentSummaryModel *summary = page->summaryModel();
    int segment = 0;
    for (int row = 0; row < summary->rowCount() && segment == 0; ++row)
        if (summary->overview().segments.at(row).customers > 0)
            segment = row + 1;
    REQUIRE(segment > 0);
    page->selectSegment(segment);
    REQUIRE(QTest::qWaitFor([&]() { return !page->isLoading() && page->membersModel()->segment() == segment; }, 10000));

    // The list on the team database shows and filters by those segments, matched by uuid.
    {
        CustomerListModel *list = window.customersPage()->model();
        qint64 analysed = 0;
        for (const auto &row : summary->overview().segments)
            analysed += row.customers;
        list->setSegmentFilter(segment);
        REQUIRE(list->refreshNow());
        CHECK(list->rowCount() == summary->overview().segments.at(segment - 1).customers);
        CHECK(list->data(list->index(0, CustomerListModel::Segment)).toString() == ValueStore::segmentName(segment));
        list->setSegmentFilter(0);
        REQUIRE(list->refreshNow());
        CHECK(list->rowCount() == 320 - analysed);
        CHECK(list->data(list->index(0, CustomerListModel::Segment)).toString().isEmpty());
        list->setSegmentFilter(-1);
        REQUIRE(list->refreshNow());
        CHECK(list->rowCount() == 320);
    }

    // A member opens on the team database's record with the same uuid, its value beside its orders.
    const QString name = page->membersModel()->data(page->membersModel()->index(0, SegmentMembersModel::Name)).toString();
    page->membersView()->setFocus();
    page->membersView()->setCurrentIndex(page->membersModel()->index(0, SegmentMembersModel::Name));
    QTest::keyClick(page->membersView(), Qt::Key_Return);
    REQUIRE(window.currentPage() == window.customersPage());
    const Customer shown = window.customersPage()->editor()->original();
    CHECK(shown.displayName() == name);
    CHECK(std::find(ids.begin(), ids.end(), shown.id) != ids.end());
    auto *box = window.findChild<CustomerValueBox *>();
    REQUIRE(box);
    REQUIRE(QTest::qWaitFor([&]() { return box->headline() == ValueStore::segmentName(segment); }, 5000));

    // A customer made on the team database after the analysis: its card says so.
    const qint64 later = addCustomer(store.db, QStringLiteral("Later"));
    window.customersPage()->showCustomer(later, CustomersPage::Card::Orders);
    REQUIRE(QTest::qWaitFor([&]() { return box->headline() == QStringLiteral("Not analysed yet"); }, 5000));
    window.close();
}
