// Customer import: a reader thread parses and validates rows while this thread matches and writes
// them, all in one write transaction.
#include "csv/CustomerImporter.h"

#include "csv/CsvWriter.h"
#include "csv/ImportHistory.h"
#include "csv/ImportRows.h"
#include "csv/RejectsFile.h"
#include "csv/KeyMap.h"
#include "customers/CustomerInserter.h"
#include "customers/CustomerRepository.h"
#include "customers/SortKey.h"
#include "privacy/RejectFiles.h"
#include "store/BulkLoad.h"
#include "store/Migrations.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <atomic>
#include <thread>

#include <sqlite3.h>

namespace relatio::csv {

std::optional<DuplicatePolicy> duplicatePolicyFromName(const QString &name)
{
    if (name == QLatin1String("skip"))
        return DuplicatePolicy::Skip;
    if (name == QLatin1String("update"))
        return DuplicatePolicy::Update;
    if (name == QLatin1String("create"))
        return DuplicatePolicy::Create;
    return std::nullopt;
}

CustomerImporter::CustomerImporter(DatabasePtr db)
    : m_db(std::move(db))
{
}

namespace {

// The keys of the rows this import wrote, one map per kind of key.
struct KeyMaps
{
    explicit KeyMaps(qint64 base = 0)
        : uuids(base)
        , externals(base)
        , emails(base)
        , organisationNames(base)
    {
    }

    void release()
    {
        for (KeyMap *map : {&uuids, &externals, &emails, &organisationNames})
            map->release();
    }

    KeyMap uuids;
    KeyMap externals;
    KeyMap emails;
    KeyMap organisationNames;
};

// The statements the matching and writing use, prepared once the transaction is open.
struct Statements
{
    explicit Statements(sqlite3 *db)
        : byUuid(db, "SELECT id FROM customer WHERE uuid = ?")
        , byExternal(db, "SELECT id FROM customer WHERE external_id = ? AND external_id <> '' AND deleted_at IS NULL"
                         " ORDER BY id LIMIT 1")
        , byEmail(db, "SELECT id FROM customer WHERE email = ? COLLATE NOCASE AND deleted_at IS NULL"
                      " ORDER BY id LIMIT 1")
        , orgByUuid(db, "SELECT id, organisation_name FROM customer WHERE uuid = ? AND kind = 'organisation'")
        , orgByName(db, "SELECT id, organisation_name FROM customer WHERE sort_name = ? AND deleted_at IS NULL"
                        " AND kind = 'organisation' ORDER BY id")
        , keysOf(db, "SELECT uuid, external_id, email, organisation_name, kind FROM customer WHERE id = ?")
        , recordChange(db, "INSERT OR REPLACE INTO import_change (batch_id, customer_id, before, after)"
                           " VALUES (?, ?, ?, ?)")
        , erased(db, "SELECT erased_at FROM customer_erasure WHERE uuid IN (?1, lower(?1))")
        , inserter(db)
    {
    }

    Statement byUuid;
    Statement byExternal;
    Statement byEmail;
    Statement orgByUuid;
    Statement orgByName;
    Statement keysOf;
    Statement recordChange;
    Statement erased;
    CustomerInserter inserter;
};


// The record a row is, when it is one we have.
struct Match
{
    qint64 id = 0;                  // 0: a new record; negative: a row a dry run would have written
    bool fillsPlaceholder = false;  // an organisation's own row, for the record its members made
};

// One run of CustomerImporter::import(). Members are destroyed in the reverse of their order here,
// which is what a return on an error (nothing written) relies on: the rejects file is dropped and
// the statements finalised, the transaction rolls back, the journal mode switches back, and only
// then is the reader thread stopped and joined, before anything it uses goes.
class ImportRun
{
public:
    ImportRun(const DatabasePtr &db, const QString &path, const ImportOptions &options,
              const CustomerImporter::Progress &progress);

