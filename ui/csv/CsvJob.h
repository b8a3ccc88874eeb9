// One long CSV job (a check, an import, an export) on a thread of its own: progress reaches the GUI
// thread as signals, a cancel request reaches the job through its progress callback.
#pragma once

#include "store/Database.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace relatio {

class CsvJob : public QObject
{
    Q_OBJECT

public:
    // done/total as the core reports it; returns false once the job should stop.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Runs on the worker thread. It keeps its own result (a captured shared_ptr, say), which the
    // owner reads after finished().
    using Work = std::function<void(const Progress &progress)>;

    explicit CsvJob(DatabasePtr db, QObject *parent = nullptr);
    // Cancels a running job and waits for it: the core rolls back, so nothing is left half-written.
    ~CsvJob() override;

    void start(Work work);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelRequested() const { return m_cancel.load(); }

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    void deliverProgress();
    void threadDone();

    DatabasePtr m_db;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
    // The latest progress, handed over without flooding the event queue: at most one delivery is
    // queued at a time and it reads the newest values.
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::atomic<bool> m_deliveryQueued = false;
};

} // namespace relatio
