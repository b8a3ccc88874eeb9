// A worker thread with its own database connection for list queries that may take a while on a
// large store (no index serves them): jobs run there in order, and answer on the caller's thread.
#pragma once

#include "store/Database.h"

#include <QString>

#include <functional>

class QObject;
class QThread;

namespace relatio {

class QueryThread
{
public:
    QueryThread(DatabasePtr db, const QString &name);
    ~QueryThread();
    QueryThread(const QueryThread &) = delete;
    QueryThread &operator=(const QueryThread &) = delete;

    // Runs job on the worker. Jobs read through the repositories as usual: on that thread they
    // get that thread's connection.
    void post(std::function<void()> job);
    // Waits for the jobs posted so far (tests and tools).
    void drain();

private:
    DatabasePtr m_db;
    QThread *m_thread;
    QObject *m_context;
};

} // namespace relatio
