// Writes a deterministic demo data set into an empty database, fast enough for a million records.
#pragma once

#include "store/Database.h"

#include <QCoreApplication>

#include <functional>

namespace relatio {

class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)

public:
    // Called every few thousand records; return false to cancel (nothing is then written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Writes count customers made from seed, in one transaction, on the calling thread's
    // connection. Refuses a database that already holds customers.
    static Result<qint64> write(const Database &db, qint64 count, quint64 seed, const Progress &progress = {});
};

} // namespace relatio
