// The sync registry and the stamping schema (version 7).
#include "sync/SyncSchema.h"

#include <utility>

namespace relatio::sync {

namespace {

using Kind = SyncColumn::Kind;

SyncColumn value(const char *name)
{
    return SyncColumn{QString::fromLatin1(name), Kind::Value, {}};
}

SyncColumn ref(const char *name, const char *target)
{
    return SyncColumn{QString::fromLatin1(name), Kind::Ref, QString::fromLatin1(target)};
}

SyncColumn required(const char *name, const char *target)
{
    return SyncColumn{QString::fromLatin1(name), Kind::Ref, QString::fromLatin1(target), true};
}

QStringList names(const QList<SyncColumn> &columns)
{
    QStringList out;
    for (const SyncColumn &c : columns)
        out.append(c.name);
    return out;
}

QList<SyncTable> buildTables()
{
    QList<SyncTable> tables;
    // An erasure travels first in every batch: it wins over everything after it.
    tables.append(SyncTable{QStringLiteral("customer_erasure"), {value("erased_at"), value("erased_by")}, {}, false, false});

    // Version 10: the departments and teams team members belong to (ahead of the owners, which
    // name them).
    SyncTable unit{QStringLiteral("org_unit"), {value("name"), value("kind"), value("deleted_at")}};
    unit.mutableColumns = names(unit.columns);
    unit.since = 10;
    tables.append(unit);

    SyncTable owner{QStringLiteral("owner"), {value("name"), value("email"), value("deleted_at"), ref("unit_id", "org_unit")},
                    {}, true, true};
    owner.mutableColumns = names(owner.columns);
    tables.append(owner);

    SyncTable tag{QStringLiteral("tag"), {value("name"), value("deleted_at")}, {}, true, true};
    tag.mutableColumns = names(tag.columns);
    tables.append(tag);

    SyncTable customer{QStringLiteral("customer"),
                       {value("kind"), value("given_name"), value("family_name"), value("organisation_name"),
                        ref("organisation_id", "customer"), value("email"), value("email_alt"), value("phone"),
                        value("mobile"), value("street"), value("postcode"), value("city"), value("country"),
                        value("language"), ref("owner_id", "owner"), value("notes"), value("external_id"),
                        value("deleted_at"), SyncColumn{QStringLiteral("tags"), Kind::TagSet, QStringLiteral("tag")}},
                       {}, true, true};
    customer.mutableColumns = names(customer.columns);
    tables.append(customer);

    // Version 8: contacts, follow-ups, orders and the consent ledger, with the channels, products,
    // purposes and wordings they name. Contacts and follow-ups merge field by field like customers (a complaint
    // resolved on two laptops is a conflict like any other); the ledger and the wordings are never
    // changed, so two replicas' entries simply add up.
    SyncTable channel{QStringLiteral("channel"),
                      {value("code"), value("name"), value("position"), value("social"), value("retired_at"),
                       value("deleted_at")}};
    channel.mutableColumns = names(channel.columns);
    channel.since = 8;
    tables.append(channel);

    SyncTable purpose{QStringLiteral("consent_purpose"),
                      {value("code"), value("name"), value("medium"), value("requires_double_opt_in"),
                       value("position"), value("retired_at"), value("deleted_at")}};
    purpose.mutableColumns = names(purpose.columns);
    purpose.since = 8;
    tables.append(purpose);

    SyncTable text{QStringLiteral("consent_text"),
                   {required("purpose_id", "consent_purpose"), value("version"), value("language"), value("wording")}};
    text.hasUpdated = false;
    text.since = 8;
    tables.append(text);

    SyncTable interaction{QStringLiteral("interaction"),
                          {required("customer_id", "customer"), value("occurred_at"), required("channel_id", "channel"),
                           value("direction"), value("kind"), value("subject"), value("notes"),
                           ref("handled_by", "owner"), value("csat"), value("nps"), ref("taken_by", "owner"),
                           value("taken_at"), value("resolved_at"), value("deleted_at")}};
    interaction.mutableColumns = names(interaction.columns);
    interaction.mutableColumns.removeAll(QStringLiteral("customer_id"));
    interaction.since = 8;
    interaction.customerRef = QStringLiteral("customer_id");
    tables.append(interaction);

    SyncTable followUp{QStringLiteral("follow_up"),
                       {required("customer_id", "customer"), ref("interaction_id", "interaction"),
                        value("due_date"), ref("assignee_id", "owner"), value("note"), value("done_at"),
                        value("deleted_at")}};
    followUp.mutableColumns = names(followUp.columns);
    followUp.mutableColumns.removeAll(QStringLiteral("customer_id"));
    followUp.since = 8;
    followUp.customerRef = QStringLiteral("customer_id");
    tables.append(followUp);

    SyncTable consent{QStringLiteral("consent_entry"),
                      {required("customer_id", "customer"), required("purpose_id", "consent_purpose"),
                       value("action"), value("occurred_at"), value("source"), required("text_id", "consent_text"),
                       value("confirms_uuid"), value("evidence"), value("recorded_by")}};
    consent.hasUpdated = false;
    consent.since = 8;
    consent.customerRef = QStringLiteral("customer_id");
    tables.append(consent);

    // Orders (purchase lines) and the products they name. Where an order came from an import is
    // the importing replica's own business (import_batch_id stays local). Two laptops that make
    // a product with the same SKU make one (its uuid follows from the SKU).
    SyncTable product{QStringLiteral("product"),
                      {value("sku"), value("name"), value("category"), value("list_price_cents"), value("currency"),
                       value("deleted_at")}};
    product.mutableColumns = names(product.columns);
    product.since = 8;
    tables.append(product);

    SyncTable purchase{QStringLiteral("purchase"),
                       {required("customer_id", "customer"), value("external_id"), value("ordered_on"),
                        value("amount_cents"), value("currency"), value("quantity"), ref("channel_id", "channel"),
                        ref("product_id", "product"), value("deleted_at")}};
    purchase.mutableColumns = names(purchase.columns);
    purchase.mutableColumns.removeAll(QStringLiteral("customer_id"));
    purchase.since = 8;
    purchase.customerRef = QStringLiteral("customer_id");
    tables.append(purchase);

    // Version 10: the rest of what a team shares. The change history of customers is a ledger
    // like consent entries (it goes with the customer's erasure); personas and their rules, and
    // maturity self-assessments with their answers (one record per statement, so that answers to
    // different statements merge), merge field by field. A persona's channels travel as the
    // channels' uuids (its column holds them since version 10).
    SyncTable change{QStringLiteral("customer_change"),
                     {required("customer_id", "customer"), value("changed_at"), value("changed_by"), value("how"),
                      value("field"), value("old_value"), value("new_value")},
                     {}, true, false, false};
    change.since = 10;
    change.customerRef = QStringLiteral("customer_id");
    change.counted = false;
    tables.append(change);

    SyncTable persona{QStringLiteral("persona"),
                      {value("name"), value("description"), value("needs"), value("motives"),
                       value("preferred_channels"), value("position"), value("deleted_at")}};
    persona.mutableColumns = names(persona.columns);
    persona.since = 10;
    tables.append(persona);

    SyncTable personaRule{QStringLiteral("persona_rule"),
                          {required("persona_id", "persona"), value("priority"), value("segment"),
                           ref("tag_id", "tag"), value("country"), value("deleted_at")}};
    personaRule.mutableColumns = names(personaRule.columns);
    personaRule.since = 10;
    tables.append(personaRule);

    SyncTable assessment{QStringLiteral("maturity_assessment"),
                         {required("unit_id", "org_unit"), value("assessed_on"), value("assessor"), value("note"),
                          value("deleted_at")}};
    assessment.mutableColumns = names(assessment.columns);
    assessment.since = 10;
    tables.append(assessment);

    SyncTable answer{QStringLiteral("maturity_answer"),
                     {required("assessment_id", "maturity_assessment"), value("statement"), value("score")},
                     {QStringLiteral("score")}, false, false, false};
    answer.since = 10;
    answer.counted = false;
    tables.append(answer);

    // The conflict list travels too: every replica shows the same overwritten edits. Only its
    // state (open, accepted, flipped) changes after it is made.
    tables.append(SyncTable{QStringLiteral("sync_conflict"),
                            {value("tbl"), value("row_uuid"), value("field"), value("loser_value"), value("loser_hlc"),
                             value("loser_node"), value("winner_value"), value("winner_hlc"), value("winner_node"),
                             value("detected_by"), value("state")},
                            {QStringLiteral("state")}, true, true});
    return tables;
}

const QString kNode = QStringLiteral("(SELECT value FROM meta WHERE key = 'replica_id')");
const QString kLocalWrite = QStringLiteral("(SELECT applying FROM sync_clock WHERE id = 1) = 0");

QString tickStatement()
{
    return QStringLiteral("UPDATE sync_clock SET hlc = max(hlc + 1, %1), seq = seq + 1 WHERE id = 1;").arg(clockTickSql());
}

// Stamps the given fields of a record (by uuid) with the current tick; a field's first stamp
// starts from the base of its row (what the server last knew of the record).
QString stampFields(const QString &table, const QString &uuidSql, const QString &fieldsSql)
{
    return QStringLiteral(
               "INSERT INTO field_stamp (tbl, uuid, field, hlc, node, base_hlc, base_node)"
               " SELECT '%1', %2, f.name, k.hlc, %3, r.base_hlc, r.base_node"
               " FROM (%4) AS f JOIN sync_clock AS k ON k.id = 1"
               " LEFT JOIN row_stamp AS r ON r.tbl = '%1' AND r.uuid = %2 WHERE %2 IS NOT NULL"
               " ON CONFLICT (tbl, uuid, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node;"
               " UPDATE row_stamp SET seq = (SELECT seq FROM sync_clock WHERE id = 1), origin = 0"
               " WHERE tbl = '%1' AND uuid = %2;"
               // A reference that was waiting for its target is replaced by the edit.
               " DELETE FROM sync_pending WHERE tbl = '%1' AND uuid = %2 AND field IN (SELECT name FROM (%4));")
        .arg(table, uuidSql, kNode, fieldsSql);
}

QStringList triggersOf(const SyncTable &t)
{
    QStringList sql;
    sql.append(QStringLiteral("CREATE TRIGGER sync_stamp_%1_insert AFTER INSERT ON %1 WHEN %2 BEGIN %3"
                              " INSERT INTO row_stamp (tbl, uuid, hlc, node, seq, origin)"
                              " SELECT '%1', NEW.uuid, hlc, %4, seq, 0 FROM sync_clock WHERE id = 1"
                              " ON CONFLICT (tbl, uuid) DO UPDATE SET hlc = excluded.hlc, node = excluded.node,"
                              " seq = excluded.seq, origin = 0, base_hlc = NULL, base_node = NULL;"
                              " DELETE FROM field_stamp WHERE tbl = '%1' AND uuid = NEW.uuid; END")
                   .arg(t.name, kLocalWrite, tickStatement(), kNode));

    QStringList changed;
    QStringList fields;
    for (const SyncColumn &c : t.columns) {
        if (c.kind == Kind::TagSet || !t.mutableColumns.contains(c.name))
            continue;
        changed.append(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c.name));
        fields.append(QStringLiteral("SELECT '%1' AS name WHERE OLD.%1 IS NOT NEW.%1").arg(c.name));
    }
    if (!changed.isEmpty()) {
        sql.append(QStringLiteral("CREATE TRIGGER sync_stamp_%1_update AFTER UPDATE ON %1 WHEN %2 AND (%3) BEGIN %4 %5 END")
                       .arg(t.name, kLocalWrite, changed.join(QStringLiteral(" OR ")), tickStatement(),
                            stampFields(t.name, QStringLiteral("NEW.uuid"), fields.join(QStringLiteral(" UNION ALL ")))));
    }

