// Follow-ups tab of the customer card.
#include "interactions/CustomerFollowUpsPanel.h"

#include "interactions/CurrentUser.h"
#include "interactions/FollowUpDelegate.h"
#include "interactions/FollowUpDialog.h"
#include "interactions/FollowUpListModel.h"
#include "interactions/InteractionController.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace relatio {

void connectFollowUpEdits(FollowUpListModel *model, InteractionController *controller, QWidget *parent)
{
    QObject::connect(model, &FollowUpListModel::doneRequested, parent, [controller, parent](qint64 id, bool done) {
        if (auto saved = controller->setFollowUpDone(id, done); !saved)
            QMessageBox::warning(parent, QCoreApplication::translate("relatio::CustomerFollowUpsPanel", "Relatio"),
                                 saved.error().message);
    });
    QObject::connect(model, &FollowUpListModel::dueDateRequested, parent,
                     [controller, parent](qint64 id, const QDate &due) {
                         if (auto saved = controller->setFollowUpDue(id, due); !saved)
                             QMessageBox::warning(parent,
                                                  QCoreApplication::translate("relatio::CustomerFollowUpsPanel", "Relatio"),
                                                  saved.error().message);
                     });
    QObject::connect(controller, &InteractionController::followUpsChanged, model,
                     &FollowUpListModel::refreshFollowUps);
}

void addDoneShortcut(QTreeView *view, FollowUpListModel *model)
{
    auto *toggle = new QAction(QCoreApplication::translate("relatio::CustomerFollowUpsPanel", "Done"), view);
    toggle->setShortcut(Qt::Key_Space);
    toggle->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(toggle);
    QObject::connect(toggle, &QAction::triggered, view, [view, model]() {
        const QModelIndex current = view->currentIndex();
        if (!current.isValid())
            return;
        const QModelIndex done = model->index(current.row(), FollowUpListModel::Done);
        const bool isDone = done.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        model->setData(done, isDone ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
}

CustomerFollowUpsPanel::CustomerFollowUpsPanel(InteractionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new FollowUpListModel(controller->database(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);

    auto *top = new QHBoxLayout;
    m_add = new QPushButton(tr("Add Follow-up…"));
    m_add->setToolTip(tr("Plan something to do for this customer, with a due date and who does it"));
    top->addWidget(m_add);
    top->addStretch();
    layout->addLayout(top);

    m_empty = new QLabel(tr("Nothing planned for this customer."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 16px;"));
    layout->addWidget(m_empty);

    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("customerFollowUps"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FollowUpDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    // Narrow: the status says when it is due ("Overdue by 3 days", "Due in 5 days"), its tool tip
    // gives the date.
    m_view->setColumnHidden(FollowUpListModel::Customer, true);
    m_view->setColumnHidden(FollowUpListModel::Contact, true);
    m_view->setColumnHidden(FollowUpListModel::Due, true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FollowUpListModel::Note, QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(FollowUpListModel::Done,
                          fm.horizontalAdvance(m_model->headerData(FollowUpListModel::Done, Qt::Horizontal).toString()) + 24);
    QFont bold = m_view->font();
    bold.setBold(true); // overdue ones are bold
    header->resizeSection(FollowUpListModel::Status,
                          QFontMetrics(bold).horizontalAdvance(QCoreApplication::translate("relatio::FollowUpListModel", "Overdue by %1 days").arg(999)) + 16);
    header->resizeSection(FollowUpListModel::Assignee, fm.horizontalAdvance(QStringLiteral("Mmmmmmmmm")));
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("Edit…"));
    m_edit->setToolTip(tr("Change the due date, the assignee or what to do (Enter)"));
    m_delete = new QPushButton(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected follow-up (Delete); Undo brings it back"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *deleteAction = new QAction(tr("Delete Follow-up"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);

    connect(m_add, &QPushButton::clicked, this, &CustomerFollowUpsPanel::addFollowUp);
    connect(m_edit, &QPushButton::clicked, this, &CustomerFollowUpsPanel::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &CustomerFollowUpsPanel::deleteCurrent);
    connect(deleteAction, &QAction::triggered, this, &CustomerFollowUpsPanel::deleteCurrent);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != FollowUpListModel::Done)
            editCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CustomerFollowUpsPanel::updateActions);
    connect(m_model, &FollowUpListModel::countsChanged, this, [this]() {
        updateActions();
        emit openCountChanged(m_model->openCount(), m_model->overdueCount());
    });
    connectFollowUpEdits(m_model, controller, this);
    addDoneShortcut(m_view, m_model);
    updateActions();
}

void CustomerFollowUpsPanel::setCustomer(qint64 customerId, bool writable)
{
    m_writable = writable;
    if (customerId != m_model->customerId())
        m_model->showCustomer(customerId);
    updateActions();
}

void CustomerFollowUpsPanel::reload()
{
    m_model->reload();
    updateActions();
}

void CustomerFollowUpsPanel::addFollowUp()
{
    if (m_model->customerId() == 0 || !m_writable)
        return;
    FollowUp followUp;
    followUp.customerId = m_model->customerId();
    followUp.assigneeId = m_controller->currentUser()->ownerId();
    FollowUpDialog dialog(followUp, m_controller->currentUser()->teamMembers(), QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = m_controller->createFollowUp(dialog.followUp());
    if (!created) {
        QMessageBox::warning(this, tr("Relatio"), created.error().message);
        return;
    }
    const int row = m_model->rowOf(*created);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, FollowUpListModel::Note));
    emit statusMessage(tr("Follow-up added."), 4000);
}

void CustomerFollowUpsPanel::editCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || !m_writable)
        return;
    const FollowUp before = m_model->recordAt(row);
    const QString context = before.interactionSubject.isEmpty()
        ? QString()
        : tr("On the contact “%1”").arg(before.interactionSubject);
    FollowUpDialog dialog(before, m_controller->currentUser()->teamMembers(), context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Merged with what was changed elsewhere since it was opened; a clash asks per field.
    const auto saved = FollowUpDialog::saveEdit(this, m_controller, before, dialog.followUp());
    if (!saved && saved.error().code == Error::Code::Cancelled)
        emit statusMessage(tr("Not saved: the follow-up was changed elsewhere."), 8000);
    else if (!saved)
        QMessageBox::warning(this, tr("Relatio"), saved.error().message);
}

void CustomerFollowUpsPanel::deleteCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || !m_writable)
        return;
    if (auto removed = m_controller->removeFollowUp(m_model->idAt(row)); !removed) {
        QMessageBox::warning(this, tr("Relatio"), removed.error().message);
        return;
    }
    emit statusMessage(tr("Follow-up deleted. Undo (Ctrl+Z) brings it back."), 6000);
}

void CustomerFollowUpsPanel::updateActions()
{
    const bool has = m_view->currentIndex().isValid();
    m_add->setEnabled(m_model->customerId() != 0 && m_writable);
    m_edit->setEnabled(has && m_writable);
    m_delete->setEnabled(has && m_writable);
    const bool empty = m_model->customerId() != 0 && m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

} // namespace relatio
