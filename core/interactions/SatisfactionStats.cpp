// Satisfaction figures from the maintained aggregates, and the weekly channel-usage report.
#include "interactions/SatisfactionStats.h"

#include "i18n/Countries.h"
#include "interactions/InteractionRepository.h"
#include "interactions/UsageSource.h"
#include "store/Transaction.h"
#include "value/ValueStore.h"

#include <QCollator>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

namespace relatio {

namespace {

constexpr double kNormal975 = 1.959963984540054; // the 97.5% quantile of the standard normal

QDate dateOfDay(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

QDate weekStart(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// The student-t quantile for a 95% two-sided interval; cached for the small degrees of freedom
// that dashboards meet most, exact for all.
double tQuantile975(qint64 degrees)
{
    if (degrees <= 0)
        return 0;
    if (degrees > 100000)
        return kNormal975;
    const boost::math::students_t dist{double(degrees)};
    return boost::math::quantile(dist, 0.975);
}

// Value segments in the order of the RFM grid (Champions first), "No purchases" last.
int segmentOrder(const QVariant &group)
{
    const int segment = group.toInt();
    return segment > 0 ? segment : 1000;
}

qint64 dayNumber(const QDate &date)
{
    static const QDate epoch(1970, 1, 1);
    return epoch.daysTo(date);
}

// A group as interaction_stats holds it: a country code, or an id (as text on a team database).
QVariant groupValue(Dialect dialect, CustomerGrouping grouping, const QVariant &group)
{
    if (grouping == CustomerGrouping::Country || dialect == Dialect::PostgreSQL)
        return group.toString();
    return group.toLongLong();
}

SatisfactionTally readTally(const QSqlQuery &q, int first)
{
    SatisfactionTally t;
    t.interactions = q.value(first).toLongLong();
    t.csatCount = q.value(first + 1).toLongLong();
    t.csatSum = q.value(first + 2).toLongLong();
    t.csatSquares = q.value(first + 3).toLongLong();
    t.npsCount = q.value(first + 4).toLongLong();
    t.promoters = q.value(first + 5).toLongLong();
    t.detractors = q.value(first + 6).toLongLong();
    return t;
}

const char kSums[] = "sum(interactions), sum(csat_n), sum(csat_sum), sum(csat_sq), sum(nps_n), sum(promoters),"
                     " sum(detractors)";

ChannelFigures figuresOf(const Channel &channel, const SatisfactionTally &tally)
{
    ChannelFigures f;
    f.channelId = channel.id;
    f.channelName = channel.displayName();
    f.tally = tally;
    f.csat = SatisfactionStats::csat(tally);
    f.nps = SatisfactionStats::nps(tally);
    return f;
}

} // namespace

SatisfactionTally &SatisfactionTally::operator+=(const SatisfactionTally &other)
{
    interactions += other.interactions;
    csatCount += other.csatCount;
    csatSum += other.csatSum;
    csatSquares += other.csatSquares;
    npsCount += other.npsCount;
    promoters += other.promoters;
    detractors += other.detractors;
    return *this;
}

CsatFigure SatisfactionStats::csat(const SatisfactionTally &t)
{
    CsatFigure f;
    f.count = t.csatCount;
    if (t.csatCount <= 0)
        return f;
    const double n = double(t.csatCount);
    f.mean = double(t.csatSum) / n;
    f.low = f.high = f.mean;
    if (t.csatCount >= 2) {
        // Sample variance from the sums; the subtraction is exact in integers before dividing.
        const double numerator = double(t.csatSquares) * n - double(t.csatSum) * double(t.csatSum);
        const double variance = std::max(0.0, numerator / (n * (n - 1)));
        const double half = tQuantile975(t.csatCount - 1) * std::sqrt(variance / n);
        f.low = std::max(1.0, f.mean - half);
        f.high = std::min(5.0, f.mean + half);
    }
    f.enough = t.csatCount >= minimumAnswers;
    return f;
}

NpsFigure SatisfactionStats::nps(const SatisfactionTally &t)
{
    NpsFigure f;
    f.count = t.npsCount;
    if (t.npsCount <= 0)
        return f;
    const double n = double(t.npsCount);
    f.promotersShare = double(t.promoters) / n;
    f.detractorsShare = double(t.detractors) / n;
    const double difference = f.promotersShare - f.detractorsShare;
    f.nps = 100.0 * difference;
    // Var(P - D) for one multinomial sample: (p + d - (p - d)^2) / n.
    const double variance = std::max(0.0, (f.promotersShare + f.detractorsShare - difference * difference) / n);
    const double half = 100.0 * kNormal975 * std::sqrt(variance);
    f.low = std::max(-100.0, f.nps - half);
    f.high = std::min(100.0, f.nps + half);
    f.enough = t.npsCount >= minimumAnswers;
    return f;
}

SatisfactionStats::SatisfactionStats(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<QList<ChannelFigures>> SatisfactionStats::perChannel(const StatsQuery &query) const
{
    if (auto readable = checkGrouping(query.grouping); !readable)
        return std::unexpected(readable.error());
    auto channels = InteractionRepository(m_db).channels();
    if (!channels)
        return std::unexpected(channels.error());
    const bool oneGroup = query.grouping != CustomerGrouping::None && query.group.isValid();
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT channel_id, %1 FROM interaction_stats WHERE dim = ? AND day BETWEEN ? AND ? %2"
                             " GROUP BY channel_id")
                  .arg(QLatin1String(kSums), oneGroup ? QStringLiteral("AND grp = ?") : QString()));
    q.addBindValue(oneGroup ? int(query.grouping) : 0);
    q.addBindValue(dayNumber(query.from));
    q.addBindValue(dayNumber(query.to));
    if (oneGroup)
        q.addBindValue(groupValue(m_db->dialect(), query.grouping, query.group));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the satisfaction figures")));
    QHash<qint64, SatisfactionTally> tallies;
    while (q.next())
        tallies.insert(q.value(0).toLongLong(), readTally(q, 1));
    QList<ChannelFigures> result;
    for (const Channel &channel : std::as_const(*channels)) {
        const auto it = tallies.constFind(channel.id);
        // A retired channel appears while the range has contacts through it.
        if (channel.retired && (it == tallies.constEnd() || it->interactions == 0))
            continue;
        result.append(figuresOf(channel, it == tallies.constEnd() ? SatisfactionTally{} : *it));
    }
    return result;
}

Result<QList<GroupChannelFigures>> SatisfactionStats::perGroupAndChannel(const StatsQuery &query) const
{
    if (auto readable = checkGrouping(query.grouping); !readable)
        return std::unexpected(readable.error());
    auto channels = InteractionRepository(m_db).channels();
    if (!channels)
        return std::unexpected(channels.error());
    auto names = groups(query.grouping);
    if (!names)
        return std::unexpected(names.error());
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT grp, channel_id, %1 FROM interaction_stats WHERE dim = ? AND day BETWEEN ? AND ?"
                             " GROUP BY grp, channel_id")
                  .arg(QLatin1String(kSums)));
    q.addBindValue(int(query.grouping));
    q.addBindValue(dayNumber(query.from));
    q.addBindValue(dayNumber(query.to));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the satisfaction figures")));
    // group key (as text, which is unique within one grouping) → channel → tally
    std::map<QString, QHash<qint64, SatisfactionTally>> cells;
    QHash<QString, QVariant> keys;
    while (q.next()) {
        const QVariant group = query.grouping == CustomerGrouping::Country ? QVariant(q.value(0).toString())
                                                                           : QVariant(q.value(0).toLongLong());
        const QString key = group.toString();
        keys.insert(key, group);
        cells[key].insert(q.value(1).toLongLong(), readTally(q, 2));
    }
    QHash<qint64, bool> channelUsed;
    for (const auto &[key, perChannel] : cells)
        for (auto it = perChannel.cbegin(); it != perChannel.cend(); ++it)
            if (it->interactions != 0)
                channelUsed[it.key()] = true;

