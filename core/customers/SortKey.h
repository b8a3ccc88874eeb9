// Collation keys stored beside names so that the list sorts the way people look names up.
#pragma once

#include <QString>

namespace relatio {

// Lower case, accents folded (é → e, ü → u), but æ ø å kept as letters after z, as Norwegian and
// Danish readers expect.
QString foldForSort(const QString &text);

// A person sorts by family name without its particles, then given name, then particles:
// "Jan van der Berg" sorts as "berg, jan van der" (the Dutch and Flemish phone-book convention).
QString personSortKey(const QString &givenName, const QString &familyName);

QString organisationSortKey(const QString &name);

} // namespace relatio
