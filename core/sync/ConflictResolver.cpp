// Reviewing and answering sync conflicts.
#include "sync/ConflictResolver.h"

#include "customers/CustomerRepository.h"
#include "maturity/Criteria.h"
#include "privacy/Consent.h"
#include "store/Transaction.h"
#include "sync/SyncSchema.h"
#include "util/Stamps.h"

#include <QDate>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace relatio::sync {

ConflictResolver::ConflictResolver(DatabasePtr db)
    : m_db(std::move(db))
{
}

namespace {

// A customer's name as people read it, in SQL (alias: the customer table's, with its dot).
QString customerNameSql(const QString &alias = QString())
{
    return QStringLiteral("CASE %1kind WHEN 'organisation' THEN %1organisation_name"
                          " ELSE trim(%1given_name || ' ' || %1family_name) END")
        .arg(alias);
}

// The tables whose conflicts the customer card shows; the others are listed elsewhere.
const QString kOnCardSql = QStringLiteral("('customer', 'interaction', 'follow_up')");

// The open conflicts a customer card shows, each with the card's customer id (customer_id) and
// when the overwritten value was written (at): about the customer, its contacts, its follow-ups.
QString openOnCardSql()
{
    QStringList parts;
    for (const auto &[table, customerId] : {std::pair{"customer", "x.id"}, std::pair{"interaction", "x.customer_id"},
                                            std::pair{"follow_up", "x.customer_id"}})
        parts.append(QStringLiteral("SELECT %2 AS customer_id, k.loser_hlc AS at FROM sync_conflict AS k JOIN %1 AS x"
                                    " ON x.uuid = k.row_uuid WHERE k.tbl = '%1' AND k.state = 'open'")
                         .arg(QLatin1String(table), QLatin1String(customerId)));
    return parts.join(QStringLiteral(" UNION ALL "));
}

bool onCard(const QString &table)
{
    return table == QLatin1String("customer") || table == QLatin1String("interaction")
        || table == QLatin1String("follow_up");
}

} // namespace

QDateTime ConflictResolver::stampTime(qint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(hlc >> 16, Qt::UTC);
}

