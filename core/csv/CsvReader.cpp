// Streaming CSV reader: detection, chunked decoding and the RFC 4180 state machine.
#include "csv/CsvReader.h"

#include "csv/TextDecoder.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <map>

namespace relatio::csv {

namespace {

constexpr int kSniffRecords = 50;
constexpr char16_t kQuote = u'"';
constexpr char16_t kCr = u'\r';
constexpr char16_t kLf = u'\n';

inline bool isLineEnd(char16_t c) { return c == kCr || c == kLf; }
inline bool isLowSurrogate(char16_t c) { return (c & 0xFC00) == 0xDC00; }

QString hexBytes(const QByteArray &bytes)
{
    QStringList parts;
    for (char b : bytes)
        parts.append(QStringLiteral("0x") + QString::number(uchar(b), 16).toUpper().rightJustified(2, u'0'));
    return parts.join(u' ');
}

Error::Code codeFor(Problem problem)
{
    switch (problem) {
    case Problem::Unreadable: return Error::Code::Io;
    case Problem::BadOptions: return Error::Code::Usage;
    default: return Error::Code::Invalid;
    }
}

} // namespace

Encoding encodingFromName(const QString &name, bool *ok)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    static const std::map<QString, Encoding> names = {
        {QString(), Encoding::Auto},
        {QStringLiteral("auto"), Encoding::Auto},
        {QStringLiteral("utf8"), Encoding::Utf8},
        {QStringLiteral("utf16"), Encoding::Utf16},
        {QStringLiteral("utf16le"), Encoding::Utf16LE},
        {QStringLiteral("utf16be"), Encoding::Utf16BE},
        {QStringLiteral("windows1252"), Encoding::Windows1252},
        {QStringLiteral("cp1252"), Encoding::Windows1252},
        {QStringLiteral("latin1"), Encoding::Latin1},
        {QStringLiteral("iso88591"), Encoding::Latin1},
    };
    const auto found = names.find(key);
    if (ok)
        *ok = found != names.end();
    return found != names.end() ? found->second : Encoding::Auto;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto: return QStringLiteral("auto");
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf16: return QStringLiteral("UTF-16");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    case Encoding::Latin1: return QStringLiteral("ISO-8859-1");
    }
    return QString();
}

bool isFatal(Problem problem)
{
    switch (problem) {
    case Problem::BadOptions:
    case Problem::Unreadable:
    case Problem::EmptyFile:
    case Problem::NotText:
    case Problem::InvalidEncoding:
    case Problem::UnclosedQuote:
        return true;
    default:
        return false;
    }
}

CsvReader::CsvReader(QIODevice *device, const QString &fileName, const Options &options)
    : m_device(device)
    , m_fileName(fileName)
    , m_options(options)
{
    // Room for the unfinished part of a short record plus one decoded chunk.
    m_normalCapacity = 2 * TextDecoder::maxUnits(std::max<qsizetype>(options.chunkSize, 1)) + 64;
}

CsvReader::~CsvReader() = default;

QString CsvReader::encodingName() const
{
    return csv::encodingName(m_encoding);
}

// ---- opening: the sample, the encoding and the delimiter ----

