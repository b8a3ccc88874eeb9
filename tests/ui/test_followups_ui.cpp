// Follow-ups in the window: the follow-ups page (mine, someone else's, unassigned; done by
// ticking; opening the customer) and the follow-ups on the customer card.
#include "TestSupport.h"

#include "MainWindow.h"
#include "customers/CustomerController.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomersPage.h"
#include "interactions/CustomerFollowUpsPanel.h"
#include "interactions/FollowUpListModel.h"
#include "interactions/FollowUpsPage.h"
#include "interactions/InteractionController.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace relatio;
using relatio::test::TempDatabase;

namespace {

struct FollowUpWindow
{
    TempDatabase t;
    MainWindow window{t.db};
    CustomersPage *page = window.customersPage();
    InteractionController *interactions = window.findChild<InteractionController *>();
    FollowUpsPage *followUps = window.findChild<FollowUpsPage *>();
    InteractionRepository &repo = interactions->repository();
    qint64 me = 0;
    qint64 pieter = 0;
    qint64 anna = 0;
    qint64 ben = 0;
    const QDate today = QDate::currentDate();

    FollowUpWindow()
    {
        REQUIRE(interactions);
        REQUIRE(followUps);
        me = *page->controller()->repository().ensureOwner(QStringLiteral("Sanne de Jong"));
        pieter = *page->controller()->repository().ensureOwner(QStringLiteral("Pieter Bakker"));
        interactions->currentUser()->setOwnerId(me);
        anna = addCustomer(QStringLiteral("Jansen"));
        ben = addCustomer(QStringLiteral("Bakker"));
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    ~FollowUpWindow() { interactions->currentUser()->setOwnerId(0); }

    qint64 addCustomer(const QString &family)
    {
        Customer c;
        c.kind = CustomerKind::Person;
        c.givenName = QStringLiteral("Anna");
        c.familyName = family;
        c.country = QStringLiteral("NL");
        auto id = page->controller()->create(c);
        REQUIRE(id);
        return *id;
    }

    qint64 addFollowUp(qint64 customerId, const QDate &due, qint64 assignee, const QString &note)
    {
        FollowUp f;
        f.customerId = customerId;
        f.dueDate = due;
        f.assigneeId = assignee;
        f.note = note;
        auto id = repo.createFollowUp(f);
        REQUIRE(id);
        return *id;
    }

    void waitFor(FollowUpListModel *model)
    {
        QSignalSpy loaded(model, &FollowUpListModel::loaded);
        if (model->isLoading())
            REQUIRE(loaded.wait(10000));
    }
};

} // namespace

TEST_CASE("My follow-ups list overdue ones first, and Space marks one done, undoably", "[ui][followups]")
{
    FollowUpWindow w;
    const qint64 overdue = w.addFollowUp(w.anna, w.today.addDays(-2), w.me, QStringLiteral("send the offer"));
    const qint64 later = w.addFollowUp(w.ben, w.today.addDays(5), w.me, QStringLiteral("check in"));
    const qint64 pieters = w.addFollowUp(w.ben, w.today, w.pieter, QStringLiteral("Pieter's call"));
    const qint64 nobodys = w.addFollowUp(w.anna, w.today, 0, QStringLiteral("anyone"));

    w.window.showPage(w.followUps);
    FollowUpListModel *model = w.followUps->model();
    w.waitFor(model);
    REQUIRE(model->rowCount() == 2);
    CHECK(model->idAt(0) == overdue);
    CHECK(model->idAt(1) == later);
    // Overdue in words, not only in colour.
    CHECK(model->index(0, FollowUpListModel::Status).data().toString() == QStringLiteral("Overdue by 2 days"));

    QTreeView *view = w.followUps->view();
    view->setFocus();
    view->setCurrentIndex(model->index(0, FollowUpListModel::Note));
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(w.repo.getFollowUp(overdue)->isDone());
    // It stays in the list, ticked, below the open one.
    REQUIRE(model->rowCount() == 2);
    CHECK(model->idAt(1) == overdue);
    CHECK(model->index(1, FollowUpListModel::Done).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(view->currentIndex().row() == 1); // the selection followed it

    // Unticking through the check box's model role opens it again; undo of that closes it.
    CHECK(model->setData(model->index(1, FollowUpListModel::Done), Qt::Unchecked, Qt::CheckStateRole));
    CHECK_FALSE(w.repo.getFollowUp(overdue)->isDone());
    CHECK(model->idAt(0) == overdue);
    w.window.undoStack()->undo();
    CHECK(w.repo.getFollowUp(overdue)->isDone());
    w.window.undoStack()->undo();
    CHECK_FALSE(w.repo.getFollowUp(overdue)->isDone());

    // Editing the due date in place (F2) goes through undo too.
    CHECK(model->setData(model->index(0, FollowUpListModel::Due), w.today.addDays(1)));
    CHECK(w.repo.getFollowUp(overdue)->dueDate == w.today.addDays(1));
    CHECK(model->idAt(0) == overdue);
    CHECK(model->index(0, FollowUpListModel::Status).data().toString() == QStringLiteral("Due tomorrow"));
    w.window.undoStack()->undo();
    CHECK(w.repo.getFollowUp(overdue)->dueDate == w.today.addDays(-2));

    // Someone else's, and the unassigned ones.
    QComboBox *who = w.followUps->whoField();
    who->setCurrentIndex(who->findData(w.pieter));
    w.waitFor(model);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->idAt(0) == pieters);
    who->setCurrentIndex(who->count() - 1);
    w.waitFor(model);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->idAt(0) == nobodys);

