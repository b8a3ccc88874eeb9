// Customer persistence.
#include "customers/CustomerRepository.h"

#include "customers/PhoneNumbers.h"
#include "customers/SortKey.h"
#include "privacy/Actor.h"
#include "store/Transaction.h"
#include "util/Stamps.h"
#include "util/ThreeWay.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace relatio {

namespace {

QString selectCustomerSql(Dialect dialect)
{
    return QStringLiteral(
               "SELECT c.id, c.uuid, c.kind, c.given_name, c.family_name, c.organisation_name,"
               " c.organisation_id, c.org_label, c.email, c.email_alt, c.phone, c.mobile, c.street,"
               " c.postcode, c.city, c.country, c.language, c.owner_id, o.name, c.notes, c.created_at,"
               " c.updated_at, c.deleted_at, c.external_id, %1"
               " FROM customer c LEFT JOIN owner o ON o.id = c.owner_id")
        .arg(phrases::joinedValues(dialect, QStringLiteral("t.name"),
                               QStringLiteral("FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
                                              " WHERE ct.customer_id = c.id"),
                               phrases::orderIgnoringCase(dialect, QStringLiteral("t.name"))));
}

// Reads customer id; locked, on a team database, until the transaction ends (SELECT … FOR UPDATE),
// so that what a save merges against cannot change under it.
Result<Customer> readCustomerById(const QSqlDatabase &db, qint64 id, bool lock);

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.kind = q.value(2).toString() == QLatin1String("organisation") ? CustomerKind::Organisation
                                                                    : CustomerKind::Person;
    c.givenName = q.value(3).toString();
    c.familyName = q.value(4).toString();
    c.organisationName = q.value(5).toString();
    c.organisationId = q.value(6).toLongLong();
    c.organisationLabel = q.value(7).toString();
    c.email = q.value(8).toString();
    c.emailAlt = q.value(9).toString();
    c.phone = q.value(10).toString();
    c.mobile = q.value(11).toString();
    c.street = q.value(12).toString();
    c.postcode = q.value(13).toString();
    c.city = q.value(14).toString();
    c.country = q.value(15).toString();
    c.language = q.value(16).toString();
    c.ownerId = q.value(17).toLongLong();
    c.ownerName = q.value(18).toString();
    c.notes = q.value(19).toString();
    c.createdAt = fromStoredTime(q.value(20).toString());
    c.updatedAt = fromStoredTime(q.value(21).toString());
    c.deletedAt = fromStoredTime(q.value(22).toString());
    c.externalId = q.value(23).toString();
    const QString tags = q.value(24).toString();
    if (!tags.isEmpty())
        c.tags = tags.split(QChar(31));
    return c;
}

Result<Customer> readCustomerById(const QSqlDatabase &db, qint64 id, bool lock)
{
    const Dialect dialect = dialectOf(db);
    QSqlQuery q(db);
    q.prepare(selectCustomerSql(dialect) + QStringLiteral(" WHERE c.id = ?")
              + (lock && dialect == Dialect::PostgreSQL ? QStringLiteral(" FOR UPDATE OF c") : QString()));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), CustomerRepository::tr("Reading customer %1").arg(id)));
    if (!q.next())
        return fail(Error::Code::NotFound, CustomerRepository::tr("Customer %1 does not exist.").arg(id));
    return readCustomer(q);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Text columns are NOT NULL: a null QString is stored as an empty string.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// The uuid a new owner or tag gets: the same on every machine for the same name, unless a record
// already has it (one renamed or deleted since), then a fresh one.
QString uuidForName(const QSqlDatabase &db, const char *table, const QString &name)
{
    const QString uuid = nameUuid(table, name);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE uuid = ?").arg(QLatin1String(table)));
    q.addBindValue(uuid);
    if (q.exec() && q.next())
        return newUuid();
    return uuid;
}

QString kindText(CustomerKind kind)
{
    return kind == CustomerKind::Organisation ? QStringLiteral("organisation") : QStringLiteral("person");
}

