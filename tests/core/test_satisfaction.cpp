// Satisfaction figures: CSAT intervals and NPS against hand-computed values, the aggregates kept by
// triggers against a refill from the interactions, the figures read back per channel and group on a
// file and on a team database, and a team database's figures against a file's after the same changes.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "interactions/InteractionRepository.h"
#include "interactions/SatisfactionStats.h"
#include "privacy/Erasure.h"
#include "sync/TeamServer.h"
#include "store/Migrations.h"

#include <QSqlQuery>

#include <random>

using namespace relatio;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;

namespace {

SatisfactionTally csatAnswers(std::initializer_list<int> answers)
{
    SatisfactionTally t;
    for (int a : answers) {
        ++t.interactions;
        ++t.csatCount;
        t.csatSum += a;
        t.csatSquares += a * a;
    }
    return t;
}

SatisfactionTally npsAnswers(std::initializer_list<int> answers)
{
    SatisfactionTally t;
    for (int a : answers) {
        ++t.interactions;
        ++t.npsCount;
        t.promoters += a >= 9;
        t.detractors += a <= 6;
    }
    return t;
}

qint64 addCustomer(CustomerRepository &customers, const QString &family, const QString &country,
                   const QStringList &tags = {})
{
    Customer c;
    c.givenName = QStringLiteral("Test");
    c.familyName = family;
    c.country = country;
    c.tags = tags;
    auto id = customers.create(c);
    REQUIRE(id);
    return *id;
}

Interaction contact(qint64 customer, const QString &when, qint64 channel, std::optional<int> csat,
                    std::optional<int> nps = std::nullopt)
{
    Interaction i;
    i.customerId = customer;
    i.occurredAt = QDateTime::fromString(when, Qt::ISODate);
    i.channelId = channel;
    i.csat = csat;
    i.nps = nps;
    return i;
}

// The live aggregate rows (zero rows are what subtracting leaves behind, and mean nothing).
QStringList statsRows(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT dim, day, grp, channel_id, interactions, csat_n, csat_sum, csat_sq, nps_n, promoters, detractors"
        " FROM interaction_stats WHERE interactions <> 0 OR csat_n <> 0 OR nps_n <> 0 ORDER BY 1, 2, 3, 4")));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 11; ++c)
            cells.append(q.value(c).toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

// The same random mix of changes on any store: contacts added, edited, removed and restored,
// customers moved between countries, owners and tags, and customers removed for good.
void randomHistory(const DatabasePtr &db, unsigned seed)
{
    CustomerRepository customers(db);
    InteractionRepository interactions(db);
    std::mt19937 rng(seed);
    const QStringList countries = {QStringLiteral("NL"), QStringLiteral("BE"), QStringLiteral("NO"), QString()};
    const QStringList tagNames = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    std::vector<qint64> customerIds;
    for (int i = 0; i < 12; ++i) {
        QStringList tags;
        for (const QString &tag : tagNames)
            if (rng() % 2)
                tags.append(tag);
        customerIds.push_back(addCustomer(customers, QStringLiteral("K%1").arg(i), countries[int(rng() % 4)], tags));
    }
    auto owner = customers.ensureOwner(QStringLiteral("Kari Nordmann"));
    REQUIRE(owner);
    std::vector<qint64> contactIds;
    for (int step = 0; step < 400; ++step) {
        const qint64 customer = customerIds[rng() % customerIds.size()];
        switch (rng() % 8) {
        case 0:
        case 1:
        case 2: {
            std::optional<int> csat;
            std::optional<int> nps;
            if (rng() % 2)
                csat = int(1 + rng() % 5);
            if (rng() % 3 == 0)
                nps = int(rng() % 11);
            const QString when = QDate(2026, 1, 1).addDays(int(rng() % 90)).toString(Qt::ISODate)
                + QStringLiteral("T12:00:00Z");
            auto id = interactions.create(contact(customer, when, qint64(1 + rng() % 8), csat, nps));
            REQUIRE(id);
            contactIds.push_back(*id);
            break;
        }
        case 3:
            if (!contactIds.empty()) {
                auto i = interactions.get(contactIds[rng() % contactIds.size()]);
                REQUIRE(i);
                i->csat = rng() % 2 ? std::optional<int>(int(1 + rng() % 5)) : std::nullopt;
                i->channelId = qint64(1 + rng() % 8);
                i->occurredAt = i->occurredAt.addDays(int(rng() % 5));
                REQUIRE(interactions.update(*i));
            }
            break;
        case 4:
            if (!contactIds.empty()) {
                const qint64 id = contactIds[rng() % contactIds.size()];
                auto i = interactions.get(id);
                REQUIRE(i);
                REQUIRE((i->deletedAt.isValid() ? interactions.restore(id) : interactions.remove(id)));
            }
            break;
        case 5: {
            auto c = customers.get(customer);
            REQUIRE(c);
            c->country = countries[int(rng() % 4)];
            c->ownerId = rng() % 2 ? *owner : 0;
            REQUIRE(customers.update(*c));
            break;
        }
        case 6: {
            auto c = customers.get(customer);
            REQUIRE(c);
            QStringList tags;
            for (const QString &tag : tagNames)
                if (rng() % 2)
                    tags.append(tag);
            c->tags = tags;
            REQUIRE(customers.update(*c));
            break;
        }
        case 7:
            if (step % 50 == 7 && customerIds.size() > 4) {
                // Removal for good, the customer's contacts with it: an erasure.
                const auto at = customerIds.begin() + std::ptrdiff_t(rng() % customerIds.size());
                REQUIRE(Erasure(db).erase(*at));
                customerIds.erase(at);
                std::erase_if(contactIds, [&](qint64 id) { return !interactions.get(id).has_value(); });
            }
            break;
        }
    }
}

} // namespace