    // Removed for good (an erasure, or a record leaving a replica): its stamps, conflicts and
    // parked references go with it, so nothing of it stays behind in the sync tables.
    QString forget = QStringLiteral("DELETE FROM row_stamp WHERE tbl = '%1' AND uuid = OLD.uuid;"
                                    " DELETE FROM field_stamp WHERE tbl = '%1' AND uuid = OLD.uuid;"
                                    " DELETE FROM sync_pending WHERE tbl = '%1' AND uuid = OLD.uuid;")
                         .arg(t.name);
    if (t.name != QLatin1String("sync_conflict"))
        forget += QStringLiteral(" DELETE FROM sync_conflict WHERE tbl = '%1' AND row_uuid = OLD.uuid;").arg(t.name);
    sql.append(QStringLiteral("CREATE TRIGGER sync_forget_%1 AFTER DELETE ON %1 BEGIN %2 END").arg(t.name, forget));
    return sql;
}

} // namespace

const QList<SyncTable> &syncTables()
{
    static const QList<SyncTable> tables = buildTables();
    return tables;
}

const SyncTable *syncTable(const QString &name)
{
    for (const SyncTable &t : syncTables())
        if (t.name == name)
            return &t;
    return nullptr;
}

QString clockTickSql()
{
    return QStringLiteral("(%1) * 65536").arg(clockMsSql(false));
}

