// Validation and normalisation of a customer before it is stored.
#pragma once

#include "customers/Customer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relatio {

enum class CustomerField {
    Kind, GivenName, FamilyName, OrganisationName, Organisation, Email, EmailAlt, Phone, Mobile,
    Street, Postcode, City, Country, Language, Owner, Tags, Notes, ExternalId,
};

struct FieldIssue
{
    CustomerField field;
    QString message;    // translated, for showing beside the field
};

struct ValidationResult
{
    Customer normalised;        // trimmed, phones in E.164, postcode and country in canonical form
    QList<FieldIssue> issues;   // empty = valid

    bool isValid() const { return issues.isEmpty(); }
    QString messageFor(CustomerField field) const;
    QString summary() const;    // all messages, one per line
};

class CustomerValidator
{
    Q_DECLARE_TR_FUNCTIONS(CustomerValidator)

public:
    static ValidationResult validate(const Customer &input);
    static bool isValidEmail(const QString &email);
    // Returns the postcode in its canonical form for the country ("1234ab" → "1234 AB" in NL), or
    // an empty string when it does not have that country's shape. Countries without a known
    // shape accept any text.
    static std::optional<QString> normalisePostcode(const QString &postcode, const QString &country);
};

} // namespace relatio
