// Worker thread for list queries.
#include "interactions/QueryThread.h"

#include <QObject>
#include <QThread>

namespace relatio {

QueryThread::QueryThread(DatabasePtr db, const QString &name)
    : m_db(std::move(db))
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(name);
    m_context->moveToThread(m_thread);
    m_thread->start();
}

QueryThread::~QueryThread()
{
    // The jobs still queued run first; then the worker's connection closes on its own thread.
    QMetaObject::invokeMethod(m_context, [db = m_db]() { db->releaseConnection(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

void QueryThread::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

void QueryThread::drain()
{
    QMetaObject::invokeMethod(m_context, []() {}, Qt::BlockingQueuedConnection);
}

} // namespace relatio