Result<void> CsvReader::open()
{
    if (m_opened)
        return m_openError ? Result<void>(std::unexpected(*m_openError)) : Result<void>();
    m_opened = true;

    if (m_options.chunkSize <= 0 || m_options.maxFieldLength <= 0 || m_options.maxRecordLength <= 0)
        return fail(Problem::BadOptions, tr("the chunk size and the length limits must be positive"));
    if (!m_options.delimiter.isNull()) {
        const char16_t d = m_options.delimiter.unicode();
        if (d == 0 || d >= 128 || d == kQuote || isLineEnd(d))
            return fail(Problem::BadOptions,
                        tr("\"%1\" cannot be the delimiter: choose an ASCII character other than a quote or "
                           "a line break")
                            .arg(m_options.delimiter));
    }
    if (!m_device || !m_device->isReadable())
        return fail(Problem::Unreadable, tr("the file cannot be read: it is not open for reading"));

    // The sample: the first 64 KiB, read in chunks like the rest, so that tiny test chunks split
    // characters and line ends everywhere.
    const qsizetype sampleSize = std::max(kSampleSize, m_options.chunkSize);
    m_raw.resize(sampleSize);
    qsizetype have = 0;
    while (have < sampleSize && !m_deviceAtEnd) {
        const qsizetype n = readDevice(m_raw.data() + have, std::min(m_options.chunkSize, sampleSize - have));
        if (n < 0)
            return fail(Problem::Unreadable, tr("the file cannot be read: %1").arg(m_device->errorString()));
        have += n;
    }
    m_raw.resize(have);
    if (have == 0)
        return fail(Problem::EmptyFile, tr("the file is empty"));

    // Encoding: a byte order mark first (when it fits the encoding asked for), then the caller's
    // choice, then UTF-8 if the sample is valid UTF-8, else Windows-1252.
    const auto *b = reinterpret_cast<const unsigned char *>(m_raw.constData());
    const Encoding asked = m_options.encoding;
    auto askedOneOf = [asked](std::initializer_list<Encoding> list) {
        return std::find(list.begin(), list.end(), asked) != list.end();
    };
    m_encoding = asked;
    if (have >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF && askedOneOf({Encoding::Auto, Encoding::Utf8})) {
        m_encoding = Encoding::Utf8;
        m_bomLength = 3;
    } else if (have >= 2 && b[0] == 0xFF && b[1] == 0xFE
               && askedOneOf({Encoding::Auto, Encoding::Utf16, Encoding::Utf16LE})) {
        m_encoding = Encoding::Utf16LE;
        m_bomLength = 2;
    } else if (have >= 2 && b[0] == 0xFE && b[1] == 0xFF
               && askedOneOf({Encoding::Auto, Encoding::Utf16, Encoding::Utf16BE})) {
        m_encoding = Encoding::Utf16BE;
        m_bomLength = 2;
    } else if (asked == Encoding::Utf16) {
        // No BOM: mostly-ASCII text has its zero bytes second in little endian, first in big.
        qsizetype zeroFirst = 0, zeroSecond = 0;
        for (qsizetype i = 0; i + 1 < have; i += 2) {
            zeroFirst += b[i] == 0;
            zeroSecond += b[i + 1] == 0;
        }
        m_encoding = zeroFirst > zeroSecond ? Encoding::Utf16BE : Encoding::Utf16LE;
    }
    const bool utf16 = m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE;
    if (!utf16 && std::memchr(b, 0, size_t(have)))
        return fail(Problem::NotText, tr("not a text file: it contains NUL bytes"));
    if (m_encoding == Encoding::Auto) {
        TextDecoder probe(Encoding::Utf8);
        std::vector<char16_t> scratch(size_t(TextDecoder::maxUnits(have)));
        const auto outcome = probe.decode(m_raw.constData(), have, scratch.data(), m_deviceAtEnd);
        m_encoding = outcome.invalid ? Encoding::Windows1252 : Encoding::Utf8;
    }
    m_rawPos = m_bomLength;
    m_byteAnchorOffset = m_bomLength;

    TextDecoder sampleDecoder(m_encoding);
    std::vector<char16_t> sample(size_t(TextDecoder::maxUnits(have)));
    const auto decoded = sampleDecoder.decode(m_raw.constData() + m_bomLength, have - m_bomLength, sample.data(),
                                              m_deviceAtEnd);
    const QStringView text(sample.data(), decoded.written);
    if (utf16 && text.contains(QChar(0)))
        return fail(Problem::NotText, tr("not a text file: it contains NUL characters"));
    const bool whole = m_deviceAtEnd && !decoded.invalid;
    if (whole && std::all_of(text.begin(), text.end(), [](QChar c) { return isLineEnd(c.unicode()); }))
        return fail(Problem::EmptyFile, tr("the file is empty"));

    m_delimiter = (m_options.delimiter.isNull() ? sniffDelimiter(text, whole) : m_options.delimiter).unicode();
    m_stopUnquoted.fill(false);
    for (char16_t c : {m_delimiter, kQuote, kCr, kLf})
        m_stopUnquoted[c] = true;

    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    m_text.resize(size_t(m_normalCapacity));
    return {};
}

