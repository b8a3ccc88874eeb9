// Channel and contact persistence; the follow-ups are in InteractionRepositoryFollowUps.cpp.
#include "interactions/InteractionRepository.h"
#include "interactions/InteractionRows.h"

#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relatio {

namespace {

const QString kCustomerName = QStringLiteral(
    "CASE c.kind WHEN 'organisation' THEN c.organisation_name"
    " ELSE trim(c.given_name || ' ' || c.family_name) END");

const QString kSelectInteraction = QStringLiteral(
    "SELECT i.id, i.uuid, i.customer_id, i.occurred_at, i.channel_id, i.direction, i.kind, i.subject,"
    " i.notes, i.handled_by, i.csat, i.nps, i.taken_by, i.taken_at, i.resolved_at, i.created_at,"
    " i.updated_at, i.deleted_at, ch.code, ch.name, h.name, t.name, %1"
    " FROM interaction i JOIN channel ch ON ch.id = i.channel_id JOIN customer c ON c.id = i.customer_id"
    " LEFT JOIN owner h ON h.id = i.handled_by LEFT JOIN owner t ON t.id = i.taken_by")
                                         .arg(kCustomerName);

Interaction readInteraction(const QSqlQuery &q)
{
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.uuid = q.value(1).toString();
    i.customerId = q.value(2).toLongLong();
    i.occurredAt = fromStoredTime(q.value(3).toString());
    i.channelId = q.value(4).toLongLong();
    i.direction = directionFromCode(q.value(5).toString()).value_or(Direction::In);
    i.kind = kindFromCode(q.value(6).toString()).value_or(InteractionKind::Other);
    i.subject = q.value(7).toString();
    i.notes = q.value(8).toString();
    i.handledById = q.value(9).toLongLong();
    if (!q.value(10).isNull())
        i.csat = q.value(10).toInt();
    if (!q.value(11).isNull())
        i.nps = q.value(11).toInt();
    i.takenById = q.value(12).toLongLong();
    i.takenAt = fromStoredTime(q.value(13).toString());
    i.resolvedAt = fromStoredTime(q.value(14).toString());
    i.createdAt = fromStoredTime(q.value(15).toString());
    i.updatedAt = fromStoredTime(q.value(16).toString());
    i.deletedAt = fromStoredTime(q.value(17).toString());
    Channel ch;
    ch.code = q.value(18).toString();
    ch.name = q.value(19).toString();
    i.channelName = ch.displayName();
    i.handledByName = q.value(20).toString();
    i.takenByName = q.value(21).toString();
    i.customerName = q.value(22).toString();
    return i;
}

} // namespace

namespace interactionrows {

const QString &customerNameSql()
{
    return kCustomerName;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(toStoredTime(time)) : QVariant(QMetaType(QMetaType::QString));
}

QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// A stored time, or NULL when the flag is off (resolved, done, retired).
QVariant timeIf(bool set, const QString &now)
{
    return set ? QVariant(now) : QVariant(QMetaType(QMetaType::QString));
}

// One UPDATE of the row it names: what says what was being done, for the error; gone is the
// message when no row matched.
Result<void> updateRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what,
                       const QString &gone)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, gone);
    return {};
}

} // namespace interactionrows

using namespace interactionrows;

InteractionRepository::InteractionRepository(DatabasePtr db)
    : m_db(std::move(db))
{
}

// ---- Channels -------------------------------------------------------------------------------

Result<QList<Channel>> InteractionRepository::channels(bool activeOnly) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, uuid, code, name, position, social, retired_at IS NOT NULL FROM channel"
                               " WHERE deleted_at IS NULL %1 ORDER BY position, id")
                    .arg(activeOnly ? QStringLiteral("AND retired_at IS NULL") : QString())))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the channels")));
    QList<Channel> list;
    while (q.next()) {
        Channel c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.code = q.value(2).toString();
        c.name = q.value(3).toString();
        c.position = q.value(4).toInt();
        c.social = q.value(5).toBool();
        c.retired = q.value(6).toBool();
        list.append(c);
    }
    return list;
}

