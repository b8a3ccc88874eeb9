// The window on a team database (issue 8): opening it from its address, what the window says of
// where it works, the customers there, what stands aside there, and the value analysis worked out
// on this computer's copy of it.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomersPage.h"
#include "csv/CsvActions.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoDataPanel.h"
#include "interactions/InteractionRepository.h"
#include "interactions/SatisfactionStats.h"
#include "sync/OpenTeamDialog.h"
#include "sync/TeamServer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace relatio;
using relatio::test::numberFrom;
using relatio::test::StoreKind;
using relatio::test::TestStore;

namespace {

// The action of the window's menus with this text (ampersands and the ellipsis left out).
QAction *menuAction(QMainWindow &window, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions())
            if (a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")) == text)
                return a;
    }
    return nullptr;
}

// The navigation's page with this title.
QWidget *pageTitled(MainWindow &window, const QString &title)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu() || top->text().remove(QLatin1Char('&')) != QLatin1String("View"))
            continue;
        for (QAction *a : top->menu()->actions())
            if (a->text() == title)
                return qobject_cast<QWidget *>(a->data().value<QObject *>());
    }
    return nullptr;
}

} // namespace

TEST_CASE("File › Open Team Database opens the team database from its address and says why it cannot", "[team-window][postgres]")
{
    TestStore store(StoreKind::Team);
    if (store.skipped)
        return;
    store.db->releaseConnection();

    OpenTeamDialog dialog;
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("teamUrl"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("teamStatus"));
    // A password typed and not kept (the tests' server trusts the connection; no keychain here).
    dialog.findChild<QLineEdit *>(QStringLiteral("teamPassword"))->setText(QStringLiteral("not needed"));
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
        box->setChecked(false);
    auto waitForAnswer = [&]() {
        QElapsedTimer waited;
        waited.start();
        while (dialog.result() != QDialog::Accepted && !status->text().contains(QStringLiteral("could not"))
               && waited.elapsed() < 30000)
            QTest::qWait(50);
    };

    SECTION("a database without the team schema is refused, and the dialog stays")
    {
        auto other = sync::ServerUrl::parse(store.address);
        REQUIRE(other);
        other->database = QStringLiteral("postgres");
        url->setText(other->address());
        dialog.openDatabase();
        waitForAnswer();
        INFO(status->text().toStdString());
        CHECK(status->text().startsWith(QStringLiteral("The team database could not be opened: ")));
        CHECK(dialog.database() == nullptr);
        CHECK(dialog.result() != QDialog::Accepted);
    }
    SECTION("an address with a password in it is refused before connecting")
    {
        url->setText(QStringLiteral("postgresql://anna:secret@dbhost/team"));
        dialog.openDatabase();
        CHECK(status->text().contains(QStringLiteral("password")));
        CHECK(dialog.database() == nullptr);
    }
    SECTION("the team database opens")
    {
        url->setText(store.address);
        dialog.openDatabase();
        waitForAnswer();
        INFO(status->text().toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.database());
        CHECK(dialog.database()->dialect() == Dialect::PostgreSQL);
        CHECK(dialog.database()->path() == store.address);
        CHECK(dialog.address() == store.address);
        dialog.database()->releaseConnection();
    }
}

