// A deterministic stream of realistic demo customers for Dutch, Belgian and Norwegian sales teams.
#include "demo/DemoSource.h"

#include "demo/DemoNames.h"

#include <QDate>
#include <QStringBuilder>

#include <algorithm>
#include <initializer_list>
#include <iterator>

// Every random draw below is its own statement: C++ leaves the order in which the operands of one
// expression are evaluated open, and two draws in one expression could then differ per compiler.

namespace relatio::demo {

namespace {

// All times lie in the three years before this moment (2026-11-01T00:00:00Z).
const QDate referenceDateUtc(2026, 11, 1);
const qint64 referenceDay = referenceDateUtc.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
const qint64 firstDay = QDate(2023, 11, 1).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
constexpr qint64 secondsPerDay = 24 * 60 * 60;

constexpr int organisationPercent = 10;
constexpr int memberPercent = 60;       // persons who belong to an organisation
constexpr int recentOrganisations = 40; // persons mostly join one of the last few organisations

struct RawOwner
{
    const char16_t *name;
    Community community; // the team whose customers this person mostly owns
    int weight;          // some sales people own more
};

constexpr RawOwner rawOwners[] = {
    {u"Sanne de Jong", Community::Dutch, 30},
    {u"Pieter Bakker", Community::Dutch, 22},
    {u"Lotte Visser", Community::Dutch, 14},
    {u"Daan van der Meer", Community::Dutch, 8},
    {u"Wouter Peeters", Community::Flemish, 20},
    {u"Elke Janssens", Community::Flemish, 12},
    {u"Julie Dubois", Community::Francophone, 16},
    {u"Thomas Lambert", Community::Francophone, 8},
    {u"Ingrid Hansen", Community::Norwegian, 24},
    {u"Lars Bakken", Community::Norwegian, 14},
    {u"Øyvind Sæther", Community::Norwegian, 10},
    {u"Kari Nordvik", Community::Norwegian, 5},
};
constexpr int ownerCount = int(std::size(rawOwners));

// Indexes into rawTags: the three that say where a customer stands come first.
enum TagIndex { CustomerTag, ProspectTag, LeadTag };

constexpr const char *rawTags[] = {"customer", "prospect", "lead",     "partner",     "VIP",
                                   "newsletter", "reseller", "supplier", "key account", "inactive"};

// Weights of the tags that may come on top of customer/prospect/lead, indexed like rawTags.
constexpr int personExtraWeights[] = {0, 0, 0, 3, 4, 55, 2, 2, 4, 30};
constexpr int organisationExtraWeights[] = {0, 0, 0, 15, 5, 20, 15, 15, 15, 15};

const char *const providers[] = {"mail.example",    "post.example",  "online.example",
                                 "webmail.example", "inbox.example", "home.example"};

// Initials as Dutch firm names carry them: "A.J. de Vries Transport B.V.".
constexpr QStringView initialLetters = u"ABCDEFGHJKLMNPRSTW";

// Letters Dutch postcodes use (never F, I, O, Q, U, Y).
constexpr char dutchPostcodeLetters[] = "ABCDEGHJKLMNPRSTVWXZ";

const QString &exampleSuffix()
{
    static const QString s = QStringLiteral(".example");
    return s;
}

const QList<QString> &providerNames()
{
    static const QList<QString> list = [] {
        QList<QString> l;
        for (const char *p : providers)
            l.append(QLatin1String(p));
        return l;
    }();
    return list;
}

// A small fixed buffer for the short strings built digit by digit: phones, postcodes, numbers.
class Chars
{
public:
    void add(char16_t c) { m_buf[m_size++] = c; }
    void add(QStringView s)
    {
        for (QChar c : s)
            m_buf[m_size++] = c.unicode();
    }
    void addNumber(qint64 n, int width = 1)
    {
        char16_t digits[20];
        int count = 0;
        do {
            digits[count++] = char16_t(u'0' + n % 10);
            n /= 10;
        } while (n > 0);
        for (int i = count; i < width; ++i)
            m_buf[m_size++] = u'0';
        while (count > 0)
            m_buf[m_size++] = digits[--count];
    }
    QStringView view() const { return QStringView(m_buf, m_size); }
    QString toString() const { return view().toString(); }

private:
    char16_t m_buf[48];
    qsizetype m_size = 0;
};

// A 64-bit FNV-1a hash: stable across platforms and Qt versions, unlike qHash.
quint64 fingerprint(QStringView s)
{
    quint64 h = 14695981039346656037ULL;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

// A pick from a list ordered most common first: the minimum of two draws favours the front
// (the first entry comes about twice as often as the average, the last rarely).
template<typename Rng>
std::size_t pickSkewed(Rng &rng, std::size_t n)
{
    const std::size_t a = std::size_t(rng() % n);
    const std::size_t b = std::size_t(rng() % n);
    return std::min(a, b);
}

const CityEntry &pickCity(const CommunityTables &t, quint64 r)
{
    const quint32 target = quint32(r % t.cityWeightSums.back());
    const auto it = std::upper_bound(t.cityWeightSums.begin(), t.cityWeightSums.end(), target);
    return t.cities[std::size_t(it - t.cityWeightSums.begin())];
}

// Fills street, postcode and city (and returns the city) for an address in community.
const CityEntry &fillAddress(Customer &c, const CommunityTables &t, Community community, std::mt19937_64 &rng)
{
    const quint64 cityDraw = rng();
    const CityEntry &city = pickCity(t, cityDraw);

    const quint64 rangeDraw = rng();
    const PostcodeRange &range = city.postcodes[std::size_t(rangeDraw % city.postcodes.size())];
    const quint64 numberDraw = rng();
    const int number = range.first + int(numberDraw % quint64(range.last - range.first + 1));
    Chars postcode;
    postcode.addNumber(number, 4);
    if (community == Community::Dutch) {
        constexpr quint64 letterCount = sizeof(dutchPostcodeLetters) - 1;
        char first = 'S';
        char second = 'A';
        while (first == 'S' && (second == 'A' || second == 'D' || second == 'S')) { // not used
            const quint64 letters = rng();
            first = dutchPostcodeLetters[letters % letterCount];
            second = dutchPostcodeLetters[(letters / letterCount) % letterCount];
        }
        postcode.add(u' ');
        postcode.add(char16_t(first));
        postcode.add(char16_t(second));
    }

    // Mostly low house numbers, now and then a long road.
    const quint64 sizeDraw = rng() % 100;
    const quint64 houseDraw = rng();
    const int house = 1 + int(houseDraw % (sizeDraw < 60 ? 40 : sizeDraw < 90 ? 150 : 400));
    const quint64 suffixDraw = rng() % 100;
    const quint64 suffixValue = rng();
    Chars houseNumber;
    houseNumber.add(u' ');
    houseNumber.addNumber(house);
    switch (community) {
    case Community::Dutch:
        if (suffixDraw < 8)
            houseNumber.add(char16_t(u'A' + suffixValue % 4));
        else if (suffixDraw < 12) {
            houseNumber.add(u'-');
            houseNumber.addNumber(qint64(1 + suffixValue % 3));
        }
        break;
    case Community::Flemish:
        if (suffixDraw < 6) {
            houseNumber.add(u" bus ");
            houseNumber.addNumber(qint64(1 + suffixValue % 12));
        }
        break;
    case Community::Francophone:
        if (suffixDraw < 6) {
            houseNumber.add(u" bte ");
            houseNumber.addNumber(qint64(1 + suffixValue % 12));
        }
        break;
    case Community::Norwegian:
        if (suffixDraw < 10)
            houseNumber.add(char16_t(u'A' + suffixValue % 4));
        break;
    }

    const quint64 streetDraw = rng();
    c.street = t.streets[std::size_t(streetDraw % t.streets.size())] % houseNumber.view();
    c.postcode = postcode.toString();
    c.city = city.name;
    c.country = t.country;
    return city;
}

QString landline(const CityEntry &city, std::mt19937_64 &rng)
{
    Chars phone;
    phone.add(city.dialPrefix);
    const quint64 firstDraw = rng();
    phone.add(city.firstDigits.at(qsizetype(firstDraw % quint64(city.firstDigits.size()))).unicode());
    quint64 digits = rng();
    phone.add(char16_t(u'2' + digits % 8)); // subscriber numbers do not start 0x or 1x
    digits /= 8;
    for (int i = 2; i < city.subscriberDigits; ++i) {
        phone.add(char16_t(u'0' + digits % 10));
        digits /= 10;
    }
    return phone.toString();
}

QString mobile(Community community, std::mt19937_64 &rng)
{
    Chars phone;
    quint64 digits = rng();
    int rest = 7;
    switch (community) {
    case Community::Dutch: // 06-1 … 06-5
        phone.add(u"+316");
        phone.add(char16_t(u'1' + digits % 5));
        digits /= 5;
        break;
    case Community::Flemish:
    case Community::Francophone: // 047x, 048x, 049x
        phone.add(u"+324");
        phone.add(char16_t(u'7' + digits % 3));
        digits /= 3;
        break;
    case Community::Norwegian: // 4x or 9x
        if (digits % 100 < 40) {
            digits /= 100;
            phone.add(u"+474");
            phone.add(QStringView(u"015678").at(qsizetype(digits % 6)).unicode());
            digits /= 6;
            rest = 6;
        } else {
            digits /= 100;
            phone.add(u"+479");
        }
        break;
    }
    for (int i = 0; i < rest; ++i) {
        phone.add(char16_t(u'0' + digits % 10));
        digits /= 10;
    }
    return phone.toString();
}

// A legal form picked by percentage: {percent, form}, the rest gets none.
struct Form
{
    int percent;
    const char *text;
};

QLatin1String pickForm(std::initializer_list<Form> forms, quint64 r)
{
    int below = 0;
    for (const Form &f : forms) {
        below += f.percent;
        if (r % 100 < quint64(below))
            return QLatin1String(f.text);
    }
    return {};
}

} // namespace

DemoSource::DemoSource(quint64 seed, qint64 count)
    : m_rng(seed)
    , m_count(std::max<qint64>(count, 0))
{
    static_assert(std::tuple_size_v<decltype(m_organisationsByCommunity)> == CommunityCount);
    const auto expectedOrganisations = std::size_t(std::min<qint64>(m_count / 8 + 16, 1 << 22));
    m_organisations.reserve(expectedOrganisations);
    m_domainUses.reserve(expectedOrganisations);
}

QList<DemoOwner> DemoSource::owners()
{
    static const QList<DemoOwner> list = [] {
        QList<DemoOwner> l;
        for (const RawOwner &raw : rawOwners) {
            const QString name = QString::fromUtf16(raw.name);
            const qsizetype space = name.indexOf(QLatin1Char(' '));
            const QString local = foldForEmail(QStringView(name).left(space)) + QLatin1Char('.')
                + foldForEmail(QStringView(name).mid(space + 1));
            l.append({name, local + QStringLiteral("@relatio-demo.example"), raw.community, raw.weight});
        }
        return l;
    }();
    return list;
}

QDate DemoSource::referenceDate()
{
    return referenceDateUtc;
}

QStringList DemoSource::tags()
{
    static const QStringList list = [] {
        QStringList l;
        for (const char *t : rawTags)
            l.append(QLatin1String(t));
        return l;
    }();
    return list;
}

bool DemoSource::next(DemoRecord &out)
{
    if (m_produced >= m_count)
        return false;

    out.customer = Customer{};
    out.organisationIndex = -1;
    out.community = Community::Dutch;
    out.ownerIndex = -1;
    out.tagIndexes.clear();

    // The first record is an organisation so that persons have one to belong to from the start.
    const bool organisation = m_produced == 0 || chance(organisationPercent);
    const int community = pickCommunity();
    if (organisation)
        makeOrganisation(out, community);
    else
        makePerson(out, community);

    out.community = Community(community);
    fillTimes(out.customer);
    fillTags(out, organisation);
    out.ownerIndex = pickOwner(community);
    if (chance(20)) {
        const std::span<const QString> notes = noteTemplates();
        out.customer.notes = notes[draw(notes.size())];
    }
    ++m_produced;
    return true;
}

int DemoSource::pickCommunity()
{
    // NL 50 %, BE 25 % (two thirds Dutch-speaking), NO 25 %.
    const quint64 r = draw(100);
    if (r < 50)
        return int(Community::Dutch);
    if (r < 66)
        return int(Community::Flemish);
    if (r < 75)
        return int(Community::Francophone);
    return int(Community::Norwegian);
}

void DemoSource::makeOrganisation(DemoRecord &out, int communityIndex)
{
    const Community community = Community(communityIndex);
    const CommunityTables &t = communityTables(community);
    Customer &c = out.customer;
    c.kind = CustomerKind::Organisation;
    const CityEntry &city = fillAddress(c, t, community, m_rng);

    const quint64 pattern = draw(100);
    const quint64 formDraw = draw(100);
    const NameEntry &family = t.familyNames[pickSkewed(m_rng, t.familyNames.size())];
    const NameEntry &partner = t.familyNames[draw(t.familyNames.size())];
    const QString &before = t.tradesBefore[draw(t.tradesBefore.size())];
    const QString &after = t.tradesAfter[draw(t.tradesAfter.size())];
    const QString &association = t.associations[draw(t.associations.size())];
    const QString &associationName = t.associationNames[draw(t.associationNames.size())];
    const QLatin1Char space(' ');
    const QLatin1String ampersand(" & ");
    const QLatin1Char dot('.');

    QString base; // the name without legal form; the e-mail domain is made from it
    QLatin1String form;
    bool namedAfterCity = false;
    switch (community) {
    case Community::Dutch:
        if (pattern < 30) {
            base = before % space % family.standalone;
            form = pickForm({{25, " V.O.F."}, {15, " B.V."}}, formDraw);
        } else if (pattern < 55) {
            base = family.standalone % space % after;
            form = pickForm({{85, " B.V."}, {5, " N.V."}}, formDraw);
        } else if (pattern < 70) { // "A.J. de Vries Transport B.V."
            const quint64 initials = draw(quint64(initialLetters.size()) * initialLetters.size());
            const QChar first = initialLetters.at(qsizetype(initials % initialLetters.size()));
            const QChar second = initialLetters.at(qsizetype(initials / initialLetters.size()));
            base = formDraw < 40 ? QString(first % dot % space % family.text % space % after)
                                 : QString(first % dot % second % dot % space % family.text % space % after);
            form = QLatin1String(" B.V.");
        } else if (pattern < 80) {
            base = family.standalone % ampersand % partner.standalone;
            form = pickForm({{70, " V.O.F."}, {20, " B.V."}}, formDraw);
        } else if (pattern < 90) {
            base = formDraw < 50 ? QString(family.standalone % QLatin1String(" & Zn."))
                                 : QString(QLatin1String("Gebr. ") % family.standalone);
            form = QLatin1String(" B.V.");
        } else if (pattern < 97) {
            base = association % space % associationName;
        } else {
            base = family.standalone % QLatin1String(" Groep");
            form = QLatin1String(" N.V.");
        }
        break;
    case Community::Flemish:
        if (pattern < 30) {
            base = before % space % family.standalone;
            form = pickForm({{35, " BV"}, {15, " BVBA"}}, formDraw);
        } else if (pattern < 65) {
            base = family.standalone % space % after;
            form = pickForm({{55, " BV"}, {25, " NV"}, {20, " BVBA"}}, formDraw);
        } else if (pattern < 80) {
            base = family.standalone % QLatin1String(" & Zonen");
            form = pickForm({{60, " BVBA"}, {40, " BV"}}, formDraw);
        } else if (pattern < 90) {
            base = QLatin1String("Gebroeders ") % family.standalone;
            form = QLatin1String(" NV");
        } else {
            base = association % space % associationName;
            form = QLatin1String(" VZW");
        }
        break;
    case Community::Francophone:
        if (pattern < 30) {
            base = before % space % family.standalone;
            form = pickForm({{35, " SRL"}, {15, " SPRL"}}, formDraw);
        } else if (pattern < 65) {
            base = family.standalone % space % after;
            form = pickForm({{50, " SRL"}, {35, " SA"}, {15, " SPRL"}}, formDraw);
        } else if (pattern < 80) {
            base = family.standalone % QLatin1String(" & Fils");
            form = pickForm({{50, " SPRL"}, {50, " SRL"}}, formDraw);
        } else if (pattern < 90) {
            base = QString::fromUtf16(u"Établissements ") % family.standalone;
            form = QLatin1String(" SA");
        } else {
            base = association % space % associationName;
            form = QLatin1String(" ASBL");
        }
        break;
    case Community::Norwegian:
        if (pattern < 55) {
            base = family.standalone % space % after;
            form = pickForm({{85, " AS"}, {3, " ASA"}, {12, " ENK"}}, formDraw);
        } else if (pattern < 70) {
            base = city.name % space % after;
            form = QLatin1String(" AS");
            namedAfterCity = true;
        } else if (pattern < 80) {
            base = before % space % family.standalone;
            form = pickForm({{70, " AS"}, {30, " ENK"}}, formDraw);
        } else if (pattern < 88) {
            base = family.standalone % QString::fromUtf16(u" & Sønner");
            form = QLatin1String(" AS");
        } else if (pattern < 95) {
            base = family.standalone % ampersand % partner.standalone;
            form = QLatin1String(" AS");
        } else {
            base = associationName % space % association;
        }
        break;
    }

    // Real companies have their own domain. A name met before gets the town added, as firms do
    // ("Jansen Bouw Zwolle B.V."), and its domain a number if even that was taken.
    QString domainLabel = foldForDomain(base);
    int uses = ++m_domainUses[fingerprint(domainLabel)];
    if (uses > 1 && namedAfterCity) { // "Oslo Bygg AS" exists: become "Hansen Bygg AS"
        base = family.standalone % space % after;
        domainLabel = foldForDomain(base);
        uses = ++m_domainUses[fingerprint(domainLabel)];
    }
    if (uses > 1) {
        base = base % space % city.name;
        domainLabel = foldForDomain(base);
        uses = ++m_domainUses[fingerprint(domainLabel)];
    }
    if (uses > 1) {
        Chars n;
        n.add(u'-');
        n.addNumber(uses);
        domainLabel += n.view();
    }
    c.organisationName = form.isEmpty() ? base : QString(base % form);

    Organisation org;
    org.index = m_produced;
    org.community = communityIndex;
    org.city = int(&city - t.cities.data());
    org.street = c.street;
    org.postcode = c.postcode;
    org.domain = domainLabel % exampleSuffix();

    if (!chance(5)) {
        const QString &box = t.infoMailboxes[draw(t.infoMailboxes.size())];
        c.email = box % QLatin1Char('@') % org.domain;
        if (chance(20)) {
            const QString &alt = t.altMailboxes[draw(t.altMailboxes.size())];
            c.emailAlt = alt % QLatin1Char('@') % org.domain;
        }
    }
    c.phone = landline(city, m_rng);
    if (chance(15)) // sole traders give their own mobile
        c.mobile = mobile(community, m_rng);
    c.language = chance(2) ? QStringLiteral("en") : t.language;

    m_organisationsByCommunity[std::size_t(communityIndex)].push_back(int(m_organisations.size()));
    m_organisations.push_back(std::move(org));
}

const DemoSource::Organisation *DemoSource::pickOrganisation(int community)
{
    const std::vector<int> &own = m_organisationsByCommunity[std::size_t(community)];
    const std::vector<int> *sibling = nullptr; // the other language side of Belgium: same country
    if (community == int(Community::Flemish))
        sibling = &m_organisationsByCommunity[std::size_t(Community::Francophone)];
    else if (community == int(Community::Francophone))
        sibling = &m_organisationsByCommunity[std::size_t(Community::Flemish)];

    const quint64 where = draw(100);
    if (where >= 97 && !m_organisations.empty()) { // now and then someone works abroad
        const quint64 any = draw(m_organisations.size());
        return &m_organisations[std::size_t(any)];
    }
    const std::vector<int> *list = &own;
    if (sibling && (own.empty() || where >= 85))
        list = sibling->empty() ? &own : sibling;
    if (list->empty()) // early in the stream there may be none in this country yet
        return nullptr;

    const std::size_t n = list->size();
    const std::size_t window = std::min<std::size_t>(n, recentOrganisations);
    const bool recent = !chance(25);
    const std::size_t offset = recent ? n - window + std::size_t(draw(window)) : std::size_t(draw(n));
    return &m_organisations[std::size_t((*list)[offset])];
}

void DemoSource::makePerson(DemoRecord &out, int communityIndex)
{
    const Community community = Community(communityIndex);
    const CommunityTables &t = communityTables(community);
    Customer &c = out.customer;
    c.kind = CustomerKind::Person;

    const Organisation *org = chance(memberPercent) ? pickOrganisation(communityIndex) : nullptr;
    const NameEntry &given = t.givenNames[pickSkewed(m_rng, t.givenNames.size())];
    const NameEntry &family = t.familyNames[pickSkewed(m_rng, t.familyNames.size())];
    c.givenName = given.text;
    c.familyName = family.text;

    // Half of the members are known by their work address, the others by their home; someone
    // who works abroad keeps a home address.
    const CommunityTables &ot = communityTables(Community(org ? org->community : communityIndex));
    const CityEntry *city = nullptr;
    if (org && ot.country == t.country && chance(50)) {
        city = &ot.cities[std::size_t(org->city)];
        c.street = org->street;
        c.postcode = org->postcode;
        c.city = city->name;
        c.country = ot.country;
    } else {
        city = &fillAddress(c, t, community, m_rng);
    }
    if (org)
        out.organisationIndex = org->index;

    if (!chance(8)) {
        const QLatin1Char dot('.');
        const QLatin1Char at('@');
        // A personal address at one of the made-up providers, other than avoidProvider.
        auto personal = [&](qsizetype avoidProvider, qsizetype *usedProvider) -> QString {
            const quint64 shape = draw(100);
            const quint64 suffix = draw(100);
            const quint64 number = draw(100);
            const qsizetype providerCount = providerNames().size();
            qsizetype provider = qsizetype(draw(quint64(providerCount)));
            if (provider == avoidProvider)
                provider = (provider + 1) % providerCount;
            if (usedProvider)
                *usedProvider = provider;
            QString local;
            if (shape < 50)
                local = given.folded % dot % family.folded;
            else if (shape < 62)
                local = given.folded % family.folded;
            else if (shape < 75)
                local = given.folded.front() % dot % family.folded;
            else
                local = family.folded % dot % given.folded;
            Chars digits;
            if (suffix < 35)
                digits.addNumber(qint64(10 + number % 90));
            else if (suffix < 45)
                digits.addNumber(qint64(1955 + number % 50)); // a year of birth
            return local % digits.view() % at % providerNames()[provider];
        };
        if (org) {
            const quint64 shape = draw(100);
            if (shape < 80)
                c.email = given.folded % dot % family.folded % at % org->domain;
            else if (shape < 92)
                c.email = given.folded.front() % dot % family.folded % at % org->domain;
            else
                c.email = given.folded % at % org->domain;
            if (chance(15))
                c.emailAlt = personal(-1, nullptr);
        } else {
            qsizetype provider = -1;
            c.email = personal(-1, &provider);
            if (chance(15))
                c.emailAlt = personal(provider, nullptr);
        }
    }

    if (chance(85))
        c.mobile = mobile(community, m_rng);
    if (chance(50))
        c.phone = landline(*city, m_rng);
    c.language = chance(3) ? QStringLiteral("en") : t.language;
}

qint64 DemoSource::mostlyWorkingDay(qint64 day, qint64 lastDay)
{
    // A weekend day moves to a weekday of the same week, bar a few weekend workers.
    const qint64 weekday = (firstDay + day + 3) % 7; // 0 = Monday; 1970-01-01 was a Thursday
    if (weekday < 5 || chance(15))
        return day;
    const quint64 workday = draw(5);
    return std::clamp<qint64>(day - weekday + qint64(workday), 0, lastDay);
}

void DemoSource::fillTimes(Customer &c)
{
    // Spread over the three years in stream order, so that the database grows over time, and put
    // in during working hours on working days.
    const qint64 lastDay = referenceDay - firstDay - 1;
    const quint64 jitter = draw(quint64(lastDay + 1));
    qint64 day = std::min((m_produced * (lastDay + 1) + qint64(jitter)) / m_count, lastDay);
    day = mostlyWorkingDay(day, lastDay);
    constexpr qint64 workStart = 7 * 60 * 60; // 08:00 or 09:00 local time in all three countries
    constexpr qint64 workHours = 10 * 60 * 60;
    const quint64 timeOfDay = draw(workHours);
    const qint64 created = (firstDay + day) * secondsPerDay + workStart + qint64(timeOfDay);
    qint64 updated = created;
    if (!chance(45)) { // edited later, before the reference moment
        const quint64 editOffset = draw(quint64(lastDay - day + 1));
        const qint64 editDay = mostlyWorkingDay(day + qint64(editOffset), lastDay);
        const quint64 editTime = draw(workHours);
        updated = std::max((firstDay + editDay) * secondsPerDay + workStart + qint64(editTime), created);
    }
    c.createdAt = QDateTime::fromSecsSinceEpoch(created, Qt::UTC);
    c.updatedAt = QDateTime::fromSecsSinceEpoch(updated, Qt::UTC);
}

void DemoSource::fillTags(DemoRecord &out, bool organisation)
{
    const quint64 status = draw(100);
    if (organisation ? status < 45 : status < 36)
        out.tagIndexes.append(CustomerTag);
    else if (organisation ? status < 70 : status < 58)
        out.tagIndexes.append(ProspectTag);
    else if (organisation ? status < 80 : status < 74)
        out.tagIndexes.append(LeadTag);

    const quint64 extrasDraw = draw(100);
    const int extras = extrasDraw < 55 ? 0 : extrasDraw < 88 ? 1 : 2;
    const int *weights = organisation ? organisationExtraWeights : personExtraWeights;
    int total = 0;
    for (int i = 0; i < int(std::size(rawTags)); ++i)
        total += weights[i];
    for (int added = 0; added < extras;) {
        int r = int(draw(quint64(total)));
        int tag = 0;
        while (r >= weights[tag])
            r -= weights[tag++];
        if (!out.tagIndexes.contains(tag)) {
            out.tagIndexes.append(tag);
            ++added;
        }
    }
    std::sort(out.tagIndexes.begin(), out.tagIndexes.end());
}

int DemoSource::pickOwner(int community)
{
    // Mostly someone from the customer's own team; now and then anyone, as happens.
    const bool ownTeam = !chance(12);
    int total = 0;
    for (const RawOwner &o : rawOwners)
        if (!ownTeam || int(o.community) == community)
            total += o.weight;
    int r = int(draw(quint64(total)));
    for (int i = 0; i < ownerCount; ++i) {
        if (ownTeam && int(rawOwners[i].community) != community)
            continue;
        if (r < rawOwners[i].weight)
            return i;
        r -= rawOwners[i].weight;
    }
    return 0;
}

} // namespace relatio::demo
