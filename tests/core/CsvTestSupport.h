// Helpers shared by the CSV reader tests: parse bytes or files and show what came out.
#pragma once

#include "TestSupport.h"

#include "csv/CsvReader.h"

#include <QBuffer>
#include <QFile>

namespace relatio::csv::test {

const QString kFile = QStringLiteral("test.csv");

inline QString show(const QStringList &fields)
{
    QStringList shown;
    for (QString f : fields)
        shown.append(f.replace(u'\r', QStringLiteral("\\r")).replace(u'\n', QStringLiteral("\\n")));
    return shown.join(u'|');
}

// Everything a reader produced: records shown as "a|b", errors as "!line:column".
struct Parsed
{
    QList<Record> records;
    QStringList items;
    QList<Error> errors;
    QList<Problem> problems;
    QString encoding;
    QChar delimiter;

    QString text() const { return items.join(QStringLiteral(" / ")); }
};

inline Parsed readAll(CsvReader &reader)
{
    Parsed p;
    int guard = 0;
    while (auto next = reader.next()) {
        REQUIRE(++guard < 1000000);
        if (*next) {
            p.records.append(**next);
            p.items.append(show((*next)->fields));
        } else {
            p.errors.append(next->error());
            p.problems.append(reader.lastProblem());
            p.items.append(QStringLiteral("!%1:%2").arg(next->error().line).arg(next->error().column));
        }
    }
    CHECK(reader.atEnd());
    p.encoding = reader.encodingName();
    p.delimiter = reader.delimiter();
    return p;
}

inline Parsed parse(const QByteArray &data, const Options &options = {})
{
    QBuffer buffer;
    buffer.setData(data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, kFile, options);
    return readAll(reader);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace relatio::csv::test