// The delimiter that splits the sampled records most consistently into more than one field.
QChar CsvReader::sniffDelimiter(QStringView sample, bool complete) const
{
    static constexpr char16_t kCandidates[] = {u',', u';', u'\t', u'|'}; // ties go to the first
    constexpr int kCount = 4;
    std::vector<std::array<int, kCount>> records;
    std::array<int, kCount> counts{};
    bool inQuotes = false;
    bool content = false;
    for (qsizetype i = 0; i < sample.size() && int(records.size()) < kSniffRecords; ++i) {
        const char16_t c = sample[i].unicode();
        if (c == kQuote) {
            inQuotes = !inQuotes; // a doubled quote toggles twice
            content = true;
        } else if (inQuotes) {
            continue;
        } else if (isLineEnd(c)) {
            if (content)
                records.push_back(counts);
            counts = {};
            content = false;
        } else {
            content = true;
            for (int k = 0; k < kCount; ++k)
                counts[k] += c == kCandidates[k];
        }
    }
    // A last line cut off by the end of the sample would count wrong.
    if (content && (complete || records.empty()))
        records.push_back(counts);

    int best = 0;
    int bestScore = 0;
    for (int k = 0; k < kCount; ++k) {
        std::map<int, int> frequency; // field count → records with it
        for (const auto &r : records)
            ++frequency[r[k] + 1];
        int mode = 0, modeFrequency = 0;
        for (const auto &[fields, times] : frequency)
            if (times >= modeFrequency) {
                mode = fields;
                modeFrequency = times;
            }
        if (mode > 1 && modeFrequency > bestScore) {
            best = k;
            bestScore = modeFrequency;
        }
    }
    return QChar(kCandidates[best]);
}

// ---- reading and decoding ----

qsizetype CsvReader::readDevice(char *into, qsizetype max)
{
    for (;;) {
        const qint64 n = m_device->read(into, max);
        if (n > 0) {
            m_bytesRead += n;
            return qsizetype(n);
        }
        if (n < 0)
            return -1;
        // Nothing now: a file is at its end; a pipe may still deliver.
        if (!m_device->isSequential() || !m_device->waitForReadyRead(-1)) {
            m_deviceAtEnd = true;
            return 0;
        }
    }
}

// Decodes more text after m_end. End: no more text will come. Failed: m_pendingFatal says why.
CsvReader::Fill CsvReader::refill()
{
    if (m_pendingFatal)
        return Fill::Failed;
    if (m_decodeFailed) {
        // The parser has reached the first bytes that are not valid text.
        const Location where = locate(m_pos);
        QString message = m_decoder->truncated()
                              ? tr("the file ends in the middle of a %1 character (bytes %2)")
                                    .arg(encodingName(), hexBytes(m_decoder->invalidBytes()))
                              : tr("not valid %1 text (bytes %2)").arg(encodingName(), hexBytes(m_decoder->invalidBytes()));
        if (m_options.encoding == Encoding::Auto && m_encoding == Encoding::Utf8 && m_bomLength == 0)
            message = tr("not valid UTF-8 text (bytes %1), although the start of the file is; choose the "
                         "file's encoding, for example Windows-1252")
                          .arg(hexBytes(m_decoder->invalidBytes()));
        m_problem = Problem::InvalidEncoding;
        m_problemByteOffset = m_state == State::Idle ? byteOffsetAt(m_pos) : m_recByteOffset;
        m_pendingFatal = Error{Error::Code::Invalid, message, m_fileName, int(where.line), int(where.column)};
        return Fill::Failed;
    }
    for (;;) {
        if (m_rawPos >= m_raw.size()) {
            if (m_deviceAtEnd) {
                if (m_decoderFlushed)
                    return Fill::End;
                m_decoderFlushed = true;
                makeRoom(TextDecoder::maxUnits(0));
                const auto outcome = m_decoder->decode(nullptr, 0, m_text.data() + m_end, true);
                m_end += outcome.written;
                if (outcome.invalid) {
                    m_decodeFailed = true;
                    return outcome.written > 0 ? Fill::More : refill();
                }
                return outcome.written > 0 ? Fill::More : Fill::End;
            }
            m_raw.resize(m_options.chunkSize); // keeps the sample's allocation: no churn
            const qsizetype n = readDevice(m_raw.data(), m_options.chunkSize);
            if (n < 0) {
                m_problem = Problem::Unreadable;
                m_problemByteOffset = m_state == State::Idle ? -1 : m_recByteOffset;
                m_pendingFatal = Error{Error::Code::Io, tr("the file cannot be read: %1").arg(m_device->errorString()),
                                       m_fileName, 0, 0};
                return Fill::Failed;
            }
            m_raw.resize(n);
            m_rawPos = 0;
            continue;
        }
        const qsizetype n = std::min(m_options.chunkSize, m_raw.size() - m_rawPos);
        makeRoom(TextDecoder::maxUnits(n));
        const auto outcome = m_decoder->decode(m_raw.constData() + m_rawPos, n, m_text.data() + m_end, false);
        m_rawPos += n;
        m_end += outcome.written;
        if (outcome.invalid) {
            m_decodeFailed = true;
            return outcome.written > 0 ? Fill::More : refill();
        }
        if (outcome.written > 0)
            return Fill::More;
    }
}

