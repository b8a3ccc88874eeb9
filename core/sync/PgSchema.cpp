// The team database's side of sync on PostgreSQL (the triggers that stamp its own changes, the
// refusal of stamps from a clock far ahead), and the steps of the team schema of before the shared
// migrations, which bring a team database made then to where those migrations take over.
#include "sync/PgSchema.h"

#include "store/Migrations.h"
#include "store/MigrationsPostgres.h"
#include "sync/SyncSchema.h"

namespace relatio::sync {

QString pgClockTickSql()
{
    return QStringLiteral("(%1) * 65536").arg(clockMsSql(true));
}

// The server refuses stamps from a clock far ahead of its own. Every sync that sends changes
// moves the server's clock past the newest stamp it brings (the HLC receipt rule, in the same
// transaction); a move beyond the server's clock plus the tolerance is refused, and with it the
// whole batch. A move by one tick is let through, so a clock that an earlier version let run
// ahead still ticks on. Relatio itself corrects a laptop's clock before it sends; this is for
// anything that does not.
QStringList pgFutureStampRefusal()
{
    return {
        QStringLiteral("CREATE FUNCTION relatio_refuse_future_stamps() RETURNS trigger LANGUAGE plpgsql AS $$"
                       " DECLARE now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint + NEW.offset_ms;"
                       " BEGIN"
                       "  IF NEW.hlc > (now_ms + %1) * 65536 + 65535 AND NEW.hlc > OLD.hlc + 1 THEN"
                       "   RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = format("
                       "    'The team database refuses changes stamped %s minutes ahead of its clock: the clock of the"
                       " computer that sent them is wrong. Nothing of them was taken; set that clock right, or sync"
                       " with a Relatio that corrects for it.', round((NEW.hlc / 65536 - now_ms) / 60000.0));"
                       "  END IF;"
                       "  RETURN NEW;"
                       " END $$")
            .arg(kClockToleranceMs),
        QStringLiteral("CREATE TRIGGER sync_clock_refuse_future BEFORE UPDATE OF hlc ON sync_clock"
                       " FOR EACH ROW EXECUTE FUNCTION relatio_refuse_future_stamps()")
    };
}

// A change made on the team database itself (a report tool, psql, a script) is stamped as a
// laptop stamps its own, so that every laptop receives it and a concurrent edit there is a
// conflict like any other: one trigger function per synced table, written from the
// registry (SyncSchema.cpp), like the triggers of a Relatio file. What sync writes itself
// (applying = 1, in its own transaction) is left to it. What cannot travel is refused with the
// reason: a record removed for good (the laptops would keep it: a tombstone, deleted_at, travels),
// a field that is fixed once its record is made, and an erasure written by hand (Relatio erases
// the customer's data with it; a row alone would not).
QStringList pgStampTriggers(int since)
{
    using Kind = SyncColumn::Kind;
    const QString node = QStringLiteral("(SELECT value FROM meta WHERE key = 'replica_id')");
    const QString applying = QStringLiteral("(SELECT applying FROM sync_clock WHERE id = 1) <> 0");
    // What sync writes is not even handed to the functions: its transaction sets this (a trigger's
    // condition cannot read a table); the check of applying inside stays for other writers.
    const QString notSyncing = QStringLiteral("current_setting('relatio.applying', true) IS DISTINCT FROM 'on'");
    const QString tickOnly = QStringLiteral("UPDATE sync_clock SET hlc = greatest(hlc + 1, %1), seq = seq + 1 WHERE id = 1")
                                 .arg(pgClockTickSql());
    const QString tick = tickOnly + QStringLiteral(" RETURNING hlc, seq INTO clock_hlc, clock_seq;");
    // Stamps the fields (a text[] expression) of a record with the tick taken: a field's first
    // stamp starts from the base of its row, as on a laptop; the record moves to the feed's end
    // (joining it if it was written by hand before these triggers were made); a reference that
    // waited for its target is replaced by the edit.
    const auto stampFields = [](const QString &table, const QString &uuid, const QString &fields) {
        return QStringLiteral(
                   "  INSERT INTO field_stamp (tbl, uuid, field, hlc, node, base_hlc, base_node)"
                   "   SELECT '%1', %2, f.name, clock_hlc, here, r.base_hlc, r.base_node FROM unnest(%3) AS f(name)"
                   "   LEFT JOIN row_stamp AS r ON r.tbl = '%1' AND r.uuid = %2"
                   "   ON CONFLICT (tbl, uuid, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node;"
                   "  INSERT INTO row_stamp (tbl, uuid, hlc, node, seq, origin) VALUES ('%1', %2, clock_hlc, here, clock_seq, 0)"
                   "   ON CONFLICT (tbl, uuid) DO UPDATE SET seq = excluded.seq, origin = 0;"
                   "  DELETE FROM sync_pending WHERE tbl = '%1' AND uuid = %2 AND field = ANY (%3);")
            .arg(table, uuid, fields);
    };
    QStringList sql;
    for (const SyncTable &t : syncTables()) {
        if (since != 0 && t.since != since)
            continue;
        QStringList changed;
        QStringList fixed;
        for (const SyncColumn &c : t.columns) {
            if (c.kind == Kind::TagSet)
                continue;
            if (t.mutableColumns.contains(c.name))
                changed.append(QStringLiteral("  IF OLD.%1 IS DISTINCT FROM NEW.%1 THEN changed := changed || '%1'::text; END IF;")
                                   .arg(c.name));
            else
                fixed.append(QStringLiteral("OLD.%1 IS DISTINCT FROM NEW.%1").arg(c.name));
        }
        fixed.append(QStringLiteral("OLD.uuid IS DISTINCT FROM NEW.uuid"));
        QString body = QStringLiteral(
                           " DECLARE changed text[] := '{}'; clock_hlc bigint; clock_seq bigint; here text := %1;"
                           " BEGIN"
                           "  IF %2 THEN RETURN NULL; END IF;"
                           "  IF TG_OP = 'DELETE' THEN"
                           "   RAISE EXCEPTION USING ERRCODE = 'restrict_violation', MESSAGE = format('The team database"
                           " keeps its records so that every laptop learns what happened to them: %s %s cannot be"
                           " removed. Set its deleted_at instead (a customer''s data is erased from Relatio).', '%3', OLD.uuid);"
                           "  END IF;")
                           .arg(node, applying, t.name);
        if (t.name == QLatin1String("customer_erasure"))
            body += QStringLiteral(
                "  IF TG_OP = 'INSERT' THEN"
                "   RAISE EXCEPTION USING ERRCODE = 'restrict_violation', MESSAGE = format('An erasure of customer %s"
                " cannot be written by hand: it would reach the laptops without the customer''s data being erased"
                " here. Erase the customer from Relatio.', NEW.uuid);"
                "  END IF;");
        body += QStringLiteral(
                    "  IF TG_OP = 'UPDATE' THEN"
                    "   IF %1 THEN"
                    "    RAISE EXCEPTION USING ERRCODE = 'restrict_violation', MESSAGE = format('Only the changeable"
                    " fields of %s %s can be changed on the team database: the others are fixed once the record is"
                    " made, on every laptop (make a new record instead).', '%2', OLD.uuid);"
                    "   END IF;"
                    "%3"
                    "   IF cardinality(changed) = 0 THEN RETURN NULL; END IF;"
                    "  END IF;"
                    "  %4"
                    "  IF TG_OP = 'INSERT' THEN"
                    "   INSERT INTO row_stamp (tbl, uuid, hlc, node, seq, origin) VALUES ('%2', NEW.uuid, clock_hlc, here, clock_seq, 0)"
                    "    ON CONFLICT (tbl, uuid) DO UPDATE SET hlc = excluded.hlc, node = excluded.node, seq = excluded.seq,"
                    "    origin = 0, base_hlc = NULL, base_node = NULL;"
                    "   DELETE FROM field_stamp WHERE tbl = '%2' AND uuid = NEW.uuid;"
                    "   RETURN NULL;"
                    "  END IF;"
                    "%5"
                    "  RETURN NULL;"
                    " END")
                    .arg(fixed.join(QStringLiteral(" OR ")), t.name, changed.join(QString()), tick,
                         stampFields(t.name, QStringLiteral("NEW.uuid"), QStringLiteral("changed")));
        sql.append(QStringLiteral("CREATE FUNCTION relatio_stamp_%1() RETURNS trigger LANGUAGE plpgsql AS $$%2$$")
                       .arg(t.name, body));
        sql.append(QStringLiteral("CREATE TRIGGER sync_stamp_%1 AFTER INSERT OR UPDATE OR DELETE ON %1"
                                  " FOR EACH ROW WHEN (%2) EXECUTE FUNCTION relatio_stamp_%1()")
                       .arg(t.name, notSyncing));
    }

    // A customer's tags are one field of the customer.
    if (since != 0 && since != syncTable(QStringLiteral("customer"))->since)
        return sql;
    sql.append(QStringLiteral(
                   "CREATE FUNCTION relatio_stamp_customer_tag() RETURNS trigger LANGUAGE plpgsql AS $$"
                   " DECLARE customer_uuid text; clock_hlc bigint; clock_seq bigint; here text := %1;"
                   " BEGIN"
                   "  IF %2 THEN RETURN NULL; END IF;"
                   "  IF TG_OP = 'UPDATE' AND OLD.customer_id IS DISTINCT FROM NEW.customer_id THEN"
                   "   RAISE EXCEPTION USING ERRCODE = 'restrict_violation', MESSAGE = 'A tag link cannot move to another"
                   " customer: remove it and add a new one.';"
                   "  END IF;"
                   "  SELECT uuid INTO customer_uuid FROM customer"
                   "   WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.customer_id ELSE NEW.customer_id END;"
                   "  IF customer_uuid IS NULL THEN RETURN NULL; END IF;"
                   "  %3"
                   "%4"
                   "  RETURN NULL;"
                   " END $$")
                   .arg(node, applying, tick,
                        stampFields(QStringLiteral("customer"), QStringLiteral("customer_uuid"), QStringLiteral("ARRAY['tags']"))));
    sql.append(QStringLiteral("CREATE TRIGGER sync_stamp_customer_tag AFTER INSERT OR UPDATE OR DELETE ON customer_tag"
                              " FOR EACH ROW WHEN (%1) EXECUTE FUNCTION relatio_stamp_customer_tag()")
                   .arg(notSyncing));
    return sql;
}

namespace {

QString table(const char *name)
{
    return postgres::createTable(QLatin1String(name));
}

QString index(const char *name)
{
    return postgres::createIndex(QLatin1String(name));
}

// Records written by hand before the stamping triggers get a place in the feed (each its own, by
// id where the table has one), stamped with one tick of the clock.
QStringList stampBackfill()
{
    const QString node = QStringLiteral("(SELECT value FROM meta WHERE key = 'replica_id')");
    QStringList sql{QStringLiteral("UPDATE sync_clock SET hlc = greatest(hlc + 1, %1), seq = seq + 1 WHERE id = 1")
                        .arg(pgClockTickSql())};
    for (const SyncTable &t : syncTables()) {
        sql.append(QStringLiteral("INSERT INTO row_stamp (tbl, uuid, hlc, node, seq, origin)"
                                  " SELECT '%1', t.uuid, k.hlc, %2, k.seq + %3, 0 FROM %1 AS t JOIN sync_clock AS k ON k.id = 1"
                                  " WHERE NOT EXISTS (SELECT 1 FROM row_stamp AS r WHERE r.tbl = '%1' AND r.uuid = t.uuid)")
                       .arg(t.name, node,
                            t.hasId ? QStringLiteral("t.id") : QStringLiteral("row_number() OVER (ORDER BY t.uuid)")));
        sql.append(QStringLiteral("UPDATE sync_clock SET seq = greatest(seq, coalesce((SELECT max(seq) FROM row_stamp), 0)) WHERE id = 1"));
    }
    return sql;
}

} // namespace

QStringList legacyTeamSchemaV1()
{
    // Customers, owners and tags (what migration 1 makes there), erasures and the sync tables.
    return postgres::migration(1)
        + QStringList{QStringLiteral("INSERT INTO meta (key, value) VALUES ('team_schema', '1')"), table("customer_erasure")}
        + postgres::syncTableStatements();
}

QStringList legacyTeamSchemaUpgrade(int version)
{
    QStringList sql;
    switch (version) {
    case 2:
        // Contacts, follow-ups, orders and the consent ledger, with the channels, products,
        // purposes and wordings they name.
        sql = {
            table("channel"),
            defaultChannelsSql(),
            QStringLiteral("SELECT setval(pg_get_serial_sequence('channel', 'id'), (SELECT max(id) FROM channel))"),
            table("consent_purpose"),
            defaultPurposesSql(),
            QStringLiteral("SELECT setval(pg_get_serial_sequence('consent_purpose', 'id'), (SELECT max(id) FROM consent_purpose))"),
            table("consent_text"),
            defaultConsentTextsSql(),
            table("interaction"),
            index("interaction_by_customer"),
            table("follow_up"),
            index("follow_up_by_customer"),
            table("consent_entry"),
            index("consent_entry_by_customer"),
            table("product"),
            index("product_by_sku"),
            table("purchase"),
            index("purchase_by_customer"),
        };
        sql += defaultRowStampSql(true);
        break;
    case 3:
        sql = pgFutureStampRefusal();
        break;
    case 4:
        // Organisation units (and an owner's unit), maturity assessments with their answers,
        // personas and their rules, and the change history of customers.
        sql = {
            table("org_unit"),
            QStringLiteral("ALTER TABLE owner ADD COLUMN unit_id bigint REFERENCES org_unit(id)"),
            table("maturity_assessment"),
            table("maturity_answer"),
            table("persona"),
            table("persona_rule"),
            table("customer_change"),
            index("customer_change_by_customer"),
        };
        break;
    case 5:
        sql = pgStampTriggers(0) + stampBackfill();
        break;
    case 6:
        // The satisfaction aggregates, filled from the contacts already there; the index of live
        // contacts by time; the log of marketing lists.
        sql = postgres::interactionStatsStatements() + postgres::interactionStatsFillStatements();
        sql += QStringList{index("interaction_by_time"), table("marketing_export_log")};
        break;
    default:
        return {};
    }
    sql.append(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'team_schema'").arg(version));
    return sql;
}

} // namespace relatio::sync
