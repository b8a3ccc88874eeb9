// A first sync fills an empty replica batch by batch, each batch a transaction of its own. Kept up
// row by row, the customer list's indexes and the search index cost three times what the rows do,
// so meanwhile they are set aside (their SQL kept in meta under "set_aside") and built again, sorted,
// once at the end. A file left in between (a crash, a connection lost before the end) gets them
// back the next time it is opened, before anything else reads or changes it.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace relatio {

class SetAside
{
    Q_DECLARE_TR_FUNCTIONS(SetAside)

public:
    // Drops the customer table's list indexes and search triggers, in a transaction of its own
    // (the index on uuid, which sync looks records up by, and that on members stay).
    static Result<void> customerIndexes(QSqlDatabase db);
    // Whether something is set aside now.
    static Result<bool> isAside(QSqlDatabase db);
    // Fills the search index again and makes what was set aside, in a transaction of its own;
    // nothing when nothing is set aside. True when something was restored.
    static Result<bool> restore(QSqlDatabase db);
};

} // namespace relatio
