// Runs read-only queries on a thread of its own (with that thread's database connection) where only
// the newest request matters: a queued one that a newer one overtakes never starts, a running one
// sees its cancel flag set, and a stale result is dropped instead of shown.
#pragma once

#include "store/Database.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace relatio {

class LatestJobRunner : public QObject
{
    Q_OBJECT

public:
    // Called on the GUI thread with the job's result, if the job is still the newest.
    using Delivery = std::function<void()>;
    // Runs on the worker thread; returns what to do with its result on the GUI thread.
    using Job = std::function<Delivery(const std::atomic_bool &cancelled)>;

    LatestJobRunner(DatabasePtr db, const QString &threadName, QObject *parent = nullptr);
    // Tells a running job to stop, waits for it and closes the thread's connection.
    ~LatestJobRunner() override;

    void run(Job job);
    // True from run() until the newest job's delivery has been made.
    bool isBusy() const { return m_delivered != m_requested; }

signals:
    // The newest job's result has been delivered.
    void delivered();

private:
    DatabasePtr m_db;
    QThread *m_thread;
    QObject *m_context;                                   // lives in m_thread
    quint64 m_requested = 0;
    quint64 m_delivered = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic_bool> m_cancel;            // of the newest job
};

} // namespace relatio
