// The reader thread's half of a contact import (InteractionImporter.cpp): the file's records made
// into checked rows, and handed over in batches, with back pressure, to the thread that writes.
#pragma once

#include "csv/CsvReader.h"
#include "csv/ImportRows.h"
#include "csv/InteractionCsv.h"
#include "csv/ReadBatches.h"
#include "csv/TextDecoder.h"
#include "interactions/InteractionRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace relatio::csv::contactimport {

using Column = InteractionColumn;

constexpr quint32 bit(Column column)
{
    return quint32(1) << int(column);
}

constexpr quint32 kCustomerColumns = bit(Column::CustomerUuid) | bit(Column::CustomerExternalId)
    | bit(Column::CustomerEmail);

// One data row as the reader thread prepared it.
struct ContactRow
{
    qint64 line = 0;
    QStringList fields;  // as read; empty when the record itself could not be read
    QString raw;         // the record's text when it could not be read
    RowProblem problem;  // set (message non-empty) when the row cannot be used

    QString uuid;
    QString customerUuid;
    QString externalId;
    QString email;
    QString occurredAt;  // stored form (UTC ISO 8601), or empty
    qint64 channelId = 0;
    Direction direction = Direction::In;
    InteractionKind kind = InteractionKind::Other;
    QString subject;
    QString notes;
    QString handledBy;
    std::optional<int> csat;
    std::optional<int> nps;
    QString takenBy;
    QString takenAt;
    QString resolvedAt;
};

// Batches of rows from the reader thread to the writer, with back pressure.
using BatchQueue = RowBatches<ContactRow>;

// The reader thread's half: records to checked rows.
class ContactRowMaker
{
public:
    ContactRowMaker(const QList<std::optional<Column>> &mapping, const ChannelNames &channels)
        : m_mapping(mapping)
        , m_channels(channels)
    {
        for (qsizetype i = 0; i < m_mapping.size(); ++i)
            if (m_mapping[i])
                m_fileColumn[int(*m_mapping[i])] = int(i) + 1;
    }

    // 1-based; 0 when the file does not have the column.
    int fileColumnOf(Column column) const { return m_fileColumn[int(column)]; }

    void make(ContactRow &row) const;

    int firstCustomerColumn() const
    {
        for (const Column c : {Column::CustomerExternalId, Column::CustomerEmail, Column::CustomerUuid})
            if (fileColumnOf(c) > 0)
                return fileColumnOf(c);
        return 0;
    }

private:
    QList<std::optional<Column>> m_mapping;
    const ChannelNames &m_channels;
    int m_fileColumn[int(Column::ResolvedAt) + 1] = {};
};

// The reader thread's loop: the records after the header become rows, queued in batches until the
// file ends or the queue is stopped. A record the reader cannot split is a row with its text, so
// the rejects file keeps it.
void readContactRows(CsvReader &reader, const ContactRowMaker &maker, BatchQueue &queue, const QString &path,
                     Encoding encoding, qint64 fileSize, std::atomic<qint64> &bytesRead);

} // namespace relatio::csv::contactimport
