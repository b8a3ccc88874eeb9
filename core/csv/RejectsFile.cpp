// The rejects file of an import.
#include "csv/RejectsFile.h"

#include "csv/CsvWriter.h"

namespace relatio::csv {

RejectsFile::RejectsFile(QString path, QStringList headers, QChar delimiter, qsizetype reasonColumn)
    : m_path(std::move(path))
    , m_headers(std::move(headers))
    , m_delimiter(char(delimiter.unicode()))
    , m_reasonColumn(reasonColumn >= 0 && reasonColumn < m_headers.size() ? reasonColumn : -1)
{
}

RejectsFile::~RejectsFile() = default;

Result<void> RejectsFile::add(const QStringList &fields, const QString &raw, qint64 line, const QString &reason)
{
    QByteArray out;
    if (!m_file) {
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly))
            return fail(Error::Code::Io,
                        tr("The rejects file %1 cannot be written: %2").arg(m_path, m_file->errorString()));
        out.append(kUtf8Bom);
        QStringList header = m_headers;
        if (m_reasonColumn < 0)
            header.append(QStringLiteral("reason"));
        appendRecord(out, header, m_delimiter);
    }
    QStringList row = fields;
    if (row.isEmpty())
        row.append(raw);
    while (row.size() < m_headers.size())
        row.append(QString());
    const QString text = tr("line %1: %2").arg(line).arg(reason);
    if (m_reasonColumn >= 0 && !fields.isEmpty())
        row[m_reasonColumn] = text;
    else
        row.append(text);
    appendRecord(out, row, m_delimiter);
    if (m_file->write(out) != out.size())
        return fail(Error::Code::Io, tr("The rejects file %1 cannot be written: %2").arg(m_path, m_file->errorString()));
    return {};
}

bool RejectsFile::commit()
{
    return !m_file || m_file->commit();
}

QString RejectsFile::errorString() const
{
    return m_file ? m_file->errorString() : QString();
}

} // namespace relatio::csv
