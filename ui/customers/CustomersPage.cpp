// Customers page: wires list, editor and controller.
#include "customers/CustomersPage.h"

#include "customers/CustomerController.h"
#include "customers/CustomerEditor.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomerListView.h"
#include "customers/SaveConflictDialog.h"
#include "interactions/ContactsPanel.h"
#include "interactions/CustomerFollowUpsPanel.h"
#include "interactions/InteractionController.h"
#include "orders/OrderController.h"
#include "orders/PurchasesPanel.h"
#include "privacy/ChangeHistory.h"
#include "privacy/ConsentPanel.h"
#include "privacy/HistoryPanel.h"
#include "privacy/PrivacyActions.h"
#include "util/ThreeWay.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSettings>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTimer>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace relatio {

namespace {

QIcon icon(const QString &themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(themeName, QApplication::style()->standardIcon(fallback));
}

} // namespace

CustomersPage::CustomersPage(DatabasePtr db, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_controller(new CustomerController(m_db, undoStack, this))
    , m_model(new CustomerListModel(m_db, this))
{
    m_list = new CustomerListView(m_model, m_controller->repository());
    m_editor = new CustomerEditor(m_controller->repository());
    m_editor->setMinimumWidth(380);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    // The card holds the contacts timeline too: give it room for two-line rows and the quick entry.
    m_splitter->setSizes({800, 560});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_splitter);

    m_new = new QAction(icon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("&New Customer"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Add a customer (Ctrl+N)"));
    m_save = new QAction(icon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), tr("&Save Customer"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_cancel = new QAction(tr("&Cancel Editing"), this);
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editor->addAction(m_cancel);
    m_delete = new QAction(icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), tr("&Delete Customer"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_delete->setToolTip(tr("Delete the selected customer (Delete); Undo brings it back"));
    m_list->table()->addAction(m_delete);
    m_restore = new QAction(icon(QStringLiteral("edit-undo"), QStyle::SP_BrowserReload), tr("&Restore Customer"), this);
    m_restore->setToolTip(tr("Bring the selected deleted customer back"));
    m_find = new QAction(icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView), tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);

    connect(m_new, &QAction::triggered, this, [this]() {
        if (!confirmLeave())
            return;
        m_editor->startNew();
        updateActions();
    });
    connect(m_save, &QAction::triggered, m_editor, &CustomerEditor::save);
    connect(m_cancel, &QAction::triggered, m_editor, &CustomerEditor::cancel);
    connect(m_delete, &QAction::triggered, this, &CustomersPage::deleteCurrent);
    connect(m_restore, &QAction::triggered, this, &CustomersPage::restoreCurrent);
    connect(m_find, &QAction::triggered, m_list, &CustomerListView::focusSearch);

    // While a search is being typed the selection jumps with every key; the editor follows once
    // typing pauses, so the list stays quick. Other selection changes show at once.
    m_followTimer = new QTimer(this);
    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(150);
    connect(m_followTimer, &QTimer::timeout, this, [this]() { currentChanged(m_list->currentId()); });
    connect(m_list, &CustomerListView::currentCustomerChanged, this, [this](qint64 id) {
        if (m_list->searchField()->hasFocus() && !m_editor->isModified())
            m_followTimer->start();
        else
            currentChanged(id);
    });
    connect(m_list, &CustomerListView::countChanged, this, &CustomersPage::countChanged);
    connect(m_editor, &CustomerEditor::saveRequested, this, &CustomersPage::saveRequested);
    connect(m_editor, &CustomerEditor::modifiedChanged, this, &CustomersPage::updateActions);
    connect(m_editor, &CustomerEditor::openCustomerRequested, this, [this](qint64 id) {
        if (!confirmLeave())
            return;
        if (auto c = m_controller->repository().get(id)) {
            m_shownId = id;
            m_editor->showCustomer(*c);
            m_list->selectId(id);
        }
    });
    connect(m_controller, &CustomerController::customersChanged, this, &CustomersPage::customersChanged);
    connect(m_model, &CustomerListModel::resultsReady, this, &CustomersPage::updateActions);
    connect(m_controller, &CustomerController::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Relatio"), message);
    });
    updateActions();
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::setPrivacy(PrivacyActions *actions)
{
    m_consent = new ConsentPanel(m_db);
    m_history = new HistoryPanel(m_db);
    m_editor->addCardTab(m_consent, tr("&Permissions"));
    m_editor->addCardTab(m_history, tr("&History"));
    connect(m_editor, &CustomerEditor::customerShown, this, [this, actions](qint64 id, bool deleted) {
        m_consent->setCustomer(id, !deleted);
        m_history->setCustomer(id);
        actions->setCustomer(id);
    });
    connect(m_controller, &CustomerController::customersChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_history->customerId()))
            m_history->refresh();
    });
    connect(actions, &PrivacyActions::purposesChanged, m_consent, &ConsentPanel::refresh);
    if (m_editor->hasCustomer()) {
        m_consent->setCustomer(m_editor->original().id, !m_editor->original().isDeleted());
        m_history->setCustomer(m_editor->original().id);
        actions->setCustomer(m_editor->original().id);
    }
}

