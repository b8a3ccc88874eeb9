// The canonical customer file and header guessing.
#include "csv/CustomerCsv.h"

#include <QHash>
#include <QRegularExpression>

namespace relatio::csv {

namespace {

struct ColumnName
{
    CustomerColumn column;
    QLatin1StringView header;
};

constexpr ColumnName kNames[] = {
    {CustomerColumn::Id, QLatin1StringView("id")},
    {CustomerColumn::ExternalId, QLatin1StringView("external_id")},
    {CustomerColumn::Kind, QLatin1StringView("kind")},
    {CustomerColumn::GivenName, QLatin1StringView("given_name")},
    {CustomerColumn::FamilyName, QLatin1StringView("family_name")},
    {CustomerColumn::Organisation, QLatin1StringView("organisation")},
    {CustomerColumn::OrganisationId, QLatin1StringView("organisation_id")},
    {CustomerColumn::Email, QLatin1StringView("email")},
    {CustomerColumn::EmailAlt, QLatin1StringView("email_alt")},
    {CustomerColumn::Phone, QLatin1StringView("phone")},
    {CustomerColumn::Mobile, QLatin1StringView("mobile")},
    {CustomerColumn::Street, QLatin1StringView("street")},
    {CustomerColumn::Postcode, QLatin1StringView("postcode")},
    {CustomerColumn::City, QLatin1StringView("city")},
    {CustomerColumn::Country, QLatin1StringView("country")},
    {CustomerColumn::Language, QLatin1StringView("language")},
    {CustomerColumn::Owner, QLatin1StringView("owner")},
    {CustomerColumn::Tags, QLatin1StringView("tags")},
    {CustomerColumn::Notes, QLatin1StringView("notes")},
    {CustomerColumn::CreatedAt, QLatin1StringView("created_at")},
    {CustomerColumn::UpdatedAt, QLatin1StringView("updated_at")},
    {CustomerColumn::FullName, QLatin1StringView("name")},
};

// Header words people use, folded by foldHeader(): English, Dutch, Norwegian, and what common
// CRMs and address books export.
const QHash<QString, CustomerColumn> &synonyms()
{
    static const QHash<QString, CustomerColumn> map = [] {
        QHash<QString, CustomerColumn> m;
        auto add = [&m](CustomerColumn column, std::initializer_list<const char *> words) {
            for (const char *w : words)
                m.insert(QString::fromUtf8(w), column);
        };
        add(CustomerColumn::Id, {"id", "uuid", "relatioid"});
        add(CustomerColumn::ExternalId,
            {"externalid", "extid", "externalreference", "customernumber", "customerno", "customerid", "accountnumber",
             "accountid", "clientnumber", "klantnummer", "klantnr", "klantid", "klantcode", "debiteurnummer",
             "debiteurnr", "relatienummer", "relatienr", "kundenummer", "kundenr", "kundeid", "reskontronummer"});
        add(CustomerColumn::Kind,
            {"kind", "type", "recordtype", "customertype", "soort", "klanttype", "relatietype", "kundetype"});
        add(CustomerColumn::GivenName,
            {"givenname", "firstname", "first", "forename", "voornaam", "roepnaam", "voornamen", "fornavn"});
        add(CustomerColumn::FamilyName,
            {"familyname", "lastname", "last", "surname", "achternaam", "familienaam", "geslachtsnaam", "etternavn",
             "slektsnavn"});
        add(CustomerColumn::Organisation,
            {"organisation", "organization", "organisationname", "organizationname", "company", "companyname",
             "account", "accountname", "business", "bedrijf", "bedrijfsnaam", "organisatie", "onderneming", "firma",
             "firmanaam", "firmanavn", "bedrift", "organisasjon", "selskap", "virksomhet"});
        add(CustomerColumn::OrganisationId,
            {"organisationid", "organizationid", "organisatieid", "organisasjonsid"});
        add(CustomerColumn::Email,
            {"email", "emailaddress", "mail", "mailaddress", "emailadres", "mailadres", "epost", "epostadresse",
             "email1", "primaryemail"});
        add(CustomerColumn::EmailAlt,
            {"emailalt", "email2", "otheremail", "secondaryemail", "alternativeemail", "emailadres2", "tweedeemail",
             "epost2", "alternativepost"});
        add(CustomerColumn::Phone,
            {"phone", "telephone", "tel", "phonenumber", "telephonenumber", "businessphone", "workphone",
             "telefoon", "telefoonnummer", "telnr", "telefon", "telefonnummer", "telefonnr"});
        add(CustomerColumn::Mobile,
            {"mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "mobiel", "mobielnummer", "mobieletelefoon",
             "gsm", "mobil", "mobiltelefon", "mobilnummer"});
        add(CustomerColumn::Street,
            {"street", "streetaddress", "address", "address1", "addressline1", "straat", "adres", "straatenhuisnummer",
             "gate", "adresse", "gateadresse", "postadresse"});
        add(CustomerColumn::Postcode,
            {"postcode", "postalcode", "zip", "zipcode", "postnummer", "postnr"});
        add(CustomerColumn::City,
            {"city", "town", "place", "locality", "woonplaats", "plaats", "stad", "gemeente", "vestigingsplaats",
             "sted", "poststed", "by"});
        add(CustomerColumn::Country, {"country", "countrycode", "land", "landcode", "landkode"});
        add(CustomerColumn::Language,
            {"language", "preferredlanguage", "lang", "locale", "taal", "voorkeurstaal", "sprak", "malform"});
        add(CustomerColumn::Owner,
            {"owner", "accountmanager", "accountowner", "salesperson", "salesrep", "eigenaar", "verantwoordelijke",
             "accountbeheerder", "vertegenwoordiger", "eier", "ansvarlig", "selger", "kundeansvarlig"});
        add(CustomerColumn::Tags,
            {"tags", "tag", "labels", "label", "categories", "etiketten", "trefwoorden", "stikkord", "emneknagger",
             "etiketter"});
        add(CustomerColumn::Notes,
            {"notes", "note", "comments", "comment", "remarks", "description", "notities", "notitie", "opmerkingen",
             "opmerking", "notater", "notat", "kommentar", "kommentarer", "merknader", "merknad"});
        add(CustomerColumn::CreatedAt,
            {"createdat", "created", "createdon", "datecreated", "creationdate", "aangemaakt", "aangemaaktop",
             "aanmaakdatum", "opprettet", "opprettetdato"});
        add(CustomerColumn::UpdatedAt,
            {"updatedat", "updated", "modified", "lastmodified", "modifiedon", "gewijzigd", "gewijzigdop",
             "bijgewerkt", "laatstgewijzigd", "endret", "sistendret", "oppdatert"});
        add(CustomerColumn::FullName,
            {"name", "fullname", "contactname", "contact", "naam", "volledigenaam", "contactpersoon", "navn",
             "fulltnavn", "kontaktperson"});
        return m;
    }();
    return map;
}

// "E-mailadres " → "emailadres", "Språk" → "sprak", "Given_Name" → "givenname".
QString foldHeader(const QString &header)
{
    const QString decomposed = header.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.isLetterOrNumber() && ch.category() != QChar::Mark_NonSpacing)
            out.append(ch.toLower());
    }
    return out;
}

