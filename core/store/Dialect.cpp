// The SQL phrases that differ between SQLite and PostgreSQL.
#include "store/Dialect.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace relatio {

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

qint64 returnedId(QSqlQuery &q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

namespace phrases {

QString equalsIgnoringCase(Dialect dialect, const QString &column)
{
    // PostgreSQL's lower() folds more than ASCII; for the names and addresses compared here
    // (e-mail addresses, cities, tag names) the two agree, and lower(x) is what its indexes hold.
    return dialect == Dialect::SQLite ? QStringLiteral("%1 = ? COLLATE NOCASE").arg(column)
                                      : QStringLiteral("lower(%1) = lower(?)").arg(column);
}

QString orderIgnoringCase(Dialect dialect, const QString &column)
{
    // Byte by byte after folding, as NOCASE compares: the same order on a file and a team database,
    // whatever locale the server's database was made with.
    return dialect == Dialect::SQLite ? QStringLiteral("%1 COLLATE NOCASE").arg(column)
                                      : QStringLiteral("lower(%1) COLLATE \"C\", %1 COLLATE \"C\"").arg(column);
}

QString joinedValues(Dialect dialect, const QString &column, const QString &from, const QString &orderBy)
{
    if (dialect == Dialect::SQLite)
        // group_concat keeps the order of the rows it is given, which only a subquery sets.
        return QStringLiteral("(SELECT group_concat(v, char(31)) FROM (SELECT %1 AS v %2 ORDER BY %3))")
            .arg(column, from, orderBy);
    return QStringLiteral("(SELECT string_agg(%1, chr(31) ORDER BY %3) %2)").arg(column, from, orderBy);
}

QString greatest(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral("greatest") : QStringLiteral("max");
}

} // namespace phrases

} // namespace relatio
