// Price rule persistence and the order rules are tried in.
#include "value/PriceRule.h"

#include "util/Stamps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relatio {

namespace {

const QString kSelectRule = QStringLiteral(
    "SELECT r.id, r.uuid, r.name, r.priority, r.product_id, r.category, r.segment, r.clv_tier, r.persona_id,"
    " r.discount_percent, r.price_cents, r.currency, r.valid_from, r.valid_to, r.deleted_at IS NOT NULL,"
    " p.name, s.name"
    " FROM price_rule r LEFT JOIN product p ON p.id = r.product_id LEFT JOIN persona s ON s.id = r.persona_id");

PriceRule readRule(const QSqlQuery &q)
{
    PriceRule r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.name = q.value(2).toString();
    r.priority = q.value(3).toInt();
    r.productId = q.value(4).toLongLong();
    r.category = q.value(5).toString();
    if (!q.value(6).isNull())
        r.segment = q.value(6).toInt();
    if (!q.value(7).isNull())
        r.clvTier = q.value(7).toInt();
    r.personaId = q.value(8).toLongLong();
    if (!q.value(9).isNull())
        r.discountPercent = q.value(9).toDouble();
    if (!q.value(10).isNull())
        r.priceCents = q.value(10).toLongLong();
    r.currency = q.value(11).toString();
    r.validFrom = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    r.validTo = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    r.deleted = q.value(14).toBool();
    r.productName = q.value(15).toString();
    r.personaName = q.value(16).toString();
    return r;
}

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::Int));
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : nullText();
}

void bindRule(QSqlQuery &q, const PriceRule &r)
{
    q.addBindValue(r.name.simplified());
    q.addBindValue(r.priority);
    q.addBindValue(r.productId > 0 ? QVariant(r.productId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(r.productId > 0 || r.category.trimmed().isEmpty() ? nullText() : QVariant(r.category.trimmed()));
    q.addBindValue(r.segment ? QVariant(*r.segment) : nullInt());
    q.addBindValue(r.clvTier ? QVariant(*r.clvTier) : nullInt());
    q.addBindValue(r.personaId > 0 ? QVariant(r.personaId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(r.discountPercent ? QVariant(*r.discountPercent) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(r.priceCents ? QVariant(*r.priceCents) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(r.priceCents ? r.currency.trimmed().toUpper() : QString(QLatin1String("")));
    q.addBindValue(dateOrNull(r.validFrom));
    q.addBindValue(dateOrNull(r.validTo));
}

Result<void> exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    return {};
}

} // namespace

bool PriceRuleRepository::triedBefore(const PriceRule &a, const PriceRule &b)
{
    if (a.priority != b.priority)
        return a.priority < b.priority;
    if (a.scope() != b.scope())
        return int(a.scope()) > int(b.scope());
    if (a.conditionCount() != b.conditionCount())
        return a.conditionCount() > b.conditionCount();
    return a.id < b.id;
}

PriceRuleRepository::PriceRuleRepository(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<QList<PriceRule>> PriceRuleRepository::rules(bool includeDeleted) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelectRule + (includeDeleted ? QString() : QStringLiteral(" WHERE r.deleted_at IS NULL"))))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the price rules")));
    QList<PriceRule> list;
    while (q.next())
        list.append(readRule(q));
    std::stable_sort(list.begin(), list.end(), [](const PriceRule &a, const PriceRule &b) {
        if (a.deleted != b.deleted)
            return !a.deleted;
        return triedBefore(a, b);
    });
    return list;
}

Result<PriceRule> PriceRuleRepository::rule(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSelectRule + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the price rule")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The price rule no longer exists."));
    return readRule(q);
}

