// The maturity report in text, HTML and JSON.
#include "maturity/MaturityReport.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace relatio::maturity {

namespace {

QString title(const MaturityResult &r)
{
    return r.unitName.isEmpty() ? MaturityReport::tr("CRM maturity")
                                : MaturityReport::tr("CRM maturity of %1").arg(r.unitName);
}

QString assessedLine(const MaturityResult &r)
{
    if (!r.assessment)
        return MaturityReport::tr("No self-assessment yet: the criteria are not measured. The evidence from the CRM's"
                                  " data is shown below.");
    const QString date = QLocale().toString(r.assessment->assessedOn, QLocale::LongFormat);
    return r.assessment->assessor.isEmpty() ? MaturityReport::tr("Self-assessment of %1.").arg(date)
                                            : MaturityReport::tr("Self-assessment of %1 by %2.").arg(date, r.assessment->assessor);
}

QString phaseLabel(int phase)
{
    return MaturityReport::tr("Phase %1: %2").arg(phase).arg(Maturity::phase(phase).name);
}

QString blockingLine(const MaturityResult &r)
{
    if (r.phaseReached >= kPhaseCount)
        return MaturityReport::tr("Every phase is reached.");
    return MaturityReport::tr("What blocks phase %1 (%2):").arg(r.phaseReached + 1).arg(Maturity::phase(r.phaseReached + 1).name);
}

QString blockingItem(const CriterionResult &c)
{
    return MaturityReport::tr("%1 – %2").arg(withoutFullStop(c.criterion.statement), Scoring::stateName(c.state));
}

QString blockingEvidenceItem(const EvidenceValue &v)
{
    const auto i = Maturity::indicator(v.code);
    return MaturityReport::tr("%1: %2, threshold %3").arg(i ? i->name : v.code, MaturityReport::valueText(v),
                                                          i ? Maturity::thresholdText(*i) : QString());
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString stateClass(State s)
{
    return s == State::Met ? QStringLiteral("met") : s == State::NotMet ? QStringLiteral("notmet") : QStringLiteral("none");
}

} // namespace

QString MaturityReport::valueText(const EvidenceValue &value)
{
    if (!value.measured)
        return Scoring::stateName(State::NotMeasured);
    const auto i = Maturity::indicator(value.code);
    return i ? Maturity::valueText(*i, value.value) : QString::number(value.value);
}

QString MaturityReport::text(const MaturityResult &r)
{
    QString s;
    QTextStream out(&s);
    const QString heading = title(r);
    out << heading << "\n" << QString(heading.size(), QLatin1Char('=')) << "\n" << assessedLine(r) << "\n";
    if (r.isAssessed())
        out << tr("Phase reached: %1").arg(phaseLabel(r.phaseReached)) << "\n";
    out << tr("Phase supported by the CRM's data: %1").arg(phaseLabel(r.evidencePhase)) << "\n";
    out << tr("Evidence: the 12 months up to %1.").arg(QLocale().toString(r.evidenceAsOf, QLocale::ShortFormat)) << "\n";

    for (const PhaseResult &p : r.phases) {
        const bool reached = r.isAssessed() && p.phase.number <= r.phaseReached;
        out << "\n" << (reached ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) << phaseLabel(p.phase.number) << "\n";
        if (p.criteria.isEmpty())
            out << "    " << tr("The baseline: every organisation starts here.") << "\n";
        for (const CriterionResult &c : p.criteria) {
            out << "    - " << c.criterion.statement << "\n      "
                << tr("self-assessment: %1").arg(Scoring::stateName(c.state));
            if (c.score > 0)
                out << " (" << Maturity::scoreName(c.score) << ")";
            out << "\n";
            if (!c.disagreement.isEmpty())
                out << "      ! " << c.disagreement << "\n";
        }
        for (const EvidenceValue &v : p.evidence) {
            const auto i = Maturity::indicator(v.code);
            if (!i)
                continue;
            if (v.measured)
                out << "    * " << tr("%1: %2 (threshold %3) – %4").arg(i->name, valueText(v), Maturity::thresholdText(*i),
                                                                       Scoring::stateName(v.state()));
            else
                out << "    * " << tr("%1: not measured yet (threshold %2)").arg(i->name, Maturity::thresholdText(*i));
            out << "\n      " << v.basisText << "\n";
        }
    }

    out << "\n" << blockingLine(r) << "\n";
    for (const CriterionResult &c : r.blocking)
        out << "  - " << blockingItem(c) << "\n";
    for (const EvidenceValue &v : r.blockingEvidence)
        out << "  - " << blockingEvidenceItem(v) << "\n";
    if (!r.disagreements.isEmpty()) {
        out << "\n" << tr("Where the self-assessment and the data disagree:") << "\n";
        for (const QString &d : r.disagreements)
            out << "  - " << d << "\n";
    }
    if (!r.nextSteps.isEmpty()) {
        out << "\n" << tr("Next steps:") << "\n";
        int n = 0;
        for (const QString &step : r.nextSteps)
            out << "  " << ++n << ". " << step << "\n";
    }
    out.flush();
    return s;
}

QString MaturityReport::html(const MaturityResult &r)
{
    QString h;
    QTextStream out(&h);
    out << "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" << escaped(title(r)) << "</title>"
        << "<style>body{font-family:sans-serif;font-size:10pt;} h1{font-size:16pt;} h2{font-size:12pt;margin-top:14pt;}"
           " table{border-collapse:collapse;width:100%;} td,th{border:1px solid #bbb;padding:3px 5px;vertical-align:top;}"
           " th{background:#eee;text-align:left;} .met{color:#1b7a3a;font-weight:bold;} .notmet{color:#b3261e;font-weight:bold;}"
           " .none{color:#666;font-style:italic;} .reached{background:#e3f1e6;} .warn{color:#8a5300;}</style></head><body>";
    out << "<h1>" << escaped(title(r)) << "</h1><p>" << escaped(assessedLine(r)) << "</p><p>";
    if (r.isAssessed())
        out << "<b>" << escaped(tr("Phase reached: %1").arg(phaseLabel(r.phaseReached))) << "</b><br>";
    out << escaped(tr("Phase supported by the CRM's data: %1").arg(phaseLabel(r.evidencePhase))) << "<br>"
        << escaped(tr("Evidence: the 12 months up to %1.").arg(QLocale().toString(r.evidenceAsOf, QLocale::ShortFormat)))
        << "</p>";
    if (r.assessment && !r.assessment->note.isEmpty())
        out << "<p><i>" << escaped(r.assessment->note) << "</i></p>";

    out << "<h2>" << escaped(tr("Phases and criteria")) << "</h2><table><tr><th>" << escaped(tr("Phase"))
        << "</th><th>" << escaped(tr("Criterion")) << "</th><th>" << escaped(tr("Self-assessment")) << "</th></tr>";
    for (const PhaseResult &p : r.phases) {
        const bool reached = r.isAssessed() && p.phase.number <= r.phaseReached;
        const int rows = std::max<int>(1, int(p.criteria.size()));
        const QString rowClass = reached ? QStringLiteral(" class=\"reached\"") : QString();
        out << "<tr" << rowClass << "><td rowspan=\"" << rows << "\"><b>" << escaped(phaseLabel(p.phase.number))
            << "</b><br><small>" << escaped(p.phase.summary) << "</small></td>";
        if (p.criteria.isEmpty())
            out << "<td colspan=\"2\">" << escaped(tr("The baseline: every organisation starts here.")) << "</td></tr>";
        for (qsizetype i = 0; i < p.criteria.size(); ++i) {
            const CriterionResult &c = p.criteria.at(i);
            if (i > 0)
                out << "<tr" << rowClass << ">";
            out << "<td>" << escaped(c.criterion.statement);
            if (!c.disagreement.isEmpty())
                out << "<br><span class=\"warn\">" << escaped(c.disagreement) << "</span>";
            out << "</td><td><span class=\"" << stateClass(c.state) << "\">" << escaped(Scoring::stateName(c.state))
                << "</span>";
            if (c.score > 0)
                out << "<br><small>" << escaped(Maturity::scoreName(c.score)) << "</small>";
            out << "</td></tr>";
        }
    }
    out << "</table>";

    out << "<h2>" << escaped(tr("Evidence from the CRM's data")) << "</h2><table><tr><th width=\"6%\">"
        << escaped(tr("Phase")) << "</th><th width=\"46%\">" << escaped(tr("Indicator")) << "</th><th width=\"22%\">"
        << escaped(tr("Value")) << "</th><th width=\"12%\" nowrap>" << escaped(tr("Threshold"))
        << "</th><th width=\"14%\">" << escaped(tr("State")) << "</th></tr>";
    for (const PhaseResult &p : r.phases)
        for (const EvidenceValue &v : p.evidence) {
            const auto i = Maturity::indicator(v.code);
            if (!i)
                continue;
            out << "<tr><td>" << p.phase.number << "</td><td><b>" << escaped(i->name) << "</b><br><small>"
                << escaped(i->meaning) << "</small></td><td>" << escaped(valueText(v)) << "<br><small>"
                << escaped(v.basisText) << "</small></td><td>" << escaped(Maturity::thresholdText(*i))
                << "</td><td><span class=\"" << stateClass(v.state()) << "\">" << escaped(Scoring::stateName(v.state()))
                << "</span></td></tr>";
        }
    out << "</table>";

    out << "<h2>" << escaped(blockingLine(r)) << "</h2>";
    if (!r.blocking.isEmpty() || !r.blockingEvidence.isEmpty()) {
        out << "<ul>";
        for (const CriterionResult &c : r.blocking)
            out << "<li>" << escaped(blockingItem(c)) << "</li>";
        for (const EvidenceValue &v : r.blockingEvidence)
            out << "<li>" << escaped(blockingEvidenceItem(v)) << "</li>";
        out << "</ul>";
    }
    if (!r.disagreements.isEmpty()) {
        out << "<h2>" << escaped(tr("Where the self-assessment and the data disagree")) << "</h2><ul>";
        for (const QString &d : r.disagreements)
            out << "<li class=\"warn\">" << escaped(d) << "</li>";
        out << "</ul>";
    }
    if (!r.nextSteps.isEmpty()) {
        out << "<h2>" << escaped(tr("Next steps")) << "</h2><ol>";
        for (const QString &step : r.nextSteps)
            out << "<li>" << escaped(step) << "</li>";
        out << "</ol>";
    }
    out << "</body></html>";
    out.flush();
    return h;
}

QJsonObject MaturityReport::json(const MaturityResult &r)
{
    QJsonObject root;
    root.insert(QStringLiteral("unit"), r.unitName.isEmpty() ? QJsonValue() : QJsonValue(r.unitName));
    if (r.assessment) {
        root.insert(QStringLiteral("assessment"),
                    QJsonObject{{QStringLiteral("uuid"), r.assessment->uuid},
                                {QStringLiteral("assessed_on"), r.assessment->assessedOn.toString(Qt::ISODate)},
                                {QStringLiteral("assessor"), r.assessment->assessor},
                                {QStringLiteral("note"), r.assessment->note}});
        root.insert(QStringLiteral("phase_reached"), r.phaseReached);
    } else {
        root.insert(QStringLiteral("assessment"), QJsonValue());
        root.insert(QStringLiteral("phase_reached"), QJsonValue());
    }
    root.insert(QStringLiteral("evidence_phase"), r.evidencePhase);
    root.insert(QStringLiteral("evidence_as_of"), r.evidenceAsOf.toString(Qt::ISODate));
    QJsonArray phases;
    for (const PhaseResult &p : r.phases) {
        QJsonArray criteria;
        for (const CriterionResult &c : p.criteria)
            criteria.append(QJsonObject{{QStringLiteral("code"), c.criterion.code},
                                        {QStringLiteral("statement"), c.criterion.statement},
                                        {QStringLiteral("score"), c.score > 0 ? QJsonValue(c.score) : QJsonValue()},
                                        {QStringLiteral("state"), Scoring::stateCode(c.state)},
                                        {QStringLiteral("evidence_state"), Scoring::stateCode(c.evidenceState)},
                                        {QStringLiteral("evidence"), QJsonArray::fromStringList(c.criterion.evidence)},
                                        {QStringLiteral("disagreement"), c.disagreement.isEmpty() ? QJsonValue() : QJsonValue(c.disagreement)}});
        QJsonArray evidence;
        for (const EvidenceValue &v : p.evidence) {
            const auto i = Maturity::indicator(v.code);
            evidence.append(QJsonObject{
                {QStringLiteral("code"), v.code},
                {QStringLiteral("name"), i ? i->name : QString()},
                {QStringLiteral("meaning"), i ? i->meaning : QString()},
                {QStringLiteral("value"), v.measured ? QJsonValue(qRound(v.value * 10) / 10.0) : QJsonValue()},
                {QStringLiteral("count"), v.measured ? QJsonValue(v.count) : QJsonValue()},
                {QStringLiteral("basis"), v.measured ? QJsonValue(v.basis) : QJsonValue()},
                {QStringLiteral("comparison"), i && i->comparison == Comparison::AtMost ? QStringLiteral("at_most")
                                                                                         : QStringLiteral("at_least")},
                {QStringLiteral("threshold"), i ? i->threshold : 0},
                {QStringLiteral("unit"), i && i->unit == Unit::Score ? QStringLiteral("score") : QStringLiteral("percent")},
                {QStringLiteral("state"), Scoring::stateCode(v.state())},
                {QStringLiteral("detail"), v.basisText}});
        }
        phases.append(QJsonObject{{QStringLiteral("number"), p.phase.number},
                                  {QStringLiteral("name"), p.phase.name},
                                  {QStringLiteral("reached"), r.isAssessed() && p.phase.number <= r.phaseReached},
                                  {QStringLiteral("state"), Scoring::stateCode(p.state)},
                                  {QStringLiteral("evidence_state"), Scoring::stateCode(p.evidenceState)},
                                  {QStringLiteral("criteria"), criteria},
                                  {QStringLiteral("evidence"), evidence}});
    }
    root.insert(QStringLiteral("phases"), phases);
    QJsonArray blocking;
    for (const CriterionResult &c : r.blocking)
        blocking.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("criterion")},
                                    {QStringLiteral("code"), c.criterion.code},
                                    {QStringLiteral("text"), c.criterion.statement},
                                    {QStringLiteral("state"), Scoring::stateCode(c.state)}});
    for (const EvidenceValue &v : r.blockingEvidence) {
        const auto i = Maturity::indicator(v.code);
        blocking.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("evidence")},
                                    {QStringLiteral("code"), v.code},
                                    {QStringLiteral("text"), i ? i->name : QString()},
                                    {QStringLiteral("state"), Scoring::stateCode(v.state())}});
    }
    root.insert(QStringLiteral("next_phase"), r.phaseReached < kPhaseCount ? QJsonValue(r.phaseReached + 1) : QJsonValue());
    root.insert(QStringLiteral("blocking"), blocking);
    root.insert(QStringLiteral("disagreements"), QJsonArray::fromStringList(r.disagreements));
    root.insert(QStringLiteral("next_steps"), QJsonArray::fromStringList(r.nextSteps));
    return root;
}

} // namespace relatio::maturity
