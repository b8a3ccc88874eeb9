// A sync session between a laptop and its server.
#include "sync/Synchroniser.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace relatio::sync {

namespace {

// Reads the server's feed a page ahead, on a connection and a thread of its own: while one page
// is applied here, the next is read there (a first sync of 100,000 customers otherwise waited
// about 3 s for its pages). A page is asked for by where it begins, so what is applied is what
// reading in turn would have given.
class PageAhead
{
public:
    PageAhead(SyncEndpoint::Opener opener, int limit, SyncEndpoint::CustomerSet customers)
        : m_opener(std::move(opener))
        , m_limit(limit)
        , m_customers(std::move(customers))
        , m_thread([this]() { work(); })
    {
    }
    ~PageAhead()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    PageAhead(const PageAhead &) = delete;
    PageAhead &operator=(const PageAhead &) = delete;

    // Starts reading the page after feed position `after`.
    void ask(qint64 after)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_asked = after;
        }
        m_changed.notify_all();
    }

    // The page after `after`, waited for; nothing when this reader has none to give (its
    // connection could not be made: the caller reads on its own).
    std::optional<Result<SyncEndpoint::Feed>> take(qint64 after)
    {
        std::unique_lock lock(m_mutex);
        const auto ready = [&]() { return m_failed || (m_page && m_page->first == after); };
        if (!ready() && m_asked != after && m_reading != after) {
            m_asked = after;
            m_changed.notify_all();
        }
        m_changed.wait(lock, ready);
        if (m_failed)
            return std::nullopt;
        auto page = std::move(m_page->second);
        m_page.reset();
        return page;
    }

private:
    void work()
    {
        std::shared_ptr<SyncEndpoint> server;
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&]() { return m_stop || m_asked.has_value(); });
            if (m_stop)
                break;
            const qint64 after = *m_asked;
            m_asked.reset();
            m_reading = after;
            lock.unlock();
            if (!server) {
                if (auto opened = m_opener())
                    server = *opened;
            }
            std::optional<Result<SyncEndpoint::Feed>> page;
            if (server)
                page = server->readFeed(after, m_limit, false, m_customers);
            lock.lock();
            m_reading.reset();
            if (!page) {
                m_failed = true;
                m_changed.notify_all();
                break;
            }
            m_page.emplace(after, std::move(*page));
            m_changed.notify_all();
        }
        lock.unlock();
        server.reset(); // its connection is closed on the thread that made it
    }

    SyncEndpoint::Opener m_opener;
    const int m_limit;
    const SyncEndpoint::CustomerSet m_customers; // read only (shared between the threads)
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<qint64> m_asked;   // a page to read next
    std::optional<qint64> m_reading; // the page being read
    std::optional<std::pair<qint64, Result<SyncEndpoint::Feed>>> m_page; // the last page read
    bool m_failed = false;
    bool m_stop = false;
    std::thread m_thread; // last: it starts once the rest is made
};

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

Result<std::optional<QString>> Synchroniser::keep(SyncEndpoint &laptop, const SyncEndpoint &server,
                                                   const QStringList &specs)
{
    const auto subset = server.resolveSubset(specs);
    if (!subset)
        return std::unexpected(subset.error());
    const auto before = laptop.subset();
    if (!before)
        return std::unexpected(before.error());
    if (*before == *subset)
        return std::optional<QString>();
    if (auto set = laptop.setSubset(*subset); !set)
        return std::unexpected(set.error());
    auto described = server.describeSubset(*subset);
    if (!described)
        return std::unexpected(described.error());
    return std::optional<QString>(*described);
}