TEST_CASE("A CSAT mean has a Student t interval, clamped to the scale", "[satisfaction]")
{
    // Answers 5 4 4 3 5: mean 4.2, s^2 = 2.8 / 4 = 0.7, se = sqrt(0.7 / 5) = 0.374166,
    // t(0.975, 4) = 2.776445, half width 1.038850.
    const CsatFigure f = SatisfactionStats::csat(csatAnswers({5, 4, 4, 3, 5}));
    CHECK(f.count == 5);
    CHECK(f.mean == Approx(4.2));
    CHECK(f.low == Approx(3.161150).epsilon(1e-6));
    CHECK(f.high == 5.0); // 5.2389 clamped
    CHECK_FALSE(f.enough);

    // 40 answers, twenty 4s and twenty 2s: mean 3, s^2 = 40 / 39, t(0.975, 39) = 2.022691.
    SatisfactionTally many;
    for (int i = 0; i < 20; ++i)
        many += csatAnswers({4, 2});
    const CsatFigure g = SatisfactionStats::csat(many);
    CHECK(g.enough);
    CHECK(g.mean == Approx(3.0));
    const double half = 2.022691 * std::sqrt((40.0 / 39.0) / 40.0);
    CHECK(g.low == Approx(3.0 - half).epsilon(1e-6));
    CHECK(g.high == Approx(3.0 + half).epsilon(1e-6));
}

TEST_CASE("One answer or none gives no interval and no false confidence", "[satisfaction]")
{
    const CsatFigure none = SatisfactionStats::csat({});
    CHECK(none.count == 0);
    CHECK_FALSE(none.enough);
    CHECK(std::isfinite(none.mean));
    const CsatFigure one = SatisfactionStats::csat(csatAnswers({3}));
    CHECK(one.mean == 3.0);
    CHECK(one.low == 3.0);
    CHECK(one.high == 3.0);
    const NpsFigure noNps = SatisfactionStats::nps({});
    CHECK(noNps.count == 0);
    CHECK(std::isfinite(noNps.nps));
    // All answers equal: zero variance, the interval is the point.
    const CsatFigure same = SatisfactionStats::csat(csatAnswers({4, 4, 4}));
    CHECK(same.low == Approx(4.0));
    CHECK(same.high == Approx(4.0));
}

