// relatio-cli value fit and value clv: the CDNOW sample loaded into a database must give the
// published maximum-likelihood parameters; clv prints and writes per-customer figures; usage
// errors and the empty database.
#include "CliTestSupport.h"

#include "value/ValueStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace relatio;
using namespace relatio::test;
using Catch::Detail::Approx;

namespace {

// CDNOW_sample.txt into a database: 2,357 demo customers, the k-th by id taking sample id k's
// purchases (dollars as cents, USD).
void loadCdnow(const QString &path)
{
    const CliRun demo = cli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--customers"),
                             QStringLiteral("2357"), QStringLiteral("--interactions"), QStringLiteral("0")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    auto db = Database::open(path);
    REQUIRE(db);
    QSqlDatabase c = (*db)->connection();
    QSqlQuery q(c);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM purchase"))); // whatever the demo wrote
    std::vector<qint64> ids;
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM customer ORDER BY id")));
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    REQUIRE(ids.size() == 2357);
    QFile file(QStringLiteral(RELATIO_TEST_DATA "/cdnow/CDNOW_sample.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    QSqlQuery insert(c);
    REQUIRE(insert.prepare(QStringLiteral(
        "INSERT INTO purchase (uuid, customer_id, ordered_on, amount_cents, currency, created_at, updated_at)"
        " VALUES (lower(hex(randomblob(16))), ?, ?, ?, 'USD', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    int rows = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() != 5)
            continue;
        const QByteArray d = f[2];
        insert.addBindValue(ids.at(std::size_t(f[1].toLongLong() - 1)));
        insert.addBindValue(QString::fromLatin1(d.left(4) + '-' + d.mid(4, 2) + '-' + d.mid(6, 2)));
        insert.addBindValue(qint64(std::llround(f[4].toDouble() * 100)));
        INFO(insert.lastError().text().toStdString());
        REQUIRE(insert.exec());
        ++rows;
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
    REQUIRE(rows == 6919);
}

} // namespace

TEST_CASE("value fit on CDNOW gives the published maximum-likelihood parameters", "[valuestore][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cdnow.sqlite"));
    loadCdnow(path);

    const CliRun fit = cli({QStringLiteral("--db"), path, QStringLiteral("value"), QStringLiteral("fit"),
                            QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"), QStringLiteral("--json")});
    INFO(fit.err.toStdString());
    REQUIRE(fit.exitCode == 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(fit.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(QStringLiteral("calibration_end")).toString() == QStringLiteral("1997-09-30"));
    CHECK(o.value(QStringLiteral("unit")).toString() == QStringLiteral("week"));
    CHECK(o.value(QStringLiteral("currency")).toString() == QStringLiteral("USD"));
    CHECK(o.value(QStringLiteral("customers")).toInt() == 2357);
    CHECK(o.value(QStringLiteral("purchases_after_calibration")).toInt() > 0);
    // tests/data/cdnow/README.md: the full-precision refit with lifetimes.
    const QJsonObject bg = o.value(QStringLiteral("bgnbd")).toObject();
    CHECK(bg.value(QStringLiteral("r")).toDouble() == Approx(0.242593).epsilon(1e-3));
    CHECK(bg.value(QStringLiteral("alpha")).toDouble() == Approx(4.413532).epsilon(1e-3));
    CHECK(bg.value(QStringLiteral("a")).toDouble() == Approx(0.792886).epsilon(1e-3));
    CHECK(bg.value(QStringLiteral("b")).toDouble() == Approx(2.425752).epsilon(1e-3));
    CHECK(bg.value(QStringLiteral("log_likelihood")).toDouble() == Approx(-9582.4256).epsilon(1e-6));
    const QJsonObject gg = o.value(QStringLiteral("gamma_gamma")).toObject();
    CHECK(gg.value(QStringLiteral("customers")).toInt() == 946);
    CHECK(gg.value(QStringLiteral("p")).toDouble() == Approx(6.248802).epsilon(1e-3));
    CHECK(gg.value(QStringLiteral("q")).toDouble() == Approx(3.744588).epsilon(1e-3));
    CHECK(gg.value(QStringLiteral("gamma")).toDouble() == Approx(15.447748).epsilon(1e-3));
    CHECK(gg.value(QStringLiteral("log_likelihood")).toDouble() == Approx(-4055.923).epsilon(1e-4));

    // Stored like the GUI's analysis.
    {
        auto db = Database::open(path);
        REQUIRE(db);
        const auto stored = value::ValueStore(*db).latestFit();
        REQUIRE(stored);
        REQUIRE(stored->has_value());
        CHECK((*stored)->purchaseModel->r == Approx(bg.value(QStringLiteral("r")).toDouble()).epsilon(1e-12));
        CHECK((*stored)->customers == 2357);
    }

    // The text form names every parameter.
    const CliRun text = cli({QStringLiteral("--db"), path, QStringLiteral("value"), QStringLiteral("fit"),
                             QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30")});
    REQUIRE(text.exitCode == 0);
    for (const char *name : {"r      = 0.2425", "alpha  = 4.41", "a      = 0.79", "b      = 2.42", "p      = 6.2",
                             "q      = 3.74", "gamma  = 15.4", "-9582.42", "1997-09-30"})
        CHECK(text.out.contains(QLatin1String(name)));

    // Days as the unit: α is in days now (about 7 × the weekly one), r, a and b hardly move.
    const CliRun days = cli({QStringLiteral("--db"), path, QStringLiteral("value"), QStringLiteral("fit"),
                             QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"), QStringLiteral("--unit"),
                             QStringLiteral("day"), QStringLiteral("--json")});
    REQUIRE(days.exitCode == 0);
    const QJsonObject daily = QJsonDocument::fromJson(days.out.toUtf8()).object().value(QStringLiteral("bgnbd")).toObject();
    CHECK(daily.value(QStringLiteral("alpha")).toDouble() == Approx(7 * 4.413532).epsilon(2e-2));
    CHECK(daily.value(QStringLiteral("r")).toDouble() == Approx(0.242593).epsilon(2e-2));

    // value clv: CSV with every analysed customer, highest CLV first.
    const QString csv = dir.filePath(QStringLiteral("clv.csv"));
    const CliRun clv = cli({QStringLiteral("--db"), path, QStringLiteral("value"), QStringLiteral("clv"),
                            QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"), QStringLiteral("--months"),
                            QStringLiteral("6"), QStringLiteral("--discount"), QStringLiteral("0.02"),
                            QStringLiteral("--output"), csv});
    INFO(clv.err.toStdString());
    REQUIRE(clv.exitCode == 0);
    CHECK((clv.out.contains(QStringLiteral("2,357")) || clv.out.contains(QStringLiteral("2357"))));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == 2358);
    CHECK(lines.first().trimmed() == "customer_uuid,external_id,name,segment,p_alive,expected_purchases,expected_spend,clv");
    double previous = 1e300;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).trimmed().split(',');
        REQUIRE(f.size() >= 8);
        const double pAlive = f.at(f.size() - 4).toDouble();
        const double clvValue = f.last().toDouble();
        CHECK(pAlive >= 0);
        CHECK(pAlive <= 1);
        CHECK(clvValue <= previous + 1e-9);
        previous = clvValue;
        CHECK(f.at(0).size() == 36);
    }
    {
        auto db = Database::open(path);
        REQUIRE(db);
        const auto stored = value::ValueStore(*db).latestFit();
        REQUIRE(stored);
        CHECK((*stored)->horizonMonths == 6);
        CHECK((*stored)->monthlyDiscount == 0.02);
    }

    // And as a table on standard output.
    const CliRun table = cli({QStringLiteral("--db"), path, QStringLiteral("value"), QStringLiteral("clv")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("P(alive)")));
    CHECK(table.out.count(QLatin1Char('\n')) == 2357 + 2);
}

TEST_CASE("value on an empty database says there are no orders, and bad options are usage errors", "[valuestore][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    const CliRun fit = cli({QStringLiteral("--db"), path, QStringLiteral("value"), QStringLiteral("fit")});
    CHECK(fit.exitCode == 0);
    CHECK(fit.out.contains(QStringLiteral("No orders yet")));
    const CliRun json = cli({QStringLiteral("--db"), path, QStringLiteral("value"), QStringLiteral("fit"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("no_orders")).toBool());
    const CliRun clv = cli({QStringLiteral("--db"), path, QStringLiteral("value"), QStringLiteral("clv")});
    CHECK(clv.exitCode == 0);

    const QList<QStringList> bad = {
        {QStringLiteral("value")},
        {QStringLiteral("value"), QStringLiteral("forecast")},
        {QStringLiteral("value"), QStringLiteral("fit"), QStringLiteral("--unit"), QStringLiteral("year")},
        {QStringLiteral("value"), QStringLiteral("fit"), QStringLiteral("--calibration-end"), QStringLiteral("1997-13-01")},
        {QStringLiteral("value"), QStringLiteral("fit"), QStringLiteral("--months"), QStringLiteral("3")},
        {QStringLiteral("value"), QStringLiteral("clv"), QStringLiteral("--json")},
        {QStringLiteral("value"), QStringLiteral("clv"), QStringLiteral("--months"), QStringLiteral("0")},
        {QStringLiteral("value"), QStringLiteral("clv"), QStringLiteral("--discount"), QStringLiteral("abc")},
        {QStringLiteral("value"), QStringLiteral("clv"), QStringLiteral("--frobnicate")},
    };
    for (const QStringList &arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = cli(QStringList{QStringLiteral("--db"), path} + arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("relatio-cli")));
    }
    const CliRun help = cli({QStringLiteral("value"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("value clv")));
    const CliRun main = cli({QStringLiteral("--help")});
    CHECK(main.out.contains(QStringLiteral("value fit [--calibration-end DATE]")));
}
