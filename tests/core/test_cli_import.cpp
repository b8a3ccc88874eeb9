// The command line's import and export contract, and what a killed import leaves behind.
#include "CliTestSupport.h"

#include "csv/CustomerImporter.h"
#include "demo/DemoWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

using namespace relatio;
using relatio::test::TempDatabase;
using relatio::test::cli;
using relatio::test::writeFile;
using Run = relatio::test::CliRun;

namespace {

QVariant scalar(const QString &dbPath, const QString &sql)
{
    auto db = Database::open(dbPath);
    REQUIRE(db);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace

TEST_CASE("relatio-cli import and export: exit codes, errors as FILE:LINE:COLUMN, rejects", "[cli][csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const QString good = writeFile(dir, QStringLiteral("good.csv"),
                                   "given_name;family_name;email\nAnne;Dahl;anne@dahl.example\nBo;Ek;bo@ek.example\n");
    const QString bad = writeFile(dir, QStringLiteral("bad.csv"),
                                  "given_name,family_name,email\nCarl,Berg,carl@@berg.example\nDina,Lund,dina@lund.example\n");
    const QStringList base = {QStringLiteral("--db"), db};

    const Run dry = cli(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"), good, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2 new")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer")).toInt() == 0);

    const Run ok = cli(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"), good});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("delimiter ;")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer")).toInt() == 2);

    const Run again = cli(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"), good,
                                             QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("2 skipped")));

    const Run failed = cli(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"), bad});
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(bad + QStringLiteral(":2:3: ")));
    CHECK(failed.err.contains(QStringLiteral("carl@@berg.example")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer")).toInt() == 2);

    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    const Run partial = cli(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"), bad,
                                               QStringLiteral("--rejects"), rejects});
    CHECK(partial.exitCode == 1);
    CHECK(QFile::exists(rejects));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer")).toInt() == 3);

    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    const Run exp = cli(base + QStringList{QStringLiteral("export"), QStringLiteral("customers"), exported,
                                           QStringLiteral("--delimiter"), QStringLiteral(";"), QStringLiteral("--bom")});
    CHECK(exp.exitCode == 0);
    QFile out(exported);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readLine().startsWith("\xEF\xBB\xBFid;external_id;kind;"));

    // Usage errors.
    for (const QStringList &args :
         {QStringList{QStringLiteral("import"), QStringLiteral("customers")},
          QStringList{QStringLiteral("import"), QStringLiteral("invoices"), good}, // orders exist since schema 5
          QStringList{QStringLiteral("import"), QStringLiteral("customers"), good, QStringLiteral("--on-duplicate"),
                      QStringLiteral("merge")},
          QStringList{QStringLiteral("export"), QStringLiteral("customers"), exported, QStringLiteral("--delimiter"),
                      QStringLiteral("|")},
          QStringList{QStringLiteral("export"), QStringLiteral("customers"), exported, QStringLiteral("--dry-run")},
          QStringList{QStringLiteral("import"), QStringLiteral("customers"), good, QStringLiteral("--bom")}}) {
        const Run usage = cli(base + args);
        CHECK(usage.exitCode == 2);
    }
    const Run missing = cli(base + QStringList{QStringLiteral("import"), QStringLiteral("customers"),
                                               dir.filePath(QStringLiteral("nope.csv"))});
    CHECK(missing.exitCode == 1);
}

TEST_CASE("Killing an import half-way leaves the database intact and unchanged", "[cli][csv]")
{
    QTemporaryDir dir;
    QByteArray big = "given_name,family_name,email,phone,city\n";
    big.reserve(20 << 20);
    for (int i = 0; i < 250000; ++i)
        big += "Kill,Test" + QByteArray::number(i) + ",k" + QByteArray::number(i) + "@kill.example,+3120"
            + QByteArray::number(1000000 + i) + ",Utrecht\n";
    const QString csv = writeFile(dir, QStringLiteral("big.csv"), big);

    // Into an empty database (the bulk path, which drops indexes inside the transaction) and into
    // one that holds customers (indexes kept).
    for (const int existing : {0, 200}) {
        const QString db = dir.filePath(QStringLiteral("kill-%1.sqlite").arg(existing));
        {
            auto opened = Database::open(db);
            REQUIRE(opened);
            REQUIRE(DemoWriter::write(*opened, existing, 3));
        }
        const QString schemaSql = QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema ORDER BY name)");
        const QString schemaBefore = scalar(db, schemaSql).toString();

        QProcess p;
        p.start(QStringLiteral(RELATIO_CLI), {QStringLiteral("--db"), db, QStringLiteral("import"),
                                              QStringLiteral("customers"), csv});
        REQUIRE(p.waitForStarted());
        // Wait until it is writing: a rollback journal, or a WAL that grows.
        QElapsedTimer timer;
        timer.start();
        const qint64 walStart = QFileInfo(db + QStringLiteral("-wal")).size();
        while (timer.elapsed() < 60000 && p.state() == QProcess::Running) {
            if (QFile::exists(db + QStringLiteral("-journal"))
                || QFileInfo(db + QStringLiteral("-wal")).size() > walStart + (1 << 20))
                break;
            QThread::msleep(20);
        }
        QThread::msleep(300);
        REQUIRE(p.state() == QProcess::Running);
        p.kill();
        REQUIRE(p.waitForFinished(10000));
        CHECK(p.exitStatus() == QProcess::CrashExit);

        CHECK(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer")).toInt() == existing);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'kill'")).toInt() == 0);
        CHECK(scalar(db, schemaSql).toString() == schemaBefore);
    }
}
