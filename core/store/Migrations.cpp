// Relatio's schema history. Never edit a released migration: add a new one.
//
// Conventions kept from version 1 on, because field laptops will sync with a team server:
// every record has a stable uuid, created_at/updated_at in UTC (ISO 8601 with milliseconds and Z),
// and deletion sets deleted_at (a tombstone) instead of removing the row.
#include "store/Migrations.h"

#include "store/InteractionStatsSql.h"
#include "store/MigrationsPostgres.h"
#include "sync/SyncSchema.h"

namespace relatio {

namespace {

// A consent text is never changed; version 8 makes the table again and needs the trigger again.
QString consentTextUnchangedSql()
{
    return QStringLiteral("CREATE TRIGGER consent_text_unchanged BEFORE UPDATE ON consent_text BEGIN"
                          " SELECT RAISE(ABORT, 'a consent text is never changed: add a new version'); END");
}

// What the search index holds for a customer row, as SQL over that row (new., old. or none).
QString searchValues(const QString &row)
{
    const QString p = row.isEmpty() ? QString() : row + QLatin1Char('.');
    return QStringLiteral("%1id, %1given_name || ' ' || %1family_name || ' ' || %1organisation_name,"
                          " %1org_label, %1email || ' ' || %1email_alt, %1phone_search,"
                          " %1postcode || ' ' || %1city")
        .arg(p);
}

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append(Migration{
        1,
        QStringLiteral("customers, organisations, owners, tags and the search index"),
        {
            QStringLiteral(
                "CREATE TABLE meta ("
                " key TEXT PRIMARY KEY,"
                " value TEXT NOT NULL"
                ") STRICT"),
            QStringLiteral("INSERT INTO meta(key, value) VALUES ('replica_id', lower(hex(randomblob(16))))"),
            QStringLiteral(
                "CREATE TABLE owner ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL,"
                " email TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            QStringLiteral(
                "CREATE TABLE tag ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            QStringLiteral(
                "CREATE TABLE customer ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL,"
                " kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),"
                " given_name TEXT NOT NULL DEFAULT '',"
                " family_name TEXT NOT NULL DEFAULT '',"
                " organisation_name TEXT NOT NULL DEFAULT '',"
                " organisation_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,"
                " email TEXT NOT NULL DEFAULT '',"
                " email_alt TEXT NOT NULL DEFAULT '',"
                " phone TEXT NOT NULL DEFAULT '',"
                " mobile TEXT NOT NULL DEFAULT '',"
                " street TEXT NOT NULL DEFAULT '',"
                " postcode TEXT NOT NULL DEFAULT '',"
                " city TEXT NOT NULL DEFAULT '',"
                " country TEXT NOT NULL DEFAULT '',"
                " language TEXT NOT NULL DEFAULT '',"
                " owner_id INTEGER REFERENCES owner(id) ON DELETE SET NULL,"
                " notes TEXT NOT NULL DEFAULT '',"
                // Derived columns, written by core on every save: never edited directly.
                " org_label TEXT NOT NULL DEFAULT '',"   // a person's organisation name
                " sort_name TEXT NOT NULL DEFAULT '',"   // collation key of the display name
                " org_sort TEXT NOT NULL DEFAULT '',"    // collation key of org_label
                " phone_search TEXT NOT NULL DEFAULT '',"// digit forms of the numbers, for search
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            QStringLiteral(
                "CREATE TABLE customer_tag ("
                " customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                " tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,"
                " PRIMARY KEY (customer_id, tag_id)"
                ") STRICT, WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX customer_tag_by_tag ON customer_tag(tag_id, customer_id)"),
            // A named index rather than a column constraint, so bulk loads can build it after the rows.
            QStringLiteral("CREATE UNIQUE INDEX customer_by_uuid ON customer(uuid)"),
            // Sort orders of the customer list: each a partial index over live records.
            QStringLiteral("CREATE INDEX customer_by_name ON customer(sort_name, id) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX customer_by_org ON customer(org_sort, sort_name, id) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX customer_by_email ON customer(email COLLATE NOCASE, id) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX customer_by_city ON customer(city COLLATE NOCASE, sort_name, id) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX customer_by_country ON customer(country, sort_name, id) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX customer_by_owner ON customer(owner_id, sort_name, id) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX customer_by_updated ON customer(updated_at, id) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX customer_members ON customer(organisation_id) WHERE organisation_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX customer_deleted ON customer(deleted_at) WHERE deleted_at IS NOT NULL"),
            // Full-text search over name, organisation, e-mail, phone and place. Contentless (the
            // text lives in customer only), so removal must repeat the indexed values: the triggers
            // build them from OLD exactly as they were built from NEW. Searches are prefix terms
            // joined by AND, never phrases or ranked, so the index keeps no positions or sizes
            // (detail = none, columnsize = 0): a third of the size and twice as fast to build.
            // Prefix indexes make search-as-you-type on one to four letters cheap (a longer word
            // is looked up by merging the words it starts; by then there are few). Tombstoned rows stay indexed so the
            // deleted view can be searched too; the list filters them.
            QStringLiteral(
                "CREATE VIRTUAL TABLE customer_fts USING fts5("
                " name, organisation, email, phone, place, content = '', detail = none, columnsize = 0,"
                " tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4')"),
            QStringLiteral("CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer BEGIN"
                           " INSERT INTO customer_fts(rowid, name, organisation, email, phone, place) VALUES (%1);"
                           " END")
                .arg(searchValues(QStringLiteral("new"))),
            QStringLiteral("CREATE TRIGGER customer_fts_update AFTER UPDATE OF given_name, family_name,"
                           " organisation_name, org_label, email, email_alt, phone_search, postcode, city"
                           " ON customer BEGIN"
                           " INSERT INTO customer_fts(customer_fts, rowid, name, organisation, email, phone, place)"
                           "  VALUES ('delete', %1);"
                           " INSERT INTO customer_fts(rowid, name, organisation, email, phone, place) VALUES (%2);"
                           " END")
                .arg(searchValues(QStringLiteral("old")), searchValues(QStringLiteral("new"))),
            QStringLiteral("CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer BEGIN"
                           " INSERT INTO customer_fts(customer_fts, rowid, name, organisation, email, phone, place)"
                           "  VALUES ('delete', %1);"
                           " END")
                .arg(searchValues(QStringLiteral("old"))),
        },
    });

    list.append(Migration{
        2,
        QStringLiteral("external ids of customers, and the history of CSV imports for undoing them"),
        {
            // The id a customer has in another system (an ERP number, a spreadsheet key): imports
            // match on it. Empty when unknown; only non-empty ones are indexed.
            QStringLiteral("ALTER TABLE customer ADD COLUMN external_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX customer_by_external_id ON customer(external_id) WHERE external_id <> ''"),
            // One row per finished import. Rows it created have ids first_created_id..last_created_id
            // (an import is one write transaction, so they are consecutive); rows it updated keep
            // their content before and after in import_change. undone_at is set while it is undone.
            QStringLiteral(
                "CREATE TABLE import_batch ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " file_name TEXT NOT NULL,"
                " created_at TEXT NOT NULL,"
                " first_created_id INTEGER,"
                " last_created_id INTEGER,"
                " created INTEGER NOT NULL,"
                " updated INTEGER NOT NULL,"
                " skipped INTEGER NOT NULL,"
                " rejected INTEGER NOT NULL,"
                " undone_at TEXT"
                ") STRICT"),
            QStringLiteral(
                "CREATE TABLE import_change ("
                " batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,"
                " customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                " before TEXT NOT NULL,"
                " after TEXT NOT NULL,"
                " PRIMARY KEY (batch_id, customer_id)"
                ") STRICT, WITHOUT ROWID"),
        },
    });

    list.append(Migration{
        3,
        QStringLiteral("channels, interactions, follow-ups and the satisfaction aggregates"),
        {
            // Contact channels. The eight defaults have a code and fixed uuids (the same on every
            // replica) and show a translated name until renamed (name = '' means the default).
            // Retired channels stay for the history but are not offered for new contacts.
            // social: complaints there are public, so anyone on the team may pick them up.
            QStringLiteral(
                "CREATE TABLE channel ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " code TEXT NOT NULL DEFAULT '',"
                " name TEXT NOT NULL DEFAULT '',"
                " position INTEGER NOT NULL DEFAULT 0,"
                " social INTEGER NOT NULL DEFAULT 0 CHECK (social IN (0, 1)),"
                " retired_at TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            defaultChannelsSql(),
            // One contact with a customer. occurred_at is UTC like every stored time. handled_by,
            // taken_by: team members (owner rows). A complaint is open until resolved_at is set;
            // taken_by/taken_at say who picked it up.
            QStringLiteral(
                "CREATE TABLE interaction ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL,"
                " customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                " occurred_at TEXT NOT NULL,"
                " channel_id INTEGER NOT NULL REFERENCES channel(id),"
                " direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),"
                " kind TEXT NOT NULL CHECK (kind IN ('question', 'complaint', 'order', 'feedback',"
                "  'self_service', 'other')),"
                " subject TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " handled_by INTEGER REFERENCES owner(id) ON DELETE SET NULL,"
                " csat INTEGER CHECK (csat BETWEEN 1 AND 5),"
                " nps INTEGER CHECK (nps BETWEEN 0 AND 10),"
                " taken_by INTEGER REFERENCES owner(id) ON DELETE SET NULL,"
                " taken_at TEXT,"
                " resolved_at TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            QStringLiteral("CREATE UNIQUE INDEX interaction_by_uuid ON interaction(uuid)"),
            // The timeline of a customer, newest first.
            QStringLiteral("CREATE INDEX interaction_by_customer ON interaction(customer_id, occurred_at)"),
            // The weekly channel-usage report reads a range of time.
            QStringLiteral("CREATE INDEX interaction_by_time ON interaction(occurred_at)"),
            // Open complaints: a handful among millions of contacts.
            QStringLiteral("CREATE INDEX interaction_open_complaints ON interaction(occurred_at)"
                           " WHERE kind = 'complaint' AND resolved_at IS NULL AND deleted_at IS NULL"),
            // A due date and an assignee, on a customer or on one of its interactions.
            QStringLiteral(
                "CREATE TABLE follow_up ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                " interaction_id INTEGER REFERENCES interaction(id) ON DELETE SET NULL,"
                " due_date TEXT NOT NULL,"   // YYYY-MM-DD, a local calendar day
                " assignee_id INTEGER REFERENCES owner(id) ON DELETE SET NULL,"
                " note TEXT NOT NULL DEFAULT '',"
                " done_at TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            QStringLiteral("CREATE INDEX follow_up_by_customer ON follow_up(customer_id, due_date)"),
            QStringLiteral("CREATE INDEX follow_up_open ON follow_up(assignee_id, due_date)"
                           " WHERE done_at IS NULL AND deleted_at IS NULL"),
            QStringLiteral(
                "CREATE TABLE interaction_stats ("
                " dim INTEGER NOT NULL,"
                " day INTEGER NOT NULL,"      // days since 1970-01-01, UTC
                " grp ANY NOT NULL,"          // 0; a country code; an owner id (0 = none); a tag id
                " channel_id INTEGER NOT NULL,"
                " interactions INTEGER NOT NULL,"
                " csat_n INTEGER NOT NULL,"
                " csat_sum INTEGER NOT NULL,"
                " csat_sq INTEGER NOT NULL,"
                " nps_n INTEGER NOT NULL,"
                " promoters INTEGER NOT NULL,"   // NPS answers 9 and 10
                " detractors INTEGER NOT NULL,"  // NPS answers 0 to 6
                " PRIMARY KEY (dim, day, grp, channel_id)"
                ") STRICT, WITHOUT ROWID"),
            QStringLiteral("CREATE TRIGGER interaction_stats_insert AFTER INSERT ON interaction BEGIN %1 END")
                .arg(statssql::rowContribution(QStringLiteral("NEW"), +1)),
            QStringLiteral("CREATE TRIGGER interaction_stats_update AFTER UPDATE OF customer_id, occurred_at,"
                           " channel_id, csat, nps, deleted_at ON interaction BEGIN %1 %2 END")
                .arg(statssql::rowContribution(QStringLiteral("OLD"), -1),
                     statssql::rowContribution(QStringLiteral("NEW"), +1)),
            QStringLiteral("CREATE TRIGGER interaction_stats_delete AFTER DELETE ON interaction BEGIN %1 END")
                .arg(statssql::rowContribution(QStringLiteral("OLD"), -1)),
            // A customer's contacts follow it into its new country, owner or tags.
            QStringLiteral("CREATE TRIGGER customer_stats_country AFTER UPDATE OF country ON customer"
                           " WHEN OLD.country IS NOT NEW.country BEGIN %1 %2 END")
                .arg(statssql::customerContribution(QStringLiteral("NEW.id"), 1, QStringLiteral("OLD.country"), -1),
                     statssql::customerContribution(QStringLiteral("NEW.id"), 1, QStringLiteral("NEW.country"), +1)),
            QStringLiteral("CREATE TRIGGER customer_stats_owner AFTER UPDATE OF owner_id ON customer"
                           " WHEN OLD.owner_id IS NOT NEW.owner_id BEGIN %1 %2 END")
                .arg(statssql::customerContribution(QStringLiteral("NEW.id"), 2, QStringLiteral("coalesce(OLD.owner_id, 0)"), -1),
                     statssql::customerContribution(QStringLiteral("NEW.id"), 2, QStringLiteral("coalesce(NEW.owner_id, 0)"), +1)),
            QStringLiteral("CREATE TRIGGER customer_tag_stats_insert AFTER INSERT ON customer_tag BEGIN %1 END")
                .arg(statssql::customerContribution(QStringLiteral("NEW.customer_id"), 3, QStringLiteral("NEW.tag_id"), +1)),
            QStringLiteral("CREATE TRIGGER customer_tag_stats_delete AFTER DELETE ON customer_tag BEGIN %1 END")
                .arg(statssql::customerContribution(QStringLiteral("OLD.customer_id"), 3, QStringLiteral("OLD.tag_id"), -1)),
            // A customer removed for good (erasure, an undone import) takes its contacts first,
            // while its groups can still be read, so the aggregates lose exactly their share.
            QStringLiteral("CREATE TRIGGER customer_delete_interactions BEFORE DELETE ON customer BEGIN"
                           " DELETE FROM interaction WHERE customer_id = OLD.id; END"),
        },
    });

    list.append(Migration{
        4,
        QStringLiteral("consents, marketing exports, change history, erasure tombstones and rejects files"),
        {
            // Purposes a customer can give permission for. The five defaults have a code and fixed
            // uuids (the same on every replica) and show a translated name until renamed. medium
            // says which contact details a marketing list for the purpose carries; e-mail purposes
            // need the address confirmed (double opt-in) before the permission counts.
            QStringLiteral(
                "CREATE TABLE consent_purpose ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " code TEXT NOT NULL DEFAULT '',"
                " name TEXT NOT NULL DEFAULT '',"
                " medium TEXT NOT NULL CHECK (medium IN ('email', 'phone', 'post', 'none')),"
                " requires_double_opt_in INTEGER NOT NULL DEFAULT 0 CHECK (requires_double_opt_in IN (0, 1)),"
                " position INTEGER NOT NULL DEFAULT 0,"
                " retired_at TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            defaultPurposesSql(),
            // The wording shown when permission is asked, in versions: a text is never changed
            // (a grant must prove what the person was told), a new wording is a new version.
            QStringLiteral(
                "CREATE TABLE consent_text ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " purpose_id INTEGER NOT NULL REFERENCES consent_purpose(id),"
                " version INTEGER NOT NULL,"
                " language TEXT NOT NULL DEFAULT '',"
                " wording TEXT NOT NULL,"
                " created_at TEXT NOT NULL,"
                " UNIQUE (purpose_id, version, language)"
                ") STRICT"),
            defaultConsentTextsSql(),
            consentTextUnchangedSql(),
            // Content-free tombstones of erased customers: the uuid and when, nothing else, so that
            // every replica learns of the erasure and an erasure wins over any other change.
            QStringLiteral(
                "CREATE TABLE customer_erasure ("
                " uuid TEXT PRIMARY KEY,"
                " erased_at TEXT NOT NULL,"
                " erased_by TEXT NOT NULL DEFAULT ''"
                ") STRICT, WITHOUT ROWID"),
            // The consent ledger: every grant, double opt-in confirmation and withdrawal is a new
            // entry; nothing is changed or removed (only an erasure takes a customer's entries).
            // occurred_at is when the person acted, created_at when it was recorded. A confirmation
            // names the grant it confirms by uuid (entries travel between replicas).
            QStringLiteral(
                "CREATE TABLE consent_entry ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                " purpose_id INTEGER NOT NULL REFERENCES consent_purpose(id),"
                " action TEXT NOT NULL CHECK (action IN ('grant', 'confirm', 'withdraw')),"
                " occurred_at TEXT NOT NULL,"
                " source TEXT NOT NULL CHECK (source IN ('web_form', 'email', 'phone', 'counter', 'letter',"
                "  'import', 'other')),"
                " text_id INTEGER REFERENCES consent_text(id),"
                " confirms_uuid TEXT,"
                " evidence TEXT NOT NULL DEFAULT '',"
                " recorded_by TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " CHECK (action <> 'grant' OR text_id IS NOT NULL),"
                " CHECK ((action = 'confirm') = (confirms_uuid IS NOT NULL))"
                ") STRICT"),
            QStringLiteral("CREATE INDEX consent_entry_by_customer ON consent_entry(customer_id, purpose_id, occurred_at)"),
            QStringLiteral("CREATE INDEX consent_entry_by_purpose ON consent_entry(purpose_id, customer_id)"),
            QStringLiteral("CREATE INDEX consent_entry_confirms ON consent_entry(confirms_uuid) WHERE confirms_uuid IS NOT NULL"),
            QStringLiteral("CREATE TRIGGER consent_entry_unchanged BEFORE UPDATE ON consent_entry BEGIN"
                           " SELECT RAISE(ABORT, 'a consent entry is never changed: record a new one'); END"),
            // Removing entries is refused while their customer exists and is not being erased
            // (an erasure writes the tombstone first; a customer's own deletion cascades).
            QStringLiteral("CREATE TRIGGER consent_entry_kept BEFORE DELETE ON consent_entry"
                           " WHEN EXISTS (SELECT 1 FROM customer c WHERE c.id = OLD.customer_id"
                           "  AND NOT EXISTS (SELECT 1 FROM customer_erasure e WHERE e.uuid = c.uuid)) BEGIN"
                           " SELECT RAISE(ABORT, 'consent entries are removed only by erasing the customer'); END"),
            // Each marketing list written: who, when, for which purpose, how many customers.
            QStringLiteral(
                "CREATE TABLE marketing_export_log ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " purpose_id INTEGER NOT NULL REFERENCES consent_purpose(id),"
                " exported_at TEXT NOT NULL,"
                " exported_by TEXT NOT NULL,"
                " customers INTEGER NOT NULL,"
                " file_name TEXT NOT NULL DEFAULT ''"
                ") STRICT"),
            // The change history of customers: one row per changed field (values as text; a
            // person's organisation by its uuid, so an erased organisation leaves no name here).
            // field is a column name, 'tags', 'record' (created) or 'deleted_at' (deleted,
            // restored). how: edit, import, import_undo, import_redo.
            QStringLiteral(
                "CREATE TABLE customer_change ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                " changed_at TEXT NOT NULL,"
                " changed_by TEXT NOT NULL DEFAULT '',"
                " how TEXT NOT NULL CHECK (how IN ('edit', 'import', 'import_undo', 'import_redo')),"
                " field TEXT NOT NULL,"
                " old_value TEXT NOT NULL DEFAULT '',"
                " new_value TEXT NOT NULL DEFAULT ''"
                ") STRICT"),
            QStringLiteral("CREATE INDEX customer_change_by_customer ON customer_change(customer_id, changed_at)"),
            QStringLiteral("CREATE TRIGGER customer_change_unchanged BEFORE UPDATE ON customer_change BEGIN"
                           " SELECT RAISE(ABORT, 'the change history is never changed'); END"),
            // The rejects files imports wrote, so that erasing a customer can find its rows there.
            QStringLiteral(
                "CREATE TABLE import_reject_file ("
                " id INTEGER PRIMARY KEY,"
                " path TEXT NOT NULL UNIQUE,"
                " written_at TEXT NOT NULL,"
                " batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL"
                ") STRICT"),
        },
    });

    list.append(Migration{
        5,
        QStringLiteral("products, orders, customer value, personas, costs, price rules and co-purchases"),
        {
            // What is sold. sku is the product's code in other systems (imports match on it);
            // category groups products for reports and price rules.
            QStringLiteral(
                "CREATE TABLE product ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " sku TEXT NOT NULL DEFAULT '',"
                " name TEXT NOT NULL,"
                " category TEXT NOT NULL DEFAULT '',"
                " list_price_cents INTEGER,"   // in currency; NULL when the product has no list price
                " currency TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            QStringLiteral("CREATE UNIQUE INDEX product_by_sku ON product(sku) WHERE sku <> ''"),
            QStringLiteral("CREATE INDEX product_by_name ON product(name COLLATE NOCASE)"),
            // One order (or transaction) line of a customer. ordered_on is the local calendar day
            // (YYYY-MM-DD) the purchase was made; amount_cents the line total in currency (ISO 4217)
            // in its minor unit. external_id is the order's id in another system (imports match on
            // it, with the product). import_batch_id: the CSV import that created the row.
            QStringLiteral(
                "CREATE TABLE purchase ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,"
                " external_id TEXT NOT NULL DEFAULT '',"
                " ordered_on TEXT NOT NULL,"
                " amount_cents INTEGER NOT NULL,"
                " currency TEXT NOT NULL,"
                " quantity INTEGER NOT NULL DEFAULT 1,"
                " channel_id INTEGER REFERENCES channel(id),"
                " product_id INTEGER REFERENCES product(id) ON DELETE SET NULL,"
                " import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            // A customer's orders by day; it also covers what the value analysis and the card's
            // totals read (day, amount, currency, tombstone), so they scan this index, not the rows.
            QStringLiteral("CREATE INDEX purchase_by_customer ON purchase(customer_id, ordered_on, amount_cents, currency,"
                           " deleted_at)"),
            QStringLiteral("CREATE INDEX purchase_by_day ON purchase(ordered_on)"),
            QStringLiteral("CREATE INDEX purchase_by_product ON purchase(product_id, customer_id) WHERE product_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX purchase_by_external_id ON purchase(external_id) WHERE external_id <> ''"),
            // The latest value analysis (derived data, computed on each machine, never synced):
            // the fitted models with their calibration end, time unit and CLV settings.
            QStringLiteral(
                "CREATE TABLE value_fit ("
                " id INTEGER PRIMARY KEY,"
                " computed_at TEXT NOT NULL,"
                " calibration_end TEXT NOT NULL,"   // YYYY-MM-DD
                " unit TEXT NOT NULL CHECK (unit IN ('day', 'week', 'month')),"
                " horizon_months INTEGER NOT NULL,"
                " monthly_discount REAL NOT NULL,"
                " currency TEXT NOT NULL,"
                " customers INTEGER NOT NULL,"
                " purchases INTEGER NOT NULL,"
                " bgnbd_r REAL, bgnbd_alpha REAL, bgnbd_a REAL, bgnbd_b REAL, bgnbd_ll REAL,"
                " gg_p REAL, gg_q REAL, gg_gamma REAL, gg_ll REAL,"
                " message TEXT NOT NULL DEFAULT ''"   // why a model could not be fitted, if so
                ") STRICT"),
            // Per customer with purchases, the result of the latest analysis. segment: 1 … 10 the
            // RFM segments in the order of relatio::value::RfmSegment plus one; clv_tier 1 (top)
            // … 4. Customers without a row have no purchases (segment 0 in the aggregates).
            QStringLiteral(
                "CREATE TABLE customer_value ("
                " customer_id INTEGER PRIMARY KEY REFERENCES customer(id) ON DELETE CASCADE,"
                " segment INTEGER NOT NULL CHECK (segment BETWEEN 1 AND 10),"
                " recency_score INTEGER NOT NULL,"
                " frequency_score INTEGER NOT NULL,"
                " monetary_score INTEGER NOT NULL,"
                " recency_days INTEGER NOT NULL,"
                " purchase_days INTEGER NOT NULL,"
                " revenue_cents INTEGER NOT NULL,"
                " p_alive REAL,"
                " expected_purchases REAL,"
                " expected_spend REAL,"
                " clv REAL,"
                " clv_tier INTEGER"
                ") STRICT"),
            QStringLiteral("CREATE INDEX customer_value_by_segment ON customer_value(segment, clv)"),
            // Personas: who a group of customers is, what they need and how they like to be
            // reached. preferred_channels: channel ids separated by commas, most preferred first.
            QStringLiteral(
                "CREATE TABLE persona ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL,"
                " description TEXT NOT NULL DEFAULT '',"
                " needs TEXT NOT NULL DEFAULT '',"
                " motives TEXT NOT NULL DEFAULT '',"
                " preferred_channels TEXT NOT NULL DEFAULT '',"
                " position INTEGER NOT NULL DEFAULT 0,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            // Rules that give a customer a persona: the first rule by priority whose conditions all
            // hold (a NULL condition always holds) wins.
            QStringLiteral(
                "CREATE TABLE persona_rule ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " persona_id INTEGER NOT NULL REFERENCES persona(id) ON DELETE CASCADE,"
                " priority INTEGER NOT NULL DEFAULT 0,"
                " segment INTEGER CHECK (segment BETWEEN 0 AND 10),"
                " tag_id INTEGER REFERENCES tag(id) ON DELETE CASCADE,"
                " country TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            // Acquisition and retention costs per segment (0 = all segments) and channel (NULL =
            // all channels) over a period of local days.
            QStringLiteral(
                "CREATE TABLE cost_entry ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " kind TEXT NOT NULL CHECK (kind IN ('acquisition', 'retention')),"
                " segment INTEGER NOT NULL DEFAULT 0 CHECK (segment BETWEEN 0 AND 10),"
                " channel_id INTEGER REFERENCES channel(id),"
                " period_start TEXT NOT NULL,"
                " period_end TEXT NOT NULL,"
                " amount_cents INTEGER NOT NULL,"
                " currency TEXT NOT NULL,"
                " note TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT,"
                " CHECK (period_end >= period_start)"
                ") STRICT"),
            // Individual prices: a rule applies to a product, a category or everything (both NULL),
            // for customers of a segment, a CLV tier or a persona (NULL = any); it takes a
            // percentage off the list price or sets a price. The first rule by priority that
            // applies wins.
            QStringLiteral(
                "CREATE TABLE price_rule ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL,"
                " priority INTEGER NOT NULL DEFAULT 0,"
                " product_id INTEGER REFERENCES product(id) ON DELETE CASCADE,"
                " category TEXT,"
                " segment INTEGER CHECK (segment BETWEEN 1 AND 10),"
                " clv_tier INTEGER CHECK (clv_tier BETWEEN 1 AND 4),"
                " persona_id INTEGER REFERENCES persona(id) ON DELETE CASCADE,"
                " discount_percent REAL CHECK (discount_percent BETWEEN 0 AND 100),"
                " price_cents INTEGER CHECK (price_cents >= 0),"
                " currency TEXT NOT NULL DEFAULT '',"
                " valid_from TEXT,"
                " valid_to TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT,"
                " CHECK ((discount_percent IS NULL) <> (price_cents IS NULL))"
                ") STRICT"),
            // "Customers who bought this also bought": per product pair, how many customers bought
            // both; rebuilt with the value analysis.
            QStringLiteral(
                "CREATE TABLE co_purchase ("
                " product_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,"
                " other_id INTEGER NOT NULL REFERENCES product(id) ON DELETE CASCADE,"
                " customers INTEGER NOT NULL,"
                " PRIMARY KEY (product_id, other_id)"
                ") STRICT, WITHOUT ROWID"),
            // The weekly channel-usage report reads (time, customer, channel) of a range of weeks:
            // an index that covers it never reads the table (ten times fewer pages at 10M contacts).
            QStringLiteral("DROP INDEX interaction_by_time"),
            QStringLiteral("CREATE INDEX interaction_by_time ON interaction(occurred_at, customer_id, channel_id, deleted_at)"),
            // Satisfaction by value segment: dimension 4 of interaction_stats, filled for the
            // contacts already there (all in segment 0 until the first analysis) and kept by
            // triggers as contacts and segments change.
            QStringLiteral("INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum,"
                           " csat_sq, nps_n, promoters, detractors)"
                           " SELECT 4, 0, day, channel_id, interactions, csat_n, csat_sum, csat_sq, nps_n,"
                           " promoters, detractors FROM interaction_stats WHERE dim = 0"),
            QStringLiteral("CREATE TRIGGER interaction_segment_stats_insert AFTER INSERT ON interaction BEGIN %1 END")
                .arg(statssql::segmentRowContribution(QStringLiteral("NEW"), +1)),
            QStringLiteral("CREATE TRIGGER interaction_segment_stats_update AFTER UPDATE OF customer_id, occurred_at,"
                           " channel_id, csat, nps, deleted_at ON interaction BEGIN %1 %2 END")
                .arg(statssql::segmentRowContribution(QStringLiteral("OLD"), -1),
                     statssql::segmentRowContribution(QStringLiteral("NEW"), +1)),
            QStringLiteral("CREATE TRIGGER interaction_segment_stats_delete AFTER DELETE ON interaction BEGIN %1 END")
                .arg(statssql::segmentRowContribution(QStringLiteral("OLD"), -1)),
            QStringLiteral("CREATE TRIGGER customer_value_stats_insert AFTER INSERT ON customer_value BEGIN %1 %2 END")
                .arg(statssql::customerContribution(QStringLiteral("NEW.customer_id"), 4, QStringLiteral("0"), -1),
                     statssql::customerContribution(QStringLiteral("NEW.customer_id"), 4, QStringLiteral("NEW.segment"), +1)),
            QStringLiteral("CREATE TRIGGER customer_value_stats_update AFTER UPDATE OF segment ON customer_value"
                           " WHEN OLD.segment IS NOT NEW.segment BEGIN %1 %2 END")
                .arg(statssql::customerContribution(QStringLiteral("NEW.customer_id"), 4, QStringLiteral("OLD.segment"), -1),
                     statssql::customerContribution(QStringLiteral("NEW.customer_id"), 4, QStringLiteral("NEW.segment"), +1)),
            // Only while the customer lives on (its own deletion removes its contacts first).
            QStringLiteral("CREATE TRIGGER customer_value_stats_delete AFTER DELETE ON customer_value"
                           " WHEN EXISTS (SELECT 1 FROM customer WHERE id = OLD.customer_id) BEGIN %1 %2 END")
                .arg(statssql::customerContribution(QStringLiteral("OLD.customer_id"), 4, QStringLiteral("OLD.segment"), -1),
                     statssql::customerContribution(QStringLiteral("OLD.customer_id"), 4, QStringLiteral("0"), +1)),
        },
    });

    list.append(Migration{
        6,
        QStringLiteral("organisation units of team members and CRM maturity self-assessments"),
        {
            // Departments and teams. A team member (owner) belongs to at most one; contacts they
            // handle count for that unit in the maturity evidence. Names are unique among live units.
            QStringLiteral(
                "CREATE TABLE org_unit ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL,"
                " kind TEXT NOT NULL CHECK (kind IN ('department', 'team')),"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            QStringLiteral("CREATE UNIQUE INDEX org_unit_by_name ON org_unit(name COLLATE NOCASE) WHERE deleted_at IS NULL"),
            QStringLiteral("ALTER TABLE owner ADD COLUMN unit_id INTEGER REFERENCES org_unit(id)"),
            // A self-assessment of a unit on the five-phase maturity model: on a local day, by a
            // person (free text: assessors need not be team members). The phase reached is not
            // stored: it follows from the answers and the criteria of the running build.
            QStringLiteral(
                "CREATE TABLE maturity_assessment ("
                " id INTEGER PRIMARY KEY,"
                " uuid TEXT NOT NULL UNIQUE,"
                " unit_id INTEGER NOT NULL REFERENCES org_unit(id),"
                " assessed_on TEXT NOT NULL,"   // YYYY-MM-DD
                " assessor TEXT NOT NULL DEFAULT '',"
                " note TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " deleted_at TEXT"
                ") STRICT"),
            QStringLiteral("CREATE INDEX maturity_assessment_by_unit ON maturity_assessment(unit_id, assessed_on)"),
            // The score given to each statement (criterion code, see core/maturity/Criteria.cpp):
            // 1 (disagree) … 5 (agree), 0 = not known. Travels with its assessment.
            QStringLiteral(
                "CREATE TABLE maturity_answer ("
                " assessment_id INTEGER NOT NULL REFERENCES maturity_assessment(id) ON DELETE CASCADE,"
                " statement TEXT NOT NULL,"
                " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),"
                " PRIMARY KEY (assessment_id, statement)"
                ") STRICT, WITHOUT ROWID"),
        },
    });

    // Version 7 is generated from the sync registry as it stands at this version (owners, tags,
    // customers, erasures and the conflict list); tables that start to sync later get a migration
    // of their own.
    list.append(Migration{
        7,
        QStringLiteral("stamps of every change, for syncing field laptops with a team server"),
        sync::syncSchemaStatements(),
    });

    // Version 8: contacts, follow-ups, the consent ledger and what they name start to sync. Two
    // laptops may each add a wording for a purpose offline, so a version number is no longer
    // unique per purpose and language (the texts are told apart by their uuids): the table is made
    // again without that constraint, inside the migration (the ledger's references to it are
    // checked at commit, when the new table has every row again).
    QStringList v8{
        QStringLiteral("PRAGMA defer_foreign_keys = ON"),
        // The rows are put back into a table of the old name: that is what clears the ledger's
        // deferred references the drop left open.
        QStringLiteral("CREATE TABLE consent_text_before_v8 AS SELECT * FROM consent_text"),
        QStringLiteral("DROP TABLE consent_text"),
        QStringLiteral("CREATE TABLE consent_text ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " purpose_id INTEGER NOT NULL REFERENCES consent_purpose(id),"
                       " version INTEGER NOT NULL,"
                       " language TEXT NOT NULL DEFAULT '',"
                       " wording TEXT NOT NULL,"
                       " created_at TEXT NOT NULL"
                       ") STRICT"),
        QStringLiteral("INSERT INTO consent_text (id, uuid, purpose_id, version, language, wording, created_at)"
                       " SELECT id, uuid, purpose_id, version, language, wording, created_at FROM consent_text_before_v8"),
        QStringLiteral("DROP TABLE consent_text_before_v8"),
        QStringLiteral("CREATE INDEX consent_text_by_purpose ON consent_text(purpose_id, language, version)"),
        consentTextUnchangedSql(),
    };
    v8 += sync::syncTablesStatements(8);
    list.append(Migration{
        8,
        QStringLiteral("contacts, follow-ups and consent entries sync with the team server"),
        v8,
    });
    // What a laptop has not sent yet is found without reading the whole feed after the last
    // push: a laptop that pulled 100,000 records and changed a thousand read them all twice per
    // sync (to send, and to record them as sent).
    list.append(Migration{
        9,
        QStringLiteral("an index of the changes not yet sent"),
        {QStringLiteral("CREATE INDEX row_stamp_unsent ON row_stamp(seq) WHERE origin = 0")},
    });

    // Version 10: the rest of what a team shares syncs: organisation units (and an owner's unit),
    // maturity assessments with their answers, personas and their rules, and the change history
    // of customers. An answer is a record of its own, so that two people answering different
    // statements of one assessment both keep theirs: its uuid is the assessment's and the
    // statement, the same on every replica. A persona's channels are kept as the channels' uuids,
    // the same on every replica (their ids are not).
    QStringList v10{
        QStringLiteral("ALTER TABLE maturity_answer ADD COLUMN uuid TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE maturity_answer SET uuid = (SELECT a.uuid FROM maturity_assessment AS a"
                       " WHERE a.id = maturity_answer.assessment_id) || '/' || statement"),
        QStringLiteral("CREATE UNIQUE INDEX maturity_answer_by_uuid ON maturity_answer(uuid)"),
        // Two laptops may each make a unit "Sales" offline: both are kept (the app still refuses a
        // second live unit of one name on one machine).
        QStringLiteral("DROP INDEX org_unit_by_name"),
        QStringLiteral("CREATE INDEX org_unit_by_name ON org_unit(name COLLATE NOCASE) WHERE deleted_at IS NULL"),
        QStringLiteral("UPDATE persona SET preferred_channels = coalesce((SELECT group_concat(u, ',') FROM"
                       " (SELECT c.uuid AS u FROM json_each('[' || persona.preferred_channels || ']') AS j"
                       " JOIN channel AS c ON c.id = j.value ORDER BY j.key)), '') WHERE preferred_channels <> ''"),
    };
    v10 += sync::syncTablesStatements(10);
    list.append(Migration{
        10,
        QStringLiteral("organisation units, maturity assessments, personas and the change history sync with the team server"),
        v10,
    });

    return list;
}

} // namespace

QString defaultChannelsSql()
{
    return QStringLiteral(
                "INSERT INTO channel (id, uuid, code, position, social, created_at, updated_at) VALUES"
                " (1, '7b223bf0-cbdb-532f-afc8-f53ecd30fa5a', 'phone', 1, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (2, '73c98bae-490d-5a7b-9202-bedd07f0c179', 'email', 2, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (3, '60c0bf6c-6718-549c-8e2f-5da5071d028e', 'web', 3, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (4, 'f25430ff-5e20-5475-bd0d-1a9f66043051', 'chat', 4, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (5, '321c9096-3106-58ab-940e-67c470b9cf22', 'social', 5, 1, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (6, 'fe5f6267-c0cb-5002-9d80-b8aa3f9c85b3', 'visit', 6, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (7, '8ffc8dda-9ed8-5c4b-a95a-68ab2fb14a48', 'post', 7, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (8, '1a2b7dca-78e8-5464-8af6-53ac82ecab7c', 'app', 8, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z')");
}

QString defaultPurposesSql()
{
    return QStringLiteral(
                "INSERT INTO consent_purpose (id, uuid, code, medium, requires_double_opt_in, position, created_at, updated_at) VALUES"
                " (1, '808ba037-ce91-5196-abe0-eefbffd8be84', 'newsletter', 'email', 1, 1, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (2, '5e66c7fb-9e61-5a8b-af8b-5c50d7542192', 'email_marketing', 'email', 1, 2, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (3, '46cc5eb6-e246-5fbf-bfe2-43c43549a188', 'phone', 'phone', 0, 3, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (4, '09cfb915-8163-5f62-aa6c-af5b62c8c00c', 'post', 'post', 0, 4, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (5, '5553d439-040d-5686-a44c-8d11fe8e298e', 'profiling', 'none', 0, 5, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z')");
}

QString defaultConsentTextsSql()
{
    return QStringLiteral(
                "INSERT INTO consent_text (uuid, purpose_id, version, language, wording, created_at) VALUES"
                " ('b8e494e9-bf47-5069-9eaa-9cf4a975167f', 1, 1, 'en', 'Yes, send me the newsletter by e-mail. I can"
                " unsubscribe at any time with the link in every newsletter.', '2026-11-24T00:00:00.000Z'),"
                " ('1124b0cb-f5fc-5267-8eea-e72723a35272', 2, 1, 'en', 'Yes, send me offers and news about products by"
                " e-mail. I can withdraw this at any time.', '2026-11-24T00:00:00.000Z'),"
                " ('daf7c2fd-553a-507b-a15c-2fd06ccda7a7', 3, 1, 'en', 'Yes, you may call me about offers and news. I"
                " can withdraw this at any time.', '2026-11-24T00:00:00.000Z'),"
                " ('352cf9e3-e44c-570c-82f7-100fcf65f290', 4, 1, 'en', 'Yes, send me offers and news by post. I can"
                " withdraw this at any time.', '2026-11-24T00:00:00.000Z'),"
                " ('ab952613-a1e4-5c68-a3d5-5bcf4135ec0b', 5, 1, 'en', 'Yes, you may use what I buy and how I contact"
                " you to choose offers that suit me. I can withdraw this at any time.', '2026-11-24T00:00:00.000Z')");
}

QString customerSearchFillSql()
{
    return QStringLiteral("INSERT INTO customer_fts(rowid, name, organisation, email, phone, place) SELECT %1"
                          " FROM customer")
        .arg(searchValues(QString()));
}

QStringList Migration::postgresStatements() const
{
    return postgres::migration(version);
}

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

} // namespace relatio
