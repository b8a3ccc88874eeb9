// Times as people read them in lists: "just now", "today 14:05", "3 days" of age.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace relatio {

class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    // When something happened, in local time: relative for the last hour, "today"/"yesterday"
    // with the time for the last two days, the weekday within a week, else the short date.
    static QString when(const QDateTime &time, const QDateTime &now);
    // The full local date and time, for tool tips and details.
    static QString full(const QDateTime &time);
    // How long ago, compactly ("12 min", "5 h", "3 days"), for an age column.
    static QString age(const QDateTime &since, const QDateTime &now);
    // A local calendar day, short ("12-03-2026" in Dutch).
    static QString day(const QDate &date);
};

} // namespace relatio
