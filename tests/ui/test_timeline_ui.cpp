// The customer card's contacts and the complaints page, driven as a user would: keys, buttons,
// undo and redo.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "customers/CustomerController.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListView.h"
#include "customers/CustomersPage.h"
#include "customers/SaveConflictDialog.h"
#include "interactions/ComplaintListModel.h"
#include "interactions/ComplaintsPage.h"
#include "interactions/ContactEntryForm.h"
#include "interactions/ContactsPanel.h"
#include "interactions/InteractionController.h"
#include "interactions/TimelineModel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace relatio;
using relatio::test::TempDatabase;
using relatio::test::whenOpen;

namespace {

struct CardWindow
{
    TempDatabase t;
    MainWindow window{t.db};
    CustomersPage *page = window.customersPage();
    InteractionController *interactions = window.findChild<InteractionController *>();
    ContactsPanel *contacts = page->contactsPanel();
    InteractionRepository &repo = interactions->repository();
    qint64 me = 0;

    CardWindow()
    {
        REQUIRE(interactions);
        REQUIRE(contacts);
        me = *page->controller()->repository().ensureOwner(QStringLiteral("Sanne de Jong"));
        interactions->currentUser()->setOwnerId(me);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    ~CardWindow() { interactions->currentUser()->setOwnerId(0); }

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

    qint64 addContact(qint64 customerId, const QDateTime &when, InteractionKind kind, const QString &subject,
                      qint64 channel = 1)
    {
        Interaction i;
        i.customerId = customerId;
        i.occurredAt = when;
        i.channelId = channel;
        i.kind = kind;
        i.subject = subject;
        auto id = repo.create(i);
        REQUIRE(id);
        return *id;
    }
};

} // namespace

TEST_CASE("Quick entry by keyboard on the card creates a contact that shows at once", "[ui][timeline]")
{
    CardWindow w;
    const qint64 anna = w.addCustomer(QStringLiteral("Jansen"));
    w.window.showPage(w.page);
    w.page->showCustomer(anna, CustomersPage::Card::Details);
    REQUIRE(w.contacts->customerId() == anna);
    CHECK(w.contacts->model()->rowCount() == 0);

    // Ctrl+Shift+N from anywhere on the page opens the entry with the channel field focused.
    w.page->editor()->focusFirstField();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ContactEntryForm *entry = w.contacts->entryForm();
    REQUIRE(entry->isVisible());
    CHECK(QApplication::focusWidget() == entry->channelField());

    // Channel (keep), Tab, direction (keep), Tab, kind: "C" picks Complaint, Tab, when (now), Tab, subject.
    auto key = [](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), k, m);
    };
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == entry->kindField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("C"));
    CHECK(entry->kindField()->currentData().toInt() == int(InteractionKind::Complaint));
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == entry->subjectField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Parcel never arrived"));
    key(Qt::Key_Tab);
    REQUIRE(qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ordered on the 3rd."));
    key(Qt::Key_Return, Qt::ShiftModifier); // a new line, not a save
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Track and trace is silent."));
    CHECK(entry->isVisible());
    key(Qt::Key_Return);
    CHECK_FALSE(entry->isVisible());

    auto timeline = w.repo.timeline(anna);
    REQUIRE(timeline);
    REQUIRE(timeline->size() == 1);
    const Interaction saved = timeline->first();
    CHECK(saved.subject == QStringLiteral("Parcel never arrived"));
    CHECK(saved.notes == QStringLiteral("Ordered on the 3rd.\nTrack and trace is silent."));
    CHECK(saved.kind == InteractionKind::Complaint);
    CHECK(saved.channelId == 1);
    CHECK(saved.direction == Direction::In);
    CHECK(saved.handledById == w.me);
    CHECK(std::abs(saved.occurredAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    // It is on the timeline, selected, without reading the customer again.
    REQUIRE(w.contacts->model()->rowCount() == 1);
    CHECK(w.contacts->currentInteractionId() == saved.id);

    // Undo takes it away, redo brings it back.
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.contacts->model()->rowCount() == 0);
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.contacts->model()->rowCount() == 1);

    // Escape closes the entry without saving, and leaves the customer's details alone.
    w.page->newContactAction()->trigger();
    REQUIRE(entry->isVisible());
    entry->subjectField()->setFocus();
    QTest::keyClicks(entry->subjectField(), QStringLiteral("never mind"));
    key(Qt::Key_Escape);
    CHECK_FALSE(entry->isVisible());
    CHECK(w.repo.timeline(anna)->size() == 1);
    CHECK(w.page->editor()->hasCustomer());

    // Nothing to tell it apart: refused, with the reason.
    w.page->newContactAction()->trigger();
    key(Qt::Key_Return);
    CHECK(entry->isVisible());
    CHECK_FALSE(entry->errorText().isEmpty());
    CHECK(w.repo.timeline(anna)->size() == 1);
}

