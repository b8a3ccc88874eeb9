// The stored history of imports: a record's content before and after an import as JSON, and
// undoing and redoing a stored import.
#include "csv/ImportHistory.h"

#include "csv/CustomerImporter.h"
#include "customers/CustomerRepository.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace relatio::csv {

namespace {

QJsonObject toJson(const Customer &c)
{
    QJsonObject o;
    o[QStringLiteral("id")] = QString::number(c.id);
    o[QStringLiteral("kind")] = c.kind == CustomerKind::Organisation ? QStringLiteral("organisation") : QStringLiteral("person");
    o[QStringLiteral("external_id")] = c.externalId;
    o[QStringLiteral("given_name")] = c.givenName;
    o[QStringLiteral("family_name")] = c.familyName;
    o[QStringLiteral("organisation_name")] = c.organisationName;
    o[QStringLiteral("organisation_id")] = QString::number(c.organisationId);
    o[QStringLiteral("email")] = c.email;
    o[QStringLiteral("email_alt")] = c.emailAlt;
    o[QStringLiteral("phone")] = c.phone;
    o[QStringLiteral("mobile")] = c.mobile;
    o[QStringLiteral("street")] = c.street;
    o[QStringLiteral("postcode")] = c.postcode;
    o[QStringLiteral("city")] = c.city;
    o[QStringLiteral("country")] = c.country;
    o[QStringLiteral("language")] = c.language;
    o[QStringLiteral("owner_id")] = QString::number(c.ownerId);
    o[QStringLiteral("tags")] = QJsonArray::fromStringList(c.tags);
    o[QStringLiteral("notes")] = c.notes;
    return o;
}

Customer fromJson(const QJsonObject &o)
{
    Customer c;
    c.id = o[QStringLiteral("id")].toString().toLongLong();
    c.kind = o[QStringLiteral("kind")].toString() == QLatin1String("organisation") ? CustomerKind::Organisation
                                                                                   : CustomerKind::Person;
    c.externalId = o[QStringLiteral("external_id")].toString();
    c.givenName = o[QStringLiteral("given_name")].toString();
    c.familyName = o[QStringLiteral("family_name")].toString();
    c.organisationName = o[QStringLiteral("organisation_name")].toString();
    c.organisationId = o[QStringLiteral("organisation_id")].toString().toLongLong();
    c.email = o[QStringLiteral("email")].toString();
    c.emailAlt = o[QStringLiteral("email_alt")].toString();
    c.phone = o[QStringLiteral("phone")].toString();
    c.mobile = o[QStringLiteral("mobile")].toString();
    c.street = o[QStringLiteral("street")].toString();
    c.postcode = o[QStringLiteral("postcode")].toString();
    c.city = o[QStringLiteral("city")].toString();
    c.country = o[QStringLiteral("country")].toString();
    c.language = o[QStringLiteral("language")].toString();
    c.ownerId = o[QStringLiteral("owner_id")].toString().toLongLong();
    for (const QJsonValue &tag : o[QStringLiteral("tags")].toArray())
        c.tags.append(tag.toString());
    c.notes = o[QStringLiteral("notes")].toString();
    return c;
}

Result<qint64> applyImport(const DatabasePtr &db, qint64 batchId, bool undo, const QString &actor)
{
    sqlite3 *handle = db->handle();
    WriteTransaction tx(db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), CustomerImporter::tr("Undoing the import")));
    Statement batch(handle, "SELECT first_created_id, last_created_id, undone_at FROM import_batch WHERE id = ?");
    batch.bind(1, batchId);
    if (!batch.step())
        return fail(Error::Code::NotFound, CustomerImporter::tr("Import %1 does not exist.").arg(batchId));
    const qint64 first = batch.isNull(0) ? 0 : batch.int64(0);
    const qint64 last = batch.isNull(1) ? -1 : batch.int64(1);
    const QString undoneAt = batch.text(2);
    if (undo != undoneAt.isEmpty())
        return fail(Error::Code::Invalid, undo ? CustomerImporter::tr("This import has been undone already.")
                                               : CustomerImporter::tr("This import has not been undone."));
    const QString now = nowStored();
    qint64 changed = 0;
    CustomerRepository repository(db);
    repository.setActor(actor);
    const ChangeHow how = undo ? ChangeHow::ImportUndo : ChangeHow::ImportRedo;
    if (first > 0) {
        // The records whose deletion changes, for the change history.
        std::vector<qint64> affected;
        Statement which(handle, undo ? "SELECT id FROM customer WHERE id BETWEEN ?1 AND ?2 AND deleted_at IS NULL"
                                     : "SELECT id FROM customer WHERE id BETWEEN ?1 AND ?2 AND deleted_at = ?3");
        which.bind(1, first);
        which.bind(2, last);
        if (!undo)
            which.bind(3, undoneAt);
        while (which.step())
            affected.push_back(which.int64(0));
        if (which.failed())
            return fail(Error::Code::Database, which.errorMessage());
        Statement created(handle, undo ? "UPDATE customer SET deleted_at = ?1, updated_at = ?1 WHERE id BETWEEN ?2 AND ?3"
                                         " AND deleted_at IS NULL"
                                       : "UPDATE customer SET deleted_at = NULL, updated_at = ?1 WHERE id BETWEEN ?2 AND ?3"
                                         " AND deleted_at = ?4");
        created.bind(1, now);
        created.bind(2, first);
        created.bind(3, last);
        if (!undo)
            created.bind(4, undoneAt);
        created.step();
        if (created.failed())
            return fail(Error::Code::Database, created.errorMessage());
        changed += sqlite3_changes(handle);
        if (auto recorded = ChangeHistory::recordEvents(db->connection(), affected, ChangeHistory::kDeleted,
                                                        undo ? QString() : undoneAt, undo ? now : QString(),
                                                        repository.actor(), how);
            !recorded)
            return std::unexpected(recorded.error());
    }
    Statement changes(handle, "SELECT before, after FROM import_change WHERE batch_id = ?");
    changes.bind(1, batchId);
    while (changes.step()) {
        const Customer content = contentFromJson(changes.text(undo ? 0 : 1).toUtf8());
        if (auto written = repository.updateValidated(content, how); !written)
            return std::unexpected(written.error());
        ++changed;
    }
    if (changes.failed())
        return fail(Error::Code::Database, changes.errorMessage());
    Statement mark(handle, "UPDATE import_batch SET undone_at = ? WHERE id = ?");
    if (undo)
        mark.bind(1, now);
    else
        mark.bindNull(1);
    mark.bind(2, batchId);
    mark.step();
    if (mark.failed())
        return fail(Error::Code::Database, mark.errorMessage());
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), CustomerImporter::tr("Undoing the import")));
    return changed;
}

} // namespace

QByteArray contentJson(const Customer &c)
{
    return QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact);
}

Customer contentFromJson(const QByteArray &json)
{
    return fromJson(QJsonDocument::fromJson(json).object());
}

Result<qint64> CustomerImporter::undoImport(qint64 batchId, const QString &actor)
{
    return applyImport(m_db, batchId, true, actor);
}

Result<qint64> CustomerImporter::redoImport(qint64 batchId, const QString &actor)
{
    return applyImport(m_db, batchId, false, actor);
}

} // namespace relatio::csv
