// Customer export: rows straight from SQLite's UTF-8 into the file, no per-cell conversions.
#include "csv/CustomerExporter.h"

#include "csv/CsvWriter.h"
#include "store/Statement.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>

#include <sqlite3.h>

namespace relatio::csv {

namespace {

// The columns of kSelect, in order.
enum Selected {
    SId, SUuid, SExternalId, SKind, SGivenName, SFamilyName, SOrganisation, SOrganisationUuid, SEmail, SEmailAlt,
    SPhone, SMobile, SStreet, SPostcode, SCity, SCountry, SLanguage, SOwnerId, SNotes, SCreatedAt, SUpdatedAt,
};

constexpr char kSelect[] =
    "SELECT c.id, c.uuid, c.external_id, c.kind, c.given_name, c.family_name,"
    " CASE c.kind WHEN 'organisation' THEN c.organisation_name ELSE c.org_label END, o.uuid, c.email, c.email_alt,"
    " c.phone, c.mobile, c.street, c.postcode, c.city, c.country, c.language, c.owner_id, c.notes, c.created_at,"
    " c.updated_at FROM customer c LEFT JOIN customer o ON o.id = c.organisation_id";

// CustomerCsv::needsNeutralising() on UTF-8 (the characters involved are all ASCII).
bool needsNeutralising(const char *text, qsizetype size)
{
    if (size == 0)
        return false;
    if (CustomerCsv::isFormulaStart(char16_t(text[0])))
        return true;
    qsizetype i = 0;
    while (i < size && text[i] == '\'')
        ++i;
    return i > 0 && i < size && CustomerCsv::isFormulaStart(char16_t(text[i]));
}

// Tags and owners are few: their names are read once. A customer's tags come from a cursor over
// customer_tag in customer order when rows are written in id order (a merge, no query per row),
// else from a query per row.
class RowWriter
{
public:
    RowWriter(sqlite3 *db, const ExportOptions &options, bool ascendingIds)
        : m_delimiter(char(options.delimiter.unicode()))
        , m_columns(options.columns.isEmpty() ? canonicalColumns() : options.columns)
        , m_links(db, ascendingIds ? "SELECT customer_id, tag_id FROM customer_tag ORDER BY customer_id"
                                   : "SELECT customer_id, tag_id FROM customer_tag WHERE customer_id = ?")
        , m_ascending(ascendingIds)
    {
        Statement owners(db, "SELECT id, name FROM owner");
        while (owners.step())
            m_owners.insert(owners.int64(0), owners.text(1).toUtf8());
        m_wantsTags = m_columns.contains(CustomerColumn::Tags);
        // Tags in the order the record shows them: by name, case ignored as SQLite's NOCASE does.
        Statement tags(db, "SELECT id, name FROM tag ORDER BY name COLLATE NOCASE");
        while (tags.step())
            m_tags.insert(tags.int64(0), Tag{int(m_tags.size()), tags.text(1).toUtf8()});
        if (m_ascending)
            m_linksAhead = m_links.step();
    }

    void header(QByteArray &out) const
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                out.append(m_delimiter);
            out.append(headerName(m_columns[i]).toLatin1());
        }
        out.append("\r\n", 2);
    }

