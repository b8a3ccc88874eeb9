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

inline QString toStoredTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
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
