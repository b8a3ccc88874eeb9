// Item models of the maturity history: the assessments of one unit over time, and all units side
// by side with their latest assessment.
#pragma once

#include "maturity/Assessments.h"

#include <QAbstractTableModel>
#include <QList>

namespace relatio::maturity {

// One assessment as a point of the history.
struct HistoryPoint
{
    qint64 assessmentId = 0;
    QDate date;
    QString assessor;
    QString note;
    int phase = 1;            // phase reached
    QList<int> met;           // criteria met per phase (index 0 … 4)
    int criteriaMet = 0;
    int criteriaTotal = 0;
};

QList<HistoryPoint> historyOf(const QList<Assessment> &assessments);

class MaturityHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, PhaseColumn, CriteriaColumn, AssessorColumn, NoteColumn, ColumnCount };
    enum Role { AssessmentIdRole = Qt::UserRole + 1, PhaseRole, DateRole };

    explicit MaturityHistoryModel(DatabasePtr db, QObject *parent = nullptr);

    // Reads the assessments of the unit (0: none); the model is reset, the error kept.
    Result<void> load(qint64 unitId);
    qint64 unitId() const { return m_unitId; }
    const QList<HistoryPoint> &points() const { return m_points; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AssessmentRepository m_repository;
    qint64 m_unitId = 0;
    QList<HistoryPoint> m_points;
};

// Every unit with its latest assessment, side by side.
struct UnitSummary
{
    OrgUnit unit;
    int assessments = 0;
    std::optional<HistoryPoint> latest;
    QList<HistoryPoint> history;   // oldest first
};

class UnitComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UnitColumn, KindColumn, AssessedColumn, PhaseColumn, Phase2Column, Phase3Column, Phase4Column,
                  Phase5Column, AssessmentsColumn, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1, PhaseRole };

    explicit UnitComparisonModel(DatabasePtr db, QObject *parent = nullptr);

    Result<void> load();
    const QList<UnitSummary> &units() const { return m_units; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AssessmentRepository m_repository;
    QList<UnitSummary> m_units;
};

} // namespace relatio::maturity