QString clockMsSql(bool postgres)
{
    return postgres ? QStringLiteral("(extract(epoch FROM clock_timestamp()) * 1000)::bigint + offset_ms")
                    : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) + offset_ms");
}

QStringList syncSchemaStatements()
{
    QStringList sql = {
        // The replica's hybrid logical clock (hlc), its change counter (seq: the position of the
        // latest change in its change feed), a correction of the machine's clock found at the last
        // sync, and whether sync itself is writing (then the triggers leave the stamps to it).
        QStringLiteral("CREATE TABLE sync_clock ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " hlc INTEGER NOT NULL,"
                       " seq INTEGER NOT NULL,"
                       " offset_ms INTEGER NOT NULL DEFAULT 0,"
                       " applying INTEGER NOT NULL DEFAULT 0"
                       ") STRICT"),
        QStringLiteral("INSERT INTO sync_clock (id, hlc, seq) VALUES (1, 0, 0)"),
        // One row per synced record: when and where it was created, what the server is known to
        // hold of it (base; NULL until it has it), and its place in the change feed. origin 0 is a
        // change made here that the server may not have yet.
        QStringLiteral("CREATE TABLE row_stamp ("
                       " tbl TEXT NOT NULL,"
                       " uuid TEXT NOT NULL,"
                       " hlc INTEGER NOT NULL,"
                       " node TEXT NOT NULL,"
                       " base_hlc INTEGER,"
                       " base_node TEXT,"
                       " seq INTEGER NOT NULL,"
                       " origin INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (tbl, uuid)"
                       ") STRICT, WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX row_stamp_by_seq ON row_stamp(seq)"),
        // Fields changed after their record was created: when and where, and what the server is
        // known to hold (base). A field without a row carries the stamp of its record.
        QStringLiteral("CREATE TABLE field_stamp ("
                       " tbl TEXT NOT NULL,"
                       " uuid TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " hlc INTEGER NOT NULL,"
                       " node TEXT NOT NULL,"
                       " base_hlc INTEGER,"
                       " base_node TEXT,"
                       " PRIMARY KEY (tbl, uuid, field)"
                       ") STRICT, WITHOUT ROWID"),
        // Every overwritten concurrent edit: the value that lost, and what it lost to. Its uuid
        // follows from (table, record, field, losing stamp), so two replicas that find the same
        // conflict make one entry. state: open, accepted (seen and left), flipped (undone).
        QStringLiteral("CREATE TABLE sync_conflict ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " tbl TEXT NOT NULL,"
                       " row_uuid TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " loser_value TEXT,"
                       " loser_hlc INTEGER NOT NULL,"
                       " loser_node TEXT NOT NULL,"
                       " winner_value TEXT,"
                       " winner_hlc INTEGER NOT NULL,"
                       " winner_node TEXT NOT NULL,"
                       " detected_by TEXT NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'flipped')),"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL"
                       ") STRICT"),
        QStringLiteral("CREATE INDEX sync_conflict_by_row ON sync_conflict(tbl, row_uuid)"),
        // A reference that arrived before the record it points to: retried after every batch.
        QStringLiteral("CREATE TABLE sync_pending ("
                       " tbl TEXT NOT NULL,"
                       " uuid TEXT NOT NULL,"
                       " field TEXT NOT NULL,"
                       " target_uuid TEXT NOT NULL,"
                       " PRIMARY KEY (tbl, uuid, field, target_uuid)"
                       ") STRICT, WITHOUT ROWID"),
        // The other side of each sync: on a laptop its server (how far its feed was read, how far
        // ours was sent); on a server each laptop (how far that laptop's feed was received).
        QStringLiteral("CREATE TABLE sync_peer ("
                       " peer_id TEXT PRIMARY KEY,"
                       " role TEXT NOT NULL CHECK (role IN ('server', 'replica')),"
                       " url TEXT NOT NULL DEFAULT '',"
                       " pulled_upto INTEGER NOT NULL DEFAULT 0,"
                       " pushed_upto INTEGER NOT NULL DEFAULT 0,"
                       " last_sync TEXT"
                       ") STRICT"),
    };
    for (const SyncTable &t : syncTables())
        if (t.since == 7)
            sql += triggersOf(t);

    // A customer's tags are one field of the customer.
    const QString tagsField = QStringLiteral("SELECT 'tags' AS name");
    for (const char *row : {"NEW", "OLD"}) {
        const QString event = QLatin1String(row) == QLatin1String("NEW") ? QStringLiteral("INSERT") : QStringLiteral("DELETE");
        const QString uuid = QStringLiteral("(SELECT uuid FROM customer WHERE id = %1.customer_id)").arg(QLatin1String(row));
        sql.append(QStringLiteral("CREATE TRIGGER sync_stamp_customer_tag_%1 AFTER %2 ON customer_tag WHEN %3 BEGIN %4 %5 END")
                       .arg(event.toLower(), event, kLocalWrite, tickStatement(),
                            stampFields(QStringLiteral("customer"), uuid, tagsField)));
    }

    // Records made before this version get one stamp, from the clock's first tick.
    for (const SyncTable &t : syncTables())
        if (t.since == 7)
            sql += rowStampFillSql(t.name);
    return sql;
}

