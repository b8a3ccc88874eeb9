// The two SQL dialects Relatio's store speaks: SQLite (a Relatio file) and PostgreSQL (a team
// database). The few phrases that differ between them are written here, so that code reading or
// writing records says what it means once and runs on both (docs/sync-plan.md, section 4).
#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

namespace relatio {

enum class Dialect { SQLite, PostgreSQL };

// The dialect of an open connection, by its Qt driver.
Dialect dialectOf(const QSqlDatabase &db);

// The id of the row an executed INSERT … RETURNING id wrote (0 if none). Both dialects write new
// rows this way: PostgreSQL's driver has no lastInsertId for identity columns.
qint64 returnedId(QSqlQuery &q);

namespace phrases {

// "column equals the bound value, ignoring case" (ASCII case, as SQLite's NOCASE).
QString equalsIgnoringCase(Dialect dialect, const QString &column);
// An ORDER BY key that sorts column ignoring case.
QString orderIgnoringCase(Dialect dialect, const QString &column);
// The function giving the largest of its arguments (two or more): SQLite's max() of several
// arguments, PostgreSQL's greatest().
QString greatest(Dialect dialect);
// A scalar subquery joining the values of column, in the order of orderBy, with the unit
// separator (char 31) between them; from is the FROM … WHERE … the values come from. Empty
// text when there are none.
QString joinedValues(Dialect dialect, const QString &column, const QString &from, const QString &orderBy);

} // namespace phrases

} // namespace relatio
