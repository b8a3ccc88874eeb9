// A sync session between a laptop and its server.
#include "sync/Synchroniser.h"

#include <QElapsedTimer>
#include <QLocale>

#include <cstdlib>

namespace relatio::sync {

namespace {

std::function<bool()> dropHook(const SyncOptions &options, const char *point)
{
    if (!options.dropAt)
        return {};
    return [&options, point]() { return !options.dropAt(point); };
}

} // namespace

Result<qint64> Synchroniser::clockSkew(SyncEndpoint &laptop, SyncEndpoint &server)
{
    const auto before = laptop.clockNow();
    if (!before)
        return std::unexpected(before.error());
    const auto theirs = server.clockNow();
    if (!theirs)
        return std::unexpected(theirs.error());
    const auto after = laptop.clockNow();
    if (!after)
        return std::unexpected(after.error());
    return (*before + *after) / 2 - *theirs;
}

QString Synchroniser::spanText(qint64 ms)
{
    const qint64 minutes = (std::abs(ms) + 30000) / 60000;
    // Written out per number: there is no English translation file for %n plurals.
    if (minutes >= 48 * 60)
        return tr("%1 days").arg(QLocale().toString((minutes + 12 * 60) / (24 * 60)));
    if (minutes >= 60) {
        if (minutes % 60 == 0)
            return tr("%1 h").arg(minutes / 60);
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return tr("%1 min").arg(minutes);
}

QString Synchroniser::clockText(const SyncSummary &summary)
{
    if (summary.clockSkewMs == 0) {
        if (summary.restamped == 0)
            return {};
        return summary.restamped == 1
            ? tr("1 record changed here carried a time ahead of the team server's clock; it now carries the time of "
                 "this sync.")
            : tr("%1 records changed here carried times ahead of the team server's clock; they now carry the time "
                 "of this sync.").arg(QLocale().toString(summary.restamped));
    }
    QString text = summary.clockSkewMs > 0
        ? tr("This computer's clock is %1 ahead of the team server's; Relatio goes by the server's time from now "
             "on.").arg(spanText(summary.clockSkewMs))
        : tr("This computer's clock is %1 behind the team server's; Relatio goes by the server's time from now "
             "on.").arg(spanText(summary.clockSkewMs));
    if (summary.restamped > 0)
        text += QLatin1Char(' ')
            + (summary.restamped == 1
                   ? tr("1 record changed here meanwhile now carries the corrected time.")
                   : tr("%1 records changed here meanwhile now carry the corrected time.")
                         .arg(QLocale().toString(summary.restamped)));
    return text;
}

Result<void> Synchroniser::pull(SyncEndpoint &laptop, SyncEndpoint &server, const QString &serverId,
                                const SyncOptions &options, SyncSummary &summary)
{
    const bool trace = qEnvironmentVariableIsSet("RELATIO_TRACE");
    QElapsedTimer timer;
    for (;;) {
        auto state = laptop.peer(serverId);
        if (!state)
            return std::unexpected(state.error());
        timer.start();
        auto feed = server.readFeed(state->pulledUpto, options.batchSize, false);
        if (trace)
            qInfo("sync: read %lld records from the server in %lld ms", qint64(feed ? feed->records.size() : 0),
                  timer.restart());
        if (!feed)
            return std::unexpected(feed.error());
        if (feed->records.isEmpty() && feed->last == state->pulledUpto)
            return {};
        const SyncEndpoint::CursorUpdate cursor{serverId, QStringLiteral("server"), feed->last, std::nullopt};
        for (int delivery = 0; delivery < (options.deliverTwice ? 2 : 1); ++delivery) {
            auto applied = laptop.apply(feed->records, SyncEndpoint::Mode::Pull, serverId, cursor,
                                        dropHook(options, "pull"));
            if (!applied)
                return std::unexpected(applied.error());
            summary.received += applied->changed;
            summary.conflicts += applied->conflicts;
        }
        if (trace)
            qInfo("sync: applied them here in %lld ms", timer.restart());
        if (options.progress)
            options.progress(summary.received + summary.sent);
    }
}

Result<SyncSummary> Synchroniser::run(SyncEndpoint &laptop, SyncEndpoint &server, const SyncOptions &options)
{
    QElapsedTimer started;
    started.start();
    auto serverId = server.replicaId();
    if (!serverId)
        return std::unexpected(serverId.error());
    auto laptopId = laptop.replicaId();
    if (!laptopId)
        return std::unexpected(laptopId.error());
    if (*serverId == *laptopId)
        return fail(Error::Code::Invalid, tr("A database cannot sync with itself."));
    SyncSummary summary;

    // The server is the truth about what it took: a push it committed whose acknowledgement was
    // lost is recorded here first, so it is neither sent again nor taken for a concurrent edit.
    auto mine = laptop.peer(*serverId);
    if (!mine)
        return std::unexpected(mine.error());
    auto theirs = server.peer(*laptopId);
    if (!theirs)
        return std::unexpected(theirs.error());
    if (theirs->pushedUpto > mine->pushedUpto) {
        if (auto settled = laptop.settlePushed(*serverId, mine->pushedUpto, theirs->pushedUpto); !settled)
            return std::unexpected(settled.error());
    }

    // A laptop whose clock is wrong goes by the server's before it pulls (so that what it writes
    // from now on, conflicts included, carries the right time) and before it sends (so that its
    // changes made meanwhile are not refused, nor win over later edits made elsewhere).
    auto skew = clockSkew(laptop, server);
    if (!skew)
        return std::unexpected(skew.error());
    // Changes made while the clock ran ahead are moved back also when it is right again by now.
    summary.clockSkewMs = std::abs(*skew) > kClockCorrectionMs ? *skew : 0;
    auto restamped = laptop.correctClock(summary.clockSkewMs, server, options.restamped);
    if (!restamped)
        return std::unexpected(restamped.error());
    summary.restamped = *restamped;

    if (qEnvironmentVariableIsSet("RELATIO_TRACE"))
        qInfo("sync: started in %lld ms", started.elapsed());
    // An empty laptop's first pull fills it without keeping the list's indexes up row by row;
    // they are built at the end of the pull, also when the pull is cut off.
    auto filling = laptop.beginFirstFill(*serverId);
    if (!filling)
        return std::unexpected(filling.error());
    auto pulled = pull(laptop, server, *serverId, options, summary);
    if (*filling) {
        QElapsedTimer timer;
        timer.start();
        auto built = laptop.endFirstFill();
        if (qEnvironmentVariableIsSet("RELATIO_TRACE"))
            qInfo("sync: built the customer indexes and the search index in %lld ms", timer.elapsed());
        if (!built && pulled)
            return std::unexpected(built.error());
    }
    if (!pulled)
        return std::unexpected(pulled.error());

    qint64 keptOtherwise = 0;
    for (;;) {
        auto state = laptop.peer(*serverId);
        if (!state)
            return std::unexpected(state.error());
        QElapsedTimer pushTimer;
        pushTimer.start();
        auto feed = laptop.readFeed(state->pushedUpto, options.batchSize, true);
        if (!feed)
            return std::unexpected(feed.error());
        if (feed->records.isEmpty())
            break;
        if (qEnvironmentVariableIsSet("RELATIO_TRACE"))
            qInfo("sync: read %lld records to send in %lld ms", qint64(feed->records.size()), pushTimer.restart());
        const SyncEndpoint::CursorUpdate cursor{*laptopId, QStringLiteral("replica"), std::nullopt, feed->last};
        for (int delivery = 0; delivery < (options.deliverTwice ? 2 : 1); ++delivery) {
            auto applied = server.apply(feed->records, SyncEndpoint::Mode::Push, *laptopId, cursor,
                                        dropHook(options, "push"));
            if (!applied)
                return std::unexpected(applied.error());
            if (delivery == 0)
                summary.sent += feed->records.size();
            summary.conflicts += applied->conflicts;
            summary.erasedOnServer += applied->erased;
            keptOtherwise += applied->keptOtherwise;
        }
        if (qEnvironmentVariableIsSet("RELATIO_TRACE"))
            qInfo("sync: the server took them in %lld ms", pushTimer.restart());
        if (options.dropAt && options.dropAt("pushed"))
            return fail(Error::Code::Io, tr("The connection to the server was lost after it took the changes."));
        if (auto settled = laptop.settlePushed(*serverId, state->pushedUpto, feed->last, dropHook(options, "settle"));
            !settled)
            return std::unexpected(settled.error());
        if (qEnvironmentVariableIsSet("RELATIO_TRACE"))
            qInfo("sync: recorded them as sent in %lld ms", pushTimer.restart());
        if (options.progress)
            options.progress(summary.received + summary.sent);
    }

    // What the server kept otherwise than it was sent comes back now, not at the next sync.
    if (keptOtherwise > 0) {
        if (auto pulled = pull(laptop, server, *serverId, options, summary); !pulled)
            return std::unexpected(pulled.error());
    }
    return summary;
}

} // namespace relatio::sync
