// Contact import: a reader thread parses and checks rows (ContactRows.h) while this thread matches
// customers and writes, all in one write transaction. The satisfaction aggregates stay exact
// through their triggers, which fire for every row as for any other write.
#include "csv/InteractionImporter.h"

#include "csv/ContactRows.h"
#include "csv/CsvWriter.h"
#include "csv/HeaderRow.h"
#include "csv/ImportRows.h"
#include "csv/RejectsFile.h"
#include "csv/KeyMap.h"
#include "customers/CustomerRepository.h"
#include "interactions/InteractionRepository.h"
#include "privacy/RejectFiles.h"
#include "store/BulkLoad.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <atomic>
#include <variant>
#include <vector>

#include <sqlite3.h>

namespace relatio::csv {

namespace {

using namespace contactimport;

constexpr qsizetype kCachedCustomers = 100000;

// The columns of Statements::contactByUuid, in order.
enum StoredColumn {
    SId, SDeleted, SCustomerId, SOccurredAt, SChannelId, SDirection, SKind, SSubject, SNotes, SHandledBy, SCsat,
    SNps, STakenBy, STakenAt, SResolvedAt,
};

// The statements matching and writing use, prepared once the transaction is open.
struct Statements
{
    explicit Statements(sqlite3 *db)
        : contactByUuid(db, "SELECT id, deleted_at IS NOT NULL, customer_id, occurred_at, channel_id, direction, kind,"
                            " subject, notes, handled_by, csat, nps, taken_by, taken_at, resolved_at"
                            " FROM interaction WHERE uuid = ?")
        // LIMIT 2: one is a match, two say the key is ambiguous.
        , customerByExternal(db, "SELECT id FROM customer WHERE external_id = ? AND external_id <> ''"
                                 " AND deleted_at IS NULL LIMIT 2")
        , customerByEmail(db, "SELECT id FROM customer WHERE email = ? COLLATE NOCASE AND deleted_at IS NULL LIMIT 2")
        , customerByUuid(db, "SELECT id, deleted_at IS NOT NULL FROM customer WHERE uuid = ?")
        , insert(db, "INSERT INTO interaction (uuid, customer_id, occurred_at, channel_id, direction, kind, subject,"
                     " notes, handled_by, csat, nps, taken_by, taken_at, resolved_at, created_at, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , update(db, "UPDATE interaction SET customer_id = ?, occurred_at = ?, channel_id = ?, direction = ?,"
                     " kind = ?, subject = ?, notes = ?, handled_by = ?, csat = ?, nps = ?, taken_by = ?,"
                     " taken_at = ?, resolved_at = ?, updated_at = ? WHERE id = ?")
    {
    }

    bool isValid() const
    {
        for (const Statement *s : {&contactByUuid, &customerByExternal, &customerByEmail, &customerByUuid, &insert, &update})
            if (!s->isValid())
                return false;
        return true;
    }

    Statement contactByUuid;
    Statement customerByExternal;
    Statement customerByEmail;
    Statement customerByUuid;
    Statement insert;
    Statement update;
};

// A contact's stored values, or a row's once its customer and team members are known.
struct Values
{
    qint64 customerId = 0;
    QString occurredAt;
    qint64 channelId = 0;
    Direction direction = Direction::In;
    InteractionKind kind = InteractionKind::Other;
    QString subject;
    QString notes;
    qint64 handledBy = 0;
    std::optional<int> csat;
    std::optional<int> nps;
    qint64 takenBy = 0;
    QString takenAt;
    QString resolvedAt;

