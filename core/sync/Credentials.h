// Passwords of team servers, kept in the system keychain (GNOME Keyring, KWallet … through
// qtkeychain) under the server's address; never in settings files. Without a keychain (a headless
// machine) nothing is stored, and libpq's own ways remain: ~/.pgpass and PGPASSWORD.
#pragma once

#include "util/Result.h"

#include <QString>

namespace relatio::sync {

struct StoredPassword
{
    QString password; // empty when none is stored or the keychain cannot be reached
    QString problem;  // why not, for a note (empty when found or simply not stored)
};

// Needs a running Qt application object; waits at most timeoutMs for the keychain.
StoredPassword readPassword(const QString &serverAddress, int timeoutMs = 5000);
Result<void> storePassword(const QString &serverAddress, const QString &password, int timeoutMs = 5000);

} // namespace relatio::sync
