// A streaming CSV reader (RFC 4180 plus what Excel writes): one record at a time from any
// QIODevice, in constant memory, with encoding and delimiter detection and precise errors.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace relatio::csv {

enum class Encoding {
    Auto,        // byte order mark, else UTF-8 when the first 64 KiB are valid UTF-8, else Windows-1252
                 // (a non-UTF-8 byte after those 64 KiB is then a fatal InvalidEncoding error)
    Utf8,
    Utf16,       // byte order from the BOM, else guessed from the sample (little endian by default)
    Utf16LE,
    Utf16BE,
    Windows1252, // older Excel; 0x80 = €, Latin-1 elsewhere
    Latin1,      // ISO-8859-1
};

// "auto", "utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1252"/"cp1252",
// "latin1"/"iso-8859-1", case-insensitive. Unknown names give Auto with *ok = false.
Encoding encodingFromName(const QString &name, bool *ok = nullptr);
QString encodingName(Encoding encoding); // "UTF-8", "UTF-16LE", "Windows-1252", …

struct Options
{
    Encoding encoding = Encoding::Auto;   // a BOM is skipped only when it fits this encoding
    QChar delimiter;                      // null: detect among , ; TAB |; otherwise an ASCII character
    bool requireSameFieldCount = true;    // every record has as many fields as the first one
    bool strictQuotes = true;             // false: a quote inside an unquoted field (5'10") is text
    qsizetype maxFieldLength = 1 << 20;   // UTF-16 code units as written in the file, quotes included
    qsizetype maxRecordLength = 16 << 20; // the same, for a whole record with its line breaks
    qsizetype chunkSize = 64 * 1024;      // bytes per read (tests use tiny ones)
};

struct Record
{
    QStringList fields;
    qint64 line = 0;        // first physical line, 1-based
    qint64 byteOffset = 0;  // where the record starts in the file (after any BOM)
    int lineCount = 1;      // physical lines it spans (more than one when a quoted field has line breaks)
};

// What an error from open() or next() was about. Fatal ones end the input: next() returns
// std::nullopt afterwards. After any other the reader has moved on to the next record.
enum class Problem {
    None,
    BadOptions,      // fatal: delimiter or limits not usable
    Unreadable,      // fatal: the device cannot be read
    EmptyFile,       // fatal: no bytes, or only a BOM and line ends
    NotText,         // fatal: NUL bytes in the first 64 KiB
    InvalidEncoding, // fatal: bytes that are not valid in the encoding
    UnclosedQuote,   // fatal: a quoted field still open at the end of the file
    StrayQuote,      // a quote inside an unquoted field (strictQuotes)
    TextAfterQuote,  // text between a closing quote and the delimiter
    FieldTooLong,    // longer than Options::maxFieldLength
    RecordTooLong,   // longer than Options::maxRecordLength
    FieldCount,      // more or fewer fields than the header (requireSameFieldCount)
};
bool isFatal(Problem problem);

