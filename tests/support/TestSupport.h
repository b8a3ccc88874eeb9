// Shared helpers for tests: temporary databases and Catch2 printing of Qt strings.
#pragma once

#include "store/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace Catch {
// Failed results print their error message, not "{?}".
template<typename T>
struct StringMaker<std::expected<T, relatio::Error>>
{
    static std::string convert(const std::expected<T, relatio::Error> &r)
    {
        return r ? std::string("ok") : "error: " + r.error().toString().toStdString();
    }
};
} // namespace Catch

namespace relatio::test {

// The number the statement's first row starts with (a count, an id); the test stops when the
// statement fails or yields no row.
inline qint64 numberFrom(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// A fresh database file in its own temporary folder, removed with the object.
struct TempDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("test.sqlite"));
    DatabasePtr db;

    TempDatabase()
    {
        auto opened = Database::open(path);
        if (!opened)
            FAIL(opened.error().message.toStdString());
        db = *opened;
    }
};

} // namespace relatio::test