    bool operator==(const Values &) const = default;
};

// The connection's cache size and, on request, its journal mode, as they were before the import.
class ConnectionSettings
{
public:
    ConnectionSettings(sqlite3 *db, bool rollbackJournal)
    {
        if (rollbackJournal) {
            m_bulk.emplace(db); // restores both
            return;
        }
        m_db = db;
        Statement cache(db, "PRAGMA cache_size");
        if (cache.step())
            m_cacheSize = cache.int64(0);
    }
    ~ConnectionSettings()
    {
        if (m_db)
            execRaw(m_db, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_cacheSize)).constData());
    }
    ConnectionSettings(const ConnectionSettings &) = delete;
    ConnectionSettings &operator=(const ConnectionSettings &) = delete;

private:
    std::optional<BulkLoad> m_bulk;
    sqlite3 *m_db = nullptr;
    qint64 m_cacheSize = -2000;
};

// A read transaction for a dry run, ended (nothing to keep) however the run ends.
class ReadTransaction
{
public:
    explicit ReadTransaction(sqlite3 *db)
        : m_db(db)
    {
        m_open = execRaw(db, "BEGIN");
    }
    ~ReadTransaction()
    {
        if (m_open)
            execRaw(m_db, "ROLLBACK");
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_db;
    bool m_open = false;
};

// One run of InteractionImporter::import(). Members are destroyed in the reverse of their order
// here, which a return on an error (nothing written) relies on: the rejects file is dropped and the
// statements finalised, the transaction rolls back, the journal mode switches back, and only then
// is the reader thread stopped and joined, before anything it uses goes.
class ImportRun
{
public:
    ImportRun(const DatabasePtr &db, const QString &path, const InteractionImportOptions &options,
              const InteractionImporter::Progress &progress)
        : m_db(db)
        , m_path(path)
        , m_options(options)
        , m_progress(progress)
        , m_fileName(QFileInfo(path).fileName())
        , m_writing(!options.dryRun)
        , m_keepGoodRows(!options.rejectsPath.isEmpty())
        , m_file(path)
        , m_writingRows(m_writing)
    {
    }

    Result<void> open();
    Result<void> prepare();
    void startReader();
    Result<void> importRows();
    Result<InteractionImportSummary> finish();

private:
    std::unexpected<Error> dbFailed(const QString &what) const
    {
        return fail(Error::Code::Database, InteractionImporter::tr("Importing %1: %2: %3")
                                               .arg(m_fileName, what, QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }

    Result<void> importRow(ContactRow &row);
    // The customer of a row: its id, or the problem that says why there is none.
    std::variant<qint64, RowProblem> findCustomer(const ContactRow &row);
    Result<qint64> resolveTeamMember(const QString &name);
    Result<Values> valuesOf(const ContactRow &row, qint64 customerId);
    Result<void> insert(const ContactRow &row, const Values &values);
    Result<void> update(qint64 id, const Values &values);
    void bindValues(Statement &statement, int first, const Values &values);
    Result<void> reject(const ContactRow &row, const RowProblem &problem);
    Result<void> writeReject(const ContactRow &row, const RowProblem &problem);

    const DatabasePtr &m_db;
    const QString &m_path;
    const InteractionImportOptions &m_options;
    const InteractionImporter::Progress &m_progress;
    const QString m_fileName;
    const bool m_writing;
    const bool m_keepGoodRows;
    InteractionImportSummary m_summary;
    quint32 m_mapped = 0; // the columns the file has

    // The file and the reader thread.
    QFile m_file;
    qint64 m_fileSize = 0;
    std::optional<CsvReader> m_reader;
    std::optional<ChannelNames> m_channels;
    std::optional<ContactRowMaker> m_maker;
    BatchQueue m_queue;
    std::atomic<qint64> m_bytesRead{0};
    ReaderThread<ContactRow> m_readerThread{m_queue};

    // This thread: match and write.
    sqlite3 *m_handle = nullptr;
    std::optional<ConnectionSettings> m_settings; // made before the transaction and gone after it
    std::optional<WriteTransaction> m_tx;
    std::optional<ReadTransaction> m_read;
    std::optional<Statements> m_sql;
    // Turns false at the first bad row when bad rows stop the import: from there on rows are only
    // matched and counted, as in a dry run, so that the summary lists every problem.
    bool m_writingRows;
    // The uuids of rows that were counted but not written (a dry run, or after a bad row), so that a
    // later row with the same uuid matches them as it would match a written one.
    KeyMap m_unwritten{0};
    qint64 m_fakeId = 0;
    QHash<QString, qint64> m_team; // folded name → owner id; -1: one a dry run would add
    // Customers found by external id or e-mail address ("x" or "e" and the key): the same
    // customers come back row after row. Cleared when full, so memory stays bounded.
    QHash<QString, qint64> m_customers;
    QString m_now;
    std::unique_ptr<RejectsFile> m_rejects;
};

Result<void> ImportRun::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    InteractionImporter::tr("%1 cannot be read: %2").arg(m_path, m_file.errorString()));
    m_fileSize = m_file.size();
    m_reader.emplace(&m_file, m_path, m_options.csv);
    if (auto opened = m_reader->open(); !opened)
        return std::unexpected(opened.error());
    m_summary.encoding = m_reader->encodingName();
    m_summary.delimiter = m_reader->delimiter();

