// Organisation units (departments, teams), the team members in them, and the maturity
// self-assessments of each unit with their answers.
#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace relatio::maturity {

enum class UnitKind { Department, Team };

struct OrgUnit
{
    qint64 id = 0;
    QString uuid;
    QString name;
    UnitKind kind = UnitKind::Department;
};

struct TeamMember
{
    qint64 id = 0;           // owner row
    QString name;
    qint64 unitId = 0;       // 0 = in no unit
};

struct Assessment
{
    qint64 id = 0;           // 0 = not stored yet
    QString uuid;
    qint64 unitId = 0;
    QDate assessedOn;
    QString assessor;
    QString note;
    QHash<QString, int> scores;   // criterion code → 0 (not known) … 5; a missing code is 0

    // The assessment as the repository read it: saving it again writes only what differs from
    // this, so that answers and fields a sync brought in meanwhile stay (each answer syncs on its
    // own). Empty for a new assessment, or one put together by hand (then every field is written).
    struct AsRead
    {
        qint64 unitId = 0;
        QDate assessedOn;
        QString assessor;
        QString note;
        QHash<QString, int> scores;
    };
    std::optional<AsRead> asRead = std::nullopt;
};

class AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)

public:
    explicit AssessmentRepository(DatabasePtr db);

    static QString unitKindName(UnitKind kind);   // translated

    // Live units by name.
    Result<QList<OrgUnit>> units() const;
    // The live unit with this name (case does not matter), if any.
    Result<std::optional<OrgUnit>> unitByName(const QString &name) const;
    Result<qint64> addUnit(const QString &name, UnitKind kind);
    Result<void> updateUnit(const OrgUnit &unit);
    // Tombstones the unit and its assessments; its team members are in no unit afterwards.
    Result<void> removeUnit(qint64 id);

    // Live team members by name, with their unit.
    Result<QList<TeamMember>> teamMembers() const;
    Result<void> setMemberUnit(qint64 ownerId, qint64 unitId);

    // The live assessments of a unit, oldest first (by day, then as stored).
    Result<QList<Assessment>> assessments(qint64 unitId) const;
    Result<std::optional<Assessment>> latest(qint64 unitId) const;
    // Stores a new assessment (id 0) or replaces an existing one's fields and answers; returns the
    // id. Refused: no unit, an unknown unit, no date, a date in the future, a score outside 0 … 5
    // or an unknown statement.
    Result<qint64> save(const Assessment &assessment);
    Result<void> remove(qint64 id);

private:
    Result<QList<Assessment>> read(const QString &where, const QVariantList &binds) const;

    DatabasePtr m_db;
};

} // namespace relatio::maturity
