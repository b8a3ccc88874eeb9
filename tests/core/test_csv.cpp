// The CSV reader: line ends, encodings, delimiters, chunk boundaries, errors with their
// positions, recovery, and constant memory. Conformance with csv-spectrum: test_csv_spectrum.cpp.
#include "CsvTestSupport.h"

#include <QBuffer>

using namespace relatio;
using namespace relatio::csv;
using namespace relatio::csv::test;

namespace {

// A sequential device that hands out one byte per read, like a slow pipe.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    int reads = 0;

protected:
    qint64 readData(char *into, qint64 max) override
    {
        if (m_pos >= m_data.size() || max <= 0)
            return 0;
        ++reads;
        into[0] = m_data[m_pos++];
        return 1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

// A sequential device that writes a large CSV as it is read: nothing of it exists in memory
// beyond the row being handed out.
class GeneratedCsv : public QIODevice
{
public:
    explicit GeneratedCsv(int rows)
        : m_rows(rows)
    {
        m_current = QByteArrayLiteral("id,name,email,note\r\n");
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 produced = 0;

    static QByteArray row(int i)
    {
        const QByteArray n = QByteArray::number(i);
        return n + ",Name " + n + ",name." + n + "@example.com,\"Caf\xC3\xA9, \"\"" + n + "\"\"\nsecond line\"\r\n";
    }

protected:
    qint64 readData(char *into, qint64 max) override
    {
        qint64 written = 0;
        while (written < max) {
            if (m_offset == m_current.size()) {
                if (m_next > m_rows)
                    break;
                m_current = row(m_next++);
                m_offset = 0;
            }
            const qint64 n = std::min<qint64>(max - written, m_current.size() - m_offset);
            std::memcpy(into + written, m_current.constData() + m_offset, size_t(n));
            m_offset += n;
            written += n;
        }
        produced += written;
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    int m_rows;
    int m_next = 1;
    QByteArray m_current;
    qsizetype m_offset = 0;
};

QByteArray utf16(const QString &text, bool littleEndian, bool bom = true)
{
    QByteArray out;
    auto put = [&](char16_t u) {
        const char lo = char(u & 0xFF), hi = char(u >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    };
    if (bom)
        put(0xFEFF);
    for (QChar c : text)
        put(c.unicode());
    return out;
}

} // namespace

// ---- RFC 4180 ----

TEST_CASE("Records end at LF, CRLF or CR, mixed, with or without a final line end", "[csv]")
{
    struct Case
    {
        QByteArray data;
        QList<qint64> offsets;
    };
    const QList<Case> cases = {
        {"a,b\n1,2\n3,4\n", {0, 4, 8}},
        {"a,b\n1,2\n3,4", {0, 4, 8}},
        {"a,b\r\n1,2\r\n3,4\r\n", {0, 5, 10}},
        {"a,b\r\n1,2\r\n3,4", {0, 5, 10}},
        {"a,b\r1,2\r3,4\r", {0, 4, 8}},
        {"a,b\r1,2\r3,4", {0, 4, 8}},
        {"a,b\r\n1,2\n3,4\r", {0, 5, 9}},
        {"a,b\n1,2\r3,4\r\n", {0, 4, 8}},
    };
    for (const Case &c : cases) {
        INFO(c.data.toStdString());
        const Parsed p = parse(c.data);
        CHECK(p.text() == QStringLiteral("a|b / 1|2 / 3|4"));
        REQUIRE(p.records.size() == 3);
        for (int i = 0; i < 3; ++i) {
            CHECK(p.records[i].line == i + 1);
            CHECK(p.records[i].lineCount == 1);
            CHECK(p.records[i].byteOffset == c.offsets[i]);
        }
    }
}

TEST_CASE("Empty lines are not records, at the end or in between", "[csv]")
{
    CHECK(parse("a,b\n1,2\n\n").text() == QStringLiteral("a|b / 1|2"));
    CHECK(parse("a,b\r\n1,2\r\n\r\n\r\n").text() == QStringLiteral("a|b / 1|2"));
    CHECK(parse("a,b\r1,2\r\r").text() == QStringLiteral("a|b / 1|2"));
    const Parsed p = parse("\na,b\n\n1,2\r\n\r\n3,4");
    CHECK(p.text() == QStringLiteral("a|b / 1|2 / 3|4"));
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[0].line == 2);
    CHECK(p.records[1].line == 4);
    CHECK(p.records[2].line == 6);
    CHECK(p.records[2].byteOffset == 13);
    // A line with only spaces, or only a quoted empty value, is a record.
    CHECK(parse("a\n \n\"\"\n").text() == QStringLiteral("a /   / "));
}

TEST_CASE("Quoted fields hold delimiters, doubled quotes and line breaks", "[csv]")
{
    const Parsed p = parse("name,note\n"
                           "\"Doe, John\",\"He said \"\"hi\"\"\nand left\"\n"
                           "\"\",\"\"\"\"\n"
                           "\"cr\r\nlf\",\"cr\ronly\"\n"
                           "x,\n");
    CHECK(p.text()
          == QStringLiteral("name|note / Doe, John|He said \"hi\"\\nand left / |\" / cr\\r\\nlf|cr\\ronly / x|"));
    REQUIRE(p.records.size() == 5);
    CHECK(p.records[1].line == 2);
    CHECK(p.records[1].lineCount == 2);
    CHECK(p.records[2].line == 4);
    CHECK(p.records[3].line == 5);
    CHECK(p.records[3].lineCount == 3); // CRLF counts once, the lone CR once more
    CHECK(p.records[4].line == 8);
    CHECK(p.records[4].lineCount == 1);
}

TEST_CASE("A record's byte offset points at its first byte in the file", "[csv]")
{
    const QByteArray data = "\xEF\xBB\xBFname,city\r\n"
                            "\"Jos\xC3\xA9\",\"Z\xC3\xBCrich\r\n\xF0\x9F\x98\x80\"\r\n"
                            "\xE2\x82\xAC,x\n"
                            "\n"
                            "last,\"\"\"q\"\"\"";
    const Parsed p = parse(data);
    REQUIRE(p.errors.isEmpty());
    REQUIRE(p.records.size() == 4);
    const QList<QByteArray> starts = {"name", "\"Jos", "\xE2\x82\xAC,x", "last"};
    for (int i = 0; i < 4; ++i) {
        INFO(i);
        CHECK(data.mid(p.records[i].byteOffset).startsWith(starts[i]));
    }
    CHECK(p.records[0].byteOffset == 3);
    CHECK(p.records[1].lineCount == 2);
    CHECK(p.records[2].line == 4);
    CHECK(p.records[3].line == 6);
    CHECK(p.records[3].fields == QStringList{QStringLiteral("last"), QStringLiteral("\"q\"")});
}

// ---- encodings ----

TEST_CASE("UTF-8 and UTF-16 byte order marks set the encoding", "[csv]")
{
    const QString text = QStringLiteral("name,city\nJos\u00E9,Z\u00FCrich \U0001F600\n");
    const QString rows = QStringLiteral("name|city / Jos\u00E9|Z\u00FCrich \U0001F600");
    struct Case
    {
        QByteArray data;
        QString encoding;
        int bom;
        int unit;
    };
    const QList<Case> cases = {
        {QByteArray("\xEF\xBB\xBF") + text.toUtf8(), QStringLiteral("UTF-8"), 3, 1},
        {text.toUtf8(), QStringLiteral("UTF-8"), 0, 1},
        {utf16(text, true), QStringLiteral("UTF-16LE"), 2, 2},
        {utf16(text, false), QStringLiteral("UTF-16BE"), 2, 2},
    };
    for (const Case &c : cases) {
        INFO(c.encoding.toStdString() << " BOM " << c.bom);
        QBuffer buffer;
        buffer.setData(c.data);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, kFile);
        REQUIRE(reader.open());
        CHECK(reader.hadBom() == (c.bom > 0));
        CHECK(reader.encodingName() == c.encoding);
        const Parsed p = readAll(reader);
        CHECK(p.text() == rows);
        REQUIRE(p.records.size() == 2);
        CHECK(p.records[0].byteOffset == c.bom);
        CHECK(p.records[1].byteOffset == c.bom + 10 * c.unit);
    }
}

TEST_CASE("UTF-16 without a BOM can be chosen, its byte order guessed", "[csv]")
{
    const QString text = QStringLiteral("a,b\n\u00E9,\u20AC\n");
    for (bool le : {true, false}) {
        Options options;
        options.encoding = Encoding::Utf16;
        const Parsed p = parse(utf16(text, le, false), options);
        CHECK(p.encoding == (le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")));
        CHECK(p.text() == QStringLiteral("a|b / \u00E9|\u20AC"));
    }
}

TEST_CASE("Windows-1252 is detected when the file is not UTF-8", "[csv]")
{
    const Parsed p = parse("name;price\nCaf\xE9;\x80 5\n");
    CHECK(p.encoding == QStringLiteral("Windows-1252"));
    CHECK(p.delimiter == u';');
    CHECK(p.text() == QStringLiteral("name|price / Caf\u00E9|\u20AC 5"));
}

TEST_CASE("Windows-1252 maps 0x80 to 0x9F as Windows does and the rest as Latin-1", "[csv]")
{
    QByteArray data = "x\n";
    for (int b = 0x80; b <= 0xFF; ++b)
        data.append(char(b));
    Options options;
    options.encoding = Encoding::Windows1252;
    options.delimiter = u'\t';
    const Parsed p = parse(data, options);
    REQUIRE(p.records.size() == 2);
    const QString value = p.records[1].fields.value(0);
    REQUIRE(value.size() == 128);
    const QString high = QStringLiteral("\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039"
                                        "\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014"
                                        "\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178");
    CHECK(value.left(32) == high);
    for (int i = 32; i < 128; ++i)
        CHECK(value.at(i).unicode() == 0x80 + i);

    options.encoding = Encoding::Latin1;
    const Parsed latin = parse(data, options);
    CHECK(latin.encoding == QStringLiteral("ISO-8859-1"));
    REQUIRE(latin.records.size() == 2);
    CHECK(latin.records[1].fields.value(0).at(0).unicode() == 0x80);
}

TEST_CASE("The caller's encoding overrides detection", "[csv]")
{
    Options options;
    options.encoding = Encoding::Windows1252;
    const Parsed p = parse("a\nJos\xC3\xA9\n", options); // valid UTF-8, read as Windows-1252 on request
    CHECK(p.text() == QStringLiteral("a / Jos\u00C3\u00A9"));

    // A BOM that does not fit the chosen encoding is text, not a mark.
    options.encoding = Encoding::Latin1;
    const Parsed bom = parse("\xEF\xBB\xBF" "a\n1\n", options);
    CHECK(bom.text() == QStringLiteral("\u00EF\u00BB\u00BFa / 1"));
}

TEST_CASE("Encodings are chosen by name", "[csv]")
{
    bool ok = false;
    CHECK(encodingFromName(QStringLiteral("utf-8"), &ok) == Encoding::Utf8);
    CHECK(ok);
    CHECK(encodingFromName(QStringLiteral("UTF8")) == Encoding::Utf8);
    CHECK(encodingFromName(QStringLiteral("utf-16")) == Encoding::Utf16);
    CHECK(encodingFromName(QStringLiteral("UTF-16LE")) == Encoding::Utf16LE);
    CHECK(encodingFromName(QStringLiteral("utf-16be")) == Encoding::Utf16BE);
    CHECK(encodingFromName(QStringLiteral("windows-1252")) == Encoding::Windows1252);
    CHECK(encodingFromName(QStringLiteral("CP1252")) == Encoding::Windows1252);
    CHECK(encodingFromName(QStringLiteral("latin1")) == Encoding::Latin1);
    CHECK(encodingFromName(QStringLiteral("ISO-8859-1")) == Encoding::Latin1);
    CHECK(encodingFromName(QStringLiteral("auto")) == Encoding::Auto);
    CHECK(encodingFromName(QStringLiteral("ebcdic"), &ok) == Encoding::Auto);
    CHECK_FALSE(ok);
    CHECK(encodingName(Encoding::Windows1252) == QStringLiteral("Windows-1252"));
}

TEST_CASE("Invalid UTF-8 is a fatal error at its line and column", "[csv]")
{
    Options options;
    options.encoding = Encoding::Utf8;
    const Parsed p = parse("a,b\n1,\xC3\xA9x\xE9y,z\n2,3\n", options);
    CHECK(p.text() == QStringLiteral("a|b / !2:5"));
    REQUIRE(p.problems.size() == 1);
    CHECK(p.problems.first() == Problem::InvalidEncoding);
    CHECK(isFatal(Problem::InvalidEncoding));
    CHECK(p.errors.first().code == Error::Code::Invalid);
    CHECK(p.errors.first().file == kFile);
    CHECK(p.errors.first().message.contains(QStringLiteral("0xE9")));

    // Overlong forms, encoded surrogates and a character cut off by the end of the file.
    CHECK(parse("a\n\xC0\xAF\n", options).text() == QStringLiteral("a / !2:1"));
    CHECK(parse("a\nx\xED\xA0\x80\n", options).text() == QStringLiteral("a / !2:2"));
    const Parsed cut = parse("a\nxy\xE2\x82", options);
    CHECK(cut.text() == QStringLiteral("a / !2:3"));
    CHECK(cut.errors.value(0).message.contains(QStringLiteral("ends in the middle")));

    // UTF-16: a lone surrogate, and an odd byte at the end.
    QByteArray lone = utf16(QStringLiteral("a\nxy"), true);
    lone.append("\x00\xDC", 2);
    CHECK(parse(lone).text() == QStringLiteral("a / !2:3"));
    CHECK(parse(utf16(QStringLiteral("a\nxy"), false) + QByteArray(1, 'z')).text() == QStringLiteral("a / !2:3"));
}

TEST_CASE("Invalid UTF-8 after the detection sample is reported where it is", "[csv]")
{
    QByteArray data = "id,name\n";
    int rows = 0;
    while (data.size() < 100 * 1024)
        data += QByteArray::number(++rows) + ",plain ascii\n";
    data += "x,Caf\xE9\n";
    const Parsed p = parse(data);
    CHECK(p.encoding == QStringLiteral("UTF-8"));
    REQUIRE(p.records.size() == rows + 1);
    REQUIRE(p.errors.size() == 1);
    CHECK(p.errors.first().line == rows + 2);
    CHECK(p.errors.first().column == 6);
    CHECK(p.errors.first().message.contains(QStringLiteral("Windows-1252")));
}

// ---- delimiters ----

TEST_CASE("The delimiter is detected among comma, semicolon, tab and bar", "[csv]")
{
    CHECK(parse("a,b,c\n1,2,3\n").delimiter == u',');
    CHECK(parse("a;b;c\n1;2;3\n").delimiter == u';');
    CHECK(parse("a\tb\tc\n1\t2\t3\n").delimiter == u'\t');
    CHECK(parse("a|b|c\n1|2|3\n").delimiter == u'|');
    // The most consistent count wins over the most frequent character.
    CHECK(parse("name;note\nA;x, y, z\nB;p\nC;q, r\n").delimiter == u';');
    // Delimiters inside quotes do not count, also across line breaks.
    CHECK(parse("\"x,y\";z\n\"1,\n2\";3\n\"4,5\";6\n").delimiter == u';');
    // Ties go to comma, then semicolon, then tab; one column falls back to comma.
    CHECK(parse("a;b,c\n1;2,3\n").delimiter == u',');
    CHECK(parse("a;b\tc\n1;2\t3\n").delimiter == u';');
    CHECK(parse("a\tb|c\n1\t2|3\n").delimiter == u'\t');
    CHECK(parse("name\nAnn\n").delimiter == u',');
    CHECK(parse("name\nAnn\n").text() == QStringLiteral("name / Ann"));
}

TEST_CASE("The caller's delimiter overrides detection", "[csv]")
{
    Options options;
    options.delimiter = u';';
    const Parsed p = parse("a,b;c\n1,2;3\n", options);
    CHECK(p.delimiter == u';');
    CHECK(p.text() == QStringLiteral("a,b|c / 1,2|3"));

    options.delimiter = u'"';
    const Parsed bad = parse("a,b\n", options);
    REQUIRE(bad.errors.size() == 1);
    CHECK(bad.errors.first().code == Error::Code::Usage);
}

// ---- chunk boundaries ----

TEST_CASE("Characters, quotes and CRLF split across reads decode the same", "[csv]")
{
    const QString text = QStringLiteral("name,note,city\r\n"
                                        "\"Jos\u00E9 \U0001F600\",\"a \"\"quoted\"\"\r\nline\",\u20AC\r\n"
                                        "\u00FC\u00DF,\"\",\U0001F680x\r"
                                        "last,,\"\"\"\"\n");
    QList<std::pair<QByteArray, Options>> inputs;
    Options utf8;
    inputs.append({text.toUtf8(), utf8});
    inputs.append({QByteArray("\xEF\xBB\xBF") + text.toUtf8(), utf8});
    inputs.append({utf16(text, true), utf8});
    inputs.append({utf16(text, false), utf8});
    Options cp1252;
    cp1252.encoding = Encoding::Windows1252;
    inputs.append({"a,b\r\n\"\x80\r\n\xE9\",\"\"\"\"\r\n", cp1252});

    for (const auto &[data, options] : inputs) {
        const Parsed whole = parse(data, options);
        INFO(whole.text().toStdString());
        REQUIRE(whole.errors.isEmpty());
        REQUIRE(whole.records.size() >= 2);
        auto same = [&](const Parsed &p) {
            CHECK(p.text() == whole.text());
            REQUIRE(p.records.size() == whole.records.size());
            for (int i = 0; i < p.records.size(); ++i) {
                CHECK(p.records[i].line == whole.records[i].line);
                CHECK(p.records[i].lineCount == whole.records[i].lineCount);
                CHECK(p.records[i].byteOffset == whole.records[i].byteOffset);
            }
        };
        for (qsizetype chunk = 1; chunk <= 9; ++chunk) {
            INFO("chunk " << chunk);
            Options small = options;
            small.chunkSize = chunk;
            same(parse(data, small));
        }
        TrickleDevice trickle(data);
        CsvReader reader(&trickle, kFile, options);
        same(readAll(reader));
        CHECK(trickle.reads == data.size()); // really one byte per read
    }
    // The expected values, once.
    const Parsed p = parse(text.toUtf8());
    CHECK(p.text()
          == QStringLiteral("name|note|city / Jos\u00E9 \U0001F600|a \"quoted\"\\r\\nline|\u20AC / "
                            "\u00FC\u00DF||\U0001F680x / last||\""));
}

// ---- malformed input ----

TEST_CASE("Malformed input is reported at its line and column", "[csv]")
{
    struct Case
    {
        QByteArray data;
        Problem problem;
        QString where; // what the reader yields
    };
    const QList<Case> cases = {
        // Where the quote opened, and nothing after it is read.
        {"a,b\n1,\"open\n2,3\n", Problem::UnclosedQuote, QStringLiteral("a|b / !2:3")},
        {"a,b\n1,x\"y\n", Problem::StrayQuote, QStringLiteral("a|b / !2:4")},
        {"a,b\n1,\"x\"y\n", Problem::TextAfterQuote, QStringLiteral("a|b / !2:6")},
        {"a,b\n1,\"x\" \n", Problem::TextAfterQuote, QStringLiteral("a|b / !2:6")},
        // More fields: at the first extra one. Fewer: at the end of the record.
        {"a,b\n1,2,3\n", Problem::FieldCount, QStringLiteral("a|b / !2:5")},
        {"a,b,c\n1,2\n", Problem::FieldCount, QStringLiteral("a|b|c / !2:4")},
        {"a,b,c\n\"x\ny\",2\n", Problem::FieldCount, QStringLiteral("a|b|c / !3:5")},
        {"a,b\n1,2,\"x\ny\"\n", Problem::FieldCount, QStringLiteral("a|b / !2:5")},
        // Columns count characters, not bytes or UTF-16 units.
        {"a,b\n\xF0\x9F\x98\x80\xC3\xA9,x\"\n", Problem::StrayQuote, QStringLiteral("a|b / !2:5")},
    };
    for (const Case &c : cases) {
        INFO(c.data.toStdString());
        const Parsed p = parse(c.data);
        CHECK(p.text() == c.where);
        REQUIRE(p.problems.size() == 1);
        CHECK(p.problems.first() == c.problem);
        CHECK(p.errors.first().code == Error::Code::Invalid);
        CHECK(p.errors.first().file == kFile);
        CHECK_FALSE(p.errors.first().message.isEmpty());
    }
    CHECK(isFatal(Problem::UnclosedQuote));
    CHECK_FALSE(isFatal(Problem::StrayQuote));
    CHECK_FALSE(isFatal(Problem::TextAfterQuote));
    CHECK_FALSE(isFatal(Problem::FieldCount));
    CHECK_FALSE(isFatal(Problem::FieldTooLong));
}

TEST_CASE("Error messages say what is wrong", "[csv]")
{
    const Parsed p = parse("a,b\n1,x\"y\n2,3,4\n\"q\"r,s\n5,\"open\n");
    REQUIRE(p.errors.size() == 4);
    CHECK(p.errors[0].toString().startsWith(QStringLiteral("test.csv:2:4: a quote inside a field")));
    CHECK(p.errors[1].message == QStringLiteral("wrong number of fields: 3 instead of 2 as in the header"));
    CHECK(p.errors[2].message.startsWith(QStringLiteral("text after the closing quote")));
    CHECK(p.errors[3].toString().startsWith(QStringLiteral("test.csv:5:3: this quote is never closed")));
}

TEST_CASE("The reader goes on after a bad record", "[csv]")
{
    const QByteArray data = "id,name\n"
                            "1,ok\n"
                            "2,bad\"quote,\"with\n"
                            "a line break\"\n"
                            "3,\"fine\"\n"
                            "4,too,many\n"
                            "5,\"x\"y,\"z\"\n"
                            "6,last";
    QBuffer buffer;
    buffer.setData(data);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, kFile);
    QStringList seen;
    QList<qint64> rejectOffsets;
    while (auto next = reader.next()) {
        if (*next) {
            seen.append(show((*next)->fields) + QStringLiteral("@%1").arg((*next)->line));
        } else {
            seen.append(QStringLiteral("!%1:%2").arg(next->error().line).arg(next->error().column));
            REQUIRE_FALSE(isFatal(reader.lastProblem()));
            rejectOffsets.append(reader.lastProblemByteOffset());
        }
    }
    CHECK(seen.join(QStringLiteral(" / "))
          == QStringLiteral("id|name@1 / 1|ok@2 / !3:6 / 3|fine@5 / !6:7 / !7:6 / 6|last@8"));
    REQUIRE(rejectOffsets.size() == 3);
    CHECK(data.mid(rejectOffsets[0]).startsWith("2,bad"));
    CHECK(data.mid(rejectOffsets[1]).startsWith("4,too"));
    CHECK(data.mid(rejectOffsets[2]).startsWith("5,\"x"));

    // Ragged rows allowed: the row with more fields is a record.
    Options ragged;
    ragged.requireSameFieldCount = false;
    CHECK(parse("a,b\n1\n2,3,4\n", ragged).text() == QStringLiteral("a|b / 1 / 2|3|4"));
}

TEST_CASE("Line numbers stay right while a bad record is skipped across reads", "[csv]")
{
    // Skipping drops text as it goes, so a CRLF inside a quoted field can be split right where
    // the buffer was emptied; it must still count as one line.
    for (qsizetype chunk = 1; chunk <= 5; ++chunk) {
        for (int pad = 0; pad < 120; ++pad) {
            INFO("chunk " << chunk << ", pad " << pad);
            Options options;
            options.chunkSize = chunk;
            const QByteArray data = "a,b\n1" + QByteArray(pad, 'x') + "\"y,\"p\r\nq\r\nr\"\r\n2,3\n";
            const Parsed p = parse(data, options);
            CHECK(p.text() == QStringLiteral("a|b / !2:%1 / 2|3").arg(pad + 2));
            REQUIRE(p.records.size() == 2);
            CHECK(p.records[1].line == 5);
            CHECK(p.records[1].byteOffset == data.indexOf("2,3"));
        }
    }
}

TEST_CASE("The header is the first record read without error", "[csv]")
{
    CHECK(parse("a,\"b\"x\n1,2,3\n4,5\n").text() == QStringLiteral("!1:6 / 1|2|3 / !3:4"));
}

TEST_CASE("Lenient quotes keep a quote inside an unquoted field as text", "[csv]")
{
    Options options;
    options.strictQuotes = false;
    CHECK(parse("height,name\n5'10\",x\"y\"\n", options).text() == QStringLiteral("height|name / 5'10\"|x\"y\""));
    // Text after a closing quote is still an error: it would merge two values.
    CHECK(parse("a\n\"x\"y\n", options).text() == QStringLiteral("a / !2:4"));
}

TEST_CASE("An empty file is an error of its own", "[csv]")
{
    for (const QByteArray &data : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\n"),
                                   utf16(QString(), true)}) {
        QBuffer buffer;
        buffer.setData(data);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, kFile);
        const auto opened = reader.open();
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == Error::Code::Invalid);
        CHECK(opened.error().message == QStringLiteral("the file is empty"));
        CHECK(opened.error().line == 0);
        CHECK(reader.lastProblem() == Problem::EmptyFile);
        CHECK(isFatal(Problem::EmptyFile));
        CHECK_FALSE(reader.next().has_value());
        CHECK(reader.atEnd());
    }
    // Without open(), next() reports it once.
    const Parsed p = parse(QByteArray());
    CHECK(p.text() == QStringLiteral("!0:0"));
    CHECK(p.problems == QList<Problem>{Problem::EmptyFile});
}

