// Units, team members' units and maturity assessments in the store.
#include "maturity/Assessments.h"
#include "maturity/Criteria.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace relatio::maturity {

namespace {

QString kindCode(UnitKind kind)
{
    return kind == UnitKind::Team ? QStringLiteral("team") : QStringLiteral("department");
}

UnitKind kindFromCode(const QString &code)
{
    return code == QLatin1String("team") ? UnitKind::Team : UnitKind::Department;
}

Error queryError(const QSqlQuery &q, const QString &what)
{
    return Database::sqlError(q.lastError(), what);
}

// Text for a NOT NULL column: QtSql binds a null QString as NULL.
QString stored(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text.trimmed();
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec();
}

} // namespace

AssessmentRepository::AssessmentRepository(DatabasePtr db)
    : m_db(std::move(db))
{
}

QString AssessmentRepository::unitKindName(UnitKind kind)
{
    return kind == UnitKind::Team ? tr("Team") : tr("Department");
}

Result<QList<OrgUnit>> AssessmentRepository::units() const
{
    QSqlQuery q(m_db->connection());
    if (!run(q, QStringLiteral("SELECT id, uuid, name, kind FROM org_unit WHERE deleted_at IS NULL ORDER BY %1, id")
                    .arg(phrases::orderIgnoringCase(m_db->dialect(), QStringLiteral("name"))), {}))
        return std::unexpected(queryError(q, tr("Reading the organisation units")));
    QList<OrgUnit> list;
    while (q.next())
        list.append(OrgUnit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            kindFromCode(q.value(3).toString())});
    return list;
}

Result<std::optional<OrgUnit>> AssessmentRepository::unitByName(const QString &name) const
{
    QSqlQuery q(m_db->connection());
    if (!run(q, QStringLiteral("SELECT id, uuid, name, kind FROM org_unit WHERE deleted_at IS NULL AND %1")
                    .arg(phrases::equalsIgnoringCase(m_db->dialect(), QStringLiteral("name"))), {name.trimmed()}))
        return std::unexpected(queryError(q, tr("Reading the organisation units")));
    if (!q.next())
        return std::optional<OrgUnit>();
    return std::optional<OrgUnit>(OrgUnit{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                          kindFromCode(q.value(3).toString())});
}

Result<qint64> AssessmentRepository::addUnit(const QString &name, UnitKind kind)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::Invalid, tr("An organisation unit needs a name."));
    WriteTransaction transaction(m_db->connection());
    if (!transaction.isOpen())
        return std::unexpected(Database::sqlError(transaction.error(), tr("Adding the organisation unit")));
    const auto existing = unitByName(trimmed);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(Error::Code::Invalid, tr("There is already a unit named \"%1\".").arg((*existing)->name));
    QSqlQuery q(m_db->connection());
    const QString now = nowStored();
    if (!run(q, QStringLiteral("INSERT INTO org_unit (uuid, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
                               " RETURNING id"),
             {newUuid(), trimmed, kindCode(kind), now, now}))
        return std::unexpected(queryError(q, tr("Adding the organisation unit")));
    const qint64 id = returnedId(q);
    if (!transaction.commit())
        return std::unexpected(Database::sqlError(transaction.error(), tr("Adding the organisation unit")));
    return id;
}

Result<void> AssessmentRepository::updateUnit(const OrgUnit &unit)
{
    const QString trimmed = unit.name.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::Invalid, tr("An organisation unit needs a name."));
    WriteTransaction transaction(m_db->connection());
    if (!transaction.isOpen())
        return std::unexpected(Database::sqlError(transaction.error(), tr("Changing the organisation unit")));
    // Another live unit of the name, unless this one keeps its name (two of one name made on two
    // laptops both stay after a sync, and each can still be changed).
    QSqlQuery q(m_db->connection());
    if (!run(q, QStringLiteral("SELECT name FROM org_unit WHERE deleted_at IS NULL AND id <> ? AND lower(name) = lower(?)"
                               " AND NOT EXISTS (SELECT 1 FROM org_unit WHERE id = ? AND lower(name) = lower(?))"),
             {unit.id, trimmed, unit.id, trimmed}))
        return std::unexpected(queryError(q, tr("Changing the organisation unit")));
    if (q.next())
        return fail(Error::Code::Invalid, tr("There is already a unit named \"%1\".").arg(q.value(0).toString()));
    if (!run(q, QStringLiteral("UPDATE org_unit SET name = ?, kind = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
             {trimmed, kindCode(unit.kind), nowStored(), unit.id}))
        return std::unexpected(queryError(q, tr("Changing the organisation unit")));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("The organisation unit no longer exists."));
    if (!transaction.commit())
        return std::unexpected(Database::sqlError(transaction.error(), tr("Changing the organisation unit")));
    return {};
}

