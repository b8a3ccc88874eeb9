// Persona and persona-rule persistence, and which persona a customer has.
#include "value/Persona.h"

#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relatio {

namespace {

// A persona's channels are stored as the channels' uuids (the same on every replica it syncs to)
// and read and written as this store's channel ids, in their order. A Relatio file splits the list
// with json_each, a team database with unnest(string_to_array(…)) WITH ORDINALITY.
QString selectPersonaSql(Dialect dialect)
{
    const QString channelIds = dialect == Dialect::SQLite
        ? QStringLiteral("(SELECT group_concat(i, ',') FROM (SELECT c.id AS i FROM json_each('[\"'"
                         "  || replace(persona.preferred_channels, ',', '\",\"') || '\"]') AS j JOIN channel AS c"
                         "  ON c.uuid = j.value ORDER BY j.key))")
        : QStringLiteral("(SELECT string_agg(c.id::text, ',' ORDER BY j.k)"
                         "  FROM unnest(string_to_array(persona.preferred_channels, ',')) WITH ORDINALITY AS j(v, k)"
                         "  JOIN channel AS c ON c.uuid = j.v)");
    return QStringLiteral("SELECT id, uuid, name, description, needs, motives, %1, position, deleted_at IS NOT NULL"
                          " FROM persona")
        .arg(channelIds);
}

// The uuids of the channel ids bound (a comma-separated list), in their order.
QString channelUuidsSql(Dialect dialect)
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral("coalesce((SELECT group_concat(u, ',') FROM (SELECT c.uuid AS u FROM json_each('[' || ? || ']')"
                              " AS j JOIN channel AS c ON c.id = j.value ORDER BY j.key)), '')");
    return QStringLiteral("coalesce((SELECT string_agg(c.uuid, ',' ORDER BY j.k)"
                          " FROM unnest(string_to_array(?, ',')) WITH ORDINALITY AS j(v, k)"
                          " JOIN channel AS c ON c.id = j.v::bigint), '')");
}

// The same when a persona is saved again, keeping at the end the channels it names that are not in
// this store yet (a sync brings them later): a save here does not take them away everywhere.
QString channelUuidsKeepingSql(Dialect dialect)
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral(
            "coalesce((SELECT group_concat(u, ',') FROM (SELECT u FROM ("
            " SELECT c.uuid AS u, 0 AS part, j.key AS k FROM json_each('[' || ? || ']') AS j JOIN channel AS c ON c.id = j.value"
            " UNION ALL SELECT j.value, 1, j.key FROM json_each('[\"' || replace(persona.preferred_channels, ',', '\",\"')"
            "  || '\"]') AS j WHERE j.value <> '' AND NOT EXISTS (SELECT 1 FROM channel AS c WHERE c.uuid = j.value))"
            " ORDER BY part, k)), '')");
    return QStringLiteral(
        "coalesce((SELECT string_agg(u, ',' ORDER BY part, k) FROM ("
        " SELECT c.uuid AS u, 0 AS part, j.k FROM unnest(string_to_array(?, ',')) WITH ORDINALITY AS j(v, k)"
        "  JOIN channel AS c ON c.id = j.v::bigint"
        " UNION ALL SELECT j.v, 1, j.k FROM unnest(string_to_array(persona.preferred_channels, ',')) WITH ORDINALITY AS j(v, k)"
        "  WHERE j.v <> '' AND NOT EXISTS (SELECT 1 FROM channel AS c WHERE c.uuid = j.v)) AS parts), '')");
}

Persona readPersona(const QSqlQuery &q)
{
    Persona p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    p.needs = q.value(4).toString();
    p.motives = q.value(5).toString();
    const QStringList ids = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &id : ids)
        if (const qint64 value = id.trimmed().toLongLong(); value > 0)
            p.preferredChannels.append(value);
    p.position = q.value(7).toInt();
    p.deleted = q.value(8).toBool();
    return p;
}

QString channelList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        if (id > 0 && !parts.contains(QString::number(id)))
            parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

Result<void> exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    return {};
}

bool ruleHolds(const PersonaRule &rule, const PersonaFacts &facts)
{
    if (rule.segment && *rule.segment != facts.segment)
        return false;
    if (!rule.country.isEmpty() && rule.country.compare(facts.country, Qt::CaseInsensitive) != 0)
        return false;
    if (rule.tagId > 0 && !facts.tagIds.contains(rule.tagId))
        return false;
    return true;
}

} // namespace