    auto next = m_reader->next();
    if (!next)
        return fail(Error::Code::Invalid, InteractionImporter::tr("%1 has no header row.").arg(m_path));
    if (!*next)
        return std::unexpected(next->error());
    m_summary.headers = (*next)->fields;
    auto mapping = InteractionImporter::mapHeaders(m_summary.headers, m_path, m_options.ignoreUnknownColumns);
    if (!mapping)
        return std::unexpected(mapping.error());
    m_summary.mapping = std::move(*mapping);
    for (const auto &column : std::as_const(m_summary.mapping))
        if (column)
            m_mapped |= bit(*column);
    return {};
}

Result<void> ImportRun::prepare()
{
    m_handle = m_db->handle();
    if (!m_handle)
        return fail(Error::Code::Database, InteractionImporter::tr("The database is not open."));
    // Retired channels too: the file is history.
    const auto channels = InteractionRepository(m_db).channels(false);
    if (!channels)
        return std::unexpected(channels.error());
    m_channels.emplace(*channels);
    m_maker.emplace(m_summary.mapping, *m_channels);

    // Room in the cache for the indexes and the aggregates the rows touch, and, when writing, a
    // rollback journal while this is the only connection; both as they were afterwards.
    m_settings.emplace(m_handle, m_writing);
    // A million contacts add some 200 MB of index pages in random places (uuids, customers,
    // times): with less cache they are written out and read back again and again.
    execRaw(m_handle, m_writing ? "PRAGMA cache_size = -262144" : "PRAGMA cache_size = -65536");
    if (m_writing) {
        m_tx.emplace(m_db->connection());
        if (!m_tx->isOpen())
            return std::unexpected(
                Database::sqlError(m_tx->error(), InteractionImporter::tr("Importing %1").arg(m_fileName)));
    } else {
        // One read transaction: a consistent view, and no file lock taken and checked per lookup.
        m_read.emplace(m_handle);
    }
    {
        Statement team(m_handle, "SELECT id, name FROM owner WHERE deleted_at IS NULL ORDER BY id");
        while (team.step()) {
            const QString key = team.text(1).simplified().toCaseFolded();
            if (!m_team.contains(key))
                m_team.insert(key, team.int64(0));
        }
        if (team.failed())
            return dbFailed(InteractionImporter::tr("reading the team"));
    }
    m_sql.emplace(m_handle);
    if (!m_sql->isValid())
        return dbFailed(InteractionImporter::tr("preparing the import"));
    m_now = nowStored();
    return {};
}

void ImportRun::startReader()
{
    m_readerThread.start([this, encoding = m_reader->encoding()] {
        readContactRows(*m_reader, *m_maker, m_queue, m_path, encoding, m_fileSize, m_bytesRead);
    });
}

Result<void> ImportRun::importRows()
{
    std::vector<ContactRow> batch;
    qint64 rowsSinceProgress = 0;
    while (m_queue.pop(batch)) {
        for (ContactRow &row : batch)
            if (auto imported = importRow(row); !imported)
                return imported;
        rowsSinceProgress += qint64(batch.size());
        if (m_progress && rowsSinceProgress >= 2000) {
            rowsSinceProgress = 0;
            if (!m_progress(m_bytesRead.load(std::memory_order_relaxed), m_fileSize))
                return fail(Error::Code::Cancelled,
                            InteractionImporter::tr("The import of %1 was cancelled; nothing was written.").arg(m_fileName));
        }
    }
    if (auto fatal = m_queue.fatal())
        return std::unexpected(*fatal);
    if (m_progress && !m_progress(m_fileSize, m_fileSize))
        return fail(Error::Code::Cancelled,
                    InteractionImporter::tr("The import of %1 was cancelled; nothing was written.").arg(m_fileName));
    return {};
}

Result<void> ImportRun::importRow(ContactRow &row)
{
    ++m_summary.rows;
    if (!row.problem.message.isEmpty())
        return reject(row, row.problem);

    // Is it a contact we have? A stored one, or an earlier row that was only counted.
    qint64 stored = 0;
    bool deleted = false;
    Values before;
    if (!row.uuid.isEmpty()) {
        Statement &q = m_sql->contactByUuid;
        q.reset();
        q.bind(1, row.uuid);
        if (q.step()) {
            stored = q.int64(SId);
            deleted = q.int64(SDeleted) != 0;
            before.customerId = q.int64(SCustomerId);
            before.occurredAt = q.text(SOccurredAt);
            before.channelId = q.int64(SChannelId);
            before.direction = directionFromCode(q.text(SDirection)).value_or(Direction::In);
            before.kind = kindFromCode(q.text(SKind)).value_or(InteractionKind::Other);
            before.subject = q.text(SSubject);
            before.notes = q.text(SNotes);
            before.handledBy = q.int64(SHandledBy);
            if (!q.isNull(SCsat))
                before.csat = int(q.int64(SCsat));
            if (!q.isNull(SNps))
                before.nps = int(q.int64(SNps));
            before.takenBy = q.int64(STakenBy);
            before.takenAt = q.text(STakenAt);
            before.resolvedAt = q.text(SResolvedAt);
        } else if (q.failed()) {
            return dbFailed(InteractionImporter::tr("matching the contacts"));
        } else {
            stored = m_unwritten.find(KeyMap::keyOf(row.uuid));
        }
    }
    if (stored != 0 && m_options.onDuplicate == DuplicatePolicy::Create) {
        row.uuid.clear(); // a copy: it gets a new uuid
        stored = 0;
    }
    if (stored != 0 && m_options.onDuplicate == DuplicatePolicy::Skip) {
        ++m_summary.skipped;
        return {};
    }
    if (deleted) {
        const int at = m_maker->fileColumnOf(Column::Uuid);
        return reject(row, RowProblem{row.line, at, at,
                                      InteractionImporter::tr("The contact %1 was deleted in Relatio; restore it "
                                                              "first, or leave the uuid empty to add the row as a "
                                                              "new contact.")
                                          .arg(row.uuid)});
    }

    const auto customer = findCustomer(row);
    if (const auto *problem = std::get_if<RowProblem>(&customer))
        return reject(row, *problem);
    auto values = valuesOf(row, std::get<qint64>(customer));
    if (!values)
        return std::unexpected(values.error());

    if (stored == 0)
        return insert(row, *values);
    if (stored < 0) { // an earlier row that was only counted
        ++m_summary.updated;
        return {};
    }
    // The file's columns over the stored contact; the others stay.
    Values merged = before;
    const quint32 m = m_mapped;
    if (m & kCustomerColumns)
        merged.customerId = values->customerId;
    auto take = [m](Column column, auto &to, const auto &from) {
        if (m & bit(column))
            to = from;
    };
    take(Column::OccurredAt, merged.occurredAt, values->occurredAt);
    take(Column::Channel, merged.channelId, values->channelId);
    take(Column::Direction, merged.direction, values->direction);
    take(Column::Kind, merged.kind, values->kind);
    take(Column::Subject, merged.subject, values->subject);
    take(Column::Notes, merged.notes, values->notes);
    take(Column::HandledBy, merged.handledBy, values->handledBy);
    take(Column::Csat, merged.csat, values->csat);
    take(Column::Nps, merged.nps, values->nps);
    take(Column::TakenBy, merged.takenBy, values->takenBy);
    take(Column::TakenAt, merged.takenAt, values->takenAt);
    take(Column::ResolvedAt, merged.resolvedAt, values->resolvedAt);
    if (merged == before) {
        ++m_summary.skipped;
        return {};
    }
    return update(stored, merged);
}

std::variant<qint64, RowProblem> ImportRun::findCustomer(const ContactRow &row)
{
    // Each key the row has, in turn, until one names exactly one customer.
    std::optional<RowProblem> ambiguous;
    auto lookUp = [&](Statement &q, const QString &key, Column column, const QString &ambiguousMessage) -> qint64 {
        const QString cacheKey = (column == Column::CustomerEmail ? QLatin1Char('e') : QLatin1Char('x'))
            + (column == Column::CustomerEmail ? key.toCaseFolded() : key);
        if (const auto it = m_customers.constFind(cacheKey); it != m_customers.constEnd())
            return *it;
        q.reset();
        q.bind(1, key);
        if (!q.step())
            return 0;
        const qint64 id = q.int64(0);
        if (!q.step()) {
            if (m_customers.size() >= kCachedCustomers)
                m_customers.clear();
            m_customers.insert(cacheKey, id);
            return id;
        }
        if (!ambiguous) {
            const int at = m_maker->fileColumnOf(column);
            ambiguous = RowProblem{row.line, at, at, ambiguousMessage};
        }
        return 0;
    };
    if (!row.externalId.isEmpty()) {
        const qint64 id = lookUp(m_sql->customerByExternal, row.externalId, Column::CustomerExternalId,
                                 InteractionImporter::tr("Two or more customers have the external id “%1”; give "
                                                         "the customer's Relatio id (customer_uuid) to say which.")
                                     .arg(row.externalId));
        if (id)
            return id;
    }
    if (!row.email.isEmpty()) {
        const qint64 id = lookUp(m_sql->customerByEmail, row.email, Column::CustomerEmail,
                                 InteractionImporter::tr("Two or more customers have the e-mail address “%1”; give "
                                                         "the customer's external id or Relatio id to say which.")
                                     .arg(row.email));
        if (id)
            return id;
    }
    if (!row.customerUuid.isEmpty()) {
        Statement &q = m_sql->customerByUuid;
        q.reset();
        q.bind(1, row.customerUuid);
        if (q.step()) {
            if (q.int64(1) == 0)
                return q.int64(0);
            if (!ambiguous) {
                const int at = m_maker->fileColumnOf(Column::CustomerUuid);
                return RowProblem{row.line, at, at,
                                  InteractionImporter::tr("The customer %1 is deleted; restore it to import its "
                                                          "contacts.")
                                      .arg(row.customerUuid)};
            }
        }
    }
    if (ambiguous)
        return *ambiguous;
    QStringList keys;
    if (!row.externalId.isEmpty())
        keys.append(InteractionImporter::tr("external id “%1”").arg(row.externalId));
    if (!row.email.isEmpty())
        keys.append(InteractionImporter::tr("e-mail address “%1”").arg(row.email));
    if (!row.customerUuid.isEmpty())
        keys.append(InteractionImporter::tr("Relatio id %1").arg(row.customerUuid));
    const int at = m_maker->firstCustomerColumn();
    return RowProblem{row.line, at, at,
                      InteractionImporter::tr("No customer has the %1.")
                          .arg(keys.join(InteractionImporter::tr(", or the ", "between the keys of a customer")))};
}

Result<qint64> ImportRun::resolveTeamMember(const QString &name)
{
    if (name.isEmpty())
        return 0;
    const QString key = name.toCaseFolded();
    if (const auto it = m_team.constFind(key); it != m_team.constEnd())
        return *it;
    qint64 id = -1;
    if (m_writingRows) {
        const auto made = CustomerRepository(m_db).ensureOwner(name);
        if (!made)
            return std::unexpected(made.error());
        id = *made;
    }
    ++m_summary.teamMembersAdded;
    m_team.insert(key, id);
    return id;
}

Result<Values> ImportRun::valuesOf(const ContactRow &row, qint64 customerId)
{
    Values v;
    v.customerId = customerId;
    v.occurredAt = row.occurredAt;
    v.channelId = row.channelId;
    v.direction = row.direction;
    v.kind = row.kind;
    v.subject = row.subject;
    v.notes = row.notes;
    v.csat = row.csat;
    v.nps = row.nps;
    v.takenAt = row.takenAt;
    v.resolvedAt = row.resolvedAt;
    const auto handledBy = resolveTeamMember(row.handledBy);
    if (!handledBy)
        return std::unexpected(handledBy.error());
    v.handledBy = *handledBy;
    const auto takenBy = resolveTeamMember(row.takenBy);
    if (!takenBy)
        return std::unexpected(takenBy.error());
    v.takenBy = *takenBy;
    return v;
}

// Binds customer_id … resolved_at (13 values) from the given index on.
void ImportRun::bindValues(Statement &s, int first, const Values &v)
{
    int i = first;
    auto id = [&s](int at, qint64 value) {
        if (value > 0)
            s.bind(at, value);
        else
            s.bindNull(at);
    };
    auto text = [&s](int at, const QString &value, bool nullable) {
        if (value.isEmpty() && nullable)
            s.bindNull(at);
        else
            s.bindUtf8(at, value.isEmpty() ? QByteArray("") : value.toUtf8());
    };
    auto score = [&s](int at, const std::optional<int> &value) {
        if (value)
            s.bind(at, qint64(*value));
        else
            s.bindNull(at);
    };
    s.bind(i++, v.customerId);
    text(i++, v.occurredAt, false);
    s.bind(i++, v.channelId);
    text(i++, directionCode(v.direction), false);
    text(i++, kindCode(v.kind), false);
    text(i++, v.subject, false);
    text(i++, v.notes, false);
    id(i++, v.handledBy);
    score(i++, v.csat);
    score(i++, v.nps);
    id(i++, v.takenBy);
    text(i++, v.takenAt, true);
    text(i++, v.resolvedAt, true);
}

Result<void> ImportRun::insert(const ContactRow &row, const Values &values)
{
    ++m_summary.created;
    if (!m_writingRows) {
        if (!row.uuid.isEmpty())
            m_unwritten.insert(KeyMap::keyOf(row.uuid), --m_fakeId);
        return {};
    }
    Statement &s = m_sql->insert;
    s.reset();
    s.bind(1, row.uuid.isEmpty() ? newUuid() : row.uuid);
    bindValues(s, 2, values);
    const QByteArray now = m_now.toUtf8();
    s.bindUtf8(15, now);
    s.bindUtf8(16, now);
    s.step();
    if (s.failed())
        return dbFailed(InteractionImporter::tr("line %1").arg(row.line));
    return {};
}

Result<void> ImportRun::update(qint64 id, const Values &values)
{
    ++m_summary.updated;
    if (!m_writingRows)
        return {};
    Statement &s = m_sql->update;
    s.reset();
    bindValues(s, 1, values);
    s.bindUtf8(14, m_now.toUtf8());
    s.bind(15, id);
    s.step();
    if (s.failed())
        return dbFailed(InteractionImporter::tr("updating a contact"));
    return {};
}

// A bad row: counted and listed, and written to the rejects file when there is one; without one
// it stops the writing (see m_writingRows).
Result<void> ImportRun::reject(const ContactRow &row, const RowProblem &problem)
{
    ++m_summary.rejected;
    if (m_summary.problems.size() < m_options.maxProblemsKept)
        m_summary.problems.append(problem);
    if (m_options.problemSink)
        m_options.problemSink(problem);
    if (!m_keepGoodRows) {
        m_writingRows = false;
        return {};
    }
    if (!m_writing)
        return {};
    return writeReject(row, problem);
}

Result<void> ImportRun::writeReject(const ContactRow &row, const RowProblem &problem)
{
    if (!m_rejects) {
        // A rejects file imported again keeps its reason column, with the new reason in it.
        qsizetype reasonAt = -1;
        for (qsizetype i = 0; i < m_summary.headers.size() && reasonAt < 0; ++i)
            if (InteractionCsv::isReasonColumn(m_summary.headers[i]))
                reasonAt = i;
        m_rejects = std::make_unique<RejectsFile>(m_options.rejectsPath, m_summary.headers, m_summary.delimiter,
                                                  reasonAt);
    }
    return m_rejects->add(row.fields, row.raw, row.line, problem.message);
}

Result<InteractionImportSummary> ImportRun::finish()
{
    if (!m_writing || !m_writingRows)
        return std::move(m_summary); // a dry run, or bad rows without a rejects file: nothing written
    // Noted with the import, so that erasing a customer later finds the rows about them there.
    if (m_rejects) {
        if (auto noted = RejectFiles::note(m_db->connection(), m_options.rejectsPath, 0); !noted)
            return std::unexpected(noted.error());
    }
    if (!m_tx->commit())
        return std::unexpected(
            Database::sqlError(m_tx->error(), InteractionImporter::tr("Importing %1").arg(m_fileName)));
    m_summary.committed = true;
    if (m_rejects) {
        if (!m_rejects->commit())
            return fail(Error::Code::Io,
                        InteractionImporter::tr("The contacts were imported, but the rejects file %1 could not be "
                                                "written: %2")
                            .arg(m_options.rejectsPath, m_rejects->errorString()));
        m_summary.rejectsPath = m_options.rejectsPath;
    }
    return std::move(m_summary);
}

} // namespace

