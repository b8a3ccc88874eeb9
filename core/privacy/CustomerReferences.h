// Which rows in the store belong to a customer, read from the schema itself (the foreign keys of
// every table) rather than from a list in the code: a table added later that refers to customers
// (orders, say) is exported and erased with them without anyone remembering to add it here.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace relatio {

// A foreign key of a table: its columns, and the table and columns they refer to.
struct ForeignKey
{
    QStringList from;
    QString parent;
    QStringList to;
};

// A table with rows that belong to one customer: those that refer to the customer, and, following
// the foreign keys on, the rows that refer to those rows (an order's lines).
struct RelatedTable
{
    QString table;
    // SQL conditions on the table's rows for the customer (the id is written into them):
    QString allWhere;     // every row linked to the customer, however (for the subject export)
    QString ownedWhere;   // the rows that go with the customer: every link on the way cascades or
                          // forbids deletion (for erasure); empty when the table only refers with
                          // ON DELETE SET NULL (its rows stay, without the link)
    int depth = 1;        // 1: refers to customer itself; 2: to a table of depth 1; …
    QStringList columns;  // in table order
    QList<ForeignKey> foreignKeys; // every foreign key of the table
};

class CustomerReferences
{
    Q_DECLARE_TR_FUNCTIONS(CustomerReferences)

public:
    // Every table with a foreign key path to customer, except customer itself (a person's link to
    // their organisation is the organisation's, not a row of the person's). Children before
    // parents are not guaranteed: erasure sorts by depth.
    static Result<QList<RelatedTable>> discover(const QSqlDatabase &db, qint64 customerId);

    // The customer an argument names: a row id ("42") or a uuid. An erased one is NotFound with
    // the date it was erased.
    static Result<qint64> resolve(const QSqlDatabase &db, const QString &idOrUuid);

    // The foreign keys of one table (the customer's own: its owner and organisation).
    static Result<QList<ForeignKey>> foreignKeys(const QSqlDatabase &db, const QString &table);

    // Names quoted for SQL: "name" with inner quotes doubled.
    static QString quoted(const QString &identifier);
};

} // namespace relatio