// Makes room for `units` more code units after m_end: drops text no longer needed (before the
// record, or before m_pos between records and while skipping), grows only for a long record and
// shrinks back after it.
void CsvReader::makeRoom(qsizetype units)
{
    if (qsizetype(m_text.size()) - m_end >= units)
        return;
    const qsizetype keep = (m_state == State::Idle || m_skipping) ? m_pos : m_recStart;
    if (keep > 0) {
        if (m_colAnchor < keep)
            columnAt(keep);
        if (m_byteAnchor < keep)
            byteOffsetAt(keep);
        m_prevUnitWasCr = m_text[size_t(keep - 1)] == kCr;
        std::memmove(m_text.data(), m_text.data() + keep, size_t(m_end - keep) * sizeof(char16_t));
        m_end -= keep;
        m_pos -= keep;
        m_colAnchor -= keep;
        m_byteAnchor -= keep;
        m_recStart -= keep;
        m_fieldBegin -= keep;
        for (Span &span : m_spans) {
            span.begin -= keep;
            span.start -= keep;
            span.end -= keep;
        }
    }
    const qsizetype needed = m_end + units;
    const qsizetype capacity = qsizetype(m_text.size());
    if (capacity < needed) {
        m_text.resize(size_t(std::max(needed, 2 * capacity)));
    } else if (capacity > 2 * m_normalCapacity && needed <= m_normalCapacity) {
        std::vector<char16_t> smaller(static_cast<size_t>(m_normalCapacity));
        std::copy(m_text.begin(), m_text.begin() + m_end, smaller.begin());
        m_text.swap(smaller);
    }
}

// ---- positions ----

qint64 CsvReader::columnAt(qsizetype offset)
{
    const char16_t *t = m_text.data();
    for (qsizetype i = m_colAnchor; i < offset; ++i)
        m_colAnchorChars += !isLowSurrogate(t[i]);
    m_colAnchor = std::max(m_colAnchor, offset);
    return m_colAnchorChars + 1;
}

// Line and column (1-based, in characters) of a position: counted from the record's start while
// the record is in the buffer, else on the current line.
CsvReader::Location CsvReader::locate(qsizetype offset)
{
    if (m_state == State::Idle || m_skipping || offset < m_recStart)
        return Location{m_line, columnAt(offset)};
    const char16_t *t = m_text.data();
    qint64 line = m_recLine;
    qint64 column = 0;
    for (qsizetype i = m_recStart; i < offset; ++i) {
        const char16_t c = t[i];
        if (c == kCr || (c == kLf && !(i > m_recStart && t[i - 1] == kCr))) {
            ++line;
            column = 0;
        } else if (c == kLf) {
            column = 0; // the LF of a CRLF
        } else if (!isLowSurrogate(c)) {
            ++column;
        }
    }
    return Location{line, column + 1};
}