QStringList syncTablesStatements(int version)
{
    QStringList sql;
    for (const SyncTable &t : syncTables())
        if (t.since == version)
            sql += triggersOf(t);
    if (version == 8)
        sql += defaultRowStampSql(false);
    // An owner's unit starts to sync: its triggers are made again with that column.
    if (version == 10) {
        for (const char *trigger : {"sync_stamp_owner_insert", "sync_stamp_owner_update", "sync_forget_owner"})
            sql.append(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(trigger)));
        sql += triggersOf(*syncTable(QStringLiteral("owner")));
        // Units given to owners before are changes made here: stamped now, each owner with a
        // place of its own in the feed, so that the next sync sends them.
        sql += QStringList{
            tickStatement(),
            QStringLiteral("INSERT INTO field_stamp (tbl, uuid, field, hlc, node, base_hlc, base_node)"
                           " SELECT 'owner', o.uuid, 'unit_id', k.hlc, %1, r.base_hlc, r.base_node"
                           " FROM owner AS o JOIN sync_clock AS k ON k.id = 1"
                           " LEFT JOIN row_stamp AS r ON r.tbl = 'owner' AND r.uuid = o.uuid WHERE o.unit_id IS NOT NULL"
                           " ON CONFLICT (tbl, uuid, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node")
                .arg(kNode),
            QStringLiteral("UPDATE row_stamp SET origin = 0, seq = (SELECT seq FROM sync_clock WHERE id = 1)"
                           " + (SELECT o.id FROM owner AS o WHERE o.uuid = row_stamp.uuid)"
                           " WHERE tbl = 'owner' AND uuid IN (SELECT uuid FROM owner WHERE unit_id IS NOT NULL)"),
            QStringLiteral("UPDATE sync_clock SET seq = max(seq, coalesce((SELECT max(seq) FROM row_stamp), 0)) WHERE id = 1"),
        };
    }
    for (const SyncTable &t : syncTables())
        if (t.since == version)
            sql += rowStampFillSql(t.name);
    return sql;
}

