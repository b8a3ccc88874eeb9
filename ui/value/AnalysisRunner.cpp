// The value analysis off the GUI thread.
#include "value/AnalysisRunner.h"

#include <QPointer>
#include <QThread>

namespace relatio {

AnalysisRunner::AnalysisRunner(DatabasePtr db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

AnalysisRunner::~AnalysisRunner()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool AnalysisRunner::start(const value::ValueSettings &settings)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<AnalysisRunner> self(this);
    auto cancel = m_cancel;
    DatabasePtr db = m_db;
    m_thread = QThread::create([self, cancel, db, settings]() {
        int last = -1;
        auto result = value::ValueStore(db).refresh(
            settings,
            [&](int percent, const QString &step) {
                if (percent == last)
                    return;
                last = percent;
                QMetaObject::invokeMethod(self.data(), [self, percent, step]() {
                    if (self)
                        emit self->progress(percent, step);
                }, Qt::QueuedConnection);
            },
            cancel.get());
        db->releaseConnection();
        QMetaObject::invokeMethod(self.data(), [self, result]() {
            if (!self)
                return;
            if (self->m_thread) {
                self->m_thread->wait();
                delete self->m_thread;
                self->m_thread = nullptr;
            }
            self->m_result = result;
            emit self->finished();
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("value-analysis"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void AnalysisRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace relatio