PersonaRepository::PersonaRepository(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<QList<Persona>> PersonaRepository::personas(bool includeDeleted) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    const QString sql = selectPersonaSql(m_db->dialect())
        + (includeDeleted ? QStringLiteral(" ORDER BY deleted_at IS NOT NULL, position, uuid")
                          : QStringLiteral(" WHERE deleted_at IS NULL ORDER BY position, uuid"));
    if (!q.exec(sql))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the personas")));
    QList<Persona> list;
    while (q.next())
        list.append(readPersona(q));
    return list;
}

Result<Persona> PersonaRepository::persona(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(selectPersonaSql(m_db->dialect()) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the persona")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The persona no longer exists."));
    return readPersona(q);
}

Result<void> PersonaRepository::validate(const Persona &p) const
{
    const QString name = p.name.simplified();
    if (name.isEmpty())
        return fail(Error::Code::Invalid, tr("A persona needs a name."));
    QSqlQuery q(m_db->connection());
    // A persona that keeps its name is not checked again: two of one name made on two laptops
    // both stay after a sync, and each can still be edited.
    q.prepare(QStringLiteral("SELECT count(*) FROM persona WHERE deleted_at IS NULL AND id <> ?"
                             " AND lower(name) = lower(?)"
                             " AND NOT EXISTS (SELECT 1 FROM persona WHERE id = ? AND lower(name) = lower(?))"));
    q.addBindValue(p.id);
    q.addBindValue(name);
    q.addBindValue(p.id);
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Checking the persona")));
    if (q.value(0).toLongLong() > 0)
        return fail(Error::Code::Invalid, tr("There is already a persona named “%1”.").arg(name));
    return {};
}

Result<qint64> PersonaRepository::add(const Persona &p)
{
    if (auto valid = validate(p); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO persona (uuid, name, description, needs, motives, preferred_channels, position, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, %1, (SELECT coalesce(max(position), 0) + 1 FROM persona), ?, ?)"
        " RETURNING id")
                  .arg(channelUuidsSql(m_db->dialect())));
    const QString now = nowStored();
    q.addBindValue(p.uuid.isEmpty() ? newUuid() : p.uuid);
    q.addBindValue(p.name.simplified());
    q.addBindValue(text(p.description.trimmed()));
    q.addBindValue(text(p.needs.trimmed()));
    q.addBindValue(text(p.motives.trimmed()));
    q.addBindValue(text(channelList(p.preferredChannels)));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto done = exec(q, tr("Adding the persona")); !done)
        return std::unexpected(done.error());
    return returnedId(q);
}

Result<void> PersonaRepository::update(const Persona &p)
{
    if (auto valid = validate(p); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE persona SET name = ?, description = ?, needs = ?, motives = ?,"
                             " preferred_channels = %1, updated_at = ? WHERE id = ?")
                  .arg(channelUuidsKeepingSql(m_db->dialect())));
    q.addBindValue(p.name.simplified());
    q.addBindValue(text(p.description.trimmed()));
    q.addBindValue(text(p.needs.trimmed()));
    q.addBindValue(text(p.motives.trimmed()));
    q.addBindValue(text(channelList(p.preferredChannels)));
    q.addBindValue(nowStored());
    q.addBindValue(p.id);
    if (auto done = exec(q, tr("Saving the persona")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The persona no longer exists."));
    return {};
}

Result<void> PersonaRepository::remove(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE persona SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    const QString now = nowStored();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (auto done = exec(q, tr("Deleting the persona")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The persona no longer exists."));
    return {};
}

Result<void> PersonaRepository::restore(qint64 id)
{
    auto p = persona(id);
    if (!p)
        return std::unexpected(p.error());
    if (!p->deleted)
        return fail(Error::Code::Invalid, tr("The persona is not deleted."));
    if (auto valid = validate(*p); !valid)
        return fail(Error::Code::Invalid,
                    tr("“%1” cannot come back: another persona has that name now. Rename that one first.").arg(p->name));
    // Back at the end of the list, where the user will look for it.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE persona SET deleted_at = NULL, updated_at = ?,"
                             " position = (SELECT coalesce(max(position), 0) + 1 FROM persona) WHERE id = ?"));
    q.addBindValue(nowStored());
    q.addBindValue(id);
    return exec(q, tr("Restoring the persona"));
}

Result<void> PersonaRepository::move(qint64 id, int newPosition)
{
    auto list = personas();
    if (!list)
        return std::unexpected(list.error());
    const auto from = std::find_if(list->cbegin(), list->cend(), [id](const Persona &p) { return p.id == id; });
    if (from == list->cend())
        return fail(Error::Code::NotFound, tr("The persona no longer exists."));
    list->move(from - list->cbegin(), std::clamp<qsizetype>(newPosition, 0, list->size() - 1));
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Moving the persona")));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE persona SET position = ?, updated_at = ? WHERE id = ? AND position <> ?"));
    const QString now = nowStored();
    for (qsizetype i = 0; i < list->size(); ++i) {
        q.addBindValue(int(i + 1));
        q.addBindValue(now);
        q.addBindValue(list->at(i).id);
        q.addBindValue(int(i + 1));
        if (auto done = exec(q, tr("Moving the persona")); !done)
            return done;
    }
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Moving the persona")));
    return {};
}

