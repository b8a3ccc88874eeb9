// The reading half of an import: records to validated rows on the reader thread, and the preview of
// a file for the import wizard.
#include "csv/ImportRows.h"

#include "csv/TextDecoder.h"
#include "util/Stamps.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>

namespace relatio::csv {

// The column a validation issue belongs to.
CustomerColumn columnOfField(CustomerField field)
{
    switch (field) {
    case CustomerField::Kind: return CustomerColumn::Kind;
    case CustomerField::GivenName: return CustomerColumn::GivenName;
    case CustomerField::FamilyName: return CustomerColumn::FamilyName;
    case CustomerField::OrganisationName:
    case CustomerField::Organisation: return CustomerColumn::Organisation;
    case CustomerField::Email: return CustomerColumn::Email;
    case CustomerField::EmailAlt: return CustomerColumn::EmailAlt;
    case CustomerField::Phone: return CustomerColumn::Phone;
    case CustomerField::Mobile: return CustomerColumn::Mobile;
    case CustomerField::Street: return CustomerColumn::Street;
    case CustomerField::Postcode: return CustomerColumn::Postcode;
    case CustomerField::City: return CustomerColumn::City;
    case CustomerField::Country: return CustomerColumn::Country;
    case CustomerField::Language: return CustomerColumn::Language;
    case CustomerField::Owner: return CustomerColumn::Owner;
    case CustomerField::Tags: return CustomerColumn::Tags;
    case CustomerField::Notes: return CustomerColumn::Notes;
    case CustomerField::ExternalId: return CustomerColumn::ExternalId;
    }
    return CustomerColumn::Notes;
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

void RowMaker::make(Row &row) const
{
    Customer &c = row.customer;
    QString kindText;
    QString organisation;
    QString fullName;
    QString tags;
    auto problem = [&row, this](CustomerColumn column, const QString &message) {
        if (row.problem.message.isEmpty())
            row.problem = RowProblem{row.line, fileColumnOf(column), fileColumnOf(column), message};
    };
    const qsizetype n = std::min(row.fields.size(), m_mapping.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!m_mapping[i])
            continue;
        const CustomerColumn column = *m_mapping[i];
        const QString value = CustomerCsv::unneutralise(row.fields[i]);
        if (value.trimmed().isEmpty())
            continue;
        row.present |= bit(column);
        switch (column) {
        case CustomerColumn::Id: c.uuid = value.trimmed().toLower(); break;
        case CustomerColumn::ExternalId: c.externalId = value.trimmed(); break;
        case CustomerColumn::Kind: kindText = value; break;
        case CustomerColumn::GivenName: c.givenName = value; break;
        case CustomerColumn::FamilyName: c.familyName = value; break;
        case CustomerColumn::Organisation: organisation = value.simplified(); break;
        case CustomerColumn::OrganisationId: row.organisationUuid = value.trimmed().toLower(); break;
        case CustomerColumn::Email: c.email = value; break;
        case CustomerColumn::EmailAlt: c.emailAlt = value; break;
        case CustomerColumn::Phone: c.phone = value; break;
        case CustomerColumn::Mobile: c.mobile = value; break;
        case CustomerColumn::Street: c.street = value; break;
        case CustomerColumn::Postcode: c.postcode = value; break;
        case CustomerColumn::City: c.city = value; break;
        case CustomerColumn::Country: c.country = value; break;
        case CustomerColumn::Language: c.language = value; break;
        case CustomerColumn::Owner: row.ownerName = value.simplified(); break;
        case CustomerColumn::Tags: tags = value; break;
        case CustomerColumn::Notes: c.notes = value; break;
        case CustomerColumn::CreatedAt:
        case CustomerColumn::UpdatedAt: {
            const auto time = CustomerCsv::parseTime(value);
            if (!time)
                problem(column, CustomerCsv::label(column) + QStringLiteral(": ") + time.error().message);
            else
                (column == CustomerColumn::CreatedAt ? row.createdAt : row.updatedAt) = toStoredTime(*time);
            break;
        }
        case CustomerColumn::FullName: fullName = value.simplified(); break;
        }
    }
    if (!fullName.isEmpty() && !(row.present & (bit(CustomerColumn::GivenName) | bit(CustomerColumn::FamilyName)))) {
        const qsizetype space = fullName.indexOf(QLatin1Char(' '));
        c.givenName = space < 0 ? QString() : fullName.left(space);
        c.familyName = space < 0 ? fullName : fullName.mid(space + 1);
        row.present |= bit(CustomerColumn::GivenName) | bit(CustomerColumn::FamilyName);
    }
    c.tags = CustomerCsv::splitTags(tags);
    if (!c.uuid.isEmpty() && !isUuid(c.uuid))
        problem(CustomerColumn::Id,
                CustomerImporter::tr("Relatio id: \"%1\" is not a Relatio id (leave it empty for new records).").arg(c.uuid));
    if (!row.organisationUuid.isEmpty() && !isUuid(row.organisationUuid))
        problem(CustomerColumn::OrganisationId,
                CustomerImporter::tr("Organisation's Relatio id: \"%1\" is not a Relatio id.").arg(row.organisationUuid));

    // The kind: as written, else an organisation when there is no person's name.
    const bool hasName = !(c.givenName.trimmed().isEmpty() && c.familyName.trimmed().isEmpty());
    bool isOrganisation = !hasName && !organisation.isEmpty();
    if (!kindText.isEmpty()) {
        if (const auto kind = CustomerCsv::parseIsOrganisation(kindText))
            isOrganisation = *kind;
        else
            problem(CustomerColumn::Kind,
                    CustomerImporter::tr("Person or organisation: \"%1\" is neither; write person or organisation.")
                        .arg(kindText.trimmed()));
    }
    c.kind = isOrganisation ? CustomerKind::Organisation : CustomerKind::Person;
    if (isOrganisation)
        c.organisationName = organisation;
    else
        row.organisationRef = organisation;

    ValidationResult validation = CustomerValidator::validate(c);
    c = std::move(validation.normalised);
    row.issues = std::move(validation.issues);
}

RowProblem RowMaker::problemOf(const Row &row, const QList<FieldIssue> &issues) const
{
    const FieldIssue &first = issues.constFirst();
    QStringList messages;
    for (const FieldIssue &issue : issues)
        messages.append(issue.message);
    const int field = fileColumnOf(columnOfField(first.field));
    return RowProblem{row.line, field, field, messages.join(QLatin1Char(' '))};
}

void readRows(CsvReader &reader, const RowMaker &maker, RowQueue &queue, const QString &path, Encoding encoding,
              qint64 fileSize, std::atomic<qint64> &bytesRead)
{
    readBatches(reader, maker, queue, path, encoding, fileSize, bytesRead);
}

Result<FilePreview> CustomerImporter::preview(const QString &path, const Options &csvOptions, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    Options options = csvOptions;
    options.requireSameFieldCount = false; // show what is there; the import reports it per row
    CsvReader reader(&file, QFileInfo(path).fileName(), options);
    if (auto opened = reader.open(); !opened)
        return std::unexpected(opened.error());
    FilePreview preview;
    preview.encoding = reader.encodingName();
    preview.delimiter = reader.delimiter();
    preview.bom = reader.hadBom();
    bool header = true;
    while (preview.rows.size() < rows) {
        auto next = reader.next();
        if (!next)
            break;
        if (!*next) {
            preview.problems.append(RowProblem{next->error().line, next->error().column, 0, next->error().message});
            if (reader.atEnd())
                break;
            continue;
        }
        if (header) {
            preview.headers = (*next)->fields;
            header = false;
        } else {
            preview.rows.append((*next)->fields);
        }
    }
    if (header && preview.problems.isEmpty())
        return fail(Error::Code::Invalid, tr("%1 has no header row.").arg(path));
    return preview;
}

} // namespace relatio::csv
