// Writing CSV: RFC 4180 quoting (a field is quoted when it holds the delimiter, a quote or a line
// break; quotes inside are doubled), UTF-8, CRLF line ends as Excel writes them.
#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QStringList>
#include <QStringView>

namespace relatio::csv {

// Appends one field, UTF-8 encoded, without a delimiter before it.
void appendField(QByteArray &out, QStringView text, char delimiter);
// The same for text that is UTF-8 already (as SQLite hands it out).
void appendUtf8Field(QByteArray &out, const char *text, qsizetype size, char delimiter);
// Appends fields separated by the delimiter, and CRLF.
void appendRecord(QByteArray &out, const QStringList &fields, char delimiter);

inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// The file an export writes: rows gather in a buffer written a megabyte at a time, to a file
// beside the target that takes its place only at commit(), so that on any error or cancel the
// target is left as it was.
class ExportFile
{
public:
    ExportFile(const QString &path, bool bom)
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
    // Writes the buffer out once it holds a megabyte; false when the file could not take it.
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

} // namespace relatio::csv