QString ConflictResolver::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("given_name"), QT_TR_NOOP("Given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("Family name")},
        {QStringLiteral("organisation_name"), QT_TR_NOOP("Organisation name")},
        {QStringLiteral("organisation_id"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("email_alt"), QT_TR_NOOP("Other e-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile")},
        {QStringLiteral("street"), QT_TR_NOOP("Street")},
        {QStringLiteral("postcode"), QT_TR_NOOP("Postcode")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("country"), QT_TR_NOOP("Country")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("owner_id"), QT_TR_NOOP("Owner")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("external_id"), QT_TR_NOOP("External id")},
        {QStringLiteral("deleted_at"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        // Contacts and follow-ups.
        {QStringLiteral("occurred_at"), QT_TR_NOOP("When")},
        {QStringLiteral("channel_id"), QT_TR_NOOP("Channel")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("handled_by"), QT_TR_NOOP("Handled by")},
        {QStringLiteral("csat"), QT_TR_NOOP("Satisfaction (1-5)")},
        {QStringLiteral("nps"), QT_TR_NOOP("Would recommend (0-10)")},
        {QStringLiteral("taken_by"), QT_TR_NOOP("Taken by")},
        {QStringLiteral("taken_at"), QT_TR_NOOP("Taken on")},
        {QStringLiteral("resolved_at"), QT_TR_NOOP("Resolved")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due")},
        {QStringLiteral("assignee_id"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("done_at"), QT_TR_NOOP("Done")},
        // The records no customer card shows.
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("position"), QT_TR_NOOP("Place in the list")},
        {QStringLiteral("social"), QT_TR_NOOP("Social medium")},
        {QStringLiteral("retired_at"), QT_TR_NOOP("Retired")},
        {QStringLiteral("medium"), QT_TR_NOOP("Medium")},
        {QStringLiteral("requires_double_opt_in"), QT_TR_NOOP("Double opt-in")},
        {QStringLiteral("unit_id"), QT_TR_NOOP("Unit")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("needs"), QT_TR_NOOP("Needs")},
        {QStringLiteral("motives"), QT_TR_NOOP("Motives")},
        {QStringLiteral("preferred_channels"), QT_TR_NOOP("Preferred channels")},
        {QStringLiteral("persona_id"), QT_TR_NOOP("Persona")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("segment"), QT_TR_NOOP("Segment")},
        {QStringLiteral("tag_id"), QT_TR_NOOP("Tag")},
        {QStringLiteral("assessed_on"), QT_TR_NOOP("Assessed on")},
        {QStringLiteral("assessor"), QT_TR_NOOP("Assessor")},
        {QStringLiteral("score"), QT_TR_NOOP("Score (0-5)")},
        {QStringLiteral("sku"), QT_TR_NOOP("SKU")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("list_price_cents"), QT_TR_NOOP("List price (cents)")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("ordered_on"), QT_TR_NOOP("Ordered on")},
        {QStringLiteral("amount_cents"), QT_TR_NOOP("Amount (cents)")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("product_id"), QT_TR_NOOP("Product")},
    };
    const auto found = labels.constFind(field);
    return found == labels.cend() ? field : tr(*found);
}

QString ConflictResolver::describe(const QString &field, const QVariant &value, const QString &table) const
{
    if (!onCard(table) && !value.isNull() && !value.toString().isEmpty()) {
        // A reference of the other records by the name of what it names, a persona's channels
        // by theirs; times and days as people read them.
        const SyncTable *t = syncTable(table);
        QString target;
        for (const SyncColumn &c : t ? t->columns : QList<SyncColumn>())
            if (c.name == field && c.kind == SyncColumn::Kind::Ref)
                target = c.target;
        if (field == QLatin1String("preferred_channels"))
            target = QStringLiteral("channel");
        if (!target.isEmpty() && field != QLatin1String("channel_id")) {
            QStringList names;
            for (const QString &uuid : value.toString().split(QLatin1Char(','))) {
                const QString name = recordLabel(target, uuid, true);
                names.append(name.isEmpty() ? tr("(a record not here)") : name);
            }
            return names.join(QStringLiteral(", "));
        }
        if (field == QLatin1String("retired_at"))
            return QLocale().toString(fromStoredTime(value.toString()).toLocalTime(), QLocale::ShortFormat);
        if (table == QLatin1String("org_unit") && field == QLatin1String("kind"))
            return value.toString() == QLatin1String("team") ? tr("Team") : tr("Department");
        if (field == QLatin1String("social") || field == QLatin1String("requires_double_opt_in"))
            return value.toInt() != 0 ? tr("yes") : tr("no");
        if (field == QLatin1String("score") && value.toInt() == 0)
            return tr("not known");
        if (table == QLatin1String("consent_purpose") && field == QLatin1String("medium")) {
            if (const auto medium = consentMediumFromCode(value.toString()))
                return consentMediumName(*medium);
        }
        if (field == QLatin1String("assessed_on") || field == QLatin1String("ordered_on"))
            return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate), QLocale::ShortFormat);
    }
    if (value.isNull() || value.toString().isEmpty()) {
        if (field == QLatin1String("deleted_at"))
            return tr("not deleted");
        if (field == QLatin1String("resolved_at"))
            return tr("not resolved");
        if (field == QLatin1String("retired_at"))
            return tr("in use");
        if (field == QLatin1String("done_at"))
            return tr("not done");
        if (field == QLatin1String("taken_by") || field == QLatin1String("assignee_id"))
            return tr("nobody");
        return tr("(empty)");
    }
    const QString text = value.toString();
    QSqlQuery q(m_db->connection());
    if (field == QLatin1String("deleted_at"))
        return tr("deleted on %1").arg(QLocale().toString(fromStoredTime(text).toLocalTime(), QLocale::ShortFormat));
    for (const char *time : {"occurred_at", "taken_at", "resolved_at", "done_at"})
        if (field == QLatin1String(time))
            return QLocale().toString(fromStoredTime(text).toLocalTime(), QLocale::ShortFormat);
    if (field == QLatin1String("due_date"))
        return QLocale().toString(QDate::fromString(text, Qt::ISODate), QLocale::ShortFormat);
    // A reference on the card by the name of what it names.
    static const QHash<QString, QString> targets = {
        {QStringLiteral("channel_id"), QStringLiteral("channel")},
        {QStringLiteral("handled_by"), QStringLiteral("owner")},
        {QStringLiteral("taken_by"), QStringLiteral("owner")},
        {QStringLiteral("assignee_id"), QStringLiteral("owner")},
        {QStringLiteral("owner_id"), QStringLiteral("owner")},
        {QStringLiteral("organisation_id"), QStringLiteral("customer")},
    };
    if (const auto target = targets.constFind(field); target != targets.cend()) {
        const QString name = recordLabel(*target, text, true);
        return name.isEmpty() ? tr("(a record not here)") : name;
    }
    if (field == QLatin1String("tags")) {
        QStringList names;
        q.prepare(QStringLiteral("SELECT name FROM tag WHERE uuid = ?"));
        for (const QString &uuid : text.split(QLatin1Char(','))) {
            q.addBindValue(uuid);
            if (q.exec() && q.next())
                names.append(q.value(0).toString());
        }
        names.sort(Qt::CaseInsensitive);
        return names.join(QStringLiteral(", "));
    }
    return text;
}

QString ConflictResolver::placeName(const QString &node) const
{
    if (!m_places) {
        QSqlQuery q(m_db->connection());
        QString here;
        QString server;
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'replica_id'")) && q.next())
            here = q.value(0).toString();
        if (q.exec(QStringLiteral("SELECT peer_id FROM sync_peer WHERE role = 'server'")) && q.next())
            server = q.value(0).toString();
        // Working on the team database itself: what it wrote is the team database's, not "this
        // computer's" (no laptop's edit is).
        if (m_db->dialect() == Dialect::PostgreSQL)
            server = std::exchange(here, QString());
        m_places = std::make_pair(here, server);
    }
    if (!node.isEmpty() && node == m_places->first)
        return tr("this computer");
    if (!node.isEmpty() && node == m_places->second)
        return tr("the team database");
    return tr("another computer (%1)").arg(node.left(8));
}

ConflictView ConflictResolver::view(const Conflict &c, const QString &table, const QString &label,
                                    const QList<SyncRecord> &held) const
{
    // held: the record as it is here (empty when it is not), to tell whether the winner still stands.
    ConflictView v;
    v.conflict = c;
    v.fieldLabel = label;
    v.loserText = describe(c.field, c.loserValue, table);
    v.winnerText = describe(c.field, c.winnerValue, table);
    v.loserWhere = placeName(c.loser.node);
    v.winnerWhere = placeName(c.winner.node);
    v.loserWhen = stampTime(c.loser.hlc);
    v.winnerWhen = stampTime(c.winner.hlc);
    if (!held.isEmpty()) {
        const QVariant now = held.first().values.value(c.field);
        v.currentIsWinner = now.isNull() == c.winnerValue.isNull() && now.toString() == c.winnerValue.toString();
    }
    return v;
}

Result<QList<ConflictView>> ConflictResolver::forCustomer(const QString &customerUuid, bool openOnly) const
{
    SyncEndpoint endpoint(m_db);
    auto all = endpoint.conflicts(QStringLiteral("customer"), customerUuid);
    if (!all)
        return std::unexpected(all.error());
    auto records = endpoint.readRecords(QStringLiteral("customer"), {customerUuid});
    if (!records)
        return std::unexpected(records.error());
    QList<ConflictView> out;
    for (const Conflict &c : std::as_const(*all)) {
        if (openOnly && c.state != QLatin1String("open"))
            continue;
        out.prepend(view(c, QStringLiteral("customer"), fieldLabel(c.field), *records));
    }
    // The customer's contacts and follow-ups: each entry says which one it is about.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT 'interaction', i.uuid, i.subject, i.occurred_at FROM interaction i JOIN customer c ON c.id = i.customer_id"
        " WHERE c.uuid = ? AND EXISTS (SELECT 1 FROM sync_conflict s WHERE s.tbl = 'interaction' AND s.row_uuid = i.uuid)"
        " UNION ALL"
        " SELECT 'follow_up', f.uuid, f.note, f.due_date FROM follow_up f JOIN customer c ON c.id = f.customer_id"
        " WHERE c.uuid = ? AND EXISTS (SELECT 1 FROM sync_conflict s WHERE s.tbl = 'follow_up' AND s.row_uuid = f.uuid)"));
    q.addBindValue(customerUuid);
    q.addBindValue(customerUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the conflict list")));
    struct Row
    {
        QString table, uuid, title;
    };
    QList<Row> rows;
    while (q.next()) {
        const bool contact = q.value(0).toString() == QLatin1String("interaction");
        const QString what = q.value(2).toString().isEmpty()
            ? QLocale().toString(contact ? fromStoredTime(q.value(3).toString()).toLocalTime().date()
                                         : QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                 QLocale::ShortFormat)
            : q.value(2).toString();
        rows.append({q.value(0).toString(), q.value(1).toString(),
                     contact ? tr("Contact “%1”").arg(what) : tr("Follow-up “%1”").arg(what)});
    }
    q.finish();
    for (const Row &row : std::as_const(rows)) {
        auto conflicts = endpoint.conflicts(row.table, row.uuid);
        if (!conflicts)
            return std::unexpected(conflicts.error());
        auto held = endpoint.readRecords(row.table, {row.uuid});
        if (!held)
            return std::unexpected(held.error());
        for (const Conflict &c : std::as_const(*conflicts)) {
            if (openOnly && c.state != QLatin1String("open"))
                continue;
            out.append(view(c, row.table, tr("%1: %2").arg(row.title, fieldLabel(c.field)), *held));
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ConflictView &a, const ConflictView &b) { return b.conflict.loser < a.conflict.loser; });
    return out;
}

