// Acquisition and retention costs as recorded: an amount spent on a segment (or all segments)
// through a channel (or all channels) over a period of days.
#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace relatio {

enum class CostKind { Acquisition, Retention };

QString costKindCode(CostKind kind);          // "acquisition", "retention" (stored)
std::optional<CostKind> costKindFromCode(const QString &code);

struct CostEntry
{
    qint64 id = 0;
    QString uuid;
    CostKind kind = CostKind::Retention;
    int segment = 0;            // 0 = all segments; 1 … 10 = RfmSegment + 1
    qint64 channelId = 0;       // 0 = all channels
    QDate periodStart;          // local days, both included
    QDate periodEnd;
    qint64 amountCents = 0;     // in the currency's minor unit
    QString currency;           // ISO 4217
    QString note;
    bool deleted = false;
    QString channelName;        // filled when read, for display

    // Days in the period, both ends included.
    qint64 days() const { return periodStart.daysTo(periodEnd) + 1; }
    // The part of the amount that falls in [from, to], by days (a cost is spread evenly over its
    // period): amount × overlapping days / days of the period. 0 when they do not overlap.
    double proratedCents(QDate from, QDate to) const;
};

class CostEntryRepository
{
    Q_DECLARE_TR_FUNCTIONS(CostEntryRepository)

public:
    explicit CostEntryRepository(DatabasePtr db);

    // Entries whose period overlaps [from, to] (an invalid date leaves that end open), newest
    // period first; deleted ones only when asked.
    Result<QList<CostEntry>> entries(QDate from = {}, QDate to = {}, bool includeDeleted = false) const;
    Result<CostEntry> entry(qint64 id) const;
    Result<void> validate(const CostEntry &entry) const;
    Result<qint64> add(const CostEntry &entry);
    Result<void> update(const CostEntry &entry);
    Result<void> remove(qint64 id);
    Result<void> restore(qint64 id);
    // The currencies used so far (purchases, products and costs), most used first.
    Result<QStringList> currencies() const;

private:
    DatabasePtr m_db;
};

} // namespace relatio
