// Contact export: rows straight from SQLite's UTF-8 into the file; team member and channel names
// are read once.
#include "csv/InteractionExporter.h"

#include "csv/CsvWriter.h"
#include "csv/CustomerCsv.h"
#include "csv/InteractionCsv.h"
#include "interactions/InteractionRepository.h"
#include "store/Statement.h"
#include "util/Stamps.h"

#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <sqlite3.h>

namespace relatio::csv {

namespace {

// The columns of kSelect, in order.
enum Selected {
    SUuid, SCustomerUuid, SExternalId, SEmail, SOccurredAt, SChannelId, SDirection, SKind, SSubject, SNotes,
    SHandledBy, SCsat, SNps, STakenBy, STakenAt, SResolvedAt,
};

constexpr char kSelect[] =
    "SELECT i.uuid, c.uuid, c.external_id, c.email, i.occurred_at, i.channel_id, i.direction, i.kind, i.subject,"
    " i.notes, i.handled_by, i.csat, i.nps, i.taken_by, i.taken_at, i.resolved_at"
    " FROM interaction i JOIN customer c ON c.id = i.customer_id WHERE i.deleted_at IS NULL";

// CustomerCsv::needsNeutralising() on UTF-8 (the characters involved are all ASCII).
bool needsNeutralising(const char *text, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && text[i] == '\'')
        ++i;
    return i < size && CustomerCsv::isFormulaStart(char16_t(text[i]));
}

// Writes to a file beside the target and renames it into place when all went well.
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
    bool commit() { return flush() && m_file.commit(); }

private:
    bool flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            return false;
        m_buffer.resize(0);
        return true;
    }

    static constexpr qsizetype kChunk = 1 << 20;
    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

class RowWriter
{
public:
    RowWriter(sqlite3 *db, const QList<Channel> &channels, char delimiter)
        : m_delimiter(delimiter)
    {
        Statement team(db, "SELECT id, name FROM owner");
        while (team.step())
            m_team.insert(team.int64(0), team.text(1).toUtf8());
        const ChannelNames names(channels);
        for (const Channel &c : channels)
            m_channels.insert(c.id, names.exportName(c.id).toUtf8());
    }

    void header(QByteArray &out) const
    {
        const QList<InteractionColumn> &columns = interactionColumns();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out.append(m_delimiter);
            out.append(headerName(columns[i]).toLatin1());
        }
        out.append("\r\n", 2);
    }

    // Appends the current row of a statement running kSelect, in the canonical column order.
    void row(sqlite3_stmt *q, QByteArray &out)
    {
        text(q, SUuid, out);
        out.append(m_delimiter);
        text(q, SCustomerUuid, out);
        out.append(m_delimiter);
        text(q, SExternalId, out);
        out.append(m_delimiter);
        text(q, SEmail, out);
        out.append(m_delimiter);
        text(q, SOccurredAt, out);
        out.append(m_delimiter);
        named(m_channels, q, SChannelId, out);
        out.append(m_delimiter);
        text(q, SDirection, out);
        out.append(m_delimiter);
        text(q, SKind, out);
        out.append(m_delimiter);
        text(q, SSubject, out);
        out.append(m_delimiter);
        text(q, SNotes, out);
        out.append(m_delimiter);
        named(m_team, q, SHandledBy, out);
        out.append(m_delimiter);
        number(q, SCsat, out);
        out.append(m_delimiter);
        number(q, SNps, out);
        out.append(m_delimiter);
        named(m_team, q, STakenBy, out);
        out.append(m_delimiter);
        text(q, STakenAt, out);
        out.append(m_delimiter);
        text(q, SResolvedAt, out);
        out.append("\r\n", 2);
    }

private:
    void text(sqlite3_stmt *q, int column, QByteArray &out)
    {
        const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(q, column));
        if (value)
            cell(value, sqlite3_column_bytes(q, column), out);
    }

    void number(sqlite3_stmt *q, int column, QByteArray &out)
    {
        if (sqlite3_column_type(q, column) != SQLITE_NULL)
            out.append(QByteArray::number(sqlite3_column_int64(q, column)));
    }

    void named(const QHash<qint64, QByteArray> &names, sqlite3_stmt *q, int column, QByteArray &out)
    {
        if (sqlite3_column_type(q, column) == SQLITE_NULL)
            return;
        const QByteArray name = names.value(sqlite3_column_int64(q, column));
        cell(name.constData(), name.size(), out);
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

    char m_delimiter;
    QHash<qint64, QByteArray> m_team;
    QHash<qint64, QByteArray> m_channels;
    QByteArray m_scratch;
};

// A statement over the contacts the options select; binds the time bounds and leaves the customer
// (parameter 3) to the caller.
class Selection
{
public:
    Selection(sqlite3 *db, const InteractionExportOptions &options, bool perCustomer, bool count)
    {
        QByteArray sql = count ? QByteArray("SELECT count(*) FROM interaction i WHERE i.deleted_at IS NULL")
                               : QByteArray(kSelect);
        if (options.from.isValid())
            sql += " AND i.occurred_at >= ?1";
        if (options.to.isValid())
            sql += " AND i.occurred_at < ?2";
        if (perCustomer)
            sql += " AND i.customer_id = ?3";
        if (!count)
            sql += " ORDER BY i.occurred_at, i.id";
        m_ok = sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt, nullptr) == SQLITE_OK;
        if (!m_ok)
            return;
        if (options.from.isValid())
            m_from = toStoredTime(options.from).toUtf8();
        if (options.to.isValid())
            m_to = toStoredTime(options.to).toUtf8();
        bindBounds();
    }
    ~Selection() { sqlite3_finalize(m_stmt); }
    Selection(const Selection &) = delete;
    Selection &operator=(const Selection &) = delete;

    bool ok() const { return m_ok; }
    sqlite3_stmt *statement() const { return m_stmt; }
    void forCustomer(qint64 id)
    {
        sqlite3_reset(m_stmt);
        sqlite3_bind_int64(m_stmt, 3, id);
    }

