// The customer record as core and its callers see it.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace relatio {

enum class CustomerKind { Person, Organisation };

struct Customer
{
    qint64 id = 0;              // local row id; 0 = not stored yet
    QString uuid;               // identity across machines
    QString externalId;         // the id in another system (ERP, spreadsheet); empty if none
    CustomerKind kind = CustomerKind::Person;

    QString givenName;          // persons
    QString familyName;         // persons, including particles: "van der Berg"
    QString organisationName;   // organisations: their name
    qint64 organisationId = 0;  // persons: the organisation they belong to (0 = none)
    QString organisationLabel;  // persons: that organisation's name (read-only, derived)

    QString email;
    QString emailAlt;
    QString phone;              // E.164, e.g. +31201234567
    QString mobile;             // E.164

    QString street;
    QString postcode;
    QString city;
    QString country;            // ISO 3166-1 alpha-2, upper case: NL, BE, NO
    QString language;           // ISO 639-1: nl, nb, en, fr, de

    qint64 ownerId = 0;         // the responsible sales person (0 = none)
    QString ownerName;          // read-only, derived
    QStringList tags;
    QString notes;

    QDateTime createdAt;        // UTC
    QDateTime updatedAt;        // UTC
    QDateTime deletedAt;        // UTC; valid = tombstoned

    bool isPerson() const { return kind == CustomerKind::Person; }
    bool isDeleted() const { return deletedAt.isValid(); }

    // "Given Family" for persons, the organisation name for organisations.
    QString displayName() const
    {
        if (kind == CustomerKind::Organisation)
            return organisationName;
        if (givenName.isEmpty())
            return familyName;
        if (familyName.isEmpty())
            return givenName;
        return givenName + QLatin1Char(' ') + familyName;
    }

    // Equality of the editable content (not ids, timestamps or derived fields).
    bool sameContent(const Customer &o) const
    {
        return kind == o.kind && externalId == o.externalId && givenName == o.givenName && familyName == o.familyName
            && organisationName == o.organisationName && organisationId == o.organisationId
            && email == o.email && emailAlt == o.emailAlt && phone == o.phone && mobile == o.mobile
            && street == o.street && postcode == o.postcode && city == o.city && country == o.country
            && language == o.language && ownerId == o.ownerId && tags == o.tags && notes == o.notes;
    }
};

} // namespace relatio
