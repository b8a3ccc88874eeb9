// Cost entry persistence.
#include "value/CostEntry.h"

#include "interactions/Interaction.h"
#include "util/Stamps.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace relatio {

QString costKindCode(CostKind kind)
{
    return kind == CostKind::Acquisition ? QStringLiteral("acquisition") : QStringLiteral("retention");
}

std::optional<CostKind> costKindFromCode(const QString &code)
{
    if (code == QLatin1String("acquisition"))
        return CostKind::Acquisition;
    if (code == QLatin1String("retention"))
        return CostKind::Retention;
    return std::nullopt;
}

double CostEntry::proratedCents(QDate from, QDate to) const
{
    if (!periodStart.isValid() || !periodEnd.isValid() || periodEnd < periodStart)
        return 0;
    const QDate start = from.isValid() ? std::max(from, periodStart) : periodStart;
    const QDate end = to.isValid() ? std::min(to, periodEnd) : periodEnd;
    if (end < start)
        return 0;
    return double(amountCents) * double(start.daysTo(end) + 1) / double(days());
}

namespace {

const QString kSelectCost = QStringLiteral(
    "SELECT e.id, e.uuid, e.kind, e.segment, e.channel_id, e.period_start, e.period_end, e.amount_cents,"
    " e.currency, e.note, e.deleted_at IS NOT NULL, ch.code, ch.name"
    " FROM cost_entry e LEFT JOIN channel ch ON ch.id = e.channel_id");

CostEntry readCost(const QSqlQuery &q)
{
    CostEntry e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.kind = costKindFromCode(q.value(2).toString()).value_or(CostKind::Retention);
    e.segment = q.value(3).toInt();
    e.channelId = q.value(4).toLongLong();
    e.periodStart = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    e.periodEnd = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    e.amountCents = q.value(7).toLongLong();
    e.currency = q.value(8).toString();
    e.note = q.value(9).toString();
    e.deleted = q.value(10).toBool();
    if (e.channelId > 0) {
        Channel ch;
        ch.code = q.value(11).toString();
        ch.name = q.value(12).toString();
        e.channelName = ch.displayName();
    }
    return e;
}

Result<void> exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), what));
    return {};
}

} // namespace

CostEntryRepository::CostEntryRepository(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<QList<CostEntry>> CostEntryRepository::entries(QDate from, QDate to, bool includeDeleted) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(kSelectCost + QStringLiteral(" WHERE (? = '' OR e.period_end >= ?) AND (? = '' OR e.period_start <= ?)"
                                           " AND (? OR e.deleted_at IS NULL)"
                                           " ORDER BY e.period_start DESC, e.period_end DESC, e.id DESC"));
    const QString f = from.isValid() ? from.toString(Qt::ISODate) : QString(QLatin1String(""));
    const QString t = to.isValid() ? to.toString(Qt::ISODate) : QString(QLatin1String(""));
    q.addBindValue(f);
    q.addBindValue(f);
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(includeDeleted ? 1 : 0);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the costs")));
    QList<CostEntry> list;
    while (q.next())
        list.append(readCost(q));
    return list;
}

Result<CostEntry> CostEntryRepository::entry(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(kSelectCost + QStringLiteral(" WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the cost")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The cost entry no longer exists."));
    return readCost(q);
}

Result<void> CostEntryRepository::validate(const CostEntry &e) const
{
    if (!e.periodStart.isValid() || !e.periodEnd.isValid())
        return fail(Error::Code::Invalid, tr("Give the first and the last day of the period."));
    if (e.periodEnd < e.periodStart)
        return fail(Error::Code::Invalid, tr("The period ends (%1) before it starts (%2).")
                                              .arg(e.periodEnd.toString(Qt::ISODate), e.periodStart.toString(Qt::ISODate)));
    if (e.segment < 0 || e.segment > 10)
        return fail(Error::Code::Invalid, tr("A segment is 0 (all segments) to 10, not %1.").arg(e.segment));
    if (e.amountCents < 0)
        return fail(Error::Code::Invalid, tr("A cost cannot be negative."));
    const QString currency = e.currency.trimmed();
    if (currency.size() != 3 || !std::all_of(currency.cbegin(), currency.cend(), [](QChar c) { return c.isLetter(); }))
        return fail(Error::Code::Invalid, tr("A currency is a three-letter ISO code such as EUR, not “%1”.").arg(e.currency));
    if (e.channelId > 0) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM channel WHERE id = ? AND deleted_at IS NULL"));
        q.addBindValue(e.channelId);
        if (!q.exec() || !q.next())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Checking the cost")));
        if (q.value(0).toLongLong() == 0)
            return fail(Error::Code::NotFound, tr("The channel no longer exists."));
    }
    return {};
}