// The columns a save writes, in the order bindContent() binds them.
const QStringList kContentColumns = {
    QStringLiteral("kind"),         QStringLiteral("given_name"), QStringLiteral("family_name"),
    QStringLiteral("organisation_name"), QStringLiteral("organisation_id"), QStringLiteral("email"),
    QStringLiteral("email_alt"),    QStringLiteral("phone"),      QStringLiteral("mobile"),
    QStringLiteral("street"),       QStringLiteral("postcode"),   QStringLiteral("city"),
    QStringLiteral("country"),      QStringLiteral("language"),   QStringLiteral("owner_id"),
    QStringLiteral("notes"),        QStringLiteral("org_label"),  QStringLiteral("sort_name"),
    QStringLiteral("org_sort"),     QStringLiteral("phone_search"), QStringLiteral("external_id"),
};

void bindContent(QSqlQuery &q, const Customer &c, const QString &label, const CustomerRepository::Derived &d)
{
    q.addBindValue(kindText(c.kind));
    for (const QString *value : {&c.givenName, &c.familyName, &c.organisationName})
        q.addBindValue(text(*value));
    q.addBindValue(nullableId(c.organisationId));
    for (const QString *value : {&c.email, &c.emailAlt, &c.phone, &c.mobile, &c.street, &c.postcode, &c.city,
                                 &c.country, &c.language})
        q.addBindValue(text(*value));
    q.addBindValue(nullableId(c.ownerId));
    for (const QString *value : {&c.notes, &label, &d.sortName, &d.orgSort, &d.phoneSearch, &c.externalId})
        q.addBindValue(text(*value));
}

} // namespace

CustomerRepository::CustomerRepository(DatabasePtr db)
    : m_db(std::move(db))
    , m_actor(systemActor())
{
}

void CustomerRepository::setActor(const QString &who)
{
    m_actor = actorOrSystem(who);
}

CustomerRepository::Derived CustomerRepository::derive(const Customer &c, const QString &organisationLabel)
{
    Derived d;
    d.sortName = c.kind == CustomerKind::Organisation ? organisationSortKey(c.organisationName)
                                                      : personSortKey(c.givenName, c.familyName);
    d.orgSort = organisationLabel.isEmpty() ? QString() : organisationSortKey(organisationLabel);
    d.phoneSearch = PhoneNumbers::searchForms({c.phone, c.mobile});
    return d;
}

Result<Customer> CustomerRepository::get(qint64 id) const
{
    return readCustomerById(m_db->connection(), id, false);
}