    // Double-click (activation) opens the customer at its follow-ups.
    emit view->activated(model->index(0, FollowUpListModel::Customer));
    CHECK(w.window.currentPage() == w.page);
    CHECK(w.page->editor()->original().id == w.anna);
}

TEST_CASE("The card shows the customer's follow-ups, and ticking one there marks it done", "[ui][followups]")
{
    FollowUpWindow w;
    const qint64 first = w.addFollowUp(w.anna, w.today.addDays(-1), w.me, QStringLiteral("call back"));
    w.addFollowUp(w.anna, w.today.addDays(3), w.pieter, QStringLiteral("send brochure"));
    w.addFollowUp(w.ben, w.today, w.me, QStringLiteral("not on this card"));
    w.window.showPage(w.page);
    w.page->showCustomer(w.anna, CustomersPage::Card::FollowUps);
    CustomerFollowUpsPanel *panel = w.page->followUpsPanel();
    REQUIRE(panel->isVisible());
    FollowUpListModel *model = panel->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->idAt(0) == first);
    auto *tabs = w.page->editor()->findChild<QTabWidget *>();
    REQUIRE(tabs);
    CHECK(tabs->tabToolTip(2).contains(QStringLiteral("1 overdue")));
    CHECK_FALSE(tabs->tabIcon(2).isNull());

    QTreeView *view = panel->view();
    view->setFocus();
    view->setCurrentIndex(model->index(0, FollowUpListModel::Note));
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(w.repo.getFollowUp(first)->isDone());
    CHECK(model->idAt(1) == first); // done ones after open ones
    CHECK(tabs->tabText(2).contains(QStringLiteral("(1)")));

    // The follow-ups page of the same person sees the change without reading again.
    w.window.showPage(w.followUps);
    w.waitFor(w.followUps->model());
    CHECK(w.followUps->model()->rowOf(first) < 0);
    w.window.undoStack()->undo();
    CHECK(w.followUps->model()->rowOf(first) == 0);
    CHECK(panel->model()->idAt(0) == first);

    // A new customer has no follow-ups tab to go to yet.
    w.window.showPage(w.page);
    w.page->newAction()->trigger();
    CHECK_FALSE(tabs->isTabEnabled(2));
    CHECK(tabs->currentIndex() == 0);
    w.page->editor()->cancel();
}
