// The Relatio file this computer keeps beside a team database for the work that is done on a file:
// CSV imports (and undoing them) and the value analysis, with the costs and price rules it uses. It is a replica of everything, as a field laptop's is: a sync
// brings it up to date before the work, and a sync sends what the work wrote to the team database
// after it, with the merge rules every laptop follows (docs/sync-plan.md). Only the first sync is
// long; later ones bring only what changed since.
#pragma once

#include "store/Database.h"
#include "sync/Synchroniser.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace relatio::sync {

// What a piece of work on a team database's copy came to, besides its own result.
struct CopyWork
{
    bool viaCopy = false;       // false: the store was a Relatio file, worked on directly
    QString copyPath;           // the copy's file
    SyncSummary broughtIn;      // the sync before the work
    SyncSummary sent;           // the sync after it (when the work wrote anything)
    // The sync after the work failed: what it wrote waits in the copy, and the next piece of work
    // (or relatio-cli --db COPY sync --server URL) sends it.
    std::optional<Error> notSent;
};

class WorkingCopy
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCopy)

public:
    // Where the copies are kept: the folder RELATIO_TEAM_COPIES names, else "team-copies" in the
    // program's data folder, beside its own Relatio file.
    static QString defaultFolder();
    // Brings the copy up to date when this computer keeps one that holds the team's data, so that
    // what happened on the team database meanwhile (an erasure above all) reaches it as it reaches
    // every laptop. Does nothing when there is none yet, or when other work holds it (that work
    // syncs it). True when it synced.
    static Result<bool> refreshKept(const DatabasePtr &team, const QString &folder = {});

    // Opens the copy kept for this team database (made when there is none yet) and brings it up to
    // date. Only one piece of work uses a copy at a time, on this computer: another one waits up to
    // lockWaitMs for it, and is then refused with Error::Code::Busy.
    static Result<std::unique_ptr<WorkingCopy>> open(const DatabasePtr &team, const SyncOptions &options = {},
                                                     const QString &folder = {}, int lockWaitMs = 30000);
    ~WorkingCopy();
    WorkingCopy(const WorkingCopy &) = delete;
    WorkingCopy &operator=(const WorkingCopy &) = delete;

    // The copy's file for this team database as it stands (made empty when there is none yet),
    // neither synced nor locked: for reading what work on it left (the value analysis) and for
    // what this computer keeps for itself there (costs, price rules).
    static Result<DatabasePtr> localFile(const DatabasePtr &team, const QString &folder = {});
    // The id in `to` of the customer with this id in `from` (the same uuid); 0 when `to` has none.
    // Ids are each store's own; a copy and its team database name one customer by its uuid.
    static qint64 sameCustomer(const DatabasePtr &from, const DatabasePtr &to, qint64 id);

    const DatabasePtr &file() const { return m_file; }
    const QString &path() const { return m_path; }
    const SyncSummary &broughtIn() const { return m_broughtIn; }
    // Sends what was written on the copy, and brings what others wrote meanwhile.
    Result<SyncSummary> sync(const SyncOptions &options = {});

    // How run() goes about the syncs.
    struct RunOptions
    {
        std::function<void(qint64)> progress; // records handled by either sync
        // Asked during the sync before the work: true stops it there (Error::Code::Cancelled);
        // what it brought stays, and the next sync goes on from there.
        std::function<bool()> cancelled;
        int lockWaitMs = 30000; // as for open() (the GUI thread does not wait)
    };

    // Does work on a store: a Relatio file directly; a team database on its copy, between a sync
    // that brings the copy up to date and, when wrote(result) says the work wrote anything, a sync
    // that sends it. A failure of that second sync is not the work's: it is told in how->notSent.
    template<typename T>
    static Result<T> run(const DatabasePtr &store, const std::function<Result<T>(const DatabasePtr &)> &work,
                         const std::function<bool(const T &)> &wrote, CopyWork *how = nullptr,
                         const RunOptions &options = {})
    {
        CopyWork local;
        CopyWork &told = how ? *how : local;
        told = CopyWork{};
        if (store->dialect() != Dialect::PostgreSQL)
            return work(store);
        SyncOptions bring;
        bring.progress = options.progress;
        if (options.cancelled)
            bring.dropAt = [&options](const char *) { return options.cancelled(); };
        auto copy = open(store, bring, {}, options.lockWaitMs);
        if (!copy) {
            if (options.cancelled && options.cancelled())
                return fail(Error::Code::Cancelled, tr("Cancelled while this computer's copy of the team database was "
                                                       "brought up to date; nothing was written."));
            return std::unexpected(copy.error());
        }
        told.viaCopy = true;
        told.copyPath = (*copy)->path();
        told.broughtIn = (*copy)->broughtIn();
        Result<T> result = work((*copy)->file());
        if (result && wrote(*result)) {
            SyncOptions send;
            send.progress = options.progress;
            if (auto sent = (*copy)->sync(send))
                told.sent = *sent;
            else
                told.notSent = sent.error();
        }
        return result;
    }

    // What the summary of a piece of work says about its copy: the sync's figures, or why what it
    // wrote was not sent yet; empty for work on a file.
    static QString sentText(const CopyWork &how);

private:
    WorkingCopy() = default;
    // The copy's path for this team database, its folder made, and the team database's id.
    struct Where
    {
        QString path;
        QString serverId;
    };
    static Result<Where> pathFor(const DatabasePtr &team, const QString &folder);

    DatabasePtr m_team;
    DatabasePtr m_file;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    SyncSummary m_broughtIn;
};

} // namespace relatio::sync
