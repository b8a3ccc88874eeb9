// Customer export: on a file, rows straight from SQLite's UTF-8 into the file, no per-cell
// conversions; on a team database, the same rows from PostgreSQL.
#include "csv/CustomerExporter.h"

#include "csv/CsvWriter.h"
#include "csv/ExportQuery.h"
#include "store/Dialect.h"
#include "store/Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace relatio::csv {

namespace {

// The columns of selectSql(), in order; STagIds on a team database only.
enum Selected {
    SId, SUuid, SExternalId, SKind, SGivenName, SFamilyName, SOrganisation, SOrganisationUuid, SEmail, SEmailAlt,
    SPhone, SMobile, SStreet, SPostcode, SCity, SCountry, SLanguage, SOwnerId, SNotes, SCreatedAt, SUpdatedAt,
    STagIds,
};

// The customer rows, to which a WHERE clause is added. On a team database each row brings its tag
// ids (comma-separated): a query per row or a second cursor would cost a round trip or a
// connection of its own.
QByteArray selectSql(Dialect dialect)
{
    QByteArray sql = "SELECT c.id, c.uuid, c.external_id, c.kind, c.given_name, c.family_name,"
                     " CASE c.kind WHEN 'organisation' THEN c.organisation_name ELSE c.org_label END, o.uuid, c.email,"
                     " c.email_alt, c.phone, c.mobile, c.street, c.postcode, c.city, c.country, c.language, c.owner_id,"
                     " c.notes, c.created_at, c.updated_at";
    if (dialect == Dialect::PostgreSQL)
        sql += ", (SELECT string_agg(t.tag_id::text, ',') FROM customer_tag t WHERE t.customer_id = c.id)";
    return sql + " FROM customer c LEFT JOIN customer o ON o.id = c.organisation_id";
}

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

// Tags and owners are few: their names are read once. On a file, a customer's tags come from a
// cursor over customer_tag in customer order when rows are written in id order (a merge, no query
// per row), else from a query per row; on a team database, with the row (STagIds).
class RowWriter
{
public:
    RowWriter(const Database &db, const ExportOptions &options, bool ascendingIds)
        : m_delimiter(char(options.delimiter.unicode()))
        , m_columns(options.columns.isEmpty() ? canonicalColumns() : options.columns)
        , m_ascending(ascendingIds)
        , m_tagsInRow(db.dialect() == Dialect::PostgreSQL)
    {
        ExportQuery owners(db, "SELECT id, name FROM owner");
        while (owners.next())
            m_owners.insert(owners.int64(0), owners.bytes(1));
        m_wantsTags = m_columns.contains(CustomerColumn::Tags);
        // Tags in the order the record shows them: by name, case ignored as SQLite's NOCASE does.
        ExportQuery tags(db, QStringLiteral("SELECT id, name FROM tag ORDER BY %1")
                                 .arg(phrases::orderIgnoringCase(db.dialect(), QStringLiteral("name")))
                                 .toUtf8());
        while (tags.next())
            m_tags.insert(tags.int64(0), Tag{int(m_tags.size()), tags.bytes(1)});
        if (m_tagsInRow)
            return;
        m_links.emplace(db, ascendingIds ? "SELECT customer_id, tag_id FROM customer_tag ORDER BY customer_id"
                                         : "SELECT customer_id, tag_id FROM customer_tag WHERE customer_id = ?");
        if (m_ascending)
            m_linksAhead = m_links->next();
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

    // Appends the current row of a query running selectSql().
    void row(ExportQuery &q, QByteArray &out)
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
                if (!q.isNull(SOwnerId)) {
                    const QByteArray name = m_owners.value(q.int64(SOwnerId));
                    cell(name.constData(), name.size(), out);
                }
                break;
            case CustomerColumn::Tags:
                if (m_wantsTags)
                    tags(q, out);
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
    void text(ExportQuery &q, int column, QByteArray &out)
    {
        const std::string_view value = q.text(column);
        if (!value.empty())
            cell(value.data(), qsizetype(value.size()), out);
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

    void tags(ExportQuery &q, QByteArray &out)
    {
        m_rowTags.clear();
        const qint64 id = q.int64(SId);
        if (m_tagsInRow) {
            for (const QByteArray &tagId : q.bytes(STagIds).split(','))
                if (!tagId.isEmpty())
                    addTag(tagId.toLongLong());
        } else if (m_ascending) {
            while (m_linksAhead && m_links->int64(0) < id)
                m_linksAhead = m_links->next();
            for (; m_linksAhead && m_links->int64(0) == id; m_linksAhead = m_links->next())
                addTag(m_links->int64(1));
        } else {
            m_links->reset();
            m_links->bind(1, id);
            while (m_links->next())
                addTag(m_links->int64(1));
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
    std::optional<ExportQuery> m_links;
    bool m_ascending;
    bool m_tagsInRow;
    bool m_linksAhead = false;
    bool m_wantsTags = false;
    QHash<qint64, QByteArray> m_owners;
    QHash<qint64, Tag> m_tags;
    std::vector<const Tag *> m_rowTags;
    QByteArray m_scratch;
};

} // namespace

CustomerExporter::CustomerExporter(DatabasePtr db)
    : m_db(std::move(db))
{
}

namespace {

// The shared body of both exports: rows() calls its argument for each row's query.
template<typename Rows>
Result<qint64> writeExport(const Database &db, const QString &path, const ExportOptions &options, bool ascendingIds,
                           qint64 total, const CustomerExporter::Progress &progress, Rows rows)
{
    if (options.delimiter != QLatin1Char(',') && options.delimiter != QLatin1Char(';')
        && options.delimiter != QLatin1Char('\t'))
        return fail(Error::Code::Usage, CustomerExporter::tr("The delimiter must be a comma, a semicolon or a tab."));
    ExportFile output(path, options.bom);
    if (!output.ok())
        return fail(Error::Code::Io, CustomerExporter::tr("%1 cannot be written: %2").arg(path, output.errorString()));
    RowWriter writer(db, options, ascendingIds);
    writer.header(output.buffer());
    qint64 done = 0;
    std::optional<Error> failure;
    QString readError;
    const bool ok = rows(
        [&](ExportQuery &q) {
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
        },
        readError);
    if (failure)
        return std::unexpected(*failure);
    if (!ok)
        return fail(Error::Code::Database, CustomerExporter::tr("Reading customers: %1").arg(readError));
    if (!output.commit())
        return fail(Error::Code::Io, CustomerExporter::tr("%1 cannot be written: %2").arg(path, output.errorString()));
    if (progress)
        progress(done, total);
    return done;
}

// Reads a query to its end, handing each row to visit; false when the store failed (error says
// why); stopped is set when visit said stop.
template<typename Visit>
bool read(ExportQuery &q, Visit &visit, bool *stopped, QString &error)
{
    const auto done = readRows(q, [&visit](ExportQuery &row) { return bool(visit(row)); }, stopped);
    if (!done)
        error = done.error().message;
    return done.has_value();
}

// The ids of a selection as SQL, with their places: on a team database the rows of a selection
// are read a thousand at a time, in the given order, rather than with a round trip each.
QByteArray idList(const std::vector<qint64> &ids, std::size_t from, std::size_t count)
{
    QByteArray list;
    for (std::size_t i = from; i < std::min(ids.size(), from + count); ++i) {
        if (!list.isEmpty())
            list += ',';
        list += QByteArray::number(ids[i]);
    }
    return list;
}

} // namespace

Result<qint64> CustomerExporter::exportAll(const QString &path, const ExportOptions &options, const Progress &progress)
{
    const Database &db = *m_db;
    // One consistent snapshot however long the export takes.
    const ReadSnapshot snapshot(db);
    qint64 total = 0;
    {
        ExportQuery count(db, "SELECT count(*) FROM customer WHERE deleted_at IS NULL");
        if (count.next())
            total = count.int64(0);
    }
    return writeExport(db, path, options, true, total, progress, [&db](auto &&visit, QString &error) {
        bool stopped = false;
        ExportQuery q(db, selectSql(db.dialect()) + " WHERE c.deleted_at IS NULL ORDER BY c.id");
        return read(q, visit, &stopped, error);
    });
}

Result<qint64> CustomerExporter::exportIds(const QString &path, const std::vector<qint64> &ids,
                                           const ExportOptions &options, const Progress &progress)
{
    const Database &db = *m_db;
    const ReadSnapshot snapshot(db);
    return writeExport(db, path, options, false, qint64(ids.size()), progress, [&db, &ids](auto &&visit, QString &error) {
        bool stopped = false;
        if (db.dialect() == Dialect::PostgreSQL) {
            constexpr std::size_t batch = 1000;
            for (std::size_t from = 0; from < ids.size() && !stopped; from += batch) {
                ExportQuery q(db, selectSql(db.dialect()) + " JOIN unnest(ARRAY[" + idList(ids, from, batch)
                                      + "]::bigint[]) WITH ORDINALITY AS s(id, place) ON s.id = c.id ORDER BY s.place");
                if (!read(q, visit, &stopped, error))
                    return false;
            }
            return true;
        }
        ExportQuery q(db, selectSql(db.dialect()) + " WHERE c.id = ?");
        for (const qint64 id : ids) {
            q.reset();
            q.bind(1, id);
            if (!read(q, visit, &stopped, error))
                return false;
            if (stopped)
                break;
        }
        return true;
    });
}

} // namespace relatio::csv
