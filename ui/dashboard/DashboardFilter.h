// What the dashboard shows: a date range (from a preset or chosen), a customer grouping and
// optionally one group of it. Also the groupings on offer, in one list to extend.
#pragma once

#include "interactions/SatisfactionStats.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace relatio {

enum class RangePreset { Last30Days, LastQuarter, Last12Months, All, Custom };

// The satisfaction measure a view shows.
enum class Measure { Csat, Nps };

struct DashboardFilter
{
    QDate from;
    QDate to;
    CustomerGrouping grouping = CustomerGrouping::None;
    QVariant group;            // invalid = every group of the grouping

    StatsQuery query() const { return StatsQuery{from, to, grouping, group}; }
    bool operator==(const DashboardFilter &other) const = default;
};

class DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardText)

public:
    // The groupings the selector offers, in order. New groupings (segments) are added here and
    // in groupingName(); everything else follows from CustomerGrouping.
    static const QList<CustomerGrouping> &groupings();
    static QString groupingName(CustomerGrouping grouping);      // "By country"
    static QString allGroupsName(CustomerGrouping grouping);     // "All countries"

    static QString measureName(Measure measure);                // "Satisfaction (CSAT)"
    // The scale a measure is drawn on: CSAT 1..5, NPS -100..100.
    static double scaleMin(Measure measure) { return measure == Measure::Csat ? 1.0 : -100.0; }
    static double scaleMax(Measure measure) { return measure == Measure::Csat ? 5.0 : 100.0; }
    static QString figure(Measure measure, double value) { return measure == Measure::Csat ? csat(value) : nps(value); }

    static const QList<RangePreset> &presets();
    static QString presetName(RangePreset preset);
    // The days a preset covers, counted back from today (the last quarter is the calendar quarter
    // before today's). All starts at kEarliest.
    static void presetRange(RangePreset preset, const QDate &today, QDate *from, QDate *to);
    static QDate earliest() { return QDate(2000, 1, 1); }

    // "1 Jan 2025 – 31 Mar 2025", or "all dates up to 31 Mar 2025".
    static QString rangeText(const QDate &from, const QDate &to);

    // Figures as the dashboard writes them, in the user's locale.
    static QString csat(double mean);                    // "4.21"
    static QString nps(double nps);                      // "+23", "−7"
    static QString count(qint64 n);                      // "1,234"
    static QString csatInterval(const CsatFigure &figure); // "4.10 – 4.32"
    static QString npsInterval(const NpsFigure &figure);
    // "n = 12, fewer than 30 answers"
    static QString tooFew(qint64 n);
    // The exact figures of a cell, for tooltips: one line per measure.
    static QString figuresTip(const QString &title, const SatisfactionTally &tally, const CsatFigure &csat,
                              const NpsFigure &nps);
    // ISO week of a Monday: "Week 10, 2025".
    static QString weekName(const QDate &monday);
    // "3 Mar – 9 Mar 2025"
    static QString weekSpan(const QDate &monday);
};

} // namespace relatio
