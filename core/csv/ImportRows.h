// The reading half of an import: the reader thread turns CSV records into validated rows and hands
// them over in batches to the thread that matches and writes them.
#pragma once

#include "csv/CsvReader.h"
#include "csv/CustomerCsv.h"
#include "csv/CustomerImporter.h"
#include "csv/ReadBatches.h"
#include "customers/Validation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace relatio::csv {


constexpr quint32 bit(CustomerColumn column)
{
    return quint32(1) << int(column);
}

// One data row as the reader thread prepared it.
struct Row
{
    qint64 line = 0;
    QStringList fields;         // as read; empty when the record itself could not be read
    QString raw;                // the record's text when it could not be read
    RowProblem problem;         // set (message non-empty) when the row cannot be used as it is
    Customer customer;          // validated and normalised where the row's own values allow
    QList<FieldIssue> issues;   // what validation said of the row on its own
    quint32 present = 0;        // the mapped columns this row has a value in
    QString organisationRef;    // persons: the organisation's name
    QString organisationUuid;   // persons: the organisation's Relatio id
    QString ownerName;
    QString createdAt;          // stored form, or empty
    QString updatedAt;
};

// The column a validation issue belongs to.
CustomerColumn columnOfField(CustomerField field);

bool isUuid(const QString &text);

// The reader thread's half: CSV records to prepared rows.
class RowMaker
{
public:
    RowMaker(const QList<std::optional<CustomerColumn>> &mapping, QStringList headers)
        : m_mapping(mapping)
        , m_headers(std::move(headers))
    {
        for (qsizetype i = 0; i < m_mapping.size(); ++i)
            if (m_mapping[i])
                m_columnIndex.insert(int(*m_mapping[i]), int(i));
    }

    int fileColumnOf(CustomerColumn column) const
    {
        if (auto it = m_columnIndex.constFind(int(column)); it != m_columnIndex.constEnd())
            return *it + 1;
        if (column == CustomerColumn::GivenName || column == CustomerColumn::FamilyName)
            return fileColumnOf(CustomerColumn::FullName);
        return 0;
    }

    void make(Row &row) const; // fills in everything but line, fields and raw
    RowProblem problemOf(const Row &row, const QList<FieldIssue> &issues) const;

    const QStringList &headers() const { return m_headers; }

private:
    QList<std::optional<CustomerColumn>> m_mapping;
    QStringList m_headers;
    QHash<int, int> m_columnIndex;
};

// Batches of rows from the reader thread to the writer, with back pressure.
using RowQueue = RowBatches<Row>;

// The reader thread's loop: reads the records after the header, makes them rows and queues them in
// batches until the file ends or the queue is stopped, then finishes the queue.
void readRows(CsvReader &reader, const RowMaker &maker, RowQueue &queue, const QString &path, Encoding encoding,
              qint64 fileSize, std::atomic<qint64> &bytesRead);

} // namespace relatio::csv
