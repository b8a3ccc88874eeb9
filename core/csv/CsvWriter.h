// Writing CSV: RFC 4180 quoting (a field is quoted when it holds the delimiter, a quote or a line
// break; quotes inside are doubled), UTF-8, CRLF line ends as Excel writes them.
#pragma once

#include <QByteArray>
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

} // namespace relatio::csv