    QList<GroupChannelFigures> result;
    for (const auto &[key, perChannel] : cells) {
        GroupChannelFigures g;
        g.group = keys.value(key);
        g.groupName = key;
        for (const auto &[value, name] : std::as_const(*names))
            if (value.toString() == key)
                g.groupName = name;
        SatisfactionTally total;
        bool any = false;
        for (const Channel &channel : std::as_const(*channels)) {
            if (channel.retired && !channelUsed.value(channel.id))
                continue;
            const SatisfactionTally t = perChannel.value(channel.id);
            any = any || t.interactions != 0;
            total += t;
            g.channels.append(figuresOf(channel, t));
        }
        if (!any)
            continue; // every contact of the group in this range was removed since
        Channel all;
        all.name = tr("All channels");
        g.total = figuresOf(all, total);
        result.append(g);
    }
    std::sort(result.begin(), result.end(), [&query](const GroupChannelFigures &a, const GroupChannelFigures &b) {
        if (query.grouping == CustomerGrouping::ValueSegment)
            return segmentOrder(a.group) < segmentOrder(b.group);
        return QString::localeAwareCompare(a.groupName, b.groupName) < 0;
    });
    return result;
}

Result<QList<TrendPoint>> SatisfactionStats::trend(const StatsQuery &query, TrendPeriod period) const
{
    if (auto readable = checkGrouping(query.grouping); !readable)
        return std::unexpected(readable.error());
    const bool oneGroup = query.grouping != CustomerGrouping::None && query.group.isValid();
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, channel_id, %1 FROM interaction_stats WHERE dim = ? AND day BETWEEN ? AND ? %2"
                             " GROUP BY day, channel_id")
                  .arg(QLatin1String(kSums), oneGroup ? QStringLiteral("AND grp = ?") : QString()));
    q.addBindValue(oneGroup ? int(query.grouping) : 0);
    q.addBindValue(dayNumber(query.from));
    q.addBindValue(dayNumber(query.to));
    if (oneGroup)
        q.addBindValue(groupValue(m_db->dialect(), query.grouping, query.group));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the satisfaction trend")));
    std::map<std::pair<QDate, qint64>, SatisfactionTally> buckets;
    while (q.next()) {
        const QDate day = dateOfDay(q.value(0).toLongLong());
        const QDate start = period == TrendPeriod::Week ? weekStart(day) : QDate(day.year(), day.month(), 1);
        buckets[{start, q.value(1).toLongLong()}] += readTally(q, 2);
    }
    QList<TrendPoint> result;
    for (const auto &[key, tally] : buckets) {
        if (tally.interactions == 0)
            continue;
        TrendPoint p;
        p.periodStart = key.first;
        p.channelId = key.second;
        p.tally = tally;
        p.csat = csat(tally);
        p.nps = nps(tally);
        result.append(p);
    }
    return result;
}

