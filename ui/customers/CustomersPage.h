// The customers capability: list and editor side by side, their actions, and the edit flow.
#pragma once

#include "store/Database.h"

#include <QWidget>

#include <vector>

class QAction;
class QSettings;
class QSplitter;
class QTimer;
class QUndoStack;

namespace relatio {

class ContactsPanel;
class CustomerFollowUpsPanel;
class InteractionController;
class CustomerController;
class CustomerEditor;
class CustomerListModel;
class CustomerListView;

class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    // The parts of the customer card.
    enum class Card { Details, Contacts, FollowUps, Orders };

    CustomersPage(DatabasePtr db, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~CustomersPage() override;

    // Puts the customer's contacts (timeline, quick entry) and follow-ups on the card.
    void setInteractions(InteractionController *interactions);
    // Puts the permissions and the change history on the card; actions act on the card's customer.
    void setPrivacy(class PrivacyActions *actions);
    // Puts the customer's orders on the card (ui/orders/PurchasesPanel).
    void setOrders(class OrderController *orders);
    class PurchasesPanel *purchasesPanel() const { return m_purchases; }
    // Who is making changes, for the change history and the consent ledger.
    void setActor(const QString &who);
    ContactsPanel *contactsPanel() const { return m_contacts; }
    CustomerFollowUpsPanel *followUpsPanel() const { return m_followUps; }
    // Shows a customer on the card (asking about unsaved changes first), at one of its parts;
    // interactionId selects that contact in the timeline.
    void showCustomer(qint64 id, Card card = Card::Details, qint64 interactionId = 0);
    void showCard(Card card);
    // Reads the card's contacts and follow-ups again (after many changed at once).
    void reloadInteractions();

    // Actions for the window's menus and tool bar.
    QAction *newAction() const { return m_new; }
    QAction *saveAction() const { return m_save; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *deleteAction() const { return m_delete; }
    QAction *restoreAction() const { return m_restore; }
    QAction *findAction() const { return m_find; }
    QAction *newContactAction() const { return m_newContact; }

    CustomerListModel *model() const { return m_model; }
    CustomerListView *listView() const { return m_list; }
    CustomerEditor *editor() const { return m_editor; }
    CustomerController *controller() const { return m_controller; }
    // The ids of the selected rows, in list order (for exporting them).
    std::vector<qint64> selectedIds() const;

    // The layout the user left: splitter position, column widths and order, sort column.
    void saveLayout(QSettings &settings) const;
    void restoreLayout(const QSettings &settings);

    // Asks about unsaved changes; false when the user wants to stay.
    bool confirmLeave();
    // Reads everything again after many records changed at once (demo data, an import or its undo).
    void reloadAll();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    void countChanged(const QString &text);

private:
    void currentChanged(qint64 id);
    void saveRequested(const class Customer &before, const class Customer &after, const QString &newOrganisation);
    void customersChanged(const QList<qint64> &ids);
    void noteChangedElsewhere();
    void deleteCurrent();
    void restoreCurrent();
    void updateActions();

    DatabasePtr m_db;
    CustomerController *m_controller;
    CustomerListModel *m_model;
    CustomerListView *m_list;
    CustomerEditor *m_editor;
    QSplitter *m_splitter;
    QTimer *m_followTimer = nullptr;
    QAction *m_new;
    QAction *m_save;
    QAction *m_cancel;
    QAction *m_delete;
    QAction *m_restore;
    QAction *m_find;
    QAction *m_newContact = nullptr;
    ContactsPanel *m_contacts = nullptr;
    class ConsentPanel *m_consent = nullptr;
    class HistoryPanel *m_history = nullptr;
    CustomerFollowUpsPanel *m_followUps = nullptr;
    class PurchasesPanel *m_purchases = nullptr;
    int m_contactsTab = -1;
    int m_followUpsTab = -1;
    int m_ordersTab = -1;
    qint64 m_shownId = 0;
    bool m_reverting = false;
};

} // namespace relatio