TEST_CASE("The window on a team database names it and sets aside what works on a file only", "[team-window][postgres]")
{
    TestStore store(StoreKind::Team);
    if (store.skipped)
        return;
    CustomerRepository customers(store.db);
    Customer c;
    c.givenName = QStringLiteral("Ingrid");
    c.familyName = QStringLiteral("Dahl");
    c.city = QStringLiteral("Bergen");
    const auto id = customers.create(c);
    REQUIRE(id);
    // A phone call an hour ago, with a CSAT answer.
    Interaction call;
    call.customerId = *id;
    call.channelId = 1;
    call.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    call.csat = 4;
    REQUIRE(InteractionRepository(store.db).create(call));

    MainWindow window(store.db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto url = sync::ServerUrl::parse(store.address);
    REQUIRE(url);
    CHECK(window.windowTitle() == QStringLiteral("%1 on %2 — Relatio").arg(url->database, url->host));
    auto *where = window.findChild<QLabel *>(QStringLiteral("whereLabel"));
    REQUIRE(where);
    CHECK(where->text() == QStringLiteral("Team database ") + store.address);

    // The customers there, in the list, one of them shown (the privacy actions follow it).
    window.customersPage()->showCustomer(*id, CustomersPage::Card::Details);
    CustomerListModel *model = window.customersPage()->model();
    QElapsedTimer waited;
    waited.start();
    while ((model->isLoading() || model->rowCount() == 0) && waited.elapsed() < 10000)
        QTest::qWait(20);
    REQUIRE(model->rowCount() == 1);
    CHECK(window.currentPage() == window.customersPage());

    // Nothing to sync or back up from here; the analysis stands aside with its reason; what works on
    // the team database (the imports and exports among it) stays.
    for (const QString &text : {QStringLiteral("Sync with Team Server"), QStringLiteral("Back Up Database")}) {
        INFO(text.toStdString());
        QAction *a = menuAction(window, text);
        REQUIRE(a);
        CHECK_FALSE(a->isEnabled());
    }
    // The imports are made on this computer's copy of the team database and sent with a sync.
    for (QAction *a : {window.csvActions()->exportAction(), window.csvActions()->exportContactsAction(),
                       window.csvActions()->importAction(), window.csvActions()->importContactsAction()}) {
        INFO(a->text().toStdString());
        CHECK(a->isEnabled());
    }
    for (const QString &text : {QStringLiteral("Open Team Database"), QStringLiteral("Open Relatio File"),
                                QStringLiteral("Review Overwritten Edits"), QStringLiteral("Personas"),
                                QStringLiteral("Customers Without Activity"), QStringLiteral("Permission Purposes"),
                                QStringLiteral("Export Personal Data"), QStringLiteral("Erase Customer"),
                                QStringLiteral("Export Marketing List"), QStringLiteral("Run Analysis"),
                                QStringLiteral("Costs"), QStringLiteral("Price Rules")}) {
        INFO(text.toStdString());
        QAction *a = menuAction(window, text);
        REQUIRE(a);
        CHECK(a->isEnabled());
    }

    // The segments are worked out on this computer's copy of the team database, and say so.
    QWidget *segments = pageTitled(window, QStringLiteral("Segments"));
    REQUIRE(segments);
    CHECK(segments->objectName() == QStringLiteral("segmentsPage"));
    window.showPage(segments);
    CHECK(window.currentPage() == segments);
    auto *note = segments->findChild<QLabel *>(QStringLiteral("teamNote"));
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("this computer's copy of the team database")));

    // The satisfaction figures are read from the team database; core refuses the grouping by value
    // segment there with the reason (the page reads that one from this computer's copy).
    auto *dashboard = qobject_cast<DashboardPage *>(pageTitled(window, QStringLiteral("Satisfaction")));
    REQUIRE(dashboard);
    window.showPage(dashboard);
    REQUIRE(QTest::qWaitFor([dashboard]() { return !dashboard->isLoading(); }, 10000));
    CHECK(dashboard->figures().error.isEmpty());
    qint64 contacts = 0;
    qint64 answers = 0;
    for (const ChannelFigures &channel : dashboard->figures().perChannel) {
        contacts += channel.tally.interactions;
        answers += channel.tally.csatCount;
    }
    CHECK(contacts == 1);
    CHECK(answers == 1);
    auto *grouping = dashboard->findChild<QComboBox *>(QStringLiteral("dashboardGrouping"));
    REQUIRE(grouping);
    // By value segment too: those figures are read from this computer's copy, where the segments are.
    CHECK(grouping->count() == 5);
    CHECK(grouping->findData(int(CustomerGrouping::ValueSegment)) >= 0);
    const auto bySegment = SatisfactionStats(store.db).perGroupAndChannel(
        {QDate(2026, 1, 1), QDate(2026, 3, 1), CustomerGrouping::ValueSegment, {}});
    REQUIRE_FALSE(bySegment);
    CHECK(bySegment.error().message.contains(QStringLiteral("not yet on a team database")));
    window.close();
}

TEST_CASE("An empty team database offers demo data and loading it fills the list for everyone", "[team-window][postgres]")
{
    TestStore store(StoreKind::Team);
    if (store.skipped)
        return;
    MainWindow window(store.db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    DemoDataPanel *panel = window.demoPanel();
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() == panel);
    bool offered = false;
    for (QPushButton *button : panel->findChildren<QPushButton *>())
        offered = offered || (button->text() == QStringLiteral("Load Demo Data") && button->isVisibleTo(panel));
    CHECK(offered);

    QSignalSpy loaded(panel, &DemoDataPanel::demoLoaded);
    panel->startLoading(200);
    REQUIRE(loaded.wait(60000));
    CHECK(loaded.first().first().toLongLong() == 200);
    CHECK(stack->currentWidget() == window.customersPage());
    CustomerListModel *model = window.customersPage()->model();
    REQUIRE(QTest::qWaitFor([model]() { return !model->isLoading() && model->rowCount() == 200; }, 20000));
    // A colleague's window on the same team database sees them too.
    CHECK(numberFrom(store.db, QStringLiteral("SELECT count(*) FROM customer")) == 200);
    window.close();
}