Result<void> AssessmentRepository::removeUnit(qint64 id)
{
    WriteTransaction transaction(m_db->connection());
    if (!transaction.isOpen())
        return std::unexpected(Database::sqlError(transaction.error(), tr("Removing the organisation unit")));
    const QString now = nowStored();
    QSqlQuery q(m_db->connection());
    if (!run(q, QStringLiteral("UPDATE org_unit SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
             {now, now, id}))
        return std::unexpected(queryError(q, tr("Removing the organisation unit")));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("The organisation unit no longer exists."));
    if (!run(q, QStringLiteral("UPDATE maturity_assessment SET deleted_at = ?, updated_at = ? WHERE unit_id = ?"
                               " AND deleted_at IS NULL"), {now, now, id})
        || !run(q, QStringLiteral("UPDATE owner SET unit_id = NULL, updated_at = ? WHERE unit_id = ?"), {now, id}))
        return std::unexpected(queryError(q, tr("Removing the organisation unit")));
    if (!transaction.commit())
        return std::unexpected(Database::sqlError(transaction.error(), tr("Removing the organisation unit")));
    return {};
}

Result<QList<TeamMember>> AssessmentRepository::teamMembers() const
{
    QSqlQuery q(m_db->connection());
    if (!run(q, QStringLiteral("SELECT o.id, o.name, coalesce(u.id, 0) FROM owner o"
                               " LEFT JOIN org_unit u ON u.id = o.unit_id AND u.deleted_at IS NULL"
                               " WHERE o.deleted_at IS NULL ORDER BY %1, o.id")
                    .arg(phrases::orderIgnoringCase(m_db->dialect(), QStringLiteral("o.name"))), {}))
        return std::unexpected(queryError(q, tr("Reading the team members")));
    QList<TeamMember> list;
    while (q.next())
        list.append(TeamMember{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return list;
}

Result<void> AssessmentRepository::setMemberUnit(qint64 ownerId, qint64 unitId)
{
    WriteTransaction transaction(m_db->connection());
    if (!transaction.isOpen())
        return std::unexpected(Database::sqlError(transaction.error(), tr("Changing the team member's unit")));
    QSqlQuery q(m_db->connection());
    if (unitId != 0) {
        if (!run(q, QStringLiteral("SELECT 1 FROM org_unit WHERE id = ? AND deleted_at IS NULL"), {unitId}))
            return std::unexpected(queryError(q, tr("Changing the team member's unit")));
        if (!q.next())
            return fail(Error::Code::NotFound, tr("The organisation unit no longer exists."));
    }
    if (!run(q, QStringLiteral("UPDATE owner SET unit_id = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"),
             {unitId != 0 ? QVariant(unitId) : QVariant(QMetaType(QMetaType::LongLong)), nowStored(), ownerId}))
        return std::unexpected(queryError(q, tr("Changing the team member's unit")));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("The team member no longer exists."));
    if (!transaction.commit())
        return std::unexpected(Database::sqlError(transaction.error(), tr("Changing the team member's unit")));
    return {};
}

Result<QList<Assessment>> AssessmentRepository::read(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db->connection());
    if (!run(q, QStringLiteral("SELECT id, uuid, unit_id, assessed_on, assessor, note FROM maturity_assessment"
                               " WHERE deleted_at IS NULL AND ") + where
                 // Two of one day (made on two laptops): by when they were made, the same order everywhere.
                 + QStringLiteral(" ORDER BY assessed_on, created_at, uuid"),
             binds))
        return std::unexpected(queryError(q, tr("Reading the maturity assessments")));
    QList<Assessment> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        Assessment a;
        a.id = q.value(0).toLongLong();
        a.uuid = q.value(1).toString();
        a.unitId = q.value(2).toLongLong();
        a.assessedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        a.assessor = q.value(4).toString();
        a.note = q.value(5).toString();
        index.insert(a.id, list.size());
        list.append(a);
    }
    if (list.isEmpty())
        return list;
    QSqlQuery answers(m_db->connection());
    // A score of 0 ("not known") is the same as no answer: a statement no longer answered keeps
    // its row at 0 (see save).
    if (!run(answers, QStringLiteral("SELECT assessment_id, statement, score FROM maturity_answer WHERE score <> 0 AND assessment_id IN"
                                     " (SELECT id FROM maturity_assessment WHERE deleted_at IS NULL AND ")
                          + where + QLatin1Char(')'),
             binds))
        return std::unexpected(queryError(answers, tr("Reading the maturity assessments")));
    while (answers.next()) {
        const auto at = index.constFind(answers.value(0).toLongLong());
        if (at != index.constEnd())
            list[*at].scores.insert(answers.value(1).toString(), answers.value(2).toInt());
    }
    for (Assessment &a : list)
        a.asRead = Assessment::AsRead{a.unitId, a.assessedOn, a.assessor, a.note, a.scores};
    return list;
}

