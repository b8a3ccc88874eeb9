// Consent persistence: purposes, wording and the append-only ledger.
#include "privacy/ConsentRepository.h"

#include "privacy/Actor.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relatio {

namespace {

// A clock difference between machines is no reason to refuse an entry; a date next week is.
constexpr qint64 kFutureToleranceSeconds = 5 * 60;

const QString kSelectPurpose = QStringLiteral(
    "SELECT id, uuid, code, name, medium, requires_double_opt_in, position, retired_at IS NOT NULL"
    " FROM consent_purpose");

ConsentPurpose readPurpose(const QSqlQuery &q)
{
    ConsentPurpose p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.code = q.value(2).toString();
    p.name = q.value(3).toString();
    p.medium = consentMediumFromCode(q.value(4).toString()).value_or(ConsentMedium::None);
    p.requiresDoubleOptIn = q.value(5).toBool();
    p.position = q.value(6).toInt();
    p.retired = q.value(7).toBool();
    return p;
}

const QString kSelectText = QStringLiteral(
    "SELECT id, uuid, purpose_id, version, language, wording, created_at FROM consent_text");

ConsentText readText(const QSqlQuery &q)
{
    ConsentText t;
    t.id = q.value(0).toLongLong();
    t.uuid = q.value(1).toString();
    t.purposeId = q.value(2).toLongLong();
    t.version = q.value(3).toInt();
    t.language = q.value(4).toString();
    t.wording = q.value(5).toString();
    t.createdAt = fromStoredTime(q.value(6).toString());
    return t;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

ConsentRepository::ConsentRepository(DatabasePtr db)
    : m_db(std::move(db))
    , m_actor(systemActor())
{
}

void ConsentRepository::setActor(const QString &who)
{
    m_actor = actorOrSystem(who);
}

Result<QList<ConsentPurpose>> ConsentRepository::purposes(bool includeRetired) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(kSelectPurpose + (includeRetired ? QStringLiteral(" WHERE deleted_at IS NULL")
                                                 : QStringLiteral(" WHERE deleted_at IS NULL AND retired_at IS NULL"))
                + QStringLiteral(" ORDER BY position, id")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the consent purposes")));
    QList<ConsentPurpose> list;
    while (q.next())
        list.append(readPurpose(q));
    return list;
}

Result<ConsentPurpose> ConsentRepository::purpose(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSelectPurpose + QStringLiteral(" WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the consent purposes")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("Consent purpose %1 does not exist.").arg(id));
    return readPurpose(q);
}

Result<ConsentPurpose> ConsentRepository::findPurpose(const QString &codeOrName) const
{
    const auto all = purposes(true);
    if (!all)
        return std::unexpected(all.error());
    const QString wanted = codeOrName.trimmed();
    for (const ConsentPurpose &p : *all)
        if (!p.code.isEmpty() && p.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    for (const ConsentPurpose &p : *all)
        if (p.displayName().compare(wanted, Qt::CaseInsensitive) == 0
            || (!p.name.isEmpty() && p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            || ConsentPurpose::defaultName(p.code).compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    QStringList known;
    for (const ConsentPurpose &p : *all)
        known.append(p.code.isEmpty() ? p.displayName() : p.code);
    return fail(Error::Code::NotFound, tr("There is no consent purpose \"%1\" (known: %2).")
                                           .arg(wanted, known.join(QStringLiteral(", "))));
}

Result<qint64> ConsentRepository::addPurpose(const QString &name, ConsentMedium medium, bool requiresDoubleOptIn)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(Error::Code::Invalid, tr("A consent purpose needs a name."));
    const QString now = nowStored();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO consent_purpose (uuid, name, medium, requires_double_opt_in, position, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM consent_purpose), ?, ?) RETURNING id"));
    q.addBindValue(newUuid());
    q.addBindValue(trimmed);
    q.addBindValue(consentMediumCode(medium));
    q.addBindValue(requiresDoubleOptIn ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving consent purpose %1").arg(trimmed)));
    return returnedId(q);
}

Result<void> ConsentRepository::renamePurpose(qint64 id, const QString &name)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE consent_purpose SET name = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    const QString trimmed = name.simplified();
    q.addBindValue(trimmed.isNull() ? QString(QLatin1String("")) : trimmed);
    q.addBindValue(nowStored());
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Renaming consent purpose %1").arg(id)));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("Consent purpose %1 does not exist.").arg(id));
    return {};
}

Result<void> ConsentRepository::setPurposeRetired(qint64 id, bool retired)
{
    QSqlQuery q(m_db->connection());
    const QString now = nowStored();
    q.prepare(QStringLiteral("UPDATE consent_purpose SET retired_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(retired ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving consent purpose %1").arg(id)));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("Consent purpose %1 does not exist.").arg(id));
    return {};
}

