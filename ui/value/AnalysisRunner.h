// Runs the value analysis (ValueStore::refresh) on a thread of its own with that thread's
// database connection, reports progress and the result on the GUI thread, and can be cancelled.
#pragma once

#include "value/ValueStore.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace relatio {

class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisRunner(DatabasePtr db, QObject *parent = nullptr);
    // db is this computer's copy of that team database (sync::WorkingCopy::localFile): each
    // analysis first brings the copy up to date with a sync.
    void setTeam(DatabasePtr team) { m_team = std::move(team); }
    // Cancels a running analysis and waits for it (its transaction rolls back).
    ~AnalysisRunner() override;

    // False when one is running already.
    bool start(const value::ValueSettings &settings);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // The last analysis' result: the stored summary, or its error (Error::Code::Cancelled when
    // cancelled). Valid from finished() on.
    const Result<value::ValueRefreshResult> &result() const { return m_result; }

signals:
    void progress(int percent, const QString &step);
    // The analysis has ended; result() says how.
    void finished();

private:
    DatabasePtr m_db;
    DatabasePtr m_team;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Result<value::ValueRefreshResult> m_result = fail(Error::Code::Invalid, QString());
};

} // namespace relatio