Result<QString> CustomerRepository::organisationName(qint64 organisationId) const
{
    if (organisationId <= 0)
        return QString();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT organisation_name FROM customer WHERE id = ? AND kind = 'organisation'"));
    q.addBindValue(organisationId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading organisation %1").arg(organisationId)));
    if (!q.next())
        return fail(Error::Code::Invalid, tr("The chosen organisation does not exist."));
    return q.value(0).toString();
}

Result<qint64> CustomerRepository::create(const Customer &input)
{
    const ValidationResult validation = CustomerValidator::validate(input);
    if (!validation.isValid())
        return fail(Error::Code::Invalid, validation.summary());
    const Customer &c = validation.normalised;

    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving %1").arg(c.displayName())));
    const auto label = organisationName(c.organisationId);
    if (!label)
        return std::unexpected(label.error());
    const Derived d = derive(c, *label);
    const QString now = nowStored();

    QSqlQuery q(m_db->connection());
    if (!c.uuid.isEmpty()) {
        // An erased customer's id is never used again: the erasure wins on every copy.
        q.prepare(QStringLiteral("SELECT 1 FROM customer_erasure WHERE uuid = ?"));
        q.addBindValue(c.uuid);
        if (q.exec() && q.next())
            return fail(Error::Code::Invalid, tr("The customer with Relatio id %1 was erased; the id cannot be used again.")
                                                  .arg(c.uuid));
    }
    q.prepare(QStringLiteral("INSERT INTO customer (%1, uuid, created_at, updated_at) VALUES (%2?, ?, ?) RETURNING id")
                  .arg(kContentColumns.join(QStringLiteral(", ")),
                       QStringLiteral("?, ").repeated(kContentColumns.size())));
    bindContent(q, c, *label, d);
    q.addBindValue(c.uuid.isEmpty() ? newUuid() : c.uuid);
    q.addBindValue(c.createdAt.isValid() ? toStoredTime(c.createdAt) : now);
    q.addBindValue(c.updatedAt.isValid() ? toStoredTime(c.updatedAt) : now);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving %1").arg(c.displayName())));
    const qint64 id = returnedId(q);
    if (auto tags = writeTags(id, c.tags); !tags)
        return std::unexpected(tags.error());
    if (auto recorded = ChangeHistory::recordEvent(m_db->connection(), id, ChangeHistory::kRecord, {},
                                                   QStringLiteral("created"), m_actor, ChangeHow::Edit);
        !recorded)
        return std::unexpected(recorded.error());
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving %1").arg(c.displayName())));
    return id;
}

Result<void> CustomerRepository::update(const Customer &input)
{
    const ValidationResult validation = CustomerValidator::validate(input);
    if (!validation.isValid())
        return fail(Error::Code::Invalid, validation.summary());
    const Customer &c = validation.normalised;

    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving %1").arg(c.displayName())));
    if (auto written = updateValidated(c); !written)
        return written;
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Saving %1").arg(c.displayName())));
    return {};
}

Result<CustomerRepository::SaveReport> CustomerRepository::update(const Customer &input, const Customer &original,
                                                                  SaveConflict *conflict)
{
    const ValidationResult validation = CustomerValidator::validate(input);
    if (!validation.isValid())
        return fail(Error::Code::Invalid, validation.summary());
    const Customer &yours = validation.normalised;
    const QString what = tr("Saving %1").arg(yours.displayName());

    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), what));
    // Read inside the write transaction (and locked on a team database): nobody can change it
    // between this read and the write.
    auto stored = readCustomerById(m_db->connection(), yours.id, true);
    if (!stored) {
        if (stored.error().code == Error::Code::NotFound)
            return fail(Error::Code::NotFound,
                        tr("%1 is no longer in this database (it was erased, or its creation undone, elsewhere "
                           "since you opened it). Your changes were not saved.")
                            .arg(original.displayName()));
        return std::unexpected(stored.error());
    }
    const Customer &theirs = *stored;
    SaveMerge::Outcome merge = SaveMerge::merge(original, yours, theirs);
    if (!merge.clashes.isEmpty()) {
        const QString labels = fieldLabels(merge.clashes, &ChangeHistory::fieldLabel);
        if (conflict) {
            conflict->original = original;
            conflict->yours = yours;
            conflict->theirs = theirs;
            conflict->theirChange = lastChanges(theirs.id, merge.clashes, original.updatedAt);
            conflict->merge = std::move(merge);
        }
        return fail(Error::Code::Conflict,
                    tr("%1 was changed elsewhere since you opened it, and so were fields you changed: %2.")
                        .arg(original.displayName(), labels));
    }
    // Each field is normalised, but the mix of two edits is checked as a whole again.
    const ValidationResult mixed = CustomerValidator::validate(merge.merged);
    if (!mixed.isValid())
        return fail(Error::Code::Invalid, mixed.summary());
    const Customer &merged = mixed.normalised;
    // Restored as chosen in a clash, or deleted again by undoing such a restore.
    if (theirs.isDeleted() != merged.isDeleted()) {
        if (auto written = writeDeleted(theirs.id, merged.isDeleted(), toStoredTime(theirs.deletedAt), what); !written)
            return std::unexpected(written.error());
    }
    if (!merged.sameContent(theirs)) {
        if (auto written = updateValidated(merged, ChangeHow::Edit, &theirs); !written)
            return std::unexpected(written.error());
    }
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), what));
    return SaveReport{theirs, merge.theirs};
}

