// Personas: named descriptions of a kind of customer (needs, motives, preferred channels) and the
// rules that give each customer one, from their value segment, tags and country.
//
// The rule: rules are checked in ascending priority (1 before 2; equal priorities by the persona's
// place in the list, then by age), skipping rules of deleted personas. The first rule whose
// conditions all hold gives the customer its persona; a condition left empty always holds. The
// segment condition compares with customer_value.segment (1 … 10), 0 standing for a customer
// the value analysis has no row for (no purchases yet). No rule holds: no persona.
#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <optional>

namespace relatio {

struct Persona
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString description;
    QString needs;
    QString motives;
    QList<qint64> preferredChannels;    // channel ids, most preferred first
    int position = 0;                   // its place in the list (1 = first)
    bool deleted = false;
};

struct PersonaRule
{
    qint64 id = 0;
    QString uuid;
    qint64 personaId = 0;
    int priority = 0;
    std::optional<int> segment;   // 0 = no purchases yet, 1 … 10 = RfmSegment + 1; nullopt = any
    qint64 tagId = 0;             // 0 = any
    QString country;              // ISO code; empty = any
    // Filled when read, for display.
    QString tagName;
    int personaPosition = 0;
};

// What the rules look at for one customer.
struct PersonaFacts
{
    int segment = 0;
    QString country;
    QSet<qint64> tagIds;
};

class PersonaRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonaRepository)

public:
    explicit PersonaRepository(DatabasePtr db);

    // Personas in their order; deleted ones (at the end) only when asked.
    Result<QList<Persona>> personas(bool includeDeleted = false) const;
    Result<Persona> persona(qint64 id) const;
    // Adds at the end of the list; returns the id. Names are required and unique among live ones.
    Result<qint64> add(const Persona &persona);
    Result<void> update(const Persona &persona);
    // Tombstones the persona: its rules stop applying and price rules for it stop matching.
    Result<void> remove(qint64 id);
    Result<void> restore(qint64 id);
    // Moves a live persona to newPosition (0-based among the live ones).
    Result<void> move(qint64 id, int newPosition);

    // The live rules of live personas in the order they are checked; personaId 0 = all personas.
    Result<QList<PersonaRule>> rules(qint64 personaId = 0) const;
    Result<qint64> addRule(const PersonaRule &rule);
    Result<void> updateRule(const PersonaRule &rule);
    Result<void> removeRule(qint64 id);

    // The facts the rules look at for one customer.
    Result<PersonaFacts> factsFor(qint64 customerId) const;
    // The customer's persona by the rule at the top of this file; nullopt when no rule holds.
    Result<std::optional<Persona>> personaFor(qint64 customerId) const;
    // The persona id the first holding rule gives (0 = none); rules in checking order.
    static qint64 match(const QList<PersonaRule> &rules, const PersonaFacts &facts);

    // Live customers per persona id (key 0: customers no rule gives a persona). One pass over
    // the customers, their value rows and only the tags the rules name, in id order: about a
    // second at a million customers, so call it off the GUI thread. cancel may be null.
    Result<QHash<qint64, qint64>> customerCounts(const std::atomic_bool *cancel = nullptr) const;

private:
    Result<void> validate(const Persona &persona) const;
    Result<void> validateRule(const PersonaRule &rule) const;

    DatabasePtr m_db;
};

} // namespace relatio
