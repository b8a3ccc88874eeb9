// Translations: complete for every language, loadable, and used by the code.
#include "TestSupport.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>

using namespace relatio;

TEST_CASE("Every message is translated into Dutch and Norwegian Bokmål", "[i18n]")
{
    for (const char *lang : {"nl", "nb"}) {
        QFile ts(QStringLiteral(RELATIO_SOURCE_DIR "/translations/relatio_%1.ts").arg(QLatin1String(lang)));
        REQUIRE(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        INFO(lang);
        CHECK(text.count(QStringLiteral("<message")) > 200);
        CHECK_FALSE(text.contains(QStringLiteral("type=\"unfinished\"")));
        CHECK_FALSE(text.contains(QStringLiteral("<translation></translation>")));
    }
}

TEST_CASE("The embedded translations load and translate", "[i18n]")
{
    QTranslator nl;
    REQUIRE(nl.load(QStringLiteral(":/i18n/relatio_nl.qm")));
    CHECK(nl.translate("relatio::CustomerListModel", "Name") == QStringLiteral("Naam"));
    CHECK(nl.translate("Countries", "Norway") == QStringLiteral("Noorwegen"));
    QTranslator nb;
    REQUIRE(nb.load(QStringLiteral(":/i18n/relatio_nb.qm")));
    CHECK(nb.translate("relatio::CustomerListModel", "Name") == QStringLiteral("Navn"));
    CHECK(nb.translate("QPlatformTheme", "Cancel") == QStringLiteral("Avbryt"));
}

TEST_CASE("Languages are chosen from the request or the system", "[i18n]")
{
    CHECK(resolveLanguage(QStringLiteral("nl")) == QStringLiteral("nl"));
    CHECK(resolveLanguage(QStringLiteral("nl_BE")) == QStringLiteral("nl"));
    CHECK(resolveLanguage(QStringLiteral("no")) == QStringLiteral("nb"));
    CHECK(resolveLanguage(QStringLiteral("nb-NO")) == QStringLiteral("nb"));
    CHECK(resolveLanguage(QStringLiteral("fr")) == QStringLiteral("en"));
    CHECK(supportedLanguages().contains(resolveLanguage(QString())));
}
