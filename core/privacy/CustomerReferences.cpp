// Finding a customer's rows from the foreign keys in the schema.
#include "privacy/CustomerReferences.h"

#include "store/Database.h"
#include "util/Stamps.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relatio {

namespace {

const QString kRoot = QStringLiteral("customer");

struct Edge
{
    QString child;
    QStringList from;
    QString parent;
    QStringList to;
    bool owning = false; // ON DELETE CASCADE, NO ACTION or RESTRICT: the child cannot outlive the parent's row
};

QString columnList(const QStringList &columns)
{
    QStringList q;
    for (const QString &c : columns)
        q.append(CustomerReferences::quoted(c));
    return columns.size() == 1 ? q.first() : QLatin1Char('(') + q.join(QStringLiteral(", ")) + QLatin1Char(')');
}

class Schema
{
public:
    Result<void> read(const QSqlDatabase &db)
    {
        if (dialectOf(db) == Dialect::PostgreSQL)
            return readCatalog(db);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                   " ORDER BY name")))
            return std::unexpected(Database::sqlError(q.lastError(), CustomerReferences::tr("Reading the schema")));
        while (q.next())
            m_tables.append(q.value(0).toString());
        for (const QString &table : std::as_const(m_tables)) {
            QSqlQuery info(db);
            if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(CustomerReferences::quoted(table))))
                return std::unexpected(Database::sqlError(info.lastError(), CustomerReferences::tr("Reading the schema")));
            QList<std::pair<int, QString>> keys;
            while (info.next()) {
                m_columns[table].append(info.value(1).toString());
                if (info.value(5).toInt() > 0)
                    keys.append({info.value(5).toInt(), info.value(1).toString()});
            }
            std::sort(keys.begin(), keys.end());
            for (const auto &k : keys)
                m_primaryKeys[table].append(k.second);
        }
        for (const QString &table : std::as_const(m_tables)) {
            QSqlQuery fk(db);
            if (!fk.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(CustomerReferences::quoted(table))))
                return std::unexpected(Database::sqlError(fk.lastError(), CustomerReferences::tr("Reading the schema")));
            QHash<int, Edge> byId;
            QList<int> order;
            while (fk.next()) {
                const int id = fk.value(0).toInt();
                if (!byId.contains(id))
                    order.append(id);
                Edge &e = byId[id];
                e.child = table;
                e.parent = fk.value(2).toString();
                e.from.append(fk.value(3).toString());
                e.to.append(fk.value(4).toString());
                const QString onDelete = fk.value(6).toString().toUpper();
                e.owning = onDelete == QLatin1String("CASCADE") || onDelete == QLatin1String("NO ACTION")
                    || onDelete == QLatin1String("RESTRICT");
            }
            for (const int id : std::as_const(order)) {
                Edge e = byId.value(id);
                // REFERENCES parent without columns means the parent's primary key.
                if (std::all_of(e.to.cbegin(), e.to.cend(), [](const QString &c) { return c.isEmpty(); })) {
                    const QStringList keys = m_primaryKeys.value(e.parent);
                    e.to = keys.isEmpty() ? QStringList{QStringLiteral("rowid")} : keys;
                }
                // Table names in foreign keys are matched case-insensitively by SQLite.
                for (const QString &t : std::as_const(m_tables))
                    if (t.compare(e.parent, Qt::CaseInsensitive) == 0)
                        e.parent = t;
                m_edges.append(e);
            }
        }
        return {};
    }

    // A team database's tables, columns and keys, from PostgreSQL's catalog (its current schema).
    Result<void> readCatalog(const QSqlDatabase &db)
    {
        const QString mine = QStringLiteral("c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')");
        auto run = [&db](QSqlQuery &q, const QString &sql) -> Result<void> {
            q.setForwardOnly(true);
            if (!q.exec(sql))
                return std::unexpected(Database::sqlError(q.lastError(), CustomerReferences::tr("Reading the schema")));
            return {};
        };
        QSqlQuery q(db);
        if (auto done = run(q, QStringLiteral("SELECT c.relname FROM pg_class c WHERE %1 ORDER BY c.relname").arg(mine)); !done)
            return done;
        while (q.next())
            m_tables.append(q.value(0).toString());
        if (auto done = run(q, QStringLiteral("SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a"
                                              " ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
                                              " WHERE %1 ORDER BY c.relname, a.attnum")
                                   .arg(mine));
            !done)
            return done;
        while (q.next())
            m_columns[q.value(0).toString()].append(q.value(1).toString());
        if (auto done = run(q, QStringLiteral("SELECT c.relname, a.attname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                                              " CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, i)"
                                              " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum"
                                              " WHERE k.contype = 'p' AND %1 ORDER BY c.relname, u.i")
                                   .arg(mine));
            !done)
            return done;
        while (q.next())
            m_primaryKeys[q.value(0).toString()].append(q.value(1).toString());
        // Each foreign key's column pairs in order; ON DELETE as confdeltype (c cascade, a no
        // action, r restrict: owning; n set null, d set default: not).
        if (auto done = run(q, QStringLiteral("SELECT k.oid, c.relname, p.relname, k.confdeltype, a.attname, b.attname"
                                              " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                                              " JOIN pg_class p ON p.oid = k.confrelid"
                                              " CROSS JOIN LATERAL unnest(k.conkey, k.confkey) WITH ORDINALITY AS u(child, parent, i)"
                                              " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.child"
                                              " JOIN pg_attribute b ON b.attrelid = k.confrelid AND b.attnum = u.parent"
                                              " WHERE k.contype = 'f' AND %1 ORDER BY c.relname, k.oid, u.i")
                                   .arg(mine));
            !done)
            return done;
        qint64 current = -1;
        while (q.next()) {
            if (q.value(0).toLongLong() != current) {
                current = q.value(0).toLongLong();
                Edge e;
                e.child = q.value(1).toString();
                e.parent = q.value(2).toString();
                const QString onDelete = q.value(3).toString();
                e.owning = onDelete == QLatin1String("c") || onDelete == QLatin1String("a") || onDelete == QLatin1String("r");
                m_edges.append(e);
            }
            m_edges.last().from.append(q.value(4).toString());
            m_edges.last().to.append(q.value(5).toString());
        }
        return {};
    }

    // Tables that reach customer through foreign keys (all of them, or owning ones only).
    QSet<QString> reachable(bool owningOnly) const
    {
        QSet<QString> reached{kRoot};
        for (bool grew = true; grew;) {
            grew = false;
            for (const Edge &e : m_edges) {
                if (e.child == kRoot || e.child == e.parent || reached.contains(e.child) || !reached.contains(e.parent)
                    || (owningOnly && !e.owning))
                    continue;
                reached.insert(e.child);
                grew = true;
            }
        }
        return reached;
    }

    // The rows of table linked to the customer, as an SQL condition; empty when none can be.
    QString condition(const QString &table, bool owningOnly, qint64 customerId, QSet<QString> visiting) const
    {
        visiting.insert(table);
        QStringList parts;
        for (const Edge &e : m_edges) {
            if (e.child != table || e.parent == table || (owningOnly && !e.owning))
                continue;
            if (e.parent == kRoot) {
                if (e.to == QStringList{QStringLiteral("id")})
                    parts.append(QStringLiteral("%1 = %2").arg(columnList(e.from)).arg(customerId));
                else
                    parts.append(QStringLiteral("%1 IN (SELECT %2 FROM customer WHERE id = %3)")
                                     .arg(columnList(e.from), columnList(e.to))
                                     .arg(customerId));
                continue;
            }
            if (visiting.contains(e.parent))
                continue;
            const QString parentCondition = condition(e.parent, owningOnly, customerId, visiting);
            if (parentCondition.isEmpty())
                continue;
            parts.append(QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE %4)")
                             .arg(columnList(e.from), columnList(e.to), CustomerReferences::quoted(e.parent),
                                  parentCondition));
        }
        if (parts.size() == 1)
            return parts.first();
        for (QString &p : parts)
            p = QLatin1Char('(') + p + QLatin1Char(')');
        return parts.join(QStringLiteral(" OR "));
    }

    int depth(const QString &table, QSet<QString> visiting) const
    {
        visiting.insert(table);
        int deepest = 0;
        for (const Edge &e : m_edges) {
            if (e.child != table || e.parent == table || visiting.contains(e.parent))
                continue;
            if (e.parent == kRoot)
                deepest = std::max(deepest, 1);
            else if (const int d = depth(e.parent, visiting); d > 0)
                deepest = std::max(deepest, d + 1);
        }
        return deepest;
    }

    QList<ForeignKey> foreignKeysOf(const QString &table) const
    {
        QList<ForeignKey> keys;
        for (const Edge &e : m_edges)
            if (e.child == table)
                keys.append(ForeignKey{e.from, e.parent, e.to});
        return keys;
    }

    const QStringList &tables() const { return m_tables; }
    QStringList columns(const QString &table) const { return m_columns.value(table); }