TEST_CASE("NPS is promoters minus detractors, with its interval", "[satisfaction]")
{
    // 10 9 8 7 6 0 10 3: three promoters, three detractors, two passives. NPS 0;
    // Var(P - D) = (3/8 + 3/8 - 0) / 8 = 0.09375, half width 1.959964 * 0.306186 * 100 = 60.01.
    const NpsFigure f = SatisfactionStats::nps(npsAnswers({10, 9, 8, 7, 6, 0, 10, 3}));
    CHECK(f.count == 8);
    CHECK(f.nps == Approx(0.0).margin(1e-12));
    CHECK(f.promotersShare == Approx(0.375));
    CHECK(f.detractorsShare == Approx(0.375));
    CHECK(f.high == Approx(60.0118).epsilon(1e-5));
    CHECK(f.low == Approx(-60.0118).epsilon(1e-5));

    // 4 promoters of 5, one passive: NPS 80; Var = (0.8 - 0.64) / 5 = 0.032.
    const NpsFigure g = SatisfactionStats::nps(npsAnswers({10, 10, 9, 9, 8}));
    CHECK(g.nps == Approx(80.0));
    CHECK(g.high == 100.0);
    CHECK(g.low == Approx(80.0 - 100.0 * 1.959964 * std::sqrt(0.032)).epsilon(1e-6));
}