    Result<void> open();         // the file, its encoding and delimiter, and the header row
    Result<void> mapColumns();   // the file's columns to customer fields
    void startReader();
    Result<void> prepareWrite(); // the transaction, unless a dry run, and the statements
    Result<void> importRows();
    Result<ImportSummary> finish();

private:
    // A person's organisation: by its Relatio id, else by name; made when it does not exist yet.
    struct Organisation
    {
        qint64 id = 0;
        QString name;
    };
    enum class Key { Uuid, External, Email, OrganisationName };
    struct Change
    {
        qint64 id;
        QByteArray before;
        QByteArray after;
    };

    std::unexpected<Error> dbFailed(const QString &what) const;
    std::unexpected<Error> cancelled() const;
    Result<qint64> largestId() const;

    Result<void> importRow(Row &row);
    Match match(Row &row);
    Result<void> updateExisting(const Row &row, qint64 match, bool fillsPlaceholder);
    Result<void> createNew(Row &row);

    bool verify(qint64 id, Key key, const QString &value);
    qint64 findIn(KeyMap &map, Statement &query, Key key, const QString &value);
    void remember(const Customer &c, qint64 id);
    Result<qint64> create(Customer &c, const QString &label, const QString &createdAt, const QString &updatedAt);
    Result<qint64> resolveOwner(const QString &name);
    Result<void> resolveTags(const QStringList &names, std::vector<qint64> &ids);
    Result<Organisation> resolveOrganisation(const Row &row);

    // writeRow false: counted and listed, but kept out of the rejects file (an erased customer).
    Result<void> reject(const Row &row, const RowProblem &problem, bool writeRow = true);
    Result<void> rejectOrganisation(const Row &row, const Error &error);
    Result<void> writeReject(const Row &row, const RowProblem &problem);
    Result<void> recordBatch();

    const DatabasePtr &m_db;
    const QString &m_path;
    const ImportOptions &m_options;
    const CustomerImporter::Progress &m_progress;
    const QString m_fileName;
    const bool m_writing;
    const bool m_keepGoodRows;
    ImportSummary m_summary;

    // The file and the reader thread.
    QFile m_file;
    qint64 m_fileSize = 0;
    std::optional<CsvReader> m_reader; // made once the file is open
    std::optional<RowMaker> m_maker;
    RowQueue m_queue;
    std::atomic<qint64> m_bytesRead{0};
    ReaderThread<Row> m_readerThread{m_queue};

    // This thread: match and write.
    sqlite3 *m_handle = nullptr;
    CustomerRepository m_repository;
    qint64 m_existingMax = 0;
    bool m_lookInDatabase = false;
    std::optional<BulkLoad> m_bulk; // made before the transaction and gone after it
    std::optional<WriteTransaction> m_tx;
    std::optional<Statements> m_sql;

    // Turns false at the first bad row when bad rows stop the import: from there on rows are only
    // matched and counted, as in a dry run, so that the summary lists every problem.
    bool m_writingRows;
    KeyMaps m_keys;
    QHash<QString, qint64> m_owners;  // folded name → id
    QHash<QString, qint64> m_tagIds;  // folded name → id
    // Organisations this import made for persons before their own row came: that row fills them in.
    QSet<qint64> m_placeholders;
    qint64 m_fakeId = 0;              // ids of rows a dry run would have written: -1, -2, …
    qint64 m_firstCreated = 0;
    qint64 m_lastCreated = 0;
    std::vector<Change> m_changes;
    QString m_now;
    std::vector<qint64> m_rowTags;

    // Rejects file: the header and the bad rows as read, each with its reason.
    std::unique_ptr<RejectsFile> m_rejects;
};

ImportRun::ImportRun(const DatabasePtr &db, const QString &path, const ImportOptions &options,
                     const CustomerImporter::Progress &progress)
    : m_db(db)
    , m_path(path)
    , m_options(options)
    , m_progress(progress)
    , m_fileName(QFileInfo(path).fileName())
    , m_writing(!options.dryRun)
    , m_keepGoodRows(!options.rejectsPath.isEmpty())
    , m_file(path)
    , m_repository(db)
    , m_writingRows(m_writing)
{
    m_repository.setActor(options.actor);
}

Result<void> ImportRun::open()
{
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, CustomerImporter::tr("%1 cannot be read: %2").arg(m_path, m_file.errorString()));
    m_fileSize = m_file.size();
    m_reader.emplace(&m_file, m_path, m_options.csv);
    if (auto opened = m_reader->open(); !opened)
        return std::unexpected(opened.error());

