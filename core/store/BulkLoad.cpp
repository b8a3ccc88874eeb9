// Bulk load support.
#include "store/BulkLoad.h"

#include "store/Statement.h"
#include "sync/SyncSchema.h"

#include <QElapsedTimer>

#include <sqlite3.h>

namespace relatio {

BulkLoad::BulkLoad(sqlite3 *db)
    : m_db(db)
{
    {
        Statement cache(db, "PRAGMA cache_size");
        if (cache.step())
            m_cacheSize = cache.int64(0);
    }
    Statement q(db, "PRAGMA journal_mode = DELETE");
    m_switchedJournal = q.step() && q.text(0) == QLatin1String("delete");
}

BulkLoad::~BulkLoad()
{
    // The connection's own cache size and single-threaded sorts again (deferIndexes() raises them
    // for the index builds).
    execRaw(m_db, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_cacheSize)).constData());
    execRaw(m_db, "PRAGMA threads = 0");
    if (m_switchedJournal)
        execRaw(m_db, "PRAGMA journal_mode = WAL");
}

Result<void> BulkLoad::deferIndexes(const char *table)
{
    Statement schema(m_db, "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger')"
                           " AND tbl_name = ? AND sql IS NOT NULL");
    schema.bind(1, QString::fromUtf8(table));
    QByteArrayList drops;
    while (schema.step()) {
        drops.append("DROP " + schema.text(0).toUtf8() + " \"" + schema.text(1).toUtf8() + "\"");
        m_rebuild.append(schema.text(2).toUtf8());
    }
    // The stamping triggers go with the rest: the loaded rows are stamped at the end instead.
    for (const QString &sql : sync::rowStampFillSql(QString::fromUtf8(table)))
        m_stampFill.append(sql.toUtf8());
    if (schema.failed())
        return fail(Error::Code::Database, tr("Preparing the load: %1").arg(schema.errorMessage()));
    for (const QByteArray &drop : std::as_const(drops)) {
        QString error;
        if (!execRaw(m_db, drop.constData(), &error))
            return fail(Error::Code::Database, tr("Preparing the load: %1").arg(error));
    }
    // Room for the sorts that build the indexes again, and helper threads for them (an index
    // builds about a third faster on two cores).
    execRaw(m_db, "PRAGMA cache_size = -32768");
    execRaw(m_db, "PRAGMA threads = 4");
    return {};
}

Result<void> BulkLoad::rebuild(const QByteArrayList &fillStatements)
{
    const bool trace = qEnvironmentVariableIsSet("RELATIO_TRACE");
    QElapsedTimer stage;
    stage.start();
    // The stamps last: their fill reads the table in uuid order, by the index just built.
    for (const QByteArrayList *list : {&fillStatements, static_cast<const QByteArrayList *>(&m_rebuild),
                                       static_cast<const QByteArrayList *>(&m_stampFill)}) {
        for (const QByteArray &sql : *list) {
            QString error;
            if (!execRaw(m_db, sql.constData(), &error))
                return fail(Error::Code::Database, tr("Building indexes: %1").arg(error));
            if (trace)
                qInfo("bulk load: %.1f s for %s", double(stage.restart()) / 1000.0, sql.left(60).constData());
        }
    }
    m_rebuild.clear();
    m_stampFill.clear();
    return {};
}

} // namespace relatio
