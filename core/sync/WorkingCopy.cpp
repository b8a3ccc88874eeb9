// The copy of a team database this computer keeps for the work done on a file.
#include "sync/WorkingCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace relatio::sync {

QString WorkingCopy::defaultFolder()
{
    const QString named = qEnvironmentVariable("RELATIO_TEAM_COPIES");
    if (!named.isEmpty())
        return named;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.relatio");
    return dir + QStringLiteral("/team-copies");
}

Result<WorkingCopy::Where> WorkingCopy::pathFor(const DatabasePtr &team, const QString &folder)
{
    if (team->dialect() != Dialect::PostgreSQL)
        return fail(Error::Code::Invalid, tr("A copy is kept of a team database only."));
    const auto serverId = SyncEndpoint(team).replicaId();
    if (!serverId)
        return std::unexpected(serverId.error());
    QString name;
    for (const QChar c : *serverId)
        name += c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_');
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    if (!QDir().mkpath(dir))
        return fail(Error::Code::Io, tr("The folder for this computer's copy of the team database cannot be made: %1")
                                         .arg(QDir::toNativeSeparators(dir)));
    // It holds the customers' data: for this user's eyes only.
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return Where{QDir(dir).filePath(name + QStringLiteral(".relatio")), *serverId};
}

Result<bool> WorkingCopy::refreshKept(const DatabasePtr &team, const QString &folder)
{
    const auto path = pathFor(team, folder);
    if (!path)
        return std::unexpected(path.error());
    if (!QFileInfo::exists(path->path))
        return false;
    {
        auto file = Database::open(path->path);
        if (!file)
            return std::unexpected(file.error());
        QSqlQuery q((*file)->connection());
        const bool synced = q.exec(QStringLiteral("SELECT 1 FROM sync_peer WHERE role = 'server'")) && q.next();
        q = QSqlQuery();
        (*file)->releaseConnection();
        if (!synced)
            return false; // made for a page, never brought: nothing of the team's is in it
    }
    auto copy = open(team, {}, folder, 0);
    if (!copy)
        return copy.error().code == Error::Code::Busy ? Result<bool>(false) : std::unexpected(copy.error());
    return true;
}

Result<DatabasePtr> WorkingCopy::localFile(const DatabasePtr &team, const QString &folder)
{
    const auto path = pathFor(team, folder);
    if (!path)
        return std::unexpected(path.error());
    return Database::open(path->path);
}

qint64 WorkingCopy::sameCustomer(const DatabasePtr &from, const DatabasePtr &to, qint64 id)
{
    if (id <= 0)
        return 0;
    QSqlQuery there(from->connection());
    there.prepare(QStringLiteral("SELECT uuid FROM customer WHERE id = ?"));
    there.addBindValue(id);
    if (!there.exec() || !there.next())
        return 0;
    QSqlQuery here(to->connection());
    here.prepare(QStringLiteral("SELECT id FROM customer WHERE uuid = ?"));
    here.addBindValue(there.value(0).toString());
    if (!here.exec() || !here.next())
        return 0;
    return here.value(0).toLongLong();
}

Result<std::unique_ptr<WorkingCopy>> WorkingCopy::open(const DatabasePtr &team, const SyncOptions &options,
                                                       const QString &folder, int lockWaitMs)
{
    const auto where = pathFor(team, folder);
    if (!where)
        return std::unexpected(where.error());

    std::unique_ptr<WorkingCopy> copy(new WorkingCopy);
    copy->m_team = team;
    copy->m_path = where->path;
    copy->m_lock = std::make_unique<QLockFile>(copy->m_path + QStringLiteral(".lock"));
    // Held as long as the work lasts, however long: only a lock left by a program that is gone
    // is taken over.
    copy->m_lock->setStaleLockTime(0);
    if (!copy->m_lock->tryLock(lockWaitMs)) {
        if (copy->m_lock->error() == QLockFile::LockFailedError)
            return fail(Error::Code::Busy, tr("Another import, undo or value analysis on this team database is "
                                              "running on this computer; try again when it has finished."));
        return fail(Error::Code::Io, tr("This computer's copy of the team database cannot be locked: %1 cannot be "
                                        "written.")
                                         .arg(QDir::toNativeSeparators(copy->m_path + QStringLiteral(".lock"))));
    }
    auto file = Database::open(copy->m_path);
    if (!file)
        return std::unexpected(file.error());
    copy->m_file = *file;
    {
        // A copy syncs with its own team database only.
        QSqlQuery q(copy->m_file->connection());
        if (!q.exec(QStringLiteral("SELECT peer_id FROM sync_peer WHERE role = 'server'")))
            return std::unexpected(Database::sqlError(q.lastError(), tr("Reading %1").arg(copy->m_path)));
        if (q.next() && q.value(0).toString() != where->serverId)
            return fail(Error::Code::Invalid, tr("%1 syncs with another team database; move it aside and try again.")
                                                  .arg(QDir::toNativeSeparators(copy->m_path)));
    }
    auto brought = copy->sync(options);
    if (!brought)
        return std::unexpected(brought.error());
    copy->m_broughtIn = *brought;
    return copy;
}

WorkingCopy::~WorkingCopy()
{
    if (m_file)
        m_file->releaseConnection();
}

Result<SyncSummary> WorkingCopy::sync(const SyncOptions &options)
{
    SyncEndpoint here(m_file);
    SyncEndpoint there(m_team);
    auto summary = Synchroniser::run(here, there, options);
    if (!summary) {
        Error error = summary.error();
        error.message = tr("Syncing this computer's copy of the team database: %1").arg(error.message);
        return std::unexpected(error);
    }
    return summary;
}

QString WorkingCopy::sentText(const CopyWork &how)
{
    if (!how.viaCopy)
        return {};
    if (how.notSent)
        return tr("The changes are in this computer's copy of the team database (%1) but could not be sent to the "
                  "team database yet: %2 They are sent with the next import into the team database from this "
                  "computer.")
            .arg(QDir::toNativeSeparators(how.copyPath), how.notSent->message);
    const QLocale locale;
    if (how.sent.conflicts == 0)
        return tr("Sent to the team database: %1 records.").arg(locale.toString(how.sent.sent));
    return tr("Sent to the team database: %1 records; %2 of their fields had been changed by colleagues meanwhile, "
              "and the newer change was kept (the other is listed with the record as an overwritten edit).")
        .arg(locale.toString(how.sent.sent), locale.toString(how.sent.conflicts));
}

} // namespace relatio::sync