class TextDecoder;

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype kSampleSize = 64 * 1024; // bytes used to detect encoding and delimiter

    // The device must be open for reading and outlive the reader; fileName is only for errors.
    CsvReader(QIODevice *device, const QString &fileName, const Options &options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the sample and settles encoding and delimiter. next() calls it when needed.
    Result<void> open();

    // The next record; std::nullopt at the end of the input. An error is either recoverable (the
    // bad record is skipped: resynchronised at its end, outside quotes) or fatal (see Problem).
    // The first record read without error is the header for the field count check.
    // An empty line is not a record: it holds no field.
    std::optional<Result<Record>> next();
    bool atEnd() const { return m_finished; } // next() has reported the end or a fatal error

    Encoding encoding() const { return m_encoding; } // resolved after open()
    QString encodingName() const;
    QChar delimiter() const { return QChar(m_delimiter); }
    bool hadBom() const { return m_bomLength > 0; }

    Problem lastProblem() const { return m_problem; }
    qint64 lastProblemByteOffset() const { return m_problemByteOffset; } // start of the bad record
    qint64 bytesRead() const { return m_bytesRead; } // from the device, for progress
    // Code units of decoded text held: about one chunk plus the current record, whatever the
    // file size. Exposed so tests can prove the memory bound.
    qsizetype bufferCapacity() const { return qsizetype(m_text.size()); }

private:
    enum class State { Idle, FieldStart, Unquoted, Quoted, QuoteInQuoted };
    enum class Fill { More, End, Failed };
    struct Span
    {
        qsizetype begin; // first character as written (the opening quote of a quoted field)
        qsizetype start; // value: [start, end)
        qsizetype end;
        bool escaped;    // contains doubled quotes
    };
    struct Location
    {
        qint64 line = 0;
        qint64 column = 0;
    };

    using Step = std::optional<Result<Record>>; // a record, an error, or (internally) keep going

    Result<void> fail(Problem problem, const QString &message);
    std::unexpected<Error> recordError(Problem problem, const QString &message, qsizetype at, bool skipRest);
    std::unexpected<Error> fatalError(Problem problem, const QString &message, Location where);
    std::unexpected<Error> takeFatal();
    std::unexpected<Error> fieldTooLong();
    std::optional<std::unexpected<Error>> checkRecordLength();
    qsizetype readDevice(char *into, qsizetype max);
    Fill refill();
    // At the end of the decoded text inside a record: enforces the record limit and reads on.
    // More: go on parsing; End: the input is finished; or the error to report.
    std::expected<Fill, Error> readOnInRecord();
    void makeRoom(qsizetype units);
    void beginRecord();
    void pushField(qsizetype begin, qsizetype start, qsizetype end, bool escaped)
    {
        if (!m_skipping)
            m_spans.push_back(Span{begin, start, end, escaped});
    }
    int endLine(); // consumes the line end at m_pos; returns the record's line count
    int lineCountAtEnd() const { return int(m_line - m_recLine + 1); }
    Step completeRecord(qsizetype contentEnd, int lineCount);
    Result<Record> finishRecord(qsizetype contentEnd, int lineCount);
    QChar sniffDelimiter(QStringView sample, bool complete) const;
    Location locate(qsizetype offset);
    qint64 columnAt(qsizetype offset);
    qint64 byteOffsetAt(qsizetype offset);
    void startLine(qsizetype offset)
    {
        m_colAnchor = offset;
        m_colAnchorChars = 0;
    }

    QIODevice *m_device;
    QString m_fileName;
    Options m_options;
    bool m_opened = false;
    bool m_finished = false;
    std::optional<Error> m_openError;
    Encoding m_encoding = Encoding::Auto;
    char16_t m_delimiter = 0;
    int m_bomLength = 0;
    std::array<bool, 128> m_stopUnquoted{}; // characters that end a run of plain text
    std::unique_ptr<TextDecoder> m_decoder;

    // Raw bytes: the sample, then one chunk at a time.
    QByteArray m_raw;
    qsizetype m_rawPos = 0;
    bool m_deviceAtEnd = false;
    bool m_decoderFlushed = false;
    qint64 m_bytesRead = 0;
    bool m_decodeFailed = false;
    std::optional<Error> m_pendingFatal;

    // Decoded text [0, m_end), parsed up to m_pos; compacted so that it starts at the current
    // record (or at m_pos between records and while skipping a bad one).
    std::vector<char16_t> m_text;
    qsizetype m_end = 0;
    qsizetype m_pos = 0;
    qsizetype m_normalCapacity = 0;
    bool m_prevUnitWasCr = false; // the unit just before m_text[0]

    // Where we are: physical line, and a column anchor on it (characters before m_colAnchor).
    qint64 m_line = 1;
    qsizetype m_colAnchor = 0;
    qint64 m_colAnchorChars = 0;
    bool m_swallowLf = false; // the last record ended with CR; an LF right after belongs to it
    // Byte offset of m_text[m_byteAnchor] in the file.
    qsizetype m_byteAnchor = 0;
    qint64 m_byteAnchorOffset = 0;

    // The record being parsed.
    State m_state = State::Idle;
    bool m_skipping = false; // after a recoverable error: consume the rest of the record
    qsizetype m_recStart = 0;
    qint64 m_recLine = 0;
    qint64 m_recByteOffset = 0;
    qsizetype m_fieldBegin = 0;
    bool m_fieldEscaped = false;
    std::vector<Span> m_spans;
    Location m_quoteOpened; // resolved when the text around the opening quote may be dropped
    bool m_quoteResolved = false;
    qsizetype m_headerFieldCount = -1;

    Problem m_problem = Problem::None;
    qint64 m_problemByteOffset = -1;
};

} // namespace relatio::csv
