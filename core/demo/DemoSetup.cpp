// Demo configuration: personas, costs, price rules and maturity assessments, written through their repositories.
#include "demo/DemoSetup.h"

#include "customers/CustomerRepository.h"
#include "demo/DemoSource.h"
#include "interactions/InteractionRepository.h"
#include "maturity/Assessments.h"
#include "maturity/Criteria.h"
#include "store/Transaction.h"
#include "value/CostEntry.h"
#include "value/Persona.h"
#include "value/PriceRule.h"
#include "value/Pricing.h"

#include <QHash>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <optional>

namespace relatio {

namespace {

// The same namespace as the demo writer's uuids: one scheme for every demo row.
QString setupUuid(quint64 seed, const char *kind, qint64 index)
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

// A number in [0, 1) that depends only on seed, what it is for and which one: no generator state
// to keep in step, so adding a row never shifts the others.
enum class Purpose : quint64 { CostJitter = 1, ScoreDraw, BlockerDraw, AssessorDraw };

double unit01(quint64 seed, Purpose purpose, quint64 index)
{
    return double(splitMix(splitMix(seed ^ (quint64(purpose) << 56)) ^ index) >> 11) * 0x1.0p-53;
}

// ---- Personas --------------------------------------------------------------------------------

struct PersonaSpec
{
    const char *name;
    const char *description;
    const char *needs;
    const char *motives;
    std::array<const char *, 3> channels; // channel codes, most preferred first
};

// Data, not interface text: stored as written, like the demo's customers.
constexpr PersonaSpec kPersonas[] = {
    {"Loyal family shopper",
     "Buys for the household several times a year, mostly from the same favourite categories, and trusts the shop.",
     "Reliable quality, products that last, easy reordering and deliveries that fit family life.",
     "Convenience and trust; being recognised as a regular; small rewards for staying.",
     {"web", "app", "email"}},
    {"Busy professional",
     "Orders quickly between meetings, mostly on the phone or in the app, and expects it simply to work.",
     "A fast checkout and delivery, clear status updates, answers without waiting.",
     "Saving time; paying for quality when it saves hassle.",
     {"app", "web", "chat"}},
    {"Price hunter",
     "Compares prices, waits for the sales and leaves when a better offer turns up elsewhere.",
     "Clear prices, discounts and bundles, free shipping above a threshold.",
     "Getting a good deal; never paying more than others do.",
     {"email", "social", "web"}},
    {"Business buyer",
     "Buys for an organisation (a reseller or key account): larger baskets, invoices and agreements.",
     "A contact person who knows them, volume prices, invoices and order history, reliable stock.",
     "Continuity of supply and margin; a supplier who thinks along with their business.",
     {"phone", "email", "visit"}},
    {"Newcomer",
     "Has just found us: no purchase or a first one so far, still deciding whether we are worth coming back to.",
     "A good first experience, clear information and help choosing.",
     "Curiosity, a welcome offer, recommendations from others.",
     {"web", "social", "chat"}},
};
// Indexes into kPersonas.
constexpr int kLoyalShopper = 0;
constexpr int kBusyProfessional = 1;
constexpr int kPriceHunter = 2;
constexpr int kBusinessBuyer = 3;
constexpr int kNewcomer = 4;

struct PersonaRuleSpec
{
    int persona;
    int priority;
    int segment;        // stored segment 0 … 10; -1 = any
    const char *tag;    // a demo tag, or nullptr
    const char *country;
};

// Organisations that buy for resale or on account first, then the RFM segments (1 Champions …
// 10 Hibernating), then Norway: its customers pay in NOK, which the value analysis (in EUR) leaves
// out, so they have no segment but are the most digital. Last, everyone without purchases.
constexpr PersonaRuleSpec kPersonaRules[] = {
    {kBusinessBuyer, 1, -1, "key account", nullptr},
    {kBusinessBuyer, 2, -1, "reseller", nullptr},
    {kLoyalShopper, 10, 1, nullptr, nullptr},
    {kLoyalShopper, 10, 2, nullptr, nullptr},
    {kLoyalShopper, 10, 9, nullptr, nullptr},
    {kBusyProfessional, 20, 3, nullptr, nullptr},
    {kBusyProfessional, 20, 6, nullptr, nullptr},
    {kNewcomer, 20, 4, nullptr, nullptr},
    {kNewcomer, 20, 5, nullptr, nullptr},
    {kPriceHunter, 30, 7, nullptr, nullptr},
    {kPriceHunter, 30, 8, nullptr, nullptr},
    {kPriceHunter, 30, 10, nullptr, nullptr},
    {kBusyProfessional, 40, -1, nullptr, "NO"},
    {kNewcomer, 50, 0, nullptr, nullptr},
};

// ---- Costs -----------------------------------------------------------------------------------

struct CostSpec
{
    CostKind kind;
    int segment;            // 0 = all segments
    const char *channel;    // a channel code
    int months;             // 3: per quarter, 6: per half year
    qint64 centsPerCustomer; // per period, per demo customer
    const char *note;
};

// Cheap mail keeps the Champions, call-backs and win-back mailings to the lapsing segments cost
// far more than those bring back: the return per segment differs as it does in practice.
constexpr CostSpec kCosts[] = {
    {CostKind::Acquisition, 0, "web", 3, 120, "Search and display advertising"},
    {CostKind::Acquisition, 4, "social", 6, 150, "Social media campaign for first-time buyers"},
    {CostKind::Retention, 1, "email", 3, 30, "VIP newsletter and early access"},
    {CostKind::Retention, 2, "app", 6, 60, "Loyalty programme in the app"},
    {CostKind::Retention, 8, "phone", 3, 220, "Call-backs to customers at risk"},
    {CostKind::Retention, 10, "post", 6, 180, "Win-back mailing with a voucher"},
};

// ---- Maturity --------------------------------------------------------------------------------

struct UnitSpec
{
    const char *name;
    std::array<int, 5> owners; // indexes into DemoSource::owners(); -1 = none
};

constexpr UnitSpec kUnits[] = {
    {"Sales", {0, 1, 4, 8, 9}},
    {"Marketing", {2, 5, 6, -1, -1}},
    {"Customer service", {3, 7, 10, 11, -1}},
};

struct AssessmentSpec
{
    int unit;
    int year, month, day;
    int reached;    // the phase its answers reach
    const char *note;
};

constexpr AssessmentSpec kAssessments[] = {
    {0, 2024, 12, 10, 2, "Baseline before the CRM roll-out."},
    {0, 2025, 6, 17, 2, "Contacts recorded by every account manager; processes still differ per region."},
    {0, 2025, 12, 9, 3, "One CRM for all regions; duplicates merged every month."},
    {0, 2026, 6, 16, 4, "Account managers settle most issues at the first contact."},
    {1, 2025, 2, 4, 1, "First self-assessment: campaign lists still kept in spreadsheets."},
    {1, 2025, 10, 7, 2, "Campaigns planned from the CRM; consent not yet recorded everywhere."},
    {1, 2026, 9, 22, 3, "Consent and data quality in order; segments drive the campaigns."},
    {2, 2025, 1, 21, 2, "Baseline: tickets in the CRM, follow-ups often late."},
    {2, 2025, 9, 16, 3, "Follow-ups on time; one customer view shared with sales."},
    {2, 2026, 5, 19, 3, "Satisfaction measured after contacts in most channels."},
};

// Answers that reach the planned phase: the statements of the phases up to it agreed with (4 or
// 5), one statement of the next phase below 4 so that it is not reached, and the later phases
// scored lower the further off they are; each later assessment of a unit a little better.
QHash<QString, int> scoresFor(quint64 seed, qint64 assessment, int reached, int round)
{
    using namespace maturity;
    QHash<QString, int> scores;
    const QList<Criterion> criteria = Maturity::criteria();
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const Criterion &c = criteria[i];
        const double u = unit01(seed, Purpose::ScoreDraw, quint64(assessment) * 64 + quint64(i));
        int score;
        if (c.phase <= reached)
            score = u < 0.55 ? kMetScore : kMaxScore;
        else if (c.phase == reached + 1)
            score = u < 0.3 + 0.15 * round ? kMetScore : 3;
        else
            score = std::min(3, kMinScore + int(u * 2) + (round > 0 ? 1 : 0));
        scores.insert(c.code, score);
    }
    const QList<Criterion> next = Maturity::criteriaOfPhase(reached + 1);
    if (!next.isEmpty()) {
        const auto blocker = qsizetype(unit01(seed, Purpose::BlockerDraw, quint64(assessment)) * double(next.size()));
        scores.insert(next[std::min(blocker, next.size() - 1)].code, 3);
    }
    return scores;
}

} // namespace

