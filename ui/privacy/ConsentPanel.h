// The consent part of the customer card: the state per purpose, with what it rests on, the
// buttons that record a permission, a confirmation or a withdrawal, and the ledger beneath.
#pragma once

#include "store/Database.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace relatio {

class ConsentLedgerModel;
class ConsentRepository;
class ConsentStateModel;

class ConsentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentPanel(DatabasePtr db, QWidget *parent = nullptr);
    ~ConsentPanel() override;

    // The customer shown; 0 shows nothing and disables the buttons. A deleted customer (live
    // false) can have permissions withdrawn, not given.
    void setCustomer(qint64 customerId, bool live = true);
    qint64 customerId() const { return m_customerId; }
    // Who records the entries (the chosen team member); the user logged in until set.
    void setActor(const QString &who);
    // Reads the state and the ledger again (after an import, say).
    void refresh();

    QAction *grantAction() const { return m_grant; }
    QAction *confirmAction() const { return m_confirm; }
    QAction *withdrawAction() const { return m_withdraw; }
    ConsentStateModel *stateModel() const { return m_states; }
    ConsentLedgerModel *ledgerModel() const { return m_ledger; }
    QTableView *stateView() const { return m_stateView; }
    // The purpose of the selected row (0 = none selected).
    qint64 currentPurpose() const;
    void selectPurpose(qint64 purposeId);

signals:
    void consentChanged(qint64 customerId);

private:
    void record(int action);
    void updateActions();
    void showError(const QString &message);

    DatabasePtr m_db;
    std::unique_ptr<ConsentRepository> m_repository;
    qint64 m_customerId = 0;
    bool m_live = true;
    ConsentStateModel *m_states;
    ConsentLedgerModel *m_ledger;
    QTableView *m_stateView;
    QTableView *m_ledgerView;
    QAction *m_grant;
    QAction *m_confirm;
    QAction *m_withdraw;
    QLabel *m_error;
};

} // namespace relatio
