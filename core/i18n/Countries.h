// Country names in the user's language for the ISO codes Relatio meets most.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace relatio {

class Countries
{
    Q_DECLARE_TR_FUNCTIONS(Countries)

public:
    // The translated name of an ISO 3166-1 alpha-2 code; Qt's English name for codes not listed;
    // the code itself when it is unknown.
    static QString name(const QString &code);
    // The codes offered first in pickers: the team's home markets and neighbours.
    static QStringList commonCodes();
};

} // namespace relatio
