// relatio: the desktop application. Parses the command line, loads translations, opens the store
// and shows the main window.
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "sync/OpenTeamDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

using namespace relatio;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relatio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Relatio"));
    QApplication::setApplicationVersion(QStringLiteral(RELATIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("relatio"));
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/relatio-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    QApplication::setDesktopFileName(QStringLiteral("relatio"));

    // The language must be known before any translated text, the help text included.
    QString lang;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    installTranslations(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Relatio, a desktop CRM for sales teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Use the database at <path> instead of the default one."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language: en, nl or nb (default: the system's)."),
                                        QStringLiteral("language"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "Work on the team database at <url> (postgresql://USER@HOST:PORT/DB) instead of "
                                        "a Relatio file."),
        QStringLiteral("url"));
    parser.addOption(dbOption);
    parser.addOption(serverOption);
    parser.addOption(langOption);
    parser.process(app);
    if (parser.isSet(dbOption) && parser.isSet(serverOption)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Relatio"),
                              QApplication::translate("main", "Give --db or --server, not both."));
        return 2;
    }

    // A team database: the one named, or the one the window last worked on (unless a file is
    // named). It is opened in the dialog, which shows the connection being made and why it failed.
    const bool named = parser.isSet(serverOption);
    const QString team = named ? parser.value(serverOption) : parser.isSet(dbOption) ? QString() : teamDatabaseToReopen();
    DatabasePtr db;
    QString note;
    if (!team.isEmpty()) {
        OpenTeamDialog dialog;
        dialog.setAddress(team);
        QTimer::singleShot(0, &dialog, &OpenTeamDialog::openDatabase);
        if (dialog.exec() == QDialog::Accepted) {
            db = dialog.database();
            note = dialog.note();
            rememberWhereOpened(dialog.address());
        } else if (named) {
            return 1;
        } else {
            note = QApplication::translate("main", "The team database was not opened; this is the Relatio file on this "
                                                   "computer (File › Open Team Database… opens it).");
            rememberWhereOpened(QString());
        }
    }
    if (!db) {
        const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
        auto opened = Database::open(path);
        if (!opened) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Relatio cannot open the database"),
                                  opened.error().message);
            return 1;
        }
        db = *opened;
    }

    auto *window = new MainWindow(db);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (!note.isEmpty())
        window->statusBar()->showMessage(note, 15000);
    return app.exec();
}