Result<QList<QPair<QVariant, QString>>> SatisfactionStats::groups(CustomerGrouping grouping) const
{
    QList<QPair<QVariant, QString>> result;
    if (grouping == CustomerGrouping::None)
        return result;
    if (auto readable = checkGrouping(grouping); !readable)
        return std::unexpected(readable.error());
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    // The groups that have contacts (a range scan of one grouping's aggregates), with names. A
    // team database keeps every group as text.
    const QString id = m_db->dialect() == Dialect::PostgreSQL ? QStringLiteral("g.grp::bigint") : QStringLiteral("g.grp");
    QString sql;
    switch (grouping) {
    case CustomerGrouping::Country:
        sql = QStringLiteral("SELECT DISTINCT grp, NULL FROM interaction_stats WHERE dim = 1");
        break;
    case CustomerGrouping::Owner:
        sql = QStringLiteral("SELECT g.grp, o.name FROM (SELECT DISTINCT grp FROM interaction_stats WHERE dim = 2) g"
                             " LEFT JOIN owner o ON o.id = %1")
                  .arg(id);
        break;
    case CustomerGrouping::Tag:
        sql = QStringLiteral("SELECT g.grp, t.name FROM (SELECT DISTINCT grp FROM interaction_stats WHERE dim = 3) g"
                             " JOIN tag t ON t.id = %1")
                  .arg(id);
        break;
    case CustomerGrouping::ValueSegment:
        sql = QStringLiteral("SELECT DISTINCT grp, NULL FROM interaction_stats WHERE dim = 4");
        break;
    case CustomerGrouping::None:
        break;
    }
    if (!q.exec(sql))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the customer groups")));
    while (q.next()) {
        const QVariant value = q.value(0);
        QString name;
        if (grouping == CustomerGrouping::Country) {
            const QString code = value.toString();
            name = code.isEmpty() ? tr("No country") : Countries::name(code);
        } else if (grouping == CustomerGrouping::Owner && value.toLongLong() == 0) {
            name = tr("No owner");
        } else if (grouping == CustomerGrouping::ValueSegment) {
            name = value::ValueStore::segmentName(value.toInt());
        } else {
            name = q.value(1).toString();
        }
        result.append({grouping == CustomerGrouping::Country ? QVariant(value.toString()) : QVariant(value.toLongLong()),
                       name});
    }
    std::sort(result.begin(), result.end(), [grouping](const auto &a, const auto &b) {
        if (grouping == CustomerGrouping::ValueSegment)
            return segmentOrder(a.first) < segmentOrder(b.first);
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return result;
}

Result<void> SatisfactionStats::checkGrouping(CustomerGrouping grouping) const
{
    // The value segments come from a value analysis, which is made on a Relatio file.
    if (grouping == CustomerGrouping::ValueSegment)
        return m_db->requireFile(tr("Satisfaction by value segment"));
    return {};
}

Result<UsageReport> SatisfactionStats::usageFrame(const QDate &from, const QDate &to) const
{
    UsageReport report;
    auto channels = InteractionRepository(m_db).channels();
    if (!channels)
        return std::unexpected(channels.error());
    for (const Channel &channel : std::as_const(*channels)) {
        report.channelIds.append(channel.id);
        report.channelNames.append(channel.displayName());
    }
    const qsizetype channelCount = report.channelIds.size();
    for (QDate w = weekStart(from); w <= to; w = w.addDays(7)) {
        report.weeks.append(w);
        report.totals.append(QList<qint64>(channelCount, 0));
        report.customers.append(QList<qint64>(channelCount, 0));
    }
    return report;
}

Result<UsageReport> SatisfactionStats::weeklyTotals(const QDate &from, const QDate &to) const
{
    auto frame = usageFrame(from, to);
    if (!frame)
        return frame;
    UsageReport report = std::move(*frame);
    report.listed = false;
    if (report.weeks.isEmpty())
        return report;
    QHash<qint64, qsizetype> column;
    for (qsizetype c = 0; c < report.channelIds.size(); ++c)
        column.insert(report.channelIds[c], c);
    // Grouping 0 holds every contact once per UTC day and channel: a range of days × channels.
    const qint64 firstWeekDay = dayNumber(report.weeks.first());
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, channel_id, interactions FROM interaction_stats"
                             " WHERE dim = 0 AND day BETWEEN ? AND ?"));
    q.addBindValue(dayNumber(from));
    q.addBindValue(dayNumber(to));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the contact totals")));
    while (q.next()) {
        const qint64 week = (q.value(0).toLongLong() - firstWeekDay) / 7;
        const auto c = column.constFind(q.value(1).toLongLong());
        if (week < 0 || week >= report.weeks.size() || c == column.cend())
            continue;
        report.totals[week][*c] += q.value(2).toLongLong();
    }
    return report;
}