    m_summary.encoding = m_reader->encodingName();
    m_summary.delimiter = m_reader->delimiter();

    // The header row.
    std::optional<Record> headerRecord;
    while (!headerRecord) {
        auto next = m_reader->next();
        if (!next)
            return fail(Error::Code::Invalid, CustomerImporter::tr("%1 has no header row.").arg(m_path));
        if (!*next)
            return std::unexpected(next->error());
        headerRecord = std::move(**next);
    }
    m_summary.headers = headerRecord->fields;
    return {};
}

Result<void> ImportRun::mapColumns()
{
    m_summary.mapping = m_options.mapping.isEmpty() ? CustomerCsv::guessMapping(m_summary.headers) : m_options.mapping;
    while (m_summary.mapping.size() < m_summary.headers.size())
        m_summary.mapping.append(std::nullopt);
    QList<CustomerColumn> seen;
    bool any = false;
    for (const auto &column : std::as_const(m_summary.mapping)) {
        if (!column)
            continue;
        if (seen.contains(*column))
            return fail(Error::Code::Usage,
                        CustomerImporter::tr("The field \"%1\" is chosen for more than one column of the file.")
                            .arg(CustomerCsv::label(*column)));
        seen.append(*column);
        any = true;
    }
    if (!any)
        return fail(Error::Code::Invalid,
                    CustomerImporter::tr("%1: none of the columns (%2) is one Relatio knows; name them as in the canonical "
                                         "customer file (given_name, family_name, organisation, email, …) or choose them by hand.")
                        .arg(m_path, m_summary.headers.join(QStringLiteral(", "))));
    m_maker.emplace(m_summary.mapping, m_summary.headers);
    return {};
}

void ImportRun::startReader()
{
    m_readerThread.start([this, encoding = m_reader->encoding()] {
        readRows(*m_reader, *m_maker, m_queue, m_path, encoding, m_fileSize, m_bytesRead);
    });
}

std::unexpected<Error> ImportRun::dbFailed(const QString &what) const
{
    return fail(Error::Code::Database, CustomerImporter::tr("Importing %1: %2: %3")
                                           .arg(m_fileName, what, QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

std::unexpected<Error> ImportRun::cancelled() const
{
    return fail(Error::Code::Cancelled,
                CustomerImporter::tr("The import of %1 was cancelled; nothing was written.").arg(m_fileName));
}

// The statement is finished when this returns: BulkLoad::deferIndexes() fails ("table is locked")
// while one is active on the connection.
Result<qint64> ImportRun::largestId() const
{
    Statement max(m_handle, "SELECT coalesce(max(id), 0) FROM customer");
    if (!max.step())
        return dbFailed(CustomerImporter::tr("reading the database"));
    return max.int64(0);
}

Result<void> ImportRun::prepareWrite()
{
    m_handle = m_db->handle();
    if (!m_handle)
        return fail(Error::Code::Database, CustomerImporter::tr("The database is not open."));
    // Read before the transaction to decide on a bulk load, which has to start outside it, and
    // again inside it, where no one else can write any more.
    auto existingMax = largestId();
    if (!existingMax)
        return std::unexpected(existingMax.error());
    m_existingMax = *existingMax;
    if (m_writing && m_existingMax == 0)
        m_bulk.emplace(m_handle);
    if (m_writing) {
        m_tx.emplace(m_db->connection());
        if (!m_tx->isOpen())
            return std::unexpected(
                Database::sqlError(m_tx->error(), CustomerImporter::tr("Importing %1").arg(m_fileName)));
        existingMax = largestId();
        if (!existingMax)
            return std::unexpected(existingMax.error());
        m_existingMax = *existingMax;
        if (m_bulk && m_existingMax == 0) {
            for (const char *table : {"customer", "customer_tag"})
                if (auto deferred = m_bulk->deferIndexes(table); !deferred)
                    return std::unexpected(deferred.error());
        }
    }
    m_lookInDatabase = m_existingMax > 0;

    m_sql.emplace(m_handle);
    if (!m_sql->inserter.isValid() || !m_sql->recordChange.isValid())
        return dbFailed(CustomerImporter::tr("preparing the import"));
    m_keys = KeyMaps(m_existingMax);
    m_now = nowStored();
    return {};
}

Result<void> ImportRun::importRows()
{
    std::vector<Row> batch;
    qint64 rowsSinceProgress = 0;
    while (m_queue.pop(batch)) {
        for (Row &row : batch)
            if (auto imported = importRow(row); !imported)
                return imported;
        rowsSinceProgress += qint64(batch.size());
        if (m_progress && rowsSinceProgress >= 2000) {
            rowsSinceProgress = 0;
            if (!m_progress(m_bytesRead.load(std::memory_order_relaxed), m_fileSize))
                return cancelled();
        }
    }
    if (auto fatal = m_queue.fatal())
        return std::unexpected(*fatal);
    if (m_progress && !m_progress(m_fileSize, m_fileSize))
        return cancelled();
    return {};
}

Result<void> ImportRun::importRow(Row &row)
{
    ++m_summary.rows;
    if (!row.problem.message.isEmpty())
        return reject(row, row.problem);
    // An erased customer stays erased: a file from before the erasure does not bring them back.
    if (!row.customer.uuid.isEmpty()) {
        Statement &erased = m_sql->erased;
        erased.reset();
        erased.bind(1, row.customer.uuid);
        if (erased.step()) {
            const int column = m_maker->fileColumnOf(CustomerColumn::Id);
            return reject(row,
                          RowProblem{row.line, column, column,
                                     CustomerImporter::tr("This customer was erased on %1; the row is not imported "
                                                          "and not copied to the rejects file.")
                                         .arg(erased.text(0).left(10))},
                          false);
        }
    }
    const Match found = match(row);
    if (found.id == 0)
        return createNew(row);
    if (m_options.onDuplicate == DuplicatePolicy::Skip && !found.fillsPlaceholder) {
        ++m_summary.skipped;
        return {};
    }
    return updateExisting(row, found.id, found.fillsPlaceholder);
}

// Is it a record we have? Under DuplicatePolicy::Create a repeated Relatio id is cleared here, and
// an organisation's own row takes over the placeholder its members made.
Match ImportRun::match(Row &row)
{
    Customer &c = row.customer;
    // A Relatio id says which record a row is, so a row that has one is matched on it
    // alone: two rows with different ids are different records, even with one e-mail
    // address (a file Relatio wrote reads back as the same records).
    qint64 id = findIn(m_keys.uuids, m_sql->byUuid, Key::Uuid, c.uuid);
    if (m_options.onDuplicate == DuplicatePolicy::Create) {
        if (id != 0)
            c.uuid.clear(); // the same id twice: the copy gets a new one
        id = 0;
    } else if (c.uuid.isEmpty()) {
        if (!c.externalId.isEmpty())
            id = findIn(m_keys.externals, m_sql->byExternal, Key::External, c.externalId);
        if (id == 0 && !c.email.isEmpty())
            id = findIn(m_keys.emails, m_sql->byEmail, Key::Email, c.email.toLower());
    }

    // The organisation's own row, after members that made it: by its id, or by name
    // when the row has no id.
    bool fillsPlaceholder = false;
    if (c.kind == CustomerKind::Organisation && !m_placeholders.isEmpty()) {
        qint64 candidate = id;
        if (candidate == 0 && c.uuid.isEmpty())
            candidate = m_keys.organisationNames.find(KeyMap::keyOf(organisationSortKey(c.organisationName)));
        if (candidate != 0 && m_placeholders.remove(candidate)) {
            id = candidate;
            fillsPlaceholder = true;
            --m_summary.organisationsMade;
        }
    }
    return Match{id, fillsPlaceholder};
}

// The stored record with the row's mapped columns written over it (unmapped ones stay).
Customer withRowValues(const Customer &stored, const Row &row)
{
    const Customer &c = row.customer;
    Customer merged = stored;
    const quint32 p = row.present;
    auto take = [p](CustomerColumn column, QString &to, const QString &from) {
        if (p & bit(column))
            to = from;
    };
    if (p & bit(CustomerColumn::Kind))
        merged.kind = c.kind;
    take(CustomerColumn::ExternalId, merged.externalId, c.externalId);
    take(CustomerColumn::GivenName, merged.givenName, c.givenName);
    take(CustomerColumn::FamilyName, merged.familyName, c.familyName);
    if (merged.kind == CustomerKind::Organisation && (p & bit(CustomerColumn::Organisation)))
        merged.organisationName = c.kind == CustomerKind::Organisation ? c.organisationName : row.organisationRef;
    take(CustomerColumn::Email, merged.email, c.email);
    take(CustomerColumn::EmailAlt, merged.emailAlt, c.emailAlt);
    take(CustomerColumn::Phone, merged.phone, c.phone);
    take(CustomerColumn::Mobile, merged.mobile, c.mobile);
    take(CustomerColumn::Street, merged.street, c.street);
    take(CustomerColumn::Postcode, merged.postcode, c.postcode);
    take(CustomerColumn::City, merged.city, c.city);
    take(CustomerColumn::Country, merged.country, c.country);
    take(CustomerColumn::Language, merged.language, c.language);
    take(CustomerColumn::Notes, merged.notes, c.notes);
    if (p & bit(CustomerColumn::Tags))
        merged.tags = c.tags;
    return merged;
}

// Update: the row's values over the stored record.
Result<void> ImportRun::updateExisting(const Row &row, qint64 match, bool fillsPlaceholder)
{
    if (match < 0 || !m_writingRows) {
        QList<FieldIssue> issues;
        for (const FieldIssue &issue : std::as_const(row.issues))
            if (row.present & bit(columnOfField(issue.field)))
                issues.append(issue);
        if (!issues.isEmpty())
            return reject(row, m_maker->problemOf(row, issues));
        if (!fillsPlaceholder)
            ++m_summary.updated;
        return {};
    }
    const auto stored = m_repository.get(match);
    if (!stored)
        return std::unexpected(stored.error());
    Customer merged = withRowValues(*stored, row);
    ValidationResult validation = CustomerValidator::validate(merged);
    if (!validation.isValid())
        return reject(row, m_maker->problemOf(row, validation.issues));
    merged = std::move(validation.normalised);
    const quint32 p = row.present;
    if (p & bit(CustomerColumn::Owner)) {
        const auto owner = resolveOwner(row.ownerName);
        if (!owner)
            return std::unexpected(owner.error());
        merged.ownerId = *owner;
    }
    if (merged.kind == CustomerKind::Person
        && (p & (bit(CustomerColumn::Organisation) | bit(CustomerColumn::OrganisationId)))) {
        const auto organisation = resolveOrganisation(row);
        if (!organisation)
            return rejectOrganisation(row, organisation.error());
        merged.organisationId = organisation->id;
    }
    if (merged.sameContent(*stored)) {
        if (!fillsPlaceholder)
            ++m_summary.skipped;
        return {};
    }
    if (auto written = m_repository.updateValidated(merged, ChangeHow::Import, &*stored); !written)
        return std::unexpected(written.error());
    // Records from before the import are found in the database; the maps hold this
    // import's rows.
    if (match <= m_existingMax)
        m_changes.push_back(Change{match, contentJson(*stored), contentJson(merged)});
    else
        remember(merged, match);
    if (!fillsPlaceholder) // it was counted as created when it was made
        ++m_summary.updated;
    return {};
}

// A new record.
Result<void> ImportRun::createNew(Row &row)
{
    Customer &c = row.customer;
    if (!row.issues.isEmpty())
        return reject(row, m_maker->problemOf(row, row.issues));
    QString label;
    if (c.kind == CustomerKind::Person && !(row.organisationRef.isEmpty() && row.organisationUuid.isEmpty())) {
        const auto organisation = resolveOrganisation(row);
        if (!organisation)
            return rejectOrganisation(row, organisation.error());
        c.organisationId = organisation->id > 0 ? organisation->id : 0;
        label = organisation->name;
    }
    if (!row.ownerName.isEmpty()) {
        const auto owner = resolveOwner(row.ownerName);
        if (!owner)
            return std::unexpected(owner.error());
        c.ownerId = *owner;
    }
    if (auto tags = resolveTags(c.tags, m_rowTags); !tags)
        return std::unexpected(tags.error());
    const auto id = create(c, label, row.createdAt, row.updatedAt);
    if (!id)
        return std::unexpected(id.error());
    if (m_writingRows && !m_rowTags.empty())
        if (auto linked = m_sql->inserter.linkTags(*id, m_rowTags); !linked)
            return std::unexpected(linked.error());
    return {};
}

// True when the key of the given kind really belongs to the written row id.
bool ImportRun::verify(qint64 id, Key key, const QString &value)
{
    if (id < 0)
        return true; // a dry run's row: nothing to check against
    Statement &keysOf = m_sql->keysOf;
    keysOf.reset();
    keysOf.bind(1, id);
    if (!keysOf.step())
        return false;
    switch (key) {
    case Key::Uuid: return keysOf.text(0) == value;
    case Key::External: return keysOf.text(1) == value;
    case Key::Email: return keysOf.text(2).compare(value, Qt::CaseInsensitive) == 0;
    case Key::OrganisationName:
        return keysOf.text(4) == QLatin1String("organisation") && organisationSortKey(keysOf.text(3)) == value;
    }
    return false;
}

qint64 ImportRun::findIn(KeyMap &map, Statement &query, Key key, const QString &value)
{
    if (value.isEmpty())
        return 0;
    const qint64 inFile = map.find(KeyMap::keyOf(value));
    if (inFile != 0 && verify(inFile, key, value))
        return inFile;
    if (!m_lookInDatabase)
        return 0;
    query.reset();
    query.bind(1, value);
    return query.step() ? query.int64(0) : 0;
}

void ImportRun::remember(const Customer &c, qint64 id)
{
    if (!c.uuid.isEmpty())
        m_keys.uuids.insert(KeyMap::keyOf(c.uuid), id);
    if (!c.externalId.isEmpty())
        m_keys.externals.insert(KeyMap::keyOf(c.externalId), id);
    if (!c.email.isEmpty())
        m_keys.emails.insert(KeyMap::keyOf(c.email.toLower()), id);
    if (c.kind == CustomerKind::Organisation)
        m_keys.organisationNames.insert(KeyMap::keyOf(organisationSortKey(c.organisationName)), id);
}

// Writes a new record (or, in a dry run, pretends to); returns its id.
Result<qint64> ImportRun::create(Customer &c, const QString &label, const QString &createdAt, const QString &updatedAt)
{
    if (c.uuid.isEmpty())
        c.uuid = newUuid();
    qint64 id = 0;
    if (m_writingRows) {
        const QString &created = createdAt.isEmpty() ? m_now : createdAt;
        const auto inserted = m_sql->inserter.insert(c, label, created, updatedAt.isEmpty() ? created : updatedAt);
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
        if (m_firstCreated == 0)
            m_firstCreated = id;
        m_lastCreated = id;
    } else {
        id = --m_fakeId;
    }
    remember(c, id);
    ++m_summary.created;
    return id;
}

Result<qint64> ImportRun::resolveOwner(const QString &name)
{
    const QString folded = name.toCaseFolded();
    if (auto it = m_owners.constFind(folded); it != m_owners.constEnd())
        return *it;
    qint64 id = 0;
    if (m_writingRows) {
        const auto ensured = m_repository.ensureOwner(name);
        if (!ensured)
            return std::unexpected(ensured.error());
        id = *ensured;
    }
    m_owners.insert(folded, id);
    return id;
}

Result<void> ImportRun::resolveTags(const QStringList &names, std::vector<qint64> &ids)
{
    ids.clear();
    for (const QString &name : names) {
        const QString folded = name.toCaseFolded();
        auto it = m_tagIds.constFind(folded);
        if (it == m_tagIds.constEnd()) {
            qint64 id = 0;
            if (m_writingRows) {
                const auto ensured = m_repository.ensureTag(name);
                if (!ensured)
                    return std::unexpected(ensured.error());
                id = *ensured;
            }
            it = m_tagIds.insert(folded, id);
        }
        ids.push_back(*it);
    }
    return {};
}

Result<ImportRun::Organisation> ImportRun::resolveOrganisation(const Row &row)
{
    if (!row.organisationUuid.isEmpty()) {
        const qint64 inFile = m_keys.uuids.find(KeyMap::keyOf(row.organisationUuid));
        if (inFile != 0 && verify(inFile, Key::Uuid, row.organisationUuid)) {
            if (inFile < 0)
                return Organisation{inFile, row.organisationRef};
            Statement &keysOf = m_sql->keysOf;
            keysOf.reset();
            keysOf.bind(1, inFile);
            if (keysOf.step() && keysOf.text(4) == QLatin1String("organisation"))
                return Organisation{inFile, keysOf.text(3)};
        }
        if (m_lookInDatabase) {
            Statement &orgByUuid = m_sql->orgByUuid;
            orgByUuid.reset();
            orgByUuid.bind(1, row.organisationUuid);
            if (orgByUuid.step())
                return Organisation{orgByUuid.int64(0), orgByUuid.text(1)};
        }
        if (row.organisationRef.isEmpty())
            return fail(Error::Code::Invalid, CustomerImporter::tr("Organisation's Relatio id: no organisation has the id %1.")
                                                  .arg(row.organisationUuid));
    }
    if (row.organisationRef.isEmpty())
        return Organisation{};
    const QString key = organisationSortKey(row.organisationRef);
    const qint64 inFile = m_keys.organisationNames.find(KeyMap::keyOf(key));
    if (inFile != 0 && verify(inFile, Key::OrganisationName, key))
        return Organisation{inFile, row.organisationRef};
    if (m_lookInDatabase) {
        Statement &orgByName = m_sql->orgByName;
        orgByName.reset();
        orgByName.bind(1, key);
        if (orgByName.step())
            return Organisation{orgByName.int64(0), orgByName.text(1)};
    }
    // Not there yet: made now, with the id the row refers to, so that the organisation's own
    // row, when it comes later in the file, fills it in.
    Customer organisation;
    organisation.kind = CustomerKind::Organisation;
    organisation.organisationName = row.organisationRef;
    organisation.uuid = row.organisationUuid;
    const auto id = create(organisation, {}, {}, {});
    if (!id)
        return std::unexpected(id.error());
    m_placeholders.insert(*id);
    ++m_summary.organisationsMade;
    return Organisation{*id, row.organisationRef};
}

// A bad row: counted and listed, and written to the rejects file when there is one; without one
// it stops the writing (see m_writingRows).
Result<void> ImportRun::reject(const Row &row, const RowProblem &problem, bool writeRow)
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
    if (!m_writing || !writeRow)
        return {};
    return writeReject(row, problem);
}

// A person's organisation that cannot be found is the row's problem; anything else is the import's.
Result<void> ImportRun::rejectOrganisation(const Row &row, const Error &error)
{
    if (error.code != Error::Code::Invalid)
        return std::unexpected(error);
    const int column = m_maker->fileColumnOf(CustomerColumn::OrganisationId);
    return reject(row, RowProblem{row.line, column, column, error.message});
}

Result<void> ImportRun::writeReject(const Row &row, const RowProblem &problem)
{
    if (!m_rejects)
        m_rejects = std::make_unique<RejectsFile>(m_options.rejectsPath, m_summary.headers, m_summary.delimiter);
    return m_rejects->add(row.fields, row.raw, row.line, problem.message);
}

Result<ImportSummary> ImportRun::finish()
{
    if (!m_writing || !m_writingRows)
        return std::move(m_summary); // a dry run, or bad rows without a rejects file: nothing written

    // The maps are done with; the index builds want the memory.
    m_keys.release();
    if (m_bulk && m_bulk->deferred()) {
        if (auto rebuilt = m_bulk->rebuild({customerSearchFillSql().toUtf8()}); !rebuilt)
            return std::unexpected(rebuilt.error());
    }
    if (m_summary.created + m_summary.updated > 0) {
        if (auto recorded = recordBatch(); !recorded)
            return std::unexpected(recorded.error());
    }
    // Noted with the import, so that erasing a customer later finds the rows about them there.
    if (m_rejects) {
        if (auto noted = RejectFiles::note(m_db->connection(), m_options.rejectsPath, m_summary.batchId); !noted)
            return std::unexpected(noted.error());
    }
    if (!m_tx->commit())
        return std::unexpected(Database::sqlError(m_tx->error(), CustomerImporter::tr("Importing %1").arg(m_fileName)));
    m_summary.committed = true;
    if (m_rejects) {
        if (!m_rejects->commit())
            return fail(Error::Code::Io,
                        CustomerImporter::tr("The customers were imported, but the rejects file %1 could not be written: %2")
                            .arg(m_options.rejectsPath, m_rejects->errorString()));
        m_summary.rejectsPath = m_options.rejectsPath;
    }
    if (m_bulk)
        execRaw(m_handle, "PRAGMA optimize");
    return std::move(m_summary);
}

// What undoImport() needs: the import_batch row, and an import_change row for every record from
// before the import that it changed.
Result<void> ImportRun::recordBatch()
{
    Statement batchRow(m_handle, "INSERT INTO import_batch (uuid, file_name, created_at, first_created_id, last_created_id,"
                                 " created, updated, skipped, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    batchRow.bind(1, newUuid());
    batchRow.bind(2, m_fileName);
    batchRow.bind(3, m_now);
    if (m_firstCreated > 0) {
        batchRow.bind(4, m_firstCreated);
        batchRow.bind(5, m_lastCreated);
    } else {
        batchRow.bindNull(4);
        batchRow.bindNull(5);
    }
    batchRow.bind(6, m_summary.created);
    batchRow.bind(7, m_summary.updated);
    batchRow.bind(8, m_summary.skipped);
    batchRow.bind(9, m_summary.rejected);
    batchRow.step();
    if (batchRow.failed())
        return dbFailed(CustomerImporter::tr("recording the import"));
    m_summary.batchId = sqlite3_last_insert_rowid(m_handle);
    Statement &recordChange = m_sql->recordChange;
    for (const Change &change : m_changes) {
        recordChange.reset();
        recordChange.bind(1, m_summary.batchId);
        recordChange.bind(2, change.id);
        recordChange.bindUtf8(3, change.before);
        recordChange.bindUtf8(4, change.after);
        recordChange.step();
        if (recordChange.failed())
            return dbFailed(CustomerImporter::tr("recording the import"));
    }
    return {};
}

} // namespace

Result<ImportSummary> CustomerImporter::import(const QString &path, const ImportOptions &options, const Progress &progress)
{
    ImportRun run(m_db, path, options, progress);
    if (auto opened = run.open(); !opened)
        return std::unexpected(opened.error());
    if (auto mapped = run.mapColumns(); !mapped)
        return std::unexpected(mapped.error());
    run.startReader();
    if (auto prepared = run.prepareWrite(); !prepared)
        return std::unexpected(prepared.error());
    if (auto imported = run.importRows(); !imported)
        return std::unexpected(imported.error());
    return run.finish();
}

} // namespace relatio::csv
