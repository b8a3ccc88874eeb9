// The reader thread's half of a contact import: records to checked rows, in batches.
#include "csv/ContactRows.h"

#include "csv/CustomerCsv.h"
#include "csv/InteractionImporter.h"
#include "util/Stamps.h"

#include <QFile>

namespace relatio::csv::contactimport {

namespace {

// A score cell: a whole number (a spreadsheet's "4.0" or "4,0" too) in [low, high].
std::optional<int> parseScore(const QString &text, int low, int high)
{
    QString t = text.trimmed();
    for (const QLatin1StringView zero : {QLatin1StringView(".0"), QLatin1StringView(",0")})
        if (t.endsWith(zero))
            t.chop(2);
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

// The text of bytes [from, to) of a file, for a record the reader could not read.
QString rawText(const QString &path, Encoding encoding, qint64 from, qint64 to)
{
    QFile file(path);
    if (from < 0 || to <= from || !file.open(QIODevice::ReadOnly) || !file.seek(from))
        return {};
    const QByteArray bytes = file.read(std::min<qint64>(to - from, 1 << 20));
    TextDecoder decoder(encoding);
    std::vector<char16_t> text(std::size_t(TextDecoder::maxUnits(bytes.size())));
    const auto outcome = decoder.decode(bytes.constData(), bytes.size(), text.data(), true);
    QString s = QString::fromUtf16(text.data(), outcome.written);
    while (s.endsWith(QLatin1Char('\n')) || s.endsWith(QLatin1Char('\r')))
        s.chop(1);
    return s;
}

} // namespace

void ContactRowMaker::make(ContactRow &row) const
{
    auto problem = [&row, this](Column column, const QString &message) {
        if (row.problem.message.isEmpty())
            row.problem = RowProblem{row.line, fileColumnOf(column), fileColumnOf(column),
                                     InteractionCsv::label(column) + QStringLiteral(": ") + message};
    };
    auto time = [&problem](Column column, const QString &value, QString &into) {
        const auto parsed = CustomerCsv::parseTime(value);
        if (!parsed)
            problem(column, parsed.error().message);
        else
            into = toStoredTime(*parsed);
    };
    const qsizetype n = std::min(row.fields.size(), m_mapping.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!m_mapping[i])
            continue;
        const Column column = *m_mapping[i];
        const QString value = CustomerCsv::unneutralise(row.fields[i]);
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty())
            continue;
        switch (column) {
        case Column::Uuid:
            row.uuid = trimmed.toLower();
            if (!isUuid(row.uuid))
                problem(column, InteractionImporter::tr("“%1” is not a Relatio id; leave it empty for a new contact.")
                                    .arg(trimmed));
            break;
        case Column::CustomerUuid:
            row.customerUuid = trimmed.toLower();
            if (!isUuid(row.customerUuid))
                problem(column, InteractionImporter::tr("“%1” is not a Relatio id.").arg(trimmed));
            break;
        case Column::CustomerExternalId: row.externalId = trimmed; break;
        case Column::CustomerEmail: row.email = trimmed; break;
        case Column::OccurredAt: time(column, trimmed, row.occurredAt); break;
        case Column::Channel:
            row.channelId = m_channels.find(trimmed);
            if (row.channelId == 0)
                problem(column, InteractionImporter::tr("“%1” is not a channel. The channels are: %2.")
                                    .arg(trimmed, m_channels.knownList()));
            break;
        case Column::Direction:
            if (const auto d = InteractionCsv::parseDirection(trimmed))
                row.direction = *d;
            else
                problem(column, InteractionImporter::tr("“%1” is neither in nor out.").arg(trimmed));
            break;
        case Column::Kind:
            if (const auto k = InteractionCsv::parseKind(trimmed))
                row.kind = *k;
            else
                problem(column, InteractionImporter::tr("“%1” is not a kind of contact; write question, "
                                                        "complaint, order, feedback, self_service or other.")
                                    .arg(trimmed));
            break;
        case Column::Subject: row.subject = trimmed; break;
        case Column::Notes: row.notes = value; break;
        case Column::HandledBy: row.handledBy = value.simplified(); break;
        case Column::TakenBy: row.takenBy = value.simplified(); break;
        case Column::Csat:
            row.csat = parseScore(trimmed, 1, 5);
            if (!row.csat)
                problem(column, InteractionImporter::tr("“%1” is not a satisfaction score; write a whole number "
                                                        "from 1 to 5, or leave it empty.")
                                    .arg(trimmed));
            break;
        case Column::Nps:
            row.nps = parseScore(trimmed, 0, 10);
            if (!row.nps)
                problem(column, InteractionImporter::tr("“%1” is not a recommendation score; write a whole "
                                                        "number from 0 to 10, or leave it empty.")
                                    .arg(trimmed));
            break;
        case Column::TakenAt: time(column, trimmed, row.takenAt); break;
        case Column::ResolvedAt: time(column, trimmed, row.resolvedAt); break;
        }
    }
    if (row.occurredAt.isEmpty())
        problem(Column::OccurredAt, InteractionImporter::tr("empty; every contact needs its date and time."));
    if (row.channelId == 0)
        problem(Column::Channel,
                InteractionImporter::tr("empty; the channels are: %1.").arg(m_channels.knownList()));
    if (row.externalId.isEmpty() && row.email.isEmpty() && row.customerUuid.isEmpty() && row.problem.message.isEmpty()) {
        const int at = firstCustomerColumn();
        row.problem = RowProblem{row.line, at, at,
                                 InteractionImporter::tr("The row names no customer: give the customer's "
                                                         "external id, e-mail address or Relatio id.")};
    }
}

