// Demo data for a team database: written into a Relatio file made for it in a temporary folder,
// then uploaded to the team database with a sync, as relatio-cli --server URL init --db uploads a
// real file. What only a file keeps (costs, price rules, the value analysis) stays behind with it.
#include "demo/DemoWriter.h"

#include "sync/Synchroniser.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace relatio {

Result<DemoCounts> DemoWriter::writeToTeam(const DatabasePtr &team, const DemoSize &size, quint64 seed,
                                           const Progress &progress)
{
    {
        QSqlQuery q(team->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM customer")) || !q.next())
            return std::unexpected(Database::sqlError(q.lastError(), tr("Writing demo data")));
        if (q.value(0).toLongLong() > 0)
            return fail(Error::Code::Invalid,
                        tr("The database already holds customers (%1); demo data only goes into an empty database.")
                            .arg(QLocale().toString(q.value(0).toLongLong())));
    }
    QTemporaryDir folder;
    if (!folder.isValid())
        return fail(Error::Code::Io, tr("Writing demo data: no temporary folder: %1").arg(folder.errorString()));
    auto file = Database::open(folder.filePath(QStringLiteral("demo.sqlite")));
    if (!file)
        return std::unexpected(file.error());
    // The first half of the progress writes the file, the second uploads it (by its records, in
    // customers' worth). Cancelling works while the file is written; the upload, once begun, ends.
    const qint64 total = std::max<qint64>(size.customers, 1);
    auto written = write(*file, size, seed, [&](qint64 done, qint64) { return !progress || progress(done / 2, total); });
    if (!written)
        return written;
    const qint64 records = std::max<qint64>(1, written->customers + written->interactions + written->followUps
                                                   + written->orders);
    sync::SyncOptions options;
    options.progress = [&](qint64 done) {
        if (progress)
            progress(total / 2 + std::min(done, records) * (total - total / 2) / records, total);
    };
    {
        sync::SyncEndpoint here(*file);
        sync::SyncEndpoint there(team);
        auto uploaded = sync::Synchroniser::run(here, there, options);
        if (!uploaded)
            return std::unexpected(uploaded.error());
    }
    (*file)->releaseConnection();
    // Costs and price rules are kept on a file only, and stayed on the one made here.
    written->setup.costEntries = 0;
    written->setup.priceRules = 0;
    return written;
}

} // namespace relatio
