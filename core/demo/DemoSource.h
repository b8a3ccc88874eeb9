// A deterministic stream of realistic demo customers for Dutch, Belgian and Norwegian sales teams.
#pragma once

#include "customers/Customer.h"
#include "demo/DemoNames.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <random>
#include <unordered_map>
#include <vector>

namespace relatio::demo {

struct DemoOwner
{
    QString name;
    QString email;
    Community team = Community::Dutch; // whose customers this person mostly owns and serves
    int weight = 1;                    // some sales people own more customers
};

struct DemoRecord
{
    // kind, names, e-mails, phones (E.164), address, country, language, notes and UTC times.
    // id, uuid, organisationId, ownerId, tags, organisationLabel and ownerName stay empty:
    // whoever stores the record resolves the indexes below into those.
    Customer customer;
    // For a person: the sequence number (0-based, over all records yielded) of an earlier
    // organisation record the person belongs to; -1 = none.
    qint64 organisationIndex = -1;
    Community community = Community::Dutch; // where the customer comes from and which team serves it
    int ownerIndex = -1;    // index into DemoSource::owners()
    QList<int> tagIndexes;  // indexes into DemoSource::tags(), ascending, no duplicates
};

// Yields count records, about one in ten an organisation, interleaved so that any prefix of the
// stream is consistent. The same seed and count give the same records on every machine: the only
// randomness is std::mt19937_64, mapped to ranges by plain integer arithmetic, and times are
// spread over the three years before a fixed reference date, never the clock.
// Touches no database and is not thread-safe; use one source per thread.
class DemoSource
{
public:
    DemoSource(quint64 seed, qint64 count);

    static QList<DemoOwner> owners();
    static QStringList tags();
    // All demo times lie before this day (UTC midnight); customers are created in the three years before it.
    static QDate referenceDate();

    // Fills out with the next record; false (and out untouched) once count records were yielded.
    bool next(DemoRecord &out);
    qint64 produced() const { return m_produced; }
    qint64 count() const { return m_count; }

private:
    // What a later person needs to know about an organisation it may belong to.
    struct Organisation
    {
        qint64 index = 0; // its sequence number in the stream
        int community = 0;
        int city = 0;
        QString street;
        QString postcode;
        QString domain; // "bakkerij-jansen.example"
    };

    quint64 draw(quint64 n) { return m_rng() % n; }
    bool chance(int percent) { return m_rng() % 100 < quint64(percent); }

    void makeOrganisation(DemoRecord &out, int community);
    void makePerson(DemoRecord &out, int community);
    void fillTimes(Customer &c);
    qint64 mostlyWorkingDay(qint64 day, qint64 lastDay);
    void fillTags(DemoRecord &out, bool organisation);
    int pickOwner(int community);
    int pickCommunity();
    const Organisation *pickOrganisation(int community);

    std::mt19937_64 m_rng;
    qint64 m_count = 0;
    qint64 m_produced = 0;
    std::vector<Organisation> m_organisations;
    std::array<std::vector<int>, 4> m_organisationsByCommunity; // per Community: positions in m_organisations
    std::unordered_map<quint64, int> m_domainUses; // fingerprint of a domain label → times used
};

} // namespace relatio::demo
