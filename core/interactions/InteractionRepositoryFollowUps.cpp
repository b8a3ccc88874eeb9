// Follow-up persistence: InteractionRepository's follow-ups (its channels and contacts are in
// InteractionRepository.cpp).
#include "interactions/InteractionRepository.h"
#include "interactions/InteractionRows.h"

#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace relatio {

using namespace interactionrows;

namespace {

// The columns readFollowUp reads, with the assignee's and the customer's names.
QString selectFollowUp()
{
    return QStringLiteral(
    "SELECT f.id, f.uuid, f.customer_id, f.interaction_id, f.due_date, f.assignee_id, f.note, f.done_at,"
    " f.created_at, f.updated_at, o.name, %1, i.subject"
    " FROM follow_up f JOIN customer c ON c.id = f.customer_id LEFT JOIN owner o ON o.id = f.assignee_id"
    " LEFT JOIN interaction i ON i.id = f.interaction_id")
        .arg(customerNameSql());
}

FollowUp readFollowUp(const QSqlQuery &q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.uuid = q.value(1).toString();
    f.customerId = q.value(2).toLongLong();
    f.interactionId = q.value(3).toLongLong();
    f.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    f.assigneeId = q.value(5).toLongLong();
    f.note = q.value(6).toString();
    f.doneAt = fromStoredTime(q.value(7).toString());
    f.createdAt = fromStoredTime(q.value(8).toString());
    f.updatedAt = fromStoredTime(q.value(9).toString());
    f.assigneeName = q.value(10).toString();
    f.customerName = q.value(11).toString();
    f.interactionSubject = q.value(12).toString();
    return f;
}

// Runs a prepared query of follow-ups and reads them all.
Result<QList<FollowUp>> runFollowUps(QSqlQuery &q)
{
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), InteractionRepository::tr("Reading the follow-ups")));
    QList<FollowUp> list;
    while (q.next())
        list.append(readFollowUp(q));
    return list;
}

} // namespace

// ---- Follow-ups -----------------------------------------------------------------------------

