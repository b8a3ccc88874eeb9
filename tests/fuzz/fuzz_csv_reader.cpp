// libFuzzer target for the streaming CSV reader (core/csv): feeds arbitrary bytes through a QBuffer
// and checks what the reader promises in CsvReader.h. Build and run with tests/fuzz/run.sh.
//
// Input layout: byte 0 chooses the options, byte 1 follows only when bit 7 of byte 0 is set; the
// rest is the file. A leading 0x00 byte therefore means "default options".
//   byte 0: bits 0-1 encoding (Auto, Utf8, Utf16, Windows1252)
//           bits 2-4 delimiter (auto , ; TAB | auto , TAB)
//           bit 5 strictQuotes off, bit 6 requireSameFieldCount off, bit 7 byte 1 follows
//   byte 1: bits 0-3 chunkSize, bits 4-5 maxFieldLength, bits 6-7 maxRecordLength (tables below)
#include "csv/CsvReader.h"

#include <QBuffer>
#include <QStringDecoder>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

using namespace relatio;
using namespace relatio::csv;

namespace {

[[noreturn]] void violated(const char *what, long long a = 0, long long b = 0)
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s (%lld, %lld)\n", what, a, b);
    __builtin_trap();
}

#define CHECK(cond, ...)                                                                                              \
    do {                                                                                                              \
        if (!(cond))                                                                                                  \
            violated(#cond __VA_OPT__(, ) __VA_ARGS__);                                                               \
    } while (0)

constexpr Encoding kEncodings[4] = {Encoding::Auto, Encoding::Utf8, Encoding::Utf16, Encoding::Windows1252};
constexpr char16_t kDelimiters[8] = {0, u',', u';', u'\t', u'|', 0, u',', u'\t'};
constexpr qsizetype kChunks[16] = {64 * 1024, 1, 2, 3, 4, 5, 6, 7, 8, 11, 16, 17, 31, 32, 63, 64};
constexpr qsizetype kFieldLimits[4] = {1 << 20, 1, 5, 64};
constexpr qsizetype kRecordLimits[4] = {16 << 20, 8, 64, 1024};

// Windows-1252 0x80-0x9F (WHATWG: the five undefined bytes are the C1 controls), written out here
// so that the differential check does not lean on the decoder under test.
constexpr char16_t kCp1252[32] = {
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
};

struct Line
{
    qint64 byteStart = 0; // absolute offset in the file
    QString text;         // decoded, without its line break
};

// The physical lines of the file (CR, LF and CRLF each end one), decoded independently of the
// reader. Only meaningful up to the first invalid byte, which the reader reports as fatal anyway.
std::vector<Line> physicalLines(const QByteArray &file, qsizetype bom, Encoding encoding)
{
    const bool utf16 = encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE;
    const qsizetype width = utf16 ? 2 : 1;
    auto unitAt = [&](qsizetype i) -> char16_t {
        const auto *b = reinterpret_cast<const unsigned char *>(file.constData());
        if (!utf16)
            return b[i];
        return encoding == Encoding::Utf16LE ? char16_t(b[i] | (b[i + 1] << 8)) : char16_t((b[i] << 8) | b[i + 1]);
    };
    auto decode = [&](qsizetype from, qsizetype to) -> QString {
        const QByteArrayView bytes(file.constData() + from, to - from);
        if (encoding == Encoding::Windows1252) {
            QString s;
            for (char c : bytes) {
                const auto u = static_cast<unsigned char>(c);
                s.append(QChar(u >= 0x80 && u <= 0x9F ? kCp1252[u - 0x80] : char16_t(u)));
            }
            return s;
        }
        if (encoding == Encoding::Latin1)
            return QString::fromLatin1(bytes);
        const auto which = encoding == Encoding::Utf8      ? QStringConverter::Utf8
                           : encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                           : QStringConverter::Utf16BE;
        QStringDecoder decoder(which, QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
        return decoder.decode(bytes);
    };

    std::vector<Line> lines;
    qsizetype start = bom;
    qsizetype i = bom;
    const qsizetype n = file.size();
    while (i + width <= n) {
        const char16_t c = unitAt(i);
        if (c != u'\r' && c != u'\n') {
            i += width;
            continue;
        }
        lines.push_back(Line{start, decode(start, i)});
        i += width;
        if (c == u'\r' && i + width <= n && unitAt(i) == u'\n')
            i += width;
        start = i;
    }
    lines.push_back(Line{start, decode(start, n)});
    return lines;
}

bool isResolved(Encoding e)
{
    return e == Encoding::Utf8 || e == Encoding::Utf16LE || e == Encoding::Utf16BE || e == Encoding::Windows1252
           || e == Encoding::Latin1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t b0 = data[0];
    const bool haveB1 = (b0 & 0x80) && size >= 2;
    const uint8_t b1 = haveB1 ? data[1] : 0;
    const size_t skip = haveB1 ? 2 : 1;

    Options options;
    options.encoding = kEncodings[b0 & 3];
    options.delimiter = QChar(kDelimiters[(b0 >> 2) & 7]);
    options.strictQuotes = !(b0 & 0x20);
    options.requireSameFieldCount = !(b0 & 0x40);
    options.chunkSize = kChunks[b1 & 15];
    options.maxFieldLength = kFieldLimits[(b1 >> 4) & 3];
    options.maxRecordLength = kRecordLimits[(b1 >> 6) & 3];

    // No copy: ASan sees any read past the fuzzer's own buffer.
    const QByteArray file = QByteArray::fromRawData(reinterpret_cast<const char *>(data + skip), qsizetype(size - skip));
    QBuffer buffer;
    buffer.setData(file);
    if (!buffer.open(QIODevice::ReadOnly))
        return 0;
    const QString fileName = QStringLiteral("fuzz.csv");
    CsvReader reader(&buffer, fileName, options);

    // Sometimes open() first, sometimes let next() do it.
    if (file.size() % 2 == 0) {
        const auto opened = reader.open();
        if (!opened) {
            CHECK(isFatal(reader.lastProblem()), int(reader.lastProblem()));
            CHECK(reader.atEnd());
            CHECK(!reader.next().has_value());
            return 0;
        }
        CHECK(isResolved(reader.encoding()), int(reader.encoding()));
        CHECK(bool(reader.open())); // idempotent
    }

    // Memory bound: about one chunk plus the current record (capped by the record limit), with slack
    // for the doubling growth.
    const qsizetype chunk = options.chunkSize;
    const qsizetype normal = 2 * (chunk + 8) + 64;
    const qsizetype capacityBound = normal + 4 * (std::min<qsizetype>(options.maxRecordLength, file.size()) + chunk + 16);

    struct Item
    {
        bool isRecord;
        Record record;
        Error error;
        Problem problem;
        qint64 problemByteOffset;
    };
    std::vector<Item> items;
    const qsizetype maxCalls = file.size() + 16; // every record or error consumes input
    qsizetype calls = 0;
    bool fatal = false;
    Error fatalErr;
    qsizetype headerFields = -1;
    qint64 nextRecordLine = 1; // the first line the next record may start on
    qint64 lastItemLine = 0;

    for (;;) {
        CHECK(++calls <= maxCalls, calls, file.size());
        auto next = reader.next();
        CHECK(reader.bufferCapacity() <= capacityBound, reader.bufferCapacity(), capacityBound);
        CHECK(reader.bytesRead() <= file.size(), reader.bytesRead(), file.size());
        if (!next) {
            CHECK(reader.atEnd());
            break;
        }
        if (*next) {
            const Record &r = **next;
            CHECK(reader.lastProblem() == Problem::None, int(reader.lastProblem()));
            CHECK(!reader.atEnd());
            CHECK(r.line >= 1, r.line);
            CHECK(r.lineCount >= 1, r.lineCount);
            CHECK(r.line >= nextRecordLine, r.line, nextRecordLine);
            CHECK(r.byteOffset >= 0 && r.byteOffset < file.size(), r.byteOffset, file.size());
            CHECK(!r.fields.isEmpty()); // an empty line is not a record
            qsizetype total = 0;
            for (const QString &f : r.fields) {
                CHECK(f.size() <= options.maxFieldLength, f.size(), options.maxFieldLength);
                total += f.size();
            }
            CHECK(total <= options.maxRecordLength, total, options.maxRecordLength);
            if (headerFields < 0)
                headerFields = r.fields.size();
            else if (options.requireSameFieldCount)
                CHECK(r.fields.size() == headerFields, r.fields.size(), headerFields);
            nextRecordLine = r.line + r.lineCount;
            lastItemLine = r.line;
            items.push_back(Item{true, r, {}, Problem::None, -1});
        } else {
            const Error &e = next->error();
            const Problem problem = reader.lastProblem();
            CHECK(problem != Problem::None);
            CHECK(e.file == fileName);
            CHECK(e.line >= 0 && e.column >= 0, e.line, e.column);
            if (e.line > 0) {
                CHECK(e.column >= 1, e.column);
                CHECK(e.line >= lastItemLine, e.line, lastItemLine);
                CHECK(e.line >= nextRecordLine, e.line, nextRecordLine);
                lastItemLine = e.line;
            }
            if (isFatal(problem)) {
                CHECK(reader.atEnd());
                fatal = true;
                fatalErr = e;
            } else {
                CHECK(!reader.atEnd());
                CHECK(e.line >= 1, e.line); // a recoverable error is always in a record
                CHECK(reader.lastProblemByteOffset() >= 0 && reader.lastProblemByteOffset() < file.size(),
                      reader.lastProblemByteOffset(), file.size());
            }
            items.push_back(Item{false, {}, e, problem, reader.lastProblemByteOffset()});
            if (fatal) {
                // Fatal ends the input, for good.
                CHECK(!reader.next().has_value());
                CHECK(!reader.next().has_value());
                break;
            }
        }
    }
    CHECK(reader.atEnd());
    if (!fatal)
        CHECK(reader.bytesRead() == file.size(), reader.bytesRead(), file.size()); // read to the end
    if (!reader.open()) // returns how opening went, which next() did when not done above
        return 0;
    CHECK(isResolved(reader.encoding()), int(reader.encoding()));
    if (items.empty())
        return 0;

    if (!options.delimiter.isNull())
        CHECK(reader.delimiter() == options.delimiter);
    const char16_t delimiter = reader.delimiter().unicode();
    CHECK(delimiter == u',' || delimiter == u';' || delimiter == u'\t' || delimiter == u'|', delimiter);

    // Differential check against an independent split of the file into physical lines.
    const Encoding encoding = reader.encoding();
    const bool utf16 = encoding == Encoding::Utf16LE || encoding == Encoding::Utf16BE;
    const qsizetype bom = reader.hadBom() ? (utf16 ? 2 : 3) : 0;
    const std::vector<Line> lines = physicalLines(file, bom, encoding);
    const qsizetype lineCount = qsizetype(lines.size());
    bool anyQuote = false;
    for (const Line &l : lines)
        anyQuote = anyQuote || l.text.contains(u'"');

    std::vector<int> perLine(size_t(lineCount) + 2, 0);
    for (const Item &item : items) {
        if (item.isRecord) {
            const Record &r = item.record;
            CHECK(r.line + r.lineCount - 1 <= lineCount, r.line + r.lineCount - 1, lineCount);
            const Line &first = lines[size_t(r.line - 1)];
            // A record starts where its first physical line does.
            CHECK(r.byteOffset == first.byteStart, r.byteOffset, first.byteStart);
            ++perLine[size_t(r.line)];
            if (!first.text.contains(u'"')) {
                // No quote on the line: the record is the line split at the delimiter.
                CHECK(r.lineCount == 1, r.lineCount);
                CHECK(r.fields.join(QChar(delimiter)) == first.text, r.line);
            }
        } else if (!isFatal(item.problem)) {
            CHECK(item.error.line <= lineCount, item.error.line, lineCount);
            ++perLine[size_t(item.error.line)];
            if (!anyQuote) // the bad record starts on the error's line
                CHECK(item.problemByteOffset == lines[size_t(item.error.line - 1)].byteStart,
                      item.problemByteOffset, lines[size_t(item.error.line - 1)].byteStart);
        }
    }
    if (!anyQuote && (!fatal || fatalErr.line > 0)) {
        // Without quotes every non-empty line before the end (or the fatal error) is one record or
        // one error, and empty lines are nothing.
        const qint64 limit = fatal ? fatalErr.line : lineCount + 1;
        CHECK(limit <= lineCount + 1, limit, lineCount);
        for (qint64 l = 1; l <= lineCount; ++l) {
            const int seen = perLine[size_t(l)];
            if (l == limit) // the fatal error's line: a bad record may have been reported before it
                CHECK(seen <= 1, l, seen);
            else
                CHECK(seen == (l < limit && !lines[size_t(l - 1)].text.isEmpty() ? 1 : 0), l, seen);
        }
    }
    return 0;
}
