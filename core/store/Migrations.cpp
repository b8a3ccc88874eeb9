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

    return list;
}

} // namespace

QString customerSearchFillSql()
{
    return QStringLiteral("INSERT INTO customer_fts(rowid, name, organisation, email, phone, place) SELECT %1"
                          " FROM customer")
        .arg(searchValues(QString()));
}

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

} // namespace relatio