qint64 CsvReader::byteOffsetAt(qsizetype offset)
{
    m_byteAnchorOffset += m_decoder->byteLength(m_text.data() + m_byteAnchor, offset - m_byteAnchor);
    m_byteAnchor = offset;
    return m_byteAnchorOffset;
}

// ---- errors ----

Result<void> CsvReader::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_finished = true;
    m_openError = Error{codeFor(problem), message, m_fileName, 0, 0};
    return std::unexpected(*m_openError);
}

std::unexpected<Error> CsvReader::recordError(Problem problem, const QString &message, qsizetype at, bool skipRest)
{
    const Location where = locate(at);
    m_problem = problem;
    m_problemByteOffset = m_recByteOffset;
    if (skipRest) {
        if (m_state == State::Quoted && !m_quoteResolved) {
            // Skipping drops text; keep where the open quote was in case it never closes.
            m_quoteOpened = locate(m_fieldBegin);
            m_quoteResolved = true;
        }
        m_skipping = true;
        m_spans.clear();
    }
    return std::unexpected(Error{codeFor(problem), message, m_fileName, int(where.line), int(where.column)});
}

std::unexpected<Error> CsvReader::fatalError(Problem problem, const QString &message, Location where)
{
    m_problem = problem;
    m_finished = true;
    return std::unexpected(Error{codeFor(problem), message, m_fileName, int(where.line), int(where.column)});
}

std::unexpected<Error> CsvReader::takeFatal()
{
    m_finished = true;
    return std::unexpected(*m_pendingFatal);
}

std::unexpected<Error> CsvReader::fieldTooLong()
{
    const QString limit = QString::number(m_options.maxFieldLength);
    const QString message =
        m_state == State::Quoted
            ? tr("the quoted field that starts here is longer than %1 characters; is its closing quote missing?")
                  .arg(limit)
            : tr("the field is longer than %1 characters").arg(limit);
    return recordError(Problem::FieldTooLong, message, m_fieldBegin, true);
}

std::optional<std::unexpected<Error>> CsvReader::checkRecordLength()
{
    if (m_skipping || m_pos - m_recStart <= m_options.maxRecordLength)
        return std::nullopt;
    return recordError(Problem::RecordTooLong,
                       tr("the record is longer than %1 characters").arg(m_options.maxRecordLength), m_recStart,
                       true);
}

std::expected<CsvReader::Fill, Error> CsvReader::readOnInRecord()
{
    if (auto error = checkRecordLength())
        return *error;
    const Fill fill = refill();
    if (fill == Fill::Failed)
        return takeFatal();
    return fill;
}

// ---- records ----

void CsvReader::beginRecord()
{
    m_recStart = m_pos;
    m_recLine = m_line;
    m_recByteOffset = byteOffsetAt(m_pos);
    m_spans.clear();
    m_skipping = false;
    m_state = State::FieldStart;
}

int CsvReader::endLine()
{
    const char16_t c = m_text[size_t(m_pos)];
    const int lineCount = lineCountAtEnd();
    ++m_pos;
    ++m_line;
    startLine(m_pos);
    m_swallowLf = c == kCr;
    return lineCount;
}

CsvReader::Step CsvReader::completeRecord(qsizetype contentEnd, int lineCount)
{
    if (m_skipping) { // the end of a record already reported as bad
        m_skipping = false;
        m_spans.clear();
        m_state = State::Idle;
        return std::nullopt;
    }
    Result<Record> result = finishRecord(contentEnd, lineCount);
    m_state = State::Idle;
    return result;
}

