// Dashboard groupings, date presets and the way figures are written.
#include "dashboard/DashboardFilter.h"

#include <QLocale>

#include <cmath>

namespace relatio {

const QList<CustomerGrouping> &DashboardText::groupings()
{
    static const QList<CustomerGrouping> list = {CustomerGrouping::None, CustomerGrouping::Country,
                                                 CustomerGrouping::Owner, CustomerGrouping::Tag,
                                                 CustomerGrouping::ValueSegment};
    return list;
}

QString DashboardText::groupingName(CustomerGrouping grouping)
{
    switch (grouping) {
    case CustomerGrouping::None: return tr("All customers");
    case CustomerGrouping::Country: return tr("By country");
    case CustomerGrouping::Owner: return tr("By owner");
    case CustomerGrouping::Tag: return tr("By tag");
    case CustomerGrouping::ValueSegment: return tr("By value segment");
    }
    return {};
}

QString DashboardText::allGroupsName(CustomerGrouping grouping)
{
    switch (grouping) {
    case CustomerGrouping::None: return tr("All customers");
    case CustomerGrouping::Country: return tr("All countries");
    case CustomerGrouping::Owner: return tr("All owners");
    case CustomerGrouping::Tag: return tr("All tags");
    case CustomerGrouping::ValueSegment: return tr("All segments");
    }
    return {};
}

QString DashboardText::measureName(Measure measure)
{
    return measure == Measure::Csat ? tr("Satisfaction (CSAT)") : tr("Net promoter score (NPS)");
}

const QList<RangePreset> &DashboardText::presets()
{
    static const QList<RangePreset> list = {RangePreset::Last30Days, RangePreset::LastQuarter,
                                            RangePreset::Last12Months, RangePreset::All, RangePreset::Custom};
    return list;
}

QString DashboardText::presetName(RangePreset preset)
{
    switch (preset) {
    case RangePreset::Last30Days: return tr("Last 30 days");
    case RangePreset::LastQuarter: return tr("Last quarter");
    case RangePreset::Last12Months: return tr("Last 12 months");
    case RangePreset::All: return tr("All dates");
    case RangePreset::Custom: return tr("Custom");
    }
    return {};
}

void DashboardText::presetRange(RangePreset preset, const QDate &today, QDate *from, QDate *to)
{
    *to = today;
    switch (preset) {
    case RangePreset::Last30Days: *from = today.addDays(-29); break;
    case RangePreset::LastQuarter: {
        const int thisQuarterMonth = (today.month() - 1) / 3 * 3 + 1;
        const QDate thisQuarter(today.year(), thisQuarterMonth, 1);
        *from = thisQuarter.addMonths(-3);
        *to = thisQuarter.addDays(-1);
        break;
    }
    case RangePreset::Last12Months: *from = today.addYears(-1).addDays(1); break;
    case RangePreset::All:
    case RangePreset::Custom: *from = earliest(); break;
    }
}

QString DashboardText::rangeText(const QDate &from, const QDate &to)
{
    const QLocale locale;
    if (from <= earliest())
        return tr("All dates up to %1").arg(locale.toString(to, QLocale::ShortFormat));
    return tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat), locale.toString(to, QLocale::ShortFormat));
}

QString DashboardText::csat(double mean)
{
    return QLocale().toString(mean, 'f', 2);
}

QString DashboardText::nps(double nps)
{
    const int rounded = int(std::lround(nps));
    const QString digits = QLocale().toString(rounded);
    return rounded > 0 ? QLocale().positiveSign() + digits : digits;
}

QString DashboardText::count(qint64 n)
{
    return QLocale().toString(n);
}

QString DashboardText::csatInterval(const CsatFigure &figure)
{
    return tr("%1 – %2").arg(csat(figure.low), csat(figure.high));
}

QString DashboardText::npsInterval(const NpsFigure &figure)
{
    return tr("%1 – %2").arg(nps(figure.low), nps(figure.high));
}

QString DashboardText::tooFew(qint64 n)
{
    return tr("n = %1, fewer than %2 answers").arg(count(n), count(SatisfactionStats::minimumAnswers));
}

QString DashboardText::figuresTip(const QString &title, const SatisfactionTally &tally, const CsatFigure &csatFigure,
                                  const NpsFigure &npsFigure)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped())};
    if (csatFigure.count == 0)
        lines.append(tr("Satisfaction (CSAT): no answers"));
    else if (csatFigure.enough)
        lines.append(tr("Satisfaction (CSAT): %1 (95% interval %2), %3 answers")
                         .arg(csat(csatFigure.mean), csatInterval(csatFigure), count(csatFigure.count)));
    else
        lines.append(tr("Satisfaction (CSAT): %1, too uncertain: only %2 answers")
                         .arg(csat(csatFigure.mean), count(csatFigure.count)));
    if (npsFigure.count == 0)
        lines.append(tr("Net promoter score (NPS): no answers"));
    else if (npsFigure.enough)
        lines.append(tr("Net promoter score (NPS): %1 (95% interval %2), %3 answers")
                         .arg(nps(npsFigure.nps), npsInterval(npsFigure), count(npsFigure.count)));
    else
        lines.append(tr("Net promoter score (NPS): %1, too uncertain: only %2 answers")
                         .arg(nps(npsFigure.nps), count(npsFigure.count)));
    if (npsFigure.count > 0)
        lines.append(tr("Promoters %1%, detractors %2%")
                         .arg(QLocale().toString(npsFigure.promotersShare * 100, 'f', 0),
                              QLocale().toString(npsFigure.detractorsShare * 100, 'f', 0)));
    lines.append(tr("Contacts: %1").arg(count(tally.interactions)));
    return lines.join(QStringLiteral("<br>"));
}

QString DashboardText::weekName(const QDate &monday)
{
    int year = 0;
    const int week = monday.weekNumber(&year);
    return tr("Week %1, %2").arg(week).arg(year);
}

QString DashboardText::weekSpan(const QDate &monday)
{
    const QLocale locale;
    const QDate sunday = monday.addDays(6);
    return tr("%1 – %2").arg(locale.toString(monday, QLocale::ShortFormat), locale.toString(sunday, QLocale::ShortFormat));
}

} // namespace relatio
