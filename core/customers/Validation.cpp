// Customer validation rules.
#include "customers/Validation.h"

#include "customers/PhoneNumbers.h"

#include <QRegularExpression>

namespace relatio {

QString ValidationResult::messageFor(CustomerField field) const
{
    QStringList messages;
    for (const FieldIssue &issue : issues)
        if (issue.field == field)
            messages.append(issue.message);
    return messages.join(QLatin1Char('\n'));
}

QString ValidationResult::summary() const
{
    QStringList messages;
    for (const FieldIssue &issue : issues)
        messages.append(issue.message);
    return messages.join(QLatin1Char('\n'));
}

bool CustomerValidator::isValidEmail(const QString &email)
{
    // Pragmatic RFC 5321 subset: dot-atom local part, a domain of LDH labels with a dot.
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z0-9\\x{00C0}-\\x{FFFF}!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9\\x{00C0}-\\x{FFFF}!#$%&'*+/=?^_`{|}~-]+)*"
        "@([A-Za-z0-9\\x{00C0}-\\x{FFFF}]([A-Za-z0-9\\x{00C0}-\\x{FFFF}-]{0,61}[A-Za-z0-9\\x{00C0}-\\x{FFFF}])?\\.)+"
        "[A-Za-z\\x{00C0}-\\x{FFFF}]{2,63}$"));
    return email.size() <= 254 && email.indexOf(QLatin1Char('@')) <= 64 && pattern.match(email).hasMatch();
}

std::optional<QString> CustomerValidator::normalisePostcode(const QString &postcode, const QString &country)
{
    const QString p = postcode.simplified();
    if (p.isEmpty())
        return p;
    if (country == QLatin1String("NL")) {
        static const QRegularExpression nl(QStringLiteral("^([1-9][0-9]{3}) ?([A-Za-z]{2})$"));
        const auto m = nl.match(p);
        if (!m.hasMatch())
            return std::nullopt;
        return m.captured(1) + QLatin1Char(' ') + m.captured(2).toUpper();
    }
    if (country == QLatin1String("BE") || country == QLatin1String("NO")) {
        static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
        if (!fourDigits.match(p).hasMatch())
            return std::nullopt;
        return p;
    }
    return p;
}

ValidationResult CustomerValidator::validate(const Customer &input)
{
    ValidationResult result;
    Customer &c = result.normalised;
    c = input;
    c.givenName = input.givenName.simplified();
    c.familyName = input.familyName.simplified();
    c.organisationName = input.organisationName.simplified();
    c.email = input.email.trimmed();
    c.emailAlt = input.emailAlt.trimmed();
    c.street = input.street.simplified();
    c.city = input.city.simplified();
    c.country = input.country.trimmed().toUpper();
    c.language = input.language.trimmed().toLower();
    c.notes = input.notes.trimmed();
    c.externalId = input.externalId.trimmed();
    QStringList tags;
    for (const QString &tag : input.tags) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !tags.contains(t, Qt::CaseInsensitive))
            tags.append(t);
    }
    c.tags = tags;

    auto issue = [&result](CustomerField field, const QString &message) {
        result.issues.append(FieldIssue{field, message});
    };

    if (c.kind == CustomerKind::Person) {
        c.organisationName.clear();
        if (c.givenName.isEmpty() && c.familyName.isEmpty())
            issue(CustomerField::FamilyName, tr("Enter a name: a given name, a family name or both."));
    } else {
        c.givenName.clear();
        c.familyName.clear();
        c.organisationId = 0;
        if (c.organisationName.isEmpty())
            issue(CustomerField::OrganisationName, tr("Enter the organisation's name."));
    }

    if (!c.email.isEmpty() && !isValidEmail(c.email))
        issue(CustomerField::Email, tr("\"%1\" is not a valid e-mail address (expected name@example.com).").arg(c.email));
    if (!c.emailAlt.isEmpty() && !isValidEmail(c.emailAlt))
        issue(CustomerField::EmailAlt, tr("\"%1\" is not a valid e-mail address (expected name@example.com).").arg(c.emailAlt));

    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    if (!c.country.isEmpty() && !countryCode.match(c.country).hasMatch())
        issue(CustomerField::Country, tr("Choose a country from the list."));

    const QString region = c.country.isEmpty() ? QStringLiteral("NL") : c.country;
    if (auto phone = PhoneNumbers::toE164(input.phone, region))
        c.phone = *phone;
    else
        issue(CustomerField::Phone, phone.error().message);
    if (auto mobile = PhoneNumbers::toE164(input.mobile, region))
        c.mobile = *mobile;
    else
        issue(CustomerField::Mobile, mobile.error().message);

    if (auto postcode = normalisePostcode(input.postcode, c.country))
        c.postcode = *postcode;
    else if (c.country == QLatin1String("NL"))
        issue(CustomerField::Postcode, tr("A Dutch postcode has four digits and two letters, like 1012 AB."));
    else
        issue(CustomerField::Postcode, tr("A postcode in this country has four digits, like 0150."));

    return result;
}

} // namespace relatio
