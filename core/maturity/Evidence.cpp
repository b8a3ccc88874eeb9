// The maturity evidence queries: a few aggregate passes over customers, contacts, follow-ups and
// consents, each giving one or more indicators.
#include "maturity/Evidence.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace relatio::maturity {

State EvidenceValue::state() const
{
    if (!measured)
        return State::NotMeasured;
    const auto indicator = Maturity::indicator(code);
    return indicator && Maturity::meets(*indicator, value) ? State::Met : State::NotMet;
}

const EvidenceValue *Evidence::value(const QString &code) const
{
    for (const EvidenceValue &v : values)
        if (v.code == code)
            return &v;
    return nullptr;
}

namespace {

// One row of aggregates; the values as 64-bit integers (NULL sums of no rows read as 0).
Result<QList<qint64>> aggregate(const DatabasePtr &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(Database::sqlError(q.lastError(), EvidenceQuery::tr("Measuring the maturity evidence")));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), EvidenceQuery::tr("Measuring the maturity evidence")));
    QList<qint64> row;
    for (int i = 0; i < q.record().count(); ++i)
        row.append(q.value(i).toLongLong());
    return row;
}

QString ofCustomers(qint64 count, qint64 basis)
{
    const QLocale locale;
    return EvidenceQuery::tr("%1 of %2 customers").arg(locale.toString(count), locale.toString(basis));
}

QString ofContacts(qint64 count, qint64 basis)
{
    const QLocale locale;
    return EvidenceQuery::tr("%1 of %2 contacts").arg(locale.toString(count), locale.toString(basis));
}

EvidenceValue share(const QString &code, qint64 count, qint64 basis, const QString &basisText)
{
    EvidenceValue v;
    v.code = code;
    v.measured = basis > 0;
    v.count = count;
    v.basis = basis;
    v.value = basis > 0 ? 100.0 * double(count) / double(basis) : 0;
    v.basisText = basisText;
    return v;
}

EvidenceValue notMeasured(const QString &code, const QString &why)
{
    EvidenceValue v;
    v.code = code;
    v.basisText = why;
    return v;
}

} // namespace