Result<DemoSetupCounts> DemoSetup::write(const DatabasePtr &db, qint64 customers, quint64 seed)
{
    auto failed = [](const Error &error) {
        return fail(error.code, tr("Writing the demo's personas, costs, prices and maturity assessments: %1")
                                    .arg(error.message));
    };
    DemoSetupCounts counts;
    const qint64 scale = std::max<qint64>(customers, 1);
    const QDate windowEnd = demo::DemoSource::referenceDate().addDays(-1);
    const QDate windowStart = demo::DemoSource::referenceDate().addYears(-2);

    PersonaRepository personas(db);
    CostEntryRepository costs(db);
    PriceRuleRepository priceRules(db);
    maturity::AssessmentRepository assessments(db);

    QHash<QString, qint64> channelIds;
    {
        const auto channels = InteractionRepository(db).channels(true);
        if (!channels)
            return failed(channels.error());
        for (const Channel &c : *channels)
            if (!c.code.isEmpty() && !channelIds.contains(c.code))
                channelIds.insert(c.code, c.id);
    }
    auto channelId = [&channelIds](const char *code) { return channelIds.value(QLatin1String(code)); };

    {
        WriteTransaction tx(db->connection());
        if (!tx.isOpen())
            return failed(Database::sqlError(tx.error(), tr("Writing the demo setup")));

        const auto existingPersonas = personas.personas();
        if (!existingPersonas)
            return failed(existingPersonas.error());
        std::array<qint64, std::size(kPersonas)> personaIds{};
        if (existingPersonas->isEmpty()) {
            for (std::size_t i = 0; i < std::size(kPersonas); ++i) {
                const PersonaSpec &spec = kPersonas[i];
                Persona p;
                p.uuid = setupUuid(seed, "persona", qint64(i));
                p.name = QString::fromUtf8(spec.name);
                p.description = QString::fromUtf8(spec.description);
                p.needs = QString::fromUtf8(spec.needs);
                p.motives = QString::fromUtf8(spec.motives);
                for (const char *code : spec.channels)
                    if (const qint64 id = channelId(code))
                        p.preferredChannels.append(id);
                const auto id = personas.add(p);
                if (!id)
                    return failed(id.error());
                personaIds[i] = *id;
                ++counts.personas;
            }
            QHash<QString, qint64> tagIds;
            for (const NamedItem &tag : CustomerRepository(db).tags())
                tagIds.insert(tag.name, tag.id);
            for (std::size_t i = 0; i < std::size(kPersonaRules); ++i) {
                const PersonaRuleSpec &spec = kPersonaRules[i];
                PersonaRule r;
                r.uuid = setupUuid(seed, "persona-rule", qint64(i));
                r.personaId = personaIds[std::size_t(spec.persona)];
                r.priority = spec.priority;
                if (spec.segment >= 0)
                    r.segment = spec.segment;
                if (spec.tag) {
                    r.tagId = tagIds.value(QLatin1String(spec.tag));
                    if (r.tagId == 0) // not a demo database after all: the rule would hold for everyone
                        continue;
                }
                if (spec.country)
                    r.country = QLatin1String(spec.country);
                const auto id = personas.addRule(r);
                if (!id)
                    return failed(id.error());
                ++counts.personaRules;
            }
        }

        const auto existingCosts = costs.entries();
        if (!existingCosts)
            return failed(existingCosts.error());
        if (existingCosts->isEmpty()) {
            qint64 row = 0;
            for (const CostSpec &spec : kCosts) {
                for (QDate start = windowStart; start <= windowEnd; start = start.addMonths(spec.months), ++row) {
                    CostEntry e;
                    e.uuid = setupUuid(seed, "cost", row);
                    e.kind = spec.kind;
                    e.segment = spec.segment;
                    e.channelId = channelId(spec.channel);
                    e.periodStart = start;
                    e.periodEnd = std::min(start.addMonths(spec.months).addDays(-1), windowEnd);
                    // ±15% from period to period, in whole euros.
                    const double jitter = 0.85 + 0.3 * unit01(seed, Purpose::CostJitter, quint64(row));
                    e.amountCents =
                        std::max<qint64>(1, std::llround(double(scale * spec.centsPerCustomer) * jitter / 100.0)) * 100;
                    e.currency = QStringLiteral("EUR");
                    e.note = QString::fromUtf8(spec.note);
                    const auto id = costs.add(e);
                    if (!id)
                        return failed(id.error());
                    ++counts.costEntries;
                }
            }
        }

        const auto existingRules = priceRules.rules();
        if (!existingRules)
            return failed(existingRules.error());
        if (existingRules->isEmpty()) {
            const auto products = Pricing(db).products();
            if (!products)
                return failed(products.error());
            std::optional<ProductInfo> grinder;
            for (const ProductInfo &p : *products)
                if (p.sku == QLatin1String("CT-105") && p.listPriceCents)
                    grinder = p;
            // From the start of the demo's second year, open-ended.
            const QDate from = windowStart.addYears(1);
            QList<PriceRule> list;
            if (grinder) {
                PriceRule r;
                r.name = QStringLiteral("Top CLV tier: %1 for €79").arg(grinder->name);
                r.priority = 5;
                r.productId = grinder->id;
                r.clvTier = 1;
                r.priceCents = std::min<qint64>(7900, *grinder->listPriceCents);
                r.currency = grinder->currency.isEmpty() ? QStringLiteral("EUR") : grinder->currency;
                list.append(r);
            }
            {
                PriceRule r;
                r.name = QStringLiteral("Champions: 10% off");
                r.priority = 10;
                r.segment = 1;
                r.discountPercent = 10.0;
                list.append(r);
            }
            if (const qint64 business = personaIds[kBusinessBuyer]) {
                PriceRule r;
                r.name = QStringLiteral("Business buyers: 8% off Kitchen");
                r.priority = 15;
                r.category = QStringLiteral("Kitchen");
                r.personaId = business;
                r.discountPercent = 8.0;
                list.append(r);
            }
            {
                PriceRule r;
                r.name = QStringLiteral("Loyal customers: 5% off");
                r.priority = 20;
                r.segment = 2;
                r.discountPercent = 5.0;
                list.append(r);
            }
            for (qsizetype i = 0; i < list.size(); ++i) {
                PriceRule &r = list[i];
                r.uuid = setupUuid(seed, "price-rule", qint64(i));
                r.validFrom = from;
                const auto id = priceRules.add(r);
                if (!id)
                    return failed(id.error());
                ++counts.priceRules;
            }
        }

        if (!tx.commit())
            return failed(Database::sqlError(tx.error(), tr("Writing the demo setup")));
    }

    // The units and assessments: every write of their repository is a transaction of its own.
    const auto existingUnits = assessments.units();
    if (!existingUnits)
        return failed(existingUnits.error());
    if (!existingUnits->isEmpty())
        return counts;
    const auto members = assessments.teamMembers();
    if (!members)
        return failed(members.error());
    QHash<QString, qint64> ownerIds;
    for (const maturity::TeamMember &m : *members)
        ownerIds.insert(m.name, m.id);
    const QList<demo::DemoOwner> owners = demo::DemoSource::owners();

    QList<qint64> unitIds;
    auto undo = [&](const Error &error) {
        // Tombstoned with their assessments; their members are in no unit afterwards.
        // Best effort: the error that brought us here is the one to report.
        for (qint64 id : std::as_const(unitIds))
            (void)assessments.removeUnit(id);
        return failed(error);
    };
    DemoSetupCounts maturityCounts;
    std::array<QStringList, std::size(kUnits)> assessors;
    for (std::size_t u = 0; u < std::size(kUnits); ++u) {
        const auto id = assessments.addUnit(QString::fromUtf8(kUnits[u].name), maturity::UnitKind::Department);
        if (!id)
            return undo(id.error());
        unitIds.append(*id);
        ++maturityCounts.units;
        for (int owner : kUnits[u].owners) {
            if (owner < 0 || owner >= owners.size())
                continue;
            const qint64 ownerId = ownerIds.value(owners[owner].name);
            if (ownerId == 0)
                continue;
            if (auto placed = assessments.setMemberUnit(ownerId, *id); !placed)
                return undo(placed.error());
            assessors[u].append(owners[owner].name);
            ++maturityCounts.unitMembers;
        }
    }
    std::array<int, std::size(kUnits)> rounds{};
    for (std::size_t i = 0; i < std::size(kAssessments); ++i) {
        const AssessmentSpec &spec = kAssessments[i];
        const auto u = std::size_t(spec.unit);
        maturity::Assessment a;
        a.uuid = setupUuid(seed, "assessment", qint64(i));
        a.unitId = unitIds[qsizetype(u)];
        a.assessedOn = QDate(spec.year, spec.month, spec.day);
        // The repository refuses days to come; only a clock set before the demo's years gets here.
        if (a.assessedOn > QDate::currentDate())
            continue;
        if (!assessors[u].isEmpty())
            a.assessor = assessors[u][qsizetype(unit01(seed, Purpose::AssessorDraw, i) * double(assessors[u].size()))];
        a.note = QString::fromUtf8(spec.note);
        a.scores = scoresFor(seed, qint64(i), spec.reached, rounds[u]++);
        if (auto saved = assessments.save(a); !saved)
            return undo(saved.error());
        ++maturityCounts.assessments;
    }
    counts.units = maturityCounts.units;
    counts.unitMembers = maturityCounts.unitMembers;
    counts.assessments = maturityCounts.assessments;
    return counts;
}

} // namespace relatio