// The reader thread's loop: the records after the header become rows, queued in batches until the
// file ends or the queue is stopped. A record the reader cannot split is a row with its text, so
// the rejects file keeps it.
void readContactRows(CsvReader &reader, const ContactRowMaker &maker, BatchQueue &queue, const QString &path,
                     Encoding encoding, qint64 fileSize, std::atomic<qint64> &bytesRead)
{
    std::vector<ContactRow> batch;
    batch.reserve(kBatchRows);
    qint64 badOffset = -1; // start of a record that could not be read, until the next one starts
    qint64 badLine = 0;
    int badColumn = 0;
    QString badMessage;
    auto flushBad = [&](qint64 endOffset) {
        if (badOffset < 0)
            return;
        ContactRow row;
        row.line = badLine;
        row.raw = rawText(path, encoding, badOffset, endOffset);
        row.problem = RowProblem{badLine, badColumn, 0, badMessage};
        batch.push_back(std::move(row));
        badOffset = -1;
    };
    std::optional<Error> fatal;
    while (!queue.stopped()) {
        auto next = reader.next();
        if (!next) {
            flushBad(fileSize);
            break;
        }
        if (!*next) {
            if (reader.atEnd()) {
                fatal = next->error();
                break;
            }
            flushBad(reader.lastProblemByteOffset());
            badOffset = reader.lastProblemByteOffset();
            badLine = next->error().line;
            badColumn = next->error().column;
            badMessage = next->error().message;
            continue;
        }
        Record &record = **next;
        flushBad(record.byteOffset);
        ContactRow row;
        row.line = record.line;
        row.fields = std::move(record.fields);
        maker.make(row);
        batch.push_back(std::move(row));
        if (batch.size() >= std::size_t(kBatchRows)) {
            bytesRead.store(reader.bytesRead(), std::memory_order_relaxed);
            queue.push(std::move(batch));
            batch = {};
            batch.reserve(kBatchRows);
        }
    }
    if (!batch.empty())
        queue.push(std::move(batch));
    bytesRead.store(reader.bytesRead(), std::memory_order_relaxed);
    queue.finish(std::move(fatal));
}

} // namespace relatio::csv::contactimport