// ---- Rules ----------------------------------------------------------------------------------

Result<QList<PersonaRule>> PersonaRepository::rules(qint64 personaId) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.id, r.uuid, r.persona_id, r.priority, r.segment, r.tag_id, r.country, t.name, p.position"
        " FROM persona_rule r JOIN persona p ON p.id = r.persona_id AND p.deleted_at IS NULL"
        " LEFT JOIN tag t ON t.id = r.tag_id"
        " WHERE r.deleted_at IS NULL AND (? = 0 OR r.persona_id = ?)"
        // Ties go by uuid, the same on every replica (ids are not).
        " ORDER BY r.priority, p.position, p.uuid, r.uuid"));
    q.addBindValue(personaId);
    q.addBindValue(personaId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the persona rules")));
    QList<PersonaRule> list;
    while (q.next()) {
        PersonaRule r;
        r.id = q.value(0).toLongLong();
        r.uuid = q.value(1).toString();
        r.personaId = q.value(2).toLongLong();
        r.priority = q.value(3).toInt();
        if (!q.value(4).isNull())
            r.segment = q.value(4).toInt();
        r.tagId = q.value(5).toLongLong();
        r.country = q.value(6).toString();
        r.tagName = q.value(7).toString();
        r.personaPosition = q.value(8).toInt();
        list.append(r);
    }
    return list;
}

Result<void> PersonaRepository::validateRule(const PersonaRule &r) const
{
    if (r.segment && (*r.segment < 0 || *r.segment > 10))
        return fail(Error::Code::Invalid, tr("A segment is 0 (no purchases yet) to 10, not %1.").arg(*r.segment));
    if (!r.country.isEmpty() && r.country.trimmed().size() != 2)
        return fail(Error::Code::Invalid, tr("A country is a two-letter ISO code such as NL, not “%1”.").arg(r.country));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM persona WHERE id = ? AND deleted_at IS NULL),"
                             " (SELECT count(*) FROM tag WHERE id = ?)"));
    q.addBindValue(r.personaId);
    q.addBindValue(r.tagId);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Checking the rule")));
    if (q.value(0).toLongLong() == 0)
        return fail(Error::Code::NotFound, tr("The persona no longer exists."));
    if (r.tagId > 0 && q.value(1).toLongLong() == 0)
        return fail(Error::Code::NotFound, tr("The tag no longer exists."));
    return {};
}

