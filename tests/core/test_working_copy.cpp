// This computer's copy of a team database (sync::WorkingCopy), through which imports reach it: the
// copy kept and brought up to date, one piece of work at a time, colleagues' changes kept, and an
// import that could not be sent going with the next piece of work.
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "csv/CustomerImporter.h"
#include "customers/CustomerRepository.h"
#include "privacy/Erasure.h"
#include "sync/WorkingCopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relatio;
using namespace relatio::test;

namespace {

QString text(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

// Imports the file into the store as the window and the command line do.
Result<csv::ImportSummary> importInto(const DatabasePtr &store, const QString &path, csv::DuplicatePolicy policy,
                                      sync::CopyWork *how, const std::function<void()> &meanwhile = {})
{
    csv::ImportOptions options;
    options.onDuplicate = policy;
    return sync::WorkingCopy::run<csv::ImportSummary>(
        store,
        [&](const DatabasePtr &target) {
            if (meanwhile)
                meanwhile();
            return csv::CustomerImporter(target).import(path, options);
        },
        [](const csv::ImportSummary &s) { return s.committed; }, how);
}

} // namespace

TEST_CASE("A team database's copy is kept and brought up to date and used by one piece of work at a time",
          "[sync][postgres][team-import]")
{
    TestStore t(StoreKind::Team);
    if (t.skipped)
        return;
    CustomerRepository team(t.db);
    for (const char *name : {"Dahl", "Ek", "Lund"}) {
        Customer c;
        c.givenName = QStringLiteral("Anne");
        c.familyName = QString::fromLatin1(name);
        c.externalId = QStringLiteral("K-") + c.familyName;
        REQUIRE(team.create(c));
    }

    QString path;
    {
        auto copy = sync::WorkingCopy::open(t.db);
        REQUIRE(copy);
        path = (*copy)->path();
        CHECK(QFileInfo(path).absolutePath() == QFileInfo(t.copies->path()).absoluteFilePath());
        CHECK(numberFrom((*copy)->file(), QStringLiteral("SELECT count(*) FROM customer")) == 3);
        CHECK((*copy)->broughtIn().received >= 3);
        // The folder holds customers' data: for this user only.
        CHECK(QFileInfo(t.copies->path()).permissions()
              == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser
                  | QFileDevice::WriteUser | QFileDevice::ExeUser));

        // Another piece of work waits for this one, and is then refused, saying why.
        auto second = sync::WorkingCopy::open(t.db, {}, {}, 0);
        REQUIRE_FALSE(second);
        CHECK(second.error().code == Error::Code::Busy);
        CHECK(second.error().message.contains(QStringLiteral("running on this computer")));
    }

    // The next time it brings only what changed meanwhile.
    Customer changed = *team.get(1);
    changed.city = QStringLiteral("Bergen");
    REQUIRE(team.update(changed));
    auto again = sync::WorkingCopy::open(t.db);
    REQUIRE(again);
    CHECK((*again)->path() == path);
    CHECK((*again)->broughtIn().received == 1);
    CHECK(text((*again)->file(), QStringLiteral("SELECT city FROM customer WHERE external_id = 'K-Dahl'"))
          == QStringLiteral("Bergen"));
}

