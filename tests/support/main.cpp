// The one Catch2 main for every test program. Widget tests need a QApplication; with no display
// it must use the offscreen platform, or listing the tests at build time would abort and ctest
// would silently lose them (see the discovery trap in the toolchain notes).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("relatio-tests"));
    // Settings and default paths go to test locations, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
