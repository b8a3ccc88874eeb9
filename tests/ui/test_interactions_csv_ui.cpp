// The contacts import wizard and export dialog driven as a user would, against a temporary database.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "csv/CsvActions.h"
#include "csv/InteractionExportDialog.h"
#include "csv/InteractionImportWizard.h"
#include "customers/CustomerRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace relatio;
using relatio::test::TempDatabase;

namespace {

// Dutch headers as Excel in Dutch settings writes them, and a column that is not a contacts one.
// Line 3 names a customer that does not exist.
const char kContacts[] = "Klantnummer;Datum;Kanaal;Richting;Soort;Onderwerp;Tevredenheid;Kleur\n"
                         "K-1;1-3-2024 09:30;Telefoon;inkomend;Vraag;Levering;4;rood\n"
                         "K-9;2-3-2024 10:00;E-mail;uitgaand;Klacht;Factuur;2;blauw\n"
                         "K-2;3-3-2024 11:00;Bezoek;inkomend;Bestelling;Offerte;;groen\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

void clickButton(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(4, box->height() / 2));
}

qint64 contacts(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM interaction WHERE deleted_at IS NULL")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void addCustomers(const DatabasePtr &db)
{
    CustomerRepository repo(db);
    for (const char *external : {"K-1", "K-2"}) {
        Customer c;
        c.givenName = QStringLiteral("Klant");
        c.familyName = QString::fromLatin1(external);
        c.externalId = QString::fromLatin1(external);
        REQUIRE(repo.create(c));
    }
}

} // namespace

