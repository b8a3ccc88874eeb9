// One sync of a field laptop with its server: pull everything new, push what changed here, pull
// once more for what the server kept otherwise (docs/sync-plan.md, section 2). Every step is a
// transaction of its own on one side, with the cursor that says how far it got: a sync cut off
// anywhere leaves both sides consistent, and the next one goes on from there.
#pragma once

#include "sync/SyncEndpoint.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace relatio::sync {

struct SyncSummary
{
    qint64 sent = 0;      // records the server took from us
    qint64 received = 0;  // records that changed here
    qint64 conflicts = 0; // overwritten concurrent edits found, here and on the server
    qint64 erasedOnServer = 0; // erasures the server took from us (it cleans up after them)
    // How far this computer's clock was ahead of the server's (behind when negative), when by more
    // than a minute: it goes by the server's from then on. 0: it was right.
    qint64 clockSkewMs = 0;
    qint64 restamped = 0; // records changed here whose stamps lay ahead of the server's clock, moved back
    // A laptop that keeps a subset: customers that joined it (brought with what belongs to them)
    // and customers that left it (taken off this computer; they stay on the server).
    qint64 joined = 0;
    qint64 left = 0;
};

struct SyncOptions
{
    int batchSize = 5000;
    // A laptop keeping a subset: more customers than this joining it (the subset was changed) are
    // brought by reading the server's feed from its start, as a first sync does, fewer one by one
    // with what belongs to them.
    qsizetype joinByFeedFrom = 2000;
    // A pull that gets a full page of at least this many records reads the next ones ahead, on a
    // second connection, when the server gives one (SyncEndpoint::opener): worth its connection
    // only for a long pull.
    int readAheadFrom = 1000;
    // Called at the named points of a sync; returning true drops the connection there (tests):
    // "pull" before a pulled batch commits here, "push" before the server commits a pushed batch,
    // "pushed" after it did but before this side records it, "settle" before that record commits.
    std::function<bool(const char *point)> dropAt;
    // Delivers every batch twice (tests): the second delivery must change nothing.
    bool deliverTwice = false;
    // Progress: records handled so far.
    std::function<void(qint64 done)> progress;
    // Told of every stamp a correction of this laptop's clock moved back (tests follow edits).
    SyncEndpoint::StampMoved restamped;
};

class Synchroniser
{
    Q_DECLARE_TR_FUNCTIONS(Synchroniser)

public:
    static Result<SyncSummary> run(SyncEndpoint &laptop, SyncEndpoint &server, const SyncOptions &options = {});

    // What the summary says about a clock that sync corrected ("This computer's clock is 3 h
    // ahead of the team server's; …") or changes it moved back; empty when there were none.
    static QString clockText(const SyncSummary &summary);
    // Sets which customers the laptop keeps from specs ("owner=NAME", "tag=NAME", "country=CC",
    // "all"; names are looked up on the server, which has them all). Returns the subset in words
    // when it changed, nothing when it was so already.
    static Result<std::optional<QString>> keep(SyncEndpoint &laptop, const SyncEndpoint &server, const QStringList &specs);
    // What the summary says about customers that left this computer's subset ("3 customers left
    // the selection this computer keeps; they stay on the team database."); empty when none did.
    static QString subsetText(const SyncSummary &summary);
    // A span of time as people say it: "5 min", "3 h 20 min", "4 days".
    static QString spanText(qint64 ms);

private:
    // How far the laptop's clock is ahead of the server's, read in the middle of a round trip.
    static Result<qint64> clockSkew(SyncEndpoint &laptop, SyncEndpoint &server);
    // What a laptop that keeps a subset holds and should hold, while it pulls.
    struct Keeping
    {
        QSet<QString> members; // the customers of its subset on the server
        QSet<QString> held;    // the customers here
    };
    // keeping: the laptop keeps a subset; only its customers' records are taken.
    static Result<void> pull(SyncEndpoint &laptop, SyncEndpoint &server, const QString &serverId,
                             const SyncOptions &options, SyncSummary &summary, Keeping *keeping);
    // Brings the customers of the subset not here yet, each with all that belongs to it.
    // (They are members, so what the pull keeps covers them without being told.)
    static Result<void> join(SyncEndpoint &laptop, SyncEndpoint &server, const QString &serverId, QStringList customers,
                             const SyncOptions &options, SyncSummary &summary);
    // The records of a page that a laptop keeping a subset takes.
    static QList<SyncRecord> kept(const QList<SyncRecord> &records, const Keeping &keeping);

};

} // namespace relatio::sync
