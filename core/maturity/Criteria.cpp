// The maturity model's tables: phases, statements and indicators with their thresholds.
#include "maturity/Criteria.h"

#include <QLocale>

namespace relatio::maturity {

namespace {

struct PhaseRow
{
    const char *name;
    const char *summary;
};

constexpr PhaseRow kPhases[kPhaseCount] = {
    {QT_TRANSLATE_NOOP("Maturity", "No CRM"),
     QT_TRANSLATE_NOOP("Maturity", "Transaction-driven: the focus is on new business, with no attention to retention.")},
    {QT_TRANSLATE_NOOP("Maturity", "Operational CRM"),
     QT_TRANSLATE_NOOP("Maturity", "CRM per department or process (marketing, sales, service); customer data is"
                                   " scattered over several systems and the customer picture is fragmented.")},
    {QT_TRANSLATE_NOOP("Maturity", "Customer Relationship Management"),
     QT_TRANSLATE_NOOP("Maturity", "Customer processes across departments and one central CRM solution; customer"
                                   " data and processes in order under a data-quality policy. The hardest step for"
                                   " large organisations, and the foundation of the next two.")},
    {QT_TRANSLATE_NOOP("Maturity", "Customer Experience"),
     QT_TRANSLATE_NOOP("Maturity", "Employees have room and responsibility; customers choose and switch channels"
                                   " (omnichannel), help themselves online, and loyal customers act as ambassadors.")},
    {QT_TRANSLATE_NOOP("Maturity", "Customer Centric"),
     QT_TRANSLATE_NOOP("Maturity", "Customer orientation is built into processes, organisation and culture; value"
                                   " for and from the customer is in balance; customers co-create; the brand carries"
                                   " through the whole customer journey.")},
};

struct CriterionRow
{
    const char *code;
    int phase;
    const char *statement;
    const char *nextStep;
    const char *evidence; // indicator codes separated by spaces
};

// Phase 1 is the baseline and has no criteria.
constexpr CriterionRow kCriteria[] = {
    {"p2_records", 2,
     QT_TRANSLATE_NOOP("Maturity", "Customer details and contacts are recorded in a CRM system, at least per department."),
     QT_TRANSLATE_NOOP("Maturity", "Record every customer contact in the CRM, starting with sales and service."),
     "contacts_recorded"},
    {"p2_process", 2,
     QT_TRANSLATE_NOOP("Maturity", "Marketing, sales and service each work with a defined customer process."),
     QT_TRANSLATE_NOOP("Maturity", "Describe the customer process of each department: who does what, when, in which system."),
     ""},
    {"p2_follow_up", 2,
     QT_TRANSLATE_NOOP("Maturity", "Follow-ups agreed with customers are done on time."),
     QT_TRANSLATE_NOOP("Maturity", "Give every follow-up a due date and an owner, and review overdue follow-ups weekly."),
     "follow_up_on_time"},
    {"p3_central", 3,
     QT_TRANSLATE_NOOP("Maturity", "One central CRM solution holds the customer data and contacts of all departments."),
     QT_TRANSLATE_NOOP("Maturity", "Bring the customer data and contacts of every department and channel into the one"
                                   " CRM, and retire the separate lists and systems."),
     "multichannel cross_department"},
    {"p3_processes", 3,
     QT_TRANSLATE_NOOP("Maturity", "Customer processes run across departments, from marketing through sales to service."),
     QT_TRANSLATE_NOOP("Maturity", "Design the customer processes end to end across departments, with hand-overs in the CRM."),
     ""},
    {"p3_data_quality", 3,
     QT_TRANSLATE_NOOP("Maturity", "A data-quality policy is in force: an owner, rules and regular checks of customer data."),
     QT_TRANSLATE_NOOP("Maturity", "Appoint an owner of customer data, agree which core data every record needs, and"
                                   " check completeness every month."),
     "core_data_complete"},
    {"p3_duplicates", 3,
     QT_TRANSLATE_NOOP("Maturity", "Duplicate customer records are found and merged regularly."),
     QT_TRANSLATE_NOOP("Maturity", "Find records with the same e-mail address or the same name in the same city and"
                                   " merge them; check for duplicates when records are created."),
     "duplicate_rate"},
    {"p3_consent", 3,
     QT_TRANSLATE_NOOP("Maturity", "Permission for marketing is recorded for each customer."),
     QT_TRANSLATE_NOOP("Maturity", "Ask customers for permission for marketing and record every grant and withdrawal"
                                   " in the CRM."),
     "marketing_consent"},
    {"p4_room", 4,
     QT_TRANSLATE_NOOP("Maturity", "Employees have the room and the responsibility to solve a customer's issue themselves."),
     QT_TRANSLATE_NOOP("Maturity", "Give front-line employees the mandate and the information to solve issues at the"
                                   " first contact."),
     ""},
    {"p4_omnichannel", 4,
     QT_TRANSLATE_NOOP("Maturity", "Customers choose their channel and can switch channels without starting over."),
     QT_TRANSLATE_NOOP("Maturity", "Show the whole contact history in every channel, so a conversation can continue"
                                   " where the customer left it."),
     "multichannel"},
    {"p4_self_service", 4,
     QT_TRANSLATE_NOOP("Maturity", "Customers can help themselves online for common questions (self-service)."),
     QT_TRANSLATE_NOOP("Maturity", "Offer online self-service for the most frequent questions and record its use."),
     "self_service_share"},
    {"p4_measured", 4,
     QT_TRANSLATE_NOOP("Maturity", "Customer satisfaction is measured after contacts, in every channel."),
     QT_TRANSLATE_NOOP("Maturity", "Ask for a satisfaction score (CSAT or NPS) after contacts in every channel and"
                                   " record it with the contact."),
     "satisfaction_measured channels_measured"},
    {"p4_ambassadors", 4,
     QT_TRANSLATE_NOOP("Maturity", "Loyal customers recommend us and act as ambassadors."),
     QT_TRANSLATE_NOOP("Maturity", "Follow up detractors, invite promoters to recommend you, and track the net"
                                   " promoter score."),
     "nps"},
    {"p5_culture", 5,
     QT_TRANSLATE_NOOP("Maturity", "Customer orientation is built into our processes, organisation and culture."),
     QT_TRANSLATE_NOOP("Maturity", "Make customer outcomes part of every team's goals and of management reviews."),
     ""},
    {"p5_value", 5,
     QT_TRANSLATE_NOOP("Maturity", "Value for the customer and value from the customer are in balance, and both are measured."),
     QT_TRANSLATE_NOOP("Maturity", "Measure customer value (revenue, lifetime value) beside customer satisfaction and"
                                   " steer on both."),
     ""},
    {"p5_co_creation", 5,
     QT_TRANSLATE_NOOP("Maturity", "Customers co-create: their ideas are captured and used to improve products and services."),
     QT_TRANSLATE_NOOP("Maturity", "Capture customers' ideas and feedback as contacts in the CRM and report back what"
                                   " was done with them."),
     "ideas_captured"},
    {"p5_journey", 5,
     QT_TRANSLATE_NOOP("Maturity", "The brand promise is kept throughout the whole customer journey."),
     QT_TRANSLATE_NOOP("Maturity", "Map the customer journey and check each step against the brand promise."),
     ""},
};

struct IndicatorRow
{
    const char *code;
    int phase;
    const char *name;
    const char *meaning;
    Comparison comparison;
    double threshold;
    Unit unit;
};

constexpr IndicatorRow kIndicators[] = {
    {"contacts_recorded", 2, QT_TRANSLATE_NOOP("Maturity", "Customers with recorded contacts"),
     QT_TRANSLATE_NOOP("Maturity", "Share of customers with at least one contact recorded in the last 12 months: the"
                                   " CRM is used in daily work."),
     Comparison::AtLeast, 50, Unit::Percent},
    {"follow_up_on_time", 2, QT_TRANSLATE_NOOP("Maturity", "Follow-ups done on time"),
     QT_TRANSLATE_NOOP("Maturity", "Share of follow-ups due in the last 12 months that were done by their due date:"
                                   " how quickly customers get an answer."),
     Comparison::AtLeast, 80, Unit::Percent},
    {"core_data_complete", 3, QT_TRANSLATE_NOOP("Maturity", "Complete core data"),
     QT_TRANSLATE_NOOP("Maturity", "Share of customer records with a name, an e-mail address or phone number, a city"
                                   " and a country: customer data is in order."),
     Comparison::AtLeast, 90, Unit::Percent},
    {"duplicate_rate", 3, QT_TRANSLATE_NOOP("Maturity", "Duplicate rate"),
     QT_TRANSLATE_NOOP("Maturity", "Share of customer records that look like another record (same e-mail address, or"
                                   " same name in the same city): lower is better."),
     Comparison::AtMost, 2, Unit::Percent},
    {"multichannel", 3, QT_TRANSLATE_NOOP("Maturity", "Contacts in two or more channels"),
     QT_TRANSLATE_NOOP("Maturity", "Share of customers with contacts in the last 12 months whose contacts were"
                                   " recorded in two or more channels: one picture across channels."),
     Comparison::AtLeast, 30, Unit::Percent},
    {"cross_department", 3, QT_TRANSLATE_NOOP("Maturity", "Contacts by two or more departments"),
     QT_TRANSLATE_NOOP("Maturity", "Share of customers with contacts in the last 12 months whose contacts were"
                                   " handled by two or more organisation units: one central customer picture."),
     Comparison::AtLeast, 25, Unit::Percent},
    {"marketing_consent", 3, QT_TRANSLATE_NOOP("Maturity", "Marketing permission recorded"),
     QT_TRANSLATE_NOOP("Maturity", "Share of customers with a recorded permission decision (granted or withdrawn)"
                                   " for a marketing purpose."),
     Comparison::AtLeast, 50, Unit::Percent},
    {"satisfaction_measured", 4, QT_TRANSLATE_NOOP("Maturity", "Contacts with a satisfaction score"),
     QT_TRANSLATE_NOOP("Maturity", "Share of contacts in the last 12 months with a CSAT or NPS answer."),
     Comparison::AtLeast, 20, Unit::Percent},
    {"channels_measured", 4, QT_TRANSLATE_NOOP("Maturity", "Channels with satisfaction measured"),
     QT_TRANSLATE_NOOP("Maturity", "Share of the channels used in the last 12 months in which satisfaction was"
                                   " measured at least once."),
     Comparison::AtLeast, 80, Unit::Percent},
    {"self_service_share", 4, QT_TRANSLATE_NOOP("Maturity", "Self-service share"),
     QT_TRANSLATE_NOOP("Maturity", "Share of contacts in the last 12 months where the customer helped themselves online."),
     Comparison::AtLeast, 10, Unit::Percent},
    {"nps", 4, QT_TRANSLATE_NOOP("Maturity", "Net promoter score"),
     QT_TRANSLATE_NOOP("Maturity", "Promoters minus detractors among the NPS answers of the last 12 months, from −100"
                                   " to 100: loyal customers as ambassadors."),
     Comparison::AtLeast, 20, Unit::Score},
    {"ideas_captured", 5, QT_TRANSLATE_NOOP("Maturity", "Customer ideas captured"),
     QT_TRANSLATE_NOOP("Maturity", "Share of customers with contacts in the last 12 months who gave feedback or an"
                                   " idea: customers co-create."),
     Comparison::AtLeast, 5, Unit::Percent},
};

QStringList codes(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QList<Phase> Maturity::phases()
{
    QList<Phase> list;
    for (int i = 0; i < kPhaseCount; ++i)
        list.append(Phase{i + 1, tr(kPhases[i].name), tr(kPhases[i].summary)});
    return list;
}

Phase Maturity::phase(int number)
{
    if (number < 1 || number > kPhaseCount)
        return {};
    return Phase{number, tr(kPhases[number - 1].name), tr(kPhases[number - 1].summary)};
}

QList<Criterion> Maturity::criteria()
{
    QList<Criterion> list;
    for (const CriterionRow &row : kCriteria)
        list.append(Criterion{QString::fromLatin1(row.code), row.phase, tr(row.statement), tr(row.nextStep),
                              codes(row.evidence)});
    return list;
}

QList<Criterion> Maturity::criteriaOfPhase(int phase)
{
    QList<Criterion> list;
    for (const Criterion &c : criteria())
        if (c.phase == phase)
            list.append(c);
    return list;
}

QList<Indicator> Maturity::indicators()
{
    QList<Indicator> list;
    for (const IndicatorRow &row : kIndicators)
        list.append(Indicator{QString::fromLatin1(row.code), row.phase, tr(row.name), tr(row.meaning), row.comparison,
                              row.threshold, row.unit});
    return list;
}

std::optional<Indicator> Maturity::indicator(const QString &code)
{
    for (const IndicatorRow &row : kIndicators)
        if (code == QLatin1String(row.code))
            return Indicator{code, row.phase, tr(row.name), tr(row.meaning), row.comparison, row.threshold, row.unit};
    return std::nullopt;
}

QString Maturity::valueText(const Indicator &indicator, double value)
{
    const QLocale locale;
    if (indicator.unit == Unit::Score)
        return locale.toString(qRound(value));
    // One decimal where it shows (a duplicate rate of 1.4%, 99.5% complete), else whole percents.
    const int decimals = qAbs(value - qRound(value)) >= 0.05 ? 1 : 0;
    return tr("%1%").arg(locale.toString(value, 'f', decimals));
}

QString Maturity::thresholdText(const Indicator &indicator)
{
    const QString value = valueText(indicator, indicator.threshold);
    return indicator.comparison == Comparison::AtLeast ? tr("≥ %1").arg(value) : tr("≤ %1").arg(value);
}

bool Maturity::meets(const Indicator &indicator, double value)
{
    return indicator.comparison == Comparison::AtLeast ? value >= indicator.threshold : value <= indicator.threshold;
}

QString Maturity::scoreName(int score)
{
    switch (score) {
    case 1: return tr("1 – disagree");
    case 2: return tr("2 – mostly disagree");
    case 3: return tr("3 – partly");
    case 4: return tr("4 – mostly agree");
    case 5: return tr("5 – agree");
    default: return tr("not known");
    }
}

} // namespace relatio::maturity