TEST_CASE("Figures per channel and per group on a file and on a team database", "[satisfaction]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    CustomerRepository customers(t.db);
    InteractionRepository interactions(t.db);
    const qint64 anna = addCustomer(customers, QStringLiteral("Jansen"), QStringLiteral("NL"), {QStringLiteral("Retail")});
    const qint64 ole = addCustomer(customers, QStringLiteral("Hansen"), QStringLiteral("NO"),
                                   {QStringLiteral("Retail"), QStringLiteral("Key account")});
    // Phone (1): anna 5 and 3, ole 4. Chat (4): ole 2 with NPS 9. E-mail (2): anna, no score.
    REQUIRE(interactions.create(contact(anna, QStringLiteral("2026-03-02T09:00:00Z"), 1, 5)));
    REQUIRE(interactions.create(contact(anna, QStringLiteral("2026-03-03T23:30:00Z"), 1, 3)));
    REQUIRE(interactions.create(contact(ole, QStringLiteral("2026-03-04T10:00:00Z"), 1, 4)));
    REQUIRE(interactions.create(contact(ole, QStringLiteral("2026-03-10T10:00:00Z"), 4, 2, 9)));
    REQUIRE(interactions.create(contact(anna, QStringLiteral("2026-04-01T10:00:00Z"), 2, std::nullopt)));
    SatisfactionStats stats(t.db);

    StatsQuery march{QDate(2026, 3, 1), QDate(2026, 3, 31), CustomerGrouping::None, {}};
    auto perChannel = stats.perChannel(march);
    REQUIRE(perChannel);
    REQUIRE(perChannel->size() == 8); // every active channel, in order
    CHECK(perChannel->at(0).channelId == 1);
    CHECK(perChannel->at(0).tally.interactions == 3);
    CHECK(perChannel->at(0).csat.count == 3);
    CHECK(perChannel->at(0).csat.mean == Approx(4.0));
    CHECK(perChannel->at(1).tally.interactions == 0); // the e-mail is in April
    CHECK(perChannel->at(3).nps.count == 1);
    CHECK(perChannel->at(3).nps.nps == Approx(100.0));

    // The range is inclusive and in UTC days.
    auto oneDay = stats.perChannel({QDate(2026, 3, 3), QDate(2026, 3, 3), CustomerGrouping::None, {}});
    REQUIRE(oneDay);
    CHECK(oneDay->at(0).csat.count == 1);
    CHECK(oneDay->at(0).csat.mean == Approx(3.0));

    // One group only.
    auto norway = stats.perChannel({march.from, march.to, CustomerGrouping::Country, QStringLiteral("NO")});
    REQUIRE(norway);
    CHECK(norway->at(0).csat.count == 1);
    CHECK(norway->at(0).csat.mean == Approx(4.0));

    // Tags: a customer with two tags counts in both.
    auto byTag = stats.perGroupAndChannel({march.from, march.to, CustomerGrouping::Tag, {}});
    REQUIRE(byTag);
    REQUIRE(byTag->size() == 2);
    CHECK(byTag->at(0).groupName == QStringLiteral("Key account"));
    CHECK(byTag->at(0).total.tally.interactions == 2);
    CHECK(byTag->at(1).groupName == QStringLiteral("Retail"));
    CHECK(byTag->at(1).total.tally.interactions == 4);
    CHECK(byTag->at(1).total.csat.mean == Approx(3.5)); // 5 3 4 2

    auto byCountry = stats.perGroupAndChannel({march.from, march.to, CustomerGrouping::Country, {}});
    REQUIRE(byCountry);
    REQUIRE(byCountry->size() == 2);
    CHECK(byCountry->at(0).group.toString() == QStringLiteral("NL"));

    // Trend by week (Mondays) and month.
    auto weeks = stats.trend({QDate(2026, 3, 1), QDate(2026, 4, 30), CustomerGrouping::None, {}}, TrendPeriod::Week);
    REQUIRE(weeks);
    REQUIRE(weeks->size() == 3); // phone in the week of 2 March, chat in that of 9 March, e-mail in that of 30 March
    CHECK(weeks->at(0).periodStart == QDate(2026, 3, 2));
    CHECK(weeks->at(0).tally.interactions == 3);
    auto months = stats.trend({QDate(2026, 1, 1), QDate(2026, 12, 31), CustomerGrouping::None, {}}, TrendPeriod::Month);
    REQUIRE(months);
    CHECK(months->size() == 3);
    CHECK(months->at(0).periodStart == QDate(2026, 3, 1));

    // Moving a customer to another country moves its contacts' figures with it.
    auto c = customers.get(ole);
    REQUIRE(c);
    c->country = QStringLiteral("NL");
    REQUIRE(customers.update(*c));
    auto moved = stats.perGroupAndChannel({march.from, march.to, CustomerGrouping::Country, {}});
    REQUIRE(moved);
    REQUIRE(moved->size() == 1);
    CHECK(moved->at(0).total.tally.interactions == 4);

    // The weekly usage report: customers per channel per week, and totals.
    auto usage = stats.weeklyUsage(QDate(2026, 3, 1), QDate(2026, 3, 15));
    REQUIRE(usage);
    REQUIRE(usage->weeks.size() == 3); // weeks of 23 Feb, 2 Mar and 9 Mar
    CHECK(usage->weeks.at(0) == QDate(2026, 2, 23));
    CHECK(usage->totals.at(1).at(0) == 3);     // three phone contacts in the week of 2 March
    CHECK(usage->customers.at(1).at(0) == 2);  // by two customers
    CHECK(usage->rows.size() == 3);            // anna and ole that week, ole the next
    // By week, then by the customer list's order of names: Hansen before Jansen.
    CHECK(usage->rows.at(0).weekStart == QDate(2026, 3, 2));
    CHECK(usage->rows.at(0).customerId == ole);
    CHECK(usage->rows.at(0).customerName.endsWith(QStringLiteral("Hansen")));
    CHECK(usage->rows.at(0).perChannel.at(0) == 1);
    CHECK(usage->rows.at(1).customerId == anna);
    CHECK(usage->rows.at(1).perChannel.at(0) == 2);
    CHECK(usage->rows.at(2).weekStart == QDate(2026, 3, 9));
    CHECK(usage->rows.at(2).customerId == ole);
    CHECK_FALSE(usage->truncated);
    // Rows stop at the limit; the totals still cover the whole range.
    auto cut = stats.weeklyUsage(QDate(2026, 3, 1), QDate(2026, 3, 15), 2);
    REQUIRE(cut);
    CHECK(cut->truncated);
    REQUIRE(cut->rows.size() == 2);
    CHECK(cut->rows.at(1).customerId == anna);
    CHECK(cut->totals == usage->totals);
    CHECK(cut->customers == usage->customers);
    CHECK(usage->listed);
    // The totals alone come from the aggregates, the same weeks and figures without rows.
    auto quick = stats.weeklyTotals(QDate(2026, 3, 1), QDate(2026, 3, 15));
    REQUIRE(quick);
    CHECK_FALSE(quick->listed);
    CHECK(quick->weeks == usage->weeks);
    CHECK(quick->channelIds == usage->channelIds);
    CHECK(quick->totals == usage->totals);
    CHECK(quick->rows.isEmpty());
    // Also for a range that starts inside a week: its earlier days stay out, as in the list.
    auto midWeek = stats.weeklyUsage(QDate(2026, 3, 4), QDate(2026, 3, 12));
    auto midWeekQuick = stats.weeklyTotals(QDate(2026, 3, 4), QDate(2026, 3, 12));
    REQUIRE(midWeek);
    REQUIRE(midWeekQuick);
    CHECK(midWeekQuick->totals == midWeek->totals);

    // The value segments come from a value analysis, made on a Relatio file: a team database says
    // so rather than showing every customer as "no segment".
    const StatsQuery bySegment{march.from, march.to, CustomerGrouping::ValueSegment, {}};
    auto segments = stats.perGroupAndChannel(bySegment);
    auto segmentNames = stats.groups(CustomerGrouping::ValueSegment);
    if (t.file) {
        CHECK(segments);
        CHECK(segmentNames);
    } else {
        REQUIRE_FALSE(segments);
        CHECK(segments.error().message.contains(QStringLiteral("Relatio file")));
        CHECK_FALSE(segmentNames);
        CHECK_FALSE(stats.perChannel({march.from, march.to, CustomerGrouping::ValueSegment, 1}));
    }
}

