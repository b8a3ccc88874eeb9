// Identity and time stamps as stored: UUIDs without braces, UTC times as ISO 8601 with milliseconds.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace relatio {

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The uuid of a record named by its kind and name (case-insensitive), the same on every machine:
// two laptops that make the tag "VIP" offline make one tag, not two.
inline QString nameUuid(const char *kind, const QString &name)
{
    static const QUuid ns(QStringLiteral("{6d1f3c52-8a0e-4b7e-9f0a-52c1e0a7d3b4}"));
    return QUuid::createUuidV5(ns, QString::fromLatin1(kind) + QLatin1Char(':') + name.toCaseFolded())
        .toString(QUuid::WithoutBraces);
}

// The uuid of a record named by a key that is exact (not case-folded), such as a product's SKU.
inline QString keyUuid(const char *kind, const QString &key)
{
    static const QUuid ns(QStringLiteral("{6d1f3c52-8a0e-4b7e-9f0a-52c1e0a7d3b4}"));
    return QUuid::createUuidV5(ns, QString::fromLatin1(kind) + QLatin1String("=") + key).toString(QUuid::WithoutBraces);
}

// "2026-11-23T18:07:00.123Z". Written by hand: QDateTime::toString is a tenth of a bulk load.
inline QString toStoredTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[25];
    auto put = [&buffer](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buffer[at + i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    buffer[4] = '-';
    put(5, d.month(), 2);
    buffer[7] = '-';
    put(8, d.day(), 2);
    buffer[10] = 'T';
    put(11, t.hour(), 2);
    buffer[13] = ':';
    put(14, t.minute(), 2);
    buffer[16] = ':';
    put(17, t.second(), 2);
    buffer[19] = '.';
    put(20, t.msec(), 3);
    buffer[23] = 'Z';
    return QString::fromLatin1(buffer, 24);
}

inline QDateTime fromStoredTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline QString nowStored()
{
    return toStoredTime(QDateTime::currentDateTimeUtc());
}

} // namespace relatio
