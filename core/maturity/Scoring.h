// The scoring rules of the maturity model: criterion states from a self-assessment, the phase
// reached, what blocks the next phase, where the CRM's data disagrees, and the next steps.
#pragma once

#include "maturity/Assessments.h"
#include "maturity/Criteria.h"
#include "maturity/Evidence.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace relatio::maturity {

struct CriterionResult
{
    Criterion criterion;
    int score = 0;                          // 0: not answered (or no assessment)
    State state = State::NotMeasured;       // from the self-assessment
    State evidenceState = State::NotMeasured; // its indicators: all met, any not met, or none measured
    QString disagreement;                   // translated; empty when self-assessment and data agree
};

struct PhaseResult
{
    Phase phase;
    QList<CriterionResult> criteria;
    QList<EvidenceValue> evidence;          // the indicators of this phase
    State state = State::NotMeasured;       // self-assessment: met when every criterion is met
    State evidenceState = State::NotMeasured;
    int met = 0;                            // criteria met by the self-assessment
};

struct MaturityResult
{
    QString unitName;                       // empty: the evidence alone
    std::optional<Assessment> assessment;   // the assessment scored, if any
    QDate evidenceAsOf;
    QList<PhaseResult> phases;              // 1 … 5
    int phaseReached = kBaselinePhase;      // by the self-assessment
    int evidencePhase = kBaselinePhase;     // by the CRM's data alone
    QList<CriterionResult> blocking;        // criteria of the next phase not met (none at phase 5)
    QList<EvidenceValue> blockingEvidence;  // indicators of the next phase not met or not measured
    QStringList disagreements;              // translated
    QStringList nextSteps;                  // translated

    bool isAssessed() const { return assessment.has_value(); }
};

// A statement without its closing full stop, for quoting it inside a sentence.
QString withoutFullStop(const QString &sentence);

class Scoring
{
    Q_DECLARE_TR_FUNCTIONS(Scoring)

public:
    // 4 or 5 met, 1 … 3 not met, 0 (not known, not answered) not measured.
    static State stateOfScore(int score);
    // The highest phase whose criteria and those of all lower phases are met; phase 1 always.
    static int phaseReached(const QHash<QString, int> &scores);
    // The same rule on the evidence: every indicator up to the phase met (not measured blocks).
    static int evidencePhase(const Evidence &evidence);
    // How many criteria of each phase the answers meet (index 0 … 4 for phases 1 … 5).
    static QList<int> metPerPhase(const QHash<QString, int> &scores);

    static MaturityResult score(const std::optional<Assessment> &assessment, const Evidence &evidence,
                                const QString &unitName = {});

    static QString stateName(State state);  // translated: met, not met, not measured yet
    static QString stateCode(State state);  // for JSON: met, not_met, not_measured
};

} // namespace relatio::maturity
