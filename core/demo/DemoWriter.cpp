// Demo data writer: prepared statements in one transaction, secondary indexes rebuilt after the load.
#include "demo/DemoWriter.h"

#include "customers/CustomerInserter.h"
#include "demo/DemoInteractions.h"
#include "demo/DemoOrders.h"
#include "demo/DemoSetup.h"
#include "demo/DemoSource.h"
#include "store/BulkLoad.h"
#include "store/Migrations.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <optional>
#include <span>
#include <vector>

namespace relatio {

namespace {

using demo::ChannelCount;
using demo::DemoInteractions;

// Deterministic identities: the same seed gives the same uuids on every machine.
QString demoUuid(quint64 seed, const char *kind, qint64 index)
{
    static const QUuid ns = QUuid::fromString(QStringLiteral("{6f0c2a52-57c6-4b6e-9d0f-2f1d0a9e6c11}"));
    return QUuid::createUuidV5(ns, QStringLiteral("%1/%2/%3").arg(seed).arg(QLatin1String(kind)).arg(index))
        .toString(QUuid::WithoutBraces);
}

quint64 splitMix(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// The uuids of the millions of contacts and follow-ups, as deterministic as demoUuid but made
// without SHA-1 and QString formatting (which would cost a tenth of the load). They are custom
// (version 8) uuids whose first 48 bits are a prefix of seed and kind and then the sequence
// number, so they come in ascending order and their unique index is built from sorted keys, four
// times faster than from random ones; the last 74 bits are a hash of seed, kind and number.
class SequenceUuid
{
public:
    SequenceUuid(quint64 seed, quint64 kind)
        : m_key(splitMix(splitMix(seed) ^ kind))
    {
    }

    QByteArray operator()(qint64 index)
    {
        const quint64 hash = splitMix(m_key ^ quint64(index));
        const quint64 high = (m_key & 0xff00000000000000ULL) | (quint64(index) & 0xffffffffffULL) << 16
            | 0x8000ULL | (splitMix(hash) >> 52); // version 8, then 12 more bits of hash
        const quint64 low = (hash & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // RFC 9562 variant
        static constexpr char hex[] = "0123456789abcdef";
        int at = 0;
        auto put = [&](quint64 value, int digits) {
            for (int i = digits - 1; i >= 0; --i)
                m_text[at++] = hex[(value >> (4 * i)) & 0xf];
        };
        put(high >> 32, 8);
        m_text[at++] = '-';
        put(high >> 16, 4);
        m_text[at++] = '-';
        put(high, 4);
        m_text[at++] = '-';
        put(low >> 48, 4);
        m_text[at++] = '-';
        put(low, 12);
        return QByteArray::fromRawData(m_text, 36); // valid until the next call; bound as a copy
    }

private:
    quint64 m_key;
    char m_text[36];
};

// Stored times ("2026-10-31T17:04:09.000Z") and days ("2026-10-31") from seconds since 1970,
// without a QDateTime per value: the dates of the demo's few years are made once.
class StampText
{
public:
    QByteArray time(qint64 seconds)
    {
        const qint64 day = floorDiv(seconds, 86400);
        const int second = int(seconds - day * 86400);
        std::copy_n(date(day), 10, m_text);
        m_text[10] = 'T';
        put(11, second / 3600);
        m_text[13] = ':';
        put(14, second / 60 % 60);
        m_text[16] = ':';
        put(17, second % 60);
        std::copy_n(".000Z", 5, m_text + 19);
        return QByteArray::fromRawData(m_text, 24); // valid until the next call; bound as a copy
    }

    QByteArray day(qint64 day)
    {
        std::copy_n(date(day), 10, m_text);
        return QByteArray::fromRawData(m_text, 10);
    }

private:
    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - (a % b < 0 ? 1 : 0); }

    void put(int at, int value)
    {
        m_text[at] = char('0' + value / 10);
        m_text[at + 1] = char('0' + value % 10);
    }

    const char *date(qint64 day)
    {
        if (m_dates.empty() || day < m_first || day >= m_first + qint64(m_dates.size())) {
            // Around the day asked for, a few years: one fill serves the whole load.
            m_first = day - 4 * 366;
            m_dates.assign(8 * 366, {});
            for (std::size_t i = 0; i < m_dates.size(); ++i) {
                const QByteArray text =
                    QDate::fromJulianDay(2440588 + m_first + qint64(i)).toString(Qt::ISODate).toLatin1();
                std::copy_n(text.constData(), std::min<qsizetype>(text.size(), 10), m_dates[i].data());
            }
        }
        return m_dates[std::size_t(day - m_first)].data();
    }

    qint64 m_first = 0;
    std::vector<std::array<char, 10>> m_dates;
    char m_text[24];
};

// The satisfaction aggregates, summed while the contacts are made, and written at the end as
// interactionStatsFillSql() would compute them: one row per grouping, group, UTC day and channel
// that has contacts. It holds a few hundred thousand cells, however many contacts there are.
class StatsTally
{
public:
    explicit StatsTally(qint64 firstDay)
        : m_firstDay(firstDay)
    {
        m_groups.push_back({0, {}, 0}); // all customers
        m_groups.push_back({4, {}, 0}); // value segment: none yet (the analysis runs after the load)
        grow();
    }

    int country(const QString &code)
    {
        for (std::size_t g = 0; g < m_groups.size(); ++g)
            if (m_groups[g].dim == 1 && m_groups[g].text == code)
                return int(g);
        return add({1, code, 0});
    }

    int owner(qint64 id) { return byId(m_owners, 2, id); }
    int tag(qint64 id) { return byId(m_tags, 3, id); }

    void add(std::span<const int> groups, qint64 day, int channel, int csat, int nps)
    {
        const qint64 d = day - m_firstDay;
        if (d < 0 || d >= DemoInteractions::windowDays) // not made by DemoInteractions
            return;
        for (int g : groups) {
            Cell &c = m_cells[cellIndex(g, d, channel)];
            ++c.interactions;
            if (csat > 0) {
                ++c.csatCount;
                c.csatSum += csat;
                c.csatSquares += csat * csat;
            }
            if (nps >= 0) {
                ++c.npsCount;
                c.promoters += nps >= 9;
                c.detractors += nps <= 6;
            }
        }
    }

    // Inserts the cells in primary key order (dim, day, grp, channel id).
    bool write(sqlite3 *db, const std::array<qint64, ChannelCount> &channelIds)
    {
        Statement insert(db, "INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n,"
                             " csat_sum, csat_sq, nps_n, promoters, detractors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert.isValid())
            return false;
        std::vector<int> order(m_groups.size());
        for (std::size_t g = 0; g < order.size(); ++g)
            order[g] = int(g);
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            const Group &x = m_groups[std::size_t(a)];
            const Group &y = m_groups[std::size_t(b)];
            if (x.dim != y.dim)
                return x.dim < y.dim;
            return x.dim == 1 ? x.text < y.text : x.id < y.id;
        });
        std::array<int, ChannelCount> channels{};
        for (int ch = 0; ch < ChannelCount; ++ch)
            channels[std::size_t(ch)] = ch;
        std::sort(channels.begin(), channels.end(),
                  [&](int a, int b) { return channelIds[std::size_t(a)] < channelIds[std::size_t(b)]; });

        for (std::size_t first = 0; first < order.size();) {
            const int dim = m_groups[std::size_t(order[first])].dim;
            std::size_t last = first;
            while (last < order.size() && m_groups[std::size_t(order[last])].dim == dim)
                ++last;
            for (qint64 d = 0; d < DemoInteractions::windowDays; ++d) {
                for (std::size_t o = first; o < last; ++o) {
                    const Group &group = m_groups[std::size_t(order[o])];
                    for (int ch : channels) {
                        const Cell &c = m_cells[cellIndex(order[o], d, ch)];
                        if (c.interactions == 0)
                            continue;
                        insert.reset();
                        insert.bind(1, qint64(dim));
                        if (dim == 1)
                            insert.bind(2, group.text);
                        else
                            insert.bind(2, group.id);
                        insert.bind(3, m_firstDay + d);
                        insert.bind(4, channelIds[std::size_t(ch)]);
                        insert.bind(5, c.interactions);
                        insert.bind(6, c.csatCount);
                        insert.bind(7, c.csatSum);
                        insert.bind(8, c.csatSquares);
                        insert.bind(9, c.npsCount);
                        insert.bind(10, c.promoters);
                        insert.bind(11, c.detractors);
                        insert.step();
                        if (insert.failed())
                            return false;
                    }
                }
            }
            first = last;
        }
        return true;
    }

private:
    struct Group
    {
        int dim = 0;
        QString text; // a country
        qint64 id = 0; // an owner (0 = none) or a tag
    };
    struct Cell
    {
        qint64 interactions = 0;
        qint64 csatCount = 0;
        qint64 csatSum = 0;
        qint64 csatSquares = 0;
        qint64 npsCount = 0;
        qint64 promoters = 0;
        qint64 detractors = 0;
    };

    static constexpr std::size_t cellsPerGroup = std::size_t(DemoInteractions::windowDays) * ChannelCount;

    std::size_t cellIndex(int group, qint64 day, int channel) const
    {
        return std::size_t(group) * cellsPerGroup + std::size_t(day) * ChannelCount + std::size_t(channel);
    }

    int add(Group group)
    {
        m_groups.push_back(std::move(group));
        grow();
        return int(m_groups.size() - 1);
    }

    int byId(QHash<qint64, int> &index, int dim, qint64 id)
    {
        const auto it = index.constFind(id);
        if (it != index.constEnd())
            return *it;
        const int g = add({dim, {}, id});
        index.insert(id, g);
        return g;
    }

    void grow() { m_cells.resize(m_groups.size() * cellsPerGroup); }

    qint64 m_firstDay;
    std::vector<Group> m_groups;
    std::vector<Cell> m_cells; // [group][day][channel]
    QHash<qint64, int> m_owners;
    QHash<qint64, int> m_tags;
};

// CHECK constraints trusted for the load, checked again afterwards. The demo writes only codes and
// scores from its own tables; kind IN (six codes) alone builds a temporary b-tree for every row,
// a fifth of the time per contact. The tests run PRAGMA integrity_check, which checks them all.
class TrustedChecks
{
public:
    explicit TrustedChecks(sqlite3 *db)
        : m_db(db)
    {
        execRaw(db, "PRAGMA ignore_check_constraints = ON");
    }
    ~TrustedChecks() { execRaw(m_db, "PRAGMA ignore_check_constraints = OFF"); }
    TrustedChecks(const TrustedChecks &) = delete;
    TrustedChecks &operator=(const TrustedChecks &) = delete;

private:
    sqlite3 *m_db;
};

} // namespace

qint64 DemoWriter::defaultInteractions(qint64 customers)
{
    return std::max<qint64>(customers, 0) * DemoInteractions::defaultPerCustomer;
}

qint64 DemoWriter::defaultOrders(qint64 customers)
{
    return std::min(std::max<qint64>(customers, 0) * demo::DemoOrders::defaultPerCustomer, maxOrders);
}

Result<qint64> DemoWriter::write(const DatabasePtr &database, qint64 count, quint64 seed, const Progress &progress)
{
    const auto written = write(database, DemoSize{count, -1, -1}, seed, progress);
    if (!written)
        return std::unexpected(written.error());
    return written->customers;
}

Result<DemoCounts> DemoWriter::write(const DatabasePtr &database, const DemoSize &size, quint64 seed,
                                     const Progress &progress)
{
    const qint64 count = size.customers;
    if (count < 0)
        return fail(Error::Code::Usage, tr("The number of customers cannot be negative."));
    const qint64 interactionCount = size.interactions < 0 ? defaultInteractions(count) : size.interactions;
    static_assert(maxInteractions <= DemoInteractions::maxTotal);
    if (interactionCount > count * maxInteractionsPerCustomer || interactionCount > maxInteractions)
        return fail(Error::Code::Usage, tr("Demo data has at most %1 interactions per customer and %2 in all.")
                                            .arg(QLocale().toString(maxInteractionsPerCustomer),
                                                 QLocale().toString(maxInteractions)));
    const qint64 orderCount = size.orders < 0 ? defaultOrders(count) : size.orders;
    static_assert(maxOrders <= demo::DemoOrders::maxTotal);
    if (orderCount > count * maxOrdersPerCustomer || orderCount > maxOrders)
        return fail(Error::Code::Usage, tr("Demo data has at most %1 order lines per customer and %2 in all.")
                                            .arg(QLocale().toString(maxOrdersPerCustomer), QLocale().toString(maxOrders)));
    if (database->dialect() == Dialect::PostgreSQL)
        return writeToTeam(database, DemoSize{count, interactionCount, orderCount}, seed, progress);
    sqlite3 *db = database->handle();
    if (!db)
        return fail(Error::Code::Database, tr("The database is not open."));

    QElapsedTimer total;
    total.start();
    const bool trace = qEnvironmentVariableIsSet("RELATIO_TRACE");
    auto failed = [&](const QString &what) {
        return fail(Error::Code::Database, tr("Writing demo data: %1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
    };
    auto cancelled = [] {
        return fail(Error::Code::Cancelled, tr("Loading demo data was cancelled; nothing was written."));
    };

    // Rollback journal while this is the only connection; indexes built after the rows.
    BulkLoad bulk(db);
    std::optional<TrustedChecks> trusted(std::in_place, db); // for the load only, not the setup after it

    WriteTransaction tx(database->connection()); // the same connection as db; rolls back unless committed
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Writing demo data")));

    {
        Statement existing(db, "SELECT count(*) FROM customer");
        if (!existing.step())
            return failed(tr("counting customers"));
        if (existing.int64(0) > 0)
            return fail(Error::Code::Invalid,
                        tr("The database already holds customers (%1); demo data only goes into an empty database.")
                            .arg(QLocale().toString(existing.int64(0))));
    }

    // The channels the contacts go to: the schema's defaults, found by code.
    std::array<qint64, ChannelCount> channelIds{};
    {
        Statement channel(db, "SELECT id FROM channel WHERE code = ? AND deleted_at IS NULL ORDER BY id LIMIT 1");
        for (int ch = 0; ch < ChannelCount; ++ch) {
            const char *code = DemoInteractions::channelCodes()[std::size_t(ch)];
            channel.reset();
            channel.bind(1, QString::fromLatin1(code));
            if (!channel.step())
                return fail(Error::Code::Invalid,
                            tr("Writing demo data: the channel \"%1\" is missing.").arg(QLatin1String(code)));
            channelIds[std::size_t(ch)] = channel.int64(0);
        }
    }

    // Without customers there are no contacts; what the aggregates may still hold are the zero rows
    // that customers removed for good left behind, and the sums below are inserted, not added.
    if (QString error; !execRaw(db, "DELETE FROM interaction_stats", &error))
        return fail(Error::Code::Database, tr("Writing demo data: %1").arg(error));

    for (const char *table : {"customer", "customer_tag", "interaction", "follow_up", "purchase"})
        if (auto deferred = bulk.deferIndexes(table); !deferred)
            return std::unexpected(deferred.error());

    const QString now = nowStored();
    std::vector<qint64> ownerIds;
    {
        Statement insertOwner(db, "INSERT INTO owner (uuid, name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
                                  " ON CONFLICT(uuid) DO UPDATE SET name = excluded.name RETURNING id");
        const auto owners = demo::DemoSource::owners();
        for (qsizetype i = 0; i < owners.size(); ++i) {
            insertOwner.reset();
            insertOwner.bind(1, demoUuid(seed, "owner", i));
            insertOwner.bind(2, owners[i].name);
            insertOwner.bind(3, owners[i].email);
            insertOwner.bind(4, now);
            insertOwner.bind(5, now);
            if (!insertOwner.step())
                return failed(tr("owners"));
            ownerIds.push_back(insertOwner.int64(0));
            while (insertOwner.step()) {
            }
        }
    }
    std::vector<qint64> tagIds;
    {
        Statement findTag(db, "SELECT id FROM tag WHERE name = ?");
        Statement insertTag(db, "INSERT INTO tag (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id");
        const QStringList tags = demo::DemoSource::tags();
        for (qsizetype i = 0; i < tags.size(); ++i) {
            findTag.reset();
            findTag.bind(1, tags[i]);
            if (findTag.step()) {
                tagIds.push_back(findTag.int64(0));
                continue;
            }
            insertTag.reset();
            insertTag.bind(1, demoUuid(seed, "tag", i));
            insertTag.bind(2, tags[i]);
            insertTag.bind(3, now);
            insertTag.bind(4, now);
            if (!insertTag.step())
                return failed(tr("tags"));
            tagIds.push_back(insertTag.int64(0));
            while (insertTag.step()) {
            }
        }
    }
    // The product catalogue, found by SKU or added (list prices in EUR).
    std::vector<qint64> productIds;
    {
        Statement insertProduct(db, "INSERT INTO product (uuid, sku, name, category, list_price_cents, currency,"
                                    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'EUR', ?, ?)"
                                    " ON CONFLICT(sku) WHERE sku <> '' DO UPDATE SET updated_at = updated_at RETURNING id");
        const auto &catalogue = demo::DemoOrders::catalogue();
        for (std::size_t i = 0; i < catalogue.size() && orderCount > 0; ++i) {
            const demo::DemoProduct &p = catalogue[i];
            insertProduct.reset();
            insertProduct.bind(1, demoUuid(seed, "product", qint64(i)));
            insertProduct.bindUtf8(2, QByteArray(p.sku));
            insertProduct.bindUtf8(3, QByteArray(p.name));
            insertProduct.bindUtf8(4, QByteArray(p.category));
            insertProduct.bind(5, p.priceEur);
            insertProduct.bind(6, now);
            insertProduct.bind(7, now);
            if (!insertProduct.step())
                return failed(tr("products"));
            productIds.push_back(insertProduct.int64(0));
            while (insertProduct.step()) {
            }
        }
    }
    auto ownerId = [&ownerIds](int index) {
        return index >= 0 && std::size_t(index) < ownerIds.size() ? ownerIds[std::size_t(index)] : 0;
    };

    CustomerInserter inserter(db);
    Statement insertInteraction(
        db, "INSERT INTO interaction (uuid, customer_id, occurred_at, channel_id, direction, kind, subject, handled_by,"
            " csat, nps, taken_by, taken_at, resolved_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertFollowUp(db, "INSERT INTO follow_up (uuid, customer_id, interaction_id, due_date, assignee_id,"
                                 " note, done_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertOrder(db, "INSERT INTO purchase (uuid, customer_id, external_id, ordered_on, amount_cents, currency,"
                              " quantity, channel_id, product_id, created_at, updated_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!inserter.isValid() || !insertInteraction.isValid() || !insertFollowUp.isValid() || !insertOrder.isValid())
        return failed(tr("preparing the load"));

    struct Org
    {
        qint64 id;
        QString name;
    };
    QHash<qint64, Org> organisations; // sequence number in the stream → stored organisation

    demo::DemoSource source(seed, count);
    DemoInteractions contacts(seed, count, interactionCount);
    StatsTally stats(DemoInteractions::windowStart() / 86400);
    SequenceUuid interactionUuid(seed, 1);
    SequenceUuid followUpUuid(seed, 2);
    SequenceUuid orderUuid(seed, 3);
    demo::DemoOrders purchases(seed, count, orderCount);
    std::vector<demo::DemoOrder> orders;
    const QByteArray eur("EUR");
    const QByteArray nok("NOK");
    char orderId[16];
    StampText stamp;
    demo::DemoRecord record;
    std::vector<qint64> rowTags;
    std::vector<demo::DemoInteraction> made;
    std::vector<demo::DemoFollowUp> followUps;
    std::vector<qint64> madeIds;
    std::vector<int> groups;
    DemoCounts done;
    while (source.next(record)) {
        const Customer &c = record.customer;
        QString label;
        qint64 orgId = 0;
        if (record.organisationIndex >= 0) {
            const auto it = organisations.constFind(record.organisationIndex);
            if (it != organisations.constEnd()) {
                orgId = it->id;
                label = it->name;
            }
        }
        Customer row = c;
        row.uuid = demoUuid(seed, "customer", done.customers);
        row.organisationId = orgId;
        row.ownerId = ownerId(record.ownerIndex);
        const auto id = inserter.insert(row, label, toStoredTime(c.createdAt), toStoredTime(c.updatedAt));
        if (!id)
            return failed(tr("customer %1").arg(done.customers + 1));
        if (c.kind == CustomerKind::Organisation)
            organisations.insert(done.customers, Org{*id, c.organisationName});
        rowTags.clear();
        for (int tag : std::as_const(record.tagIndexes))
            if (tag >= 0 && std::size_t(tag) < tagIds.size())
                rowTags.push_back(tagIds[std::size_t(tag)]);
        if (!inserter.linkTags(*id, rowTags))
            return failed(tr("tags of customer %1").arg(done.customers + 1));

        contacts.next(record, made, followUps);
        groups.assign({0, 1, stats.country(c.country), stats.owner(row.ownerId)});
        for (qint64 tag : rowTags)
            groups.push_back(stats.tag(tag));
        madeIds.clear();
        for (const demo::DemoInteraction &i : made) {
            Statement &q = insertInteraction;
            q.reset();
            q.bindUtf8(1, interactionUuid(done.interactions));
            q.bind(2, *id);
            q.bindUtf8(3, stamp.time(i.occurredAt));
            q.bind(4, channelIds[std::size_t(i.channel)]);
            q.bindUtf8(5, DemoInteractions::directionCode(i.direction));
            q.bindUtf8(6, DemoInteractions::kindCode(i.kind));
            q.bindUtf8(7, *i.subject);
            if (const qint64 handler = ownerId(i.handledBy))
                q.bind(8, handler);
            if (i.csat > 0)
                q.bind(9, qint64(i.csat));
            if (i.nps >= 0)
                q.bind(10, qint64(i.nps));
            if (const qint64 taker = ownerId(i.takenBy); taker && i.takenAt > 0) {
                q.bind(11, taker);
                q.bindUtf8(12, stamp.time(i.takenAt));
            }
            if (i.resolvedAt > 0)
                q.bindUtf8(13, stamp.time(i.resolvedAt));
            q.bindUtf8(14, stamp.time(i.occurredAt));
            q.bindUtf8(15, stamp.time(i.updatedAt));
            q.step();
            if (q.failed())
                return failed(tr("interactions of customer %1").arg(done.customers + 1));
            madeIds.push_back(sqlite3_last_insert_rowid(db));
            stats.add(groups, i.occurredAt / 86400, i.channel, i.csat, i.nps);
            ++done.interactions;
        }
        for (const demo::DemoFollowUp &f : followUps) {
            Statement &q = insertFollowUp;
            q.reset();
            q.bindUtf8(1, followUpUuid(done.followUps));
            q.bind(2, *id);
            if (f.interaction >= 0 && std::size_t(f.interaction) < madeIds.size())
                q.bind(3, madeIds[std::size_t(f.interaction)]);
            q.bindUtf8(4, stamp.day(f.dueDay));
            if (const qint64 assignee = ownerId(f.assignee))
                q.bind(5, assignee);
            q.bindUtf8(6, *f.note);
            if (f.doneAt > 0)
                q.bindUtf8(7, stamp.time(f.doneAt));
            q.bindUtf8(8, stamp.time(f.createdAt));
            q.bindUtf8(9, stamp.time(std::max(f.createdAt, f.doneAt)));
            q.step();
            if (q.failed())
                return failed(tr("follow-ups of customer %1").arg(done.customers + 1));
            ++done.followUps;
        }

        purchases.next(record, orders);
        const QByteArray &currency = demo::DemoOrders::paysInNok(record) ? nok : eur;
        for (const demo::DemoOrder &o : orders) {
            Statement &q = insertOrder;
            q.reset();
            q.bindUtf8(1, orderUuid(done.orders));
            q.bind(2, *id);
            std::snprintf(orderId, sizeof orderId, "SO-%08lld", static_cast<long long>(o.order));
            q.bindUtf8(3, QByteArray::fromRawData(orderId, qsizetype(std::strlen(orderId))));
            q.bindUtf8(4, stamp.day(o.day));
            q.bind(5, o.amount);
            q.bindUtf8(6, currency);
            q.bind(7, qint64(o.quantity));
            q.bind(8, channelIds[std::size_t(o.channel)]);
            q.bind(9, productIds[std::size_t(o.product)]);
            // Entered the evening of the day it was placed.
            const QByteArray entered = stamp.time(o.day * 86400 + 18 * 3600 + (o.order % 3600));
            q.bindUtf8(10, entered);
            q.bindUtf8(11, entered);
            q.step();
            if (q.failed())
                return failed(tr("orders of customer %1").arg(done.customers + 1));
            ++done.orders;
        }

        ++done.customers;
        if (progress && done.customers % 5000 == 0 && !progress(done.customers, count))
            return cancelled();
    }

    if (progress && !progress(done.customers, count))
        return cancelled();
    if (trace)
        qInfo("demo: %lld customers, %lld interactions, %lld follow-ups written after %.1f s", done.customers,
              done.interactions, done.followUps, double(total.elapsed()) / 1000.0);
    if (!stats.write(db, channelIds))
        return failed(tr("satisfaction figures"));
    if (trace)
        qInfo("demo: satisfaction aggregates written after %.1f s", double(total.elapsed()) / 1000.0);
    if (auto rebuilt = bulk.rebuild({customerSearchFillSql().toUtf8()}); !rebuilt)
        return std::unexpected(rebuilt.error());
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Writing demo data")));
    execRaw(db, "PRAGMA optimize");
    if (trace)
        qInfo("demo: committed after %.1f s", double(total.elapsed()) / 1000.0);
    done.products = qint64(productIds.size());
    // Personas, costs, price rules and maturity assessments to go with the orders; after the commit,
    // since the maturity repository writes in transactions of its own.
    if (done.orders > 0) {
        trusted.reset();
        const auto setup = DemoSetup::write(database, done.customers, seed);
        if (!setup)
            return fail(setup.error().code,
                        tr("The demo data is written, but its setup failed: %1").arg(setup.error().message));
        done.setup = *setup;
        if (trace)
            qInfo("demo: setup written after %.1f s", double(total.elapsed()) / 1000.0);
    }
    if (progress)
        progress(done.customers, count);
    return done;
}

} // namespace relatio