Result<Evidence> EvidenceQuery::measure(const DatabasePtr &db, const QDate &asOf, const std::atomic_bool *cancelled)
{
    Evidence evidence;
    evidence.asOf = asOf;
    const QString from = asOf.addDays(-364).toString(Qt::ISODate);     // stored times: UTC ISO text
    const QString until = asOf.addDays(1).toString(Qt::ISODate);
    const auto stop = [cancelled]() { return cancelled && cancelled->load(); };
    const auto cancel = []() { return fail(Error::Code::Cancelled, tr("Measuring the maturity evidence was cancelled.")); };
    const QString noContacts = tr("no contacts recorded in the last 12 months");
    const QString noCustomers = tr("no customers recorded");
    const QString window = QStringLiteral(" FROM interaction i JOIN customer c ON c.id = i.customer_id AND c.deleted_at IS NULL"
                                          " WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?");

    // Customer records: count, complete core data, looking like another record (the definition
    // of CustomerRepository::findSimilar: same e-mail, or same name in the same city). Counts are
    // sums of CASE … THEN 1, which both dialects add up alike.
    const bool team = db->dialect() == Dialect::PostgreSQL;
    const QString complete = QStringLiteral(
        "(CASE kind WHEN 'organisation' THEN organisation_name <> '' ELSE family_name <> '' END)"
        " AND (email <> '' OR phone <> '' OR mobile <> '') AND city <> '' AND country <> ''");
    // A file looks each record's likes up by its NOCASE indexes; a team database counts the
    // members of each group at once (lower() folds the case there).
    const auto records = aggregate(
        db,
        team ? QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN complete THEN 1 ELSE 0 END), 0),"
                              " coalesce(sum(CASE WHEN (email <> '' AND same_email > 1)"
                              "  OR (city <> '' AND sort_name <> '' AND same_name > 1) THEN 1 ELSE 0 END), 0)"
                              " FROM (SELECT email, city, sort_name, %1 AS complete,"
                              "  count(*) OVER (PARTITION BY lower(email)) AS same_email,"
                              "  count(*) OVER (PARTITION BY lower(city), sort_name) AS same_name"
                              "  FROM customer WHERE deleted_at IS NULL) AS c")
                   .arg(complete)
             : QStringLiteral(
                   "SELECT count(*), sum(CASE WHEN %1 THEN 1 ELSE 0 END),"
                   " sum(CASE WHEN (email <> '' AND EXISTS (SELECT 1 FROM customer o WHERE o.deleted_at IS NULL"
                   "   AND o.email = c.email COLLATE NOCASE AND o.id <> c.id))"
                   "  OR (city <> '' AND sort_name <> '' AND EXISTS (SELECT 1 FROM customer o WHERE o.deleted_at IS NULL"
                   "   AND o.city = c.city COLLATE NOCASE AND o.sort_name = c.sort_name AND o.id <> c.id)) THEN 1 ELSE 0 END)"
                   " FROM customer c WHERE c.deleted_at IS NULL")
                   .arg(complete),
        {});
    if (!records)
        return std::unexpected(records.error());
    const qint64 customers = records->at(0);
    if (stop())
        return cancel();

    // Contacts of the window, per customer: channels, units of the team members who handled
    // them, and whether any was feedback or an idea.
    const auto perCustomer = aggregate(
        db,
        QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN channels >= 2 THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN units >= 2 THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(feedback), 0) FROM (SELECT count(DISTINCT i.channel_id) AS channels,"
                       " count(DISTINCT o.unit_id) AS units, max(CASE WHEN i.kind = 'feedback' THEN 1 ELSE 0 END) AS feedback"
                       " FROM interaction i JOIN customer c ON c.id = i.customer_id AND c.deleted_at IS NULL"
                       " LEFT JOIN owner o ON o.id = i.handled_by"
                       " WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?"
                       " GROUP BY i.customer_id) AS per_customer"),
        {from, until});
    if (!perCustomer)
        return std::unexpected(perCustomer.error());
    const qint64 contacted = perCustomer->at(0);
    if (stop())
        return cancel();

    // Contacts of the window one by one: satisfaction answers, self-service, NPS, channels.
    const auto perContact = aggregate(
        db,
        QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN i.csat IS NOT NULL OR i.nps IS NOT NULL THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN i.kind = 'self_service' THEN 1 ELSE 0 END), 0), count(i.nps),"
                       " coalesce(sum(CASE WHEN i.nps >= 9 THEN 1 ELSE 0 END), 0),"
                       " coalesce(sum(CASE WHEN i.nps <= 6 THEN 1 ELSE 0 END), 0), count(DISTINCT i.channel_id),"
                       " count(DISTINCT CASE WHEN i.csat IS NOT NULL OR i.nps IS NOT NULL THEN i.channel_id END)")
            + window,
        {from, until});
    if (!perContact)
        return std::unexpected(perContact.error());
    const qint64 contacts = perContact->at(0);
    if (stop())
        return cancel();

    const auto unitsKnown = aggregate(
        db, QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM owner WHERE unit_id IS NOT NULL AND deleted_at IS NULL)"
                           " THEN 1 ELSE 0 END"), {});
    if (!unitsKnown)
        return std::unexpected(unitsKnown.error());

    // Follow-ups due in the window before asOf, and those done by their (local) due date: the
    // day done in this computer's time zone (the team database is told which).
    const QString doneDay = team ? QStringLiteral("to_char((f.done_at::timestamptz AT TIME ZONE ?), 'YYYY-MM-DD')")
                                 : QStringLiteral("date(f.done_at, 'localtime')");
    QVariantList followUpBinds{from, asOf.toString(Qt::ISODate)};
    if (team) {
        const QByteArray zone = QTimeZone::systemTimeZoneId();
        followUpBinds.prepend(zone.isEmpty() ? QStringLiteral("UTC") : QString::fromLatin1(zone));
    }
    const auto followUps = aggregate(
        db,
        QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN f.done_at IS NOT NULL AND %1 <= f.due_date THEN 1 ELSE 0 END), 0)"
                       " FROM follow_up f JOIN customer c ON c.id = f.customer_id AND c.deleted_at IS NULL"
                       " WHERE f.deleted_at IS NULL AND f.due_date >= ? AND f.due_date <= ?")
            .arg(doneDay),
        followUpBinds);
    if (!followUps)
        return std::unexpected(followUps.error());

    // Customers with a recorded decision on a marketing purpose (one with a medium to reach
    // them by), and whether any such decision is recorded at all.
    const auto consents = aggregate(
        db,
        QStringLiteral("SELECT count(DISTINCT e.customer_id) FROM consent_entry e"
                       " JOIN consent_purpose p ON p.id = e.purpose_id AND p.medium <> 'none'"
                       " JOIN customer c ON c.id = e.customer_id AND c.deleted_at IS NULL"
                       " WHERE e.action IN ('grant', 'withdraw')"),
        {});
    if (!consents)
        return std::unexpected(consents.error());

    for (const Indicator &indicator : Maturity::indicators()) {
        const QString &code = indicator.code;
        EvidenceValue v;
        if (code == QLatin1String("contacts_recorded")) {
            v = customers == 0 ? notMeasured(code, noCustomers)
                : contacted == 0 ? notMeasured(code, noContacts)
                                 : share(code, contacted, customers, ofCustomers(contacted, customers));
        } else if (code == QLatin1String("follow_up_on_time")) {
            v = followUps->at(0) == 0
                ? notMeasured(code, tr("no follow-ups due in the last 12 months"))
                : share(code, followUps->at(1), followUps->at(0),
                        tr("%1 of %2 follow-ups").arg(QLocale().toString(followUps->at(1)), QLocale().toString(followUps->at(0))));
        } else if (code == QLatin1String("core_data_complete")) {
            v = customers == 0 ? notMeasured(code, noCustomers)
                               : share(code, records->at(1), customers, ofCustomers(records->at(1), customers));
        } else if (code == QLatin1String("duplicate_rate")) {
            v = customers == 0 ? notMeasured(code, noCustomers)
                               : share(code, records->at(2), customers, ofCustomers(records->at(2), customers));
        } else if (code == QLatin1String("multichannel")) {
            v = contacted == 0 ? notMeasured(code, noContacts)
                               : share(code, perCustomer->at(1), contacted, ofCustomers(perCustomer->at(1), contacted));
        } else if (code == QLatin1String("cross_department")) {
            v = !unitsKnown->at(0) ? notMeasured(code, tr("no team member belongs to an organisation unit"))
                : contacted == 0   ? notMeasured(code, noContacts)
                                   : share(code, perCustomer->at(2), contacted, ofCustomers(perCustomer->at(2), contacted));
        } else if (code == QLatin1String("marketing_consent")) {
            v = customers == 0      ? notMeasured(code, noCustomers)
                : consents->at(0) == 0 ? notMeasured(code, tr("no marketing permissions recorded"))
                                       : share(code, consents->at(0), customers, ofCustomers(consents->at(0), customers));
        } else if (code == QLatin1String("satisfaction_measured")) {
            v = contacts == 0 ? notMeasured(code, noContacts)
                              : share(code, perContact->at(1), contacts, ofContacts(perContact->at(1), contacts));
        } else if (code == QLatin1String("channels_measured")) {
            v = contacts == 0 ? notMeasured(code, noContacts)
                              : share(code, perContact->at(7), perContact->at(6),
                                      tr("%1 of %2 channels").arg(perContact->at(7)).arg(perContact->at(6)));
        } else if (code == QLatin1String("self_service_share")) {
            v = contacts == 0 ? notMeasured(code, noContacts)
                              : share(code, perContact->at(2), contacts, ofContacts(perContact->at(2), contacts));
        } else if (code == QLatin1String("nps")) {
            const qint64 answers = perContact->at(3);
            if (answers == 0) {
                v = notMeasured(code, tr("no NPS answers in the last 12 months"));
            } else {
                v.code = code;
                v.measured = true;
                v.count = perContact->at(4) - perContact->at(5);
                v.basis = answers;
                v.value = 100.0 * double(v.count) / double(answers);
                v.basisText = tr("%1 promoters, %2 detractors of %3 answers")
                                  .arg(QLocale().toString(perContact->at(4)), QLocale().toString(perContact->at(5)),
                                       QLocale().toString(answers));
            }
        } else if (code == QLatin1String("ideas_captured")) {
            v = contacted == 0 ? notMeasured(code, noContacts)
                               : share(code, perCustomer->at(3), contacted, ofCustomers(perCustomer->at(3), contacted));
        } else {
            v = notMeasured(code, tr("not measured yet"));
        }
        evidence.values.append(v);
    }
    return evidence;
}

} // namespace relatio::maturity