TEST_CASE("An import into a team database keeps colleagues' changes and lists the edits it overwrote",
          "[sync][postgres][team-import][csv]")
{
    TestStore t(StoreKind::Team);
    if (t.skipped)
        return;
    QTemporaryDir files;
    CustomerRepository team(t.db);
    Customer anne;
    anne.givenName = QStringLiteral("Anne");
    anne.familyName = QStringLiteral("Dahl");
    anne.externalId = QStringLiteral("K-1");
    anne.city = QStringLiteral("Oslo");
    const auto id = team.create(anne);
    REQUIRE(id);

    // A new customer and an update, with a colleague's change to another field made after the copy
    // was brought up to date: both reach the team database.
    const QString first = writeCsv(files, QStringLiteral("first.csv"),
                                   "external_id,given_name,family_name\nK-1,Anne,Dahl-Berg\nK-2,Bo,Ek\n");
    sync::CopyWork how;
    auto imported = importInto(t.db, first, csv::DuplicatePolicy::Update, &how, [&]() {
        Customer moved = *team.get(*id);
        moved.city = QStringLiteral("Bergen");
        REQUIRE(team.update(moved));
    });
    REQUIRE(imported);
    CHECK(imported->committed);
    CHECK(imported->created == 1);
    CHECK(imported->updated == 1);
    CHECK(how.viaCopy);
    CHECK_FALSE(how.notSent);
    CHECK(how.sent.sent >= 2);
    CHECK(how.sent.conflicts == 0);
    const Customer after = *team.get(*id);
    CHECK(after.familyName == QStringLiteral("Dahl-Berg"));
    CHECK(after.city == QStringLiteral("Bergen"));
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM customer WHERE deleted_at IS NULL")) == 2);
    CHECK(sync::WorkingCopy::sentText(how).startsWith(QStringLiteral("Sent to the team database: ")));

    // The same field changed by a colleague meanwhile: the newer change (the import's) is kept, and
    // the colleague's value is listed as an overwritten edit.
    const QString second = writeCsv(files, QStringLiteral("second.csv"), "external_id,city\nK-1,Trondheim\n");
    auto overwrote = importInto(t.db, second, csv::DuplicatePolicy::Update, &how, [&]() {
        Customer moved = *team.get(*id);
        moved.city = QStringLiteral("Stavanger");
        REQUIRE(team.update(moved));
    });
    REQUIRE(overwrote);
    CHECK(overwrote->updated == 1);
    CHECK(how.sent.conflicts == 1);
    CHECK(team.get(*id)->city == QStringLiteral("Trondheim"));
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE field = 'city'")) == 1);
    CHECK(sync::WorkingCopy::sentText(how).contains(QStringLiteral("overwritten edit")));

    // A dry run brings the copy up to date and sends nothing.
    csv::ImportOptions dry;
    dry.dryRun = true;
    const QString third = writeCsv(files, QStringLiteral("third.csv"), "given_name,family_name\nCarl,Lund\n");
    auto checked = sync::WorkingCopy::run<csv::ImportSummary>(
        t.db, [&](const DatabasePtr &target) { return csv::CustomerImporter(target).import(third, dry); },
        [](const csv::ImportSummary &s) { return s.committed; }, &how);
    REQUIRE(checked);
    CHECK(checked->created == 1);
    CHECK(how.sent.sent == 0);
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM customer")) == 2);
}