Result<UsageReport> SatisfactionStats::weeklyUsage(const QDate &from, const QDate &to, int rowLimit,
                                                   const std::atomic_bool *cancelled) const
{
    auto frame = usageFrame(from, to);
    if (!frame)
        return frame;
    UsageReport report = std::move(*frame);
    QHash<qint64, int> column;
    for (qsizetype c = 0; c < report.channelIds.size(); ++c)
        column.insert(report.channelIds[c], int(c));
    const int channelCount = int(report.channelIds.size());
    if (report.weeks.isEmpty())
        return report;
    const QDate first = report.weeks.first();

    const ReadTransaction snapshot(m_db->handle()); // on a file, one lock for the scan and the names
    // Days come as numbers; (week, customer) cells are summed in a hash into one flat array of
    // per-channel counts.
    const qint64 firstDay = QDate(1970, 1, 1).daysTo(first);
    // Channel ids are small: a direct table from id to column.
    qint64 maxChannelId = 0;
    for (qint64 id : std::as_const(report.channelIds))
        maxChannelId = std::max(maxChannelId, id);
    std::vector<int> columnOf(std::size_t(maxChannelId) + 1, -1);
    for (auto it = column.cbegin(); it != column.cend(); ++it)
        columnOf[std::size_t(it.key())] = it.value();
    struct Cell
    {
        int week;
        qint64 customerId;
    };
    std::vector<Cell> cells;
    std::vector<qint64> counts; // channelCount per cell
    QHash<quint64, qsizetype> cellIndex;
    const qsizetype weekCount = report.weeks.size();
    qint64 seen = 0;
    bool stopped = false;
    auto scanned = usage::scanContacts(*m_db, from, to, [&](qint64 day, qint64 customerId, qint64 channelId) {
        if (cancelled && (++seen & 0xFFF) == 0 && cancelled->load()) {
            stopped = true;
            return false;
        }
        const qint64 week = (day - firstDay) / 7;
        if (week < 0 || week >= weekCount || channelId < 0 || channelId > maxChannelId)
            return true;
        const int c = columnOf[std::size_t(channelId)];
        if (c < 0)
            return true;
        const quint64 key = (quint64(week) << 48) | quint64(customerId);
        auto found = cellIndex.constFind(key);
        if (found == cellIndex.cend()) {
            found = cellIndex.insert(key, qsizetype(cells.size()));
            cells.push_back({int(week), customerId});
            counts.resize(counts.size() + std::size_t(channelCount), 0);
        }
        ++counts[std::size_t(*found) * std::size_t(channelCount) + std::size_t(c)];
        ++report.totals[week][c];
        return true;
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (stopped)
        return fail(Error::Code::Cancelled, tr("The report was cancelled."));

    // Distinct customers per week and channel, from all cells.
    for (std::size_t i = 0; i < cells.size(); ++i)
        for (int c = 0; c < channelCount; ++c)
            if (counts[i * std::size_t(channelCount) + std::size_t(c)] > 0)
                ++report.customers[cells[i].week][c];

    // Rows by week, then the customer's sort name (the customer list's order: "berg, jan van
    // der"). Only the weeks that reach the rows need names: the ones before the row limit and the
    // week it falls in.
    std::vector<qsizetype> cellsPerWeek(std::size_t(weekCount), 0);
    for (const Cell &cell : cells)
        ++cellsPerWeek[std::size_t(cell.week)];
    int lastWeek = -1;
    for (qsizetype w = 0, cumulative = 0; w < weekCount && cumulative < rowLimit; ++w) {
        cumulative += cellsPerWeek[std::size_t(w)];
        lastWeek = int(w);
    }
    std::vector<std::size_t> order;
    std::vector<qint64> wanted;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].week > lastWeek)
            continue;
        order.push_back(i);
        wanted.push_back(cells[i].customerId);
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    // A customer erased since the scan keeps its row, without a name.
    auto found = usage::customerNames(*m_db, wanted, cancelled);
    if (!found)
        return std::unexpected(found.error());
    usage::CustomerNames &names = *found;
    for (const qint64 customerId : wanted)
        if (!names.contains(customerId))
            names.insert(customerId, {});
    // Sorted by entries that carry their keys, so a comparison reads no hash.
    struct Entry
    {
        int week;
        std::string_view key;
        qint64 customerId;
        std::size_t cell;
    };
    std::vector<Entry> entries;
    entries.reserve(order.size());
    for (std::size_t i : order) {
        const QByteArray &key = names.constFind(cells[i].customerId)->first;
        entries.push_back({cells[i].week, std::string_view(key.constData(), std::size_t(key.size())),
                           cells[i].customerId, i});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.week != b.week)
            return a.week < b.week;
        if (const int byName = a.key.compare(b.key); byName != 0)
            return byName < 0;
        return a.customerId < b.customerId;
    });
    for (std::size_t i = 0; i < entries.size(); ++i)
        order[i] = entries[i].cell;
    report.truncated = qsizetype(cells.size()) > rowLimit;
    QList<UsageRow> rows;
    rows.reserve(qsizetype(std::min<std::size_t>(order.size(), std::size_t(std::max(rowLimit, 0)))));
    for (std::size_t i : order) {
        if (rows.size() >= rowLimit)
            break;
        const Cell &cell = cells[i];
        UsageRow row;
        row.weekStart = report.weeks[cell.week];
        row.customerId = cell.customerId;
        row.customerName = names.value(cell.customerId).second;
        const auto start = counts.begin() + std::ptrdiff_t(i) * channelCount;
        row.perChannel = QList<qint64>(start, start + channelCount);
        rows.append(std::move(row));
    }
    report.rows = std::move(rows);
    return report;
}

} // namespace relatio