InteractionImporter::InteractionImporter(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<QList<std::optional<InteractionColumn>>> InteractionImporter::mapHeaders(const QStringList &headers,
                                                                                const QString &fileName,
                                                                                bool ignoreUnknown)
{
    auto headerError = [&fileName](int column, const QString &message) {
        return std::unexpected(Error{Error::Code::Invalid, message, fileName, 1, column});
    };
    auto mapped = HeaderRow::map(headers, fileName, ignoreUnknown, InteractionCsv::guessColumn, interactionColumns(),
                                 tr("The column %1 is not one of a contacts file."),
                                 tr("The columns %1 are not ones of a contacts file."));
    if (!mapped)
        return mapped;
    const QList<std::optional<InteractionColumn>> &mapping = *mapped;
    if (!mapping.contains(InteractionColumn::CustomerExternalId) && !mapping.contains(InteractionColumn::CustomerEmail)
        && !mapping.contains(InteractionColumn::CustomerUuid))
        return headerError(0, tr("The file has no column for the customer: add customer_external_id, "
                                 "customer_email or customer_uuid."));
    if (!mapping.contains(InteractionColumn::OccurredAt))
        return headerError(0, tr("The file has no occurred_at column with the date and time of each contact."));
    if (!mapping.contains(InteractionColumn::Channel))
        return headerError(0, tr("The file has no channel column."));
    return mapping;
}

Result<InteractionImportSummary> InteractionImporter::import(const QString &path, const InteractionImportOptions &options,
                                                             const Progress &progress)
{
    ImportRun run(m_db, path, options, progress);
    if (auto opened = run.open(); !opened)
        return std::unexpected(opened.error());
    if (auto prepared = run.prepare(); !prepared)
        return std::unexpected(prepared.error());
    run.startReader();
    if (auto imported = run.importRows(); !imported)
        return std::unexpected(imported.error());
    return run.finish();
}

} // namespace relatio::csv