TEST_CASE("A binary file is not read as text", "[csv]")
{
    const QByteArray zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
    const Parsed p = parse(zip + QByteArray(1000, 'x'));
    REQUIRE(p.problems == QList<Problem>{Problem::NotText});
    CHECK(p.errors.first().message.contains(QStringLiteral("not a text file")));
    CHECK(p.records.isEmpty());
    // UTF-16 is full of zero bytes but no NUL characters; a NUL character is refused there too.
    CHECK(parse(utf16(QStringLiteral("a\n1\n"), true)).text() == QStringLiteral("a / 1"));
    CHECK(parse(utf16(QStringLiteral("a\n") + QChar(0), true)).problems == QList<Problem>{Problem::NotText});
}

TEST_CASE("A field over the limit is an error, not unbounded memory", "[csv]")
{
    Options small;
    small.maxFieldLength = 5;
    CHECK(parse("a,b\nabcde,\"abc\"\n", small).text() == QStringLiteral("a|b / abcde|abc"));
    CHECK(parse("a,b\nabcdef,1\n2,3\n", small).text() == QStringLiteral("a|b / !2:1 / 2|3"));
    CHECK(parse("a,b\n1,\"abcd\"\n2,3\n", small).text() == QStringLiteral("a|b / !2:3 / 2|3"));
    CHECK(parse("a,b\n1,\"ab\ncd\"\n2,3\n", small).text() == QStringLiteral("a|b / !2:3 / 2|3"));

    const Options defaults;
    const qsizetype bound = 2 * (defaults.maxFieldLength + 2 * defaults.chunkSize);
    for (bool quoted : {false, true}) {
        INFO("quoted " << quoted);
        QByteArray data = "a,b,c\n1,";
        const QByteArray big(10 * 1000 * 1000, 'x');
        data += quoted ? "\"" + big + "\"" : big;
        data += ",2\n3,4,5\n";
        QBuffer buffer;
        buffer.setData(data);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer, kFile);
        qsizetype largest = 0;
        QStringList seen;
        while (auto next = reader.next()) {
            largest = std::max(largest, reader.bufferCapacity());
            seen.append(*next ? show((*next)->fields)
                              : QStringLiteral("!%1:%2").arg(next->error().line).arg(next->error().column));
            if (!*next) {
                CHECK(reader.lastProblem() == Problem::FieldTooLong);
                CHECK(next->error().message.contains(QStringLiteral("1048576")));
            }
        }
        CHECK(seen.join(QStringLiteral(" / ")) == QStringLiteral("a|b|c / !2:3 / 3|4|5"));
        CHECK(largest <= bound);
    }
}