Result<QList<Assessment>> AssessmentRepository::assessments(qint64 unitId) const
{
    return read(QStringLiteral("unit_id = ?"), {unitId});
}

Result<std::optional<Assessment>> AssessmentRepository::latest(qint64 unitId) const
{
    const auto all = assessments(unitId);
    if (!all)
        return std::unexpected(all.error());
    if (all->isEmpty())
        return std::optional<Assessment>();
    return std::optional<Assessment>(all->constLast());
}

Result<qint64> AssessmentRepository::save(const Assessment &assessment)
{
    if (assessment.unitId == 0)
        return fail(Error::Code::Invalid, tr("Choose the organisation unit the assessment is for."));
    if (!assessment.assessedOn.isValid())
        return fail(Error::Code::Invalid, tr("The assessment needs a date."));
    if (assessment.assessedOn > QDate::currentDate())
        return fail(Error::Code::Invalid, tr("The assessment date %1 is in the future.")
                                              .arg(assessment.assessedOn.toString(Qt::ISODate)));
    QSet<QString> known;
    for (const Criterion &c : Maturity::criteria())
        known.insert(c.code);
    for (auto it = assessment.scores.cbegin(); it != assessment.scores.cend(); ++it) {
        if (!known.contains(it.key()))
            return fail(Error::Code::Invalid, tr("Unknown statement \"%1\" in the assessment.").arg(it.key()));
        if (it.value() < 0 || it.value() > kMaxScore)
            return fail(Error::Code::Invalid, tr("The score %1 of statement \"%2\" is not between 0 and %3.")
                                                  .arg(it.value())
                                                  .arg(it.key())
                                                  .arg(kMaxScore));
    }

    const QString what = tr("Saving the maturity assessment");
    WriteTransaction transaction(m_db->connection());
    if (!transaction.isOpen())
        return std::unexpected(Database::sqlError(transaction.error(), what));
    QSqlQuery q(m_db->connection());
    if (!run(q, QStringLiteral("SELECT 1 FROM org_unit WHERE id = ? AND deleted_at IS NULL"), {assessment.unitId}))
        return std::unexpected(queryError(q, what));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The organisation unit no longer exists."));
    const QString now = nowStored();
    qint64 id = assessment.id;
    const QString day = assessment.assessedOn.toString(Qt::ISODate);
    QString uuid = assessment.uuid;
    // What changed since the assessment was read (all of it when it was not read, or when it is
    // new, made from another's answers): only that is written, so that what a sync brought in
    // meanwhile stays.
    std::optional<Assessment::AsRead> read;
    if (assessment.id != 0)
        read = assessment.asRead;
    if (id == 0) {
        if (uuid.isEmpty())
            uuid = newUuid();
        if (!run(q, QStringLiteral("INSERT INTO maturity_assessment (uuid, unit_id, assessed_on, assessor, note,"
                                   " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {uuid, assessment.unitId, day, stored(assessment.assessor), stored(assessment.note), now, now}))
            return std::unexpected(queryError(q, what));
        id = returnedId(q);
    } else {
        QStringList sets;
        QVariantList binds;
        auto set = [&](const char *column, bool changed, const QVariant &value) {
            if (!read || changed) {
                sets.append(QLatin1String(column) + QStringLiteral(" = ?"));
                binds.append(value);
            }
        };
        set("unit_id", read && read->unitId != assessment.unitId, assessment.unitId);
        set("assessed_on", read && read->assessedOn != assessment.assessedOn, day);
        set("assessor", read && read->assessor != assessment.assessor, stored(assessment.assessor));
        set("note", read && read->note != assessment.note, stored(assessment.note));
        sets.append(QStringLiteral("updated_at = ?"));
        binds << now << id;
        if (!run(q, QStringLiteral("UPDATE maturity_assessment SET %1 WHERE id = ? AND deleted_at IS NULL")
                        .arg(sets.join(QStringLiteral(", "))),
                 binds))
            return std::unexpected(queryError(q, what));
        if (q.numRowsAffected() != 1)
            return fail(Error::Code::NotFound, tr("The assessment no longer exists."));
        if (!run(q, QStringLiteral("SELECT uuid FROM maturity_assessment WHERE id = ?"), {id}) || !q.next())
            return std::unexpected(queryError(q, what));
        uuid = q.value(0).toString();
    }
    // Each answer syncs as a record of its own, named by the assessment and the statement. A
    // statement no longer answered is 0, "not known", rather than removed, so that the other
    // replicas hear of it too; statements this build does not know are left as they are.
    QStringList codes;
    for (const Criterion &c : Maturity::criteria())
        codes.append(c.code);
    QSqlQuery upsert(m_db->connection());
    upsert.prepare(QStringLiteral("INSERT INTO maturity_answer (uuid, assessment_id, statement, score) VALUES (?, ?, ?, ?)"
                                  " ON CONFLICT (assessment_id, statement) DO UPDATE SET score = excluded.score"
                                  " WHERE maturity_answer.score <> excluded.score"));
    const bool fresh = assessment.id == 0;
    for (const QString &code : std::as_const(codes)) {
        const bool given = assessment.scores.contains(code);
        const int score = assessment.scores.value(code, 0);
        if (read) {
            if (read->scores.value(code, 0) == score)
                continue;
        } else if (!given) {
            // Put together by hand: a statement left out is 0 where it was answered.
            if (!fresh && !run(q, QStringLiteral("UPDATE maturity_answer SET score = 0 WHERE assessment_id = ?"
                                                 " AND statement = ? AND score <> 0"),
                               {id, code}))
                return std::unexpected(queryError(q, what));
            continue;
        }
        upsert.addBindValue(uuid + QLatin1Char('/') + code);
        upsert.addBindValue(id);
        upsert.addBindValue(code);
        upsert.addBindValue(score);
        if (!upsert.exec())
            return std::unexpected(queryError(upsert, what));
    }
    if (!transaction.commit())
        return std::unexpected(Database::sqlError(transaction.error(), what));
    return id;
}

Result<void> AssessmentRepository::remove(qint64 id)
{
    QSqlQuery q(m_db->connection());
    const QString now = nowStored();
    if (!run(q, QStringLiteral("UPDATE maturity_assessment SET deleted_at = ?, updated_at = ? WHERE id = ?"
                               " AND deleted_at IS NULL"), {now, now, id}))
        return std::unexpected(queryError(q, tr("Removing the maturity assessment")));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("The assessment no longer exists."));
    return {};
}

} // namespace relatio::maturity