Result<void> PriceRuleRepository::validate(const PriceRule &r) const
{
    if (r.name.simplified().isEmpty())
        return fail(Error::Code::Invalid, tr("A price rule needs a name."));
    if (r.discountPercent.has_value() == r.priceCents.has_value())
        return fail(Error::Code::Invalid, tr("A price rule either takes a percentage off or sets a price."));
    if (r.discountPercent && (*r.discountPercent < 0 || *r.discountPercent > 100))
        return fail(Error::Code::Invalid, tr("A discount is 0 to 100%, not %1%.").arg(*r.discountPercent));
    if (r.priceCents && *r.priceCents < 0)
        return fail(Error::Code::Invalid, tr("A price cannot be negative."));
    if (r.priceCents) {
        const QString c = r.currency.trimmed();
        if (c.size() != 3 || !std::all_of(c.cbegin(), c.cend(), [](QChar ch) { return ch.isLetter(); }))
            return fail(Error::Code::Invalid, tr("A set price needs its currency: a three-letter ISO code such as EUR."));
    }
    if (r.segment && (*r.segment < 1 || *r.segment > 10))
        return fail(Error::Code::Invalid, tr("A segment is 1 to 10, not %1.").arg(*r.segment));
    if (r.clvTier && (*r.clvTier < 1 || *r.clvTier > 4))
        return fail(Error::Code::Invalid, tr("A CLV tier is 1 to 4, not %1.").arg(*r.clvTier));
    if (r.validFrom.isValid() && r.validTo.isValid() && r.validTo < r.validFrom)
        return fail(Error::Code::Invalid, tr("The rule stops (%1) before it starts (%2).")
                                              .arg(r.validTo.toString(Qt::ISODate), r.validFrom.toString(Qt::ISODate)));
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM product WHERE id = ? AND deleted_at IS NULL),"
                             " (SELECT count(*) FROM persona WHERE id = ? AND deleted_at IS NULL)"));
    q.addBindValue(r.productId);
    q.addBindValue(r.personaId);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Checking the price rule")));
    if (r.productId > 0 && q.value(0).toLongLong() == 0)
        return fail(Error::Code::NotFound, tr("The product no longer exists."));
    if (r.personaId > 0 && q.value(1).toLongLong() == 0)
        return fail(Error::Code::NotFound, tr("The persona no longer exists."));
    return {};
}

Result<qint64> PriceRuleRepository::add(const PriceRule &r)
{
    if (auto valid = validate(r); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO price_rule (name, priority, product_id, category, segment, clv_tier,"
                             " persona_id, discount_percent, price_cents, currency, valid_from, valid_to, uuid,"
                             " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindRule(q, r);
    const QString now = nowStored();
    q.addBindValue(r.uuid.isEmpty() ? newUuid() : r.uuid);
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto done = exec(q, tr("Adding the price rule")); !done)
        return std::unexpected(done.error());
    return q.lastInsertId().toLongLong();
}

Result<void> PriceRuleRepository::update(const PriceRule &r)
{
    if (auto valid = validate(r); !valid)
        return valid;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE price_rule SET name = ?, priority = ?, product_id = ?, category = ?, segment = ?,"
                             " clv_tier = ?, persona_id = ?, discount_percent = ?, price_cents = ?, currency = ?,"
                             " valid_from = ?, valid_to = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    bindRule(q, r);
    q.addBindValue(nowStored());
    q.addBindValue(r.id);
    if (auto done = exec(q, tr("Saving the price rule")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The price rule no longer exists."));
    return {};
}

Result<void> PriceRuleRepository::remove(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE price_rule SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    const QString now = nowStored();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (auto done = exec(q, tr("Deleting the price rule")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The price rule no longer exists."));
    return {};
}

Result<void> PriceRuleRepository::restore(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE price_rule SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL"));
    q.addBindValue(nowStored());
    q.addBindValue(id);
    if (auto done = exec(q, tr("Restoring the price rule")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The price rule is not deleted."));
    return {};
}

Result<QStringList> PriceRuleRepository::categories() const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT category FROM product WHERE deleted_at IS NULL AND category <> ''"
                               " UNION SELECT category FROM price_rule WHERE category IS NOT NULL AND category <> ''"
                               " ORDER BY 1 COLLATE NOCASE")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the product categories")));
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

} // namespace relatio
