// Issue 8: the same migrations make and upgrade a Relatio file and a team database. A team
// database made by them must have, column for column, index for index, trigger for trigger, the
// schema that a team database made by the team schema of before them reaches (team_schema 6),
// because such a database joins the shared migrations there.
#include <catch2/catch.hpp>

#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "store/Migrations.h"
#include "store/MigrationsPostgres.h"
#include "sync/PgSchema.h"
#include "sync/TeamServer.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace relatio;
using namespace relatio::sync;
using namespace relatio::sync::test;

namespace {

// Every row of a query, one line each, with the schema's name taken out of what PostgreSQL
// qualifies with it.
QStringList rows(QSqlQuery &q, const QString &sql, const QString &schema)
{
    QStringList out;
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out.append(fields.join(QLatin1Char('|')).replace(schema + QLatin1Char('.'), QString()));
    }
    return out;
}

struct Catalog
{
    QStringList columns, constraints, indexes, triggers, functions, sequences, meta, data;
};

// What a schema holds, read from PostgreSQL's catalog, and the rows every team database is made
// with (the default channels, purposes and wordings and their stamps).
Catalog catalogOf(QSqlQuery &q, const QString &schema)
{
    REQUIRE(q.exec(QStringLiteral("SET search_path TO %1").arg(schema)));
    const QString s = QStringLiteral("'%1'").arg(schema);
    Catalog c;
    c.columns = rows(q,
                     QStringLiteral("SELECT table_name, ordinal_position, column_name, data_type, is_nullable,"
                                    " column_default, is_identity, identity_generation FROM information_schema.columns"
                                    " WHERE table_schema = %1 ORDER BY table_name, ordinal_position")
                         .arg(s),
                     schema);
    c.constraints = rows(q,
                         QStringLiteral("SELECT t.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k"
                                        " JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                                        " WHERE n.nspname = %1 ORDER BY 1, 2")
                             .arg(s),
                         schema);
    c.indexes = rows(q,
                     QStringLiteral("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = %1"
                                    " ORDER BY 1, 2")
                         .arg(s),
                     schema);
    c.triggers = rows(q,
                      QStringLiteral("SELECT t.relname, g.tgname, pg_get_triggerdef(g.oid) FROM pg_trigger g"
                                     " JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                                     " WHERE n.nspname = %1 AND NOT g.tgisinternal ORDER BY 1, 2")
                          .arg(s),
                      schema);
    c.functions = rows(q,
                       QStringLiteral("SELECT p.proname, pg_get_function_identity_arguments(p.oid),"
                                      " pg_get_function_result(p.oid), p.prosrc FROM pg_proc p"
                                      " JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = %1 ORDER BY 1, 2")
                           .arg(s),
                       schema);
    c.sequences = rows(q,
                       QStringLiteral("SELECT sequencename, data_type, last_value FROM pg_sequences WHERE schemaname = %1"
                                      " ORDER BY 1")
                           .arg(s),
                       schema);
    c.meta = rows(q, QStringLiteral("SELECT key, value FROM meta WHERE key <> 'replica_id' ORDER BY key"), schema);
    for (const char *table : {"channel", "consent_purpose", "consent_text", "row_stamp", "field_stamp"})
        c.data += rows(q, QStringLiteral("SELECT '%1', t.* FROM %1 AS t ORDER BY 2, 3").arg(QLatin1String(table)), schema);
    REQUIRE(q.exec(QStringLiteral("SET search_path TO public")));
    return c;
}

// An empty schema of that name, which the connection's statements then work in.
void freshSchema(QSqlQuery &q, const QString &schema)
{
    REQUIRE(q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema)));
    REQUIRE(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
    REQUIRE(q.exec(QStringLiteral("SET search_path TO %1").arg(schema)));
}

// Where two lists first differ, for the report.
QString firstDifference(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = i < a.size() ? a.at(i) : QStringLiteral("(nothing)");
        const QString y = i < b.size() ? b.at(i) : QStringLiteral("(nothing)");
        if (x != y)
            return QStringLiteral("line %1:\n  %2\n  %3").arg(i + 1).arg(x, y);
    }
    return {};
}

} // namespace

