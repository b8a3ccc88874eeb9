// The CSV import wizard and export dialog driven as a user would, against a temporary database.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "csv/CsvActions.h"
#include "csv/ExportDialog.h"
#include "csv/ImportWizard.h"
#include "customers/CustomerController.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "interactions/CurrentUser.h"
#include "interactions/InteractionController.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace relatio;
using csv::CustomerColumn;
using relatio::test::TempDatabase;

namespace {

// Dutch headers as Excel in Dutch settings writes them; line 3 has a bad e-mail address.
const char kPeople[] = "Voornaam;Achternaam;E-mailadres;Woonplaats\n"
                       "Anna;Bakker;anna@bakker.example;Utrecht\n"
                       "Piet;Jansen;piet@;Delft\n"
                       "Kees;Vos;kees@vos.example;Leiden\n";

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

QComboBox *mappingCombo(ImportWizard *wizard, int row)
{
    auto *combo = qobject_cast<QComboBox *>(child<QTableWidget>(wizard, "mappingTable")->cellWidget(row, 2));
    REQUIRE(combo);
    return combo;
}

int mappedTo(ImportWizard *wizard, int row)
{
    return mappingCombo(wizard, row)->currentData().toInt();
}

void clickButton(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void waitForList(CustomerListModel *model)
{
    REQUIRE(QTest::qWaitFor([model]() { return !model->isLoading(); }, 5000));
}

} // namespace

TEST_CASE("Import wizard - Dutch headers are mapped, the dry run counts, the good rows import and undo", "[ui][csv]")
{
    // On a team database the import is made on this computer's copy of it and sent with a sync.
    test::TestStore t(GENERATE(test::StoreKind::File, test::StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    QTemporaryDir files;
    const QString path = writeFile(files, QStringLiteral("klanten.csv"), kPeople);
    MainWindow window(t.db);
    window.show();
    CustomersPage *page = window.customersPage();
    CustomerRepository &repo = page->controller()->repository();
    QUndoStack *undo = window.undoStack();
    // The team member at the keyboard is named in the history of what the import writes.
    auto *interactions = window.findChild<InteractionController *>();
    REQUIRE(interactions);
    interactions->currentUser()->setOwnerId(*repo.ensureOwner(QStringLiteral("Mira Hansen")));
    struct ResetUser
    {
        InteractionController *c;
        ~ResetUser() { c->currentUser()->setOwnerId(0); }
    } resetUser{interactions};
    const auto changesBy = [&t](const char *how) {
        QSqlQuery q(t.db->connection());
        q.exec(QStringLiteral("SELECT count(*), count(DISTINCT changed_by), max(changed_by) FROM customer_change"
                              " WHERE how = '%1'")
                   .arg(QLatin1String(how)));
        q.next();
        return std::tuple(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString());
    };

    // Dropping the file on the window opens the wizard with it.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto *wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->filePath() == path);
    QSignalSpy imported(wizard, &ImportWizard::imported);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    // The file page read it: semicolons, four columns, three rows.
    CHECK(wizard->preview().delimiter == QLatin1Char(';'));
    CHECK(child<QTableWidget>(wizard, "previewTable")->columnCount() == 4);
    CHECK(child<QTableWidget>(wizard, "previewTable")->rowCount() == 3);
    CHECK(child<QComboBox>(wizard, "delimiter")->currentText().contains(QStringLiteral("Semicolon")));

    clickButton(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportWizard::ColumnsPage);
    CHECK(mappedTo(wizard, 0) == int(CustomerColumn::GivenName));
    CHECK(mappedTo(wizard, 1) == int(CustomerColumn::FamilyName));
    CHECK(mappedTo(wizard, 2) == int(CustomerColumn::Email));
    CHECK(mappedTo(wizard, 3) == int(CustomerColumn::City));

    clickButton(wizard, QWizard::NextButton);
    REQUIRE(wizard->currentId() == ImportWizard::CheckPage);
    REQUIRE(QTest::qWaitFor([wizard]() { return wizard->checkSummary().has_value(); }, 5000));
    const csv::ImportSummary check = *wizard->checkSummary();
    CHECK(check.rows == 3);
    CHECK(check.created == 2);
    CHECK(check.rejected == 1);
    CHECK(repo.countLive().value() == 0); // a dry run writes nothing
    auto *problems = child<QTableWidget>(wizard, "problemsTable");
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("3 (E-mailadres)"));
    CHECK(problems->item(0, 2)->text().contains(QStringLiteral("piet@")));

    // Blocked until the user chooses to import the good rows and keep the bad one in a file.
    QAbstractButton *import = wizard->button(QWizard::CommitButton);
    CHECK_FALSE(import->isEnabled());
    CHECK(child<QLabel>(wizard, "blockedNote")->isVisible());
    const QString rejects = files.filePath(QStringLiteral("klanten-rejects.csv"));
    CHECK(child<QLineEdit>(wizard, "rejectsPath")->text() == QDir::toNativeSeparators(rejects));
    auto *rejectsBox = child<QCheckBox>(wizard, "rejectsBox");
    QTest::mouseClick(rejectsBox, Qt::LeftButton, {}, QPoint(4, rejectsBox->height() / 2));
    REQUIRE(rejectsBox->isChecked());
    CHECK(import->isEnabled());
    CHECK_FALSE(child<QLabel>(wizard, "blockedNote")->isVisible());

    clickButton(wizard, QWizard::CommitButton);
    REQUIRE(wizard->currentId() == ImportWizard::RunPage);
    REQUIRE(QTest::qWaitFor([wizard]() { return wizard->importSummary().has_value(); }, 5000));
    const csv::ImportSummary done = *wizard->importSummary();
    CHECK(done.committed);
    CHECK(done.created == 2);
    CHECK(QFile::exists(rejects));
    CHECK(child<QLabel>(wizard, "rejectsLink")->isVisible());
    // Where it went: on a team database the status says it was sent.
    const QString status = child<QLabel>(wizard, "importStatus")->text();
    CHECK(status.startsWith(QStringLiteral("The import is done.")));
    CHECK(status.contains(QStringLiteral("Sent to the team database: ")) == !t.file);
    REQUIRE(imported.size() == 1);
    CHECK(imported.first().at(1).toLongLong() == 2);
    CHECK(repo.countLive().value() == 2);
    // New records have no change rows (the history derives their creation); undo and redo do.
    CHECK(std::get<0>(changesBy("import")) == 0);

    // On the undo stack, and the list follows every step.
    REQUIRE(undo->count() == 1);
    CHECK(undo->undoText() == QStringLiteral("Import of 2 customers from klanten.csv"));
    waitForList(page->model());
    CHECK(page->model()->rowCount() == 2);
    undo->undo();
    CHECK(repo.countLive().value() == 0);
    CHECK(std::get<2>(changesBy("import_undo")) == QStringLiteral("Mira Hansen"));
    CHECK(std::get<1>(changesBy("import_undo")) == 1);
    waitForList(page->model());
    CHECK(page->model()->rowCount() == 0);
    undo->redo();
    CHECK(repo.countLive().value() == 2);
    CHECK(std::get<2>(changesBy("import_redo")) == QStringLiteral("Mira Hansen"));
    CHECK(std::get<1>(changesBy("import_redo")) == 1);
    waitForList(page->model());
    CHECK(page->model()->rowCount() == 2);

    clickButton(wizard, QWizard::FinishButton);
}

TEST_CASE("Import wizard - a changed separator re-reads the preview, and a field chosen twice blocks Next",
          "[ui][csv]")
{
    TempDatabase t;
    const QString path = writeFile(t.dir, QStringLiteral("mensen.csv"),
                                   QByteArray(kPeople) + "Ja\"n;Smit;jan@smit.example;Gouda\n");
    ImportWizard wizard(t.db, path);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *preview = child<QTableWidget>(&wizard, "previewTable");
    CHECK(preview->columnCount() == 4);
    // The stray quote on line 5 is named the way compilers name places.
    auto *problems = child<QLabel>(&wizard, "readerProblems");
    CHECK(problems->isVisible());
    CHECK(problems->text().startsWith(QStringLiteral("mensen.csv:5:")));

    auto *delimiter = child<QComboBox>(&wizard, "delimiter");
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    CHECK(preview->columnCount() == 1);
    delimiter->setCurrentIndex(0);
    CHECK(preview->columnCount() == 4);

    clickButton(&wizard, QWizard::NextButton);
    QComboBox *city = mappingCombo(&wizard, 3);
    city->setCurrentIndex(city->findData(int(CustomerColumn::GivenName)));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    auto *table = child<QTableWidget>(&wizard, "mappingTable");
    CHECK(table->item(0, 3)->text() == QStringLiteral("Chosen twice"));
    CHECK(table->item(3, 3)->text() == QStringLiteral("Chosen twice"));
    CHECK(child<QLabel>(&wizard, "mappingMessage")->isVisible());
    city->setCurrentIndex(0); // Do not import
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(table->item(0, 3)->text().isEmpty());
    CHECK(wizard.mapping().at(3) == std::nullopt);
}

TEST_CASE("Export dialog - the selected customers and chosen columns are written from a file or a team database",
          "[ui][csv]")
{
    relatio::test::TestStore t(GENERATE(relatio::test::StoreKind::File, relatio::test::StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    QTemporaryDir dir;
    CustomerRepository repo(t.db);
    std::vector<qint64> ids;
    for (const char *name : {"Anna Bakker", "Kari Hansen", "Bram Smit"}) {
        Customer c;
        const QStringList parts = QString::fromLatin1(name).split(QLatin1Char(' '));
        c.givenName = parts[0];
        c.familyName = parts[1];
        ids.push_back(repo.create(c).value());
    }
    ExportDialog dialog(t.db, ids, {ids[1]});
    dialog.show();
    CHECK(child<QAbstractButton>(&dialog, "scopeSelection")->isEnabled());
    CHECK(child<QAbstractButton>(&dialog, "scopeSelection")->text().contains(QStringLiteral("selected customer")));
    dialog.setScope(ExportDialog::Scope::Selection);
    auto *columns = child<QListWidget>(&dialog, "exportColumns");
    for (int i = 0; i < columns->count(); ++i) {
        const auto column = CustomerColumn(columns->item(i)->data(Qt::UserRole).toInt());
        if (column != CustomerColumn::GivenName && column != CustomerColumn::FamilyName)
            columns->item(i)->setCheckState(Qt::Unchecked);
    }
    auto *delimiter = child<QComboBox>(&dialog, "exportDelimiter");
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    const QString target = dir.filePath(QStringLiteral("uit.csv"));
    dialog.setTargetPath(target);

    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QTest::mouseClick(child<QAbstractButton>(&dialog, "exportButton"), Qt::LeftButton);
    REQUIRE(exported.wait(5000));
    CHECK(exported.first().first().toString().startsWith(QStringLiteral("Exported 1 customer to")));
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QRegularExpression(QStringLiteral("\r?\n")),
                                                                       Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("given_name;family_name"));
    CHECK(lines[1] == QStringLiteral("Kari;Hansen"));
}

TEST_CASE("Import wizard - closing it while the import runs cancels it and nothing is written", "[ui][csv]")
{
    TempDatabase t;
    QByteArray content = "Voornaam;Achternaam;E-mailadres\n";
    for (int i = 0; i < 5000; ++i) {
        const QByteArray n = QByteArray::number(i);
        content += "Anna;Bakker " + n + ";anna" + n + "@bakker.example\n";
    }
    const QString path = writeFile(t.dir, QStringLiteral("veel.csv"), content);
    ImportWizard wizard(t.db, path);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    clickButton(&wizard, QWizard::NextButton);
    clickButton(&wizard, QWizard::NextButton);
    REQUIRE(QTest::qWaitFor([&wizard]() { return wizard.checkSummary().has_value(); }, 5000));
    CHECK(wizard.checkSummary()->created == 5000);

    clickButton(&wizard, QWizard::CommitButton);
    // Escape or the window's close button: the import stops, the wizard stays to say so.
    wizard.reject();
    CHECK(wizard.isVisible());
    auto *status = child<QLabel>(&wizard, "importStatus");
    REQUIRE(QTest::qWaitFor([&wizard]() { return wizard.button(QWizard::FinishButton)->isEnabled(); }, 5000));
    CHECK(status->text() == QStringLiteral("The import was cancelled. Nothing was written."));
    CHECK_FALSE(wizard.importSummary().has_value());
    CHECK(imported.isEmpty());
    CHECK(CustomerRepository(t.db).countLive().value() == 0);
}
