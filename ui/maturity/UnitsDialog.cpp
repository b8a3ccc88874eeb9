// Editing organisation units and the team members' units.
#include "maturity/UnitsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relatio {

using namespace maturity;

UnitsDialog::UnitsDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_repository(std::move(db))
{
    setWindowTitle(tr("Organisation units and team members"));

    m_units = new QListWidget;
    m_units->setObjectName(QStringLiteral("unitList"));
    auto *add = new QPushButton(tr("&Add…"));
    m_rename = new QPushButton(tr("&Rename…"));
    m_remove = new QPushButton(tr("Re&move"));
    connect(add, &QPushButton::clicked, this, &UnitsDialog::addClicked);
    connect(m_rename, &QPushButton::clicked, this, &UnitsDialog::renameClicked);
    connect(m_remove, &QPushButton::clicked, this, &UnitsDialog::removeClicked);
    connect(m_units, &QListWidget::currentRowChanged, this, [this](int row) {
        m_rename->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    auto *unitButtons = new QHBoxLayout;
    unitButtons->addWidget(add);
    unitButtons->addWidget(m_rename);
    unitButtons->addWidget(m_remove);
    unitButtons->addStretch();
    auto *unitBox = new QGroupBox(tr("Departments and teams"));
    auto *unitLayout = new QVBoxLayout(unitBox);
    unitLayout->addWidget(m_units);
    unitLayout->addLayout(unitButtons);

    m_members = new QTableWidget(0, 2);
    m_members->setObjectName(QStringLiteral("memberTable"));
    m_members->setHorizontalHeaderLabels({tr("Team member"), tr("Unit")});
    m_members->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_members->verticalHeader()->hide();
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    auto *memberBox = new QGroupBox(tr("Team members"));
    auto *memberLayout = new QVBoxLayout(memberBox);
    auto *hint = new QLabel(tr("Contacts count for the unit of the team member who handled them."));
    hint->setWordWrap(true);
    memberLayout->addWidget(hint);
    memberLayout->addWidget(m_members);

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(unitBox, 1);
    boxes->addWidget(memberBox, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(boxes, 1);
    layout->addWidget(buttons);
    resize(860, 480);
    reload();
}

bool UnitsDialog::check(const Result<void> &result, const QString &title)
{
    if (result) {
        m_changed = true;
        return true;
    }
    QMessageBox::warning(this, title, result.error().message);
    return false;
}

void UnitsDialog::reload()
{
    const int row = m_units->currentRow();
    m_units->clear();
    m_unitData.clear();
    if (const auto units = m_repository.units()) {
        m_unitData = *units;
    } else {
        QMessageBox::warning(this, windowTitle(), units.error().message);
        return;
    }
    for (const OrgUnit &u : m_unitData)
        m_units->addItem(tr("%1 (%2)").arg(u.name, AssessmentRepository::unitKindName(u.kind)));
    m_units->setCurrentRow(std::min(row, int(m_units->count()) - 1));
    m_rename->setEnabled(m_units->currentRow() >= 0);
    m_remove->setEnabled(m_units->currentRow() >= 0);

    const auto members = m_repository.teamMembers();
    if (!members) {
        QMessageBox::warning(this, windowTitle(), members.error().message);
        return;
    }
    m_members->setRowCount(int(members->size()));
    for (int i = 0; i < members->size(); ++i) {
        const TeamMember &m = members->at(i);
        auto *name = new QTableWidgetItem(m.name);
        name->setFlags(Qt::ItemIsEnabled);
        m_members->setItem(i, 0, name);
        auto *combo = new QComboBox;
        combo->setAccessibleName(tr("Unit of %1").arg(m.name));
        combo->addItem(tr("(no unit)"), qint64(0));
        for (const OrgUnit &u : m_unitData)
            combo->addItem(u.name, u.id);
        combo->setCurrentIndex(std::max(0, combo->findData(m.unitId)));
        const qint64 ownerId = m.id;
        connect(combo, &QComboBox::activated, this, [this, combo, ownerId]() {
            assignMember(ownerId, combo->currentData().toLongLong());
        });
        m_members->setCellWidget(i, 1, combo);
    }
}

bool UnitsDialog::addUnit(const QString &name, UnitKind kind)
{
    const auto added = m_repository.addUnit(name, kind);
    if (!added) {
        QMessageBox::warning(this, tr("Unit not added"), added.error().message);
        return false;
    }
    m_changed = true;
    reload();
    for (int i = 0; i < m_unitData.size(); ++i)
        if (m_unitData.at(i).id == *added)
            m_units->setCurrentRow(i);
    return true;
}

bool UnitsDialog::assignMember(qint64 ownerId, qint64 unitId)
{
    const bool ok = check(m_repository.setMemberUnit(ownerId, unitId), tr("Unit not changed"));
    if (!ok)
        reload();
    return ok;
}

void UnitsDialog::addClicked()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add organisation unit"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QStringList kinds = {AssessmentRepository::unitKindName(UnitKind::Department),
                               AssessmentRepository::unitKindName(UnitKind::Team)};
    const QString kind = QInputDialog::getItem(this, tr("Add organisation unit"), tr("Kind:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    addUnit(name, kind == kinds.at(1) ? UnitKind::Team : UnitKind::Department);
}

void UnitsDialog::renameClicked()
{
    const int row = m_units->currentRow();
    if (row < 0 || row >= m_unitData.size())
        return;
    OrgUnit unit = m_unitData.at(row);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename organisation unit"), tr("Name:"), QLineEdit::Normal,
                                               unit.name, &ok);
    if (!ok || name.trimmed() == unit.name)
        return;
    unit.name = name;
    if (check(m_repository.updateUnit(unit), tr("Unit not renamed")))
        reload();
}

void UnitsDialog::removeClicked()
{
    const int row = m_units->currentRow();
    if (row < 0 || row >= m_unitData.size())
        return;
    const OrgUnit unit = m_unitData.at(row);
    if (QMessageBox::question(this, tr("Remove organisation unit"),
                              tr("Remove \"%1\" with its maturity assessments? Its team members will be in no unit.")
                                  .arg(unit.name))
        != QMessageBox::Yes)
        return;
    if (check(m_repository.removeUnit(unit.id), tr("Unit not removed")))
        reload();
}

} // namespace relatio
