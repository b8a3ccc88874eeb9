// Writing marketing lists from the consent ledger, and their log.
#include "privacy/MarketingExporter.h"

#include "csv/CsvWriter.h"
#include "csv/CustomerCsv.h"
#include "privacy/Actor.h"
#include "privacy/ConsentRepository.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace relatio {

namespace {

// The latest grant or withdrawal per customer for the purpose (bound first, then whether
// a confirmation is needed): where it is a grant, in force, of a live customer.
const QString kEligible = QStringLiteral(
    "WITH latest AS ("
    " SELECT e.customer_id, e.uuid, e.action, e.occurred_at, e.source, e.text_id,"
    "  row_number() OVER (PARTITION BY e.customer_id ORDER BY e.occurred_at DESC, e.created_at DESC, e.id DESC) AS n"
    " FROM consent_entry e WHERE e.purpose_id = ? AND e.action <> 'confirm'),"
    " granted AS ("
    " SELECT l.*, (SELECT min(x.occurred_at) FROM consent_entry x WHERE x.confirms_uuid = l.uuid"
    "  AND x.action = 'confirm') AS confirmed_at FROM latest l WHERE l.n = 1 AND l.action = 'grant')"
    " SELECT c.id, c.uuid, c.given_name, c.family_name,"
    "  CASE c.kind WHEN 'organisation' THEN c.organisation_name ELSE c.org_label END, c.language,"
    "  c.email, c.phone, c.mobile, c.street, c.postcode, c.city, c.country,"
    "  g.occurred_at, g.confirmed_at, t.version, g.source"
    " FROM granted g JOIN customer c ON c.id = g.customer_id LEFT JOIN consent_text t ON t.id = g.text_id"
    " WHERE c.deleted_at IS NULL AND (? = 0 OR g.confirmed_at IS NOT NULL)"
    " ORDER BY c.id");

enum Selected {
    SId, SUuid, SGiven, SFamily, SOrganisation, SLanguage, SEmail, SPhone, SMobile, SStreet, SPostcode, SCity,
    SCountry, SGivenAt, SConfirmedAt, STextVersion, SSource,
};

bool hasContact(const QSqlQuery &q, ConsentMedium medium)
{
    switch (medium) {
    case ConsentMedium::Email: return !q.value(SEmail).toString().isEmpty();
    case ConsentMedium::Phone: return !q.value(SPhone).toString().isEmpty() || !q.value(SMobile).toString().isEmpty();
    case ConsentMedium::Post: return !q.value(SStreet).toString().isEmpty() && !q.value(SCity).toString().isEmpty();
    case ConsentMedium::None: return true;
    }
    return true;
}

QList<Selected> columnsFor(ConsentMedium medium)
{
    QList<Selected> columns = {SUuid, SGiven, SFamily, SOrganisation, SLanguage};
    switch (medium) {
    case ConsentMedium::Email: columns += {SEmail}; break;
    case ConsentMedium::Phone: columns += {SPhone, SMobile}; break;
    case ConsentMedium::Post: columns += {SStreet, SPostcode, SCity, SCountry}; break;
    case ConsentMedium::None: columns += {SCountry}; break;
    }
    columns += {SGivenAt, SConfirmedAt, STextVersion, SSource};
    return columns;
}

QString headerOf(Selected column)
{
    switch (column) {
    case SUuid: return QStringLiteral("id");
    case SGiven: return QStringLiteral("given_name");
    case SFamily: return QStringLiteral("family_name");
    case SOrganisation: return QStringLiteral("organisation");
    case SLanguage: return QStringLiteral("language");
    case SEmail: return QStringLiteral("email");
    case SPhone: return QStringLiteral("phone");
    case SMobile: return QStringLiteral("mobile");
    case SStreet: return QStringLiteral("street");
    case SPostcode: return QStringLiteral("postcode");
    case SCity: return QStringLiteral("city");
    case SCountry: return QStringLiteral("country");
    case SGivenAt: return QStringLiteral("consent_given_at");
    case SConfirmedAt: return QStringLiteral("consent_confirmed_at");
    case STextVersion: return QStringLiteral("consent_text_version");
    case SSource: return QStringLiteral("consent_source");
    case SId: break;
    }
    return {};
}

} // namespace

MarketingExporter::MarketingExporter(DatabasePtr db)
    : m_db(std::move(db))
    , m_actor(systemActor())
{
}

