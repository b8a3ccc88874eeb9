// relatio: the desktop application. Parses the command line, loads translations, opens the store
// and shows the main window.
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

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
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    auto db = Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Relatio cannot open the database"),
                              db.error().message);
        return 1;
    }

    MainWindow window(*db);
    window.show();
    return app.exec();
}
