// Retention review: customers without any activity for a number of years, listed so that someone
// decides whether to keep, delete or erase them. Activity is the latest of: a change to the record,
// a contact, a permission entry, a follow-up changed.
#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace relatio {

struct RetentionCandidate
{
    qint64 id = 0;
    QString displayName;
    QString city;
    QDateTime lastActivity;   // UTC
};

class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    explicit Retention(DatabasePtr db);

    // Live customers whose latest activity is before the cutoff, least recently active first.
    Result<QList<RetentionCandidate>> inactiveSince(const QDateTime &cutoff, int limit = 10000) const;
    // The cutoff for "no activity for years": that many years before now.
    static QDateTime cutoffForYears(int years, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    DatabasePtr m_db;
};

} // namespace relatio
