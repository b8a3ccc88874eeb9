// The canonical customer file: its columns and header names, how headers from other programs map
// onto them (English, Dutch, Norwegian), and how cell text is made safe for spreadsheets.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relatio::csv {

// The columns of a customer file, in the canonical order. FullName is only read: a "Name" column
// split into given and family name when the file has no separate ones.
enum class CustomerColumn {
    Id,             // Relatio's uuid of the record
    ExternalId,     // the id in another system
    Kind,           // person | organisation
    GivenName,
    FamilyName,
    Organisation,   // an organisation's name, or the name of the organisation a person belongs to
    OrganisationId, // a person's organisation by its uuid (wins over the name when both are given)
    Email,
    EmailAlt,
    Phone,
    Mobile,
    Street,
    Postcode,
    City,
    Country,
    Language,
    Owner,          // the responsible sales person, by name
    Tags,           // separated by ';'
    Notes,
    CreatedAt,      // ISO 8601 in UTC
    UpdatedAt,
    FullName,
};

// Every column of the canonical file, in order (FullName is not one of them).
const QList<CustomerColumn> &canonicalColumns();
// Every column a file column can be mapped to, for choosers.
const QList<CustomerColumn> &importableColumns();

// The canonical header name: "id", "external_id", "given_name", …
QString headerName(CustomerColumn column);

class CustomerCsv
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCsv)

public:
    // The column's name for people, translated ("Given name", "Voornaam", "Fornavn").
    static QString label(CustomerColumn column);

    // The column a header probably means, from its name in English, Dutch or Norwegian (case,
    // accents, spaces, dashes and underscores ignored): "Achternaam", "etternavn", "Last name" all
    // give FamilyName. std::nullopt when it does not look like any.
    static std::optional<CustomerColumn> guessColumn(const QString &header);
    // A mapping for a whole header row: each file column to at most one customer column and no
    // customer column twice (the first header that claims it wins).
    static QList<std::optional<CustomerColumn>> guessMapping(const QStringList &headers);

    // Cell text a spreadsheet would run as a formula (starting with = + - @ TAB or CR) gets a
    // leading apostrophe, as OWASP recommends. Text that already starts with apostrophes before
    // such a character gets one more, so that unneutralise() gives back exactly what was written.
    static QString neutralise(const QString &text);
    static QString unneutralise(const QString &text);
    static bool needsNeutralising(QStringView text);
    // = + - @ TAB CR: what makes a spreadsheet read a cell as a formula when it starts with it.
    static bool isFormulaStart(char16_t c)
    {
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }

    // "person"/"organisation" in English, Dutch or Norwegian (also "company", "bedrijf", "firma").
    static std::optional<bool> parseIsOrganisation(const QString &text);
    // ISO 8601 (2024-03-01, 2024-03-01T09:30:00Z, 2024-03-01 09:30) or day-first dates as written in
    // the Netherlands, Belgium and Norway (1-3-2024, 01.03.2024). Times without a zone are local.
    static Result<QDateTime> parseTime(const QString &text);
    static QStringList splitTags(const QString &text);
};

} // namespace relatio::csv
