// Incremental decoding of CSV bytes into UTF-16 that stops at the first invalid byte, so the reader
// can say on which line and column the file stops being valid text.
#pragma once

#include "csv/CsvReader.h"

#include <QByteArray>

namespace relatio::csv {

class TextDecoder
{
public:
    // encoding is a resolved one: Utf8, Utf16LE, Utf16BE, Windows1252 or Latin1.
    explicit TextDecoder(Encoding encoding);

    // Most UTF-16 code units that decode() writes for `bytes` input bytes.
    static qsizetype maxUnits(qsizetype bytes) { return bytes + 8; }

    struct Outcome
    {
        qsizetype written = 0;  // code units written before the end or the invalid byte
        bool invalid = false;   // decoding stopped at bytes that are not valid in the encoding
    };

    // Decodes `size` bytes into `out`, which has room for maxUnits(size) code units. A character
    // split between calls is completed by the next call; `atEnd` says no bytes follow, so an
    // incomplete character then is invalid. After an invalid outcome the decoder stays failed.
    Outcome decode(const char *in, qsizetype size, char16_t *out, bool atEnd);

    // The bytes that could not be decoded (at most four), for the message.
    QByteArray invalidBytes() const { return m_invalidBytes; }
    bool truncated() const { return m_truncated; }  // the input ends inside a character

    // How many input bytes the given decoded text took.
    qint64 byteLength(const char16_t *text, qsizetype size) const;

private:
    const unsigned char *decodeSome(const unsigned char *s, const unsigned char *e, char16_t *&out);

    Encoding m_encoding;
    unsigned char m_carry[8] = {};
    int m_carryLength = 0;
    bool m_failed = false;
    bool m_truncated = false;
    bool m_sawNonAscii = false;  // all text so far is ASCII: bytes = code units for UTF-8
    QByteArray m_invalidBytes;
};

// The character Windows-1252 maps a byte to (Latin-1 outside 0x80–0x9F).
char16_t windows1252ToUnicode(unsigned char byte);

} // namespace relatio::csv
