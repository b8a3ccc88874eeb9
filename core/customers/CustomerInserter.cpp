// Bulk customer inserts.
#include "customers/CustomerInserter.h"

#include "customers/CustomerRepository.h"

#include <sqlite3.h>

namespace relatio {

CustomerInserter::CustomerInserter(sqlite3 *db)
    : m_db(db)
    , m_insert(db, "INSERT INTO customer (uuid, kind, given_name, family_name, organisation_name, organisation_id,"
                   " email, email_alt, phone, mobile, street, postcode, city, country, language, owner_id, notes,"
                   " org_label, sort_name, org_sort, phone_search, created_at, updated_at, external_id)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_link(db, "INSERT OR IGNORE INTO customer_tag (customer_id, tag_id) VALUES (?, ?)")
{
}

Result<qint64> CustomerInserter::insert(const Customer &c, const QString &organisationLabel,
                                        const QString &createdAt, const QString &updatedAt)
{
    static const QByteArray person = QByteArrayLiteral("person");
    static const QByteArray organisation = QByteArrayLiteral("organisation");
    const auto derived = CustomerRepository::derive(c, organisationLabel);
    Statement &q = m_insert;
    q.reset();
    q.bind(1, c.uuid);
    q.bindUtf8(2, c.kind == CustomerKind::Organisation ? organisation : person);
    q.bind(3, c.givenName);
    q.bind(4, c.familyName);
    q.bind(5, c.organisationName);
    if (c.organisationId > 0)
        q.bind(6, c.organisationId);
    else
        q.bindNull(6);
    q.bind(7, c.email);
    q.bind(8, c.emailAlt);
    q.bind(9, c.phone);
    q.bind(10, c.mobile);
    q.bind(11, c.street);
    q.bind(12, c.postcode);
    q.bind(13, c.city);
    q.bind(14, c.country);
    q.bind(15, c.language);
    if (c.ownerId > 0)
        q.bind(16, c.ownerId);
    else
        q.bindNull(16);
    q.bind(17, c.notes);
    q.bind(18, organisationLabel);
    q.bind(19, derived.sortName);
    q.bind(20, derived.orgSort);
    q.bind(21, derived.phoneSearch);
    q.bind(22, createdAt);
    q.bind(23, updatedAt);
    q.bind(24, c.externalId);
    q.step();
    if (q.failed())
        return fail(Error::Code::Database, tr("Saving %1: %2").arg(c.displayName(), q.errorMessage()));
    return sqlite3_last_insert_rowid(m_db);
}

Result<void> CustomerInserter::linkTags(qint64 customerId, std::span<const qint64> tagIds)
{
    for (const qint64 tag : tagIds) {
        m_link.reset();
        m_link.bind(1, customerId);
        m_link.bind(2, tag);
        m_link.step();
        if (m_link.failed())
            return fail(Error::Code::Database, tr("Saving tags: %1").arg(m_link.errorMessage()));
    }
    return {};
}

} // namespace relatio
