// Reviewing and answering sync conflicts.
#include "sync/ConflictResolver.h"

#include "customers/CustomerRepository.h"
#include "store/Transaction.h"
#include "sync/SyncSchema.h"
#include "util/Stamps.h"

#include <QDate>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace relatio::sync {

ConflictResolver::ConflictResolver(DatabasePtr db)
    : m_db(std::move(db))
{
}

QDateTime ConflictResolver::stampTime(qint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(hlc >> 16, Qt::UTC);
}

QString ConflictResolver::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("given_name"), QT_TR_NOOP("Given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("organisation_name"), QT_TR_NOOP("Organisation name")},
        {QStringLiteral("organisation_id"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("email_alt"), QT_TR_NOOP("Other e-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("external_id"), QT_TR_NOOP("External id")},
        {QStringLiteral("deleted_at"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        // Contacts and follow-ups.
        {QStringLiteral("occurred_at"), QT_TR_NOOP("When")},
        {QStringLiteral("channel_id"), QT_TR_NOOP("Channel")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("handled_by"), QT_TR_NOOP("Handled by")},
        {QStringLiteral("csat"), QT_TR_NOOP("Satisfaction (1-5)")},
        {QStringLiteral("nps"), QT_TR_NOOP("Would recommend (0-10)")},
        {QStringLiteral("taken_by"), QT_TR_NOOP("Taken by")},
        {QStringLiteral("taken_at"), QT_TR_NOOP("Taken on")},
        {QStringLiteral("resolved_at"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due")},
        {QStringLiteral("assignee_id"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("done_at"), QT_TR_NOOP("Done")},
    };
    const auto found = labels.constFind(field);
    return found == labels.cend() ? field : tr(*found);
}

QString ConflictResolver::describe(const QString &field, const QVariant &value) const
{
    if (value.isNull() || value.toString().isEmpty()) {
        if (field == QLatin1String("deleted_at"))
            return tr("not deleted");
        if (field == QLatin1String("resolved_at"))
            return tr("not resolved");
        if (field == QLatin1String("done_at"))
            return tr("not done");
        if (field == QLatin1String("taken_by") || field == QLatin1String("assignee_id"))
            return tr("nobody");
        return tr("(empty)");
    }
    const QString text = value.toString();
    QSqlQuery q(m_db->connection());
    if (field == QLatin1String("deleted_at"))
        return tr("deleted on %1").arg(QLocale().toString(fromStoredTime(text).toLocalTime(), QLocale::ShortFormat));
    for (const char *time : {"occurred_at", "taken_at", "resolved_at", "done_at"})
        if (field == QLatin1String(time))
            return QLocale().toString(fromStoredTime(text).toLocalTime(), QLocale::ShortFormat);
    if (field == QLatin1String("due_date"))
        return QLocale().toString(QDate::fromString(text, Qt::ISODate), QLocale::ShortFormat);
    if (field == QLatin1String("channel_id")) {
        q.prepare(QStringLiteral("SELECT CASE WHEN name <> '' THEN name ELSE code END FROM channel WHERE uuid = ?"));
        q.addBindValue(text);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return tr("(a record not here)");
    }
    if (field == QLatin1String("handled_by") || field == QLatin1String("taken_by") || field == QLatin1String("assignee_id")) {
        q.prepare(QStringLiteral("SELECT name FROM owner WHERE uuid = ?"));
        q.addBindValue(text);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return tr("(a record not here)");
    }
    if (field == QLatin1String("owner_id") || field == QLatin1String("organisation_id")) {
        q.prepare(field == QLatin1String("owner_id")
                      ? QStringLiteral("SELECT name FROM owner WHERE uuid = ?")
                      : QStringLiteral("SELECT CASE kind WHEN 'organisation' THEN organisation_name"
                                       " ELSE trim(given_name || ' ' || family_name) END FROM customer WHERE uuid = ?"));
        q.addBindValue(text);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return tr("(a record not here)");
    }
    if (field == QLatin1String("tags")) {
        QStringList names;
        q.prepare(QStringLiteral("SELECT name FROM tag WHERE uuid = ?"));
        for (const QString &uuid : text.split(QLatin1Char(','))) {
            q.addBindValue(uuid);
            if (q.exec() && q.next())
                names.append(q.value(0).toString());
        }
        names.sort(Qt::CaseInsensitive);
        return names.join(QStringLiteral(", "));
    }
    return text;
}

ConflictView ConflictResolver::view(const Conflict &c, const QString &label, const QList<SyncRecord> &held) const
{
    // held: the record as it is here (empty when it is not), to tell whether the winner still stands.
    ConflictView v;
    v.conflict = c;
    v.fieldLabel = label;
    v.loserText = describe(c.field, c.loserValue);
    v.winnerText = describe(c.field, c.winnerValue);
    v.loserWhere = c.loser.node;
    v.winnerWhere = c.winner.node;
    v.loserWhen = stampTime(c.loser.hlc);
    v.winnerWhen = stampTime(c.winner.hlc);
    if (!held.isEmpty()) {
        const QVariant now = held.first().values.value(c.field);
        v.currentIsWinner = now.isNull() == c.winnerValue.isNull() && now.toString() == c.winnerValue.toString();
    }
    return v;
}

Result<QList<ConflictView>> ConflictResolver::forCustomer(const QString &customerUuid, bool openOnly) const
{
    SyncEndpoint endpoint(m_db);
    auto all = endpoint.conflicts(QStringLiteral("customer"), customerUuid);
    if (!all)
        return std::unexpected(all.error());
    auto records = endpoint.readRecords(QStringLiteral("customer"), {customerUuid});
    if (!records)
        return std::unexpected(records.error());
    QList<ConflictView> out;
    for (const Conflict &c : std::as_const(*all)) {
        if (openOnly && c.state != QLatin1String("open"))
            continue;
        out.prepend(view(c, fieldLabel(c.field), *records));
    }
    // The customer's contacts and follow-ups: each entry says which one it is about.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT 'interaction', i.uuid, i.subject, i.occurred_at FROM interaction i JOIN customer c ON c.id = i.customer_id"
        " WHERE c.uuid = ? AND EXISTS (SELECT 1 FROM sync_conflict s WHERE s.tbl = 'interaction' AND s.row_uuid = i.uuid)"
        " UNION ALL"
        " SELECT 'follow_up', f.uuid, f.note, f.due_date FROM follow_up f JOIN customer c ON c.id = f.customer_id"
        " WHERE c.uuid = ? AND EXISTS (SELECT 1 FROM sync_conflict s WHERE s.tbl = 'follow_up' AND s.row_uuid = f.uuid)"));
    q.addBindValue(customerUuid);
    q.addBindValue(customerUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the conflict list")));
    struct Row
    {
        QString table, uuid, title;
    };
    QList<Row> rows;
    while (q.next()) {
        const bool contact = q.value(0).toString() == QLatin1String("interaction");
        const QString what = q.value(2).toString().isEmpty()
            ? QLocale().toString(contact ? fromStoredTime(q.value(3).toString()).toLocalTime().date()
                                         : QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                 QLocale::ShortFormat)
            : q.value(2).toString();
        rows.append({q.value(0).toString(), q.value(1).toString(),
                     contact ? tr("Contact “%1”").arg(what) : tr("Follow-up “%1”").arg(what)});
    }
    q.finish();
    for (const Row &row : std::as_const(rows)) {
        auto conflicts = endpoint.conflicts(row.table, row.uuid);
        if (!conflicts)
            return std::unexpected(conflicts.error());
        auto held = endpoint.readRecords(row.table, {row.uuid});
        if (!held)
            return std::unexpected(held.error());
        for (const Conflict &c : std::as_const(*conflicts)) {
            if (openOnly && c.state != QLatin1String("open"))
                continue;
            out.append(view(c, tr("%1: %2").arg(row.title, fieldLabel(c.field)), *held));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ConflictView &a, const ConflictView &b) { return b.conflict.loser < a.conflict.loser; });
    return out;
}

Result<int> ConflictResolver::openCount(const QString &customerUuid) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM sync_conflict WHERE state = 'open' AND (tbl = 'customer' AND row_uuid = ?"
        " OR tbl = 'interaction' AND row_uuid IN (SELECT i.uuid FROM interaction i JOIN customer c ON c.id = i.customer_id"
        "  WHERE c.uuid = ?)"
        " OR tbl = 'follow_up' AND row_uuid IN (SELECT f.uuid FROM follow_up f JOIN customer c ON c.id = f.customer_id"
        "  WHERE c.uuid = ?))"));
    q.addBindValue(customerUuid);
    q.addBindValue(customerUuid);
    q.addBindValue(customerUuid);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the conflict list")));
    return q.value(0).toInt();
}

Result<void> ConflictResolver::setState(const QString &conflictUuid, const QString &state)
{
    // A local edit of the entry: its trigger stamps the state, so the answer reaches every replica.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE sync_conflict SET state = ?, updated_at = ? WHERE uuid = ?"));
    q.addBindValue(state);
    q.addBindValue(nowStored());
    q.addBindValue(conflictUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Answering a conflict")));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("The conflict is no longer listed."));
    return {};
}

Result<void> ConflictResolver::accept(const QString &conflictUuid)
{
    return setState(conflictUuid, QStringLiteral("accepted"));
}

Result<void> ConflictResolver::flip(const QString &conflictUuid, const QString &actor)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT tbl, row_uuid, field, loser_value, winner_value, state FROM sync_conflict WHERE uuid = ?"));
    q.addBindValue(conflictUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Answering a conflict")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The conflict is no longer listed."));
    const QString table = q.value(0).toString();
    const QString rowUuid = q.value(1).toString();
    const QString field = q.value(2).toString();
    const bool back = q.value(5).toString() == QLatin1String("flipped");
    const QVariant value = back ? q.value(4) : q.value(3);
    q.finish();
    if (table == QLatin1String("interaction") || table == QLatin1String("follow_up"))
        return flipField(conflictUuid, table, rowUuid, field, value, back);
    if (table != QLatin1String("customer"))
        return fail(Error::Code::Invalid, tr("Only conflicts on customers, contacts and follow-ups can be answered here."));

    CustomerRepository repository(m_db);
    repository.setActor(actor);
    q.prepare(QStringLiteral("SELECT id FROM customer WHERE uuid = ?"));
    q.addBindValue(rowUuid);
    if (!q.exec() || !q.next())
        return fail(Error::Code::NotFound, tr("The customer of this conflict is not here."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    auto customer = repository.get(id);
    if (!customer)
        return std::unexpected(customer.error());
    Customer c = *customer;
    const QString text = value.isNull() ? QString() : value.toString();

    if (field == QLatin1String("deleted_at")) {
        const bool deleted = !text.isEmpty();
        if (deleted != c.isDeleted()) {
            if (auto done = deleted ? repository.remove(id) : repository.restore(id); !done)
                return done;
        }
        return setState(conflictUuid, back ? QStringLiteral("accepted") : QStringLiteral("flipped"));
    }
    auto idOf = [this](const char *sql, const QString &uuid) -> qint64 {
        QSqlQuery find(m_db->connection());
        find.prepare(QString::fromLatin1(sql));
        find.addBindValue(uuid);
        return find.exec() && find.next() ? find.value(0).toLongLong() : 0;
    };
    const QHash<QString, QString *> texts = {
        {QStringLiteral("given_name"), &c.givenName},   {QStringLiteral("family_name"), &c.familyName},
        {QStringLiteral("organisation_name"), &c.organisationName}, {QStringLiteral("email"), &c.email},
        {QStringLiteral("email_alt"), &c.emailAlt},     {QStringLiteral("phone"), &c.phone},
        {QStringLiteral("mobile"), &c.mobile},          {QStringLiteral("street"), &c.street},
        {QStringLiteral("postcode"), &c.postcode},      {QStringLiteral("city"), &c.city},
        {QStringLiteral("country"), &c.country},        {QStringLiteral("language"), &c.language},
        {QStringLiteral("notes"), &c.notes},            {QStringLiteral("external_id"), &c.externalId},
    };
    if (QString *member = texts.value(field)) {
        *member = text;
    } else if (field == QLatin1String("kind")) {
        c.kind = text == QLatin1String("organisation") ? CustomerKind::Organisation : CustomerKind::Person;
    } else if (field == QLatin1String("owner_id")) {
        c.ownerId = text.isEmpty() ? 0 : idOf("SELECT id FROM owner WHERE uuid = ?", text);
        if (!text.isEmpty() && c.ownerId == 0)
            return fail(Error::Code::NotFound, tr("That team member is not here."));
    } else if (field == QLatin1String("organisation_id")) {
        c.organisationId = text.isEmpty() ? 0 : idOf("SELECT id FROM customer WHERE uuid = ?", text);
        if (!text.isEmpty() && c.organisationId == 0)
            return fail(Error::Code::NotFound, tr("That organisation is not here."));
    } else if (field == QLatin1String("tags")) {
        QStringList names;
        for (const QString &uuid : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QSqlQuery find(m_db->connection());
            find.prepare(QStringLiteral("SELECT name FROM tag WHERE uuid = ?"));
            find.addBindValue(uuid);
            if (find.exec() && find.next())
                names.append(find.value(0).toString());
        }
        c.tags = names;
    } else {
        return fail(Error::Code::Invalid, tr("The field %1 cannot be set back here.").arg(field));
    }
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Answering a conflict")));
    const auto validation = CustomerValidator::validate(c);
    if (!validation.isValid())
        return fail(Error::Code::Invalid, validation.summary());
    if (auto saved = repository.updateValidated(validation.normalised, ChangeHow::Edit, &*customer); !saved)
        return saved;
    if (auto marked = setState(conflictUuid, back ? QStringLiteral("accepted") : QStringLiteral("flipped")); !marked)
        return marked;
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Answering a conflict")));
    return {};
}

Result<void> ConflictResolver::flipField(const QString &conflictUuid, const QString &table, const QString &rowUuid,
                                         const QString &field, const QVariant &value, bool back)
{
    // A contact's or follow-up's field is written as it is stored: a reference by the local id of
    // the record its uuid names. The row's triggers stamp it (and keep the figures right).
    const SyncTable *t = syncTable(table);
    const SyncColumn *column = nullptr;
    for (const SyncColumn &c : t->columns)
        if (c.name == field)
            column = &c;
    if (!column || !t->mutableColumns.contains(field))
        return fail(Error::Code::Invalid, tr("The field %1 cannot be set back here.").arg(field));
    QVariant stored = value;
    if (column->kind == SyncColumn::Kind::Ref && !value.isNull()) {
        QSqlQuery find(m_db->connection());
        find.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(column->target));
        find.addBindValue(value);
        if (!find.exec() || !find.next())
            return fail(Error::Code::NotFound, tr("What the overwritten value names is not here."));
        stored = find.value(0);
    }
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Answering a conflict")));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE uuid = ?").arg(table, field));
    q.addBindValue(stored);
    q.addBindValue(nowStored());
    q.addBindValue(rowUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Answering a conflict")));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("The record of this conflict is not here."));
    if (auto marked = setState(conflictUuid, back ? QStringLiteral("accepted") : QStringLiteral("flipped")); !marked)
        return marked;
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Answering a conflict")));
    return {};
}

} // namespace relatio::sync