Result<qint64> InteractionRepository::addChannel(const QString &name, bool social)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(Error::Code::Invalid, tr("A channel needs a name."));
    auto existing = channels();
    if (!existing)
        return std::unexpected(existing.error());
    for (const Channel &c : std::as_const(*existing))
        if (c.displayName().compare(trimmed, Qt::CaseInsensitive) == 0)
            return fail(Error::Code::Invalid, tr("There is already a channel named “%1”.").arg(trimmed));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO channel (uuid, name, position, social, created_at, updated_at)"
                             " VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM channel), ?, ?, ?) RETURNING id"));
    const QString now = nowStored();
    q.addBindValue(newUuid());
    q.addBindValue(trimmed);
    q.addBindValue(social ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Adding the channel")));
    return returnedId(q);
}

Result<void> InteractionRepository::renameChannel(qint64 id, const QString &name)
{
    const QString trimmed = name.simplified();
    auto existing = channels();
    if (!existing)
        return std::unexpected(existing.error());
    const Channel *self = nullptr;
    for (const Channel &c : std::as_const(*existing)) {
        if (c.id == id)
            self = &c;
        else if (!trimmed.isEmpty() && c.displayName().compare(trimmed, Qt::CaseInsensitive) == 0)
            return fail(Error::Code::Invalid, tr("There is already a channel named “%1”.").arg(trimmed));
    }
    if (!self)
        return fail(Error::Code::NotFound, tr("The channel no longer exists."));
    if (trimmed.isEmpty() && self->code.isEmpty())
        return fail(Error::Code::Invalid, tr("A channel needs a name."));
    // Typing the default name back keeps following the translation.
    const QString stored = trimmed == Channel::defaultName(self->code) ? QString() : trimmed;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE channel SET name = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(text(stored));
    q.addBindValue(nowStored());
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Renaming the channel")));
    return {};
}

Result<void> InteractionRepository::setChannelSocial(qint64 id, bool social)
{
    return updateRow(m_db->connection(), QStringLiteral("UPDATE channel SET social = ?, updated_at = ? WHERE id = ?"),
                     {social ? 1 : 0, nowStored(), id}, tr("Changing the channel"), tr("The channel no longer exists."));
}

Result<void> InteractionRepository::setChannelRetired(qint64 id, bool retired)
{
    const QString now = nowStored();
    return updateRow(m_db->connection(), QStringLiteral("UPDATE channel SET retired_at = ?, updated_at = ? WHERE id = ?"),
                     {timeIf(retired, now), now, id}, tr("Retiring the channel"), tr("The channel no longer exists."));
}

Result<void> InteractionRepository::moveChannel(qint64 id, int newPosition)
{
    auto list = channels();
    if (!list)
        return std::unexpected(list.error());
    const auto from = std::find_if(list->cbegin(), list->cend(), [id](const Channel &c) { return c.id == id; });
    if (from == list->cend())
        return fail(Error::Code::NotFound, tr("The channel no longer exists."));
    list->move(from - list->cbegin(), std::clamp<qsizetype>(newPosition, 0, list->size() - 1));
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Moving the channel")));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE channel SET position = ?, updated_at = ? WHERE id = ? AND position <> ?"));
    const QString now = nowStored();
    for (qsizetype i = 0; i < list->size(); ++i) {
        q.addBindValue(int(i + 1));
        q.addBindValue(now);
        q.addBindValue(list->at(i).id);
        q.addBindValue(int(i + 1));
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Moving the channel")));
    }
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Moving the channel")));
    return {};
}

// ---- Interactions ---------------------------------------------------------------------------

Result<void> InteractionRepository::validate(const Interaction &i) const
{
    if (i.customerId <= 0)
        return fail(Error::Code::Invalid, tr("Choose the customer this contact was with."));
    if (!i.occurredAt.isValid())
        return fail(Error::Code::Invalid, tr("Give the date and time of the contact."));
    if (i.csat && (*i.csat < 1 || *i.csat > 5))
        return fail(Error::Code::Invalid, tr("A satisfaction score (CSAT) is 1 to 5, not %1.").arg(*i.csat));
    if (i.nps && (*i.nps < 0 || *i.nps > 10))
        return fail(Error::Code::Invalid, tr("A recommendation answer (NPS) is 0 to 10, not %1.").arg(*i.nps));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM customer WHERE id = ?),"
                             " (SELECT retired_at IS NULL FROM channel WHERE id = ? AND deleted_at IS NULL),"
                             " (SELECT channel_id FROM interaction WHERE id = ?)"));
    q.addBindValue(i.customerId);
    q.addBindValue(i.channelId);
    q.addBindValue(i.id);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Checking the contact")));
    if (q.value(0).toLongLong() == 0)
        return fail(Error::Code::NotFound, tr("The customer no longer exists."));
    if (q.value(1).isNull())
        return fail(Error::Code::Invalid, tr("Choose the channel of the contact."));
    // A retired channel is not offered for new contacts; existing ones keep theirs.
    if (!q.value(1).toBool() && q.value(2).toLongLong() != i.channelId)
        return fail(Error::Code::Invalid, tr("That channel is retired; choose another one."));
    return {};
}