QHash<QString, QString> CustomerRepository::lastChanges(qint64 id, const QStringList &fields,
                                                        const QDateTime &since) const
{
    QHash<QString, QString> found;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT changed_by, changed_at FROM customer_change"
                             " WHERE customer_id = ? AND field = ? AND changed_at > ?"
                             " ORDER BY changed_at DESC, id DESC LIMIT 1"));
    for (const QString &field : fields) {
        q.addBindValue(id);
        q.addBindValue(field);
        q.addBindValue(since.isValid() ? toStoredTime(since) : QString());
        if (q.exec() && q.next()) {
            const QDateTime at = fromStoredTime(q.value(1).toString()).toLocalTime();
            found.insert(field, tr("%1, %2", "who changed a field, and when")
                                    .arg(q.value(0).toString(), QLocale().toString(at, QLocale::ShortFormat)));
        }
        q.finish();
    }
    return found;
}

Result<void> CustomerRepository::updateValidated(const Customer &c, ChangeHow how, const Customer *before)
{
    if (c.organisationId == c.id && c.id > 0)
        return fail(Error::Code::Invalid, tr("An organisation cannot belong to itself."));
    std::optional<Customer> stored;
    if (!before) {
        auto read = get(c.id);
        if (!read)
            return std::unexpected(read.error());
        stored = std::move(*read);
        before = &*stored;
    }
    const auto label = organisationName(c.organisationId);
    if (!label)
        return std::unexpected(label.error());
    const Derived d = derive(c, *label);
    const QString now = nowStored();

    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE customer SET %1 = ?, updated_at = ? WHERE id = ?")
                  .arg(kContentColumns.join(QStringLiteral(" = ?, "))));
    bindContent(q, c, *label, d);
    q.addBindValue(now);
    q.addBindValue(c.id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving %1").arg(c.displayName())));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("Customer %1 does not exist.").arg(c.id));

    if (c.kind == CustomerKind::Organisation) {
        // Members show and sort by their organisation's name: keep it in step.
        QSqlQuery members(m_db->connection());
        members.prepare(QStringLiteral(
            "UPDATE customer SET org_label = ?, org_sort = ? WHERE organisation_id = ? AND org_label <> ?"));
        members.addBindValue(c.organisationName);
        members.addBindValue(organisationSortKey(c.organisationName));
        members.addBindValue(c.id);
        members.addBindValue(c.organisationName);
        if (!members.exec())
            return std::unexpected(Database::sqlError(members.lastError(), tr("Saving %1").arg(c.displayName())));
    }
    if (auto tags = writeTags(c.id, c.tags); !tags)
        return tags;
    return ChangeHistory::recordUpdate(m_db->connection(), *before, c, m_actor, how);
}

Result<void> CustomerRepository::writeTags(qint64 customerId, const QStringList &tags)
{
    // Only the difference is written: an unchanged tag set is no change (nor one to sync).
    QList<qint64> wanted;
    for (const QString &tag : tags) {
        const auto tagId = ensureTag(tag);
        if (!tagId)
            return std::unexpected(tagId.error());
        if (!wanted.contains(*tagId))
            wanted.append(*tagId);
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT tag_id FROM customer_tag WHERE customer_id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving tags")));
    QList<qint64> stored;
    while (q.next())
        stored.append(q.value(0).toLongLong());
    q.finish();
    QSqlQuery unlink(m_db->connection());
    unlink.prepare(QStringLiteral("DELETE FROM customer_tag WHERE customer_id = ? AND tag_id = ?"));
    for (const qint64 tagId : std::as_const(stored)) {
        if (wanted.contains(tagId))
            continue;
        unlink.addBindValue(customerId);
        unlink.addBindValue(tagId);
        if (!unlink.exec())
            return std::unexpected(Database::sqlError(unlink.lastError(), tr("Saving tags")));
    }
    QSqlQuery link(m_db->connection());
    link.prepare(QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)"));
    for (const qint64 tagId : std::as_const(wanted)) {
        if (stored.contains(tagId))
            continue;
        link.addBindValue(customerId);
        link.addBindValue(tagId);
        if (!link.exec())
            return std::unexpected(Database::sqlError(link.lastError(), tr("Saving tags")));
    }
    return {};
}

Result<void> CustomerRepository::setDeleted(qint64 id, bool deleted)
{
    const QString what = deleted ? tr("Deleting customer %1").arg(id) : tr("Restoring customer %1").arg(id);
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), what));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT deleted_at FROM customer WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("Customer %1 does not exist.").arg(id));
    const QString deletedAt = q.value(0).toString();
    if (deleted != deletedAt.isEmpty())
        return fail(Error::Code::Invalid, deleted ? tr("Customer %1 is already deleted.").arg(id)
                                                  : tr("Customer %1 is not deleted.").arg(id));
    if (auto written = writeDeleted(id, deleted, deletedAt, what); !written)
        return written;
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), what));
    return {};
}

