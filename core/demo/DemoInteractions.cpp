// Deterministic demo contacts and follow-ups for the demo customers, with something to show on the dashboard.
#include "demo/DemoInteractions.h"

#include <QDate>

#include <algorithm>

// As in DemoSource, every random draw is its own statement: the order in which the operands of one
// expression are evaluated is open, and two draws in one expression could differ per compiler.

namespace relatio::demo {

namespace {

constexpr qint64 secondsPerDay = 24 * 60 * 60;
constexpr qint64 secondsPerHour = 60 * 60;
constexpr qint64 epochJulianDay = 2440588; // 1970-01-01

// The tags of DemoSource::tags(), in its order.
enum DemoTag { CustomerTag, ProspectTag, LeadTag, PartnerTag, VipTag, NewsletterTag, ResellerTag, SupplierTag,
               KeyAccountTag, InactiveTag, TagCount };

// Languages of the subject lines, by the customer's language.
enum Language { Dutch, French, Norwegian, English, LanguageCount };

constexpr int kindCount = 6;  // InteractionKind values
constexpr int outboundRow = kindCount; // subject lines of outgoing contacts, whatever their kind

// --- How many contacts ----------------------------------------------------------------------

// Per mille of an average person. Organisations have more to discuss.
constexpr qint64 organisationActivity = 2000;
constexpr qint64 personActivity = 850;
constexpr int tagActivity[TagCount] = {1300, 800, 600, 1300, 1500, 1000, 1300, 1200, 1700, 250};
// A customer's own habit, per mille: a few never get in touch, a few very often.
constexpr qint64 habitSpread[] = {0,    150,  300,  450,  600,  700,  800,  900,
                                  1000, 1100, 1250, 1400, 1600, 1900, 2400, 3650};
// The activity the customers still to come are expected to have starts from this guess, as if
// this many average customers had been seen; it matters only for the first few hundred.
constexpr qint64 priorCustomers = 64;

// --- Which channel ----------------------------------------------------------------------------

// The overall mix at the start and at the end of the two years, per mille: chat and the app grow,
// post and the phone decline.
constexpr qint64 mixStart[ChannelCount] = {300, 260, 140, 50, 40, 70, 90, 50};
constexpr qint64 mixEnd[ChannelCount] = {230, 220, 160, 150, 60, 60, 30, 190};

// Multipliers per mille, by channel: Phone, Email, Web, Chat, Social, Visit, Post, App.
using ChannelFactors = std::array<qint64, ChannelCount>;
constexpr ChannelFactors neutral = {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000};
// Per community: the Dutch like chat and the app, the Belgians the phone, visits and letters, the
// Norwegians do everything online.
constexpr ChannelFactors communityMix[CommunityCount] = {
    {1000, 1000, 1050, 1150, 1000, 900, 800, 1200},   // Dutch
    {1200, 1100, 900, 800, 900, 1300, 1300, 700},     // Flemish
    {1300, 1100, 850, 700, 900, 1400, 1400, 600},     // Francophone
    {800, 1000, 1300, 1400, 1100, 700, 500, 1600},    // Norwegian
};
constexpr ChannelFactors organisationMix = {1200, 1500, 800, 800, 300, 3000, 1200, 500};
constexpr ChannelFactors personMix = {1000, 1000, 1000, 1000, 1500, 400, 1000, 1200};
constexpr ChannelFactors tagMix[TagCount] = {
    {1000, 1000, 1200, 1000, 1000, 1000, 1000, 1400}, // customer: uses the portal and the app
    {1300, 1300, 800, 1000, 1000, 1300, 800, 300},    // prospect: called and visited
    {1500, 1500, 600, 800, 1200, 800, 600, 200},      // lead
    {1000, 1500, 1000, 1000, 1000, 1500, 1000, 800},  // partner
    {1500, 1000, 700, 1000, 1000, 2500, 1000, 1000},  // VIP: a personal touch
    {1000, 1400, 1200, 1000, 1200, 1000, 1000, 1000}, // newsletter
    {1200, 1500, 1300, 1000, 800, 1200, 1000, 800},   // reseller
    {1000, 1600, 900, 900, 500, 1000, 1500, 500},     // supplier
    {1400, 1100, 800, 1000, 800, 2500, 1000, 1000},   // key account
    {900, 1000, 900, 700, 1000, 500, 2000, 500},      // inactive: letters
};
constexpr ChannelFactors englishMix = {700, 1300, 1200, 1600, 1000, 1000, 1000, 1200};
// Each team member has a way of working with the customers they own, by index in DemoSource::owners().
constexpr ChannelFactors ownerMix[] = {
    {1000, 1000, 1000, 1400, 1000, 1000, 1000, 1200}, // Sanne de Jong
    {1400, 1000, 1000, 1000, 1000, 1300, 1000, 1000}, // Pieter Bakker
    {1000, 1400, 1000, 1000, 1000, 1000, 1000, 1000}, // Lotte Visser
    {1000, 1000, 1000, 1000, 1000, 1600, 1400, 1000}, // Daan van der Meer
    {1200, 1000, 1000, 1000, 1000, 1400, 1000, 1000}, // Wouter Peeters
    {1000, 1200, 1000, 1400, 1000, 1000, 1000, 1000}, // Elke Janssens
    {1300, 1200, 1000, 1000, 1000, 1000, 1000, 1000}, // Julie Dubois
    {1000, 1000, 1000, 1000, 1000, 1300, 1400, 1000}, // Thomas Lambert
    {1000, 1200, 1000, 1000, 1000, 1500, 1000, 1000}, // Ingrid Hansen
    {1000, 1000, 1000, 1300, 1000, 1000, 1000, 1400}, // Lars Bakken
    {1300, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, // Øyvind Sæther
    {1000, 1500, 1000, 1000, 1300, 1000, 1000, 1000}, // Kari Nordvik
};
constexpr int favouritePerMille = 400; // customers who mostly use one channel
constexpr qint64 favouriteFactor = 2500;

// Per mille of contacts that go out from the team, by channel; leads and prospects are called more.
constexpr int outboundShare[ChannelCount] = {300, 350, 0, 30, 100, 700, 550, 0};
constexpr int outboundSalesBoost = 150;

// Kinds per mille, by channel, in InteractionKind order: question, complaint, order, feedback,
// self-service, other. Self-service happens on the web and in the app.
constexpr int inboundKinds[ChannelCount][kindCount] = {
    {440, 110, 150, 70, 0, 230}, // phone
    {420, 90, 200, 80, 0, 210},  // e-mail
    {130, 30, 100, 30, 680, 30}, // web
    {580, 100, 100, 70, 40, 110}, // chat
    {320, 280, 0, 330, 0, 70},   // social media: complaints and opinions
    {150, 30, 350, 100, 0, 370}, // visit
    {220, 160, 300, 50, 0, 270}, // post
    {80, 30, 210, 50, 600, 30},  // app
};
constexpr int outboundKinds[kindCount] = {250, 0, 250, 150, 0, 350};

// UTC hours of the contacts on the always-open channels: evenings are busy.
constexpr int digitalHours[24] = {2, 1, 1, 1, 1, 2, 5, 9, 11, 12, 12, 12, 11, 11, 11, 11, 12, 13, 15, 16, 15, 12, 8, 4};
constexpr int digitalHoursTotal = [] {
    int total = 0;
    for (int h : digitalHours)
        total += h;
    return total;
}();

// --- Satisfaction -----------------------------------------------------------------------------

// Mean CSAT in hundredths at the start and the end of the two years: the phone queues get much
// better (a call-back service), social media a little, letters worse.
constexpr int csatStart[ChannelCount] = {320, 370, 385, 430, 290, 425, 360, 430};
constexpr int csatEnd[ChannelCount] = {395, 380, 395, 440, 335, 425, 345, 435};
constexpr int appReleaseDip = 80; // a bad app release in March 2026
// Per mille of contacts with a CSAT answer, and with an NPS answer.
constexpr int csatShare[ChannelCount] = {400, 350, 450, 550, 200, 300, 150, 500};
constexpr int npsShare[ChannelCount] = {150, 150, 150, 150, 60, 160, 80, 150};
constexpr int organisationNpsBoost = 50; // business customers get the yearly survey
constexpr int communityCsat[CommunityCount] = {0, -10, -15, 15};
constexpr int tagCsat[TagCount] = {5, -5, -10, 0, 25, 0, 0, 0, 15, -45};
constexpr int organisationCsat = 10;
constexpr int kindCsat[kindCount] = {0, -110, 15, -15, 5, 5};
constexpr int outboundCsat = 5;
// Who handled it shows, by index in DemoSource::owners().
constexpr int handlerCsat[] = {10, -5, 15, -35, 0, 10, -10, 5, 20, 0, -15, 5};
constexpr int unhandledCsat = -10;

// --- Follow-ups -------------------------------------------------------------------------------

enum Note { CallBack, CheckSolved, SendQuote, ConfirmDelivery, CorrectInvoice, PlanVisit, DiscussRenewal,
            PlanReview, NoteCount };

int fromDate(const QDate &date)
{
    return int(date.toJulianDay() - epochJulianDay);
}

// Subject lines per language, per kind (and one row for outgoing contacts), in the customer's language.
using SubjectTable = std::array<std::array<std::array<QByteArray, 6>, kindCount + 1>, LanguageCount>;

const SubjectTable &subjects()
{
    static const SubjectTable table = [] {
        const char16_t *raw[LanguageCount][kindCount + 1][6] = {
            {
                {u"Vraag over de factuur", u"Vraag over de levertijd", u"Hoe wijzig ik mijn adres?",
                 u"Vraag over de garantie", u"Informatie over de tarieven", u"Vraag over mijn account"},
                {u"Levering te laat", u"Factuur klopt niet", u"Product beschadigd ontvangen",
                 u"Geen antwoord gekregen", u"Monteur niet verschenen", u"Dubbel afgeschreven"},
                {u"Bestelling geplaatst", u"Bestelling aangepast", u"Onderdelen nabesteld", u"Offerte geaccepteerd",
                 u"Abonnement verlengd", u"Extra licenties besteld"},
                {u"Compliment voor de service", u"Suggestie voor de website", u"Idee voor het assortiment",
                 u"Reactie op de nieuwsbrief", u"Ervaring met de bezorging", u"Wens voor de app"},
                {u"Adres gewijzigd", u"Factuur gedownload", u"Wachtwoord opnieuw ingesteld", u"Betaling gedaan",
                 u"Afspraak ingepland", u"Bestelstatus bekeken"},
                {u"Kennismakingsgesprek", u"Jaarlijks evaluatiegesprek", u"Contactgegevens bijgewerkt",
                 u"Uitnodiging klantendag", u"Doorverbonden met de juiste afdeling", u"Algemene informatie"},
                {u"Offerte nagebeld", u"Teruggebeld", u"Tevredenheidsonderzoek", u"Afspraak bevestigd",
                 u"Herinnering openstaande factuur", u"Nieuwe producten voorgesteld"},
            },
            {
                {u"Question sur la facture", u"Question sur le délai de livraison", u"Comment modifier mon adresse ?",
                 u"Question sur la garantie", u"Informations sur les tarifs", u"Question sur mon compte"},
                {u"Livraison en retard", u"Facture incorrecte", u"Produit reçu endommagé", u"Pas de réponse reçue",
                 u"Technicien pas venu", u"Prélèvement en double"},
                {u"Commande passée", u"Commande modifiée", u"Pièces commandées", u"Devis accepté",
                 u"Abonnement prolongé", u"Licences supplémentaires commandées"},
                {u"Compliment pour le service", u"Suggestion pour le site web", u"Idée pour l'assortiment",
                 u"Réaction à la newsletter", u"Avis sur la livraison", u"Souhait pour l'application"},
                {u"Adresse modifiée", u"Facture téléchargée", u"Mot de passe réinitialisé", u"Paiement effectué",
                 u"Rendez-vous planifié", u"Suivi de commande consulté"},
                {u"Premier rendez-vous", u"Entretien annuel", u"Coordonnées mises à jour",
                 u"Invitation à la journée clients", u"Transféré au bon service", u"Informations générales"},
                {u"Relance du devis", u"Rappel effectué", u"Enquête de satisfaction", u"Rendez-vous confirmé",
                 u"Rappel de facture impayée", u"Présentation des nouveautés"},
            },
            {
                {u"Spørsmål om fakturaen", u"Spørsmål om leveringstid", u"Hvordan endrer jeg adressen?",
                 u"Spørsmål om garantien", u"Informasjon om prisene", u"Spørsmål om kontoen min"},
                {u"Forsinket levering", u"Feil på fakturaen", u"Varen kom skadet", u"Fikk ikke svar",
                 u"Montøren kom ikke", u"Trukket to ganger"},
                {u"Bestilling lagt inn", u"Bestilling endret", u"Deler etterbestilt", u"Tilbud akseptert",
                 u"Abonnement forlenget", u"Flere lisenser bestilt"},
                {u"Ros for god service", u"Forslag til nettsiden", u"Idé til sortimentet", u"Svar på nyhetsbrevet",
                 u"Erfaring med leveringen", u"Ønske til appen"},
                {u"Adresse endret", u"Faktura lastet ned", u"Passord tilbakestilt", u"Betaling utført",
                 u"Time bestilt", u"Ordrestatus sjekket"},
                {u"Bli kjent-møte", u"Årlig oppfølgingsmøte", u"Kontaktinformasjon oppdatert",
                 u"Invitasjon til kundedag", u"Satt over til riktig avdeling", u"Generell informasjon"},
                {u"Fulgte opp tilbudet", u"Ringte tilbake", u"Kundetilfredshetsundersøkelse", u"Avtale bekreftet",
                 u"Påminnelse om ubetalt faktura", u"Presenterte nye produkter"},
            },
            {
                {u"Question about the invoice", u"Question about delivery time", u"How do I change my address?",
                 u"Question about the warranty", u"Information about prices", u"Question about my account"},
                {u"Late delivery", u"Invoice is wrong", u"Product arrived damaged", u"No reply received",
                 u"Engineer did not turn up", u"Charged twice"},
                {u"Order placed", u"Order changed", u"Spare parts ordered", u"Quote accepted", u"Subscription renewed",
                 u"Extra licences ordered"},
                {u"Compliment for the service", u"Suggestion for the website", u"Idea for the range",
                 u"Reply to the newsletter", u"Experience with the delivery", u"Wish for the app"},
                {u"Address changed", u"Invoice downloaded", u"Password reset", u"Payment made",
                 u"Appointment booked", u"Order status checked"},
                {u"Introductory meeting", u"Annual review", u"Contact details updated", u"Invitation to customer day",
                 u"Put through to the right department", u"General information"},
                {u"Followed up on the quote", u"Returned a call", u"Satisfaction survey", u"Appointment confirmed",
                 u"Reminder of an unpaid invoice", u"Presented new products"},
            },
        };
        SubjectTable t;
        for (int l = 0; l < LanguageCount; ++l)
            for (int k = 0; k <= kindCount; ++k)
                for (int s = 0; s < 6; ++s)
                    t[l][k][s] = QString::fromUtf16(raw[l][k][s]).toUtf8();
        return t;
    }();
    return table;
}

using NoteTable = std::array<std::array<QByteArray, NoteCount>, LanguageCount>;

const NoteTable &notes()
{
    static const NoteTable table = [] {
        const char16_t *raw[LanguageCount][NoteCount] = {
            {u"Terugbellen over de klacht", u"Nagaan of het probleem is opgelost", u"Offerte sturen",
             u"Leverdatum bevestigen", u"Factuur corrigeren", u"Bezoek inplannen",
             u"Verlenging van het contract bespreken", u"Jaarlijks gesprek inplannen"},
            {u"Rappeler au sujet de la réclamation", u"Vérifier que le problème est résolu", u"Envoyer un devis",
             u"Confirmer la date de livraison", u"Corriger la facture", u"Planifier une visite",
             u"Discuter du renouvellement du contrat", u"Planifier l'entretien annuel"},
            {u"Ringe tilbake om klagen", u"Sjekke at problemet er løst", u"Sende tilbud", u"Bekrefte leveringsdato",
             u"Korrigere fakturaen", u"Avtale besøk", u"Drøfte fornyelse av avtalen",
             u"Avtale årlig oppfølgingsmøte"},
            {u"Call back about the complaint", u"Check that the problem is solved", u"Send a quote",
             u"Confirm the delivery date", u"Correct the invoice", u"Plan a visit", u"Discuss the contract renewal",
             u"Plan the annual review"},
        };
        NoteTable t;
        for (int l = 0; l < LanguageCount; ++l)
            for (int n = 0; n < NoteCount; ++n)
                t[l][n] = QString::fromUtf16(raw[l][n]).toUtf8();
        return t;
    }();
    return table;
}

// The days of the window: weekday and how busy the season is.
struct Calendar
{
    std::array<quint8, DemoInteractions::windowDays> weekday{}; // 0 = Monday
    std::array<quint8, DemoInteractions::windowDays> season{};  // per cent of a normal day's contacts
    int firstDay = 0;      // days since 1970 of the window's first day
    int appDipFirst = 0;   // window days of the bad app release
    int appDipEnd = 0;

    Calendar()
    {
        const QDate first = DemoSource::referenceDate().addDays(-DemoInteractions::windowDays);
        firstDay = fromDate(first);
        for (int d = 0; d < DemoInteractions::windowDays; ++d) {
            const QDate date = first.addDays(d);
            weekday[std::size_t(d)] = quint8(date.dayOfWeek() - 1);
            const bool christmas = (date.month() == 12 && date.day() >= 24) || (date.month() == 1 && date.day() == 1);
            const bool summer = date.month() == 7 || (date.month() == 8 && date.day() <= 15);
            season[std::size_t(d)] = christmas ? 35 : summer ? 75 : 100;
        }
        appDipFirst = fromDate(QDate(2026, 3, 2)) - firstDay;
        appDipEnd = fromDate(QDate(2026, 4, 13)) - firstDay;
    }
};

const Calendar &calendar()
{
    static const Calendar c;
    return c;
}

int windowDay(qint64 time)
{
    return std::clamp(int(time / secondsPerDay) - calendar().firstDay, 0, DemoInteractions::windowDays - 1);
}

// The expected hours in the window of the customer at index of a stream of count: DemoSource
// spreads creation over the three years before the reference date in stream order.
qint64 expectedLifeHours(qint64 index, qint64 count)
{
    constexpr qint64 streamDays = 1096; // 2023-11-01 to 2026-11-01
    constexpr qint64 beforeWindow = streamDays - DemoInteractions::windowDays;
    const qint64 createdDay = index * streamDays / count;
    return (streamDays - std::max(beforeWindow, createdDay)) * 24;
}

Language languageOf(const QString &code)
{
    if (code == QLatin1String("nl"))
        return Dutch;
    if (code == QLatin1String("fr"))
        return French;
    if (code == QLatin1String("nb"))
        return Norwegian;
    return English;
}

} // namespace

struct DemoInteractions::Profile
{
    Community team = Community::Dutch;
    Language language = English;
    bool organisation = false;
    std::array<bool, TagCount> tags{};
    int owner = -1;
    qint64 created = 0;
    qint64 activity = 0;        // per mille of an average person
    ChannelFactors channels{};  // relative weights before the trend over time
    int outboundBoost = 0;      // per mille
    int satisfaction = 0;       // hundredths of a CSAT point: where the customer stands
};

DemoInteractions::DemoInteractions(quint64 seed, qint64 customers, qint64 interactions)
    : m_rng(seed ^ 0x5d2a7c3be1f04a69ULL) // a stream of its own: customers do not change with contacts
    , m_customers(std::max<qint64>(customers, 0))
    , m_total(m_customers > 0 ? std::clamp<qint64>(interactions, 0, maxTotal) : 0)
{
    Q_ASSERT(DemoSource::tags().size() == TagCount && DemoSource::tags().at(VipTag) == QLatin1String("VIP"));
    Q_ASSERT(DemoSource::owners().size() == qsizetype(std::size(ownerMix)));
    for (qint64 i = 0; i < m_customers; ++i)
        m_remainingLife += expectedLifeHours(i, m_customers);
}

qint64 DemoInteractions::windowEnd()
{
    return qint64(fromDate(DemoSource::referenceDate())) * secondsPerDay;
}

qint64 DemoInteractions::windowStart()
{
    return windowEnd() - windowDays * secondsPerDay;
}

const std::array<const char *, ChannelCount> &DemoInteractions::channelCodes()
{
    static const std::array<const char *, ChannelCount> codes = {"phone", "email", "web",  "chat",
                                                                 "social", "visit", "post", "app"};
    return codes;
}

const QByteArray &DemoInteractions::directionCode(Direction direction)
{
    static const QByteArray in = relatio::directionCode(Direction::In).toUtf8();
    static const QByteArray out = relatio::directionCode(Direction::Out).toUtf8();
    return direction == Direction::Out ? out : in;
}

const QByteArray &DemoInteractions::kindCode(InteractionKind kind)
{
    static const std::array<QByteArray, kindCount> codes = [] {
        std::array<QByteArray, kindCount> c;
        for (int k = 0; k < kindCount; ++k)
            c[std::size_t(k)] = relatio::kindCode(InteractionKind(k)).toUtf8();
        return c;
    }();
    return codes[std::size_t(kind)];
}

void DemoInteractions::makeProfile(const DemoRecord &record, Profile &p)
{
    const Customer &c = record.customer;
    p.team = record.community;
    p.language = languageOf(c.language);
    p.organisation = c.kind == CustomerKind::Organisation;
    p.tags.fill(false);
    for (int tag : record.tagIndexes)
        if (tag >= 0 && tag < TagCount)
            p.tags[std::size_t(tag)] = true;
    p.owner = record.ownerIndex >= 0 && record.ownerIndex < int(std::size(ownerMix)) ? record.ownerIndex : -1;
    p.created = c.createdAt.toSecsSinceEpoch();

    auto apply = [&p](const ChannelFactors &factors) {
        for (int ch = 0; ch < ChannelCount; ++ch)
            p.channels[std::size_t(ch)] = p.channels[std::size_t(ch)] * factors[std::size_t(ch)] / 1000;
    };
    p.channels = neutral;
    apply(communityMix[int(p.team)]);
    apply(p.organisation ? organisationMix : personMix);
    p.activity = p.organisation ? organisationActivity : personActivity;
    p.satisfaction = communityCsat[int(p.team)] + (p.organisation ? organisationCsat : 0);
    for (int tag = 0; tag < TagCount; ++tag) {
        if (!p.tags[std::size_t(tag)])
            continue;
        apply(tagMix[tag]);
        p.activity = p.activity * tagActivity[tag] / 1000;
        p.satisfaction += tagCsat[tag];
    }
    if (p.language == English)
        apply(englishMix);
    if (p.owner >= 0)
        apply(ownerMix[p.owner]);
    p.outboundBoost = p.tags[LeadTag] || p.tags[ProspectTag] ? outboundSalesBoost : 0;

    const quint64 habit = draw(std::size(habitSpread));
    p.activity = p.activity * habitSpread[habit] / 1000;
    const quint64 mood = draw(81); // some people are harder to please
    p.satisfaction += int(mood) - 40;
    if (chance(favouritePerMille)) {
        // The favourite comes from the customer's own mix halfway through the two years.
        qint64 total = 0;
        for (int ch = 0; ch < ChannelCount; ++ch)
            total += p.channels[std::size_t(ch)] * (mixStart[ch] + mixEnd[ch]);
        qint64 r = qint64(draw(quint64(std::max<qint64>(total, 1))));
        for (int ch = 0; ch < ChannelCount; ++ch) {
            r -= p.channels[std::size_t(ch)] * (mixStart[ch] + mixEnd[ch]);
            if (r < 0) {
                p.channels[std::size_t(ch)] = p.channels[std::size_t(ch)] * favouriteFactor / 1000;
                break;
            }
        }
    }
}

qint64 DemoInteractions::pickCount(const Profile &p, qint64 lifeHours)
{
    // Each customer gets its share of what is left: its weight (activity times hours in the
    // window) against the weight the customers still to come are expected to have. The total
    // comes out exactly, and no customer gets more than its share because of the others.
    const qint64 left = m_total - m_written;
    if (left <= 0 || lifeHours <= 0)
        return 0;
    if (m_index >= m_customers) // the last customer: whatever is left
        return left;
    const qint64 weight = p.activity * lifeHours;
    if (weight == 0)
        return 0;
    const qint64 meanActivity = (m_activitySum + 1000 * priorCustomers) / (m_index + priorCustomers);
    const qint64 rest = meanActivity * m_remainingLife;
    // No overflow: left is at most DemoInteractions::maxTotal (1e9), weight below 5e8.
    const qint64 share = left * weight;
    const qint64 whole = share / (weight + rest);
    const qint64 part = share % (weight + rest);
    const quint64 roundUp = draw(quint64(weight + rest));
    return std::min(left, whole + (roundUp < quint64(part) ? 1 : 0));
}

qint64 DemoInteractions::pickTime(qint64 start, qint64 end, bool onboarding)
{
    // Uniform over the customer's life in the window, busier in its first month, quieter around
    // Christmas and in the summer holidays.
    const Calendar &cal = calendar();
    for (int attempt = 0;; ++attempt) {
        qint64 time = 0;
        if (onboarding && chance(200)) {
            const quint64 offset = draw(quint64(std::min(end - start, 30 * secondsPerDay)));
            time = start + qint64(offset);
        } else {
            const quint64 offset = draw(quint64(end - start));
            time = start + qint64(offset);
        }
        if (attempt == 3)
            return time;
        if (chance(cal.season[std::size_t(windowDay(time))] * 10))
            return time;
    }
}

int DemoInteractions::pickChannel(const Profile &p, qint64 time)
{
    const qint64 progress = qint64(windowDay(time)) * 1000 / windowDays;
    std::array<qint64, ChannelCount> weights{};
    qint64 total = 0;
    for (int ch = 0; ch < ChannelCount; ++ch) {
        const qint64 trend = mixStart[ch] + (mixEnd[ch] - mixStart[ch]) * progress / 1000;
        weights[std::size_t(ch)] = p.channels[std::size_t(ch)] * trend;
        total += weights[std::size_t(ch)];
    }
    qint64 r = qint64(draw(quint64(std::max<qint64>(total, 1))));
    for (int ch = 0; ch < ChannelCount; ++ch) {
        r -= weights[std::size_t(ch)];
        if (r < 0)
            return ch;
    }
    return Email;
}

qint64 DemoInteractions::settleTime(qint64 time, int channel, qint64 start, qint64 end)
{
    // Phone calls, visits and letters happen in office hours on working days; e-mail mostly; the
    // web, the app, chat and social media at any time, evenings most.
    const bool office = channel == Phone || channel == Visit || channel == Post;
    const int workdayShare = office ? 900 : channel == Email ? 700 : 0;
    qint64 day = time / secondsPerDay;
    const int weekday = calendar().weekday[std::size_t(windowDay(time))];
    if (weekday >= 5 && chance(workdayShare)) {
        // To a working day of the same week, or of the next when the customer is that new.
        const quint64 workday = draw(5);
        qint64 moved = day - weekday + qint64(workday);
        if (moved < start / secondsPerDay)
            moved += 7;
        if (moved >= start / secondsPerDay && moved <= (end - 1) / secondsPerDay)
            day = moved;
    }
    qint64 timeOfDay = 0;
    if (office || (channel == Email && chance(workdayShare))) {
        const quint64 t = draw(10 * secondsPerHour);
        timeOfDay = 7 * secondsPerHour + qint64(t); // 08:00 to 18:00 in the three countries
    } else {
        int r = int(draw(digitalHoursTotal));
        int hour = 0;
        while (r >= digitalHours[hour])
            r -= digitalHours[hour++];
        const quint64 t = draw(secondsPerHour);
        timeOfDay = hour * secondsPerHour + qint64(t);
    }
    qint64 settled = day * secondsPerDay + timeOfDay;
    const quint64 slack = quint64(std::min<qint64>(end - start, 2 * secondsPerHour));
    if (settled < start) {
        const quint64 after = draw(slack);
        settled = start + qint64(after);
    } else if (settled >= end) {
        const quint64 before = draw(slack);
        settled = end - 1 - qint64(before);
    }
    return settled;
}

int DemoInteractions::pickTeamMember(int team)
{
    static const std::array<std::vector<std::pair<int, int>>, CommunityCount> teams = [] {
        std::array<std::vector<std::pair<int, int>>, CommunityCount> t;
        const QList<DemoOwner> owners = DemoSource::owners();
        for (qsizetype i = 0; i < owners.size(); ++i)
            t[std::size_t(owners[i].team)].push_back({int(i), owners[i].weight});
        return t;
    }();
    const auto &members = teams[std::size_t(team)];
    int total = 0;
    for (const auto &m : members)
        total += m.second;
    int r = int(draw(quint64(std::max(total, 1))));
    for (const auto &m : members) {
        if (r < m.second)
            return m.first;
        r -= m.second;
    }
    return members.empty() ? -1 : members.front().first;
}

int DemoInteractions::pickHandler(const Profile &p, int channel)
{
    // Mostly the customer's own account manager; chat and social media go to whoever of the team is
    // on duty; now and then someone else helps out or nobody wrote down who it was.
    const bool desk = channel == Chat || channel == Social || channel == Web || channel == App;
    const int ownShare = desk ? 25 : 70;
    const quint64 r = draw(100);
    if (r < 3)
        return -1;
    if (r < quint64(3 + ownShare) && p.owner >= 0)
        return p.owner;
    if (r < 97)
        return pickTeamMember(int(p.team));
    return int(draw(std::size(ownerMix)));
}

int DemoInteractions::csatMean(const Profile &p, const DemoInteraction &i) const
{
    const Calendar &cal = calendar();
    const int day = windowDay(i.occurredAt);
    int mean = csatStart[i.channel] + (csatEnd[i.channel] - csatStart[i.channel]) * day / windowDays;
    if (i.channel == App && day >= cal.appDipFirst && day < cal.appDipEnd)
        mean -= appReleaseDip;
    mean += p.satisfaction + kindCsat[int(i.kind)];
    if (i.direction == Direction::Out)
        mean += outboundCsat;
    mean += i.handledBy >= 0 ? handlerCsat[i.handledBy] : unhandledCsat;
    return mean;
}

void DemoInteractions::fillComplaint(const Profile &p, DemoInteraction &i)
{
    // Live channels pick a complaint up at once, letters and e-mail within hours, social media
    // when someone notices. Most are resolved within hours, a few take days or two weeks; those
    // whose time had not come at the reference moment are the open ones (a few hundred with a
    // million customers).
    qint64 takeDelay = 0;
    if (i.channel == Phone || i.channel == Chat || i.channel == Visit) {
        const quint64 d = draw(20 * 60);
        takeDelay = qint64(d);
    } else if (i.channel == Social) {
        const quint64 d = draw(30 * secondsPerHour);
        takeDelay = secondsPerHour + qint64(d);
    } else {
        const quint64 d = draw(8 * secondsPerHour);
        takeDelay = 30 * 60 + qint64(d);
    }
    const quint64 kind = draw(1000);
    const quint64 spread = draw(1u << 30);
    qint64 resolveDelay = 0;
    if (kind < 750)
        resolveDelay = 10 * 60 + qint64(spread % quint64(4 * secondsPerHour));
    else if (kind < 950)
        resolveDelay = 4 * secondsPerHour + qint64(spread % quint64(20 * secondsPerHour));
    else if (kind < 990)
        resolveDelay = secondsPerDay + qint64(spread % quint64(3 * secondsPerDay));
    else
        resolveDelay = 4 * secondsPerDay + qint64(spread % quint64(10 * secondsPerDay));

    const qint64 end = windowEnd();
    int taker = i.handledBy;
    if (i.channel == Social) // public: anyone on the team may pick it up
        taker = int(draw(std::size(ownerMix)));
    else if (taker < 0 || !chance(750))
        taker = pickTeamMember(int(p.team));
    if (i.occurredAt + takeDelay < end) {
        i.takenBy = taker;
        i.takenAt = i.occurredAt + takeDelay;
        i.handledBy = i.handledBy >= 0 ? i.handledBy : taker;
        if (i.takenAt + resolveDelay < end)
            i.resolvedAt = i.takenAt + resolveDelay;
    } else {
        i.handledBy = -1; // nobody has touched it yet
    }
}

void DemoInteractions::fillContact(const Profile &p, DemoInteraction &i)
{
    const bool outbound = chance(outboundShare[i.channel] > 0 ? outboundShare[i.channel] + p.outboundBoost : 0);
    i.direction = outbound ? Direction::Out : Direction::In;
    const int *kinds = outbound ? outboundKinds : inboundKinds[i.channel];
    int r = int(draw(1000));
    int kind = 0;
    while (kind < kindCount - 1 && r >= kinds[kind])
        r -= kinds[kind++];
    i.kind = InteractionKind(kind);
    const quint64 line = draw(6);
    i.subject = &subjects()[p.language][outbound ? outboundRow : kind][line];
    i.handledBy = i.kind == InteractionKind::SelfService ? -1 : pickHandler(p, i.channel);
    if (i.kind == InteractionKind::Complaint)
        fillComplaint(p, i);

    const bool answered = i.kind != InteractionKind::Complaint || i.resolvedAt > 0; // asked once it is over
    if (answered && chance(csatShare[i.channel])) {
        const quint64 a = draw(241);
        const quint64 b = draw(241);
        const int v = csatMean(p, i) + int(a) + int(b) - 240;
        i.csat = std::clamp((v + 1050) / 100 - 10, 1, 5);
    }
    if (answered && chance(npsShare[i.channel] + (p.organisation ? organisationNpsBoost : 0))) {
        // NPS follows the same satisfaction on its own scale: a CSAT of 4.3 is about an 8.75.
        const quint64 a = draw(401);
        const quint64 b = draw(401);
        const int v = (csatMean(p, i) - 100) * 25 / 10 + 50 + int(a) + int(b) - 400;
        i.nps = std::clamp((v + 1050) / 100 - 10, 0, 10);
    }
    i.updatedAt = std::max({i.occurredAt, i.takenAt, i.resolvedAt});
}

qint64 DemoInteractions::doneTime(qint64 dueDay, qint64 created)
{
    // Done around the due day, in office hours; never before it was made nor after the reference.
    const quint64 shift = draw(7);
    const quint64 timeOfDay = draw(10 * secondsPerHour);
    const qint64 done = (dueDay + qint64(shift) - 4) * secondsPerDay + 7 * secondsPerHour + qint64(timeOfDay);
    const qint64 atLeast = created + 10 * 60;
    const qint64 t = std::max(done, atLeast);
    return t < windowEnd() ? t : 0;
}

void DemoInteractions::addFollowUps(const Profile &p, qint64 start, const std::vector<DemoInteraction> &interactions,
                                    std::vector<DemoFollowUp> &followUps)
{
    const qint64 end = windowEnd();
    const qint64 today = end / secondsPerDay; // the reference day: due before it and not done = overdue
    const auto &noteTexts = notes()[p.language];
    auto finish = [&](DemoFollowUp &f, bool mayBeDone) {
        int donePerMille = 120; // due later, done early
        if (f.dueDay < today) {
            const qint64 late = today - f.dueDay;
            donePerMille = late > 30 ? 990 : late > 7 ? 850 : 550;
        }
        if (mayBeDone && chance(donePerMille))
            f.doneAt = doneTime(f.dueDay, f.createdAt);
    };
    auto workday = [](qint64 day) {
        const qint64 weekday = (day + 3) % 7; // 1970-01-01 was a Thursday
        return weekday >= 5 ? day + (7 - weekday) : day;
    };

    for (std::size_t n = 0; n < interactions.size(); ++n) {
        const DemoInteraction &i = interactions[n];
        const bool openComplaint = i.kind == InteractionKind::Complaint && i.resolvedAt == 0;
        int perMille = 0;
        Note note = CallBack;
        const quint64 which = draw(3);
        switch (i.kind) {
        case InteractionKind::Complaint:
            perMille = openComplaint ? 500 : 120;
            note = which == 0 ? CallBack : which == 1 ? CheckSolved : CorrectInvoice;
            break;
        case InteractionKind::Order:
            perMille = 60;
            note = which == 0 ? CorrectInvoice : ConfirmDelivery;
            break;
        case InteractionKind::Question:
            perMille = 30;
            note = which == 0 ? PlanVisit : SendQuote;
            break;
        case InteractionKind::Feedback:
            perMille = 40;
            note = CheckSolved;
            break;
        case InteractionKind::Other:
            perMille = i.channel == Visit && i.direction == Direction::Out ? 250 : 25;
            note = which == 0 ? SendQuote : which == 1 ? PlanVisit : DiscussRenewal;
            break;
        case InteractionKind::SelfService:
            perMille = 2;
            note = CheckSolved;
            break;
        }
        if (!chance(perMille))
            continue;
        DemoFollowUp f;
        f.interaction = int(n);
        const quint64 wait = draw(14);
        f.dueDay = workday(i.occurredAt / secondsPerDay + 1 + qint64(wait));
        const quint64 typing = draw(30 * 60);
        f.createdAt = i.occurredAt + 60 + qint64(typing); // noted while the contact was fresh
        if (f.createdAt >= end)
            continue;
        f.assignee = chance(40) ? -1 : i.handledBy >= 0 ? i.handledBy : p.owner;
        f.note = &noteTexts[note];
        finish(f, !openComplaint);
        followUps.push_back(f);
    }

    // Now and then a reminder on the customer itself: the yearly review, the contract.
    if (start < end && chance(25)) {
        DemoFollowUp f;
        const quint64 due = draw(150);
        f.dueDay = workday(std::max(today - 60 + qint64(due), start / secondsPerDay + 14));
        const quint64 ahead = draw(60 * secondsPerDay);
        const quint64 timeOfDay = draw(10 * secondsPerHour);
        f.createdAt = (f.dueDay - 30) * secondsPerDay - qint64(ahead) + 7 * secondsPerHour + qint64(timeOfDay);
        f.createdAt = std::clamp(f.createdAt, start, std::min(end - 1, f.dueDay * secondsPerDay));
        f.assignee = p.owner;
        const quint64 which = draw(2);
        f.note = &noteTexts[which == 0 ? PlanReview : DiscussRenewal];
        finish(f, true);
        followUps.push_back(f);
    }
}

void DemoInteractions::next(const DemoRecord &customer, std::vector<DemoInteraction> &interactions,
                            std::vector<DemoFollowUp> &followUps)
{
    interactions.clear();
    followUps.clear();
    if (m_index >= m_customers)
        return;
    const qint64 index = m_index++;
    m_remainingLife -= expectedLifeHours(index, m_customers);

    Profile p;
    makeProfile(customer, p);
    m_activitySum += p.activity;
    const qint64 end = windowEnd();
    const qint64 start = std::max(p.created, windowStart());
    const qint64 lifeHours = end > start ? (end - start + secondsPerHour - 1) / secondsPerHour : 0;
    const qint64 count = pickCount(p, lifeHours);
    m_written += count;

    const bool onboarding = p.created > windowStart();
    interactions.resize(std::size_t(count));
    for (qint64 n = 0; n < count; ++n) {
        DemoInteraction &i = interactions[std::size_t(n)];
        i.order = int(n);
        const qint64 time = pickTime(start, end, onboarding);
        i.channel = pickChannel(p, time);
        i.occurredAt = settleTime(time, i.channel, start, end);
    }
    std::sort(interactions.begin(), interactions.end(), [](const DemoInteraction &a, const DemoInteraction &b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.order < b.order;
    });
    for (DemoInteraction &i : interactions)
        fillContact(p, i);
    addFollowUps(p, start, interactions, followUps);
}

} // namespace relatio::demo
