// Translation loading.
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relatio {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("nb")};
}

QString resolveLanguage(const QString &requested)
{
    QStringList candidates;
    if (!requested.isEmpty())
        candidates.append(requested);
    else
        candidates = QLocale::system().uiLanguages();
    for (QString lang : std::as_const(candidates)) {
        lang = lang.toLower().replace(QLatin1Char('_'), QLatin1Char('-')).section(QLatin1Char('-'), 0, 0);
        if (lang == QLatin1String("no") || lang == QLatin1String("nn"))
            lang = QStringLiteral("nb");
        if (supportedLanguages().contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

QString installTranslations(const QString &requested)
{
    const QString lang = resolveLanguage(requested);
    // Keep the system's territory when it speaks the chosen language (nl-BE stays Belgian).
    const QLocale system = QLocale::system();
    QLocale locale;
    if (lang == QLatin1String("nl"))
        locale = system.language() == QLocale::Dutch ? system : QLocale(QLocale::Dutch, QLocale::Netherlands);
    else if (lang == QLatin1String("nb"))
        locale = system.language() == QLocale::NorwegianBokmal ? system
                                                               : QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    else
        locale = system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (!requested.isEmpty() || lang != QLatin1String("en"))
        QLocale::setDefault(locale);

    if (lang == QLatin1String("en"))
        return lang;
    auto *app = QCoreApplication::instance();
    auto *relatio = new QTranslator(app);
    if (relatio->load(QStringLiteral(":/i18n/relatio_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(relatio);
    else
        delete relatio;
    // Qt's own strings (standard buttons, dialogs), where the system has them.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang == QLatin1String("nb") ? QStringLiteral("nb") : lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return lang;
}

} // namespace relatio
