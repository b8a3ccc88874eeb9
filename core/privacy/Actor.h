// Who makes a change, for the change history and the consent ledger: a name the caller chooses
// (the GUI a team member, the command line the user logged in).
#pragma once

#include <QString>

namespace relatio {

// The name of the user running the program (USER, USERNAME, the account), or "?" when the system
// does not say.
QString systemActor();

// actor when given, else systemActor().
inline QString actorOrSystem(const QString &actor)
{
    return actor.trimmed().isEmpty() ? systemActor() : actor.trimmed();
}

} // namespace relatio