private:
    QStringList m_tables;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QStringList> m_primaryKeys;
    QList<Edge> m_edges;
};

} // namespace

QString CustomerReferences::quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Result<QList<RelatedTable>> CustomerReferences::discover(const QSqlDatabase &db, qint64 customerId)
{
    Schema schema;
    if (auto read = schema.read(db); !read)
        return std::unexpected(read.error());
    const QSet<QString> all = schema.reachable(false);
    const QSet<QString> owned = schema.reachable(true);
    QList<RelatedTable> related;
    for (const QString &table : schema.tables()) {
        if (table == kRoot || !all.contains(table))
            continue;
        RelatedTable r;
        r.table = table;
        r.allWhere = schema.condition(table, false, customerId, {});
        if (owned.contains(table))
            r.ownedWhere = schema.condition(table, true, customerId, {});
        r.depth = schema.depth(table, {});
        r.columns = schema.columns(table);
        r.foreignKeys = schema.foreignKeysOf(table);
        if (!r.allWhere.isEmpty())
            related.append(r);
    }
    return related;
}

Result<QList<ForeignKey>> CustomerReferences::foreignKeys(const QSqlDatabase &db, const QString &table)
{
    Schema schema;
    if (auto read = schema.read(db); !read)
        return std::unexpected(read.error());
    return schema.foreignKeysOf(table);
}