QString Synchroniser::subsetText(const SyncSummary &summary)
{
    if (summary.left == 0)
        return {};
    return summary.left == 1
        ? tr("1 customer left the selection this computer keeps; it stays on the team database.")
        : tr("%1 customers left the selection this computer keeps; they stay on the team database.")
              .arg(QLocale().toString(summary.left));
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

QList<SyncRecord> Synchroniser::kept(const QList<SyncRecord> &records, const Keeping &keeping)
{
    // A customer's records are taken when the customer is here or a member (one read from the feed's
    // start, as a first sync does, meets a member's records before or with the customer: a record
    // whose customer comes later brings it along).
    auto ours = [&keeping](const QString &customer) {
        return keeping.held.contains(customer) || keeping.members.contains(customer);
    };
    QList<SyncRecord> out;
    out.reserve(records.size());
    for (const SyncRecord &r : records) {
        const SyncTable *t = syncTable(r.table);
        bool keep = true; // reference data, erasures, and tables of a newer version (applying skips those)
        if (!t) {
            // kept
        } else if (r.table == QLatin1String("customer")) {
            keep = ours(r.uuid);
        } else if (!t->customerRef.isEmpty()) {
            keep = ours(r.values.value(t->customerRef).toString());
        } else if (r.table == QLatin1String("sync_conflict")
                   && r.values.value(QStringLiteral("tbl")).toString() == QLatin1String("customer")) {
            keep = ours(r.values.value(QStringLiteral("row_uuid")).toString());
        }
        // (A conflict about a contact or the like is dropped on applying when its record is not here.)
        if (keep)
            out.append(r);
    }
    return out;
}

Result<void> Synchroniser::join(SyncEndpoint &laptop, SyncEndpoint &server, const QString &serverId,
                                QStringList customers, const SyncOptions &options, SyncSummary &summary)
{
    // In a fixed order (a set has none). A person whose organisation comes in a later batch has
    // its reference filled when it does.
    constexpr qsizetype kCustomersPerBatch = 200;
    std::sort(customers.begin(), customers.end());
    const SyncEndpoint::CursorUpdate cursor{serverId, QStringLiteral("server"), std::nullopt, std::nullopt};
    for (qsizetype from = 0; from < customers.size(); from += kCustomersPerBatch) {
        const QStringList part = customers.mid(from, kCustomersPerBatch);
        auto records = server.closure(part);
        if (!records)
            return std::unexpected(records.error());
        // Each customer comes with all that belongs to it in one transaction: one cut off comes whole
        // at the next sync.
        auto applied = laptop.apply(*records, SyncEndpoint::Mode::Pull, serverId, cursor, dropHook(options, "pull"));
        if (!applied)
            return std::unexpected(applied.error());
        summary.received += applied->changed;
        summary.conflicts += applied->conflicts;
        if (options.progress)
            options.progress(summary.received + summary.sent);
    }
    return {};
}

Result<void> Synchroniser::pull(SyncEndpoint &laptop, SyncEndpoint &server, const QString &serverId,
                                const SyncOptions &options, SyncSummary &summary, Keeping *keeping)
{
    const bool trace = qEnvironmentVariableIsSet("RELATIO_TRACE");
    QElapsedTimer timer;
    // Started once a full page came (more are likely to follow), so that a small sync does not
    // wait for a second connection (see SyncOptions::readAheadFrom).
    std::unique_ptr<PageAhead> ahead;
    bool aheadFailed = false;
    // A laptop keeping a subset reads only the records of its customers from the server's pages:
    // those of the subset and those still here (read only: the read-ahead thread shares it).
    SyncEndpoint::CustomerSet customers;
    if (keeping) {
        auto wanted = std::make_shared<QSet<QString>>(keeping->members);
        wanted->unite(keeping->held);
        customers = std::move(wanted);
    }
    for (;;) {
        auto state = laptop.peer(serverId);
        if (!state)
            return std::unexpected(state.error());
        timer.start();
        std::optional<Result<SyncEndpoint::Feed>> read;
        if (ahead) {
            read = ahead->take(state->pulledUpto);
            // Without its connection, or with a read that failed there, the rest is read here.
            if (!read || !*read) {
                ahead.reset();
                aheadFailed = true;
                read.reset();
            }
        }
        auto feed = read ? std::move(*read) : server.readFeed(state->pulledUpto, options.batchSize, false, customers);
        if (trace)
            qInfo("sync: read %lld records from the server in %lld ms%s", qint64(feed ? feed->records.size() : 0),
                  timer.restart(), read ? " (waited for the page read ahead)" : "");
        if (!feed)
            return std::unexpected(feed.error());
        if (feed->records.isEmpty() && feed->last == state->pulledUpto)
            return {};
        if (!ahead && !aheadFailed && server.opener() && feed->records.size() >= options.batchSize
            && feed->records.size() >= options.readAheadFrom)
            ahead = std::make_unique<PageAhead>(server.opener(), options.batchSize, customers);
        if (ahead)
            ahead->ask(feed->last);
        const SyncEndpoint::CursorUpdate cursor{serverId, QStringLiteral("server"), feed->last, std::nullopt};
        QList<SyncRecord> records;
        if (keeping)
            records = kept(feed->records, *keeping);
        for (int delivery = 0; delivery < (options.deliverTwice ? 2 : 1); ++delivery) {
            auto applied = laptop.apply(keeping ? records : feed->records, SyncEndpoint::Mode::Pull, serverId, cursor,
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
    // A laptop that keeps a subset: what it should hold, read on the server.
    auto subset = laptop.subset();
    if (!subset)
        return std::unexpected(subset.error());
    std::optional<Keeping> keeping;
    if (!subset->isAll()) {
        auto members = server.members(*subset);
        if (!members)
            return std::unexpected(members.error());
        auto held = laptop.heldCustomers();
        if (!held)
            return std::unexpected(held.error());
        keeping = Keeping{std::move(*members), std::move(*held)};
    }

    // An empty laptop's first pull fills it without keeping the list's indexes up row by row;
    // they are built at the end of the pull, also when the pull is cut off.
    auto filling = laptop.beginFirstFill(*serverId);
    if (!filling)
        return std::unexpected(filling.error());
    Result<void> pulled;
    if (keeping) {
        // Customers that joined the subset and lie before the cursor come first, each with all it
        // had; the feed then brings what changed. Many (the subset was changed): the feed is read
        // from its start again instead, as a first sync reads it, which is quicker for them.
        auto state = laptop.peer(*serverId);
        if (!state)
            return std::unexpected(state.error());
        QStringList joining;
        for (const QString &uuid : std::as_const(keeping->members))
            if (!keeping->held.contains(uuid))
                joining.append(uuid);
        summary.joined = joining.size();
        if (state->pulledUpto > 0 && joining.size() >= options.joinByFeedFrom)
            pulled = laptop.pullAgain(*serverId);
        else if (state->pulledUpto > 0)
            pulled = join(laptop, server, *serverId, joining, options, summary);
    }
    if (pulled)
        pulled = pull(laptop, server, *serverId, options, summary, keeping ? &*keeping : nullptr);
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
                summary.sent += std::count_if(feed->records.cbegin(), feed->records.cend(),
                                              [](const SyncRecord &r) { return syncTable(r.table)->counted; });
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
        if (auto pulled = pull(laptop, server, *serverId, options, summary, keeping ? &*keeping : nullptr); !pulled)
            return std::unexpected(pulled.error());
    }

    // Customers that left the subset (by a change here, on the server or of the subset) leave this
    // computer, now that all changes made here are on the server.
    if (keeping) {
        auto members = server.members(*subset);
        if (!members)
            return std::unexpected(members.error());
        auto left = laptop.evict(*members);
        if (!left)
            return std::unexpected(left.error());
        summary.left = *left;
    }
    return summary;
}

} // namespace relatio::sync
