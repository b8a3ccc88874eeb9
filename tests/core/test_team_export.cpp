// The CSV exports on a team database: a Relatio file with demo data is uploaded to a fresh team
// database with a sync, and every export (customers, contacts, orders; all of them, a range, some
// customers in a given order; other delimiters and columns) must give the same rows from both.
// And the snapshot the exports read in, on PostgreSQL.
#include "CsvTestSupport.h"
#include "PgTestSupport.h"
#include "TestSupport.h"

#include "csv/CustomerExporter.h"
#include "csv/InteractionExporter.h"
#include "csv/OrderExporter.h"
#include "customers/CustomerRepository.h"
#include "demo/DemoWriter.h"
#include "store/Transaction.h"
#include "sync/TeamServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

using namespace relatio;
using relatio::csv::test::fileBytes;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;

namespace {

// The header, then the rows sorted: records made at the same moment keep the order they were
// given ids in, which differs between replicas (a team database numbers them as they arrive).
QList<QByteArray> rowsOf(const QString &path)
{
    QList<QByteArray> lines = fileBytes(path).split('\n');
    std::sort(lines.begin() + 1, lines.end());
    return lines;
}

// The ids on the team database of the file's customers with these ids (ids differ between
// replicas; uuids do not).
std::vector<qint64> sameCustomers(const DatabasePtr &file, const DatabasePtr &team, const std::vector<qint64> &ids)
{
    std::vector<qint64> mapped;
    QSqlQuery uuid(file->connection());
    QSqlQuery id(team->connection());
    for (const qint64 one : ids) {
        uuid.prepare(QStringLiteral("SELECT uuid FROM customer WHERE id = ?"));
        uuid.addBindValue(one);
        REQUIRE((uuid.exec() && uuid.next()));
        id.prepare(QStringLiteral("SELECT id FROM customer WHERE uuid = ?"));
        id.addBindValue(uuid.value(0));
        REQUIRE((id.exec() && id.next()));
        mapped.push_back(id.value(0).toLongLong());
    }
    return mapped;
}

} // namespace

