// The customer editor and page driven as a user would: keys, shortcuts, undo and redo.
#include "TestSupport.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "customers/CustomerController.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListView.h"
#include "customers/CustomersPage.h"
#include "customers/SaveConflictDialog.h"
#include "demo/DemoDataPanel.h"
#include "privacy/ChangeHistory.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QImage>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace relatio;
using relatio::test::TempDatabase;
using relatio::test::whenOpen;

namespace {

struct Window
{
    TempDatabase t;
    MainWindow window{t.db};
    CustomersPage *page = window.customersPage();
    CustomerEditor *editor = page->editor();
    CustomerRepository &repo = page->controller()->repository();
    QUndoStack *undo = window.undoStack();

    Window()
    {
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    // The editor's line edits in form order: given, family, organisation name, member of, e-mail,
    // other e-mail, mobile, phone, street, postcode, city, tags.
    QList<QLineEdit *> edits() const
    {
        QList<QLineEdit *> all;
        for (QLineEdit *e : editor->findChildren<QLineEdit *>())
            if (!e->parent()->inherits("QComboBox") && !e->parent()->inherits("QAbstractSpinBox"))
                all.append(e);
        return all;
    }

    void type(int fieldIndex, const QString &text)
    {
        QLineEdit *e = edits().at(fieldIndex);
        e->setFocus();
        e->selectAll();
        QTest::keyClicks(e, text);
        // Leaving the field marks it touched, as a user tabbing on does.
        QMetaObject::invokeMethod(e, "editingFinished");
    }

    void waitForList()
    {
        CustomerListModel *model = page->model();
        QSignalSpy ready(model, &CustomerListModel::resultsReady);
        while (model->isLoading())
            REQUIRE(ready.wait(5000));
    }

    qint64 liveCount() { return repo.countLive().value(); }
};

enum FieldIndex { Given, Family, OrgName, MemberOf, Email, EmailAlt, Mobile, Phone, Street, Postcode, City, Tags };

} // namespace

TEST_CASE("The application icon is built in, in every size", "[ui]")
{
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QImage image(QStringLiteral(":/icons/relatio-%1.png").arg(size));
        CAPTURE(size);
        CHECK(image.size() == QSize(size, size));
    }
}

TEST_CASE("An empty database offers demo data, and loading it shows the list", "[ui]")
{
    Window w;
    auto *stack = w.window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() == w.window.demoPanel());
    QSignalSpy loaded(w.window.demoPanel(), &DemoDataPanel::demoLoaded);
    w.window.demoPanel()->startLoading(300);
    REQUIRE(loaded.wait(20000));
    CHECK(loaded.first().first().toLongLong() == 300);
    CHECK(stack->currentWidget() == w.page);
    w.waitForList();
    CHECK(w.page->model()->rowCount() == 300);
}

