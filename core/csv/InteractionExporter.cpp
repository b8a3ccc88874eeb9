// Contact export: on a file, rows straight from SQLite's UTF-8 into the file; on a team database
// the same rows from PostgreSQL. Team member and channel names are read once.
#include "csv/InteractionExporter.h"

#include "csv/CsvWriter.h"
#include "csv/CustomerCsv.h"
#include "csv/ExportQuery.h"
#include "csv/InteractionCsv.h"
#include "interactions/InteractionRepository.h"
#include "store/Dialect.h"
#include "store/Transaction.h"
#include "util/Stamps.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

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
    " FROM interaction i JOIN customer c ON c.id = i.customer_id";

// CustomerCsv::needsNeutralising() on UTF-8 (the characters involved are all ASCII).
bool needsNeutralising(const char *text, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && text[i] == '\'')
        ++i;
    return i < size && CustomerCsv::isFormulaStart(char16_t(text[i]));
}

class RowWriter
{
public:
    RowWriter(const Database &db, const QList<Channel> &channels, char delimiter)
        : m_delimiter(delimiter)
    {
        ExportQuery team(db, "SELECT id, name FROM owner");
        while (team.next())
            m_team.insert(team.int64(0), team.bytes(1));
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

    // Appends the current row of a query running kSelect, in the canonical column order.
    void row(ExportQuery &q, QByteArray &out)
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
    void text(ExportQuery &q, int column, QByteArray &out)
    {
        const std::string_view value = q.text(column);
        if (!value.empty())
            cell(value.data(), qsizetype(value.size()), out);
    }

    void number(ExportQuery &q, int column, QByteArray &out)
    {
        if (!q.isNull(column))
            out.append(QByteArray::number(q.int64(column)));
    }

    void named(const QHash<qint64, QByteArray> &names, ExportQuery &q, int column, QByteArray &out)
    {
        if (q.isNull(column))
            return;
        const QByteArray name = names.value(q.int64(column));
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

// The contacts the options select.
RangeSelection selection(const InteractionExportOptions &options)
{
    RangeSelection s;
    s.select = kSelect;
    s.table = "interaction i";
    s.alias = "i";
    s.time = "i.occurred_at";
    if (options.from.isValid())
        s.from = toStoredTime(options.from);
    if (options.to.isValid())
        s.to = toStoredTime(options.to);
    s.customers = &options.customerIds;
    return s;
}

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
    const Database &db = *m_db;
    const RangeSelection chosen = selection(options);
    // One consistent snapshot however long the export takes.
    const ReadSnapshot snapshot(db);
    const auto total = countSelected(db, chosen);
    if (!total)
        return fail(Error::Code::Database, tr("Reading the contacts: %1").arg(total.error().message));

    ExportFile output(path, options.bom);
    if (!output.ok())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, output.errorString()));
    RowWriter writer(db, *channels, char(options.delimiter.unicode()));
    writer.header(output.buffer());
    qint64 done = 0;
    std::optional<Error> failure;
    bool stopped = false;
    const auto read = readSelected(
        db, chosen,
        [&](ExportQuery &q) {
            writer.row(q, output.buffer());
            ++done;
            if (!output.flushIfFull())
                failure = Error{Error::Code::Io, tr("%1 cannot be written: %2").arg(path, output.errorString()), {}, 0, 0};
            else if (progress && done % 10000 == 0 && !progress(done, *total))
                failure = Error{Error::Code::Cancelled,
                                tr("The export was cancelled; %1 was not written.").arg(QFileInfo(path).fileName()), {}, 0, 0};
            return !failure;
        },
        &stopped);
    if (failure)
        return std::unexpected(*failure);
    if (!read)
        return fail(Error::Code::Database, tr("Reading the contacts: %1").arg(read.error().message));
    if (!output.commit())
        return fail(Error::Code::Io, tr("%1 cannot be written: %2").arg(path, output.errorString()));
    if (progress)
        progress(done, *total);
    return done;
}

Result<qint64> InteractionExporter::findCustomer(const QString &text) const
{
    const QString key = text.trimmed();
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    auto lookUp = [&q, &key](const QString &sql, bool *ambiguous) -> qint64 {
        q.prepare(sql);
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            return 0;
        const qint64 id = q.value(0).toLongLong();
        *ambiguous = q.next();
        return *ambiguous ? 0 : id;
    };
    bool ambiguousExternal = false;
    bool ambiguousEmail = false;
    bool unused = false;
    if (const qint64 id = lookUp(QStringLiteral("SELECT id FROM customer WHERE external_id = ? AND external_id <> ''"
                                                " AND deleted_at IS NULL LIMIT 2"),
                                 &ambiguousExternal))
        return id;
    if (const qint64 id = lookUp(QStringLiteral("SELECT id FROM customer WHERE %1 AND deleted_at IS NULL LIMIT 2")
                                     .arg(phrases::equalsIgnoringCase(m_db->dialect(), QStringLiteral("email"))),
                                 &ambiguousEmail))
        return id;
    if (const qint64 id = lookUp(QStringLiteral("SELECT id FROM customer WHERE uuid = lower(?) AND deleted_at IS NULL"),
                                 &unused))
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
