// The maturity history and unit comparison models.
#include "maturity/HistoryModel.h"
#include "maturity/Criteria.h"
#include "maturity/Scoring.h"

#include <QLocale>

namespace relatio::maturity {

namespace {

QList<int> criteriaPerPhase()
{
    QList<int> total(kPhaseCount, 0);
    for (const Criterion &c : Maturity::criteria())
        ++total[c.phase - 1];
    return total;
}

QString phaseText(int phase)
{
    return MaturityHistoryModel::tr("%1 %2").arg(phase).arg(Maturity::phase(phase).name);
}

} // namespace

QList<HistoryPoint> historyOf(const QList<Assessment> &assessments)
{
    const QList<int> total = criteriaPerPhase();
    QList<HistoryPoint> points;
    for (const Assessment &a : assessments) {
        HistoryPoint p;
        p.assessmentId = a.id;
        p.date = a.assessedOn;
        p.assessor = a.assessor;
        p.note = a.note;
        p.phase = Scoring::phaseReached(a.scores);
        p.met = Scoring::metPerPhase(a.scores);
        for (int i = 0; i < kPhaseCount; ++i) {
            p.criteriaMet += p.met.at(i);
            p.criteriaTotal += total.at(i);
        }
        points.append(p);
    }
    return points;
}

MaturityHistoryModel::MaturityHistoryModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(db))
{
}

Result<void> MaturityHistoryModel::load(qint64 unitId)
{
    QList<HistoryPoint> points;
    if (unitId != 0) {
        const auto assessments = m_repository.assessments(unitId);
        if (!assessments)
            return std::unexpected(assessments.error());
        points = historyOf(*assessments);
    }
    beginResetModel();
    m_unitId = unitId;
    m_points = points;
    endResetModel();
    return {};
}

int MaturityHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int MaturityHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaturityHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size())
        return {};
    const HistoryPoint &p = m_points.at(index.row());
    switch (role) {
    case AssessmentIdRole: return p.assessmentId;
    case PhaseRole: return p.phase;
    case DateRole: return p.date;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return QLocale().toString(p.date, QLocale::ShortFormat);
        case PhaseColumn: return phaseText(p.phase);
        case CriteriaColumn: return tr("%1 of %2").arg(p.criteriaMet).arg(p.criteriaTotal);
        case AssessorColumn: return p.assessor;
        case NoteColumn: return p.note;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == NoteColumn ? p.note : QVariant();
    default:
        return {};
    }
}

QVariant MaturityHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case PhaseColumn: return tr("Phase reached");
    case CriteriaColumn: return tr("Criteria met");
    case AssessorColumn: return tr("Assessor");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

UnitComparisonModel::UnitComparisonModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(std::move(db))
{
}

Result<void> UnitComparisonModel::load()
{
    const auto units = m_repository.units();
    if (!units)
        return std::unexpected(units.error());
    QList<UnitSummary> summaries;
    for (const OrgUnit &unit : *units) {
        const auto assessments = m_repository.assessments(unit.id);
        if (!assessments)
            return std::unexpected(assessments.error());
        UnitSummary s;
        s.unit = unit;
        s.assessments = int(assessments->size());
        s.history = historyOf(*assessments);
        if (!s.history.isEmpty())
            s.latest = s.history.constLast();
        summaries.append(s);
    }
    beginResetModel();
    m_units = summaries;
    endResetModel();
    return {};
}

int UnitComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const UnitSummary &s = m_units.at(index.row());
    if (role == UnitIdRole)
        return s.unit.id;
    if (role == PhaseRole)
        return s.latest ? s.latest->phase : 0;
    if (role == Qt::TextAlignmentRole && index.column() >= Phase2Column)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    static const QList<int> total = criteriaPerPhase();
    switch (index.column()) {
    case UnitColumn: return s.unit.name;
    case KindColumn: return AssessmentRepository::unitKindName(s.unit.kind);
    case AssessedColumn: return s.latest ? QLocale().toString(s.latest->date, QLocale::ShortFormat) : tr("not assessed yet");
    case PhaseColumn: return s.latest ? phaseText(s.latest->phase) : QString();
    case Phase2Column:
    case Phase3Column:
    case Phase4Column:
    case Phase5Column: {
        if (!s.latest)
            return {};
        const int phase = index.column() - Phase2Column + 2;
        return tr("%1/%2").arg(s.latest->met.at(phase - 1)).arg(total.at(phase - 1));
    }
    case AssessmentsColumn: return s.assessments;
    default: return {};
    }
}

QVariant UnitComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= Phase2Column && section <= Phase5Column)
        return tr("Criteria of phase %1 (%2) met in the latest assessment")
            .arg(section - Phase2Column + 2)
            .arg(Maturity::phase(section - Phase2Column + 2).name);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn: return tr("Unit");
    case KindColumn: return tr("Kind");
    case AssessedColumn: return tr("Last assessed");
    case PhaseColumn: return tr("Phase reached");
    case Phase2Column:
    case Phase3Column:
    case Phase4Column:
    case Phase5Column: return tr("Phase %1").arg(section - Phase2Column + 2);
    case AssessmentsColumn: return tr("Assessments");
    default: return {};
    }
}

} // namespace relatio::maturity
