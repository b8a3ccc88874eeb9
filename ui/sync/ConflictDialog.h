// Reviewing the edits that sync overwrote on one customer: each with what it was and what won,
// where and when both were made; put the overwritten value back, or keep what won.
#pragma once

#include "store/Database.h"
#include "sync/ConflictResolver.h"

#include <QDialog>
#include <QToolButton>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace relatio {

class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(DatabasePtr db, const QString &customerUuid, const QString &customerName, const QString &actor,
                   QWidget *parent = nullptr);
    // The conflicts no customer card shows (team members, units, personas, assessments, orders, …).
    ConflictDialog(DatabasePtr db, const QString &actor, QWidget *parent = nullptr);

    int shownCount() const;

signals:
    // The record was changed (a value put back): the card shows it again.
    void customerChanged();

private:
    void build(const QString &title, const QString &firstColumn);
    void reload();
    void answer(bool flip);
    void updateButtons();

    DatabasePtr m_db;
    QString m_uuid;
    QString m_actor;
    QTreeWidget *m_list = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_flip = nullptr;
    QPushButton *m_keep = nullptr;
    QList<sync::ConflictView> m_views;
};

// The notice on the customer card: how many edits on this record sync overwrote, with a button
// to review them. Hidden when there are none.
class ConflictNotice : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictNotice(DatabasePtr db, QWidget *parent = nullptr);

    void setCustomer(const QString &uuid, const QString &name);
    void setActor(const QString &actor) { m_actor = actor; }
    void refresh();

signals:
    void customerChanged();
    void reviewed(); // its review was closed (entries may have been answered)

private:
    DatabasePtr m_db;
    QString m_uuid;
    QString m_name;
    QString m_actor;
    QLabel *m_text = nullptr;
};

// In the status bar: how many overwritten edits wait for review, with a menu that opens each
// customer card showing some and the review of the others. Hidden when none wait.
class ConflictIndicator : public QToolButton
{
    Q_OBJECT

public:
    explicit ConflictIndicator(DatabasePtr db, QWidget *parent = nullptr);
    void refresh();

signals:
    void customerRequested(qint64 id);
    void elsewhereRequested();

private:
    DatabasePtr m_db;
};

} // namespace relatio
