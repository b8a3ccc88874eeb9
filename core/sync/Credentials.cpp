// The keychain through qtkeychain's jobs, waited for in a local event loop.
#include "sync/Credentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace relatio::sync {

namespace {

const QString kService = QStringLiteral("Relatio");

struct Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
};

// Runs a job to its end (or the timeout); true when it finished without error.
bool run(QKeychain::Job &job, int timeoutMs, QString *problem)
{
    job.setAutoDelete(false);
    // Its fallback writes passwords to a plain settings file: never.
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&]() {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        *problem = Keychain::tr("the system keychain did not answer");
        return false;
    }
    if (job.error() != QKeychain::NoError) {
        *problem = job.error() == QKeychain::EntryNotFound ? QString() : job.errorString();
        return false;
    }
    return true;
}

} // namespace

StoredPassword readPassword(const QString &serverAddress, int timeoutMs)
{
    StoredPassword out;
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(serverAddress);
    if (run(job, timeoutMs, &out.problem))
        out.password = job.textData();
    return out;
}

Result<void> storePassword(const QString &serverAddress, const QString &password, int timeoutMs)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(serverAddress);
    job.setTextData(password);
    QString problem;
    if (!run(job, timeoutMs, &problem))
        return fail(Error::Code::Io, Keychain::tr("The password could not be kept in the system keychain: %1")
                                         .arg(problem.isEmpty() ? Keychain::tr("unknown error") : problem));
    return {};
}

} // namespace relatio::sync