Result<Interaction> InteractionRepository::get(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSelectInteraction + QStringLiteral(" WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the contact")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The contact no longer exists."));
    return readInteraction(q);
}

Result<qint64> InteractionRepository::create(const Interaction &i)
{
    if (auto valid = validate(i); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO interaction (uuid, customer_id, occurred_at, channel_id, direction, kind, subject, notes,"
        " handled_by, csat, nps, taken_by, taken_at, resolved_at, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = nowStored();
    q.addBindValue(i.uuid.isEmpty() ? newUuid() : i.uuid);
    q.addBindValue(i.customerId);
    q.addBindValue(toStoredTime(i.occurredAt));
    q.addBindValue(i.channelId);
    q.addBindValue(directionCode(i.direction));
    q.addBindValue(kindCode(i.kind));
    q.addBindValue(text(i.subject.trimmed()));
    q.addBindValue(text(i.notes));
    q.addBindValue(nullableId(i.handledById));
    q.addBindValue(nullableInt(i.csat));
    q.addBindValue(nullableInt(i.nps));
    q.addBindValue(nullableId(i.takenById));
    q.addBindValue(nullableTime(i.takenAt));
    q.addBindValue(nullableTime(i.resolvedAt));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving the contact")));
    return returnedId(q);
}

Result<void> InteractionRepository::update(const Interaction &i)
{
    if (auto valid = validate(i); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "UPDATE interaction SET customer_id = ?, occurred_at = ?, channel_id = ?, direction = ?, kind = ?,"
        " subject = ?, notes = ?, handled_by = ?, csat = ?, nps = ?, taken_by = ?, taken_at = ?, resolved_at = ?,"
        " updated_at = ? WHERE id = ?"));
    q.addBindValue(i.customerId);
    q.addBindValue(toStoredTime(i.occurredAt));
    q.addBindValue(i.channelId);
    q.addBindValue(directionCode(i.direction));
    q.addBindValue(kindCode(i.kind));
    q.addBindValue(text(i.subject.trimmed()));
    q.addBindValue(text(i.notes));
    q.addBindValue(nullableId(i.handledById));
    q.addBindValue(nullableInt(i.csat));
    q.addBindValue(nullableInt(i.nps));
    q.addBindValue(nullableId(i.takenById));
    q.addBindValue(nullableTime(i.takenAt));
    q.addBindValue(nullableTime(i.resolvedAt));
    q.addBindValue(nowStored());
    q.addBindValue(i.id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving the contact")));
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The contact no longer exists."));
    return {};
}

const QList<MergeField<Interaction>> &InteractionRepository::mergeFields()
{
    using I = Interaction;
    static const QList<MergeField<I>> fields = [] {
        QList<MergeField<I>> list = {
            mergeField("occurred_at", &I::occurredAt),
            mergeField("channel", &I::channelId, &I::channelName),
            mergeField("direction", &I::direction),
            mergeField("kind", &I::kind),
            // Spaces the form tidies away are no change.
            MergeField<I>{QStringLiteral("subject"),
                          [](const I &a, const I &b) { return a.subject.simplified() == b.subject.simplified(); },
                          [](I &into, const I &from) { into.subject = from.subject; }},
            MergeField<I>{QStringLiteral("notes"),
                          [](const I &a, const I &b) { return a.notes.trimmed() == b.notes.trimmed(); },
                          [](I &into, const I &from) { into.notes = from.notes; }},
            mergeField("handled_by", &I::handledById, &I::handledByName),
            mergeField("csat", &I::csat),
            mergeField("nps", &I::nps),
            mergeField("taken_by", &I::takenById, &I::takenByName, &I::takenAt),
            mergeField("resolved_at", &I::resolvedAt),
        };
        MergeField<I> deleted{QStringLiteral("deleted_at"),
                              [](const I &a, const I &b) { return a.deletedAt.isValid() == b.deletedAt.isValid(); },
                              [](I &into, const I &from) { into.deletedAt = from.deletedAt; }, true};
        list.append(deleted);
        return list;
    }();
    return fields;
}

QString InteractionRepository::fieldLabel(const QString &field)
{
    if (field == QLatin1String("occurred_at")) return tr("When");
    if (field == QLatin1String("channel")) return tr("Channel");
    if (field == QLatin1String("direction")) return tr("Direction");
    if (field == QLatin1String("kind")) return tr("Kind");
    if (field == QLatin1String("subject")) return tr("Subject");
    if (field == QLatin1String("notes")) return tr("Notes");
    if (field == QLatin1String("handled_by")) return tr("Handled by");
    if (field == QLatin1String("csat")) return tr("Satisfaction (1–5)");
    if (field == QLatin1String("nps")) return tr("Recommendation (0–10)");
    if (field == QLatin1String("taken_by")) return tr("Taken by");
    if (field == QLatin1String("resolved_at")) return tr("Resolved");
    if (field == QLatin1String("deleted_at")) return tr("Deleted");
    return field;
}

QString InteractionRepository::fieldText(const Interaction &i, const QString &field)
{
    const auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    if (field == QLatin1String("occurred_at")) return when(i.occurredAt);
    if (field == QLatin1String("channel")) return i.channelName;
    if (field == QLatin1String("direction")) return directionName(i.direction);
    if (field == QLatin1String("kind")) return kindName(i.kind);
    if (field == QLatin1String("subject")) return i.subject;
    if (field == QLatin1String("notes")) return i.notes;
    if (field == QLatin1String("handled_by")) return i.handledById > 0 ? i.handledByName : QString();
    if (field == QLatin1String("csat")) return i.csat ? QString::number(*i.csat) : QString();
    if (field == QLatin1String("nps")) return i.nps ? QString::number(*i.nps) : QString();
    if (field == QLatin1String("taken_by"))
        return i.takenById > 0 ? tr("%1, %2", "who took a complaint, and when").arg(i.takenByName, when(i.takenAt)) : QString();
    if (field == QLatin1String("resolved_at")) return i.resolvedAt.isValid() ? when(i.resolvedAt) : tr("Not resolved");
    if (field == QLatin1String("deleted_at"))
        return i.deletedAt.isValid() ? tr("Deleted %1").arg(when(i.deletedAt)) : tr("Not deleted");
    return {};
}

Result<MergedSave<Interaction>> InteractionRepository::update(const Interaction &yours, const Interaction &original,
                                                  RecordConflict<Interaction> *conflict)
{
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving the contact")));
    auto stored = get(yours.id);
    if (!stored) {
        if (stored.error().code == Error::Code::NotFound)
            return fail(Error::Code::NotFound, tr("The contact is no longer in this database (its customer was erased "
                                                  "elsewhere since you opened it). Your changes were not saved."));
        return std::unexpected(stored.error());
    }
    // Compared as they are stored: the subject without spaces around it. The form does not move
    // a contact to another customer; an import elsewhere may have.
    Interaction mine = yours;
    mine.subject = mine.subject.trimmed();
    mine.customerId = stored->customerId;
    auto saved = mergeAndWrite(
        mergeFields(), original, mine, *stored, conflict, &fieldLabel,
        tr("The contact was changed elsewhere since you opened it, and so were fields you changed: %1."),
        [&](const Interaction &merged) -> Result<void> {
            // Restored as chosen in a clash, or deleted again by undoing such a restore.
            if (stored->deletedAt.isValid() != merged.deletedAt.isValid()) {
                const QString now = nowStored();
                const QVariant deletedAt = merged.deletedAt.isValid() ? QVariant(now) : QVariant(QMetaType(QMetaType::QString));
                if (auto written = updateRow(m_db->connection(),
                                             QStringLiteral("UPDATE interaction SET deleted_at = ?, updated_at = ? WHERE id = ?"),
                                             {deletedAt, now, merged.id}, tr("Saving the contact"),
                                             tr("The contact no longer exists."));
                    !written)
                    return written;
            }
            return update(merged);
        });
    if (saved && !tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving the contact")));
    return saved;
}

Result<void> InteractionRepository::remove(qint64 id)
{
    const QString now = nowStored();
    return updateRow(m_db->connection(),
                     QStringLiteral("UPDATE interaction SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
                     {now, now, id}, tr("Deleting the contact"), tr("The contact no longer exists."));
}

Result<void> InteractionRepository::restore(qint64 id)
{
    return updateRow(
        m_db->connection(),
        QStringLiteral("UPDATE interaction SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL"),
        {nowStored(), id}, tr("Restoring the contact"), tr("The contact is not deleted."));
}

namespace {

// The conditions of a timeline filter after "customer_id = ?" (ids and codes are written in; they
// are numbers and fixed codes, never user text).
QString timelineConditions(const TimelineFilter &filter)
{
    QString sql = QStringLiteral(" AND i.deleted_at IS NULL");
    if (!filter.channelIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : filter.channelIds)
            ids.append(QString::number(id));
        sql += QStringLiteral(" AND i.channel_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (!filter.kinds.isEmpty()) {
        QStringList kinds;
        for (InteractionKind k : filter.kinds)
            kinds.append(QLatin1Char('\'') + kindCode(k) + QLatin1Char('\''));
        sql += QStringLiteral(" AND i.kind IN (%1)").arg(kinds.join(QLatin1Char(',')));
    }
    return sql;
}

} // namespace

Result<QList<Interaction>> InteractionRepository::timeline(qint64 customerId, const TimelineFilter &filter) const
{
    QString sql = kSelectInteraction + QStringLiteral(" WHERE i.customer_id = ?") + timelineConditions(filter);
    const bool paged = filter.olderThan.isValid();
    if (paged)
        sql += QStringLiteral(" AND (i.occurred_at, i.id) < (?, ?)");
    sql += QStringLiteral(" ORDER BY i.occurred_at DESC, i.id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(customerId);
    if (paged) {
        q.addBindValue(toStoredTime(filter.olderThan));
        q.addBindValue(filter.olderThanId);
    }
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the contacts")));
    QList<Interaction> list;
    while (q.next())
        list.append(readInteraction(q));
    return list;
}

Result<qint64> InteractionRepository::countForCustomer(qint64 customerId) const
{
    return countTimeline(customerId, {});
}

Result<qint64> InteractionRepository::countTimeline(qint64 customerId, const TimelineFilter &filter) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM interaction i WHERE i.customer_id = ?") + timelineConditions(filter));
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Counting the contacts")));
    return q.value(0).toLongLong();
}

Result<QList<Interaction>> InteractionRepository::openComplaints(bool socialOnly, int limit) const
{
    // The partial index holds exactly the open complaints.
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(kSelectInteraction
              + QStringLiteral(" WHERE i.kind = 'complaint' AND i.resolved_at IS NULL AND i.deleted_at IS NULL %1"
                               " ORDER BY i.occurred_at, i.id LIMIT ?")
                    .arg(socialOnly ? QStringLiteral("AND ch.social = 1") : QString()));
    q.addBindValue(limit);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the complaints")));
    QList<Interaction> list;
    while (q.next())
        list.append(readInteraction(q));
    return list;
}

Result<QList<Interaction>> InteractionRepository::resolvedComplaints(int days, int limit, bool socialOnly) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(kSelectInteraction
              + QStringLiteral(" WHERE i.kind = 'complaint' AND i.resolved_at >= ? AND i.deleted_at IS NULL %1"
                               " ORDER BY i.resolved_at DESC, i.id DESC LIMIT ?")
                    .arg(socialOnly ? QStringLiteral("AND ch.social = 1") : QString()));
    q.addBindValue(toStoredTime(QDateTime::currentDateTimeUtc().addDays(-days)));
    q.addBindValue(limit);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the complaints")));
    QList<Interaction> list;
    while (q.next())
        list.append(readInteraction(q));
    return list;
}

Result<void> InteractionRepository::takeComplaint(qint64 id, qint64 ownerId)
{
    const QString now = nowStored();
    return updateRow(m_db->connection(),
                     QStringLiteral("UPDATE interaction SET taken_by = ?, taken_at = ?, updated_at = ?"
                                    " WHERE id = ? AND kind = 'complaint' AND deleted_at IS NULL"),
                     {nullableId(ownerId), timeIf(ownerId > 0, now), now, id}, tr("Taking the complaint"),
                     tr("The complaint no longer exists."));
}

Result<void> InteractionRepository::setResolved(qint64 id, bool resolved)
{
    const QString now = nowStored();
    return updateRow(m_db->connection(),
                     QStringLiteral("UPDATE interaction SET resolved_at = ?, updated_at = ?"
                                    " WHERE id = ? AND kind = 'complaint' AND deleted_at IS NULL"),
                     {timeIf(resolved, now), now, id}, tr("Resolving the complaint"),
                     tr("The complaint no longer exists."));
}

} // namespace relatio
