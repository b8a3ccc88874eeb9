// Collecting everything held about a customer, and writing it as JSON and as HTML.
#include "privacy/SubjectExport.h"

#include "csv/CustomerCsv.h"
#include "customers/CustomerRepository.h"
#include "privacy/Actor.h"
#include "privacy/ConsentRepository.h"
#include "privacy/CustomerReferences.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace relatio {

namespace {

constexpr int kFormatVersion = 1;

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return QJsonValue(v.toString());
    }
}

Result<QJsonArray> rows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return std::unexpected(Database::sqlError(q.lastError(), SubjectExport::tr("Collecting the personal data")));
    QJsonArray list;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), jsonValue(q.value(i)));
        list.append(row);
    }
    return list;
}

QString columns(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q.append(CustomerReferences::quoted(n));
    return names.size() == 1 ? q.first() : QLatin1Char('(') + q.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// Headings of the tables people will meet; others show their name.
QString tableHeading(const QString &table)
{
    struct Heading
    {
        const char *table;
        const char *heading;
    };
    static const Heading headings[] = {
        {"interaction", QT_TRANSLATE_NOOP("SubjectExport", "Contacts")},
        {"follow_up", QT_TRANSLATE_NOOP("SubjectExport", "Follow-ups")},
        {"purchase", QT_TRANSLATE_NOOP("SubjectExport", "Orders")},
        {"product", QT_TRANSLATE_NOOP("SubjectExport", "Products")},
        {"consent_entry", QT_TRANSLATE_NOOP("SubjectExport", "Permission records")},
        {"customer_change", QT_TRANSLATE_NOOP("SubjectExport", "Change history")},
        {"import_change", QT_TRANSLATE_NOOP("SubjectExport", "Changes made by imports")},
        {"customer_tag", QT_TRANSLATE_NOOP("SubjectExport", "Tags")},
        {"owner", QT_TRANSLATE_NOOP("SubjectExport", "Team members")},
        {"channel", QT_TRANSLATE_NOOP("SubjectExport", "Channels")},
        {"tag", QT_TRANSLATE_NOOP("SubjectExport", "Tag names")},
        {"consent_purpose", QT_TRANSLATE_NOOP("SubjectExport", "Permission purposes")},
        {"consent_text", QT_TRANSLATE_NOOP("SubjectExport", "Wording shown when permission was asked")},
        {"import_batch", QT_TRANSLATE_NOOP("SubjectExport", "Imports")},
        {"customer", QT_TRANSLATE_NOOP("SubjectExport", "The record")},
    };
    for (const Heading &h : headings)
        if (table == QLatin1String(h.table))
            return QCoreApplication::translate("SubjectExport", h.heading);
    return table;
}

} // namespace

SubjectExport::SubjectExport(DatabasePtr db)
    : m_db(std::move(db))
    , m_actor(systemActor())
{
}

void SubjectExport::setActor(const QString &who)
{
    m_actor = actorOrSystem(who);
}