TEST_CASE("Contacts import wizard - columns are read, the check lists problems, the good rows import",
          "[ui][interactions-csv]")
{
    // On a team database the import is made on this computer's copy of it and sent with a sync.
    test::TestStore t(GENERATE(test::StoreKind::File, test::StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    QTemporaryDir files;
    addCustomers(t.db);
    const QString path = writeFile(files, QStringLiteral("contacten.csv"), kContacts);
    QWidget window;
    QUndoStack undo;
    CsvActions actions(t.db, &undo, &window, {}, {});
    QSignalSpy customersChanged(&actions, &CsvActions::customersChanged);
    QSignalSpy interactionsChanged(&actions, &CsvActions::interactionsChanged);
    QSignalSpy status(&actions, &CsvActions::statusMessage);

    // The File menu has the contacts next to the customers.
    QMenu menu;
    actions.addTo(&menu);
    REQUIRE(menu.actions().size() == 4);
    CHECK(menu.actions().at(2) == actions.importContactsAction());
    CHECK(menu.actions().at(3) == actions.exportContactsAction());

    InteractionImportWizard *wizard = actions.openContactsImport(path);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    CHECK(wizard->preview().delimiter == QLatin1Char(';'));
    CHECK(child<QTableWidget>(wizard, "previewTable")->rowCount() == 3);
    clickButton(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == InteractionImportWizard::ColumnsPage);

    // What each column is read as; the unknown one blocks Next until it is left out.
    auto *columns = child<QTableWidget>(wizard, "contactColumnsTable");
    REQUIRE(columns->rowCount() == 8);
    CHECK(columns->item(0, 2)->text() == QStringLiteral("Customer's external id"));
    CHECK(columns->item(2, 2)->text() == QStringLiteral("Channel"));
    CHECK(columns->item(7, 2)->text() == QStringLiteral("Not a column of a contacts file"));
    auto *message = child<QLabel>(wizard, "columnsMessage");
    CHECK(message->isVisible());
    CHECK(message->text().startsWith(QStringLiteral("contacten.csv:1:8: ")));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    auto *ignore = child<QCheckBox>(wizard, "ignoreUnknown");
    REQUIRE(ignore->isVisible());
    clickBox(ignore);
    CHECK_FALSE(message->isVisible());

    clickButton(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == InteractionImportWizard::CheckPage);
    REQUIRE(QTest::qWaitFor([wizard]() { return wizard->checkSummary().has_value(); }, 10000));
    const csv::InteractionImportSummary check = *wizard->checkSummary();
    CHECK(check.rows == 3);
    CHECK(check.created == 2);
    CHECK(check.rejected == 1);
    CHECK(contacts(t.db) == 0); // a dry run writes nothing
    auto *problems = child<QTableWidget>(wizard, "problemsTable");
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("1 (Klantnummer)"));
    CHECK(problems->item(0, 2)->text().contains(QStringLiteral("K-9")));

    QAbstractButton *import = wizard->button(QWizard::CommitButton);
    CHECK_FALSE(import->isEnabled());
    CHECK(child<QLabel>(wizard, "blockedNote")->isVisible());
    const QString rejects = files.filePath(QStringLiteral("contacten-rejects.csv"));
    CHECK(child<QLineEdit>(wizard, "rejectsPath")->text() == QDir::toNativeSeparators(rejects));
    clickBox(child<QCheckBox>(wizard, "rejectsBox"));
    CHECK(import->isEnabled());

    clickButton(wizard, QWizard::CommitButton);
    REQUIRE(wizard->currentId() == InteractionImportWizard::RunPage);
    REQUIRE(QTest::qWaitFor([wizard]() { return wizard->importSummary().has_value(); }, 10000));
    const csv::InteractionImportSummary done = *wizard->importSummary();
    CHECK(done.committed);
    CHECK(done.created == 2);
    CHECK(QFile::exists(rejects));
    CHECK(child<QLabel>(wizard, "rejectsLink")->isVisible());
    CHECK(contacts(t.db) == 2);
    CHECK(child<QLabel>(wizard, "importStatus")->text().contains(QStringLiteral("Sent to the team database: ")) == !t.file);
    // The window is told to read again, and what happened.
    CHECK(interactionsChanged.size() == 1);
    CHECK(customersChanged.size() == 1);
    REQUIRE(status.size() == 1);
    CHECK(status.first().at(0).toString().contains(QStringLiteral("2 new")));
    CHECK(undo.count() == 0);
    clickButton(wizard, QWizard::FinishButton);
}

TEST_CASE("Contacts export dialog - writes the chosen period to a file that imports again", "[ui][interactions-csv]")
{
    TempDatabase t;
    addCustomers(t.db);
    const QString source = writeFile(t.dir, QStringLiteral("in.csv"),
                                     "customer_external_id,occurred_at,channel\n"
                                     "K-1,2024-03-01T10:00:00Z,phone\n"
                                     "K-2,2024-03-05T10:00:00Z,chat\n"
                                     "K-2,2024-04-05T10:00:00Z,app\n");
    REQUIRE(csv::InteractionImporter(t.db).import(source, csv::InteractionImportOptions{}));

    QWidget window;
    QUndoStack undo;
    CsvActions actions(t.db, &undo, &window, {}, {});
    QSignalSpy status(&actions, &CsvActions::statusMessage);
    InteractionExportDialog *dialog = actions.openContactsExport();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK_FALSE(child<QWidget>(dialog, "scopeSelection")->isEnabled());
    const QString target = t.dir.filePath(QStringLiteral("out.csv"));
    dialog->setTargetPath(target);
    dialog->setPeriod(QDate(2024, 3, 1), QDate(2024, 3, 31));
    QSignalSpy exported(dialog, &InteractionExportDialog::exported);
    QTest::mouseClick(child<QAbstractButton>(dialog, "exportButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&exported]() { return exported.size() == 1; }, 10000));
    CHECK(exported.first().at(0).toString().contains(QStringLiteral("2 contacts")));
    REQUIRE(status.size() == 1);
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.count('\n') == 3);

    // The export imports again without doubles.
    const auto again = csv::InteractionImporter(t.db).import(target, csv::InteractionImportOptions{});
    REQUIRE(again);
    CHECK(again->skipped == 2);
    CHECK(again->created == 0);
}

TEST_CASE("A contacts file dropped on the window opens the contacts import", "[ui][interactions-csv]")
{
    TempDatabase t;
    const QString contacts = writeFile(t.dir, QStringLiteral("contacts.csv"), kContacts);
    const QString people = writeFile(t.dir, QStringLiteral("people.csv"), "given_name,family_name,email\nA,B,a@b.example\n");
    CHECK(CsvActions::isContactsFile(contacts));
    CHECK_FALSE(CsvActions::isContactsFile(people));

    QWidget window;
    window.resize(400, 300);
    window.show();
    QUndoStack undo;
    CsvActions actions(t.db, &undo, &window, {}, {});
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(contacts)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto *wizard = window.findChild<InteractionImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->filePath() == contacts);
    wizard->reject();
}