Result<void> CustomerRepository::writeDeleted(qint64 id, bool deleted, const QString &storedDeletedAt,
                                              const QString &what)
{
    const QString now = nowStored();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE customer SET deleted_at = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(deleted ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    return ChangeHistory::recordEvent(m_db->connection(), id, ChangeHistory::kDeleted,
                                      deleted ? QString() : storedDeletedAt, deleted ? now : QString(), m_actor,
                                      ChangeHow::Edit);
}

Result<void> CustomerRepository::remove(qint64 id)
{
    return setDeleted(id, true);
}

Result<void> CustomerRepository::restore(qint64 id)
{
    return setDeleted(id, false);
}

namespace {

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    return q.value(0).toLongLong();
}

} // namespace

Result<bool> CustomerRepository::isEmpty() const
{
    const auto any = scalar(m_db->connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM customer)"),
                            tr("Counting customers"));
    if (!any)
        return std::unexpected(any.error());
    return *any == 0;
}

Result<qint64> CustomerRepository::countLive() const
{
    return scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM customer WHERE deleted_at IS NULL"),
                  tr("Counting customers"));
}

Result<qint64> CustomerRepository::countDeleted() const
{
    return scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM customer WHERE deleted_at IS NOT NULL"),
                  tr("Counting customers"));
}

QList<SimilarCustomer> CustomerRepository::findSimilar(const Customer &input, int limit) const
{
    QList<SimilarCustomer> found;
    const ValidationResult v = CustomerValidator::validate(input);
    const Customer &c = v.normalised;
    auto collect = [&](QSqlQuery &q, SimilarCustomer::Reason reason) {
        if (!q.exec())
            return;
        while (q.next() && found.size() < limit) {
            const qint64 id = q.value(0).toLongLong();
            if (std::any_of(found.cbegin(), found.cend(), [id](const SimilarCustomer &s) { return s.id == id; }))
                continue;
            found.append(SimilarCustomer{id, q.value(1).toString(), q.value(2).toString(), reason});
        }
    };
    const QString columns = QStringLiteral(
        "SELECT id, CASE kind WHEN 'organisation' THEN organisation_name"
        " ELSE trim(given_name || ' ' || family_name) END, city FROM customer");
    for (const QString &email : {c.email, c.emailAlt}) {
        if (email.isEmpty())
            continue;
        QSqlQuery q(m_db->connection());
        q.prepare(columns + QStringLiteral(" WHERE deleted_at IS NULL AND %1 AND id <> ? ORDER BY id LIMIT ?")
                                .arg(phrases::equalsIgnoringCase(m_db->dialect(), QStringLiteral("email"))));
        q.addBindValue(email);
        q.addBindValue(c.id);
        q.addBindValue(limit);
        collect(q, SimilarCustomer::Reason::SameEmail);
    }
    if (!c.city.isEmpty() && !(c.displayName().isEmpty())) {
        QSqlQuery q(m_db->connection());
        q.prepare(columns + QStringLiteral(" WHERE deleted_at IS NULL AND sort_name = ? AND %1 AND id <> ?"
                                           " ORDER BY id LIMIT ?")
                                .arg(phrases::equalsIgnoringCase(m_db->dialect(), QStringLiteral("city"))));
        q.addBindValue(derive(c, {}).sortName);
        q.addBindValue(text(c.city));
        q.addBindValue(c.id);
        q.addBindValue(limit);
        collect(q, SimilarCustomer::Reason::SameNameAndCity);
    }
    return found;
}

