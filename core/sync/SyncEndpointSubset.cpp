// Subset replicas: which customers a laptop keeps, what a customer that joins its subset brings
// along, and taking away those that left it (docs/sync-plan.md, section 5).
#include "sync/SyncEndpoint.h"
#include "sync/SyncEndpointParts.h"

#include <QRegularExpression>

namespace relatio::sync {

using namespace endpoint;

namespace {

const QString kSubsetKey = QStringLiteral("sync_subset");

// Runs sql with `%1` replaced by the marks of each part of values (chunked), and calls row for
// every row it gives.
template<typename Row>
Result<void> eachIn(const QSqlDatabase &db, const QString &sql, const QStringList &values, const QString &what, Row row)
{
    for (qsizetype from = 0; from < values.size(); from += kChunk) {
        const QStringList part = values.mid(from, kChunk);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql.arg(placeholders(part.size()))))
            return std::unexpected(Database::sqlError(q.lastError(), what));
        for (const QString &v : part)
            q.addBindValue(v);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        while (q.next())
            row(q);
    }
    return {};
}

} // namespace

Result<Subset> SyncEndpoint::subset() const
{
    const Scope scope(this);
    Stmt q(connection());
    q = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kSubsetKey);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading which customers this computer keeps")));
    return q.next() ? Subset::fromText(q.value(0).toString()) : Subset();
}

Result<void> SyncEndpoint::setSubset(const Subset &subset)
{
    const Scope scope(this);
    auto current = this->subset();
    if (!current)
        return std::unexpected(current.error());
    if (*current == subset)
        return {};
    const QString what = tr("Changing which customers this computer keeps");
    QSqlDatabase db = connection();
    if (auto begun = begin(db, what); !begun)
        return begun;
    QSqlQuery q(db);
    bool done = subset.isAll() ? q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"))
                               : q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (done) {
        q.addBindValue(kSubsetKey);
        if (!subset.isAll())
            q.addBindValue(subset.toText());
        done = q.exec();
    }
    // Back to everything: the customers left out so far lie before the cursor, so the server's
    // whole feed is read again (what is here already changes nothing).
    if (done && subset.isAll())
        done = q.exec(QStringLiteral("UPDATE sync_peer SET pulled_upto = 0 WHERE role = 'server'"));
    if (!done) {
        const QSqlError error = q.lastError();
        rollback(db);
        return std::unexpected(Database::sqlError(error, what));
    }
    return commit(db, what);
}

Result<Subset> SyncEndpoint::resolveSubset(const QStringList &specs) const
{
    const Scope scope(this);
    Subset out;
    const QString what = tr("Reading the team database");
    static const QRegularExpression countryCode(QStringLiteral("^[A-Za-z]{2}$"));
    for (const QString &spec : specs) {
        const QString kind = spec.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString value = spec.section(QLatin1Char('='), 1).trimmed();
        if (kind == QLatin1String("all") && !spec.contains(QLatin1Char('='))) {
            if (specs.size() > 1)
                return fail(Error::Code::Invalid, tr("“all” keeps every customer; it cannot be combined with a selection."));
            return Subset();
        }
        if (value.isEmpty() || (kind != QLatin1String("owner") && kind != QLatin1String("tag") && kind != QLatin1String("country")))
            return fail(Error::Code::Invalid, tr("“%1” does not say which customers to keep: use owner=NAME, tag=NAME, "
                                                 "country=CODE or all.").arg(spec));
        if (kind == QLatin1String("country")) {
            if (!countryCode.match(value).hasMatch())
                return fail(Error::Code::Invalid, tr("“%1” is not a country code: use two letters, such as NO or NL.").arg(value));
            out.countries.append(value.toUpper());
            continue;
        }
        const bool owner = kind == QLatin1String("owner");
        Stmt q(connection());
        q = prepared(owner ? QStringLiteral("SELECT uuid FROM owner WHERE lower(name) = lower(?) AND deleted_at IS NULL ORDER BY uuid")
                           : QStringLiteral("SELECT uuid FROM tag WHERE lower(name) = lower(?) AND deleted_at IS NULL ORDER BY uuid"));
        q.addBindValue(value);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        QStringList found;
        while (q.next())
            found.append(q.value(0).toString());
        if (found.isEmpty())
            return fail(Error::Code::NotFound, owner ? tr("The team database has no team member called “%1”.").arg(value)
                                                     : tr("The team database has no tag called “%1”.").arg(value));
        (owner ? out.owners : out.tags).append(found);
    }
    for (QStringList *list : {&out.owners, &out.tags, &out.countries}) {
        list->sort();
        list->removeDuplicates();
    }
    return out;
}

