// Syncing this database with the team server from the window: File › Sync with Team Server…
// (the address, the password kept in the system keychain, Sync now with progress and a summary),
// and a quiet sync at start when a server is set and reachable. The sync runs on a worker thread.
#pragma once

#include "store/Database.h"
#include "sync/Synchroniser.h"

#include <QDialog>
#include <QObject>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace relatio {

// One sync on a worker thread; finished() arrives on the thread that started it.
class SyncRun : public QObject
{
    Q_OBJECT

public:
    SyncRun(DatabasePtr db, const QString &url, const QString &password, bool savePassword, QObject *parent = nullptr);
    // Which customers this computer keeps from this sync on ("owner=NAME", …; see
    // Synchroniser::keep); not called: as before.
    void setKeep(const QStringList &specs) { m_keep = specs; }
    ~SyncRun() override;
    void start();
    bool isRunning() const;

signals:
    void progress(qint64 records);
    void finished(bool ok, const relatio::sync::SyncSummary &summary, const QString &error, bool encrypted);

private:
    DatabasePtr m_db;
    QString m_url;
    QString m_password;
    bool m_savePassword = false;
    QStringList m_keep;
    QThread *m_thread = nullptr;
};

class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncDialog(DatabasePtr db, QWidget *parent = nullptr);

    void startSync(); // as the Sync Now button does

signals:
    void synced(const relatio::sync::SyncSummary &summary);

private:
    void finish(bool ok, const sync::SyncSummary &summary, const QString &error, bool encrypted);
    // Shows the subset this computer keeps; fills the names to choose from for a kind of subset.
    void showKeep();
    void fillKeepValues();
    // The subset chosen, as specs for Synchroniser::keep; empty when it is as it was.
    QStringList keepSpecs() const;

    DatabasePtr m_db;
    QComboBox *m_keep = nullptr;      // all, a team member's, a tag's, a country's, or as set elsewhere
    QComboBox *m_keepValue = nullptr; // which member, tag or country
    QString m_keptText;               // the subset as the dialog opened, in words
    QLineEdit *m_url = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_onStart = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_syncNow = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SyncRun *m_run = nullptr;
};

class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(DatabasePtr db, QWidget *window);

    QAction *syncAction() const { return m_action; }
    // At start: syncs quietly when a server is set and "sync on start" is on.
    void syncOnStart();

    // The team server the sync dialog was last given (empty: none yet).
    static QString lastServer();

    // The summary in words; the note about a corrected clock follows after `between`.
    static QString summaryText(const sync::SyncSummary &summary, QChar between = QLatin1Char(' '));

signals:
    void synced(const relatio::sync::SyncSummary &summary);
    void statusMessage(const QString &message, int timeout);

private:
    DatabasePtr m_db;
    QWidget *m_window;
    QAction *m_action = nullptr;
    SyncRun *m_startRun = nullptr;
};

} // namespace relatio
