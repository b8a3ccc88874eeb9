// CSV output.
#include "csv/CsvWriter.h"

namespace relatio::csv {

namespace {

bool needsQuotes(const char *text, qsizetype size, char delimiter)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == delimiter || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

} // namespace

void appendUtf8Field(QByteArray &out, const char *text, qsizetype size, char delimiter)
{
    if (!needsQuotes(text, size, delimiter)) {
        out.append(text, size);
        return;
    }
    out.append('"');
    qsizetype from = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == '"') {
            out.append(text + from, i - from + 1);
            out.append('"');
            from = i + 1;
        }
    }
    out.append(text + from, size - from);
    out.append('"');
}

void appendField(QByteArray &out, QStringView text, char delimiter)
{
    const QByteArray utf8 = text.toUtf8();
    appendUtf8Field(out, utf8.constData(), utf8.size(), delimiter);
}

void appendRecord(QByteArray &out, const QStringList &fields, char delimiter)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        appendField(out, fields[i], delimiter);
    }
    out.append("\r\n", 2);
}

} // namespace relatio::csv
