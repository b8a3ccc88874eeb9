// Organisation units (departments and teams) and which unit each team member belongs to: the
// "by two or more departments" evidence reads it. Every change is stored at once.
#pragma once

#include "maturity/Assessments.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace relatio {

class UnitsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnitsDialog(DatabasePtr db, QWidget *parent = nullptr);

    QListWidget *unitList() const { return m_units; }
    QTableWidget *memberTable() const { return m_members; }
    // Adds a unit as the Add button does, without the name prompt; false with a message shown.
    bool addUnit(const QString &name, maturity::UnitKind kind);
    bool assignMember(qint64 ownerId, qint64 unitId);
    bool changed() const { return m_changed; }

private:
    void reload();
    void addClicked();
    void renameClicked();
    void removeClicked();
    bool check(const Result<void> &result, const QString &title);

    DatabasePtr m_db;
    maturity::AssessmentRepository m_repository;
    QList<maturity::OrgUnit> m_unitData;
    QListWidget *m_units;
    QTableWidget *m_members;
    QPushButton *m_rename;
    QPushButton *m_remove;
    bool m_changed = false;
};

} // namespace relatio
