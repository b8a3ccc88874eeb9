// Follow-ups page.
#include "interactions/FollowUpsPage.h"

#include "interactions/CurrentUserWidgets.h"
#include "interactions/CustomerFollowUpsPanel.h"
#include "interactions/FollowUpDelegate.h"
#include "interactions/FollowUpDialog.h"
#include "interactions/FollowUpListModel.h"
#include "interactions/InteractionController.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace relatio {

namespace {

constexpr qint64 kMe = -1;      // the "me" entry of the selector: whoever the current user is
constexpr qint64 kNobody = 0;   // unassigned follow-ups
constexpr int kDoneDays = 14;

} // namespace

FollowUpsPage::FollowUpsPage(InteractionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new FollowUpListModel(controller->database(), this))
{
    setObjectName(QStringLiteral("followUpsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);

    auto *title = new QLabel(tr("Follow-ups"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *bar = new QHBoxLayout;
    m_who = new QComboBox;
    m_who->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *whoLabel = new QLabel(tr("&Whose:"));
    whoLabel->setBuddy(m_who);
    m_showDone = new QCheckBox(tr("Show &done ones of the last %1 days").arg(kDoneDays));
    m_summary = new QLabel;
    bar->addWidget(whoLabel);
    bar->addWidget(m_who);
    bar->addSpacing(12);
    bar->addWidget(m_showDone);
    bar->addStretch();
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_whoAreYou = new QLabel(tr("Relatio does not know who you are yet. <a href=\"choose\">Choose yourself</a> "
                                "to see your follow-ups."));
    m_whoAreYou->setStyleSheet(QStringLiteral(
        "background: #fff4e5; color: #5f3b00; border: 1px solid #ffd8a8; border-radius: 4px; padding: 6px;"));
    m_whoAreYou->setVisible(false);
    layout->addWidget(m_whoAreYou);

    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("followUps"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FollowUpDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setColumnHidden(FollowUpListModel::Assignee, true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FollowUpListModel::Note, QHeaderView::Stretch);
    const QFontMetrics fm = m_view->fontMetrics();
    header->resizeSection(FollowUpListModel::Done, fm.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString()) + 40);
    header->resizeSection(FollowUpListModel::Due, fm.horizontalAdvance(QStringLiteral("00-00-0000")) + 48);
    QFont bold = m_view->font();
    bold.setBold(true); // overdue ones are bold
    header->resizeSection(FollowUpListModel::Status,
                          QFontMetrics(bold).horizontalAdvance(QCoreApplication::translate("relatio::FollowUpListModel", "Overdue by %1 days").arg(999)) + 16);
    header->resizeSection(FollowUpListModel::Customer, fm.horizontalAdvance(QStringLiteral("Mmmmmmmmmm Mmmmmmmmm")));
    header->resizeSection(FollowUpListModel::Contact, fm.horizontalAdvance(QStringLiteral("Mmmmmmmmmmmmmmmmmmm")));
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setToolTip(tr("Change the due date, the assignee or what to do"));
    m_delete = new QPushButton(tr("De&lete"));
    m_delete->setToolTip(tr("Delete the selected follow-up (Delete); Undo brings it back"));
    m_open = new QPushButton(tr("Open &Customer"));
    m_open->setToolTip(tr("Show the customer's card (double-click)"));
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_open);
    layout->addLayout(buttons);

    auto *deleteAction = new QAction(tr("Delete Follow-up"), this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);

    auto openCurrent = [this]() {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit openCustomerRequested(current.data(FollowUpListModel::CustomerIdRole).toLongLong());
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    // Double-click on the date edits it (no activation then), on the box ticks it; elsewhere, and
    // Enter, open the customer.
    connect(m_view, &QTreeView::activated, this, [openCurrent](const QModelIndex &index) {
        if (index.column() != FollowUpListModel::Done)
            openCurrent();
    });
    connect(m_edit, &QPushButton::clicked, this, &FollowUpsPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &FollowUpsPage::deleteCurrent);
    connect(deleteAction, &QAction::triggered, this, &FollowUpsPage::deleteCurrent);
    connect(m_who, &QComboBox::currentIndexChanged, this, &FollowUpsPage::applyChoice);
    connect(m_showDone, &QCheckBox::toggled, this, &FollowUpsPage::applyChoice);
    connect(m_whoAreYou, &QLabel::linkActivated, this,
            [this]() { ensureCurrentUser(m_controller->currentUser(), this); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FollowUpsPage::updateActions);
    connect(m_model, &FollowUpListModel::countsChanged, this, &FollowUpsPage::updateSummary);
    connect(m_model, &FollowUpListModel::loaded, this, [this]() {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, FollowUpListModel::Note));
        updateActions();
    });
    connect(m_model, &FollowUpListModel::loadFailed, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });
    connect(controller->currentUser(), &CurrentUser::changed, this, [this]() {
        fillTeam();
        applyChoice();
    });
    connectFollowUpEdits(m_model, controller, this);
    addDoneShortcut(m_view, m_model);
    fillTeam();
    updateActions();
}

void FollowUpsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        applyChoice();
    }
}