TEST_CASE("Exports from a team database are the files its Relatio file writes of the same data", "[csv][team-export]")
{
    TestStore team(StoreKind::Team);
    if (team.skipped)
        return;
    TempDatabase file;
    REQUIRE(DemoWriter::write(file.db, DemoSize{240, 1200, 500}, 17));
    // Values a spreadsheet would take for formulas, quotes and line breaks, and a tag or two.
    CustomerRepository customers(file.db);
    Customer odd;
    odd.givenName = QStringLiteral("=HYPERLINK(\"x\")");
    odd.familyName = QStringLiteral("Ødegård, \"the elder\"");
    odd.notes = QStringLiteral("first line\nsecond line");
    odd.tags = {QStringLiteral("zeta"), QStringLiteral("Alpha")};
    REQUIRE(customers.create(odd));
    relatio::test::syncWithTeam(file.db, team.address);
    QTemporaryDir dir;
    const QString fromFile = dir.filePath(QStringLiteral("file.csv"));
    const QString fromTeam = dir.filePath(QStringLiteral("team.csv"));

    // Some customers, in an order of their own, with one given twice.
    std::vector<qint64> chosen;
    {
        QSqlQuery q(file.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM customer ORDER BY id")));
        while (q.next())
            chosen.push_back(q.value(0).toLongLong());
        std::mt19937 rng(20261206);
        std::shuffle(chosen.begin(), chosen.end(), rng);
        chosen.resize(70);
        chosen.push_back(chosen.front());
    }
    const std::vector<qint64> chosenThere = sameCustomers(file.db, team.db, chosen);

    SECTION("customers")
    {
        for (const bool all : {true, false}) {
            csv::ExportOptions options;
            if (!all) {
                options.delimiter = QLatin1Char(';');
                options.bom = true;
                options.columns = {csv::CustomerColumn::FamilyName, csv::CustomerColumn::Tags, csv::CustomerColumn::Owner,
                                   csv::CustomerColumn::Organisation, csv::CustomerColumn::Notes};
            }
            INFO((all ? "every customer, every column" : "some customers, some columns"));
            const auto here = all ? csv::CustomerExporter(file.db).exportAll(fromFile, options)
                                  : csv::CustomerExporter(file.db).exportIds(fromFile, chosen, options);
            const auto there = all ? csv::CustomerExporter(team.db).exportAll(fromTeam, options)
                                   : csv::CustomerExporter(team.db).exportIds(fromTeam, chosenThere, options);
            REQUIRE(here);
            REQUIRE(there);
            CHECK(*here == (all ? 241 : 71));
            CHECK(*there == *here);
            // Every customer in the order of their ids, which is the order they reached each
            // store; a selection in the order given.
            if (all)
                CHECK(rowsOf(fromTeam) == rowsOf(fromFile));
            else
                CHECK(fileBytes(fromTeam) == fileBytes(fromFile));
        }
    }
    SECTION("contacts")
    {
        csv::InteractionExportOptions every;
        csv::InteractionExportOptions range;
        range.from = QDateTime(QDate(2025, 11, 1), QTime(0, 0), Qt::UTC);
        range.to = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        range.delimiter = QLatin1Char('\t');
        csv::InteractionExportOptions some = range;
        some.from = {};
        for (const auto *options : {&every, &range, &some}) {
            csv::InteractionExportOptions here = *options;
            csv::InteractionExportOptions there = *options;
            if (options == &some) {
                here.customerIds = chosen;
                there.customerIds = chosenThere;
            }
            const auto written = csv::InteractionExporter(file.db).exportTo(fromFile, here);
            const auto read = csv::InteractionExporter(team.db).exportTo(fromTeam, there);
            REQUIRE(written);
            REQUIRE(read);
            CHECK(*written > 30);
            CHECK(*read == *written);
            CHECK(rowsOf(fromTeam) == rowsOf(fromFile));
        }
    }
    SECTION("orders")
    {
        csv::OrderExportOptions every;
        csv::OrderExportOptions range;
        range.from = QDate(2025, 6, 1);
        range.to = QDate(2026, 2, 28);
        csv::OrderExportOptions some = range;
        some.to = {};
        some.bom = true;
        for (const auto *options : {&every, &range, &some}) {
            csv::OrderExportOptions here = *options;
            csv::OrderExportOptions there = *options;
            if (options == &some) {
                here.customerIds = chosen;
                there.customerIds = chosenThere;
            }
            const auto written = csv::OrderExporter(file.db).exportTo(fromFile, here);
            const auto read = csv::OrderExporter(team.db).exportTo(fromTeam, there);
            REQUIRE(written);
            REQUIRE(read);
            CHECK(*written > 20);
            CHECK(*read == *written);
            CHECK(rowsOf(fromTeam) == rowsOf(fromFile));
        }
    }
}

TEST_CASE("A read snapshot on a team database sees one moment and leaves a caller's transaction alone",
          "[team-export]")
{
    TestStore team(StoreKind::Team);
    if (team.skipped)
        return;
    Customer liv;
    liv.givenName = QStringLiteral("Liv");
    liv.familyName = QStringLiteral("Berg");
    liv.city = QStringLiteral("Oslo");
    const auto id = CustomerRepository(team.db).create(liv);
    REQUIRE(id);
    const auto url = sync::ServerUrl::parse(team.address);
    REQUIRE(url);
    auto other = sync::TeamServer::connect(*url);
    REQUIRE(other);
    auto city = [&]() {
        QSqlQuery q(team.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT city FROM customer WHERE id = %1").arg(*id)));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    {
        const ReadSnapshot snapshot(*team.db);
        CHECK(city() == QStringLiteral("Oslo"));
        // A colleague's save meanwhile is not part of the picture.
        QSqlQuery change((*other)->connection());
        REQUIRE(change.exec(QStringLiteral("UPDATE customer SET city = 'Bergen' WHERE id = %1").arg(*id)));
        CHECK(city() == QStringLiteral("Oslo"));
    }
    CHECK(city() == QStringLiteral("Bergen"));
    // Inside a transaction of the caller's: neither begun again nor committed.
    QSqlQuery own(team.db->connection());
    REQUIRE(own.exec(QStringLiteral("BEGIN")));
    REQUIRE(own.exec(QStringLiteral("UPDATE customer SET city = 'Tromsø' WHERE id = %1").arg(*id)));
    {
        const ReadSnapshot inner(*team.db);
        CHECK(city() == QStringLiteral("Tromsø"));
    }
    REQUIRE(own.exec(QStringLiteral("ROLLBACK")));
    CHECK(city() == QStringLiteral("Bergen"));
}
