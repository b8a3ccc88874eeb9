// Country names.
#include "i18n/Countries.h"

#include <QLocale>

namespace relatio {

QStringList Countries::commonCodes()
{
    return {QStringLiteral("NL"), QStringLiteral("BE"), QStringLiteral("NO"), QStringLiteral("LU"),
            QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("GB"), QStringLiteral("IE"),
            QStringLiteral("SE"), QStringLiteral("DK"), QStringLiteral("FI"), QStringLiteral("IS"),
            QStringLiteral("ES"), QStringLiteral("IT"), QStringLiteral("PL"), QStringLiteral("AT"),
            QStringLiteral("CH"), QStringLiteral("US")};
}

QString Countries::name(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("NL"), QT_TR_NOOP("Netherlands")}, {QStringLiteral("BE"), QT_TR_NOOP("Belgium")},
        {QStringLiteral("NO"), QT_TR_NOOP("Norway")},      {QStringLiteral("LU"), QT_TR_NOOP("Luxembourg")},
        {QStringLiteral("DE"), QT_TR_NOOP("Germany")},     {QStringLiteral("FR"), QT_TR_NOOP("France")},
        {QStringLiteral("GB"), QT_TR_NOOP("United Kingdom")}, {QStringLiteral("IE"), QT_TR_NOOP("Ireland")},
        {QStringLiteral("SE"), QT_TR_NOOP("Sweden")},      {QStringLiteral("DK"), QT_TR_NOOP("Denmark")},
        {QStringLiteral("FI"), QT_TR_NOOP("Finland")},     {QStringLiteral("IS"), QT_TR_NOOP("Iceland")},
        {QStringLiteral("ES"), QT_TR_NOOP("Spain")},       {QStringLiteral("IT"), QT_TR_NOOP("Italy")},
        {QStringLiteral("PL"), QT_TR_NOOP("Poland")},      {QStringLiteral("AT"), QT_TR_NOOP("Austria")},
        {QStringLiteral("CH"), QT_TR_NOOP("Switzerland")}, {QStringLiteral("US"), QT_TR_NOOP("United States")},
    };
    if (code.isEmpty())
        return {};
    if (const auto it = names.constFind(code); it != names.constEnd())
        return tr(it.value());
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory);
}

} // namespace relatio