TEST_CASE("The card following another customer leaves the keyboard where it is", "[ui][timeline]")
{
    CardWindow w;
    const qint64 anna = w.addCustomer(QStringLiteral("Jansen"));
    const qint64 bram = w.addCustomer(QStringLiteral("Bakker"));
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(-2);
    w.addContact(anna, when, InteractionKind::Question, QStringLiteral("Called about the offer"));
    w.addContact(bram, when, InteractionKind::Feedback, QStringLiteral("Visit"));
    w.window.showPage(w.page);
    w.page->showCustomer(anna, CustomersPage::Card::Contacts);
    QWidget *timeline = w.contacts->findChild<QWidget *>(QStringLiteral("timeline"));
    REQUIRE(timeline->isVisible());

    // Typing a search: the card follows the selection, and the keys must go on into the field.
    QLineEdit *search = w.page->listView()->searchField();
    search->setFocus();
    REQUIRE(QApplication::focusWidget() == search);
    w.contacts->setCustomer(bram, true);
    REQUIRE(w.contacts->customerId() == bram);
    CHECK(QApplication::focusWidget() == search);

    // A form the user was typing in, closed with Escape, hands the keyboard to the timeline.
    w.page->editor()->focusFirstField();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ContactEntryForm *entry = w.contacts->entryForm();
    REQUIRE(entry->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(entry->isVisible());
    CHECK(QApplication::focusWidget() == timeline);

    // An open form closed by choosing another customer leaves the keyboard in the search field.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(entry->isVisible());
    search->setFocus();
    w.contacts->setCustomer(anna, true);
    CHECK_FALSE(entry->isVisible());
    CHECK(QApplication::focusWidget() == search);
}

TEST_CASE("A contact on the card is edited with Enter and deleted with Delete, undoably", "[ui][timeline]")
{
    CardWindow w;
    const qint64 anna = w.addCustomer(QStringLiteral("Jansen"));
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-3);
    const qint64 older = w.addContact(anna, base, InteractionKind::Question, QStringLiteral("opening hours"));
    const qint64 newer = w.addContact(anna, base.addDays(1), InteractionKind::Order, QStringLiteral("order 1234"), 2);
    w.window.showPage(w.page);
    w.page->showCustomer(anna, CustomersPage::Card::Contacts);
    TimelineModel *model = w.contacts->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->idAt(0) == newer);
    QListView *view = w.contacts->view();
    REQUIRE(view->isVisible());

    view->setFocus();
    view->setCurrentIndex(model->index(1, TimelineModel::Subject));
    QTest::keyClick(view, Qt::Key_Return);
    ContactEntryForm *entry = w.contacts->entryForm();
    REQUIRE(entry->isVisible());
    REQUIRE(QApplication::focusWidget() == entry->subjectField());
    entry->subjectField()->selectAll();
    QTest::keyClicks(entry->subjectField(), QStringLiteral("opening hours at Easter"));
    QTest::keyClick(entry->subjectField(), Qt::Key_Return);
    CHECK_FALSE(entry->isVisible());
    const Interaction edited = *w.repo.get(older);
    CHECK(edited.subject == QStringLiteral("opening hours at Easter"));
    CHECK(edited.occurredAt == w.repo.get(older)->occurredAt);
    CHECK(edited.occurredAt.toMSecsSinceEpoch() / 1000 == base.toMSecsSinceEpoch() / 1000);
    CHECK(model->index(1, TimelineModel::Subject).data().toString() == QStringLiteral("opening hours at Easter"));

    // Filter by kind on the card.
    auto *kinds = w.contacts->findChildren<QComboBox *>().at(1);
    kinds->setCurrentIndex(kinds->findData(int(InteractionKind::Order)));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->idAt(0) == newer);
    kinds->setCurrentIndex(0);
    REQUIRE(model->rowCount() == 2);

    view->setFocus();
    view->setCurrentIndex(model->index(0, TimelineModel::Subject));
    QTest::keyClick(view, Qt::Key_Delete);
    REQUIRE(model->rowCount() == 1);
    CHECK(w.repo.get(newer)->deletedAt.isValid());
    CHECK(w.contacts->currentInteractionId() == older);
    // The customer stays: Delete in the timeline deletes the contact only.
    CHECK_FALSE(w.page->controller()->repository().get(anna)->isDeleted());
    w.window.undoStack()->undo();
    CHECK(model->rowCount() == 2);
    CHECK_FALSE(w.repo.get(newer)->deletedAt.isValid());
    w.window.undoStack()->undo(); // the edit
    CHECK(w.repo.get(older)->subject == QStringLiteral("opening hours"));
}