Result<Record> CsvReader::finishRecord(qsizetype contentEnd, int lineCount)
{
    if (contentEnd - m_recStart > m_options.maxRecordLength)
        return recordError(Problem::RecordTooLong,
                           tr("the record is longer than %1 characters").arg(m_options.maxRecordLength),
                           m_recStart, false);
    const qsizetype count = qsizetype(m_spans.size());
    if (m_headerFieldCount < 0) {
        m_headerFieldCount = count;
    } else if (m_options.requireSameFieldCount && count != m_headerFieldCount) {
        // Point at the first extra field, or at the end where a field is missing.
        const qsizetype at = count > m_headerFieldCount ? m_spans[size_t(m_headerFieldCount)].begin : contentEnd;
        return recordError(Problem::FieldCount,
                           tr("wrong number of fields: %1 instead of %2 as in the header").arg(count).arg(m_headerFieldCount),
                           at, false);
    }

    Record record;
    record.line = m_recLine;
    record.byteOffset = m_recByteOffset;
    record.lineCount = lineCount;
    record.fields.reserve(count);
    const char16_t *t = m_text.data();
    for (const Span &span : m_spans) {
        const auto *chars = reinterpret_cast<const QChar *>(t);
        if (!span.escaped) {
            record.fields.append(QString(chars + span.start, span.end - span.start));
            continue;
        }
        QString value;
        value.reserve(span.end - span.start);
        qsizetype i = span.start;
        while (i < span.end) {
            const char16_t *quote = std::find(t + i, t + span.end, kQuote);
            const qsizetype q = quote - t;
            if (q == span.end) {
                value.append(chars + i, q - i);
                break;
            }
            value.append(chars + i, q + 1 - i); // one quote of the doubled pair
            i = q + 2;
        }
        record.fields.append(value);
    }
    return record;
}