QString ConflictResolver::recordLabel(const QString &table, const QString &uuid, bool bare) const
{
    QSqlQuery q(m_db->connection());
    auto one = [&](const QString &sql) -> QStringList {
        q.prepare(sql);
        q.addBindValue(uuid);
        QStringList row;
        if (q.exec() && q.next())
            for (int i = 0; i < 3; ++i)
                row.append(q.value(i).toString());
        return row;
    };
    QStringList row;
    if (table == QLatin1String("owner") || table == QLatin1String("tag") || table == QLatin1String("org_unit")
        || table == QLatin1String("persona") || table == QLatin1String("product"))
        row = one(QStringLiteral("SELECT name, '', '' FROM %1 WHERE uuid = ?").arg(table));
    else if (table == QLatin1String("channel") || table == QLatin1String("consent_purpose"))
        row = one(QStringLiteral("SELECT CASE WHEN name <> '' THEN name ELSE code END, '', '' FROM %1 WHERE uuid = ?").arg(table));
    else if (table == QLatin1String("customer"))
        row = one(QStringLiteral("SELECT %1, '', '' FROM customer WHERE uuid = ?").arg(customerNameSql()));
    else if (table == QLatin1String("persona_rule"))
        row = one(QStringLiteral("SELECT p.name, '', '' FROM persona_rule r JOIN persona p ON p.id = r.persona_id WHERE r.uuid = ?"));
    else if (table == QLatin1String("maturity_assessment"))
        row = one(QStringLiteral("SELECT u.name, a.assessed_on, '' FROM maturity_assessment a JOIN org_unit u ON u.id = a.unit_id"
                                 " WHERE a.uuid = ?"));
    else if (table == QLatin1String("maturity_answer"))
        row = one(QStringLiteral("SELECT u.name, a.assessed_on, m.statement FROM maturity_answer m"
                                 " JOIN maturity_assessment a ON a.id = m.assessment_id JOIN org_unit u ON u.id = a.unit_id"
                                 " WHERE m.uuid = ?"));
    else if (table == QLatin1String("purchase"))
        row = one(QStringLiteral("SELECT %1, p.ordered_on, '' FROM purchase p JOIN customer c ON c.id = p.customer_id"
                                 " WHERE p.uuid = ?")
                      .arg(customerNameSql(QStringLiteral("c."))));
    if (row.isEmpty())
        return {};
    // A named record: bare, its name; else with its kind ("Tag “VIP”").
    static const QHash<QString, const char *> kinds = {
        {QStringLiteral("owner"), QT_TR_NOOP("Team member “%1”")},
        {QStringLiteral("tag"), QT_TR_NOOP("Tag “%1”")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel “%1”")},
        {QStringLiteral("product"), QT_TR_NOOP("Product “%1”")},
        {QStringLiteral("consent_purpose"), QT_TR_NOOP("Consent purpose “%1”")},
        {QStringLiteral("org_unit"), QT_TR_NOOP("Unit “%1”")},
        {QStringLiteral("persona"), QT_TR_NOOP("Persona “%1”")},
    };
    if (const auto kind = kinds.constFind(table); kind != kinds.cend())
        return bare ? row.first() : tr(*kind).arg(row.first());
    const QString day = row.value(1).isEmpty()
        ? QString()
        : QLocale().toString(QDate::fromString(row.value(1), Qt::ISODate), QLocale::ShortFormat);
    if (table == QLatin1String("persona_rule"))
        return tr("A rule of persona “%1”").arg(row.first());
    if (table == QLatin1String("maturity_assessment"))
        return tr("Assessment of %1 on %2").arg(row.first(), day);
    if (table == QLatin1String("maturity_answer")) {
        QString statement = row.value(2);
        for (const maturity::Criterion &c : maturity::Maturity::criteria())
            if (c.code == statement)
                statement = c.statement;
        // The start of a long statement is enough to know it by (a list shows it on one line).
        if (statement.size() > 60) {
            const qsizetype cut = statement.lastIndexOf(QLatin1Char(' '), 56);
            statement = statement.left(cut > 30 ? cut : 56) + QStringLiteral("…");
        }
        return tr("Assessment of %1 on %2,\n“%3”").arg(row.first(), day, statement);
    }
    if (table == QLatin1String("purchase"))
        return tr("Order of %1 on %2").arg(row.first(), day);
    return row.first();
}

Result<QList<ConflictView>> ConflictResolver::elsewhere(bool openOnly) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT tbl, row_uuid FROM sync_conflict"
                               " WHERE tbl NOT IN %1%2")
                    .arg(kOnCardSql, openOnly ? QStringLiteral(" AND state = 'open'") : QString())))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the conflict list")));
    QList<std::pair<QString, QString>> records;
    while (q.next())
        records.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    SyncEndpoint endpoint(m_db);
    QList<ConflictView> out;
    for (const auto &[table, uuid] : std::as_const(records)) {
        if (!syncTable(table))
            continue;
        auto conflicts = endpoint.conflicts(table, uuid);
        if (!conflicts)
            return std::unexpected(conflicts.error());
        auto held = endpoint.readRecords(table, {uuid});
        if (!held)
            return std::unexpected(held.error());
        QString record = recordLabel(table, uuid);
        if (record.isEmpty())
            record = tr("A record not here (%1)").arg(uuid.left(8));
        for (const Conflict &c : std::as_const(*conflicts)) {
            if (openOnly && c.state != QLatin1String("open"))
                continue;
            ConflictView v = view(c, table, tr("%1: %2").arg(record, fieldLabel(c.field)), *held);
            v.record = record;
            out.append(v);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ConflictView &a, const ConflictView &b) { return b.conflict.loser < a.conflict.loser; });
    return out;
}