Result<qint64> PersonaRepository::addRule(const PersonaRule &r)
{
    if (auto valid = validateRule(r); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO persona_rule (uuid, persona_id, priority, segment, tag_id, country,"
                             " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = nowStored();
    q.addBindValue(r.uuid.isEmpty() ? newUuid() : r.uuid);
    q.addBindValue(r.personaId);
    q.addBindValue(r.priority);
    q.addBindValue(r.segment ? QVariant(*r.segment) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(nullableId(r.tagId));
    q.addBindValue(nullableText(r.country.trimmed().toUpper()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto done = exec(q, tr("Adding the rule")); !done)
        return std::unexpected(done.error());
    return returnedId(q);
}

Result<void> PersonaRepository::updateRule(const PersonaRule &r)
{
    if (auto valid = validateRule(r); !valid)
        return valid;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE persona_rule SET persona_id = ?, priority = ?, segment = ?, tag_id = ?,"
                             " country = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(r.personaId);
    q.addBindValue(r.priority);
    q.addBindValue(r.segment ? QVariant(*r.segment) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(nullableId(r.tagId));
    q.addBindValue(nullableText(r.country.trimmed().toUpper()));
    q.addBindValue(nowStored());
    q.addBindValue(r.id);
    if (auto done = exec(q, tr("Saving the rule")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The rule no longer exists."));
    return {};
}

Result<void> PersonaRepository::removeRule(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE persona_rule SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    const QString now = nowStored();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (auto done = exec(q, tr("Deleting the rule")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The rule no longer exists."));
    return {};
}

// ---- Matching -------------------------------------------------------------------------------

qint64 PersonaRepository::match(const QList<PersonaRule> &rules, const PersonaFacts &facts)
{
    for (const PersonaRule &rule : rules)
        if (ruleHolds(rule, facts))
            return rule.personaId;
    return 0;
}

Result<PersonaFacts> PersonaRepository::factsFor(qint64 customerId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT c.country, coalesce(v.segment, 0) FROM customer c"
                             " LEFT JOIN customer_value v ON v.customer_id = c.id WHERE c.id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the customer")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The customer no longer exists."));
    PersonaFacts facts;
    facts.country = q.value(0).toString();
    facts.segment = q.value(1).toInt();
    q.prepare(QStringLiteral("SELECT tag_id FROM customer_tag WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the customer's tags")));
    while (q.next())
        facts.tagIds.insert(q.value(0).toLongLong());
    return facts;
}

Result<std::optional<Persona>> PersonaRepository::personaFor(qint64 customerId) const
{
    const auto facts = factsFor(customerId);
    if (!facts)
        return std::unexpected(facts.error());
    const auto all = rules();
    if (!all)
        return std::unexpected(all.error());
    const qint64 id = match(*all, *facts);
    if (id == 0)
        return std::optional<Persona>();
    auto p = persona(id);
    if (!p)
        return std::unexpected(p.error());
    return std::optional<Persona>(*p);
}

Result<QHash<qint64, qint64>> PersonaRepository::customerCounts(const std::atomic_bool *cancel) const
{
    if (auto file = m_db->requireFile(tr("Counting the customers per persona")); !file)
        return std::unexpected(file.error());
    const auto all = rules();
    if (!all)
        return std::unexpected(all.error());
    QHash<qint64, qint64> counts;
    QSet<qint64> ruleTags;
    for (const PersonaRule &r : *all)
        if (r.tagId > 0)
            ruleTags.insert(r.tagId);

    sqlite3 *db = m_db->handle();
    // Both in customer id order (customer's rowid; customer_tag's primary key), merged below.
    Statement customers(db, "SELECT c.id, c.country, coalesce(v.segment, 0) FROM customer c"
                            " LEFT JOIN customer_value v ON v.customer_id = c.id"
                            " WHERE c.deleted_at IS NULL ORDER BY c.id");
    Statement tags(db, "SELECT customer_id, tag_id FROM customer_tag ORDER BY customer_id");
    if (!customers.isValid() || !tags.isValid())
        return fail(Error::Code::Database, tr("Counting the customers per persona: %1").arg(customers.errorMessage()));
    const bool needTags = !ruleTags.isEmpty();
    bool tagRow = needTags && tags.step();
    PersonaFacts facts;
    QString lastCountry;
    qint64 seen = 0;
    while (customers.step()) {
        if (cancel && (++seen & 0xFFF) == 0 && cancel->load())
            return fail(Error::Code::Cancelled, tr("Counting the customers per persona was cancelled."));
        const qint64 id = customers.int64(0);
        // Countries repeat: keep the QString when it is the same, to spare an allocation.
        const QString country = customers.text(1);
        if (country != lastCountry)
            lastCountry = country;
        facts.country = lastCountry;
        facts.segment = int(customers.int64(2));
        facts.tagIds.clear();
        while (tagRow && tags.int64(0) < id)
            tagRow = tags.step();
        while (tagRow && tags.int64(0) == id) {
            const qint64 tag = tags.int64(1);
            if (ruleTags.contains(tag))
                facts.tagIds.insert(tag);
            tagRow = tags.step();
        }
        ++counts[match(*all, facts)];
    }
    if (customers.failed() || tags.failed())
        return fail(Error::Code::Database, tr("Counting the customers per persona: %1").arg(customers.errorMessage()));
    return counts;
}

} // namespace relatio
