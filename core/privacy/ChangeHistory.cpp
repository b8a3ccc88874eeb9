// Writing and reading the field-by-field history of customer records.
#include "privacy/ChangeHistory.h"

#include "csv/CustomerCsv.h"
#include "util/Stamps.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relatio {

namespace {

struct HowEntry
{
    ChangeHow how;
    const char *code;
    const char *name;
};

const HowEntry kHows[] = {
    {ChangeHow::Edit, "edit", QT_TRANSLATE_NOOP("ChangeHistory", "By hand")},
    {ChangeHow::Import, "import", QT_TRANSLATE_NOOP("ChangeHistory", "Import")},
    {ChangeHow::ImportUndo, "import_undo", QT_TRANSLATE_NOOP("ChangeHistory", "Import undone")},
    {ChangeHow::ImportRedo, "import_redo", QT_TRANSLATE_NOOP("ChangeHistory", "Import redone")},
};

QString kindText(CustomerKind kind)
{
    return kind == CustomerKind::Organisation ? QStringLiteral("organisation") : QStringLiteral("person");
}

// Tags compared as the store compares tag names: order and case do not matter.
QStringList foldedSorted(const QStringList &tags)
{
    QStringList folded;
    for (const QString &t : tags)
        folded.append(t.trimmed().toCaseFolded());
    folded.sort();
    return folded;
}

QString tagsText(QStringList tags)
{
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return tags.join(QStringLiteral("; "));
}

QString lookup(const QSqlDatabase &db, const char *sql, qint64 id)
{
    if (id <= 0)
        return QString(QLatin1String(""));
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString(QLatin1String(""));
}

QString notNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

QString changeHowCode(ChangeHow how)
{
    for (const HowEntry &e : kHows)
        if (e.how == how)
            return QLatin1String(e.code);
    return QStringLiteral("edit");
}

std::optional<ChangeHow> changeHowFromCode(const QString &code)
{
    for (const HowEntry &e : kHows)
        if (code == QLatin1String(e.code))
            return e.how;
    return std::nullopt;
}

QString changeHowName(ChangeHow how)
{
    for (const HowEntry &e : kHows)
        if (e.how == how)
            return QCoreApplication::translate("ChangeHistory", e.name);
    return {};
}

ChangeHistory::ChangeHistory(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<void> ChangeHistory::recordEvent(const QSqlDatabase &db, qint64 customerId, const QString &field,
                                        const QString &oldValue, const QString &newValue, const QString &actor,
                                        ChangeHow how)
{
    return recordEvents(db, {customerId}, field, oldValue, newValue, actor, how);
}

Result<void> ChangeHistory::recordEvents(const QSqlDatabase &db, const std::vector<qint64> &customerIds,
                                         const QString &field, const QString &oldValue, const QString &newValue,
                                         const QString &actor, ChangeHow how)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO customer_change (uuid, customer_id, changed_at, changed_by, how, field,"
                                  " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Recording the change history")));
    const QString now = nowStored();
    for (const qint64 id : customerIds) {
        q.bindValue(0, newUuid());
        q.bindValue(1, id);
        q.bindValue(2, now);
        q.bindValue(3, notNull(actor));
        q.bindValue(4, changeHowCode(how));
        q.bindValue(5, field);
        q.bindValue(6, notNull(oldValue));
        q.bindValue(7, notNull(newValue));
        if (!q.exec())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Recording the change history")));
    }
    return {};
}

Result<void> ChangeHistory::recordUpdate(const QSqlDatabase &db, const Customer &before, const Customer &after,
                                         const QString &actor, ChangeHow how)
{
    struct Pair
    {
        const char *field;
        QString oldValue;
        QString newValue;
    };
    QList<Pair> pairs = {
        {"kind", kindText(before.kind), kindText(after.kind)},
        {"external_id", before.externalId, after.externalId},
        {"given_name", before.givenName, after.givenName},
        {"family_name", before.familyName, after.familyName},
        {"organisation_name", before.organisationName, after.organisationName},
        {"email", before.email, after.email},
        {"email_alt", before.emailAlt, after.emailAlt},
        {"phone", before.phone, after.phone},
        {"mobile", before.mobile, after.mobile},
        {"street", before.street, after.street},
        {"postcode", before.postcode, after.postcode},
        {"city", before.city, after.city},
        {"country", before.country, after.country},
        {"language", before.language, after.language},
        {"notes", before.notes, after.notes},
    };
    if (before.organisationId != after.organisationId) {
        const char *uuidOf = "SELECT uuid FROM customer WHERE id = ?";
        pairs.append({"organisation", lookup(db, uuidOf, before.organisationId), lookup(db, uuidOf, after.organisationId)});
    }
    if (before.ownerId != after.ownerId) {
        const char *nameOf = "SELECT name FROM owner WHERE id = ?";
        pairs.append({"owner", lookup(db, nameOf, before.ownerId), lookup(db, nameOf, after.ownerId)});
    }
    if (foldedSorted(before.tags) != foldedSorted(after.tags))
        pairs.append({"tags", tagsText(before.tags), tagsText(after.tags)});

    for (const Pair &p : std::as_const(pairs)) {
        if (notNull(p.oldValue) == notNull(p.newValue))
            continue;
        if (auto written = recordEvent(db, after.id, QLatin1String(p.field), p.oldValue, p.newValue, actor, how); !written)
            return written;
    }
    return {};
}