TEST_CASE("A complaint is taken, resolved and reopened on the complaints page", "[ui][complaints]")
{
    CardWindow w;
    const qint64 anna = w.addCustomer(QStringLiteral("Jansen"));
    const qint64 ben = w.addCustomer(QStringLiteral("Bakker"));
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-2);
    const qint64 social = w.addContact(ben, base, InteractionKind::Complaint, QStringLiteral("rude driver"), 5);
    const qint64 mail = w.addContact(anna, base.addSecs(3600), InteractionKind::Complaint, QStringLiteral("late"), 2);
    w.addContact(anna, base, InteractionKind::Question, QStringLiteral("a question"));

    auto *complaints = w.window.findChild<ComplaintsPage *>();
    REQUIRE(complaints);
    w.window.showPage(complaints);
    ComplaintListModel *model = complaints->model();
    QSignalSpy loaded(model, &ComplaintListModel::loaded);
    if (model->isLoading() || model->rowCount() == 0)
        REQUIRE(loaded.wait(10000));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->idAt(0) == social); // oldest first
    QTreeView *view = complaints->view();
    view->setCurrentIndex(model->index(0, ComplaintListModel::Customer));

    auto button = [complaints](const QString &text) {
        for (QPushButton *b : complaints->findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        FAIL("no button " << text.toStdString());
        return static_cast<QPushButton *>(nullptr);
    };
    QTest::mouseClick(button(QStringLiteral("Take It")), Qt::LeftButton);
    Interaction taken = *w.repo.get(social);
    CHECK(taken.takenById == w.me);
    CHECK(taken.takenAt.isValid());
    CHECK(model->index(0, ComplaintListModel::TakenBy).data().toString() == QStringLiteral("Sanne de Jong"));
    CHECK_FALSE(button(QStringLiteral("Take It"))->isEnabled());
    CHECK(button(QStringLiteral("Give Back"))->isEnabled());

    QTest::mouseClick(button(QStringLiteral("Resolved")), Qt::LeftButton);
    CHECK(w.repo.get(social)->resolvedAt.isValid());
    REQUIRE(model->rowCount() == 1);
    CHECK(model->idAt(0) == mail);
    // Undo brings it back to the open list, still taken.
    w.window.undoStack()->undo();
    REQUIRE(model->rowCount() == 2);
    CHECK(w.repo.get(social)->takenById == w.me);
    w.window.undoStack()->redo();
    REQUIRE(model->rowCount() == 1);

    // Resolving one nobody took records the resolver as who took it.
    view->setCurrentIndex(model->index(0, ComplaintListModel::Customer));
    QTest::mouseClick(button(QStringLiteral("Resolved")), Qt::LeftButton);
    CHECK(w.repo.get(mail)->takenById == w.me);
    CHECK(model->rowCount() == 0);

    complaints->showResolved(true);
    if (model->isLoading())
        REQUIRE(loaded.wait(10000));
    REQUIRE(model->rowCount() == 2);
    CHECK(model->idAt(0) == mail); // the latest resolved first
    CHECK(model->index(1, ComplaintListModel::TakenBy).data().toString() == QStringLiteral("Sanne de Jong"));
    view->setCurrentIndex(model->index(1, ComplaintListModel::Customer));
    QTest::mouseClick(button(QStringLiteral("Reopen")), Qt::LeftButton);
    CHECK_FALSE(w.repo.get(social)->resolvedAt.isValid());
    CHECK(model->rowCount() == 1);

    // Opening a complaint shows its customer's contacts with it selected.
    complaints->showResolved(false);
    if (model->isLoading())
        REQUIRE(loaded.wait(10000));
    REQUIRE(model->rowCount() == 1);
    view->setCurrentIndex(model->index(0, ComplaintListModel::Customer));
    emit view->activated(view->currentIndex());
    CHECK(w.window.currentPage() == w.page);
    CHECK(w.page->editor()->original().id == ben);
    CHECK(w.contacts->currentInteractionId() == social);
}