TEST_CASE("Ctrl+N, typing and Ctrl+S create a customer, Ctrl+Z and Ctrl+Shift+Z undo and redo it", "[ui]")
{
    Window w;
    QTest::keyClick(&w.window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(w.editor->isNew());
    w.type(Given, QStringLiteral("Sanne"));
    w.type(Family, QStringLiteral("de Wit"));
    w.type(Email, QStringLiteral("sanne@dewit.example"));
    w.type(Mobile, QStringLiteral("0612345678"));
    // The number is shown formatted once the field is left.
    CHECK(w.edits().at(Mobile)->text() == QStringLiteral("06 12345678"));
    QTest::keyClick(&w.window, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(w.liveCount() == 1);
    const Customer saved = w.editor->original();
    CHECK(saved.id > 0);
    CHECK(saved.mobile == QStringLiteral("+31612345678"));
    CHECK_FALSE(w.editor->isModified());
    w.waitForList();
    CHECK(w.page->listView()->currentId() == saved.id);

    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.liveCount() == 0);
    CHECK(w.repo.get(saved.id)->isDeleted()); // undo of a create leaves a tombstone
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(w.liveCount() == 1);
    CHECK_FALSE(w.repo.get(saved.id)->isDeleted());
}

TEST_CASE("Invalid input is named beside its field and nothing is saved", "[ui]")
{
    Window w;
    w.page->newAction()->trigger();
    w.type(Family, QStringLiteral("Jansen"));
    w.type(Email, QStringLiteral("jan@"));
    CHECK(w.editor->messageFor(CustomerField::Email).contains(QStringLiteral("not a valid e-mail address")));
    w.type(Phone, QStringLiteral("12"));
    CHECK(w.editor->messageFor(CustomerField::Phone).contains(QStringLiteral("not a valid phone number")));
    CHECK(w.editor->messageFor(CustomerField::FamilyName).isEmpty());
    CHECK_FALSE(w.editor->save());
    CHECK(w.liveCount() == 0);

    w.type(Email, QStringLiteral("jan@jansen.example"));
    w.edits().at(Phone)->clear();
    CHECK(w.editor->messageFor(CustomerField::Email).isEmpty());
    CHECK(w.editor->save());
    CHECK(w.liveCount() == 1);
}

TEST_CASE("A record that looks like an existing one gets a warning with a link, not a block", "[ui]")
{
    Window w;
    Customer existing;
    existing.givenName = QStringLiteral("Ola");
    existing.familyName = QStringLiteral("Nordmann");
    existing.email = QStringLiteral("ola@nordmann.example");
    existing.country = QStringLiteral("NO");
    const qint64 id = w.repo.create(existing).value();
    w.page->reloadAll();
    w.waitForList();

    w.page->newAction()->trigger();
    w.type(Given, QStringLiteral("O."));
    w.type(Family, QStringLiteral("Nordmann"));
    w.type(Email, QStringLiteral("OLA@nordmann.example"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.editor->duplicateWarning().isEmpty(), 3000);
    CHECK(w.editor->duplicateWarning().contains(QStringLiteral("Ola Nordmann")));
    CHECK(w.editor->duplicateWarning().contains(QStringLiteral("href=\"%1\"").arg(id)));
    CHECK(w.editor->save()); // a warning, not a block
    CHECK(w.liveCount() == 2);
}

TEST_CASE("Editing, deleting and restoring are undoable", "[ui]")
{
    Window w;
    Customer c;
    c.givenName = QStringLiteral("Kari");
    c.familyName = QStringLiteral("Hansen");
    c.city = QStringLiteral("Bergen");
    c.country = QStringLiteral("NO");
    const qint64 id = w.repo.create(c).value();
    w.page->reloadAll();
    w.waitForList();
    w.page->listView()->selectId(id);
    REQUIRE(w.editor->original().id == id);

    w.type(City, QStringLiteral("Trondheim"));
    CHECK(w.editor->isModified());
    // Escape drops the edit.
    QTest::keyClick(w.edits().at(City), Qt::Key_Escape);
    CHECK(w.edits().at(City)->text() == QStringLiteral("Bergen"));
    CHECK_FALSE(w.editor->isModified());

    w.type(City, QStringLiteral("Trondheim"));
    QTest::keyClick(w.edits().at(City), Qt::Key_Return);
    CHECK(w.repo.get(id)->city == QStringLiteral("Trondheim"));
    w.undo->undo();
    CHECK(w.repo.get(id)->city == QStringLiteral("Bergen"));
    CHECK(w.edits().at(City)->text() == QStringLiteral("Bergen")); // the editor follows
    w.undo->redo();
    CHECK(w.repo.get(id)->city == QStringLiteral("Trondheim"));

    // Delete from the list with the Delete key.
    w.waitForList();
    w.page->listView()->table()->setFocus();
    QTest::keyClick(w.page->listView()->table(), Qt::Key_Delete);
    CHECK(w.repo.get(id)->isDeleted());
    w.undo->undo();
    CHECK_FALSE(w.repo.get(id)->isDeleted());
    w.undo->redo();
    CHECK(w.repo.get(id)->isDeleted());

    // Restore from the deleted view.
    CustomerCriteria deleted = w.page->model()->criteria();
    deleted.deleted = true;
    w.page->model()->setCriteria(deleted);
    w.waitForList();
    w.page->listView()->selectId(id);
    w.page->restoreAction()->trigger();
    CHECK_FALSE(w.repo.get(id)->isDeleted());
    w.undo->undo();
    CHECK(w.repo.get(id)->isDeleted());
}

TEST_CASE("A person can be linked to a new organisation, made in the same undo step", "[ui]")
{
    Window w;
    w.page->newAction()->trigger();
    w.type(Given, QStringLiteral("Lotte"));
    w.type(Family, QStringLiteral("Peeters"));
    w.type(MemberOf, QStringLiteral("Peeters & Zonen BVBA"));
    CHECK(w.editor->messageFor(CustomerField::Organisation).contains(QStringLiteral("will be created")));
    REQUIRE(w.editor->save());
    CHECK(w.liveCount() == 2);
    const Customer lotte = w.editor->original();
    CHECK(lotte.organisationLabel == QStringLiteral("Peeters & Zonen BVBA"));
    CHECK(w.repo.get(lotte.organisationId)->isPerson() == false);
    w.undo->undo(); // one step takes both away
    CHECK(w.liveCount() == 0);
}

TEST_CASE("Search field and count in the status text", "[ui]")
{
    Window w;
    for (const char *name : {"Anna Bakker", "Anne Vos", "Bram Smit"}) {
        Customer c;
        const QStringList parts = QString::fromLatin1(name).split(QLatin1Char(' '));
        c.givenName = parts[0];
        c.familyName = parts[1];
        REQUIRE(w.repo.create(c));
    }
    w.page->reloadAll();
    w.waitForList();
    CHECK(w.page->listView()->countText() == QStringLiteral("3 customers"));
    QTest::keyClick(&w.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == w.page->listView()->searchField());
    QTest::keyClicks(w.page->listView()->searchField(), QStringLiteral("ann"));
    w.waitForList();
    CHECK(w.page->model()->rowCount() == 2);
    CHECK(w.page->listView()->countText() == QStringLiteral("2 of 3 customers match"));
}

TEST_CASE("The window remembers its column widths and sort order", "[ui]")
{
    QSettings().clear();
    {
        Window w;
        QHeaderView *header = w.page->listView()->table()->horizontalHeader();
        header->resizeSection(CustomerListModel::Email, 333);
        header->setSortIndicator(CustomerListModel::City, Qt::DescendingOrder);
        w.window.close();
    }
    Window again;
    QHeaderView *header = again.page->listView()->table()->horizontalHeader();
    CHECK(header->sectionSize(CustomerListModel::Email) == 333);
    CHECK(header->sortIndicatorSection() == CustomerListModel::City);
    CHECK(again.page->model()->criteria().sort == CustomerSort::City);
    CHECK(again.page->model()->criteria().descending);
    QSettings().clear();
}

namespace {

struct Colleague
{
    DatabasePtr db;
    std::unique_ptr<CustomerRepository> repo;

    explicit Colleague(const QString &path)
    {
        db = Database::open(path).value();
        repo = std::make_unique<CustomerRepository>(db);
        repo->setActor(QStringLiteral("Bert"));
    }

    void saves(qint64 id, const std::function<void(Customer &)> &edit)
    {
        Customer c = repo->get(id).value();
        edit(c);
        REQUIRE(repo->update(c));
    }
};

} // namespace

TEST_CASE("Saving over a change made elsewhere asks per field, and merges the rest", "[ui][save-conflict]")
{
    Window w;
    Customer c;
    c.givenName = QStringLiteral("Kari");
    c.familyName = QStringLiteral("Hansen");
    c.email = QStringLiteral("kari@example.no");
    c.city = QStringLiteral("Bergen");
    c.country = QStringLiteral("NO");
    const qint64 id = w.repo.create(c).value();
    w.page->reloadAll();
    w.waitForList();
    w.page->listView()->selectId(id);
    REQUIRE(w.editor->original().id == id);

    // Kari's card is open; a colleague (or a sync) changes her meanwhile.
    Colleague bert(w.t.path);
    bert.saves(id, [](Customer &k) {
        k.city = QStringLiteral("Molde");
        k.email = QStringLiteral("kari.hansen@firma.no");
    });
    w.type(City, QStringLiteral("Trondheim"));
    w.type(Street, QStringLiteral("Kaiveien 1"));

    SECTION("choosing theirs for the clashing field keeps both edits")
    {
        bool seen = false;
        whenOpen<SaveConflictDialog>(
            [&seen](SaveConflictDialog *dialog) {
                seen = true;
                // Only the city clashes; the e-mail address was merged without asking.
                CHECK(dialog->findChild<QRadioButton *>(QStringLiteral("city/0"))->text() == QStringLiteral("Trondheim"));
                CHECK(dialog->findChild<QRadioButton *>(QStringLiteral("city/1"))->text() == QStringLiteral("Molde"));
                CHECK(dialog->findChild<QRadioButton *>(QStringLiteral("city/2"))->text() == QStringLiteral("Bergen"));
                CHECK(dialog->findChild<QRadioButton *>(QStringLiteral("email/0")) == nullptr);
                CHECK(dialog->findChild<QLabel *>(QStringLiteral("city/who"))->text().startsWith(QStringLiteral("Bert, ")));
                CHECK(dialog->findChild<QLabel *>(QStringLiteral("intro"))->text().contains(
                    ChangeHistory::fieldLabel(QStringLiteral("email"))));
                CHECK(dialog->findChild<QRadioButton *>(QStringLiteral("city/0"))->isChecked());
                dialog->findChild<QRadioButton *>(QStringLiteral("city/1"))->click();
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
            });
        QTest::keyClick(w.edits().at(City), Qt::Key_Return);
        CHECK(seen);
        const Customer stored = w.repo.get(id).value();
        CHECK(stored.city == QStringLiteral("Molde"));
        CHECK(stored.street == QStringLiteral("Kaiveien 1"));
        CHECK(stored.email == QStringLiteral("kari.hansen@firma.no"));
        CHECK_FALSE(w.editor->isModified());
        CHECK(w.edits().at(City)->text() == QStringLiteral("Molde"));

        // Undo takes back this save only: the colleague's change stays.
        w.undo->undo();
        const Customer undone = w.repo.get(id).value();
        CHECK(undone.street.isEmpty());
        CHECK(undone.city == QStringLiteral("Molde"));
        CHECK(undone.email == QStringLiteral("kari.hansen@firma.no"));
    }
    SECTION("going back to editing saves nothing and keeps the typing")
    {
        bool seen = false;
        whenOpen<SaveConflictDialog>(
            [&seen](SaveConflictDialog *dialog) {
                seen = true;
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("back")), Qt::LeftButton);
            });
        QSignalSpy status(w.page, &CustomersPage::statusMessage);
        QTest::keyClick(w.edits().at(City), Qt::Key_Return);
        CHECK(seen);
        const Customer stored = w.repo.get(id).value();
        CHECK(stored.city == QStringLiteral("Molde"));
        CHECK(stored.street.isEmpty());
        CHECK(w.editor->isModified());
        CHECK(w.edits().at(City)->text() == QStringLiteral("Trondheim"));
        REQUIRE_FALSE(status.isEmpty());
        CHECK(status.last().at(0).toString().contains(QStringLiteral("Not saved")));
    }
}

