// Demo data writer: prepared statements in one transaction, secondary indexes rebuilt after the load.
#include "demo/DemoWriter.h"

#include "customers/CustomerRepository.h"
#include "demo/DemoSource.h"
#include "store/Migrations.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QUuid>

#include <sqlite3.h>

namespace relatio {

namespace {

// Deterministic identities: the same seed gives the same uuids on every machine.
QString demoUuid(quint64 seed, const char *kind, qint64 index)
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("{6f0c2a52-57c6-4b6e-9d0f-2f1d0a9e6c11}"));
    return QUuid::createUuidV5(ns, QStringLiteral("%1/%2/%3").arg(seed).arg(QLatin1String(kind)).arg(index))
        .toString(QUuid::WithoutBraces);
}

} // namespace

Result<qint64> DemoWriter::write(const Database &database, qint64 count, quint64 seed, const Progress &progress)
{
    if (count < 0)
        return fail(Error::Code::Usage, tr("The number of customers cannot be negative."));
    sqlite3 *db = database.handle();
    if (!db)
        return fail(Error::Code::Database, tr("The database is not open."));

    QElapsedTimer total;
    total.start();
    auto failed = [&](const QString &what) {
        return fail(Error::Code::Database, tr("Writing demo data: %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
    };

    // A bulk load into an empty file is cheapest with a rollback journal: WAL would write every
    // page twice (log, then checkpoint). Switching needs the only open connection; when another
    // one is open (the GUI's list reader), the load simply stays in WAL.
    auto journalMode = [db](const char *sql) {
        Statement q(db, sql);
        return q.step() ? q.text(0) : QString();
    };
    const bool switched = journalMode("PRAGMA journal_mode = DELETE") == QLatin1String("delete");
    struct RestoreWal
    {
        sqlite3 *db;
        bool active;
        ~RestoreWal()
        {
            if (active)
                execRaw(db, "PRAGMA journal_mode = WAL");
        }
    } restoreWal{db, switched};

    WriteTransaction tx(database.connection()); // the same connection as db; rolls back unless committed
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Writing demo data")));

    {
        Statement existing(db, "SELECT count(*) FROM customer");
        if (!existing.step())
            return failed(tr("counting customers"));
        if (existing.int64(0) > 0)
            return fail(Error::Code::Invalid,
                        tr("The database already holds customers (%1); demo data only goes into an empty database.")
                            .arg(QLocale().toString(existing.int64(0))));
    }

    // Secondary indexes are cheaper to build once, sorted, after the load than row by row; the
    // search index too, in one statement (FTS5 flushes its buffer at the end of every statement).
    QList<QByteArray> rebuildSql;
    {
        Statement schema(db, "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger')"
                             " AND tbl_name = 'customer' AND sql IS NOT NULL");
        QList<QByteArray> drops;
        while (schema.step()) {
            drops.append("DROP " + schema.text(0).toUtf8() + " \"" + schema.text(1).toUtf8() + "\"");
            rebuildSql.append(schema.text(2).toUtf8());
        }
        for (const QByteArray &drop : std::as_const(drops))
            if (!execRaw(db, drop.constData()))
                return failed(tr("preparing the load"));
    }
    execRaw(db, "PRAGMA cache_size = -65536");

    const QString now = nowStored();
    std::vector<qint64> ownerIds;
    {
        Statement insertOwner(db, "INSERT INTO owner (uuid, name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
                                  " ON CONFLICT(uuid) DO UPDATE SET name = excluded.name RETURNING id");
        const auto owners = demo::DemoSource::owners();
        for (qsizetype i = 0; i < owners.size(); ++i) {
            insertOwner.reset();
            insertOwner.bind(1, demoUuid(seed, "owner", i));
            insertOwner.bind(2, owners[i].name);
            insertOwner.bind(3, owners[i].email);
            insertOwner.bind(4, now);
            insertOwner.bind(5, now);
            if (!insertOwner.step())
                return failed(tr("owners"));
            ownerIds.push_back(insertOwner.int64(0));
            while (insertOwner.step()) {
            }
        }
    }
    std::vector<qint64> tagIds;
    {
        Statement findTag(db, "SELECT id FROM tag WHERE name = ?");
        Statement insertTag(db, "INSERT INTO tag (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id");
        const QStringList tags = demo::DemoSource::tags();
        for (qsizetype i = 0; i < tags.size(); ++i) {
            findTag.reset();
            findTag.bind(1, tags[i]);
            if (findTag.step()) {
                tagIds.push_back(findTag.int64(0));
                continue;
            }
            insertTag.reset();
            insertTag.bind(1, demoUuid(seed, "tag", i));
            insertTag.bind(2, tags[i]);
            insertTag.bind(3, now);
            insertTag.bind(4, now);
            if (!insertTag.step())
                return failed(tr("tags"));
            tagIds.push_back(insertTag.int64(0));
            while (insertTag.step()) {
            }
        }
    }

    Statement insert(db,
                     "INSERT INTO customer (uuid, kind, given_name, family_name, organisation_name, organisation_id,"
                     " email, email_alt, phone, mobile, street, postcode, city, country, language, owner_id, notes,"
                     " org_label, sort_name, org_sort, phone_search, created_at, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement link(db, "INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)");
    if (!insert.isValid() || !link.isValid())
        return failed(tr("preparing the load"));

    struct Org
    {
        qint64 id;
        QString name;
    };
    QHash<qint64, Org> organisations; // sequence number in the stream → stored organisation
    const QByteArray person = QByteArrayLiteral("person");
    const QByteArray organisation = QByteArrayLiteral("organisation");

    demo::DemoSource source(seed, count);
    demo::DemoRecord record;
    qint64 done = 0;
    while (source.next(record)) {
        const Customer &c = record.customer;
        QString label;
        qint64 orgId = 0;
        if (record.organisationIndex >= 0) {
            const auto it = organisations.constFind(record.organisationIndex);
            if (it != organisations.constEnd()) {
                orgId = it->id;
                label = it->name;
            }
        }
        const auto derived = CustomerRepository::derive(c, label);
        insert.reset();
        insert.bind(1, demoUuid(seed, "customer", done));
        insert.bindUtf8(2, c.kind == CustomerKind::Organisation ? organisation : person);
        insert.bind(3, c.givenName);
        insert.bind(4, c.familyName);
        insert.bind(5, c.organisationName);
        if (orgId > 0)
            insert.bind(6, orgId);
        else
            insert.bindNull(6);
        insert.bind(7, c.email);
        insert.bind(8, c.emailAlt);
        insert.bind(9, c.phone);
        insert.bind(10, c.mobile);
        insert.bind(11, c.street);
        insert.bind(12, c.postcode);
        insert.bind(13, c.city);
        insert.bind(14, c.country);
        insert.bind(15, c.language);
        if (record.ownerIndex >= 0 && std::size_t(record.ownerIndex) < ownerIds.size())
            insert.bind(16, ownerIds[std::size_t(record.ownerIndex)]);
        else
            insert.bindNull(16);
        insert.bind(17, c.notes);
        insert.bind(18, label);
        insert.bind(19, derived.sortName);
        insert.bind(20, derived.orgSort);
        insert.bind(21, derived.phoneSearch);
        insert.bind(22, toStoredTime(c.createdAt));
        insert.bind(23, toStoredTime(c.updatedAt));
        insert.step();
        if (insert.failed())
            return failed(tr("customer %1").arg(done + 1));
        const qint64 id = sqlite3_last_insert_rowid(db);
        if (c.kind == CustomerKind::Organisation)
            organisations.insert(done, Org{id, c.organisationName});
        for (int tag : std::as_const(record.tagIndexes)) {
            if (tag < 0 || std::size_t(tag) >= tagIds.size())
                continue;
            link.reset();
            link.bind(1, id);
            link.bind(2, tagIds[std::size_t(tag)]);
            link.step();
            if (link.failed())
                return failed(tr("tags of customer %1").arg(done + 1));
        }
        ++done;
        if (progress && done % 5000 == 0 && !progress(done, count))
            return fail(Error::Code::Cancelled, tr("Loading demo data was cancelled; nothing was written."));
    }

    if (progress && !progress(done, count))
        return fail(Error::Code::Cancelled, tr("Loading demo data was cancelled; nothing was written."));
    const bool trace = qEnvironmentVariableIsSet("RELATIO_TRACE");
    QElapsedTimer stage;
    stage.start();
    if (trace)
        qInfo("demo: rows written after %.1f s", double(total.elapsed()) / 1000.0);
    if (!execRaw(db, customerSearchFillSql().toUtf8().constData()))
        return failed(tr("building the search index"));
    if (trace)
        qInfo("demo: search index %.1f s", double(stage.restart()) / 1000.0);
    for (const QByteArray &sql : std::as_const(rebuildSql)) {
        if (!execRaw(db, sql.constData()))
            return failed(tr("building indexes"));
        if (trace)
            qInfo("demo: %.1f s for %s", double(stage.restart()) / 1000.0, sql.left(60).constData());
    }
    execRaw(db, "PRAGMA cache_size = -16000");
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Writing demo data")));
    if (trace)
        qInfo("demo: commit %.1f s", double(stage.restart()) / 1000.0);
    execRaw(db, "PRAGMA optimize");
    if (progress)
        progress(done, count);
    return done;
}

} // namespace relatio