    // Appends the current row of a statement running kSelect.
    void row(sqlite3_stmt *q, QByteArray &out)
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                out.append(m_delimiter);
            switch (m_columns[i]) {
            case CustomerColumn::Id: text(q, SUuid, out); break;
            case CustomerColumn::ExternalId: text(q, SExternalId, out); break;
            case CustomerColumn::Kind: text(q, SKind, out); break;
            case CustomerColumn::GivenName: text(q, SGivenName, out); break;
            case CustomerColumn::FamilyName: text(q, SFamilyName, out); break;
            case CustomerColumn::Organisation: text(q, SOrganisation, out); break;
            case CustomerColumn::OrganisationId: text(q, SOrganisationUuid, out); break;
            case CustomerColumn::Email: text(q, SEmail, out); break;
            case CustomerColumn::EmailAlt: text(q, SEmailAlt, out); break;
            case CustomerColumn::Phone: text(q, SPhone, out); break;
            case CustomerColumn::Mobile: text(q, SMobile, out); break;
            case CustomerColumn::Street: text(q, SStreet, out); break;
            case CustomerColumn::Postcode: text(q, SPostcode, out); break;
            case CustomerColumn::City: text(q, SCity, out); break;
            case CustomerColumn::Country: text(q, SCountry, out); break;
            case CustomerColumn::Language: text(q, SLanguage, out); break;
            case CustomerColumn::Owner:
                if (sqlite3_column_type(q, SOwnerId) != SQLITE_NULL) {
                    const QByteArray name = m_owners.value(sqlite3_column_int64(q, SOwnerId));
                    cell(name.constData(), name.size(), out);
                }
                break;
            case CustomerColumn::Tags:
                if (m_wantsTags)
                    tags(sqlite3_column_int64(q, SId), out);
                break;
            case CustomerColumn::Notes: text(q, SNotes, out); break;
            case CustomerColumn::CreatedAt: text(q, SCreatedAt, out); break;
            case CustomerColumn::UpdatedAt: text(q, SUpdatedAt, out); break;
            case CustomerColumn::FullName: break;
            }
        }
        out.append("\r\n", 2);
    }

private:
    void text(sqlite3_stmt *q, int column, QByteArray &out)
    {
        const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(q, column));
        if (value)
            cell(value, sqlite3_column_bytes(q, column), out);
    }

    void cell(const char *value, qsizetype size, QByteArray &out)
    {
        if (!needsNeutralising(value, size)) {
            appendUtf8Field(out, value, size, m_delimiter);
            return;
        }
        m_scratch.resize(0);
        m_scratch.append('\'');
        m_scratch.append(value, size);
        appendUtf8Field(out, m_scratch.constData(), m_scratch.size(), m_delimiter);
    }

    void tags(qint64 id, QByteArray &out)
    {
        m_rowTags.clear();
        if (m_ascending) {
            while (m_linksAhead && m_links.int64(0) < id)
                m_linksAhead = m_links.step();
            for (; m_linksAhead && m_links.int64(0) == id; m_linksAhead = m_links.step())
                addTag(m_links.int64(1));
        } else {
            m_links.reset();
            m_links.bind(1, id);
            while (m_links.step())
                addTag(m_links.int64(1));
        }
        std::sort(m_rowTags.begin(), m_rowTags.end(), [](const Tag *a, const Tag *b) { return a->rank < b->rank; });
        m_scratch.resize(0);
        for (const Tag *tag : m_rowTags) {
            if (!m_scratch.isEmpty())
                m_scratch.append("; ", 2);
            m_scratch.append(tag->name);
        }
        cell(m_scratch.constData(), m_scratch.size(), out);
    }

    struct Tag
    {
        int rank;
        QByteArray name;
    };
    void addTag(qint64 tagId)
    {
        const auto it = m_tags.constFind(tagId);
        if (it != m_tags.constEnd())
            m_rowTags.push_back(&*it);
    }

    char m_delimiter;
    QList<CustomerColumn> m_columns;
    Statement m_links;
    bool m_ascending;
    bool m_linksAhead = false;
    bool m_wantsTags = false;
    QHash<qint64, QByteArray> m_owners;
    QHash<qint64, Tag> m_tags;
    std::vector<const Tag *> m_rowTags;
    QByteArray m_scratch;
};

// Writes rows to a file beside the target and renames it into place when all went well.
class Output
{
public:
    Output(const QString &path, bool bom)
        : m_file(path)
    {
        m_ok = m_file.open(QIODevice::WriteOnly);
        m_buffer.reserve(kChunk + 64 * 1024);
        if (bom)
            m_buffer.append(kUtf8Bom);
    }
    bool ok() const { return m_ok; }
    QString errorString() const { return m_file.errorString(); }
    QByteArray &buffer() { return m_buffer; }
    bool flushIfFull() { return m_buffer.size() < kChunk || flush(); }
    bool flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            return false;
        m_buffer.resize(0);
        return true;
    }
    bool commit() { return flush() && m_file.commit(); }

private:
    static constexpr qsizetype kChunk = 1 << 20;
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

} // namespace

CustomerExporter::CustomerExporter(DatabasePtr db)
    : m_db(std::move(db))
{
}

