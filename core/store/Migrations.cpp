// Relatio's schema history. Never edit a released migration: add a new one.
//
// Conventions kept from version 1 on, because field laptops will sync with a team server:
// every record has a stable uuid, created_at/updated_at in UTC (ISO 8601 with milliseconds and Z),
// and deletion sets deleted_at (a tombstone) instead of removing the row.
#include "store/Migrations.h"

namespace relatio {

namespace {

// What the search index holds for a customer row, as SQL over that row (new., old. or none).
QString searchValues(const QString &row)
{
    const QString p = row.isEmpty() ? QString() : row + QLatin1Char('.');
    return QStringLiteral("%1id, %1given_name || ' ' || %1family_name || ' ' || %1organisation_name,"
                          " %1org_label, %1email || ' ' || %1email_alt, %1phone_search,"
                          " %1postcode || ' ' || %1city")
        .arg(p);
}

// The satisfaction aggregates (interaction_stats) hold, per customer grouping, UTC day and
// channel, the sums the dashboard needs. A grouping dimension ("dim") is 0 all customers,
// 1 country, 2 owner (0 = none), 3 tag. Triggers keep them exact on every write; bulk loads
// drop the triggers and refill with interactionStatsFillSql().
//
// The contribution of one interaction row (NEW or OLD) to every grouping of its customer, with
// sign +1 or -1, as an upsert.
QString statsUpsertTail()
{
    return QStringLiteral(
        " ON CONFLICT (dim, day, grp, channel_id) DO UPDATE SET"
        " interactions = interactions + excluded.interactions,"
        " csat_n = csat_n + excluded.csat_n, csat_sum = csat_sum + excluded.csat_sum,"
        " csat_sq = csat_sq + excluded.csat_sq, nps_n = nps_n + excluded.nps_n,"
        " promoters = promoters + excluded.promoters, detractors = detractors + excluded.detractors");
}

QString statsRowContribution(const QString &row, int sign)
{
    const QString s = sign < 0 ? QStringLiteral("-") : QString();
    return QStringLiteral(
               "INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum,"
               " csat_sq, nps_n, promoters, detractors)"
               " SELECT g.dim, g.grp, unixepoch(substr(%1.occurred_at, 1, 10)) / 86400, %1.channel_id,"
               " %2 1, %2 (%1.csat IS NOT NULL), %2 coalesce(%1.csat, 0), %2 coalesce(%1.csat * %1.csat, 0),"
               " %2 (%1.nps IS NOT NULL), %2 coalesce(%1.nps >= 9, 0), %2 coalesce(%1.nps <= 6, 0)"
               " FROM (SELECT 0 AS dim, 0 AS grp"
               "  UNION ALL SELECT 1, country FROM customer WHERE id = %1.customer_id"
               "  UNION ALL SELECT 2, coalesce(owner_id, 0) FROM customer WHERE id = %1.customer_id"
               "  UNION ALL SELECT 3, tag_id FROM customer_tag WHERE customer_id = %1.customer_id) AS g"
               " WHERE %1.deleted_at IS NULL")
               .arg(row, s)
        + statsUpsertTail() + QLatin1Char(';');
}

// The contribution of all live interactions of one customer to one group, with a sign.
QString statsCustomerContribution(const QString &customerId, int dim, const QString &group, int sign)
{
    const QString s = sign < 0 ? QStringLiteral("-") : QString();
    return QStringLiteral(
               "INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum,"
               " csat_sq, nps_n, promoters, detractors)"
               " SELECT %1, %2, unixepoch(substr(i.occurred_at, 1, 10)) / 86400 AS d, i.channel_id,"
               " %3 count(*), %3 count(i.csat), %3 coalesce(sum(i.csat), 0), %3 coalesce(sum(i.csat * i.csat), 0),"
               " %3 count(i.nps), %3 coalesce(sum(i.nps >= 9), 0), %3 coalesce(sum(i.nps <= 6), 0)"
               " FROM interaction i WHERE i.customer_id = %4 AND i.deleted_at IS NULL"
               " GROUP BY d, i.channel_id")
               .arg(dim)
               .arg(group, s, customerId)
        + statsUpsertTail() + QLatin1Char(';');
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
            QStringLiteral(
                "INSERT INTO channel (id, uuid, code, position, social, created_at, updated_at) VALUES"
                " (1, '7b223bf0-cbdb-532f-afc8-f53ecd30fa5a', 'phone', 1, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (2, '73c98bae-490d-5a7b-9202-bedd07f0c179', 'email', 2, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (3, '60c0bf6c-6718-549c-8e2f-5da5071d028e', 'web', 3, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (4, 'f25430ff-5e20-5475-bd0d-1a9f66043051', 'chat', 4, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (5, '321c9096-3106-58ab-940e-67c470b9cf22', 'social', 5, 1, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (6, 'fe5f6267-c0cb-5002-9d80-b8aa3f9c85b3', 'visit', 6, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (7, '8ffc8dda-9ed8-5c4b-a95a-68ab2fb14a48', 'post', 7, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z'),"
                " (8, '1a2b7dca-78e8-5464-8af6-53ac82ecab7c', 'app', 8, 0, '2026-11-24T00:00:00.000Z', '2026-11-24T00:00:00.000Z')"),
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
                .arg(statsRowContribution(QStringLiteral("NEW"), +1)),
            QStringLiteral("CREATE TRIGGER interaction_stats_update AFTER UPDATE OF customer_id, occurred_at,"
                           " channel_id, csat, nps, deleted_at ON interaction BEGIN %1 %2 END")
                .arg(statsRowContribution(QStringLiteral("OLD"), -1),
                     statsRowContribution(QStringLiteral("NEW"), +1)),
            QStringLiteral("CREATE TRIGGER interaction_stats_delete AFTER DELETE ON interaction BEGIN %1 END")
                .arg(statsRowContribution(QStringLiteral("OLD"), -1)),
            // A customer's contacts follow it into its new country, owner or tags.
            QStringLiteral("CREATE TRIGGER customer_stats_country AFTER UPDATE OF country ON customer"
                           " WHEN OLD.country IS NOT NEW.country BEGIN %1 %2 END")
                .arg(statsCustomerContribution(QStringLiteral("NEW.id"), 1, QStringLiteral("OLD.country"), -1),
                     statsCustomerContribution(QStringLiteral("NEW.id"), 1, QStringLiteral("NEW.country"), +1)),
            QStringLiteral("CREATE TRIGGER customer_stats_owner AFTER UPDATE OF owner_id ON customer"
                           " WHEN OLD.owner_id IS NOT NEW.owner_id BEGIN %1 %2 END")
                .arg(statsCustomerContribution(QStringLiteral("NEW.id"), 2, QStringLiteral("coalesce(OLD.owner_id, 0)"), -1),
                     statsCustomerContribution(QStringLiteral("NEW.id"), 2, QStringLiteral("coalesce(NEW.owner_id, 0)"), +1)),
            QStringLiteral("CREATE TRIGGER customer_tag_stats_insert AFTER INSERT ON customer_tag BEGIN %1 END")
                .arg(statsCustomerContribution(QStringLiteral("NEW.customer_id"), 3, QStringLiteral("NEW.tag_id"), +1)),
            QStringLiteral("CREATE TRIGGER customer_tag_stats_delete AFTER DELETE ON customer_tag BEGIN %1 END")
                .arg(statsCustomerContribution(QStringLiteral("OLD.customer_id"), 3, QStringLiteral("OLD.tag_id"), -1)),
            // A customer removed for good (erasure, an undone import) takes its contacts first,
            // while its groups can still be read, so the aggregates lose exactly their share.
            QStringLiteral("CREATE TRIGGER customer_delete_interactions BEFORE DELETE ON customer BEGIN"
                           " DELETE FROM interaction WHERE customer_id = OLD.id; END"),
        },
    });

    return list;
}

} // namespace