// Text that starts with apostrophes followed by a formula character ("''=1"); the apostrophes
// may be none.
bool apostrophesThenTrigger(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\''))
        ++i;
    return i < text.size() && CustomerCsv::isFormulaStart(text[i].unicode());
}

} // namespace

const QList<CustomerColumn> &canonicalColumns()
{
    static const QList<CustomerColumn> columns = [] {
        QList<CustomerColumn> list;
        for (const ColumnName &n : kNames)
            if (n.column != CustomerColumn::FullName)
                list.append(n.column);
        return list;
    }();
    return columns;
}

const QList<CustomerColumn> &importableColumns()
{
    static const QList<CustomerColumn> columns = [] {
        QList<CustomerColumn> list = canonicalColumns();
        list.insert(list.indexOf(CustomerColumn::GivenName), CustomerColumn::FullName);
        return list;
    }();
    return columns;
}

QString headerName(CustomerColumn column)
{
    for (const ColumnName &n : kNames)
        if (n.column == column)
            return n.header;
    return {};
}

QString CustomerCsv::label(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::Id: return tr("Relatio id");
    case CustomerColumn::ExternalId: return tr("External id");
    case CustomerColumn::Kind: return tr("Person or organisation");
    case CustomerColumn::GivenName: return tr("Given name");
    case CustomerColumn::FamilyName: return tr("Family name");
    case CustomerColumn::Organisation: return tr("Organisation");
    case CustomerColumn::OrganisationId: return tr("Organisation's Relatio id");
    case CustomerColumn::Email: return tr("E-mail");
    case CustomerColumn::EmailAlt: return tr("Other e-mail");
    case CustomerColumn::Phone: return tr("Phone");
    case CustomerColumn::Mobile: return tr("Mobile");
    case CustomerColumn::Street: return tr("Street and number");
    case CustomerColumn::Postcode: return tr("Postcode");
    case CustomerColumn::City: return tr("City");
    case CustomerColumn::Country: return tr("Country");
    case CustomerColumn::Language: return tr("Language");
    case CustomerColumn::Owner: return tr("Owner");
    case CustomerColumn::Tags: return tr("Tags");
    case CustomerColumn::Notes: return tr("Notes");
    case CustomerColumn::CreatedAt: return tr("Created");
    case CustomerColumn::UpdatedAt: return tr("Updated");
    case CustomerColumn::FullName: return tr("Full name (split into given and family name)");
    }
    return {};
}

