// Keeps this computer's copy of the team database (sync::WorkingCopy) following the team database
// while a window works on it: brought up to date in the background when the window opens and after
// an erasure made there, so that an erasure reaches the copy as it reaches every laptop.
#pragma once

#include "store/Database.h"

#include <QObject>

class QThread;

namespace relatio {

class CopyRefresher : public QObject
{
    Q_OBJECT

public:
    explicit CopyRefresher(DatabasePtr team, QObject *parent = nullptr);
    // Waits for a refresh under way.
    ~CopyRefresher() override;

    // Starts a refresh on a thread of its own; one asked for while one runs follows it.
    void refresh();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // A refresh ended: synced says whether there was a copy to bring up to date.
    void refreshed(bool synced);
    // It failed; the message says why, for the status bar.
    void failed(const QString &message);

private:
    void start();

    DatabasePtr m_team;
    QThread *m_thread = nullptr;
    bool m_again = false;
};

} // namespace relatio
