// The value analysis off the GUI thread.
#include "value/AnalysisRunner.h"

#include "sync/WorkingCopy.h"

#include <QLocale>
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
    DatabasePtr team = m_team;
    m_thread = QThread::create([self, cancel, db, team, settings]() {
        // Progress and the result go to the runner on the GUI thread (when it is still there).
        auto tell = [self](int percent, const QString &step) {
            QMetaObject::invokeMethod(self.data(), [self, percent, step]() {
                if (self)
                    emit self->progress(percent, step);
            }, Qt::QueuedConnection);
        };
        auto deliver = [self](const Result<value::ValueRefreshResult> &result) {
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
        };
        // On a team database: its copy here is brought up to date first, and stays locked while
        // the analysis reads it.
        std::unique_ptr<sync::WorkingCopy> copy;
        if (team) {
            sync::SyncOptions options;
            // Cancelling stops the sync where it is; what it brought stays for the next one.
            options.dropAt = [&cancel](const char *) { return cancel->load(); };
            options.progress = [&tell](qint64 records) {
                tell(0, tr("Bringing this computer's copy of the team database up to date: %1 records")
                            .arg(QLocale().toString(records)));
            };
            auto opened = sync::WorkingCopy::open(team, options);
            team->releaseConnection();
            if (!opened) {
                deliver(cancel->load() ? fail(Error::Code::Cancelled, QString()) : std::unexpected(opened.error()));
                return;
            }
            copy = std::move(*opened);
        }
        int last = -1;
        auto result = value::ValueStore(db).refresh(
            settings,
            [&](int percent, const QString &step) {
                if (percent == last)
                    return;
                last = percent;
                tell(percent, step);
            },
            cancel.get());
        db->releaseConnection();
        copy.reset();
        deliver(result);
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