TEST_CASE("A team database made by the migrations of a Relatio file has the schema an old team database is upgraded to",
          "[store][sync][postgres]")
{
    const auto url = testServer();
    if (!url)
        return;
    auto team = TeamServer::connect(*url);
    REQUIRE(team);
    QSqlQuery q((*team)->connection());
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString legacy = QStringLiteral("relatio_legacy_%1").arg(pid);
    const QString shared = QStringLiteral("relatio_shared_%1").arg(pid);

    // A team database as relatio-cli init made it at first, upgraded by a Relatio of now: its own
    // steps to team schema 6, then it joins the shared migrations.
    freshSchema(q, legacy);
    for (const QString &sql : legacyTeamSchemaV1())
        REQUIRE(q.exec(sql));
    REQUIRE((*team)->check());
    CHECK_FALSE((*team)->init().value());

    // A team database made now: the migrations of a Relatio file, in PostgreSQL's dialect.
    freshSchema(q, shared);
    REQUIRE((*team)->init().value());
    CHECK_FALSE((*team)->init().value());
    REQUIRE((*team)->check());

    const Catalog before = catalogOf(q, legacy);
    const Catalog now = catalogOf(q, shared);
    const QList<std::pair<const char *, std::pair<QStringList, QStringList>>> parts{
        {"columns", {before.columns, now.columns}},
        {"constraints", {before.constraints, now.constraints}},
        {"indexes", {before.indexes, now.indexes}},
        {"triggers", {before.triggers, now.triggers}},
        {"functions", {before.functions, now.functions}},
        {"sequences", {before.sequences, now.sequences}},
        {"meta", {before.meta, now.meta}},
        {"default rows and their stamps", {before.data, now.data}},
    };
    for (const auto &[what, lists] : parts) {
        INFO(what << ": " << firstDifference(lists.first, lists.second));
        CHECK(lists.first == lists.second);
    }
    // Nothing compared is empty: at version 10, 252 columns, 91 constraints, 58 indexes, 27 triggers,
    // 27 functions, 18 identities, and 36 default rows with their stamps (later migrations add).
    CHECK(now.columns.size() >= 252);
    CHECK(now.constraints.size() >= 91);
    CHECK(now.indexes.size() >= 58);
    CHECK(now.triggers.size() >= 27);
    CHECK(now.functions.size() >= 27);
    CHECK(now.sequences.size() >= 18);
    CHECK(now.data.size() >= 36);
    // The schema is all there: 28 tables, each synced one with its stamping trigger.
    CHECK(scalar((*team)->connection(),
                 QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = '%1'").arg(shared))
              .toInt()
          == 28);
    CHECK(now.triggers.filter(QStringLiteral("|sync_stamp_")).size() == syncTables().size() + 1);
    CHECK(now.meta
          == QStringList{QStringLiteral("schema_version|%1").arg(schemaMigrations().constLast().version),
                         QStringLiteral("team_schema|%1").arg(kLegacyTeamSchemaVersion + 1)});

    // Every migration of a file has its form on a team database; those after the ones the old
    // team schema matched upgrade a team database in use.
    CHECK(postgres::kLegacyTeamSchemaEquals <= schemaMigrations().constLast().version);
    for (const QString &schema : {legacy, shared})
        REQUIRE(q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema)));
}

TEST_CASE("A team database of a newer or unknown schema is left untouched", "[store][sync][postgres]")
{
    const auto url = testServer();
    if (!url)
        return;
    auto team = TeamServer::connect(*url);
    REQUIRE(team);
    QSqlQuery q((*team)->connection());
    const QString schema = QStringLiteral("relatio_newer_%1").arg(QCoreApplication::applicationPid());
    freshSchema(q, schema);
    REQUIRE((*team)->init().value());
    const int latest = schemaMigrations().constLast().version;

    REQUIRE(q.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(latest + 1)));
    auto checked = (*team)->check();
    REQUIRE_FALSE(checked);
    CHECK(checked.error().code == Error::Code::NewerSchema);
    CHECK(checked.error().message.contains(QStringLiteral("schema version %1").arg(latest + 1)));
    auto init = (*team)->init();
    REQUIRE_FALSE(init);
    CHECK(init.error().code == Error::Code::NewerSchema);
    CHECK(scalar((*team)->connection(), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt()
          == latest + 1);

    // A meta table of something else: neither version.
    REQUIRE(q.exec(QStringLiteral("DELETE FROM meta WHERE key IN ('schema_version', 'team_schema')")));
    CHECK((*team)->init().error().code == Error::Code::NewerSchema);
    CHECK((*team)->check().error().code == Error::Code::NewerSchema);
    REQUIRE(q.exec(QStringLiteral("SET search_path TO public")));
    REQUIRE(q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema)));
}