TEST_CASE("A change made elsewhere to other fields is merged without asking, and said", "[ui][save-conflict]")
{
    Window w;
    Customer c;
    c.givenName = QStringLiteral("Sander");
    c.familyName = QStringLiteral("de Vries");
    c.city = QStringLiteral("Utrecht");
    c.country = QStringLiteral("NL");
    const qint64 id = w.repo.create(c).value();
    w.page->reloadAll();
    w.waitForList();
    w.page->listView()->selectId(id);

    w.type(Postcode, QStringLiteral("3511 AB"));
    Colleague bert(w.t.path);
    bert.saves(id, [](Customer &s) { s.email = QStringLiteral("sander@devries.nl"); });
    QSignalSpy status(w.page, &CustomersPage::statusMessage);
    // A sync ending (or an import) reloads the page: the user, still typing, is told at once.
    w.page->reloadAll();
    REQUIRE_FALSE(status.isEmpty());
    CHECK(status.last().at(0).toString().contains(QStringLiteral("changed elsewhere while you are editing")));
    CHECK(w.editor->isModified());
    CHECK(w.edits().at(Postcode)->text() == QStringLiteral("3511 AB"));
    QTest::keyClick(w.edits().at(Postcode), Qt::Key_Return);
    REQUIRE(QApplication::activeModalWidget() == nullptr);
    const Customer stored = w.repo.get(id).value();
    CHECK(stored.postcode == QStringLiteral("3511 AB"));
    CHECK(stored.email == QStringLiteral("sander@devries.nl"));
    CHECK(w.edits().at(Email)->text() == QStringLiteral("sander@devries.nl"));
    REQUIRE_FALSE(status.isEmpty());
    CHECK(status.last().at(0).toString().contains(ChangeHistory::fieldLabel(QStringLiteral("email"))));
}