Result<qint64> CostEntryRepository::add(const CostEntry &e)
{
    if (auto valid = validate(e); !valid)
        return std::unexpected(valid.error());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO cost_entry (uuid, kind, segment, channel_id, period_start, period_end,"
                             " amount_cents, currency, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowStored();
    q.addBindValue(e.uuid.isEmpty() ? newUuid() : e.uuid);
    q.addBindValue(costKindCode(e.kind));
    q.addBindValue(e.segment);
    q.addBindValue(e.channelId > 0 ? QVariant(e.channelId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(e.periodStart.toString(Qt::ISODate));
    q.addBindValue(e.periodEnd.toString(Qt::ISODate));
    q.addBindValue(e.amountCents);
    q.addBindValue(e.currency.trimmed().toUpper());
    q.addBindValue(e.note.isNull() ? QString(QLatin1String("")) : e.note.trimmed());
    q.addBindValue(now);
    q.addBindValue(now);
    if (auto done = exec(q, tr("Adding the cost")); !done)
        return std::unexpected(done.error());
    return q.lastInsertId().toLongLong();
}

Result<void> CostEntryRepository::update(const CostEntry &e)
{
    if (auto valid = validate(e); !valid)
        return valid;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE cost_entry SET kind = ?, segment = ?, channel_id = ?, period_start = ?,"
                             " period_end = ?, amount_cents = ?, currency = ?, note = ?, updated_at = ?"
                             " WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(costKindCode(e.kind));
    q.addBindValue(e.segment);
    q.addBindValue(e.channelId > 0 ? QVariant(e.channelId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(e.periodStart.toString(Qt::ISODate));
    q.addBindValue(e.periodEnd.toString(Qt::ISODate));
    q.addBindValue(e.amountCents);
    q.addBindValue(e.currency.trimmed().toUpper());
    q.addBindValue(e.note.isNull() ? QString(QLatin1String("")) : e.note.trimmed());
    q.addBindValue(nowStored());
    q.addBindValue(e.id);
    if (auto done = exec(q, tr("Saving the cost")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The cost entry no longer exists."));
    return {};
}

Result<void> CostEntryRepository::remove(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE cost_entry SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL"));
    const QString now = nowStored();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(id);
    if (auto done = exec(q, tr("Deleting the cost")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The cost entry no longer exists."));
    return {};
}

Result<void> CostEntryRepository::restore(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE cost_entry SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL"));
    q.addBindValue(nowStored());
    q.addBindValue(id);
    if (auto done = exec(q, tr("Restoring the cost")); !done)
        return done;
    if (q.numRowsAffected() == 0)
        return fail(Error::Code::NotFound, tr("The cost entry is not deleted."));
    return {};
}

Result<QStringList> CostEntryRepository::currencies() const
{
    // The latest purchases stand for all of them: counting every currency would read the
    // whole purchase table.
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT currency, sum(n) FROM ("
            " SELECT currency, count(*) AS n FROM (SELECT currency FROM purchase ORDER BY id DESC LIMIT 2000) GROUP BY currency"
            " UNION ALL SELECT currency, count(*) FROM cost_entry WHERE deleted_at IS NULL GROUP BY currency"
            " UNION ALL SELECT currency, count(*) FROM product WHERE deleted_at IS NULL GROUP BY currency"
            " UNION ALL SELECT currency, 1 FROM (SELECT currency FROM value_fit ORDER BY id DESC LIMIT 1))"
            " WHERE currency <> '' GROUP BY currency ORDER BY 2 DESC, 1")))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the currencies")));
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

} // namespace relatio