void MarketingExporter::setActor(const QString &who)
{
    m_actor = actorOrSystem(who);
}

QStringList MarketingExporter::headerFor(ConsentMedium medium)
{
    QStringList header;
    for (const Selected column : columnsFor(medium))
        header.append(headerOf(column));
    return header;
}

Result<std::vector<qint64>> MarketingExporter::eligible(qint64 purposeId) const
{
    const auto purpose = ConsentRepository(m_db).purpose(purposeId);
    if (!purpose)
        return std::unexpected(purpose.error());
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(kEligible);
    q.addBindValue(purposeId);
    q.addBindValue(purpose->requiresDoubleOptIn ? 1 : 0);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the permissions")));
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(SId).toLongLong());
    return ids;
}

Result<MarketingExportSummary> MarketingExporter::exportList(qint64 purposeId, const QString &path,
                                                             const MarketingExportOptions &options)
{
    if (options.delimiter != QLatin1Char(',') && options.delimiter != QLatin1Char(';'))
        return fail(Error::Code::Usage, tr("The delimiter must be a comma or a semicolon."));
    const auto purpose = ConsentRepository(m_db).purpose(purposeId);
    if (!purpose)
        return std::unexpected(purpose.error());
    const QString what = tr("Exporting the list for %1").arg(purpose->displayName());

    // A write transaction: the list and its log entry are one step, read from one snapshot.
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), what));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));

    const char delimiter = char(options.delimiter.unicode());
    const QList<Selected> columns = columnsFor(purpose->medium);
    QByteArray out;
    if (options.bom)
        out.append(csv::kUtf8Bom);
    csv::appendRecord(out, headerFor(purpose->medium), delimiter);

    MarketingExportSummary summary;
    summary.purpose = purpose->displayName();
    {
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        q.prepare(kEligible);
        q.addBindValue(purposeId);
        q.addBindValue(purpose->requiresDoubleOptIn ? 1 : 0);
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), what));
        QStringList fields;
        while (q.next()) {
            if (!hasContact(q, purpose->medium)) {
                ++summary.withoutContact;
                continue;
            }
            fields.clear();
            for (const Selected column : columns) {
                QString value = q.value(column).toString();
                if (column == SSource)
                    value = consentSourceName(consentSourceFromCode(value).value_or(ConsentSource::Other));
                fields.append(csv::CustomerCsv::needsNeutralising(value) ? csv::CustomerCsv::neutralise(value) : value);
            }
            csv::appendRecord(out, fields, delimiter);
            ++summary.written;
            if (out.size() > (1 << 20)) {
                if (file.write(out) != out.size())
                    return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
                out.clear();
            }
        }
        if (q.lastError().isValid())
            return std::unexpected(Database::sqlError(q.lastError(), what));
    }
    if (file.write(out) != out.size())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));

    QSqlQuery log(m_db->connection());
    log.prepare(QStringLiteral("INSERT INTO marketing_export_log (uuid, purpose_id, exported_at, exported_by, customers,"
                               " file_name) VALUES (?, ?, ?, ?, ?, ?)"));
    log.addBindValue(newUuid());
    log.addBindValue(purposeId);
    log.addBindValue(nowStored());
    log.addBindValue(m_actor);
    log.addBindValue(summary.written);
    log.addBindValue(QFileInfo(path).fileName());
    if (!log.exec())
        return std::unexpected(Database::sqlError(log.lastError(), what));
    if (!file.commit())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    if (!tx.commit()) {
        // The list is there but could not be logged: it must not be used unlogged.
        QFile::remove(path);
        return std::unexpected(Database::sqlError(tx.error(), what));
    }
    return summary;
}

Result<QList<MarketingExportLogEntry>> MarketingExporter::log() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT l.id, p.code, p.name, l.exported_at, l.exported_by, l.customers, l.file_name"
                               " FROM marketing_export_log l JOIN consent_purpose p ON p.id = l.purpose_id"
                               " ORDER BY l.exported_at DESC, l.id DESC")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the export log")));
    QList<MarketingExportLogEntry> list;
    while (q.next()) {
        ConsentPurpose p;
        p.code = q.value(1).toString();
        p.name = q.value(2).toString();
        list.append(MarketingExportLogEntry{q.value(0).toLongLong(), p.displayName(),
                                            fromStoredTime(q.value(3).toString()), q.value(4).toString(),
                                            q.value(5).toLongLong(), q.value(6).toString()});
    }
    return list;
}

} // namespace relatio
