// Setting the customer indexes aside for a first sync, and building them again.
#include "store/SetAside.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace relatio {

namespace {

const QString kKey = QStringLiteral("set_aside");

// Runs statements inside BEGIN IMMEDIATE … COMMIT; anything failing rolls all back.
Result<void> inTransaction(QSqlDatabase &db, const QString &what, const std::function<Result<void>(QSqlQuery &)> &body)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (auto done = body(q); !done) {
        q.exec(QStringLiteral("ROLLBACK"));
        return done;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return std::unexpected(Database::sqlError(error, what));
    }
    return {};
}

} // namespace

Result<void> SetAside::customerIndexes(QSqlDatabase db)
{
    const QString what = tr("Preparing the first sync");
    return inTransaction(db, what, [&](QSqlQuery &q) -> Result<void> {
        if (!q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = '%1'").arg(kKey)))
            return std::unexpected(Database::sqlError(q.lastError(), what));
        if (q.next())
            return {}; // aside already (a first sync going on from where it was cut off)
        if (!q.exec(QStringLiteral(
                "SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'customer' AND sql IS NOT NULL AND"
                " ((type = 'index' AND name NOT IN ('customer_by_uuid', 'customer_members'))"
                " OR (type = 'trigger' AND name LIKE 'customer\\_fts\\_%' ESCAPE '\\'))"
                " ORDER BY type, name")))
            return std::unexpected(Database::sqlError(q.lastError(), what));
        QStringList drops;
        QJsonArray make;
        while (q.next()) {
            drops.append(QStringLiteral("DROP %1 \"%2\"").arg(q.value(0).toString(), q.value(1).toString()));
            make.append(q.value(2).toString());
        }
        for (const QString &drop : std::as_const(drops)) {
            if (!q.exec(drop))
                return std::unexpected(Database::sqlError(q.lastError(), what));
        }
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(kKey);
        q.addBindValue(QString::fromUtf8(QJsonDocument(make).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        return {};
    });
}

Result<bool> SetAside::isAside(QSqlDatabase db)
{
    QSqlQuery q(db);
    // Files of the first schema versions have no meta table (and nothing set aside).
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the database's state")));
    if (!q.next())
        return false;
    if (!q.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = '%1'").arg(kKey)))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the database's state")));
    return q.next();
}

Result<bool> SetAside::restore(QSqlDatabase db)
{
    const QString what = tr("Building the customer list's indexes and the search index");
    auto aside = isAside(db);
    if (!aside || !*aside)
        return aside;
    bool restored = false;
    // Sorts for the index builds may use helper threads and more memory; back after.
    QSqlQuery pragma(db);
    int cacheSize = -16000;
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        cacheSize = pragma.value(0).toInt();
    pragma.exec(QStringLiteral("PRAGMA threads = 4"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    auto done = inTransaction(db, what, [&](QSqlQuery &q) -> Result<void> {
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(kKey)))
            return std::unexpected(Database::sqlError(q.lastError(), what));
        if (!q.next())
            return {}; // nothing aside, or restored by another connection meanwhile
        const QJsonArray make = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
        q.finish();
        QStringList statements{QStringLiteral("INSERT INTO customer_fts (customer_fts) VALUES ('delete-all')"),
                               customerSearchFillSql()};
        for (const QJsonValue &sql : make)
            statements.append(sql.toString());
        statements.append(QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(kKey));
        for (const QString &sql : std::as_const(statements)) {
            if (!q.exec(sql))
                return std::unexpected(Database::sqlError(q.lastError(), what));
        }
        restored = true;
        return {};
    });
    pragma.exec(QStringLiteral("PRAGMA threads = 0"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    if (!done)
        return std::unexpected(done.error());
    return restored;
}

} // namespace relatio
