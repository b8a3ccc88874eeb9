// Screenshots of the main window in the states users meet, for looking at the program as a user
// does. Not a test: it writes PNG files.
//
//   screenshots --db PATH --lang en|nl|nb --out DIR
#include "MainWindow.h"
#include "csv/ExportDialog.h"
#include "csv/ImportWizard.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListView.h"
#include "customers/CustomersPage.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relatio;

namespace {

void settle(CustomerListModel *model)
{
    QSignalSpy ready(model, &CustomerListModel::resultsReady);
    while (model->isLoading())
        ready.wait(10000);
    QTest::qWait(300);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QMetaObject::invokeMethod(edit, "editingFinished");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relatio-screenshots"));
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("lang"), QStringLiteral("en"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("dir"), QStringLiteral("."));
    parser.addOptions({db, lang, out});
    parser.process(app);
    const QString language = installTranslations(parser.value(lang));
    const QDir dir(parser.value(out));
    auto save = [&](QWidget *w, const char *name) {
        const QString file = dir.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(name), language));
        w->grab().save(file);
        qInfo("%s", qPrintable(file));
    };

    auto opened = Database::open(parser.value(db));
    if (!opened) {
        qCritical("%s", qPrintable(opened.error().message));
        return 1;
    }
    MainWindow window(*opened);
    window.resize(1400, 860);
    window.show();
    CustomersPage *page = window.customersPage();
    CustomerListModel *model = page->model();
    settle(model);
    save(&window, "1-list");

    QLineEdit *search = page->listView()->searchField();
    typeInto(search, QStringLiteral("jansen"));
    settle(model);
    save(&window, "2-search");

    search->clear();
    settle(model);
    page->newAction()->trigger();
    const QList<QLineEdit *> edits = page->editor()->findChildren<QLineEdit *>();
    // Form order: given, family, organisation name, member of, e-mail, other e-mail, mobile, phone…
    typeInto(edits.at(0), QStringLiteral("Jan"));
    typeInto(edits.at(1), QStringLiteral("van der Berg"));
    typeInto(edits.at(4), QStringLiteral("jan@"));
    typeInto(edits.at(6), QStringLiteral("06-1234"));
    page->editor()->save();
    QTest::qWait(400);
    save(&window, "3-validation");

    // A new record that looks like an existing one.
    page->editor()->cancel();
    const qint64 existing = model->idAt(5);
    page->listView()->selectId(existing);
    QTest::qWait(300);
    const Customer other = page->editor()->original();
    page->editor()->cancel();
    page->newAction()->trigger();
    const QList<QLineEdit *> again = page->editor()->findChildren<QLineEdit *>();
    typeInto(again.at(0), QStringLiteral("Kim"));
    typeInto(again.at(1), QStringLiteral("de Boer"));
    typeInto(again.at(4), other.email.isEmpty() ? QStringLiteral("kim@example.com") : other.email);
    QTest::qWait(600);
    save(&window, "4-duplicate");
    page->editor()->cancel();

    // The import wizard on a file as Excel in Dutch settings writes it, with two bad rows.
    QTemporaryDir files;
    const QString csvPath = files.filePath(QStringLiteral("klanten-2024.csv"));
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return 1;
        csv.write("Klantnummer;Voornaam;Achternaam;Bedrijf;E-mailadres;Telefoon;Postcode;Woonplaats;Opmerkingen\r\n"
                  "K-1001;Anna;Bakker;Bakker BV;anna@bakker.example;030-1234567;3512 AB;Utrecht;Vaste klant\r\n"
                  "K-1002;Piet;Jansen;;piet@;015-7654321;2611 HD;Delft;\r\n"
                  "K-1003;Kees;Vos;Vos & Zn;kees@vos.example;;2311 EZ;Leiden;Belt graag op vrijdag\r\n"
                  "K-1004;Sanne;de Wit;;sanne@dewit.example;;9711 LM;Groningen;\r\n"
                  "K-1005;Ola;Nordmann;;ola@nordmann.example;+47 412 34 567;99999;Bergen;\r\n");
    }
    ImportWizard wizard(*opened, csvPath, &window);
    wizard.show();
    QTest::qWait(400);
    save(&wizard, "5-import-file");
    wizard.next();
    QTest::qWait(300);
    save(&wizard, "6-import-columns");
    wizard.next();
    if (!QTest::qWaitFor([&wizard]() { return wizard.checkSummary().has_value(); }, 10000))
        qWarning("the check did not finish");
    QTest::qWait(300);
    save(&wizard, "7-import-check");
    wizard.hide();

    ExportDialog exportDialog(*opened, model->ids(), {model->idAt(0), model->idAt(1)}, &window);
    exportDialog.show();
    QTest::qWait(300);
    save(&exportDialog, "8-export");
    return 0;
}
