// File › Open Team Database…: working on the team database on PostgreSQL directly, as office staff
// do, instead of on this computer's Relatio file. The address and the password as the sync dialog
// takes them (the password from the system keychain when it was remembered). The connection is
// made on a worker thread, so that a server that does not answer does not freeze the window.
#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace relatio {

// What the window opens at start when neither --db nor --server is given: the team database last
// opened in the window when that is where the user last worked (empty: the Relatio file).
QString teamDatabaseToReopen();
// Remembers where the user works: a team database's address, or empty for a Relatio file.
void rememberWhereOpened(const QString &teamAddress);

class OpenTeamDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenTeamDialog(QWidget *parent = nullptr);
    ~OpenTeamDialog() override;

    // Fills in an address, and why it could not be opened (as at start with --server).
    void setAddress(const QString &address, const QString &problem = {});
    // The team database, once opened (the dialog is then accepted).
    DatabasePtr database() const { return m_db; }
    // What went wrong besides, once opened (the password could not be kept in the keychain).
    QString note() const { return m_note; }
    // The address as typed (with its options, such as sslmode).
    QString address() const;

    void openDatabase(); // as the Open button does
    void reject() override; // not while connecting

private:
    void finish(DatabasePtr db, const QString &error);

    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_open = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QThread *m_thread = nullptr;
    DatabasePtr m_db;
    QString m_note;
};

} // namespace relatio
