// What the two halves of SyncEndpoint share: small helpers for its SQL, the statement wrapper,
// and the definitions of its private nested types. Not for use outside SyncEndpoint*.cpp.
#pragma once

#include "store/Database.h"
#include "store/Statement.h"
#include "sync/SyncEndpoint.h"
#include "sync/SyncSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace relatio::sync {

namespace endpoint {

using Kind = SyncColumn::Kind;

inline const QString kCustomer = QStringLiteral("customer");
inline const QString kTag = QStringLiteral("tag");
inline const QString kErasure = QStringLiteral("customer_erasure");
inline const QString kConflict = QStringLiteral("sync_conflict");
inline constexpr int kChunk = 400;

// Values compare as stored text, NULL apart from every text.
inline bool same(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

inline QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

inline QVariant nullableStamp(qint64 hlc, const Stamp &s)
{
    return s.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(hlc);
}

inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

inline Stamp stampFrom(const QVariant &hlc, const QVariant &node)
{
    if (node.isNull())
        return {};
    return Stamp{hlc.toLongLong(), node.toString()};
}

inline QString columnSql(const SyncColumn &c, bool postgres)
{
    switch (c.kind) {
    case Kind::Value:
        return QStringLiteral("t.") + c.name;
    case Kind::Ref:
        return QStringLiteral("(SELECT x.uuid FROM %1 AS x WHERE x.id = t.%2)").arg(c.target, c.name);
    case Kind::TagSet:
        if (postgres)
            return QStringLiteral("(SELECT string_agg(g.uuid, ',' ORDER BY g.uuid COLLATE \"C\") FROM customer_tag AS ct"
                                  " JOIN tag AS g ON g.id = ct.tag_id WHERE ct.customer_id = t.id)");
        return QStringLiteral("(SELECT group_concat(u, ',') FROM (SELECT g.uuid AS u FROM customer_tag AS ct"
                              " JOIN tag AS g ON g.id = ct.tag_id WHERE ct.customer_id = t.id ORDER BY g.uuid))");
    }
    return {};
}

inline QStringList splitSet(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QStringList() : v.toString().split(QLatin1Char(','));
}

inline QVariant joinSet(QStringList set)
{
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    return set.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(set.join(QLatin1Char(',')));
}

// The statements that take away the sync bookkeeping (stamps, waiting references, the conflicts
// about them) of the customers `which` picks, an SQL condition on `customer AS c` with at most one
// `?`, and of the records that belong to them. Run before the records themselves go.
inline QStringList forgetCustomersSql(const QString &which)
{
    QStringList statements;
    auto forget = [&statements](const QString &table, const QString &rows) {
        statements << QStringLiteral("DELETE FROM row_stamp WHERE tbl = 'sync_conflict' AND uuid IN"
                                     " (SELECT uuid FROM sync_conflict WHERE tbl = '%1' AND row_uuid IN %2)")
                          .arg(table, rows)
                   << QStringLiteral("DELETE FROM sync_conflict WHERE tbl = '%1' AND row_uuid IN %2").arg(table, rows);
        for (const char *stamps : {"row_stamp", "field_stamp", "sync_pending"})
            statements << QStringLiteral("DELETE FROM %1 WHERE tbl = '%2' AND uuid IN %3")
                              .arg(QLatin1String(stamps), table, rows);
    };
    const QList<SyncTable> &tables = syncTables();
    for (auto t = tables.crbegin(); t != tables.crend(); ++t) {
        if (!t->customerRef.isEmpty())
            forget(t->name, QStringLiteral("(SELECT x.uuid FROM %1 AS x JOIN customer AS c ON c.id = x.%2 WHERE %3)")
                                .arg(t->name, t->customerRef, which));
    }
    forget(QStringLiteral("customer"), QStringLiteral("(SELECT c.uuid FROM customer AS c WHERE %1)").arg(which));
    return statements;
}

// A query that is either run once (exec with SQL) or one of the endpoint's prepared statements
// (assigned from prepared()), with the QSqlQuery calls this file uses.
class Stmt
{
public:
    explicit Stmt(const QSqlDatabase &db)
        : m_own(db)
    {
        m_own.setForwardOnly(true);
    }
    Stmt &operator=(QSqlQuery *prepared)
    {
        m_current = prepared;
        return *this;
    }
    void setForwardOnly(bool on) { m_own.setForwardOnly(on); }
    void addBindValue(const QVariant &v) { m_current->addBindValue(v); }
    bool exec() { return m_current->exec(); }
    bool exec(const QString &sql)
    {
        m_current = &m_own;
        return m_own.exec(sql);
    }
    bool next() { return m_current->next(); }
    QVariant value(int i) const { return m_current->value(i); }
    QSqlError lastError() const { return m_current->lastError(); }
    int numRowsAffected() const { return m_current->numRowsAffected(); }
    void finish() { m_current->finish(); }

private:
    QSqlQuery m_own;
    QSqlQuery *m_current = &m_own;
};

} // namespace endpoint

struct SyncEndpoint::Local
{
    qint64 id = 0;
    SyncRecord record;
};

// Open while a public operation runs: when the outermost one ends, the statements are finished
// (a local file keeps no read snapshot open), and dropped when too many IN lists piled up.
struct SyncEndpoint::Scope
{
    explicit Scope(const SyncEndpoint *owner)
        : e(owner)
    {
        ++e->m_depth;
    }
    ~Scope()
    {
        if (--e->m_depth > 0)
            return;
        if (e->m_statements.size() > 300) {
            e->m_statements.clear();
            const_cast<SyncEndpoint *>(e)->m_raw.clear();
            return;
        }
        for (auto &[sql, q] : e->m_statements)
            q->finish();
    }
    const SyncEndpoint *e;
};

} // namespace relatio::sync