Result<QList<ConsentText>> ConsentRepository::texts(qint64 purposeId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSelectText + QStringLiteral(" WHERE purpose_id = ? ORDER BY version DESC, language"));
    q.addBindValue(purposeId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the consent texts")));
    QList<ConsentText> list;
    while (q.next())
        list.append(readText(q));
    return list;
}

Result<ConsentText> ConsentRepository::text(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSelectText + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the consent texts")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("Consent text %1 does not exist.").arg(id));
    return readText(q);
}

Result<qint64> ConsentRepository::addText(qint64 purposeId, const QString &language, const QString &wording)
{
    const QString text = wording.trimmed();
    if (text.isEmpty())
        return fail(Error::Code::Invalid, tr("The wording of a consent text cannot be empty."));
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving the consent text")));
    if (auto p = purpose(purposeId); !p)
        return std::unexpected(p.error());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO consent_text (uuid, purpose_id, version, language, wording, created_at)"
        " VALUES (?, ?, (SELECT coalesce(max(version), 0) + 1 FROM consent_text WHERE purpose_id = ?), ?, ?, ?)"
        " RETURNING id"));
    q.addBindValue(newUuid());
    q.addBindValue(purposeId);
    q.addBindValue(purposeId);
    const QString lang = language.trimmed().toLower();
    q.addBindValue(lang.isNull() ? QString(QLatin1String("")) : lang);
    q.addBindValue(text);
    q.addBindValue(nowStored());
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving the consent text")));
    const qint64 id = returnedId(q);
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving the consent text")));
    return id;
}

Result<QList<ConsentEntry>> ConsentRepository::entries(qint64 customerId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT e.id, e.uuid, e.customer_id, e.purpose_id, e.action, e.occurred_at, e.source, e.text_id,"
        " t.version, t.language, e.confirms_uuid, e.evidence, e.recorded_by, e.created_at"
        " FROM consent_entry e LEFT JOIN consent_text t ON t.id = e.text_id"
        " WHERE e.customer_id = ? ORDER BY e.occurred_at, e.created_at, e.id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the consents of customer %1").arg(customerId)));
    QList<ConsentEntry> list;
    while (q.next()) {
        ConsentEntry e;
        e.id = q.value(0).toLongLong();
        e.uuid = q.value(1).toString();
        e.customerId = q.value(2).toLongLong();
        e.purposeId = q.value(3).toLongLong();
        e.action = consentActionFromCode(q.value(4).toString()).value_or(ConsentAction::Grant);
        e.occurredAt = fromStoredTime(q.value(5).toString());
        e.source = consentSourceFromCode(q.value(6).toString()).value_or(ConsentSource::Other);
        e.textId = q.value(7).toLongLong();
        e.textVersion = q.value(8).toInt();
        e.textLanguage = q.value(9).toString();
        e.confirmsUuid = q.value(10).toString();
        e.evidence = q.value(11).toString();
        e.recordedBy = q.value(12).toString();
        e.recordedAt = fromStoredTime(q.value(13).toString());
        list.append(e);
    }
    return list;
}

Result<QList<ConsentState>> ConsentRepository::states(qint64 customerId) const
{
    const auto all = purposes(true);
    if (!all)
        return std::unexpected(all.error());
    const auto ledger = entries(customerId);
    if (!ledger)
        return std::unexpected(ledger.error());
    QList<ConsentPurpose> shown;
    for (const ConsentPurpose &p : *all) {
        const bool used = std::any_of(ledger->cbegin(), ledger->cend(),
                                      [&p](const ConsentEntry &e) { return e.purposeId == p.id; });
        if (!p.retired || used)
            shown.append(p);
    }
    return deriveConsentStates(shown, *ledger);
}