void FollowUpsPage::reload()
{
    fillTeam();
    if (isVisible())
        applyChoice();
    else
        m_stale = true;
}

void FollowUpsPage::fillTeam()
{
    const QVariant current = m_who->currentData();
    const QSignalBlocker block(m_who);
    m_who->clear();
    CurrentUser *me = m_controller->currentUser();
    m_who->addItem(me->isKnown() ? tr("Mine (%1)").arg(me->name()) : tr("Mine"), kMe);
    for (const TeamMember &m : me->teamMembers())
        if (m.id != me->ownerId())
            m_who->addItem(m.name, m.id);
    m_who->addItem(tr("Unassigned"), kNobody);
    m_who->setCurrentIndex(std::max(0, m_who->findData(current)));
}

void FollowUpsPage::showAssignee(qint64 ownerId)
{
    const qint64 choice = ownerId != 0 && ownerId == m_controller->currentUser()->ownerId() ? kMe : ownerId;
    const int index = m_who->findData(choice);
    if (index >= 0 && index != m_who->currentIndex())
        m_who->setCurrentIndex(index);
    else
        applyChoice();
}

void FollowUpsPage::applyChoice()
{
    const qint64 choice = m_who->currentData().toLongLong();
    CurrentUser *me = m_controller->currentUser();
    const bool unknownMe = choice == kMe && !me->isKnown();
    m_whoAreYou->setVisible(unknownMe);
    m_view->setColumnHidden(FollowUpListModel::Assignee, true);
    if (unknownMe) {
        m_model->clear();
        return;
    }
    m_model->showAssignee(choice == kMe ? me->ownerId() : choice, m_showDone->isChecked() ? kDoneDays : 0);
}

void FollowUpsPage::updateSummary()
{
    const int open = m_model->openCount();
    const int overdue = m_model->overdueCount();
    QString text = open == 1 ? tr("1 open") : tr("%1 open").arg(QLocale().toString(open));
    if (overdue > 0)
        text += QStringLiteral(" · <b style='color:#b3261e'>%1</b>")
                    .arg(overdue == 1 ? tr("1 overdue") : tr("%1 overdue").arg(QLocale().toString(overdue)));
    if (m_model->rowCount() >= FollowUpListModel::kLimit)
        text += QStringLiteral(" · ") + tr("showing the first %1").arg(QLocale().toString(FollowUpListModel::kLimit));
    m_summary->setText(text);
    updateActions();
}

void FollowUpsPage::updateActions()
{
    const bool has = m_view->currentIndex().isValid();
    m_edit->setEnabled(has);
    m_delete->setEnabled(has);
    m_open->setEnabled(has);
}

void FollowUpsPage::editCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const FollowUp before = m_model->recordAt(row);
    QString context = tr("For %1").arg(before.customerName);
    if (!before.interactionSubject.isEmpty())
        context += QStringLiteral(" · ") + tr("on the contact “%1”").arg(before.interactionSubject);
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

void FollowUpsPage::deleteCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    if (auto removed = m_controller->removeFollowUp(m_model->idAt(row)); !removed) {
        QMessageBox::warning(this, tr("Relatio"), removed.error().message);
        return;
    }
    emit statusMessage(tr("Follow-up deleted. Undo (Ctrl+Z) brings it back."), 6000);
}

} // namespace relatio
