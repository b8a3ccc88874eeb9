// Background refreshes of this computer's copy of the team database.
#include "sync/CopyRefresher.h"

#include "sync/WorkingCopy.h"

#include <QPointer>
#include <QThread>

namespace relatio {

CopyRefresher::CopyRefresher(DatabasePtr team, QObject *parent)
    : QObject(parent)
    , m_team(std::move(team))
{
}

CopyRefresher::~CopyRefresher()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void CopyRefresher::refresh()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    start();
}

void CopyRefresher::start()
{
    QPointer<CopyRefresher> self(this);
    DatabasePtr team = m_team;
    m_thread = QThread::create([self, team]() {
        const Result<bool> result = sync::WorkingCopy::refreshKept(team);
        team->releaseConnection();
        QMetaObject::invokeMethod(self.data(), [self, result]() {
            if (!self)
                return;
            self->m_thread->wait();
            delete self->m_thread;
            self->m_thread = nullptr;
            if (result)
                emit self->refreshed(*result);
            else
                emit self->failed(tr("This computer's copy of the team database could not be brought up to date: %1")
                                      .arg(result.error().message));
            if (self->m_again) {
                self->m_again = false;
                self->start();
            }
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("team-copy-refresh"));
    m_thread->start(QThread::LowPriority);
}

} // namespace relatio