namespace {

QString tallyText(const SatisfactionTally &t)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
        .arg(t.interactions)
        .arg(t.csatCount)
        .arg(t.csatSum)
        .arg(t.csatSquares)
        .arg(t.npsCount)
        .arg(t.promoters)
        .arg(t.detractors);
}

QStringList channelsText(const QList<ChannelFigures> &figures)
{
    QStringList lines;
    for (const ChannelFigures &f : figures)
        lines.append(QStringLiteral("%1: %2").arg(f.channelId).arg(tallyText(f.tally)));
    return lines;
}

// Every figure the dashboard shows for a grouping over a range, as text to compare; groups by
// name, since owner and tag ids differ between stores.
QStringList everyFigure(const DatabasePtr &db, CustomerGrouping grouping, const QDate &from, const QDate &to)
{
    const SatisfactionStats stats(db);
    QStringList lines;
    const StatsQuery query{from, to, grouping, {}};
    auto perChannel = stats.perChannel(query);
    REQUIRE(perChannel);
    lines += channelsText(*perChannel);
    for (const TrendPeriod period : {TrendPeriod::Week, TrendPeriod::Month}) {
        auto trend = stats.trend(query, period);
        REQUIRE(trend);
        for (const TrendPoint &p : std::as_const(*trend))
            lines.append(QStringLiteral("trend %1 %2: %3")
                             .arg(p.periodStart.toString(Qt::ISODate))
                             .arg(p.channelId)
                             .arg(tallyText(p.tally)));
    }
    if (grouping == CustomerGrouping::None)
        return lines;
    auto perGroup = stats.perGroupAndChannel(query);
    REQUIRE(perGroup);
    for (const GroupChannelFigures &g : std::as_const(*perGroup)) {
        lines.append(QStringLiteral("group %1: %2").arg(g.groupName, tallyText(g.total.tally)));
        lines += channelsText(g.channels);
        // One group alone, as the group selector asks for it.
        auto alone = stats.perChannel({from, to, grouping, g.group});
        REQUIRE(alone);
        lines += channelsText(*alone);
        auto aloneTrend = stats.trend({from, to, grouping, g.group}, TrendPeriod::Week);
        REQUIRE(aloneTrend);
        for (const TrendPoint &p : std::as_const(*aloneTrend))
            lines.append(QStringLiteral("%1 %2: %3").arg(p.periodStart.toString(Qt::ISODate)).arg(p.channelId).arg(tallyText(p.tally)));
    }
    return lines;
}

QStringList usageText(const DatabasePtr &db, const QDate &from, const QDate &to)
{
    const SatisfactionStats stats(db);
    auto usage = stats.weeklyUsage(from, to);
    REQUIRE(usage);
    auto totals = stats.weeklyTotals(from, to);
    REQUIRE(totals);
    CHECK(totals->totals == usage->totals);
    QStringList lines;
    for (qsizetype w = 0; w < usage->weeks.size(); ++w) {
        QStringList cells;
        for (qsizetype c = 0; c < usage->channelIds.size(); ++c)
            cells.append(QStringLiteral("%1/%2").arg(usage->totals[w][c]).arg(usage->customers[w][c]));
        lines.append(usage->weeks[w].toString(Qt::ISODate) + QLatin1Char(' ') + cells.join(QLatin1Char(' ')));
    }
    // The rows, sorted: customers of the same name come in the order of their ids, which differ
    // between replicas.
    QStringList rows;
    for (const UsageRow &row : std::as_const(usage->rows)) {
        QStringList cells;
        for (const qint64 n : row.perChannel)
            cells.append(QString::number(n));
        rows.append(QStringLiteral("%1 %2: %3").arg(row.weekStart.toString(Qt::ISODate), row.customerName,
                                                    cells.join(QLatin1Char(' '))));
    }
    rows.sort();
    return lines + rows;
}

} // namespace

