// Deterministic demo contacts and follow-ups for the demo customers, with something to show on the dashboard.
#pragma once

#include "demo/DemoSource.h"
#include "interactions/Interaction.h"

#include <QByteArray>

#include <array>
#include <random>
#include <vector>

namespace relatio::demo {

// The default channels of the schema, by code; indexes, not row ids.
enum DemoChannel { Phone, Email, Web, Chat, Social, Visit, Post, App, ChannelCount };

struct DemoInteraction
{
    qint64 occurredAt = 0;   // seconds since 1970-01-01 UTC
    int channel = Phone;     // a DemoChannel
    Direction direction = Direction::In;
    InteractionKind kind = InteractionKind::Question;
    const QByteArray *subject = nullptr; // UTF-8, in the customer's language; lives as long as the program
    int handledBy = -1;      // index into DemoSource::owners(); -1 = nobody recorded
    int csat = 0;            // 1..5; 0 = not asked
    int nps = -1;            // 0..10; -1 = not asked
    int takenBy = -1;        // complaints: who picked it up
    qint64 takenAt = 0;      // 0 = not picked up
    qint64 resolvedAt = 0;   // complaints: 0 = open
    qint64 updatedAt = 0;
    int order = 0;           // draw order, only to sort equal times the same way everywhere
};

struct DemoFollowUp
{
    int interaction = -1;    // index into the customer's interactions; -1 = on the customer itself
    qint64 dueDay = 0;       // days since 1970-01-01
    int assignee = -1;       // owner index; -1 = nobody
    const QByteArray *note = nullptr;
    qint64 createdAt = 0;
    qint64 doneAt = 0;       // 0 = open
};

// Spreads a number of interactions over the customers of a DemoSource stream, one customer at a
// time in stream order, so that memory stays bounded. Every contact lies in the customer's life
// (after its created_at) and in the two years before DemoSource::referenceDate().
//
// What the dashboard gets to show:
// - how many contacts: organisations, key accounts and VIPs are busier, inactive customers quiet;
// - the channel mix differs per country (Norway digital, Belgium phone, visits and post), per kind
//   (organisations get visits, persons use social media and the app), per tag, per owner, and
//   per customer (many have a favourite channel); chat and the app grow over the two years, post
//   and the phone decline;
// - CSAT (1..5, about 40 % of contacts) and NPS (0..10, about 15 %) differ per channel (chat and
//   the app high, social media and the phone queues low), per country, tag and team member; the
//   phone improves steadily, social media a little, and the app dips after a bad release in
//   March 2026;
// - complaints are mostly resolved, within hours to two weeks; those that were not yet are the open
//   ones of the last weeks, social media's the slowest to be picked up;
// - follow-ups on a few percent of contacts and customers, most done, some overdue.
//
// The same seed, customers and interactions give the same contacts on every machine: one
// std::mt19937_64 of its own (the customers are the same with or without contacts), plain
// integer arithmetic, and no clock.
class DemoInteractions
{
public:
    static constexpr qint64 defaultPerCustomer = 4;
    static constexpr qint64 maxTotal = 1000000000; // keeps the sums of pickCount() within 64 bits
    static constexpr int windowDays = 730;

    DemoInteractions(quint64 seed, qint64 customers, qint64 interactions);

    // The window's first moment, two years before the reference date, and its end (the reference
    // moment, exclusive), in seconds since 1970-01-01 UTC.
    static qint64 windowStart();
    static qint64 windowEnd();
    // The schema's channel code of each DemoChannel.
    static const std::array<const char *, ChannelCount> &channelCodes();
    // The stored direction and kind codes, as UTF-8.
    static const QByteArray &directionCode(Direction direction);
    static const QByteArray &kindCode(InteractionKind kind);

    // The contacts (oldest first) and follow-ups of the next customer of the stream, which must
    // be the record DemoSource(seed, customers) yielded next.
    void next(const DemoRecord &customer, std::vector<DemoInteraction> &interactions,
              std::vector<DemoFollowUp> &followUps);

    qint64 produced() const { return m_written; }
    qint64 total() const { return m_total; }

private:
    struct Profile;

    quint64 draw(quint64 n) { return m_rng() % n; }
    bool chance(int perMille) { return m_rng() % 1000 < quint64(perMille); }

    void makeProfile(const DemoRecord &record, Profile &p);
    qint64 pickCount(const Profile &p, qint64 lifeHours);
    qint64 pickTime(qint64 start, qint64 end, bool onboarding);
    int pickChannel(const Profile &p, qint64 time);
    qint64 settleTime(qint64 time, int channel, qint64 start, qint64 end);
    void fillContact(const Profile &p, DemoInteraction &i);
    void fillComplaint(const Profile &p, DemoInteraction &i);
    int csatMean(const Profile &p, const DemoInteraction &i) const;
    int pickTeamMember(int team);
    int pickHandler(const Profile &p, int channel);
    void addFollowUps(const Profile &p, qint64 start, const std::vector<DemoInteraction> &interactions,
                      std::vector<DemoFollowUp> &followUps);
    qint64 doneTime(qint64 dueDay, qint64 created);

    std::mt19937_64 m_rng;
    qint64 m_customers = 0;
    qint64 m_total = 0;
    qint64 m_index = 0;           // customers seen
    qint64 m_written = 0;         // interactions handed out
    qint64 m_remainingLife = 0;   // expected hours in the window of the customers still to come
    qint64 m_activitySum = 0;     // of the customers seen, to expect the activity of the rest
};

} // namespace relatio::demo