Result<qint64> CustomerReferences::resolve(const QSqlDatabase &db, const QString &idOrUuid)
{
    const QString key = idOrUuid.trimmed();
    bool numeric = false;
    const qint64 id = key.toLongLong(&numeric);
    QSqlQuery q(db);
    q.prepare(numeric ? QStringLiteral("SELECT id FROM customer WHERE id = ?")
                      : QStringLiteral("SELECT id FROM customer WHERE uuid IN (?, ?)"));
    q.addBindValue(numeric ? QVariant(id) : QVariant(key));
    if (!numeric)
        q.addBindValue(key.toLower());
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Looking up customer %1").arg(key)));
    if (q.next())
        return q.value(0).toLongLong();
    if (!numeric) {
        QSqlQuery erased(db);
        erased.prepare(QStringLiteral("SELECT erased_at FROM customer_erasure WHERE uuid IN (?, ?)"));
        erased.addBindValue(key);
        erased.addBindValue(key.toLower());
        if (erased.exec() && erased.next())
            return fail(Error::Code::NotFound,
                        tr("Customer %1 was erased on %2; nothing is held about them any more.")
                            .arg(key, QLocale().toString(fromStoredTime(erased.value(0).toString()).toLocalTime(),
                                                         QLocale::ShortFormat)));
    }
    return fail(Error::Code::NotFound, tr("Customer %1 does not exist.").arg(key));
}

} // namespace relatio
