// The word lists behind the demo generator: names, streets, cities, trades and notes per community.
#pragma once

#include <QString>

#include <span>
#include <vector>

namespace relatio::demo {

// Who a demo record is drawn from: a country, and in Belgium also the language side.
enum class Community { Dutch, Flemish, Francophone, Norwegian };
inline constexpr int CommunityCount = 4;

struct NameEntry
{
    QString text;       // as written after a given name: "van der Berg"
    QString standalone; // as written alone, e.g. in a company name: "Van der Berg"
    QString folded;     // lower-case ASCII for e-mail addresses: "vanderberg"
};

struct PostcodeRange
{
    int first = 0;
    int last = 0;
};

struct CityEntry
{
    QString name;
    std::vector<PostcodeRange> postcodes; // numeric part of the postcode
    QString dialPrefix;                   // E.164 up to the subscriber number: "+3120"
    QString firstDigits;                  // the digits a subscriber number here may start with
    int subscriberDigits = 0;             // digits after dialPrefix
    int weight = 1;
};

struct CommunityTables
{
    QString country;  // ISO 3166-1 alpha-2
    QString language; // ISO 639-1
    std::vector<NameEntry> givenNames;  // most common first
    std::vector<NameEntry> familyNames; // most common first
    std::vector<QString> streets;
    std::vector<CityEntry> cities;
    std::vector<quint32> cityWeightSums; // running totals of CityEntry::weight, for weighted picks
    std::vector<QString> tradesBefore;   // "Bakkerij" in "Bakkerij Jansen"
    std::vector<QString> tradesAfter;    // "Installatietechniek" in "Van Dijk Installatietechniek B.V."
    std::vector<QString> associations;     // "Harmonie" in "Harmonie Sint-Cecilia VZW"
    std::vector<QString> associationNames; // "Sint-Cecilia" in the same
    std::vector<QString> infoMailboxes;  // an organisation's main address: info, post, contact
    std::vector<QString> altMailboxes;   // its second address: sales, facturen, faktura
};

// Built once on first use (thread-safe), then shared read-only.
const CommunityTables &communityTables(Community community);
std::span<const QString> noteTemplates();

// Lower-case ASCII for e-mail local parts: diacritics folded (ø→o, æ→ae, é→e), spaces and
// apostrophes dropped, hyphens kept. "Van 't Hof" → "vanthof", "Jean-Pierre" → "jean-pierre".
QString foldForEmail(QStringView text);
// Lower-case ASCII domain label: runs of anything but letters and digits become one hyphen.
// "Peeters & Zonen" → "peeters-zonen".
QString foldForDomain(QStringView text);

} // namespace relatio::demo
