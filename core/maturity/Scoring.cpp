// The scoring rules of the maturity model.
#include "maturity/Scoring.h"

namespace relatio::maturity {

State Scoring::stateOfScore(int score)
{
    if (score <= 0)
        return State::NotMeasured;
    return score >= kMetScore ? State::Met : State::NotMet;
}

int Scoring::phaseReached(const QHash<QString, int> &scores)
{
    const QList<Criterion> all = Maturity::criteria();
    int reached = kBaselinePhase;
    for (int phase = kBaselinePhase + 1; phase <= kPhaseCount; ++phase) {
        for (const Criterion &c : all)
            if (c.phase == phase && stateOfScore(scores.value(c.code)) != State::Met)
                return reached;
        reached = phase;
    }
    return reached;
}

int Scoring::evidencePhase(const Evidence &evidence)
{
    const QList<Indicator> all = Maturity::indicators();
    int reached = kBaselinePhase;
    for (int phase = kBaselinePhase + 1; phase <= kPhaseCount; ++phase) {
        for (const Indicator &i : all) {
            if (i.phase != phase)
                continue;
            const EvidenceValue *v = evidence.value(i.code);
            if (!v || v->state() != State::Met)
                return reached;
        }
        reached = phase;
    }
    return reached;
}

QList<int> Scoring::metPerPhase(const QHash<QString, int> &scores)
{
    QList<int> met(kPhaseCount, 0);
    for (const Criterion &c : Maturity::criteria())
        if (stateOfScore(scores.value(c.code)) == State::Met)
            ++met[c.phase - 1];
    return met;
}

QString Scoring::stateName(State state)
{
    switch (state) {
    case State::Met: return tr("met");
    case State::NotMet: return tr("not met");
    case State::NotMeasured: break;
    }
    return tr("not measured yet");
}

QString Scoring::stateCode(State state)
{
    switch (state) {
    case State::Met: return QStringLiteral("met");
    case State::NotMet: return QStringLiteral("not_met");
    case State::NotMeasured: break;
    }
    return QStringLiteral("not_measured");
}

namespace {

// All measured indicators met: met; any not met: not met; nothing measured: not measured.
State combined(const QList<const EvidenceValue *> &values)
{
    bool anyMeasured = false;
    for (const EvidenceValue *v : values) {
        if (!v || !v->measured)
            continue;
        anyMeasured = true;
        if (v->state() == State::NotMet)
            return State::NotMet;
    }
    return anyMeasured ? State::Met : State::NotMeasured;
}

} // namespace

QString withoutFullStop(const QString &sentence)
{
    return sentence.endsWith(QLatin1Char('.')) ? sentence.chopped(1) : sentence;
}

namespace {

QString figure(const EvidenceValue &v)
{
    const auto indicator = Maturity::indicator(v.code);
    if (!indicator)
        return {};
    return Scoring::tr("%1 is %2 (threshold %3)")
        .arg(indicator->name, Maturity::valueText(*indicator, v.value), Maturity::thresholdText(*indicator));
}

} // namespace

MaturityResult Scoring::score(const std::optional<Assessment> &assessment, const Evidence &evidence,
                              const QString &unitName)
{
    MaturityResult result;
    result.unitName = unitName;
    result.assessment = assessment;
    result.evidenceAsOf = evidence.asOf;
    const QHash<QString, int> scores = assessment ? assessment->scores : QHash<QString, int>();
    result.phaseReached = assessment ? phaseReached(scores) : kBaselinePhase;
    result.evidencePhase = evidencePhase(evidence);

    const QList<Criterion> criteria = Maturity::criteria();
    const QList<Indicator> indicators = Maturity::indicators();
    for (const Phase &phase : Maturity::phases()) {
        PhaseResult p;
        p.phase = phase;
        for (const Indicator &i : indicators)
            if (i.phase == phase.number) {
                const EvidenceValue *v = evidence.value(i.code);
                p.evidence.append(v ? *v : EvidenceValue{i.code, false, 0, 0, 0, tr("not measured yet")});
            }
        bool allMet = true;
        bool anyMeasured = false;
        for (const Criterion &c : criteria) {
            if (c.phase != phase.number)
                continue;
            CriterionResult r;
            r.criterion = c;
            r.score = scores.value(c.code);
            r.state = stateOfScore(r.score);
            QList<const EvidenceValue *> linked;
            for (const QString &code : c.evidence)
                linked.append(evidence.value(code));
            r.evidenceState = combined(linked);
            if (r.state == State::Met && r.evidenceState == State::NotMet) {
                QStringList failing;
                for (const EvidenceValue *v : linked)
                    if (v && v->state() == State::NotMet)
                        failing.append(figure(*v));
                r.disagreement = tr("Rated as met, but the data says otherwise: %1.").arg(failing.join(QStringLiteral("; ")));
            } else if (r.state == State::NotMet && r.evidenceState == State::Met) {
                QStringList passing;
                for (const EvidenceValue *v : linked)
                    if (v && v->measured)
                        passing.append(figure(*v));
                r.disagreement = tr("Rated as not met, but the data meets the threshold: %1.").arg(passing.join(QStringLiteral("; ")));
            }
            if (r.state == State::Met)
                ++p.met;
            else
                allMet = false;
            anyMeasured = anyMeasured || r.state != State::NotMeasured;
            if (!r.disagreement.isEmpty())
                result.disagreements.append(tr("Phase %1, \"%2\": %3").arg(phase.number).arg(withoutFullStop(c.statement), r.disagreement));
            p.criteria.append(r);
        }
        if (phase.number == kBaselinePhase)
            p.state = State::Met;
        else
            p.state = allMet ? State::Met : anyMeasured ? State::NotMet : State::NotMeasured;
        QList<const EvidenceValue *> own;
        for (const EvidenceValue &v : p.evidence)
            own.append(&v);
        p.evidenceState = phase.number == kBaselinePhase ? State::Met : combined(own);
        // combined() ignores what is not measured; a phase's evidence is met only when all of it is.
        if (p.evidenceState == State::Met)
            for (const EvidenceValue &v : p.evidence)
                if (!v.measured)
                    p.evidenceState = State::NotMeasured;
        result.phases.append(p);
    }

    if (assessment && result.phaseReached != result.evidencePhase)
        result.disagreements.prepend(
            tr("The self-assessment reaches phase %1 (%2); the CRM's data supports phase %3 (%4).")
                .arg(result.phaseReached)
                .arg(Maturity::phase(result.phaseReached).name)
                .arg(result.evidencePhase)
                .arg(Maturity::phase(result.evidencePhase).name));

    const int next = result.phaseReached + 1;
    if (next <= kPhaseCount) {
        const PhaseResult &p = result.phases.at(next - 1);
        if (!assessment)
            result.nextSteps.append(tr("Assess the unit: answer the statements of every phase to find the phase reached."));
        for (const CriterionResult &r : p.criteria) {
            if (r.state == State::Met)
                continue;
            result.blocking.append(r);
            if (assessment)
                result.nextSteps.append(r.criterion.nextStep);
        }
        for (const EvidenceValue &v : p.evidence) {
            if (v.state() == State::Met)
                continue;
            result.blockingEvidence.append(v);
            const auto indicator = Maturity::indicator(v.code);
            if (!indicator)
                continue;
            if (v.measured)
                result.nextSteps.append(tr("Bring \"%1\" from %2 to %3.")
                                            .arg(indicator->name, Maturity::valueText(*indicator, v.value),
                                                 Maturity::thresholdText(*indicator)));
            else
                result.nextSteps.append(tr("Start recording the data behind \"%1\" (not measured yet).").arg(indicator->name));
        }
    }
    return result;
}

} // namespace relatio::maturity
