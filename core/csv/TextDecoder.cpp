// Incremental UTF-8, UTF-16, Windows-1252 and Latin-1 decoding for the CSV reader.
#include "csv/TextDecoder.h"

#include <algorithm>
#include <cstring>

namespace relatio::csv {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five bytes Windows leaves undefined
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same value, as the WHATWG
// encoding standard does, so no byte is ever rejected or lost.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

constexpr quint64 kHighBits = 0x8080808080808080ULL;

inline bool isHighSurrogate(char16_t u) { return (u & 0xFC00) == 0xD800; }
inline bool isLowSurrogate(char16_t u) { return (u & 0xFC00) == 0xDC00; }

} // namespace

char16_t windows1252ToUnicode(unsigned char byte)
{
    return byte >= 0x80 && byte <= 0x9F ? kWindows1252High[byte - 0x80] : char16_t(byte);
}

TextDecoder::TextDecoder(Encoding encoding)
    : m_encoding(encoding)
{
}

TextDecoder::Outcome TextDecoder::decode(const char *in, qsizetype size, char16_t *out, bool atEnd)
{
    Outcome outcome;
    if (m_failed) {
        outcome.invalid = true;
        return outcome;
    }
    char16_t *d = out;
    auto s = reinterpret_cast<const unsigned char *>(in);
    const auto e = s + size;

    if (m_carryLength > 0) {
        // Complete the character split at the end of the previous input in a small scratch copy.
        unsigned char scratch[sizeof m_carry];
        const int take = int(std::min<qsizetype>(size, qsizetype(sizeof m_carry) - m_carryLength));
        std::memcpy(scratch, m_carry, size_t(m_carryLength));
        if (take > 0)
            std::memcpy(scratch + m_carryLength, s, size_t(take));
        const int total = m_carryLength + take;
        const int used = int(decodeSome(scratch, scratch + total, d) - scratch);
        if (m_failed) {
            outcome.written = d - out;
            outcome.invalid = true;
            return outcome;
        }
        if (used < m_carryLength) {
            // Still incomplete; all of the input went into the scratch copy.
            std::memmove(m_carry, scratch + used, size_t(total - used));
            m_carryLength = total - used;
            s = e;
        } else {
            s += used - m_carryLength;
            m_carryLength = 0;
        }
    }
    if (s < e) {
        const unsigned char *stop = decodeSome(s, e, d);
        if (m_failed) {
            outcome.written = d - out;
            outcome.invalid = true;
            return outcome;
        }
        m_carryLength = int(e - stop);
        std::memcpy(m_carry, stop, size_t(m_carryLength));
    }
    if (atEnd && m_carryLength > 0) {
        m_failed = true;
        m_truncated = true;
        m_invalidBytes = QByteArray(reinterpret_cast<const char *>(m_carry), m_carryLength);
        outcome.invalid = true;
    }
    outcome.written = d - out;
    return outcome;
}

// Decodes whole characters from [s, e) and returns where it stopped: at e, at an incomplete
// character at the end, or (with m_failed set) at the first invalid byte sequence.
const unsigned char *TextDecoder::decodeSome(const unsigned char *s, const unsigned char *e, char16_t *&out)
{
    char16_t *d = out;
    switch (m_encoding) {
    case Encoding::Latin1:
        while (s < e)
            *d++ = *s++;
        break;
    case Encoding::Windows1252:
        while (s < e)
            *d++ = windows1252ToUnicode(*s++);
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool le = m_encoding == Encoding::Utf16LE;
        auto unitAt = [le](const unsigned char *p) {
            return le ? char16_t(p[0] | (p[1] << 8)) : char16_t((p[0] << 8) | p[1]);
        };
        while (e - s >= 2) {
            const char16_t u = unitAt(s);
            if (u >= 0x80)
                m_sawNonAscii = true;
            if (isHighSurrogate(u)) {
                if (e - s < 4)
                    break; // the low half follows in the next input
                const char16_t low = unitAt(s + 2);
                if (!isLowSurrogate(low)) {
                    m_failed = true;
                    m_invalidBytes = QByteArray(reinterpret_cast<const char *>(s), 2);
                    break;
                }
                *d++ = u;
                *d++ = low;
                s += 4;
                continue;
            }
            if (isLowSurrogate(u)) {
                m_failed = true;
                m_invalidBytes = QByteArray(reinterpret_cast<const char *>(s), 2);
                break;
            }
            *d++ = u;
            s += 2;
        }
        break;
    }
    default: // UTF-8
        while (s < e) {
            // Plain ASCII eight bytes at a time: the common case for CSV.
            while (e - s >= 8) {
                quint64 block;
                std::memcpy(&block, s, 8);
                if (block & kHighBits)
                    break;
                for (int i = 0; i < 8; ++i)
                    d[i] = s[i];
                d += 8;
                s += 8;
            }
            if (s == e)
                break;
            const unsigned char lead = *s;
            if (lead < 0x80) {
                *d++ = lead;
                ++s;
                continue;
            }
            m_sawNonAscii = true;
            int length;
            char32_t cp;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
                cp = lead & 0x1F;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                cp = lead & 0x0F;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                cp = lead & 0x07;
            } else {
                m_failed = true;
                m_invalidBytes = QByteArray(1, char(lead));
                break;
            }
            const qsizetype available = e - s;
            bool complete = true;
            for (int i = 1; i < length; ++i) {
                if (i >= available) {
                    complete = false; // the rest follows in the next input
                    break;
                }
                const unsigned char c = s[i];
                bool ok = (c & 0xC0) == 0x80;
                // Reject overlong forms, UTF-16 surrogates and code points above U+10FFFF.
                if (ok && i == 1)
                    ok = !(lead == 0xE0 && c < 0xA0) && !(lead == 0xED && c > 0x9F)
                         && !(lead == 0xF0 && c < 0x90) && !(lead == 0xF4 && c > 0x8F);
                if (!ok) {
                    m_failed = true;
                    m_invalidBytes = QByteArray(reinterpret_cast<const char *>(s), i + 1);
                    break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (m_failed || !complete)
                break;
            if (cp >= 0x10000) {
                cp -= 0x10000;
                *d++ = char16_t(0xD800 + (cp >> 10));
                *d++ = char16_t(0xDC00 + (cp & 0x3FF));
            } else {
                *d++ = char16_t(cp);
            }
            s += length;
        }
        break;
    }
    out = d;
    return s;
}

qint64 TextDecoder::byteLength(const char16_t *text, qsizetype size) const
{
    switch (m_encoding) {
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        return 2 * qint64(size);
    case Encoding::Latin1:
    case Encoding::Windows1252:
        return size;
    default:
        break;
    }
    if (!m_sawNonAscii)
        return size;
    // UTF-8: one byte per ASCII unit, two below U+0800, three above, and two per surrogate
    // (a pair is four bytes).
    qint64 extra = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i];
        extra += int(c >= 0x80) + int(c >= 0x800) - int((c & 0xF800) == 0xD800);
    }
    return size + extra;
}

} // namespace relatio::csv