Result<QString> SyncEndpoint::describeSubset(const Subset &subset) const
{
    const Scope scope(this);
    if (subset.isAll())
        return tr("all customers");
    QStringList parts;
    auto named = [&](const QString &table, const QStringList &uuids, const QString &label) -> Result<void> {
        QStringList names;
        auto read = eachIn(connection(), QStringLiteral("SELECT name FROM %1 WHERE uuid IN (%2) ORDER BY name").arg(table, QStringLiteral("%1")),
                           uuids, tr("Reading %1").arg(table), [&](QSqlQuery &q) { names.append(q.value(0).toString()); });
        if (!read)
            return read;
        for (const QString &n : std::as_const(names))
            parts.append(label.arg(n));
        return {};
    };
    if (auto done = named(QStringLiteral("owner"), subset.owners, tr("customers of “%1”")); !done)
        return std::unexpected(done.error());
    if (auto done = named(QStringLiteral("tag"), subset.tags, tr("customers tagged “%1”")); !done)
        return std::unexpected(done.error());
    for (const QString &c : subset.countries)
        parts.append(tr("customers in %1").arg(c));
    return parts.join(QStringLiteral(", "));
}

Result<QString> SyncEndpoint::subsetSpec(const Subset &subset) const
{
    const Scope scope(this);
    if (subset.owners.size() + subset.tags.size() + subset.countries.size() != 1)
        return QString();
    if (!subset.countries.isEmpty())
        return QStringLiteral("country=") + subset.countries.first();
    const bool owner = !subset.owners.isEmpty();
    Stmt q(connection());
    q = prepared(owner ? QStringLiteral("SELECT name FROM owner WHERE uuid = ?") : QStringLiteral("SELECT name FROM tag WHERE uuid = ?"));
    q.addBindValue(owner ? subset.owners.first() : subset.tags.first());
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading which customers this computer keeps")));
    if (!q.next())
        return QString();
    return (owner ? QStringLiteral("owner=") : QStringLiteral("tag=")) + q.value(0).toString();
}

Result<SyncEndpoint::SubsetChoices> SyncEndpoint::subsetChoices() const
{
    const Scope scope(this);
    SubsetChoices out;
    const QList<QPair<QString, QStringList *>> lists{
        {QStringLiteral("SELECT name FROM owner WHERE deleted_at IS NULL ORDER BY name"), &out.owners},
        {QStringLiteral("SELECT name FROM tag WHERE deleted_at IS NULL ORDER BY name"), &out.tags},
        {QStringLiteral("SELECT DISTINCT country FROM customer WHERE country <> '' ORDER BY country"), &out.countries},
    };
    for (const auto &[sql, list] : lists) {
        Stmt q(connection());
        if (!q.exec(sql))
            return std::unexpected(Database::sqlError(q.lastError(), tr("Reading which customers this computer keeps")));
        while (q.next())
            list->append(q.value(0).toString());
    }
    return out;
}

