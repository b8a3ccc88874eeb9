// Relative and compact time texts.
#include "interactions/TimeText.h"

#include <QLocale>

namespace relatio {

QString TimeText::when(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    const qint64 seconds = time.secsTo(now);
    if (seconds >= 0 && seconds < 60)
        return tr("just now");
    if (seconds >= 0 && seconds < 3600) {
        const qint64 minutes = seconds / 60;
        return minutes == 1 ? tr("1 min ago") : tr("%1 min ago").arg(minutes);
    }
    const QString clock = locale.toString(local.time(), QLocale::ShortFormat);
    const qint64 days = local.date().daysTo(localNow.date());
    if (days == 0)
        return tr("today %1").arg(clock);
    if (days == 1)
        return tr("yesterday %1").arg(clock);
    if (days > 1 && days < 7)
        return QStringLiteral("%1 %2").arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat), clock);
    return locale.toString(local, QLocale::ShortFormat);
}

QString TimeText::full(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = time.toLocalTime();
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                                        locale.toString(local.time(), QLocale::ShortFormat));
}

QString TimeText::age(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    // Written out per number: there is no English translation file for %n plurals.
    if (days >= 1)
        return days == 1 ? tr("1 day") : tr("%1 days").arg(QLocale().toString(days));
    if (hours >= 1)
        return tr("%1 h").arg(hours);
    return tr("%1 min").arg(minutes);
}

QString TimeText::day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace relatio
