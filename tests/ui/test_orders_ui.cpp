// Orders on the customer card: the tab, the totals, adding through the dialog, deleting, and undo.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomersPage.h"
#include "customers/SaveConflictDialog.h"
#include "orders/OrderController.h"
#include "orders/PurchaseDialog.h"
#include "orders/PurchaseListModel.h"
#include "orders/PurchaseRepository.h"
#include "orders/PurchasesPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace relatio;
using relatio::test::TempDatabase;
using relatio::test::whenOpen;

TEST_CASE("The Orders tab shows the customer's orders and totals, and edits undo", "[orders-ui]")
{
    TempDatabase t;
    Customer c;
    c.givenName = QStringLiteral("Anne");
    c.familyName = QStringLiteral("Dahl");
    c.country = QStringLiteral("NL");
    const qint64 anne = CustomerRepository(t.db).create(c).value();
    PurchaseRepository repo(t.db);
    Purchase p;
    p.customerId = anne;
    p.orderedOn = QDate(2026, 3, 1);
    p.amount = 123456;
    p.currency = QStringLiteral("EUR");
    p.productId = repo.ensureProduct(QStringLiteral("KI-1"), QStringLiteral("Stand mixer"), QStringLiteral("Kitchen")).value();
    REQUIRE(repo.create(p));

    MainWindow window(t.db);
    CustomersPage *page = window.customersPage();
    PurchasesPanel *panel = page->purchasesPanel();
    REQUIRE(panel);
    auto *tabs = page->editor()->findChild<QTabWidget *>();
    REQUIRE(tabs);
    const int tab = tabs->indexOf(panel);
    REQUIRE(tab > 0);
    CHECK(tabs->tabText(tab).remove(QLatin1Char('&')) == QStringLiteral("Orders"));

    page->showCustomer(anne);
    CHECK(panel->customerId() == anne);
    CHECK(panel->model()->rowCount() == 1);
    CHECK(panel->summaryLabel()->text().contains(QStringLiteral("1,234.56")));
    CHECK(panel->summaryLabel()->text().contains(QStringLiteral("1 order line")));

    // Add one through the dialog.
    QTimer::singleShot(0, [&]() {
        auto *dialog = qobject_cast<PurchaseDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->dateEdit()->setDate(QDate(2026, 4, 2));
        dialog->productBox()->setEditText(QStringLiteral("Tea towels"));
        dialog->amountEdit()->setText(QStringLiteral("12,95"));
        dialog->currencyBox()->setCurrentText(QStringLiteral("EUR"));
        dialog->accept();
    });
    panel->addPurchase();
    REQUIRE(panel->model()->rowCount() == 2);
    CHECK(panel->model()->recordAt(0).productName == QStringLiteral("Tea towels"));
    CHECK(panel->model()->recordAt(0).amount == 1295);
    CHECK(panel->model()->totals().revenue.value(QStringLiteral("EUR")) == 124751);

    QUndoStack *undo = window.findChild<QUndoStack *>();
    REQUIRE(undo);
    undo->undo();
    CHECK(panel->model()->rowCount() == 1);
    undo->redo();
    CHECK(panel->model()->rowCount() == 2);

    // Delete the newest; undo brings it back.
    panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
    const qint64 newest = panel->model()->idAt(0);
    panel->deleteCurrent();
    CHECK(panel->model()->rowOf(newest) < 0);
    CHECK(repo.count().value() == 1);
    undo->undo();
    CHECK(panel->model()->rowOf(newest) >= 0);
    CHECK(repo.count().value() == 2);

    // The side column appears once something is put in it.
    auto *side = new QLabel(QStringLiteral("Customer value"));
    panel->addSideWidget(side);
    CHECK(side->parentWidget() != nullptr);
    CHECK_FALSE(side->parentWidget()->isHidden());
}

TEST_CASE("Editing an order someone else changed meanwhile asks per field", "[orders-ui][save-conflict]")
{
    TempDatabase t;
    Customer c;
    c.givenName = QStringLiteral("Anne");
    c.familyName = QStringLiteral("Dahl");
    c.country = QStringLiteral("NO");
    const qint64 anne = CustomerRepository(t.db).create(c).value();
    PurchaseRepository repo(t.db);
    Purchase p;
    p.customerId = anne;
    p.orderedOn = QDate(2026, 3, 1);
    p.amount = 50000;
    p.currency = QStringLiteral("NOK");
    const qint64 order = repo.create(p).value();

    MainWindow window(t.db);
    CustomersPage *page = window.customersPage();
    PurchasesPanel *panel = page->purchasesPanel();
    page->showCustomer(anne);
    REQUIRE(panel->model()->rowCount() == 1);
    panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));

    // A colleague on the same file corrects the amount and adds the order number.
    DatabasePtr other = Database::open(t.path).value();
    PurchaseRepository bert(other);
    Purchase his = bert.get(order).value();
    his.amount = 45000;
    his.externalId = QStringLiteral("SO-77");
    REQUIRE(bert.update(his, bert.get(order).value(), nullptr));

    bool asked = false;
    whenOpen<PurchaseDialog>([&](PurchaseDialog *dialog) {
        dialog->amountEdit()->setText(QStringLiteral("480,00"));
        whenOpen<SaveConflictDialog>([&](SaveConflictDialog *ask) {
            asked = true;
            CHECK(ask->findChild<QRadioButton *>(QStringLiteral("amount/1"))->text().contains(QStringLiteral("450")));
            CHECK(ask->findChild<QRadioButton *>(QStringLiteral("external_id/0")) == nullptr);
            ask->findChild<QRadioButton *>(QStringLiteral("amount/1"))->click();
            ask->accept();
        });
        dialog->accept();
    });
    panel->editCurrent();
    CHECK(asked);
    const Purchase stored = repo.get(order).value();
    CHECK(stored.amount == 45000);
    CHECK(stored.externalId == QStringLiteral("SO-77"));
    CHECK(panel->model()->recordAt(0).amount == 45000);
}
