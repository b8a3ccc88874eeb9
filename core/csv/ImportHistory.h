// The stored history of imports: a record's content as kept in import_change, and undoing and
// redoing an import from it (CustomerImporter::undoImport/redoImport).
#pragma once

#include "customers/Customer.h"

#include <QByteArray>

namespace relatio::csv {

// A customer's content as stored in import_change (compact JSON), and back.
QByteArray contentJson(const Customer &c);
Customer contentFromJson(const QByteArray &json);

} // namespace relatio::csv
