// The versioned schema: each migration takes the database from version-1 to version.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace relatio {

struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // one SQL statement each, run in order inside the migration transaction
};

// The migrations of this build, in ascending version order.
const QList<Migration> &schemaMigrations();

} // namespace relatio