namespace {

// The shared body of both exports: rows() calls its argument for each row's statement.
template<typename Rows>
Result<qint64> writeExport(sqlite3 *db, const QString &path, const ExportOptions &options, bool ascendingIds,
                           qint64 total, const CustomerExporter::Progress &progress, Rows rows)
{
    if (options.delimiter != QLatin1Char(',') && options.delimiter != QLatin1Char(';')
        && options.delimiter != QLatin1Char('\t'))
        return fail(Error::Code::Usage, CustomerExporter::tr("The delimiter must be a comma, a semicolon or a tab."));
    Output output(path, options.bom);
    if (!output.ok())
        return fail(Error::Code::Io, CustomerExporter::tr("%1 cannot be written: %2").arg(path, output.errorString()));
    RowWriter writer(db, options, ascendingIds);
    writer.header(output.buffer());
    qint64 done = 0;
    std::optional<Error> failure;
    const bool ok = rows([&](sqlite3_stmt *q) {
        writer.row(q, output.buffer());
        ++done;
        if (!output.flushIfFull()) {
            failure = Error{Error::Code::Io, CustomerExporter::tr("%1 cannot be written: %2").arg(path, output.errorString()),
                            {}, 0, 0};
            return false;
        }
        if (progress && done % 10000 == 0 && !progress(done, total)) {
            failure = Error{Error::Code::Cancelled,
                            CustomerExporter::tr("The export was cancelled; %1 was not written.").arg(QFileInfo(path).fileName()),
                            {}, 0, 0};
            return false;
        }
        return true;
    });
    if (failure)
        return std::unexpected(*failure);
    if (!ok)
        return fail(Error::Code::Database, CustomerExporter::tr("Reading customers: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    if (!output.commit())
        return fail(Error::Code::Io, CustomerExporter::tr("%1 cannot be written: %2").arg(path, output.errorString()));
    if (progress)
        progress(done, total);
    return done;
}

// Steps a statement to its end, handing each row to visit; false when SQLite failed or visit said stop.
template<typename Visit>
bool eachRow(sqlite3_stmt *q, Visit &visit, bool *stopped)
{
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (!visit(q)) {
            *stopped = true;
            return true;
        }
    }
    return rc == SQLITE_DONE;
}

} // namespace

Result<qint64> CustomerExporter::exportAll(const QString &path, const ExportOptions &options, const Progress &progress)
{
    sqlite3 *db = m_db->handle();
    qint64 total = 0;
    {
        Statement count(db, "SELECT count(*) FROM customer WHERE deleted_at IS NULL");
        if (count.step())
            total = count.int64(0);
    }
    // A read transaction: one consistent snapshot however long the export takes.
    execRaw(db, "BEGIN");
    auto result = writeExport(db, path, options, true, total, progress, [db](auto &&visit) {
        bool stopped = false;
        sqlite3_stmt *q = nullptr;
        const QByteArray sql = QByteArray(kSelect) + " WHERE c.deleted_at IS NULL ORDER BY c.id";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) != SQLITE_OK)
            return false;
        const bool ok = eachRow(q, visit, &stopped);
        sqlite3_finalize(q);
        return ok;
    });
    execRaw(db, "COMMIT");
    return result;
}

Result<qint64> CustomerExporter::exportIds(const QString &path, const std::vector<qint64> &ids,
                                           const ExportOptions &options, const Progress &progress)
{
    sqlite3 *db = m_db->handle();
    execRaw(db, "BEGIN");
    auto result = writeExport(db, path, options, false, qint64(ids.size()), progress, [db, &ids](auto &&visit) {
        bool stopped = false;
        sqlite3_stmt *q = nullptr;
        const QByteArray sql = QByteArray(kSelect) + " WHERE c.id = ?";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &q, nullptr) != SQLITE_OK)
            return false;
        bool ok = true;
        for (const qint64 id : ids) {
            sqlite3_reset(q);
            sqlite3_bind_int64(q, 1, id);
            if (!eachRow(q, visit, &stopped)) {
                ok = false;
                break;
            }
            if (stopped)
                break;
        }
        sqlite3_finalize(q);
        return ok;
    });
    execRaw(db, "COMMIT");
    return result;
}

} // namespace relatio::csv
