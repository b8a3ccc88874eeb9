// Chooses the user interface language and installs Relatio's and Qt's translations for it.
#pragma once

#include <QString>
#include <QStringList>

namespace relatio {

// The languages the interface is translated into.
QStringList supportedLanguages(); // "en", "nl", "nb"

// Maps a requested language ("nl", "nb", "no", "en", "" = follow the system) to a supported one.
QString resolveLanguage(const QString &requested);

// Installs translators on the running application and makes the matching locale the default, so
// dates and numbers follow the language. Returns the language installed.
QString installTranslations(const QString &requested);

} // namespace relatio