Result<QJsonObject> SubjectExport::collect(qint64 customerId) const
{
    const QSqlDatabase db = m_db->connection();
    const auto customer = CustomerRepository(m_db).get(customerId);
    if (!customer)
        return std::unexpected(customer.error());

    // One snapshot for everything read below, on either store (unless the caller has a transaction
    // open already).
    const ReadSnapshot snapshot(*m_db);

    QJsonObject subject;
    subject.insert(QStringLiteral("format"), QStringLiteral("relatio-subject-export"));
    subject.insert(QStringLiteral("version"), kFormatVersion);
    subject.insert(QStringLiteral("exported_at"), nowStored());
    subject.insert(QStringLiteral("exported_by"), m_actor);

    const auto own = rows(db, QStringLiteral("SELECT * FROM customer WHERE id = %1").arg(customerId));
    if (!own)
        return std::unexpected(own.error());
    subject.insert(QStringLiteral("customer"), own->isEmpty() ? QJsonObject() : own->first().toObject());

    // What the rows say, put together as the card shows it.
    QJsonObject summary;
    summary.insert(QStringLiteral("display_name"), customer->displayName());
    summary.insert(QStringLiteral("owner"), customer->ownerName);
    summary.insert(QStringLiteral("tags"), QJsonArray::fromStringList(customer->tags));
    if (customer->organisationId > 0) {
        const auto org = rows(db, QStringLiteral("SELECT uuid, organisation_name AS name FROM customer WHERE id = %1")
                                      .arg(customer->organisationId));
        if (org && !org->isEmpty())
            summary.insert(QStringLiteral("organisation"), org->first());
    }
    ConsentRepository consents(m_db);
    const auto states = consents.states(customerId);
    if (!states)
        return std::unexpected(states.error());
    QJsonArray consentList;
    for (const ConsentState &s : *states) {
        QJsonObject c;
        c.insert(QStringLiteral("purpose"), s.purpose.displayName());
        c.insert(QStringLiteral("purpose_code"), s.purpose.code);
        c.insert(QStringLiteral("status"), consentStatusName(s.status));
        if (s.basis) {
            c.insert(QStringLiteral("since"), toStoredTime(s.basis->occurredAt));
            c.insert(QStringLiteral("source"), consentSourceName(s.basis->source));
            if (s.basis->textId > 0) {
                if (const auto text = consents.text(s.basis->textId)) {
                    c.insert(QStringLiteral("text_version"), text->version);
                    c.insert(QStringLiteral("wording"), text->wording);
                }
            }
        }
        if (s.confirmedAt.isValid())
            c.insert(QStringLiteral("confirmed_at"), toStoredTime(s.confirmedAt));
        consentList.append(c);
    }
    summary.insert(QStringLiteral("consents"), consentList);
    subject.insert(QStringLiteral("summary"), summary);

    // Every table that refers to the customer, found from the schema.
    const auto related = CustomerReferences::discover(db, customerId);
    if (!related)
        return std::unexpected(related.error());
    QSet<QString> relatedNames{QStringLiteral("customer")};
    for (const RelatedTable &t : *related)
        relatedNames.insert(t.table);
    QJsonObject records;
    // Each table's columns in their order (a JSON object's keys are not).
    QJsonObject columnOrder;
    // The rows they point to in other tables, per table: the conditions, joined with OR.
    QMap<QString, QStringList> pointedTo;
    for (const RelatedTable &t : *related) {
        const auto list = rows(db, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY 1")
                                       .arg(CustomerReferences::quoted(t.table), t.allWhere));
        if (!list)
            return std::unexpected(list.error());
        records.insert(t.table, *list);
        columnOrder.insert(t.table, QJsonArray::fromStringList(t.columns));
        for (const ForeignKey &fk : t.foreignKeys) {
            if (relatedNames.contains(fk.parent))
                continue;
            pointedTo[fk.parent].append(QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE %4)")
                                            .arg(columns(fk.to), columns(fk.from),
                                                 CustomerReferences::quoted(t.table), t.allWhere));
        }
    }
    const auto ownKeys = CustomerReferences::foreignKeys(db, QStringLiteral("customer"));
    if (!ownKeys)
        return std::unexpected(ownKeys.error());
    for (const ForeignKey &fk : *ownKeys)
        if (!relatedNames.contains(fk.parent))
            pointedTo[fk.parent].append(QStringLiteral("%1 IN (SELECT %2 FROM customer WHERE id = %3)")
                                            .arg(columns(fk.to), columns(fk.from))
                                            .arg(customerId));
    subject.insert(QStringLiteral("records"), records);
    subject.insert(QStringLiteral("columns"), columnOrder);

    QJsonObject referenced;
    for (auto it = pointedTo.cbegin(); it != pointedTo.cend(); ++it) {
        const auto list = rows(db, QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY 1")
                                       .arg(CustomerReferences::quoted(it.key()),
                                            QLatin1Char('(') + it.value().join(QStringLiteral(") OR (")) + QLatin1Char(')')));
        if (!list)
            return std::unexpected(list.error());
        if (!list->isEmpty())
            referenced.insert(it.key(), *list);
    }
    subject.insert(QStringLiteral("referenced"), referenced);
    return subject;
}

QString SubjectExport::tableTitle(const QString &table)
{
    return tableHeading(table);
}

SubjectExportFiles SubjectExport::pathsFor(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix();
    const QString base = file.chopped(suffix.size()); // with its dot
    if (suffix.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return {file, base + QStringLiteral("html")};
    if (suffix.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0
        || suffix.compare(QLatin1String("htm"), Qt::CaseInsensitive) == 0)
        return {base + QStringLiteral("json"), file};
    return {file, file + QStringLiteral(".html")};
}

Result<SubjectExportFiles> SubjectExport::write(qint64 customerId, const SubjectExportFiles &paths) const
{
    const auto subject = collect(customerId);
    if (!subject)
        return std::unexpected(subject.error());
    return save(*subject, paths);
}

Result<SubjectExportFiles> SubjectExport::save(const QJsonObject &subject, const SubjectExportFiles &paths)
{
    auto saveFile = [](const QString &path, const QByteArray &bytes) -> Result<void> {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, out.errorString()));
        return {};
    };
    if (!paths.json.isEmpty())
        if (auto saved = saveFile(paths.json, QJsonDocument(subject).toJson(QJsonDocument::Indented)); !saved)
            return std::unexpected(saved.error());
    if (!paths.html.isEmpty())
        if (auto saved = saveFile(paths.html, toHtml(subject).toUtf8()); !saved)
            return std::unexpected(saved.error());
    return paths;
}

} // namespace relatio