private:
    void bindBounds()
    {
        if (!m_from.isEmpty())
            sqlite3_bind_text(m_stmt, 1, m_from.constData(), int(m_from.size()), SQLITE_STATIC);
        if (!m_to.isEmpty())
            sqlite3_bind_text(m_stmt, 2, m_to.constData(), int(m_to.size()), SQLITE_STATIC);
    }

    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
    QByteArray m_from;
    QByteArray m_to;
};

} // namespace

InteractionExporter::InteractionExporter(DatabasePtr db)
    : m_db(std::move(db))
{
}

Result<qint64> InteractionExporter::exportTo(const QString &path, const InteractionExportOptions &options,
                                             const Progress &progress)
{
    if (options.delimiter != QLatin1Char(',') && options.delimiter != QLatin1Char(';')
        && options.delimiter != QLatin1Char('\t'))
        return fail(Error::Code::Usage, tr("The delimiter must be a comma, a semicolon or a tab."));
    const auto channels = InteractionRepository(m_db).channels(false);
    if (!channels)
        return std::unexpected(channels.error());
    sqlite3 *db = m_db->handle();
    const bool perCustomer = !options.customerIds.empty();
    auto dbFailed = [db] {
        return fail(Error::Code::Database, tr("Reading the contacts: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };

    // A read transaction: one consistent snapshot however long the export takes.
    execRaw(db, "BEGIN");
    struct EndRead
    {
        sqlite3 *db;
        ~EndRead() { execRaw(db, "COMMIT"); }
    } endRead{db};

    qint64 total = 0;
    {
        Selection count(db, options, perCustomer, true);
        if (!count.ok())
            return dbFailed();
        const std::vector<qint64> all{0};
        for (const qint64 id : perCustomer ? options.customerIds : all) {
            if (perCustomer)
                count.forCustomer(id);
            if (sqlite3_step(count.statement()) == SQLITE_ROW)
                total += sqlite3_column_int64(count.statement(), 0);
            sqlite3_reset(count.statement());
        }
    }

    Output output(path, options.bom);
    if (!output.ok())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, output.errorString()));
    RowWriter writer(db, *channels, char(options.delimiter.unicode()));
    writer.header(output.buffer());
    Selection rows(db, options, perCustomer, false);
    if (!rows.ok())
        return dbFailed();
    qint64 done = 0;
    const std::vector<qint64> all{0};
    for (const qint64 id : perCustomer ? options.customerIds : all) {
        if (perCustomer)
            rows.forCustomer(id);
        int rc;
        while ((rc = sqlite3_step(rows.statement())) == SQLITE_ROW) {
            writer.row(rows.statement(), output.buffer());
            ++done;
            if (!output.flushIfFull())
                return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, output.errorString()));
            if (progress && done % 10000 == 0 && !progress(done, total))
                return fail(Error::Code::Cancelled,
                            tr("The export was cancelled; %1 was not written.").arg(QFileInfo(path).fileName()));
        }
        if (rc != SQLITE_DONE)
            return dbFailed();
    }
    if (!output.commit())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, output.errorString()));
    if (progress)
        progress(done, total);
    return done;
}

Result<qint64> InteractionExporter::findCustomer(const QString &text) const
{
    const QString key = text.trimmed();
    sqlite3 *db = m_db->handle();
    auto lookUp = [db, &key](const char *sql, bool *ambiguous) -> qint64 {
        Statement q(db, sql);
        q.bind(1, key);
        if (!q.step())
            return 0;
        const qint64 id = q.int64(0);
        *ambiguous = q.step();
        return *ambiguous ? 0 : id;
    };
    bool ambiguousExternal = false;
    bool ambiguousEmail = false;
    bool unused = false;
    if (const qint64 id = lookUp("SELECT id FROM customer WHERE external_id = ? AND external_id <> ''"
                                 " AND deleted_at IS NULL LIMIT 2",
                                 &ambiguousExternal))
        return id;
    if (const qint64 id = lookUp("SELECT id FROM customer WHERE email = ? COLLATE NOCASE AND deleted_at IS NULL"
                                 " LIMIT 2",
                                 &ambiguousEmail))
        return id;
    if (const qint64 id = lookUp("SELECT id FROM customer WHERE uuid = lower(?) AND deleted_at IS NULL", &unused))
        return id;
    if (ambiguousExternal)
        return fail(Error::Code::Invalid,
                    tr("Two or more customers have the external id “%1”; give the customer's Relatio id instead.")
                        .arg(key));
    if (ambiguousEmail)
        return fail(Error::Code::Invalid,
                    tr("Two or more customers have the e-mail address “%1”; give the customer's Relatio id instead.")
                        .arg(key));
    return fail(Error::Code::NotFound,
                tr("No customer has the external id, e-mail address or Relatio id “%1”.").arg(key));
}

Result<QDateTime> InteractionExporter::parseBound(const QString &text, bool endOfDay)
{
    const auto parsed = CustomerCsv::parseTime(text);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (!parsed->isValid())
        return fail(Error::Code::Invalid, tr("Give a date, such as 2024-03-01."));
    const QString trimmed = text.trimmed();
    const bool dateOnly = !trimmed.contains(QLatin1Char(':'));
    if (!dateOnly || !endOfDay)
        return *parsed;
    const QDate day = parsed->toLocalTime().date();
    return QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace relatio::csv