TEST_CASE("Backing out of a clash leaves no organisation made for the save", "[ui][save-conflict]")
{
    Window w;
    Customer c;
    c.givenName = QStringLiteral("Lotte");
    c.familyName = QStringLiteral("Peeters");
    c.city = QStringLiteral("Gent");
    c.country = QStringLiteral("BE");
    const qint64 id = w.repo.create(c).value();
    w.page->reloadAll();
    w.waitForList();
    w.page->listView()->selectId(id);
    Colleague bert(w.t.path);
    bert.saves(id, [](Customer &l) { l.city = QStringLiteral("Brugge"); });

    w.type(City, QStringLiteral("Antwerpen"));
    w.type(MemberOf, QStringLiteral("Peeters & Zonen BVBA"));
    bool seen = false;
    whenOpen<SaveConflictDialog>([&seen](SaveConflictDialog *dialog) {
        seen = true;
        dialog->reject();
    });
    CHECK(w.editor->save());
    CHECK(seen);
    CHECK(w.liveCount() == 1);          // no stray organisation
    CHECK(w.repo.get(id)->city == QStringLiteral("Brugge"));
    CHECK(w.editor->isModified());

    // Saving again, now choosing theirs for the city, makes the organisation once.
    whenOpen<SaveConflictDialog>([](SaveConflictDialog *dialog) {
        dialog->chooseAll(SaveConflictDialog::Theirs);
        dialog->accept();
    });
    CHECK(w.editor->save());
    CHECK(w.liveCount() == 2);
    const Customer lotte = w.repo.get(id).value();
    CHECK(lotte.city == QStringLiteral("Brugge"));
    CHECK(lotte.organisationLabel == QStringLiteral("Peeters & Zonen BVBA"));
}