TEST_CASE("A record over the record limit is an error", "[csv]")
{
    Options options;
    options.maxRecordLength = 10;
    options.chunkSize = 4;
    CHECK(parse("a,b,c\n1,2,3\n12345,12345,1\n4,5,6\n", options).text()
          == QStringLiteral("a|b|c / 1|2|3 / !3:1 / 4|5|6"));
}

// ---- constant memory ----

TEST_CASE("200,000 generated rows stream through a buffer of constant size", "[csv]")
{
    const int rows = 200000;
    GeneratedCsv device(rows);
    CsvReader reader(&device, kFile);
    REQUIRE(reader.open());
    CHECK(reader.delimiter() == u',');
    CHECK(reader.encodingName() == QStringLiteral("UTF-8"));
    const qsizetype initial = reader.bufferCapacity();
    const qsizetype bound = 2 * Options().chunkSize + 1024; // one chunk decoded plus one record, twice over
    CHECK(initial <= bound);
    qint64 count = 0;
    qint64 expectedOffset = 20; // after the header line
    bool allGood = true;
    while (auto next = reader.next()) {
        REQUIRE(*next);
        if (reader.bufferCapacity() != initial)
            allGood = false;
        const Record &r = **next;
        if (count > 0) {
            const QByteArray raw = GeneratedCsv::row(int(count));
            if (r.byteOffset != expectedOffset || r.line != 2 * count || r.lineCount != 2
                || r.fields.size() != 4 || r.fields[0] != QString::number(count)) {
                allGood = false;
            }
            expectedOffset += raw.size();
        }
        ++count;
    }
    CHECK(allGood);
    CHECK(count == rows + 1);
    CHECK(reader.bufferCapacity() == initial);
    CHECK(reader.bytesRead() == device.produced);
    CHECK(device.produced > 10 * 1000 * 1000);
}