std::optional<Result<Record>> CsvReader::next()
{
    if (!m_opened) {
        if (auto opened = open(); !opened)
            return std::unexpected(opened.error());
    }
    if (m_finished)
        return std::nullopt;
    m_problem = Problem::None;
    m_problemByteOffset = -1;

    for (;;) {
        const char16_t *t = m_text.data();
        switch (m_state) {
        case State::Idle: {
            if (m_pos == m_end) {
                const Fill fill = refill();
                if (fill == Fill::Failed)
                    return takeFatal();
                if (fill == Fill::End) {
                    m_finished = true;
                    return std::nullopt;
                }
                break;
            }
            const char16_t c = t[m_pos];
            if (m_swallowLf) {
                m_swallowLf = false;
                if (c == kLf) {
                    ++m_pos;
                    startLine(m_pos);
                    break;
                }
            }
            if (isLineEnd(c)) { // an empty line holds no field: it is not a record
                ++m_pos;
                ++m_line;
                startLine(m_pos);
                m_swallowLf = c == kCr;
                break;
            }
            beginRecord();
            break;
        }

        case State::FieldStart: {
            if (m_pos == m_end) {
                const auto fill = readOnInRecord();
                if (!fill)
                    return std::unexpected(fill.error());
                if (*fill == Fill::More)
                    break;
                // The input ends right after a delimiter: the last field is empty.
                pushField(m_pos, m_pos, m_pos, false);
                if (Step step = completeRecord(m_pos, lineCountAtEnd()))
                    return step;
                break;
            }
            const char16_t c = t[m_pos];
            if (c == kQuote) {
                m_fieldBegin = m_pos;
                m_fieldEscaped = false;
                m_quoteResolved = false;
                if (m_skipping) {
                    m_quoteOpened = Location{m_line, columnAt(m_pos)};
                    m_quoteResolved = true;
                }
                ++m_pos;
                m_state = State::Quoted;
            } else if (c == m_delimiter) {
                pushField(m_pos, m_pos, m_pos, false);
                ++m_pos;
            } else if (isLineEnd(c)) {
                pushField(m_pos, m_pos, m_pos, false);
                const qsizetype end = m_pos;
                if (Step step = completeRecord(end, endLine()))
                    return step;
            } else {
                m_fieldBegin = m_pos;
                m_state = State::Unquoted;
            }
            break;
        }

        case State::Unquoted: {
            qsizetype p = m_pos;
            const qsizetype end = m_end;
            while (p < end) {
                const char16_t c = t[p];
                if (c < 128 && m_stopUnquoted[c])
                    break;
                ++p;
            }
            m_pos = p;
            if (!m_skipping && p - m_fieldBegin > m_options.maxFieldLength)
                return fieldTooLong();
            if (p == end) {
                const auto fill = readOnInRecord();
                if (!fill)
                    return std::unexpected(fill.error());
                if (*fill == Fill::More)
                    break;
                pushField(m_fieldBegin, m_fieldBegin, m_pos, false);
                if (Step step = completeRecord(m_pos, lineCountAtEnd()))
                    return step;
                break;
            }
            const char16_t c = t[p];
            if (c == m_delimiter) {
                pushField(m_fieldBegin, m_fieldBegin, p, false);
                ++m_pos;
                m_state = State::FieldStart;
            } else if (c == kQuote) {
                ++m_pos; // as text when lenient or skipping; either way go on after it
                if (!m_skipping && m_options.strictQuotes)
                    return recordError(Problem::StrayQuote,
                                       tr("a quote inside a field that does not start with one; put the whole "
                                          "field in quotes and double this quote (\"\")"),
                                       p, true);
            } else {
                pushField(m_fieldBegin, m_fieldBegin, p, false);
                if (Step step = completeRecord(p, endLine()))
                    return step;
            }
            break;
        }

        case State::Quoted: {
            qsizetype p = m_pos;
            const qsizetype end = m_end;
            while (p < end) {
                const char16_t c = t[p];
                if (c == kQuote || c == kCr || c == kLf)
                    break;
                ++p;
            }
            m_pos = p;
            if (!m_skipping && p - m_fieldBegin > m_options.maxFieldLength)
                return fieldTooLong();
            if (p == end) {
                const auto fill = readOnInRecord();
                if (!fill)
                    return std::unexpected(fill.error());
                if (*fill == Fill::More)
                    break;
                m_problemByteOffset = m_recByteOffset;
                return fatalError(Problem::UnclosedQuote,
                                  tr("this quote is never closed: the quoted field runs to the end of the file"),
                                  m_quoteResolved ? m_quoteOpened : locate(m_fieldBegin));
            }
            const char16_t c = t[p];
            ++m_pos;
            if (c == kQuote) {
                m_state = State::QuoteInQuoted;
            } else {
                // A line break inside the field: part of the value, and a new physical line
                // (CRLF counts once, also when a chunk ends between CR and LF).
                const bool afterCr = p > 0 ? t[p - 1] == kCr : m_prevUnitWasCr;
                if (c == kCr || !afterCr)
                    ++m_line;
                startLine(m_pos);
            }
            break;
        }

        case State::QuoteInQuoted: {
            if (m_pos == m_end) {
                const auto fill = readOnInRecord();
                if (!fill)
                    return std::unexpected(fill.error());
                if (*fill == Fill::More)
                    break;
                if (!m_skipping && m_pos - m_fieldBegin > m_options.maxFieldLength)
                    return fieldTooLong();
                pushField(m_fieldBegin, m_fieldBegin + 1, m_pos - 1, m_fieldEscaped);
                if (Step step = completeRecord(m_pos, lineCountAtEnd()))
                    return step;
                break;
            }
            const char16_t c = t[m_pos];
            if (c == kQuote) { // a doubled quote: one quote in the value
                m_fieldEscaped = true;
                ++m_pos;
                m_state = State::Quoted;
            } else if (c == m_delimiter || isLineEnd(c)) {
                if (!m_skipping && m_pos - m_fieldBegin > m_options.maxFieldLength)
                    return fieldTooLong();
                pushField(m_fieldBegin, m_fieldBegin + 1, m_pos - 1, m_fieldEscaped);
                if (c == m_delimiter) {
                    ++m_pos;
                    m_state = State::FieldStart;
                } else {
                    const qsizetype contentEnd = m_pos;
                    if (Step step = completeRecord(contentEnd, endLine()))
                        return step;
                }
            } else {
                m_state = State::Unquoted; // skipping goes on to the delimiter as through text
                if (!m_skipping)
                    return recordError(Problem::TextAfterQuote,
                                       tr("text after the closing quote; a quoted field ends at its quote (write "
                                          "\"\" for a quote inside it)"),
                                       m_pos, true);
            }
            break;
        }
        }
    }
}

} // namespace relatio::csv
