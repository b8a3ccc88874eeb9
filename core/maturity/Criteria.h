// The five-phase CRM maturity model as data: the phases, the self-assessment statements (the
// criteria) and the evidence indicators with their thresholds. Review and change them here only.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relatio::maturity {

constexpr int kPhaseCount = 5;
constexpr int kBaselinePhase = 1;   // No CRM: every organisation has reached it
constexpr int kMinScore = 1;        // the answer scale: 1 disagree … 5 agree; 0 = not known
constexpr int kMaxScore = 5;
constexpr int kMetScore = 4;        // a statement scored this or higher counts as met

struct Phase
{
    int number = 0;          // 1 … 5
    QString name;            // translated
    QString summary;         // translated, one sentence
};

// A statement of the self-assessment. It belongs to the phase it helps reach; evidence names the
// indicators (codes) that check it against the CRM's own data.
struct Criterion
{
    QString code;            // stored in maturity_answer.statement: never change a released one
    int phase = 0;
    QString statement;       // translated
    QString nextStep;        // translated: what to do when it is not met
    QStringList evidence;
};

enum class Comparison { AtLeast, AtMost };
enum class Unit { Percent, Score };

// An evidence indicator: a figure computed from the CRM's data and the threshold it must reach.
struct Indicator
{
    QString code;            // stable, for JSON and tests
    int phase = 0;
    QString name;            // translated
    QString meaning;         // translated: what the figure says about the organisation
    Comparison comparison = Comparison::AtLeast;
    double threshold = 0;    // in unit: percent 0 … 100, or NPS −100 … 100
    Unit unit = Unit::Percent;
};

class Maturity
{
    Q_DECLARE_TR_FUNCTIONS(Maturity)

public:
    static QList<Phase> phases();
    static Phase phase(int number);
    static QList<Criterion> criteria();
    static QList<Criterion> criteriaOfPhase(int phase);
    static QList<Indicator> indicators();
    static std::optional<Indicator> indicator(const QString &code);
    // "≥ 90%", "≤ 2%", "≥ 20": the threshold as people read it.
    static QString thresholdText(const Indicator &indicator);
    // A value in the indicator's unit: "87.5%", "34".
    static QString valueText(const Indicator &indicator, double value);
    static bool meets(const Indicator &indicator, double value);
    // The answer scale's labels: 0 not known, 1 … 5 disagree … agree.
    static QString scoreName(int score);
};

} // namespace relatio::maturity