Result<QList<CustomerChange>> ChangeHistory::forCustomer(qint64 customerId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, uuid, customer_id, changed_at, changed_by, how, field, old_value, new_value"
                             " FROM customer_change WHERE customer_id = ? ORDER BY changed_at DESC, id DESC"));
    q.addBindValue(customerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the history of customer %1").arg(customerId)));
    QList<CustomerChange> list;
    bool created = false;
    while (q.next()) {
        CustomerChange c;
        c.id = q.value(0).toLongLong();
        c.uuid = q.value(1).toString();
        c.customerId = q.value(2).toLongLong();
        c.changedAt = fromStoredTime(q.value(3).toString());
        c.changedBy = q.value(4).toString();
        c.how = changeHowFromCode(q.value(5).toString()).value_or(ChangeHow::Edit);
        c.field = q.value(6).toString();
        c.oldValue = q.value(7).toString();
        c.newValue = q.value(8).toString();
        created = created || c.field == kRecord;
        list.append(c);
    }
    if (!created) {
        // Imports and demo data make records without a history row each: the creation is derived.
        // (A team database keeps no import batches: a laptop's imports reach it as records.)
        QSqlQuery c(m_db->connection());
        c.prepare(m_db->dialect() == Dialect::SQLite
                      ? QStringLiteral("SELECT c.created_at, (SELECT b.file_name FROM import_batch b"
                                       " WHERE c.id BETWEEN b.first_created_id AND b.last_created_id)"
                                       " FROM customer c WHERE c.id = ?")
                      : QStringLiteral("SELECT c.created_at, NULL FROM customer c WHERE c.id = ?"));
        c.addBindValue(customerId);
        if (!c.exec())
            return std::unexpected(Database::sqlError(c.lastError(), tr("Reading the history of customer %1").arg(customerId)));
        if (c.next()) {
            CustomerChange made;
            made.customerId = customerId;
            made.changedAt = fromStoredTime(c.value(0).toString());
            made.field = kRecord;
            made.newValue = QStringLiteral("created");
            if (!c.value(1).isNull()) {
                made.how = ChangeHow::Import;
                made.changedBy = tr("Import of %1").arg(c.value(1).toString());
            }
            list.append(made);
        }
    }
    return list;
}

QString ChangeHistory::fieldLabel(const QString &field)
{
    using csv::CustomerColumn;
    struct Label
    {
        const char *field;
        CustomerColumn column;
    };
    static const Label labels[] = {
        {"kind", CustomerColumn::Kind},         {"external_id", CustomerColumn::ExternalId},
        {"given_name", CustomerColumn::GivenName}, {"family_name", CustomerColumn::FamilyName},
        {"organisation_name", CustomerColumn::Organisation}, {"email", CustomerColumn::Email},
        {"email_alt", CustomerColumn::EmailAlt}, {"phone", CustomerColumn::Phone},
        {"mobile", CustomerColumn::Mobile},     {"street", CustomerColumn::Street},
        {"postcode", CustomerColumn::Postcode}, {"city", CustomerColumn::City},
        {"country", CustomerColumn::Country},   {"language", CustomerColumn::Language},
        {"owner", CustomerColumn::Owner},       {"tags", CustomerColumn::Tags},
        {"notes", CustomerColumn::Notes},
    };
    for (const Label &l : labels)
        if (field == QLatin1String(l.field))
            return csv::CustomerCsv::label(l.column);
    if (field == QLatin1String("organisation"))
        return tr("Member of");
    if (field == kRecord)
        return tr("Record", "the customer record as a whole");
    if (field == kDeleted)
        return tr("Deleted");
    return field;
}

QString ChangeHistory::displayValue(const QString &field, const QString &value) const
{
    if (value.isEmpty())
        return {};
    if (field == QLatin1String("kind"))
        return value == QLatin1String("organisation") ? tr("Organisation") : tr("Person");
    if (field == kDeleted)
        return QLocale().toString(fromStoredTime(value).toLocalTime(), QLocale::ShortFormat);
    if (field == kRecord)
        return value == QLatin1String("created") ? tr("Created") : value;
    if (field == QLatin1String("organisation")) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT organisation_name FROM customer WHERE uuid = ?"));
        q.addBindValue(value);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return tr("(erased or unknown organisation)");
    }
    return value;
}

QString ChangeHistory::eventName(const CustomerChange &change)
{
    if (change.field == kRecord)
        return tr("Created");
    if (change.field == kDeleted)
        return change.newValue.isEmpty() ? tr("Restored") : tr("Deleted");
    return tr("Changed");
}

} // namespace relatio
