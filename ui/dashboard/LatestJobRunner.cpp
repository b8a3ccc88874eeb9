// Worker thread for the dashboard's queries.
#include "dashboard/LatestJobRunner.h"

#include <QThread>

#include <limits>

namespace relatio {

LatestJobRunner::LatestJobRunner(DatabasePtr db, const QString &threadName, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_thread(new QThread)
    , m_context(new QObject)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread->setObjectName(threadName);
    m_context->moveToThread(m_thread);
    m_thread->start();
}

LatestJobRunner::~LatestJobRunner()
{
    m_latest->store(std::numeric_limits<quint64>::max()); // queued jobs fall through
    if (m_cancel)
        m_cancel->store(true);
    QMetaObject::invokeMethod(m_context, [db = m_db]() { db->releaseConnection(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

void LatestJobRunner::run(Job job)
{
    const quint64 generation = ++m_requested;
    m_latest->store(generation);
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QMetaObject::invokeMethod(
        m_context,
        [this, generation, latest = m_latest, cancel = m_cancel, job = std::move(job)]() {
            if (latest->load() != generation)
                return;
            Delivery delivery = job(*cancel);
            if (latest->load() != generation)
                return;
            // Posted to this object: the destructor waits for this thread before the object goes,
            // and a delivery still queued then is dropped with it.
            QMetaObject::invokeMethod(
                this,
                [this, generation, delivery = std::move(delivery)]() {
                    if (generation != m_requested)
                        return;
                    m_delivered = generation;
                    if (delivery)
                        delivery();
                    emit delivered();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace relatio