TEST_CASE("An import a team database did not take in goes with the next piece of work",
          "[sync][postgres][team-import][csv]")
{
    TestStore t(StoreKind::Team);
    if (t.skipped)
        return;
    QTemporaryDir files;
    const QString path = writeCsv(files, QStringLiteral("people.csv"), "given_name,family_name\nAnne,Dahl\nBo,Ek\n");
    const qint64 backend = numberFrom(t.db, QStringLiteral("SELECT pg_backend_pid()"));
    const auto url = sync::ServerUrl::parse(t.address);
    REQUIRE(url);
    auto admin = sync::TeamServer::connect(*url);
    REQUIRE(admin);

    // The connection drops once the import is made on the copy, before it is sent.
    sync::CopyWork how;
    csv::ImportOptions options;
    auto imported = sync::WorkingCopy::run<csv::ImportSummary>(
        t.db,
        [&](const DatabasePtr &target) {
            auto result = csv::CustomerImporter(target).import(path, options);
            QSqlQuery q((*admin)->connection());
            REQUIRE(q.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
            return result;
        },
        [](const csv::ImportSummary &s) { return s.committed; }, &how);
    // The import is made, and told not sent, with where it waits.
    REQUIRE(imported);
    CHECK(imported->committed);
    REQUIRE(how.notSent);
    const QString told = sync::WorkingCopy::sentText(how);
    CHECK(told.contains(QDir::toNativeSeparators(how.copyPath)));
    CHECK(told.contains(QStringLiteral("could not be sent")));

    // On a new connection, the next piece of work (a dry run here) sends it first.
    t.db->releaseConnection();
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM customer")) == 0);
    csv::ImportOptions dry;
    dry.dryRun = true;
    auto next = sync::WorkingCopy::run<csv::ImportSummary>(
        t.db, [&](const DatabasePtr &target) { return csv::CustomerImporter(target).import(path, dry); },
        [](const csv::ImportSummary &s) { return s.committed; }, &how);
    REQUIRE(next);
    CHECK(how.broughtIn.sent == 2);
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM customer")) == 2);
}

TEST_CASE("A team database's copy follows an erasure made there when it is refreshed",
          "[sync][postgres][team-import][privacy]")
{
    TestStore t(StoreKind::Team);
    if (t.skipped)
        return;
    CustomerRepository team(t.db);
    Customer anne;
    anne.givenName = QStringLiteral("Anne");
    anne.familyName = QStringLiteral("Dahl");
    anne.email = QStringLiteral("anne@dahl.example");
    const auto id = team.create(anne);
    REQUIRE(id);

    auto refreshed = [&t]() {
        const auto r = sync::WorkingCopy::refreshKept(t.db);
        REQUIRE(r);
        return *r;
    };
    // No copy yet, or one a page opened but nothing brought into: nothing to do, nothing fetched.
    CHECK_FALSE(refreshed());
    auto empty = sync::WorkingCopy::localFile(t.db);
    REQUIRE(empty);
    CHECK_FALSE(refreshed());
    CHECK(numberFrom(*empty, QStringLiteral("SELECT count(*) FROM customer")) == 0);

    // A copy with the team's data: an erasure on the team database reaches it at the refresh.
    REQUIRE(sync::WorkingCopy::open(t.db));
    CHECK(numberFrom(*empty, QStringLiteral("SELECT count(*) FROM customer WHERE email = 'anne@dahl.example'")) == 1);
    REQUIRE(Erasure(t.db).erase(*id));
    CHECK(refreshed());
    CHECK(numberFrom(*empty, QStringLiteral("SELECT count(*) FROM customer WHERE email = 'anne@dahl.example'")) == 0);
    CHECK(numberFrom(*empty, QStringLiteral("SELECT count(*) FROM customer_erasure")) == 1);

    // Other work holding the copy: the refresh leaves it to that work.
    auto busy = sync::WorkingCopy::open(t.db);
    REQUIRE(busy);
    CHECK_FALSE(refreshed());
}

TEST_CASE("Work on a team database cancelled while its copy is brought up to date writes nothing and goes on later",
          "[sync][postgres][team-import][csv]")
{
    TestStore t(StoreKind::Team);
    if (t.skipped)
        return;
    CustomerRepository team(t.db);
    for (int i = 0; i < 30; ++i) {
        Customer c;
        c.givenName = QStringLiteral("Anne");
        c.familyName = QStringLiteral("Dahl %1").arg(i);
        REQUIRE(team.create(c));
    }
    QTemporaryDir files;
    const QString path = writeCsv(files, QStringLiteral("people.csv"), "given_name,family_name\nBo,Ek\n");
    bool workDone = false;
    auto work = [&](const DatabasePtr &target) {
        workDone = true;
        return csv::CustomerImporter(target).import(path, csv::ImportOptions{});
    };
    auto wrote = [](const csv::ImportSummary &s) { return s.committed; };

    sync::WorkingCopy::RunOptions cancelling;
    cancelling.cancelled = []() { return true; };
    sync::CopyWork how;
    auto cancelled = sync::WorkingCopy::run<csv::ImportSummary>(t.db, work, wrote, &how, cancelling);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK_FALSE(workDone);
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM customer")) == 30);

    // The next one goes on from where the first stopped, and the import is made and sent.
    auto imported = sync::WorkingCopy::run<csv::ImportSummary>(t.db, work, wrote, &how);
    REQUIRE(imported);
    CHECK(imported->created == 1);
    CHECK(how.sent.sent >= 1);
    CHECK(numberFrom(t.db, QStringLiteral("SELECT count(*) FROM customer")) == 31);
    auto copy = sync::WorkingCopy::localFile(t.db);
    REQUIRE(copy);
    CHECK(numberFrom(*copy, QStringLiteral("SELECT count(*) FROM customer")) == 31);
}