QString customerSearchFillSql()
{
    return QStringLiteral("INSERT INTO customer_fts(rowid, name, organisation, email, phone, place) SELECT %1"
                          " FROM customer")
        .arg(searchValues(QString()));
}

QStringList interactionStatsFillSql()
{
    const QString day = QStringLiteral("unixepoch(substr(i.occurred_at, 1, 10)) / 86400");
    const QString sums = QStringLiteral(
        "count(*), count(i.csat), coalesce(sum(i.csat), 0), coalesce(sum(i.csat * i.csat), 0),"
        " count(i.nps), coalesce(sum(i.nps >= 9), 0), coalesce(sum(i.nps <= 6), 0)");
    const QString into = QStringLiteral(
        "INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum,"
        " csat_sq, nps_n, promoters, detractors) ");
    return {
        QStringLiteral("DELETE FROM interaction_stats"),
        into + QStringLiteral("SELECT 0, 0, %1 AS d, i.channel_id, %2 FROM interaction i"
                              " WHERE i.deleted_at IS NULL GROUP BY d, i.channel_id")
                   .arg(day, sums),
        into + QStringLiteral("SELECT 1, c.country, %1 AS d, i.channel_id, %2 FROM interaction i"
                              " JOIN customer c ON c.id = i.customer_id WHERE i.deleted_at IS NULL"
                              " GROUP BY c.country, d, i.channel_id")
                   .arg(day, sums),
        into + QStringLiteral("SELECT 2, coalesce(c.owner_id, 0) AS o, %1 AS d, i.channel_id, %2 FROM interaction i"
                              " JOIN customer c ON c.id = i.customer_id WHERE i.deleted_at IS NULL"
                              " GROUP BY o, d, i.channel_id")
                   .arg(day, sums),
        into + QStringLiteral("SELECT 3, t.tag_id, %1 AS d, i.channel_id, %2 FROM interaction i"
                              " JOIN customer_tag t ON t.customer_id = i.customer_id WHERE i.deleted_at IS NULL"
                              " GROUP BY t.tag_id, d, i.channel_id")
                   .arg(day, sums),
    };
}

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

} // namespace relatio