Result<int> ConflictResolver::openCountElsewhere() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE state = 'open' AND tbl NOT IN %1").arg(kOnCardSql))
        || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the conflict list")));
    return q.value(0).toInt();
}

Result<QList<ConflictResolver::OnCard>> ConflictResolver::customersWithOpen() const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT o.customer_id, %1, count(*), max(o.at) AS latest FROM (%2) AS o"
                               " JOIN customer AS c ON c.id = o.customer_id"
                               " GROUP BY o.customer_id ORDER BY latest DESC, o.customer_id")
                    .arg(customerNameSql(QStringLiteral("c.")), openOnCardSql())))
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the conflict list")));
    QList<OnCard> out;
    while (q.next())
        out.append(OnCard{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

Result<int> ConflictResolver::openCount(const QString &customerUuid) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM (%1) AS o WHERE o.customer_id = (SELECT id FROM customer WHERE uuid = ?)")
                  .arg(openOnCardSql()));
    q.addBindValue(customerUuid);
    if (!q.exec() || !q.next())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Reading the conflict list")));
    return q.value(0).toInt();
}

Result<void> ConflictResolver::setState(const QString &conflictUuid, const QString &state)
{
    // A local edit of the entry: its trigger stamps the state, so the answer reaches every replica.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE sync_conflict SET state = ?, updated_at = ? WHERE uuid = ?"));
    q.addBindValue(state);
    q.addBindValue(nowStored());
    q.addBindValue(conflictUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Answering a conflict")));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("The conflict is no longer listed."));
    return {};
}

Result<void> ConflictResolver::accept(const QString &conflictUuid)
{
    return setState(conflictUuid, QStringLiteral("accepted"));
}

Result<void> ConflictResolver::flip(const QString &conflictUuid, const QString &actor)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT tbl, row_uuid, field, loser_value, winner_value, state FROM sync_conflict WHERE uuid = ?"));
    q.addBindValue(conflictUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Answering a conflict")));
    if (!q.next())
        return fail(Error::Code::NotFound, tr("The conflict is no longer listed."));
    const QString table = q.value(0).toString();
    const QString rowUuid = q.value(1).toString();
    const QString field = q.value(2).toString();
    const bool back = q.value(5).toString() == QLatin1String("flipped");
    const QVariant value = back ? q.value(4) : q.value(3);
    q.finish();
    if (table != QLatin1String("customer"))
        return flipField(conflictUuid, table, rowUuid, field, value, back);

    CustomerRepository repository(m_db);
    repository.setActor(actor);
    q.prepare(QStringLiteral("SELECT id FROM customer WHERE uuid = ?"));
    q.addBindValue(rowUuid);
    if (!q.exec() || !q.next())
        return fail(Error::Code::NotFound, tr("The customer of this conflict is not here."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    auto customer = repository.get(id);
    if (!customer)
        return std::unexpected(customer.error());
    Customer c = *customer;
    const QString text = value.isNull() ? QString() : value.toString();

    if (field == QLatin1String("deleted_at")) {
        const bool deleted = !text.isEmpty();
        if (deleted != c.isDeleted()) {
            if (auto done = deleted ? repository.remove(id) : repository.restore(id); !done)
                return done;
        }
        return setState(conflictUuid, back ? QStringLiteral("accepted") : QStringLiteral("flipped"));
    }
    auto idOf = [this](const char *sql, const QString &uuid) -> qint64 {
        QSqlQuery find(m_db->connection());
        find.prepare(QString::fromLatin1(sql));
        find.addBindValue(uuid);
        return find.exec() && find.next() ? find.value(0).toLongLong() : 0;
    };
    const QHash<QString, QString *> texts = {
        {QStringLiteral("given_name"), &c.givenName},   {QStringLiteral("family_name"), &c.familyName},
        {QStringLiteral("organisation_name"), &c.organisationName}, {QStringLiteral("email"), &c.email},
        {QStringLiteral("email_alt"), &c.emailAlt},     {QStringLiteral("phone"), &c.phone},
        {QStringLiteral("mobile"), &c.mobile},          {QStringLiteral("street"), &c.street},
        {QStringLiteral("postcode"), &c.postcode},      {QStringLiteral("city"), &c.city},
        {QStringLiteral("country"), &c.country},        {QStringLiteral("language"), &c.language},
        {QStringLiteral("notes"), &c.notes},            {QStringLiteral("external_id"), &c.externalId},
    };
    if (QString *member = texts.value(field)) {
        *member = text;
    } else if (field == QLatin1String("kind")) {
        c.kind = text == QLatin1String("organisation") ? CustomerKind::Organisation : CustomerKind::Person;
    } else if (field == QLatin1String("owner_id")) {
        c.ownerId = text.isEmpty() ? 0 : idOf("SELECT id FROM owner WHERE uuid = ?", text);
        if (!text.isEmpty() && c.ownerId == 0)
            return fail(Error::Code::NotFound, tr("That team member is not here."));
    } else if (field == QLatin1String("organisation_id")) {
        c.organisationId = text.isEmpty() ? 0 : idOf("SELECT id FROM customer WHERE uuid = ?", text);
        if (!text.isEmpty() && c.organisationId == 0)
            return fail(Error::Code::NotFound, tr("That organisation is not here."));
    } else if (field == QLatin1String("tags")) {
        QStringList names;
        for (const QString &uuid : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QSqlQuery find(m_db->connection());
            find.prepare(QStringLiteral("SELECT name FROM tag WHERE uuid = ?"));
            find.addBindValue(uuid);
            if (find.exec() && find.next())
                names.append(find.value(0).toString());
        }
        c.tags = names;
    } else {
        return fail(Error::Code::Invalid, tr("The field %1 cannot be set back here.").arg(field));
    }
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Answering a conflict")));
    const auto validation = CustomerValidator::validate(c);
    if (!validation.isValid())
        return fail(Error::Code::Invalid, validation.summary());
    if (auto saved = repository.updateValidated(validation.normalised, ChangeHow::Edit, &*customer); !saved)
        return saved;
    if (auto marked = setState(conflictUuid, back ? QStringLiteral("accepted") : QStringLiteral("flipped")); !marked)
        return marked;
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Answering a conflict")));
    return {};
}

Result<void> ConflictResolver::flipField(const QString &conflictUuid, const QString &table, const QString &rowUuid,
                                         const QString &field, const QVariant &value, bool back)
{
    // A field of a record other than a customer is written as it is stored: a reference by the
    // local id of the record its uuid names, a persona's channels as they travel. The row's
    // triggers stamp it (and keep the figures right).
    const SyncTable *t = syncTable(table);
    if (!t || table == QLatin1String("sync_conflict"))
        return fail(Error::Code::Invalid, tr("The field %1 cannot be set back here.").arg(field));
    const SyncColumn *column = nullptr;
    for (const SyncColumn &c : t->columns)
        if (c.name == field)
            column = &c;
    if (!column || !t->mutableColumns.contains(field))
        return fail(Error::Code::Invalid, tr("The field %1 cannot be set back here.").arg(field));
    QVariant stored = value;
    if (column->kind == SyncColumn::Kind::Ref && !value.isNull()) {
        QSqlQuery find(m_db->connection());
        find.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(column->target));
        find.addBindValue(value);
        if (!find.exec() || !find.next())
            return fail(Error::Code::NotFound, tr("What the overwritten value names is not here."));
        stored = find.value(0);
    }
    WriteTransaction tx(m_db->connection());
    if (!tx.isOpen())
        return std::unexpected(Database::sqlError(tx.error(), tr("Answering a conflict")));
    // A tag's name and a product's SKU are one record's only: taken meanwhile by another, the
    // value cannot go back until that one gives it up (nothing is written).
    const bool tagName = table == QLatin1String("tag") && field == QLatin1String("name");
    const bool sku = table == QLatin1String("product") && field == QLatin1String("sku");
    if ((tagName || sku) && !value.toString().isEmpty()) {
        QSqlQuery taken(m_db->connection());
        taken.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND uuid <> ?").arg(table, field));
        taken.addBindValue(value);
        taken.addBindValue(rowUuid);
        if (!taken.exec())
            return std::unexpected(Database::sqlError(taken.lastError(), tr("Answering a conflict")));
        if (taken.next()) {
            return fail(Error::Code::Conflict,
                        tagName ? tr("Another tag is called “%1” now. Rename or remove that tag first, then put this "
                                     "name back.").arg(value.toString())
                                : tr("Another product has the SKU “%1” now. Change that product's SKU first, then put "
                                     "this one back.").arg(value.toString()));
        }
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE %1 SET %2 = ?%3 WHERE uuid = ?")
                  .arg(table, field, t->hasUpdated ? QStringLiteral(", updated_at = ?") : QString()));
    q.addBindValue(stored);
    if (t->hasUpdated)
        q.addBindValue(nowStored());
    q.addBindValue(rowUuid);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q.lastError(), tr("Answering a conflict")));
    if (q.numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("The record of this conflict is not here."));
    if (auto marked = setState(conflictUuid, back ? QStringLiteral("accepted") : QStringLiteral("flipped")); !marked)
        return marked;
    if (!tx.commit())
        return std::unexpected(Database::sqlError(tx.error(), tr("Answering a conflict")));
    return {};
}

} // namespace relatio::sync