Result<QSet<QString>> SyncEndpoint::members(const Subset &subset) const
{
    const Scope scope(this);
    QSet<QString> out;
    if (subset.isAll())
        return out;
    QStringList where;
    QStringList binds;
    if (!subset.owners.isEmpty()) {
        where.append(QStringLiteral("c.owner_id IN (SELECT id FROM owner WHERE uuid IN (%1))").arg(placeholders(subset.owners.size())));
        binds += subset.owners;
    }
    if (!subset.tags.isEmpty()) {
        where.append(QStringLiteral("c.id IN (SELECT ct.customer_id FROM customer_tag AS ct JOIN tag AS g ON g.id = ct.tag_id"
                                    " WHERE g.uuid IN (%1))").arg(placeholders(subset.tags.size())));
        binds += subset.tags;
    }
    if (!subset.countries.isEmpty()) {
        where.append(QStringLiteral("c.country IN (%1)").arg(placeholders(subset.countries.size())));
        binds += subset.countries;
    }
    Stmt q(connection());
    q = prepared(QStringLiteral("SELECT c.uuid, o.uuid FROM customer AS c LEFT JOIN customer AS o ON o.id = c.organisation_id"
                                " WHERE %1").arg(where.join(QStringLiteral(" OR "))));
    for (const QString &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading which customers a laptop keeps")));
    while (q.next()) {
        out.insert(q.value(0).toString());
        if (!q.value(1).isNull())
            out.insert(q.value(1).toString());
    }
    return out;
}

Result<QList<SyncRecord>> SyncEndpoint::closure(const QStringList &customers) const
{
    const Scope scope(this);
    const QString what = tr("Reading the records of customers");
    QHash<QString, QStringList> uuids; // table → records to read
    uuids.insert(kCustomer, customers);
    QStringList about; // "table/uuid" of records a conflict may be about
    for (const SyncTable &t : syncTables()) {
        if (t.customerRef.isEmpty())
            continue;
        auto read = eachIn(connection(),
                           QStringLiteral("SELECT x.uuid FROM %1 AS x JOIN customer AS c ON c.id = x.%2 WHERE c.uuid IN (%3)")
                               .arg(t.name, t.customerRef, QStringLiteral("%1")),
                           customers, what, [&](QSqlQuery &q) { uuids[t.name].append(q.value(0).toString()); });
        if (!read)
            return std::unexpected(read.error());
    }
    for (auto it = uuids.cbegin(); it != uuids.cend(); ++it) {
        auto read = eachIn(connection(),
                           QStringLiteral("SELECT uuid FROM sync_conflict WHERE tbl = '%1' AND row_uuid IN (%2)").arg(it.key(), QStringLiteral("%1")),
                           it.value(), what, [&](QSqlQuery &q) { about.append(q.value(0).toString()); });
        if (!read)
            return std::unexpected(read.error());
    }
    uuids.insert(kConflict, about);

    // What the records cannot wait for (a contact's channel, a consent's wording and purpose) comes
    // along: the laptop may not have it yet when it is later in the feed than its cursor.
    QList<SyncRecord> out;
    QSet<QString> have;
    while (!uuids.isEmpty()) {
        QHash<QString, QStringList> next;
        for (const SyncTable &t : syncTables()) {
            const QStringList wanted = uuids.value(t.name);
            if (wanted.isEmpty())
                continue;
            auto records = readRecords(t.name, wanted);
            if (!records)
                return std::unexpected(records.error());
            for (SyncRecord &r : *records) {
                for (const SyncColumn &c : t.columns) {
                    const QString target = r.values.value(c.name).toString();
                    if (c.required && !target.isEmpty() && c.target != kCustomer
                        && !have.contains(c.target + QLatin1Char('/') + target)) {
                        have.insert(c.target + QLatin1Char('/') + target);
                        next[c.target].append(target);
                    }
                }
                have.insert(t.name + QLatin1Char('/') + r.uuid);
                out.append(std::move(r));
            }
        }
        uuids = std::move(next);
    }
    return out;
}

Result<void> SyncEndpoint::pullAgain(const QString &serverId)
{
    const Scope scope(this);
    Stmt q(connection());
    q = prepared(QStringLiteral("UPDATE sync_peer SET pulled_upto = 0 WHERE peer_id = ?"));
    q.addBindValue(serverId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Changing which customers this computer keeps")));
    return {};
}

Result<QSet<QString>> SyncEndpoint::heldCustomers() const
{
    const Scope scope(this);
    Stmt q(connection());
    if (!q.exec(QStringLiteral("SELECT uuid FROM customer")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the customers here")));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<qint64> SyncEndpoint::evict(const QSet<QString> &members)
{
    const Scope scope(this);
    auto held = heldCustomers();
    if (!held)
        return std::unexpected(held.error());
    QStringList leaving;
    for (const QString &uuid : std::as_const(*held))
        if (!members.contains(uuid))
            leaving.append(uuid);
    if (leaving.isEmpty())
        return 0;

    const QString what = tr("Removing customers this computer no longer keeps");
    QSqlDatabase db = connection();
    if (auto begun = begin(db, what); !begun)
        return std::unexpected(begun.error());
    QSqlQuery q(db);
    auto failed = [&]() {
        const QSqlError error = q.lastError();
        rollback(db);
        return std::unexpected(Database::sqlError(error, what));
    };
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS evicting (uuid TEXT PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.evicting"))
        || !q.prepare(QStringLiteral("INSERT INTO temp.evicting (uuid) VALUES (?)")))
        return failed();
    for (const QString &uuid : std::as_const(leaving)) {
        q.addBindValue(uuid);
        if (!q.exec())
            return failed();
    }
    // A customer with a change made here that the server does not have yet stays until it has:
    // a change of its own, of a record that belongs to it, or a conflict about either.
    QStringList keep{QStringLiteral("SELECT r.uuid FROM row_stamp AS r WHERE r.tbl = 'customer' AND r.origin = 0"),
                     QStringLiteral("SELECT k.row_uuid FROM row_stamp AS r JOIN sync_conflict AS k ON k.uuid = r.uuid"
                                    " WHERE r.tbl = 'sync_conflict' AND r.origin = 0 AND k.tbl = 'customer'")};
    for (const SyncTable &t : syncTables()) {
        if (t.customerRef.isEmpty())
            continue;
        keep << QStringLiteral("SELECT c.uuid FROM row_stamp AS r JOIN %1 AS x ON x.uuid = r.uuid JOIN customer AS c"
                               " ON c.id = x.%2 WHERE r.tbl = '%1' AND r.origin = 0")
                    .arg(t.name, t.customerRef)
             << QStringLiteral("SELECT c.uuid FROM row_stamp AS r JOIN sync_conflict AS k ON k.uuid = r.uuid JOIN %1 AS x"
                               " ON x.uuid = k.row_uuid JOIN customer AS c ON c.id = x.%2"
                               " WHERE r.tbl = 'sync_conflict' AND r.origin = 0 AND k.tbl = '%1'")
                    .arg(t.name, t.customerRef);
    }
    for (const QString &sql : std::as_const(keep))
        if (!q.exec(QStringLiteral("DELETE FROM temp.evicting WHERE uuid IN (%1)").arg(sql)))
            return failed();
    // An organisation stays while a customer who stays belongs to it.
    for (;;) {
        if (!q.exec(QStringLiteral("DELETE FROM temp.evicting WHERE uuid IN (SELECT o.uuid FROM customer AS p"
                                   " JOIN customer AS o ON o.id = p.organisation_id"
                                   " WHERE p.uuid NOT IN (SELECT uuid FROM temp.evicting))")))
            return failed();
        if (q.numRowsAffected() <= 0)
            break;
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM temp.evicting")) || !q.next())
        return failed();
    const qint64 count = q.value(0).toLongLong();
    if (count == 0) {
        rollback(db);
        return 0;
    }
    // Nothing of this is a change made here: the stamping triggers stand aside.
    QStringList statements{QStringLiteral("UPDATE sync_clock SET applying = 1 WHERE id = 1")};
    statements += forgetCustomersSql(QStringLiteral("c.uuid IN (SELECT uuid FROM temp.evicting)"));
    // The customers go, and with them (their foreign keys cascade) everything that belongs to them.
    statements << QStringLiteral("DELETE FROM customer WHERE uuid IN (SELECT uuid FROM temp.evicting)")
               << QStringLiteral("DELETE FROM temp.evicting")
               << QStringLiteral("UPDATE sync_clock SET applying = 0 WHERE id = 1");
    for (const QString &sql : std::as_const(statements))
        if (!q.exec(sql))
            return failed();
    q.finish();
    if (auto committed = commit(db, what); !committed)
        return std::unexpected(committed.error());
    return count;
}

} // namespace relatio::sync