QStringList defaultRowStampSql(bool postgres)
{
    // hlc 1 on node "relatio": older than any change a replica makes, the same on every replica.
    // A default row is untouched while its times are still those of the migration that made it.
    const QString untouched = QStringLiteral("'2026-11-24T00:00:00.000Z'");
    QStringList sql;
    const QList<std::pair<QString, QString>> defaults{
        {QStringLiteral("channel"), QStringLiteral("code <> '' AND updated_at = %1").arg(untouched)},
        {QStringLiteral("consent_purpose"), QStringLiteral("code <> '' AND updated_at = %1").arg(untouched)},
        {QStringLiteral("consent_text"),
         QStringLiteral("created_at = %1 AND version = 1 AND language = 'en'").arg(untouched)},
    };
    for (const auto &[table, where] : defaults) {
        sql.append(QStringLiteral("INSERT INTO row_stamp (tbl, uuid, hlc, node, base_hlc, base_node, seq, origin)"
                                  " SELECT '%1', uuid, 1, 'relatio', 1, 'relatio', 0, 1 FROM %1 WHERE %2%3")
                       .arg(table, where, postgres ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString()));
    }
    return sql;
}

QStringList rowStampFillSql(const QString &table)
{
    if (!syncTable(table))
        return {};
    // Each record gets a place of its own in the feed (a reader pages through it by seq): after
    // the clock's, by id where the table has one. Read in uuid order (the uuid index), the stamps
    // are appended to their table rather than scattered through it.
    const bool hasId = syncTable(table)->hasId;
    return {
        tickStatement(),
        QStringLiteral("INSERT INTO row_stamp (tbl, uuid, hlc, node, seq, origin)"
                       " SELECT '%1', t.uuid, k.hlc, %2, k.seq + %3, 0"
                       " FROM %1 AS t JOIN sync_clock AS k ON k.id = 1"
                       " WHERE NOT EXISTS (SELECT 1 FROM row_stamp AS r WHERE r.tbl = '%1' AND r.uuid = t.uuid)"
                       " ORDER BY t.uuid")
            .arg(table, kNode, hasId ? QStringLiteral("t.id") : QStringLiteral("row_number() OVER (ORDER BY t.uuid)")),
        QStringLiteral("UPDATE sync_clock SET seq = max(seq, coalesce((SELECT max(seq) FROM row_stamp), 0)) WHERE id = 1"),
    };
}

} // namespace relatio::sync