TEST_CASE("A team database gives the figures a file gives after the same changes", "[satisfaction]")
{
    TestStore team(StoreKind::Team);
    if (team.skipped)
        return;
    TempDatabase file;
    for (const unsigned seed : {20261206u, 20261207u}) {
        INFO("seed " << seed);
        randomHistory(file.db, seed);
        randomHistory(team.db, seed);
        const QList<std::pair<QDate, QDate>> ranges = {
            {QDate(2026, 1, 1), QDate(2026, 4, 30)}, // everything
            {QDate(2026, 1, 7), QDate(2026, 2, 18)}, // starting and ending inside a week
            {QDate(2026, 3, 15), QDate(2026, 3, 15)}, // one day
        };
        for (const auto &[from, to] : ranges) {
            INFO(from.toString(Qt::ISODate).toStdString() << " to " << to.toString(Qt::ISODate).toStdString());
            for (const CustomerGrouping grouping : {CustomerGrouping::None, CustomerGrouping::Country,
                                                    CustomerGrouping::Owner, CustomerGrouping::Tag}) {
                INFO("grouping " << int(grouping));
                const QStringList onFile = everyFigure(file.db, grouping, from, to);
                CHECK(onFile.size() >= 8);
                CHECK(everyFigure(team.db, grouping, from, to) == onFile);
            }
            CHECK(usageText(team.db, from, to) == usageText(file.db, from, to));
        }
        // The group selector offers the groups that have contacts.
        for (const CustomerGrouping grouping : {CustomerGrouping::Country, CustomerGrouping::Owner, CustomerGrouping::Tag}) {
            auto onFile = SatisfactionStats(file.db).groups(grouping);
            auto onTeam = SatisfactionStats(team.db).groups(grouping);
            REQUIRE(onFile);
            REQUIRE(onTeam);
            QStringList fileNames;
            for (const auto &[value, name] : std::as_const(*onFile))
                fileNames.append(name);
            REQUIRE_FALSE(onTeam->isEmpty());
            for (const auto &[value, name] : std::as_const(*onTeam))
                CHECK(fileNames.contains(name));
        }
    }

    // The file uploaded by a sync to a team database of its own (contacts written many to a
    // statement, tags given after their customers): the same figures again.
    const QString address = relatio::test::scratchTeamDatabase(QStringLiteral("relatio_upload"));
    const auto url = sync::ServerUrl::parse(address);
    REQUIRE(url);
    {
        auto server = sync::TeamServer::connect(*url);
        REQUIRE(server);
        REQUIRE((*server)->init());
    }
    relatio::test::syncWithTeam(file.db, address);
    auto uploaded = sync::TeamServer::openDatabase(*url);
    REQUIRE(uploaded);
    for (const CustomerGrouping grouping :
         {CustomerGrouping::None, CustomerGrouping::Country, CustomerGrouping::Owner, CustomerGrouping::Tag}) {
        INFO("uploaded, grouping " << int(grouping));
        CHECK(everyFigure(*uploaded, grouping, QDate(2026, 1, 1), QDate(2026, 4, 30))
              == everyFigure(file.db, grouping, QDate(2026, 1, 1), QDate(2026, 4, 30)));
    }
    CHECK(usageText(*uploaded, QDate(2026, 1, 1), QDate(2026, 4, 30)) == usageText(file.db, QDate(2026, 1, 1), QDate(2026, 4, 30)));
    (*uploaded)->releaseConnection();
}

TEST_CASE("Aggregates kept by triggers equal a refill after any mix of changes", "[satisfaction]")
{
    TempDatabase t;
    randomHistory(t.db, 20261124);
    const QStringList kept = statsRows(t.db);
    CHECK(kept.size() > 50);
    QSqlQuery q(t.db->connection());
    for (const QString &sql : interactionStatsFillSql())
        REQUIRE(q.exec(sql));
    const QStringList refilled = statsRows(t.db);
    CHECK(kept == refilled);
}
