// Worker thread for CSV jobs.
#include "csv/CsvJob.h"

#include <QThread>

namespace relatio {

CsvJob::CsvJob(DatabasePtr db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

CsvJob::~CsvJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void CsvJob::start(Work work)
{
    Q_ASSERT(!m_thread);
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    DatabasePtr db = m_db;
    m_thread = QThread::create([this, db, work = std::move(work)]() {
        work([this](qint64 done, qint64 total) {
            m_done = done;
            m_total = total;
            if (!m_deliveryQueued.exchange(true))
                QMetaObject::invokeMethod(this, &CsvJob::deliverProgress, Qt::QueuedConnection);
            return !m_cancel.load();
        });
        db->releaseConnection();
    });
    // Queued to this object: when the job object is gone first, the call is dropped with it.
    connect(m_thread, &QThread::finished, this, &CsvJob::threadDone, Qt::QueuedConnection);
    m_thread->start();
}

void CsvJob::cancel()
{
    m_cancel = true;
}

void CsvJob::deliverProgress()
{
    m_deliveryQueued = false;
    if (m_thread)
        emit progressed(m_done.load(), m_total.load());
}

void CsvJob::threadDone()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    emit finished();
}

} // namespace relatio