Result<qint64> ConsentRepository::grant(const ConsentRecord &record)
{
    return add(ConsentAction::Grant, record);
}

Result<qint64> ConsentRepository::withdraw(const ConsentRecord &record)
{
    return add(ConsentAction::Withdraw, record);
}

Result<qint64> ConsentRepository::confirm(qint64 customerId, qint64 purposeId, const QDateTime &confirmedAt,
                                          const QString &evidence)
{
    ConsentRecord record;
    record.customerId = customerId;
    record.purposeId = purposeId;
    record.source = ConsentSource::Email;
    record.occurredAt = confirmedAt;
    record.evidence = evidence;
    return add(ConsentAction::Confirm, record);
}

Result<qint64> ConsentRepository::add(ConsentAction action, const ConsentRecord &input)
{
    ConsentRecord record = input;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!record.occurredAt.isValid())
        record.occurredAt = now;
    if (record.occurredAt > now.addSecs(kFutureToleranceSeconds))
        return fail(Error::Code::Invalid, tr("The time of a consent entry cannot be in the future."));

    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Recording the consent")));

    {
        QSqlQuery c(m_db->connection());
        c.prepare(QStringLiteral("SELECT deleted_at IS NOT NULL FROM customer WHERE id = ?"));
        c.addBindValue(record.customerId);
        if (!c.exec())
            return std::unexpected(Database::sqlError(c.lastError(), tr("Recording the consent")));
        if (!c.next())
            return fail(Error::Code::NotFound, tr("Customer %1 does not exist.").arg(record.customerId));
        if (action == ConsentAction::Grant && c.value(0).toBool())
            return fail(Error::Code::Invalid, tr("Customer %1 is deleted: restore it before recording a permission.")
                                                  .arg(record.customerId));
    }
    const auto purpose = this->purpose(record.purposeId);
    if (!purpose)
        return std::unexpected(purpose.error());

    QString confirmsUuid;
    if (action == ConsentAction::Grant) {
        if (purpose->retired)
            return fail(Error::Code::Invalid, tr("The purpose \"%1\" is no longer in use.").arg(purpose->displayName()));
        const auto text = this->text(record.textId);
        if (!text)
            return fail(Error::Code::Invalid, tr("A permission must name the wording that was shown."));
        if (text->purposeId != record.purposeId)
            return fail(Error::Code::Invalid, tr("The chosen wording belongs to another purpose."));
    } else {
        record.textId = 0;
    }
    if (action == ConsentAction::Confirm) {
        const auto ledger = entries(record.customerId);
        if (!ledger)
            return std::unexpected(ledger.error());
        const ConsentState state = deriveConsentState(*purpose, *ledger);
        if (!purpose->requiresDoubleOptIn)
            return fail(Error::Code::Invalid, tr("The purpose \"%1\" does not ask for a confirmation.")
                                                  .arg(purpose->displayName()));
        if (state.status != ConsentStatus::Pending || !state.basis)
            return fail(Error::Code::Invalid, tr("There is no permission for \"%1\" waiting for confirmation.")
                                                  .arg(purpose->displayName()));
        if (record.occurredAt < state.basis->occurredAt)
            return fail(Error::Code::Invalid, tr("The confirmation cannot come before the permission it confirms."));
        confirmsUuid = state.basis->uuid;
    }

    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO consent_entry (uuid, customer_id, purpose_id, action, occurred_at, source, text_id,"
        " confirms_uuid, evidence, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(newUuid());
    q.addBindValue(record.customerId);
    q.addBindValue(record.purposeId);
    q.addBindValue(consentActionCode(action));
    q.addBindValue(toStoredTime(record.occurredAt));
    q.addBindValue(consentSourceCode(record.source));
    q.addBindValue(nullableId(record.textId));
    q.addBindValue(nullableText(confirmsUuid));
    const QString evidence = record.evidence.trimmed();
    q.addBindValue(evidence.isNull() ? QString(QLatin1String("")) : evidence);
    q.addBindValue(m_actor);
    q.addBindValue(toStoredTime(now));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Recording the consent")));
    const qint64 id = returnedId(q);
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Recording the consent")));
    return id;
}

} // namespace relatio