Result<FollowUp> InteractionRepository::getFollowUp(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(selectFollowUp() + QStringLiteral(" WHERE f.id = ? AND f.deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the follow-up")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The follow-up no longer exists."));
    return readFollowUp(q);
}

Result<qint64> InteractionRepository::createFollowUp(const FollowUp &f)
{
    if (f.customerId <= 0)
        return fail(Error::Code::Invalid, tr("Choose the customer the follow-up is for."));
    if (!f.dueDate.isValid())
        return fail(Error::Code::Invalid, tr("Give the date the follow-up is due."));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO follow_up (uuid, customer_id, interaction_id, due_date, assignee_id, note,"
                             " done_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = nowStored();
    q.addBindValue(f.uuid.isEmpty() ? newUuid() : f.uuid);
    q.addBindValue(f.customerId);
    q.addBindValue(nullableId(f.interactionId));
    q.addBindValue(f.dueDate.toString(Qt::ISODate));
    q.addBindValue(nullableId(f.assigneeId));
    q.addBindValue(text(f.note.trimmed()));
    q.addBindValue(nullableTime(f.doneAt));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        // A foreign key that failed: SQLite's code, or PostgreSQL's SQLSTATE on a team database.
        if (q.lastError().nativeErrorCode() == QLatin1String("787")
            || q.lastError().nativeErrorCode() == QLatin1String("23503"))
            return fail(Error::Code::NotFound, tr("The customer or contact no longer exists."));
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving the follow-up")));
    }
    return returnedId(q);
}

Result<void> InteractionRepository::updateFollowUp(const FollowUp &f)
{
    if (!f.dueDate.isValid())
        return fail(Error::Code::Invalid, tr("Give the date the follow-up is due."));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE follow_up SET due_date = ?, assignee_id = ?, note = ?, done_at = ?, updated_at = ?"
                             " WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(f.dueDate.toString(Qt::ISODate));
    q.addBindValue(nullableId(f.assigneeId));
    q.addBindValue(text(f.note.trimmed()));
    q.addBindValue(nullableTime(f.doneAt));
    q.addBindValue(nowStored());
    q.addBindValue(f.id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving the follow-up")));
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The follow-up no longer exists."));
    return {};
}

const QList<MergeField<FollowUp>> &InteractionRepository::followUpMergeFields()
{
    static const QList<MergeField<FollowUp>> fields = {
        mergeField("due_date", &FollowUp::dueDate),
        mergeField("assignee", &FollowUp::assigneeId, &FollowUp::assigneeName),
        MergeField<FollowUp>{QStringLiteral("note"),
                             [](const FollowUp &a, const FollowUp &b) { return a.note.trimmed() == b.note.trimmed(); },
                             [](FollowUp &into, const FollowUp &from) { into.note = from.note; }},
        mergeField("done_at", &FollowUp::doneAt),
    };
    return fields;
}

QString InteractionRepository::followUpFieldLabel(const QString &field)
{
    if (field == QLatin1String("due_date")) return tr("Due");
    if (field == QLatin1String("assignee")) return tr("For");
    if (field == QLatin1String("note")) return tr("Note");
    if (field == QLatin1String("done_at")) return tr("Done");
    return field;
}

QString InteractionRepository::followUpFieldText(const FollowUp &f, const QString &field)
{
    if (field == QLatin1String("due_date")) return QLocale().toString(f.dueDate, QLocale::ShortFormat);
    if (field == QLatin1String("assignee")) return f.assigneeId > 0 ? f.assigneeName : QString();
    if (field == QLatin1String("note")) return f.note;
    if (field == QLatin1String("done_at"))
        return f.doneAt.isValid() ? tr("Done %1").arg(QLocale().toString(f.doneAt.toLocalTime(), QLocale::ShortFormat))
                                  : tr("Not done");
    return {};
}

Result<MergedSave<FollowUp>> InteractionRepository::updateFollowUp(const FollowUp &yours, const FollowUp &original,
                                                                   RecordConflict<FollowUp> *conflict)
{
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving the follow-up")));
    auto stored = getFollowUp(yours.id);
    if (!stored) {
        if (stored.error().code == Error::Code::NotFound)
            return fail(Error::Code::NotFound, tr("The follow-up was deleted elsewhere since you opened it. Your "
                                                  "changes were not saved."));
        return std::unexpected(stored.error());
    }
    FollowUp mine = yours;
    mine.note = mine.note.trimmed();
    auto saved = mergeAndWrite(
        followUpMergeFields(), original, mine, *stored, conflict, &followUpFieldLabel,
        tr("The follow-up was changed elsewhere since you opened it, and so were fields you changed: %1."),
        [this](const FollowUp &merged) { return updateFollowUp(merged); });
    if (saved && !tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving the follow-up")));
    return saved;
}

Result<void> InteractionRepository::setFollowUpDone(qint64 id, bool done)
{
    const QString now = nowStored();
    return updateRow(m_db->connection(),
                     QStringLiteral("UPDATE follow_up SET done_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
                     {timeIf(done, now), now, id}, tr("Saving the follow-up"), tr("The follow-up no longer exists."));
}

Result<void> InteractionRepository::removeFollowUp(qint64 id)
{
    const QString now = nowStored();
    return updateRow(m_db->connection(),
                     QStringLiteral("UPDATE follow_up SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
                     {now, now, id}, tr("Deleting the follow-up"), tr("The follow-up no longer exists."));
}

Result<void> InteractionRepository::restoreFollowUp(qint64 id)
{
    return updateRow(
        m_db->connection(),
        QStringLiteral("UPDATE follow_up SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL"),
        {nowStored(), id}, tr("Restoring the follow-up"), tr("The follow-up is not deleted."));
}

Result<QList<FollowUp>> InteractionRepository::followUpsForCustomer(qint64 customerId, bool includeDone) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(selectFollowUp()
              + QStringLiteral(" WHERE f.customer_id = ? AND f.deleted_at IS NULL %1"
                               " ORDER BY f.done_at IS NOT NULL, CASE WHEN f.done_at IS NULL THEN f.due_date END,"
                               " f.done_at DESC, f.id")
                    .arg(includeDone ? QString() : QStringLiteral("AND f.done_at IS NULL")));
    q.addBindValue(customerId);
    return runFollowUps(q);
}

Result<QList<FollowUp>> InteractionRepository::followUpsFor(qint64 assigneeId, int doneDays, int limit) const
{
    const QString who = assigneeId > 0 ? QStringLiteral("f.assignee_id = ?") : QStringLiteral("f.assignee_id IS NULL");
    // Open ones walk the partial index follow_up_open in due order.
    QString sql = QStringLiteral("SELECT * FROM (") + selectFollowUp()
        + QStringLiteral(" WHERE %1 AND f.done_at IS NULL AND f.deleted_at IS NULL AND c.deleted_at IS NULL"
                         " ORDER BY f.due_date, f.id LIMIT %2) AS open_ones")
              .arg(who)
              .arg(limit);
    if (doneDays > 0)
        sql += QStringLiteral(" UNION ALL SELECT * FROM (") + selectFollowUp()
            + QStringLiteral(" WHERE %1 AND f.done_at >= ? AND f.deleted_at IS NULL AND c.deleted_at IS NULL"
                             " ORDER BY f.done_at DESC, f.id LIMIT %2) AS done_ones")
                  .arg(who)
                  .arg(limit);
    // Open ones by due date first, then done ones, the latest done first.
    sql = QStringLiteral("SELECT * FROM (%1) AS follow_ups ORDER BY done_at IS NOT NULL,"
                         " CASE WHEN done_at IS NULL THEN due_date END, done_at DESC, id")
              .arg(sql);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (assigneeId > 0)
        q.addBindValue(assigneeId);
    if (doneDays > 0) {
        if (assigneeId > 0)
            q.addBindValue(assigneeId);
        q.addBindValue(toStoredTime(QDateTime::currentDateTimeUtc().addDays(-doneDays)));
    }
    return runFollowUps(q);
}

} // namespace relatio
