// The reader thread's half of a contact import: records to checked rows, in batches.
#include "csv/ContactRows.h"

#include "csv/CustomerCsv.h"
#include "csv/InteractionImporter.h"
#include "util/Stamps.h"

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
    readBatches(reader, maker, queue, path, encoding, fileSize, bytesRead);
}

} // namespace relatio::csv::contactimport