std::optional<CustomerColumn> CustomerCsv::guessColumn(const QString &header)
{
    const QString folded = foldHeader(header);
    if (folded.isEmpty())
        return std::nullopt;
    const auto &map = synonyms();
    const auto it = map.constFind(folded);
    if (it != map.constEnd())
        return *it;
    return std::nullopt;
}

QList<std::optional<CustomerColumn>> CustomerCsv::guessMapping(const QStringList &headers)
{
    QList<std::optional<CustomerColumn>> mapping;
    QList<CustomerColumn> taken;
    for (const QString &header : headers) {
        auto column = guessColumn(header);
        if (column && taken.contains(*column))
            column.reset();
        if (column)
            taken.append(*column);
        mapping.append(column);
    }
    return mapping;
}

bool CustomerCsv::needsNeutralising(QStringView text)
{
    return apostrophesThenTrigger(text);
}

QString CustomerCsv::neutralise(const QString &text)
{
    return needsNeutralising(text) ? QLatin1Char('\'') + text : text;
}

QString CustomerCsv::unneutralise(const QString &text)
{
    if (text.startsWith(QLatin1Char('\'')) && apostrophesThenTrigger(QStringView(text).mid(1)))
        return text.mid(1);
    return text;
}

std::optional<bool> CustomerCsv::parseIsOrganisation(const QString &text)
{
    const QString folded = foldHeader(text);
    static const QStringList persons = {QStringLiteral("person"), QStringLiteral("persoon"), QStringLiteral("p"),
                                        QStringLiteral("individual"), QStringLiteral("contact"),
                                        QStringLiteral("privatperson"), QStringLiteral("particulier")};
    static const QStringList organisations = {
        QStringLiteral("organisation"), QStringLiteral("organization"), QStringLiteral("o"),
        QStringLiteral("company"), QStringLiteral("business"), QStringLiteral("organisatie"),
        QStringLiteral("bedrijf"), QStringLiteral("firma"), QStringLiteral("organisasjon"),
        QStringLiteral("bedrift"), QStringLiteral("selskap"), QStringLiteral("virksomhet")};
    if (persons.contains(folded))
        return false;
    if (organisations.contains(folded))
        return true;
    return std::nullopt;
}

Result<QDateTime> CustomerCsv::parseTime(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QDateTime();
    auto bad = [&] {
        return fail(Error::Code::Invalid,
                    tr("\"%1\" is not a date; write it as YYYY-MM-DD (2024-03-01), optionally with a time "
                       "(2024-03-01T09:30:00Z), or as day-month-year (1-3-2024 or 01.03.2024).")
                        .arg(text));
    };
    // Fast path: exactly what Relatio writes.
    if (text.size() == 24 && text[10] == QLatin1Char('T') && text[23] == QLatin1Char('Z')) {
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,3})\\d*)?)?"
        "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    static const QRegularExpression dayFirst(QStringLiteral(
        "^(\\d{1,2})[-.](\\d{1,2})[-.](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, msec = 0;
    QString zone;
    if (const auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
        const QString ms = m.captured(7);
        msec = ms.isEmpty() ? 0 : QString(ms + QStringLiteral("00")).left(3).toInt();
        zone = m.captured(8);
    } else if (const auto d = dayFirst.match(text); d.hasMatch()) {
        day = d.captured(1).toInt();
        month = d.captured(2).toInt();
        year = d.captured(3).toInt();
        hour = d.captured(4).toInt();
        minute = d.captured(5).toInt();
        second = d.captured(6).toInt();
    } else {
        return bad();
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return bad();
    if (zone.isEmpty())
        return QDateTime(date, time, Qt::LocalTime).toUTC();
    if (zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    QString digits = zone.mid(1);
    digits.remove(QLatin1Char(':'));
    const int offset = (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (zone[0] == QLatin1Char('-') ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

QStringList CustomerCsv::splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

} // namespace relatio::csv
