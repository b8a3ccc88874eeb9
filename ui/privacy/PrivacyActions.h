// The privacy actions of the window and the customer card: export a customer's personal data,
// erase a customer, export a marketing list, review customers without activity, and edit the
// permission purposes. MainWindow puts the actions in its menus; the customers page tells it
// which customer is shown.
#pragma once

#include "store/Database.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace relatio {

class RetentionDialog;

class PrivacyActions : public QObject
{
    Q_OBJECT

public:
    // Dialogs open over dialogParent.
    PrivacyActions(DatabasePtr db, QWidget *dialogParent);

    // The customer the card shows (0 = none): the per-customer actions follow it.
    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Who acts (the chosen team member), recorded with exports and erasures.
    void setActor(const QString &who);

    QAction *exportSubjectAction() const { return m_exportSubject; }
    QAction *eraseAction() const { return m_erase; }
    QAction *marketingExportAction() const { return m_marketing; }
    QAction *retentionAction() const { return m_retention; }
    QAction *purposesAction() const { return m_purposes; }

    // Writes FILE.json, FILE.html and FILE.pdf for the customer (what the action does after asking
    // for the file); returns a sentence for the status bar, or the error.
    Result<QString> exportSubject(qint64 customerId, const QString &htmlPath);

signals:
    // The customer is gone for good: lists, cards and caches must drop it.
    void customerErased(qint64 customerId);
    void statusMessage(const QString &message, int timeoutMs);
    void openCustomerRequested(qint64 customerId);
    // Purposes were added, renamed or retired: consent panels read again.
    void purposesChanged();

private:
    void exportCurrent();
    void eraseCurrent();
    void exportMarketing();
    void reviewRetention();
    void editPurposes();

    DatabasePtr m_db;
    QWidget *m_parent;
    qint64 m_customerId = 0;
    QString m_actor;
    QAction *m_exportSubject;
    QAction *m_erase;
    QAction *m_marketing;
    QAction *m_retention;
    QAction *m_purposes;
    QPointer<RetentionDialog> m_retentionDialog;
};

} // namespace relatio
