// Screenshots of the main window in the states users meet, for looking at the program as a user
// does. Not a test: it writes PNG files.
//
//   screenshots --db PATH --lang en|nl|nb --out DIR
#include "MainWindow.h"
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
    return 0;
}