void CustomersPage::setActor(const QString &who)
{
    m_controller->repository().setActor(who);
    if (m_consent)
        m_consent->setActor(who);
}

void CustomersPage::setOrders(OrderController *orders)
{
    m_purchases = new PurchasesPanel(orders);
    // Short: the card's tabs must fit in Dutch and Norwegian too.
    m_ordersTab = m_editor->addCardTab(m_purchases, tr("O&rders"));
    connect(m_editor, &CustomerEditor::customerShown, m_purchases,
            [this](qint64 id, bool deleted) { m_purchases->setCustomer(id, !deleted); });
    connect(m_purchases, &PurchasesPanel::statusMessage, this, &CustomersPage::statusMessage);
    connect(orders, &OrderController::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Relatio"), message); });
    if (m_editor->hasCustomer())
        m_purchases->setCustomer(m_editor->original().id, !m_editor->original().isDeleted());
}

void CustomersPage::setInteractions(InteractionController *interactions)
{
    m_contacts = new ContactsPanel(interactions);
    m_followUps = new CustomerFollowUpsPanel(interactions);
    m_contactsTab = m_editor->addCardTab(m_contacts, tr("C&ontacts"));
    m_followUpsTab = m_editor->addCardTab(m_followUps, tr("Follo&w-ups"));

    m_newContact = new QAction(tr("New &Contact"), this);
    m_newContact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newContact->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newContact->setToolTip(tr("Enter a contact with the customer on the card (Ctrl+Shift+N)"));
    addAction(m_newContact);
    connect(m_newContact, &QAction::triggered, this, [this]() {
        if (m_contacts->customerId() == 0) {
            emit statusMessage(tr("Choose a saved customer first."), 4000);
            return;
        }
        showCard(Card::Contacts);
        m_contacts->startNewContact();
    });

    // The card's parts follow the record shown.
    connect(m_editor, &CustomerEditor::customerShown, this, [this](qint64 id, bool deleted) {
        m_contacts->setCustomer(id, !deleted);
        m_followUps->setCustomer(id, !deleted);
    });
    connect(m_contacts, &ContactsPanel::countChanged, this, [this](qint64 count) {
        m_editor->setCardTabText(m_contactsTab, count > 0 ? tr("C&ontacts (%1)").arg(QLocale().toString(count))
                                                          : tr("C&ontacts"));
    });
    connect(m_followUps, &CustomerFollowUpsPanel::openCountChanged, this, [this](int open, int overdue) {
        // Short, so that every tab of the card fits; overdue ones show as a warning sign.
        const QString text = open > 0 ? tr("Follo&w-ups (%1)").arg(open) : tr("Follo&w-ups");
        const QString tip = overdue > 0 ? tr("Follo&w-ups (%1, %2 overdue)").arg(open).arg(overdue).remove(QLatin1Char('&'))
                                        : QString();
        m_editor->setCardTabText(m_followUpsTab, text, tip,
                                 overdue > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    });
    connect(m_contacts, &ContactsPanel::statusMessage, this, &CustomersPage::statusMessage);
    connect(m_followUps, &CustomerFollowUpsPanel::statusMessage, this, &CustomersPage::statusMessage);
    connect(interactions, &InteractionController::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Relatio"), message); });
    if (m_editor->hasCustomer()) {
        m_contacts->setCustomer(m_editor->original().id, !m_editor->original().isDeleted());
        m_followUps->setCustomer(m_editor->original().id, !m_editor->original().isDeleted());
    }
}

void CustomersPage::showCustomer(qint64 id, Card card, qint64 interactionId)
{
    if (id != m_shownId) {
        if (!confirmLeave())
            return;
        auto customer = m_controller->repository().get(id);
        if (!customer) {
            emit statusMessage(customer.error().message, 8000);
            return;
        }
        m_shownId = id;
        m_editor->showCustomer(*customer);
        m_list->selectId(id);
    }
    showCard(card);
    if (interactionId != 0 && m_contacts)
        m_contacts->selectInteraction(interactionId);
    updateActions();
}

void CustomersPage::reloadInteractions()
{
    if (!m_contacts)
        return;
    m_contacts->reload();
    m_followUps->reload();
}

void CustomersPage::showCard(Card card)
{
    switch (card) {
    case Card::Details: m_editor->setCurrentCardTab(0); break;
    case Card::Contacts:
        if (m_contactsTab >= 0)
            m_editor->setCurrentCardTab(m_contactsTab);
        break;
    case Card::FollowUps:
        if (m_followUpsTab >= 0)
            m_editor->setCurrentCardTab(m_followUpsTab);
        break;
    case Card::Orders:
        if (m_ordersTab >= 0)
            m_editor->setCurrentCardTab(m_ordersTab);
        break;
    }
}

bool CustomersPage::confirmLeave()
{
    if (!m_editor->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Save the changes to %1?").arg(m_editor->current().displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.button(QMessageBox::Save)->setText(tr("Save"));
    box.button(QMessageBox::Discard)->setText(tr("Discard"));
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return m_editor->save() && !m_editor->isModified();
    case QMessageBox::Discard: m_editor->cancel(); return true;
    default: return false;
    }
}

void CustomersPage::currentChanged(qint64 id)
{
    updateActions();
    if (m_reverting || id == m_shownId)
        return;
    if (!confirmLeave()) {
        // Stay on the record being edited.
        m_reverting = true;
        m_list->selectId(m_shownId);
        m_reverting = false;
        return;
    }
    m_shownId = id;
    if (id == 0) {
        m_editor->clearCustomer();
    } else if (auto customer = m_controller->repository().get(id)) {
        m_editor->showCustomer(*customer);
    } else {
        m_editor->clearCustomer();
        emit statusMessage(customer.error().message, 8000);
    }
    updateActions();
}

void CustomersPage::saveRequested(const Customer &before, const Customer &after, const QString &newOrganisation)
{
    QUndoStack *stack = m_controller->undoStack();
    Customer toSave = after;
    const bool macro = !newOrganisation.isEmpty();
    if (macro) {
        stack->beginMacro(tr("Save %1").arg(after.displayName()));
        Customer org;
        org.kind = CustomerKind::Organisation;
        org.organisationName = newOrganisation;
        org.country = after.country;
        org.ownerId = after.ownerId;
        const auto orgId = m_controller->create(org);
        if (!orgId) {
            stack->endMacro();
            m_editor->showError(orgId.error().message);
            return;
        }
        toSave.organisationId = *orgId;
    }
    qint64 id = toSave.id;
    QString error;
    QStringList theirs;     // fields merged in from a change made elsewhere
    bool asked = false;
    if (id == 0) {
        auto created = m_controller->create(toSave);
        if (created)
            id = *created;
        else
            error = created.error().message;
    } else {
        // Saved as an edit of the record the editor opened; a clash with a change made elsewhere
        // since is shown three ways, and the choice saved as an edit of what is stored now (asked
        // again if it changed once more meanwhile).
        Customer opened = before;
        for (;;) {
            SaveConflict conflict;
            auto saved = m_controller->save(opened, toSave, &conflict);
            if (saved) {
                theirs = *saved;
                break;
            }
            if (saved.error().code != Error::Code::Conflict) {
                error = saved.error().message;
                break;
            }
            asked = true;
            SaveConflictDialog dialog(conflict, this);
            if (dialog.exec() != QDialog::Accepted) {
                if (macro) {
                    // Nothing of this save stays: the organisation made for it goes too, and is
                    // made again when the user saves once more.
                    stack->endMacro();
                    stack->undo();
                }
                emit statusMessage(tr("Not saved: %1 was changed elsewhere. Your changes are still in the editor.")
                                       .arg(before.displayName()),
                                   8000);
                return;
            }
            toSave = dialog.resolved();
            opened = conflict.theirs;
        }
    }
    if (macro)
        stack->endMacro();
    if (!error.isEmpty()) {
        m_editor->showError(error);
        return;
    }
    if (auto stored = m_controller->repository().get(id)) {
        m_shownId = id;
        m_editor->showCustomer(*stored);
    }
    m_list->selectId(id);
    if (theirs.isEmpty() || asked) {
        emit statusMessage(tr("Saved %1.").arg(toSave.displayName()), 4000);
    } else {
        const QString labels = fieldLabels(theirs, &ChangeHistory::fieldLabel);
        emit statusMessage(tr("Saved %1, together with changes made elsewhere meanwhile to: %2.")
                               .arg(toSave.displayName(), labels),
                           8000);
    }
    updateActions();
}

void CustomersPage::customersChanged(const QList<qint64> &ids)
{
    m_model->refresh(ids);
    // An undo or redo may have changed the record on screen: show what is stored now.
    if (m_shownId != 0 && ids.contains(m_shownId) && !m_editor->isModified()) {
        if (auto c = m_controller->repository().get(m_shownId))
            m_editor->showCustomer(*c);
    } else if (m_shownId != 0 && ids.contains(m_shownId)) {
        noteChangedElsewhere();
    }
    m_list->reloadFilters();
    m_editor->reloadChoices();
    updateActions();
}

void CustomersPage::deleteCurrent()
{
    const qint64 id = m_list->currentId();
    if (id == 0)
        return;
    const auto customer = m_controller->repository().get(id);
    if (!customer || customer->isDeleted())
        return;
    // Pick the neighbour now, so the selection stays in place after the row leaves.
    const int row = m_model->rowOf(id);
    const qint64 next = m_model->idAt(row + 1) ? m_model->idAt(row + 1) : m_model->idAt(row - 1);
    if (auto removed = m_controller->remove(id); !removed) {
        QMessageBox::warning(this, tr("Relatio"), removed.error().message);
        return;
    }
    m_shownId = 0;
    if (next)
        m_list->selectId(next);
    emit statusMessage(tr("Deleted %1. Undo (Ctrl+Z) brings it back.").arg(customer->displayName()), 6000);
}

void CustomersPage::restoreCurrent()
{
    const qint64 id = m_list->currentId();
    if (id == 0)
        return;
    const auto customer = m_controller->repository().get(id);
    if (!customer || !customer->isDeleted())
        return;
    if (auto restored = m_controller->restore(id); !restored) {
        QMessageBox::warning(this, tr("Relatio"), restored.error().message);
        return;
    }
    m_shownId = 0;
    emit statusMessage(tr("Restored %1.").arg(customer->displayName()), 4000);
}

void CustomersPage::updateActions()
{
    const bool deletedView = m_model->criteria().deleted;
    const bool has = m_list->currentId() != 0;
    m_delete->setEnabled(has && !deletedView);
    m_restore->setEnabled(has && deletedView);
    m_save->setEnabled(m_editor->hasCustomer() && !m_editor->original().isDeleted());
    m_cancel->setEnabled(m_editor->hasCustomer());
}

void CustomersPage::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("customers/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("customers/columns"), m_list->table()->horizontalHeader()->saveState());
}

void CustomersPage::restoreLayout(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("customers/splitter")).toByteArray());
    QHeaderView *header = m_list->table()->horizontalHeader();
    if (header->restoreState(settings.value(QStringLiteral("customers/columns")).toByteArray()))
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void CustomersPage::noteChangedElsewhere()
{
    // The user is typing in a record that changed meanwhile (a sync, an undo, an import): say so
    // now rather than at the save, and only when it really differs from what they opened.
    const Customer opened = m_editor->original();
    const auto stored = m_controller->repository().get(m_shownId);
    const bool changed = !stored || !stored->sameContent(opened) || stored->isDeleted() != opened.isDeleted();
    if (changed)
        emit statusMessage(tr("%1 was changed elsewhere while you are editing it. Saving keeps those changes, and "
                              "asks about any field you both changed.")
                               .arg(opened.displayName()),
                           10000);
}

void CustomersPage::reloadAll()
{
    m_model->refresh();
    m_list->reloadFilters();
    m_editor->reloadChoices();
    // The record on screen may be among the changed ones.
    if (m_shownId != 0 && !m_editor->isModified()) {
        if (auto c = m_controller->repository().get(m_shownId)) {
            m_editor->showCustomer(*c);
        } else {
            // Erased for good.
            m_shownId = 0;
            m_editor->clearCustomer();
        }
    } else if (m_shownId != 0) {
        noteChangedElsewhere();
    }
    if (m_consent)
        m_consent->refresh();
    if (m_history)
        m_history->refresh();
    updateActions();
}

std::vector<qint64> CustomersPage::selectedIds() const
{
    QList<QModelIndex> rows = m_list->table()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        if (const qint64 id = m_model->idAt(index.row()))
            ids.push_back(id);
    return ids;
}

} // namespace relatio
