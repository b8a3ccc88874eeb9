// Demo data writer: prepared statements in one transaction, secondary indexes rebuilt after the load.
#include "demo/DemoWriter.h"

#include "customers/CustomerInserter.h"
#include "demo/DemoSource.h"
#include "store/BulkLoad.h"
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

    // Rollback journal while this is the only connection; indexes built after the rows.
    BulkLoad bulk(db);

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

    for (const char *table : {"customer", "customer_tag"})
        if (auto deferred = bulk.deferIndexes(table); !deferred)
            return std::unexpected(deferred.error());

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

    CustomerInserter inserter(db);
    if (!inserter.isValid())
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
    std::vector<qint64> rowTags;
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
        Customer row = c;
        row.uuid = demoUuid(seed, "customer", done);
        row.organisationId = orgId;
        row.ownerId = record.ownerIndex >= 0 && std::size_t(record.ownerIndex) < ownerIds.size()
            ? ownerIds[std::size_t(record.ownerIndex)]
            : 0;
        const auto id = inserter.insert(row, label, toStoredTime(c.createdAt), toStoredTime(c.updatedAt));
        if (!id)
            return failed(tr("customer %1").arg(done + 1));
        if (c.kind == CustomerKind::Organisation)
            organisations.insert(done, Org{*id, c.organisationName});
        rowTags.clear();
        for (int tag : std::as_const(record.tagIndexes))
            if (tag >= 0 && std::size_t(tag) < tagIds.size())
                rowTags.push_back(tagIds[std::size_t(tag)]);
        if (!inserter.linkTags(*id, rowTags))
            return failed(tr("tags of customer %1").arg(done + 1));
        ++done;
        if (progress && done % 5000 == 0 && !progress(done, count))
            return fail(Error::Code::Cancelled, tr("Loading demo data was cancelled; nothing was written."));
    }

    if (progress && !progress(done, count))
        return fail(Error::Code::Cancelled, tr("Loading demo data was cancelled; nothing was written."));
    if (qEnvironmentVariableIsSet("RELATIO_TRACE"))
        qInfo("demo: rows written after %.1f s", double(total.elapsed()) / 1000.0);
    if (auto rebuilt = bulk.rebuild({customerSearchFillSql().toUtf8()}); !rebuilt)
        return std::unexpected(rebuilt.error());
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Writing demo data")));
    execRaw(db, "PRAGMA optimize");
    if (progress)
        progress(done, count);
    return done;
}

} // namespace relatio
