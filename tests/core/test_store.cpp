// The store: configuration, migrations, pre-migration copies, refusal of newer and foreign files.
#include "TestSupport.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <thread>

using namespace relatio;
using relatio::test::TempDatabase;

namespace {

QVariant scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("A new database is created, migrated and configured", "[store]")
{
    TempDatabase t;
    REQUIRE(QFile::exists(t.path));
    CHECK(t.db->schemaVersion() == schemaMigrations().constLast().version);
    CHECK(scalar(t.db, QStringLiteral("PRAGMA user_version")).toInt() == t.db->schemaVersion());
    CHECK(scalar(t.db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(t.db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(t.db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(t.db, QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    CHECK(scalar(t.db, QStringLiteral("SELECT length(value) FROM meta WHERE key = 'replica_id'")).toInt() == 32);
    CHECK(t.db->preMigrationCopy().isEmpty()); // nothing to protect in a new file
}

TEST_CASE("Each thread gets its own connection", "[store]")
{
    TempDatabase t;
    const QString mine = t.db->connection().connectionName();
    QString theirs;
    std::thread worker([&]() {
        theirs = t.db->connection().connectionName();
        t.db->releaseConnection();
    });
    worker.join();
    CHECK_FALSE(theirs.isEmpty());
    CHECK(theirs != mine);
}

TEST_CASE("Reopening an up-to-date database changes nothing and makes no copy", "[store]")
{
    TempDatabase t;
    const QString path = t.path;
    t.db.reset();
    auto again = Database::open(path);
    REQUIRE(again);
    CHECK((*again)->preMigrationCopy().isEmpty());
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("Migrating an older database copies it first, in one transaction", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QList<Migration> v1 = {Migration{1, QStringLiteral("one"),
                                     {QStringLiteral("CREATE TABLE thing (id INTEGER PRIMARY KEY, name TEXT)"),
                                      QStringLiteral("INSERT INTO thing (name) VALUES ('kept')")}}};
    {
        auto db = Database::open(path, Database::Options{&v1});
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == 1);
    }

    QList<Migration> v2 = v1;
    v2.append(Migration{2, QStringLiteral("two"), {QStringLiteral("ALTER TABLE thing ADD COLUMN colour TEXT")}});
    auto db = Database::open(path, Database::Options{&v2});
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == 2);
    const QString copy = (*db)->preMigrationCopy();
    REQUIRE_FALSE(copy.isEmpty());
    REQUIRE(QFile::exists(copy));
    CHECK(copy.contains(QStringLiteral("before-v2")));

    // The copy is the database as it was: schema version 1 and its data.
    auto old = Database::open(copy, Database::Options{&v1});
    REQUIRE(old);
    CHECK((*old)->schemaVersion() == 1);
    CHECK(scalar(*old, QStringLiteral("SELECT name FROM thing")).toString() == QStringLiteral("kept"));

    SECTION("a failing migration leaves the file at its old version")
    {
        db->reset();
        QList<Migration> broken = v2;
        broken.append(Migration{3, QStringLiteral("three"),
                                {QStringLiteral("CREATE TABLE other (x)"), QStringLiteral("THIS IS NOT SQL")}});
        auto failed = Database::open(path, Database::Options{&broken});
        REQUIRE_FALSE(failed);
        CHECK(failed.error().message.contains(QStringLiteral("schema version 3")));
        auto reopened = Database::open(path, Database::Options{&v2});
        REQUIRE(reopened);
        CHECK((*reopened)->schemaVersion() == 2);
        CHECK(scalar(*reopened, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'other'")).toInt() == 0);
    }
}

TEST_CASE("A database from a newer version is refused and not touched", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileBytes(path);
    const auto modified = QFileInfo(path).lastModified();

    auto refused = Database::open(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Error::Code::NewerSchema);
    CHECK(refused.error().message.contains(QStringLiteral("newer version")));
    CHECK(refused.error().message.contains(QStringLiteral("999")));
    CHECK(fileBytes(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());
}

TEST_CASE("Files that are not Relatio databases are refused with a clear message", "[store]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, just some text that is long enough to look like a file\n")
                    .repeated(20));
        f.close();
        const QByteArray before = fileBytes(path);
        auto refused = Database::open(path);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(path));
        CHECK(fileBytes(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto refused = Database::open(path);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("not one of Relatio's")));
    }
    SECTION("a folder")
    {
        auto refused = Database::open(dir.path());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == Error::Code::Io);
    }
}

TEST_CASE("A backup is a consistent, openable copy", "[store]")
{
    TempDatabase t;
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO tag (uuid, name, created_at, updated_at)"
                                  " VALUES ('u1', 'VIP', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    const QString copy = t.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(t.db->backupTo(copy));
    auto opened = Database::open(copy);
    REQUIRE(opened);
    CHECK(scalar(*opened, QStringLiteral("SELECT name FROM tag")).toString() == QStringLiteral("VIP"));
    SECTION("an existing file is not overwritten")
    {
        auto again = t.db->backupTo(copy);
        REQUIRE_FALSE(again);
        CHECK(again.error().code == Error::Code::Io);
    }
}

TEST_CASE("A version 1 database gains external ids and the import history, its records kept", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    const QList<Migration> v1 = schemaMigrations().mid(0, 1);
    {
        auto db = Database::open(path, Database::Options{&v1});
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO customer (uuid, kind, family_name, created_at, updated_at)"
                                      " VALUES ('u-1', 'person', 'Berg', '2024-01-01T00:00:00.000Z',"
                                      " '2024-01-01T00:00:00.000Z')")));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == schemaMigrations().constLast().version);
    CHECK((*db)->preMigrationCopy().contains(QStringLiteral("before-v%1").arg(schemaMigrations().constLast().version)));
    CHECK(scalar(*db, QStringLiteral("SELECT external_id || '|' || family_name FROM customer WHERE uuid = 'u-1'"))
              .toString()
          == QStringLiteral("|Berg"));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM import_batch")).toInt() == 0);
    // The search index still finds the old record.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'berg'")).toInt() == 1);
}

