// Satisfaction figures for the dashboard: CSAT means with 95% confidence intervals and NPS, per
// channel, per customer group and channel, and over time; and the weekly channel-usage report.
//
// The figures come from interaction_stats, the aggregates that triggers keep per grouping, UTC
// day and channel (see store/Migrations.cpp, and team schema 6 in sync/PgSchema.cpp): a query
// sums at most days x groups x channels rows, never the interactions themselves, so any date
// range answers in milliseconds with ten million interactions. Only the usage report reads
// interactions (UsageSource.h). A team database has no value segments (grouping 4): they come
// from a value analysis, made on a Relatio file.
#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <atomic>

namespace relatio {

// How customers are grouped. The values are the stored "dim" of interaction_stats.
// ValueSegment: the RFM segment of the latest value analysis (1 … 10, 0 = no purchases).
enum class CustomerGrouping { None = 0, Country = 1, Owner = 2, Tag = 3, ValueSegment = 4 };

// The sums one cell is made of; they add up across days and groups.
struct SatisfactionTally
{
    qint64 interactions = 0;
    qint64 csatCount = 0;     // answers 1..5
    qint64 csatSum = 0;
    qint64 csatSquares = 0;   // sum of squared answers
    qint64 npsCount = 0;      // answers 0..10
    qint64 promoters = 0;     // 9 and 10
    qint64 detractors = 0;    // 0 to 6

    SatisfactionTally &operator+=(const SatisfactionTally &other);
};

// A mean CSAT with its 95% confidence interval (Student's t on n-1 degrees of freedom).
struct CsatFigure
{
    qint64 count = 0;
    double mean = 0;
    double low = 0;           // interval bounds, clamped to 1..5
    double high = 0;
    bool enough = false;      // count >= minimumAnswers: show the figure with confidence
};

// NPS = % promoters - % detractors (-100..100), with a 95% interval from the normal approximation
// of the difference of two proportions of one multinomial sample.
struct NpsFigure
{
    qint64 count = 0;
    double nps = 0;
    double promotersShare = 0;   // 0..1
    double detractorsShare = 0;  // 0..1
    double low = 0;
    double high = 0;
    bool enough = false;
};

struct ChannelFigures
{
    qint64 channelId = 0;
    QString channelName;
    SatisfactionTally tally;
    CsatFigure csat;
    NpsFigure nps;
};

struct GroupChannelFigures
{
    QVariant group;           // country code, owner id (0 = none), tag id or value segment
    QString groupName;        // for people: the country's name, the owner's name, the tag
    QList<ChannelFigures> channels; // every channel of the query, in channel order
    ChannelFigures total;     // all channels of the group together (channelId 0)
};

enum class TrendPeriod { Week, Month };

struct TrendPoint
{
    QDate periodStart;        // the Monday of the ISO week, or the 1st of the month
    qint64 channelId = 0;
    SatisfactionTally tally;
    CsatFigure csat;
    NpsFigure nps;
};

struct StatsQuery
{
    QDate from;               // first day, inclusive (UTC days)
    QDate to;                 // last day, inclusive
    CustomerGrouping grouping = CustomerGrouping::None;
    QVariant group;           // invalid = every group; else only this group (perChannel, trend)
};

struct UsageRow
{
    QDate weekStart;          // Monday
    qint64 customerId = 0;
    QString customerName;
    QList<qint64> perChannel; // interactions per channel, in the order of UsageReport::channelIds
};

struct UsageReport
{
    QList<qint64> channelIds;
    QStringList channelNames;
    QList<UsageRow> rows;                    // by week, then customer name
    QList<QDate> weeks;
    QList<QList<qint64>> totals;             // [week][channel] interactions
    QList<QList<qint64>> customers;          // [week][channel] distinct customers
    bool truncated = false;                  // rows stopped at the row limit (totals are complete)
    bool listed = true;                      // false: the totals alone (weeklyTotals), no rows and
                                             // no customer counts yet
};

class SatisfactionStats
{
    Q_DECLARE_TR_FUNCTIONS(SatisfactionStats)

public:
    // Below this many answers a cell is shown as "too few answers", not as a figure.
    static constexpr qint64 minimumAnswers = 30;

    static CsatFigure csat(const SatisfactionTally &tally);
    static NpsFigure nps(const SatisfactionTally &tally);

    explicit SatisfactionStats(DatabasePtr db);

    // All figures below read on the calling thread's connection; they may run on a worker.
    Result<QList<ChannelFigures>> perChannel(const StatsQuery &query) const;
    Result<QList<GroupChannelFigures>> perGroupAndChannel(const StatsQuery &query) const;
    Result<QList<TrendPoint>> trend(const StatsQuery &query, TrendPeriod period) const;

    // The groups a grouping has now (for the group selector), with display names.
    Result<QList<QPair<QVariant, QString>>> groups(CustomerGrouping grouping) const;

    // Which customers used which channel in each ISO week of [from, to], and the totals per
    // channel. Rows stop at rowLimit; totals always cover the whole range. cancelled may be set
    // from another thread to stop early (the result is then an Error::Code::Cancelled).
    Result<UsageReport> weeklyUsage(const QDate &from, const QDate &to, int rowLimit = 200000,
                                    const std::atomic_bool *cancelled = nullptr) const;
    // The same weeks and contact totals per channel, from the maintained aggregates (milliseconds
    // for any range), without rows or customer counts (listed = false): the chart shows at once
    // while weeklyUsage() reads the contacts for the list.
    Result<UsageReport> weeklyTotals(const QDate &from, const QDate &to) const;

private:
    // Refuses a grouping the store cannot give: the value segments on a team database.
    Result<void> checkGrouping(CustomerGrouping grouping) const;
    // The channels and weeks of a report over [from, to], with zero totals.
    Result<UsageReport> usageFrame(const QDate &from, const QDate &to) const;

    DatabasePtr m_db;
};

} // namespace relatio