namespace {

QList<NamedItem> namedItems(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QList<NamedItem> items;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return items;
    while (q.next())
        items.append(NamedItem{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return items;
}

} // namespace

QList<NamedItem> CustomerRepository::owners() const
{
    return namedItems(m_db->connection(),
                      QStringLiteral("SELECT id, name, 0 FROM owner WHERE deleted_at IS NULL ORDER BY %1")
                          .arg(phrases::orderIgnoringCase(m_db->dialect(), QStringLiteral("name"))));
}

QList<NamedItem> CustomerRepository::tags() const
{
    return namedItems(m_db->connection(),
                      QStringLiteral("SELECT id, name, 0 FROM tag WHERE deleted_at IS NULL ORDER BY %1")
                          .arg(phrases::orderIgnoringCase(m_db->dialect(), QStringLiteral("name"))));
}

QList<NamedItem> CustomerRepository::countries() const
{
    // Walks the country index: one step per distinct country, however many customers there are.
    QList<NamedItem> items;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT country FROM customer WHERE deleted_at IS NULL AND country > ? ORDER BY country LIMIT 1"));
    QString last = text(QString());
    for (;;) {
        q.bindValue(0, last);
        if (!q.exec() || !q.next())
            break;
        last = q.value(0).toString();
        items.append(NamedItem{0, last, 0});
    }
    return items;
}

QList<NamedItem> CustomerRepository::organisationsStartingWith(const QString &prefix, int limit) const
{
    const QString key = organisationSortKey(prefix);
    // Sort keys compare byte by byte (SQLite's BINARY; "C" on a team database, whose own collation
    // may follow a locale that ignores the bound's U+FFFF).
    const QString binary = m_db->dialect() == Dialect::PostgreSQL ? QStringLiteral(" COLLATE \"C\"") : QString();
    return namedItems(m_db->connection(),
                      QStringLiteral("SELECT id, organisation_name, 0 FROM customer"
                                     " WHERE deleted_at IS NULL AND kind = 'organisation'"
                                     " AND sort_name%1 >= ? AND sort_name%1 < ? ORDER BY sort_name%1, id LIMIT ?")
                          .arg(binary),
                      {key, key + QChar(0xFFFF), limit});
}

Result<qint64> CustomerRepository::ensureOwner(const QString &name, const QString &email)
{
    const QString trimmed = name.simplified();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM owner WHERE name = ? AND deleted_at IS NULL"));
    q.addBindValue(trimmed);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    const QString now = nowStored();
    q.prepare(QStringLiteral("INSERT INTO owner (uuid, name, email, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
                             " RETURNING id"));
    q.addBindValue(uuidForName(m_db->connection(), "owner", trimmed));
    q.addBindValue(trimmed);
    q.addBindValue(text(email.trimmed()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving owner %1").arg(trimmed)));
    return returnedId(q);
}

Result<qint64> CustomerRepository::ensureTag(const QString &name)
{
    const QString trimmed = name.simplified();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM tag WHERE %1").arg(phrases::equalsIgnoringCase(m_db->dialect(), QStringLiteral("name"))));
    q.addBindValue(trimmed);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    const QString now = nowStored();
    q.prepare(QStringLiteral("INSERT INTO tag (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(uuidForName(m_db->connection(), "tag", trimmed));
    q.addBindValue(trimmed);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Saving tag %1").arg(trimmed)));
    return returnedId(q);
}

} // namespace relatio