TEST_CASE("A version 7 database keeps its consent ledger when its wordings table is made again", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    const QList<Migration> v7 = schemaMigrations().mid(0, 7);
    REQUIRE(v7.constLast().version == 7);
    {
        auto db = Database::open(path, Database::Options{&v7});
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO customer (uuid, kind, family_name, created_at, updated_at)"
                                      " VALUES ('u-1', 'person', 'Berg', '2026-01-01T00:00:00.000Z',"
                                      " '2026-01-01T00:00:00.000Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO consent_text (uuid, purpose_id, version, language, wording, created_at)"
                                      " VALUES ('t-2', 1, 2, 'nl', 'Ja, graag.', '2026-02-01T00:00:00.000Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO consent_entry (uuid, customer_id, purpose_id, action, occurred_at,"
                                      " source, text_id, created_at) SELECT 'e-1', c.id, 1, 'grant',"
                                      " '2026-02-02T00:00:00.000Z', 'counter', t.id, '2026-02-02T00:00:00.000Z'"
                                      " FROM customer c, consent_text t WHERE c.uuid = 'u-1' AND t.uuid = 't-2'")));
        // Renamed, as the channels dialog does it (the time of the change with it).
        REQUIRE(q.exec(QStringLiteral("UPDATE channel SET name = 'Telefoon', updated_at = '2026-03-01T00:00:00.000Z'"
                                      " WHERE code = 'phone'")));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == schemaMigrations().constLast().version);
    CHECK(scalar(*db, QStringLiteral("SELECT t.wording FROM consent_entry e JOIN consent_text t ON t.id = e.text_id"
                                     " WHERE e.uuid = 'e-1'")).toString() == QStringLiteral("Ja, graag."));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt() == 0);
    // Wordings stay unchangeable, and a second version 2 (another laptop's) is taken in.
    QSqlQuery q((*db)->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE consent_text SET wording = 'x' WHERE uuid = 't-2'")));
    CHECK(q.exec(QStringLiteral("INSERT INTO consent_text (uuid, purpose_id, version, language, wording, created_at)"
                                " VALUES ('t-3', 1, 2, 'nl', 'Ja, stuur maar.', '2026-02-03T00:00:00.000Z')")));
    // Untouched default rows carry the one stamp every replica gives them; a renamed one is a
    // change of this replica.
    CHECK(scalar(*db, QStringLiteral("SELECT node FROM row_stamp WHERE tbl = 'channel' AND uuid ="
                                     " (SELECT uuid FROM channel WHERE code = 'email')")).toString() == QStringLiteral("relatio"));
    CHECK(scalar(*db, QStringLiteral("SELECT node FROM row_stamp WHERE tbl = 'channel' AND uuid ="
                                     " (SELECT uuid FROM channel WHERE code = 'phone')")).toString() != QStringLiteral("relatio"));
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM row_stamp WHERE tbl = 'consent_entry'")).toInt() == 1);
}