TEST_CASE("A customer with thousands of contacts opens with one page of its timeline", "[ui][timeline]")
{
    CardWindow w;
    const qint64 anna = w.addCustomer(QStringLiteral("Jansen"));
    {
        QSqlDatabase db = w.t.db->connection();
        db.transaction();
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-400);
        for (int n = 0; n < 5000; ++n)
            w.addContact(anna, base.addSecs(n * 3600), InteractionKind::Question, QStringLiteral("call %1").arg(n));
        db.commit();
    }
    QElapsedTimer timer;
    timer.start();
    w.window.showPage(w.page);
    w.page->showCustomer(anna, CustomersPage::Card::Contacts);
    QApplication::processEvents();
    CHECK(timer.elapsed() < 1500);
    TimelineModel *model = w.contacts->model();
    CHECK(model->rowCount() == TimelineModel::kPageSize);
    CHECK(model->totalCount() == 5000);
    CHECK(model->index(0, TimelineModel::Subject).data().toString() == QStringLiteral("call 4999"));
    // Scrolling to the end reads the next page.
    w.contacts->view()->scrollToBottom();
    QApplication::processEvents();
    CHECK(model->rowCount() > TimelineModel::kPageSize);
}

TEST_CASE("Saving a contact someone else changed meanwhile merges, and asks on a clash", "[ui][timeline][save-conflict]")
{
    CardWindow w;
    const qint64 anna = w.addCustomer(QStringLiteral("Visser"));
    const qint64 id = w.addContact(anna, QDateTime::currentDateTimeUtc().addDays(-1), InteractionKind::Complaint,
                                   QStringLiteral("late delivery"));
    w.window.showPage(w.page);
    w.page->showCustomer(anna, CustomersPage::Card::Contacts);
    ContactEntryForm *entry = w.contacts->entryForm();
    entry->startEdit(w.repo.get(id).value());
    REQUIRE(entry->isVisible());

    // A colleague on the same file rewrites the subject meanwhile.
    DatabasePtr other = Database::open(w.t.path).value();
    InteractionRepository bert(other);
    Interaction his = bert.get(id).value();
    his.subject = QStringLiteral("delivery two days late");
    REQUIRE(bert.update(his, bert.get(id).value(), nullptr));

    entry->subjectField()->setText(QStringLiteral("late delivery, wants a discount"));
    bool asked = false;
    whenOpen<SaveConflictDialog>([&asked](SaveConflictDialog *dialog) {
        asked = true;
        CHECK(dialog->findChild<QRadioButton *>(QStringLiteral("subject/1"))->text() == QStringLiteral("delivery two days late"));
        dialog->chooseAll(SaveConflictDialog::Yours);
        dialog->accept();
    });
    REQUIRE(entry->save());
    CHECK(asked);
    CHECK(w.repo.get(id)->subject == QStringLiteral("late delivery, wants a discount"));
    CHECK_FALSE(entry->isVisible());
}
