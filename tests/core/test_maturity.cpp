// The CRM maturity model: scoring rules (phase reached, blocking criteria, not measured), each
// evidence indicator on small hand-made databases, units and assessments, the history models,
// the report and relatio-cli report maturity.
#include "CliTestSupport.h"
#include "PgTestSupport.h"

#include "customers/CustomerRepository.h"
#include "maturity/Assessments.h"
#include "maturity/Criteria.h"
#include "maturity/Evidence.h"
#include "maturity/HistoryModel.h"
#include "maturity/MaturityReport.h"
#include "maturity/Scoring.h"
#include "privacy/ConsentRepository.h"
#include "util/Stamps.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace relatio;
using namespace relatio::maturity;
using relatio::test::cli;
using relatio::test::StoreKind;
using relatio::test::TestStore;
using relatio::test::StoreKind;
using relatio::test::StoreKind;
using relatio::test::TempDatabase;
using relatio::test::TestStore;
using relatio::test::TestStore;

namespace {

const QDate kAsOf(2026, 6, 30);

// Every statement of the phases up to `upTo` scored `score`, the rest `rest`.
QHash<QString, int> answers(int upTo, int score = 5, int rest = 2)
{
    QHash<QString, int> a;
    for (const Criterion &c : Maturity::criteria())
        a.insert(c.code, c.phase <= upTo ? score : rest);
    return a;
}

// Evidence with every indicator met, or as given.
Evidence evidenceAllMet()
{
    Evidence e;
    e.asOf = kAsOf;
    for (const Indicator &i : Maturity::indicators()) {
        EvidenceValue v;
        v.code = i.code;
        v.measured = true;
        v.value = i.comparison == Comparison::AtLeast ? i.threshold + 1 : i.threshold - 1;
        v.count = 1;
        v.basis = 1;
        e.values.append(v);
    }
    return e;
}

EvidenceValue &valueOf(Evidence &e, const char *code)
{
    for (EvidenceValue &v : e.values)
        if (v.code == QLatin1String(code))
            return v;
    FAIL("no indicator " << code);
    return e.values.first();
}

const EvidenceValue &measured(const Evidence &e, const char *code)
{
    const EvidenceValue *v = e.value(QString::fromLatin1(code));
    REQUIRE(v != nullptr);
    return *v;
}

void exec(const DatabasePtr &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db->connection());
    REQUIRE(q.prepare(sql));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
}

qint64 person(CustomerRepository &repo, const QString &given, const QString &family, const QString &email,
              const QString &city, const QString &country = QStringLiteral("NL"), const QString &phone = {})
{
    Customer c;
    c.givenName = given;
    c.familyName = family;
    c.email = email;
    c.city = city;
    c.country = country;
    c.phone = phone;
    const auto id = repo.create(c);
    REQUIRE(id);
    return *id;
}

// A contact at a UTC time with a channel (1 phone, 2 email, 3 web, …), kind and team member.
void contact(const DatabasePtr &db, qint64 customer, const QString &at, int channel, const QString &kind = QStringLiteral("question"),
             qint64 handledBy = 0, QVariant csat = {}, QVariant nps = {})
{
    exec(db,
         QStringLiteral("INSERT INTO interaction (uuid, customer_id, occurred_at, channel_id, direction, kind, handled_by,"
                        " csat, nps, created_at, updated_at) VALUES (?, ?, ?, ?, 'in', ?, ?, ?, ?, ?, ?)"),
         {newUuid(), customer, at, channel, kind, handledBy ? QVariant(handledBy) : QVariant(QMetaType(QMetaType::LongLong)),
          csat.isValid() ? csat : QVariant(QMetaType(QMetaType::Int)), nps.isValid() ? nps : QVariant(QMetaType(QMetaType::Int)),
          at, at});
}

Evidence measure(const DatabasePtr &db)
{
    const auto e = EvidenceQuery::measure(db, kAsOf);
    REQUIRE(e);
    return *e;
}

} // namespace

TEST_CASE("The maturity model's data tables are complete and consistent", "[maturity]")
{
    const QList<Phase> phases = Maturity::phases();
    REQUIRE(phases.size() == kPhaseCount);
    CHECK(phases.first().name == QStringLiteral("No CRM"));
    CHECK(phases.last().name == QStringLiteral("Customer Centric"));
    CHECK(Maturity::criteriaOfPhase(1).isEmpty());   // the baseline
    QSet<QString> codes;
    QSet<QString> indicatorCodes;
    for (const Indicator &i : Maturity::indicators()) {
        CHECK(i.phase >= 2);
        CHECK_FALSE(i.name.isEmpty());
        CHECK_FALSE(i.meaning.isEmpty());
        indicatorCodes.insert(i.code);
    }
    for (int phase = 2; phase <= kPhaseCount; ++phase) {
        CHECK(Maturity::criteriaOfPhase(phase).size() >= 3);
        bool hasIndicator = false;
        for (const Indicator &i : Maturity::indicators())
            hasIndicator = hasIndicator || i.phase == phase;
        CHECK(hasIndicator);
    }
    for (const Criterion &c : Maturity::criteria()) {
        CHECK_FALSE(codes.contains(c.code));
        codes.insert(c.code);
        CHECK_FALSE(c.statement.isEmpty());
        CHECK_FALSE(c.nextStep.isEmpty());
        for (const QString &e : c.evidence)
            CHECK(indicatorCodes.contains(e));
    }
    const auto duplicates = Maturity::indicator(QStringLiteral("duplicate_rate"));
    REQUIRE(duplicates);
    CHECK(Maturity::thresholdText(*duplicates) == QStringLiteral("≤ 2%"));
    CHECK(Maturity::meets(*duplicates, 1.5));
    CHECK_FALSE(Maturity::meets(*duplicates, 2.5));
    CHECK(Maturity::valueText(*duplicates, 1.44) == QStringLiteral("1.4%"));
    CHECK_FALSE(Maturity::indicator(QStringLiteral("nonsense")));
}

TEST_CASE("Scoring: the phase reached is the highest phase whose criteria and all lower ones are met", "[maturity]")
{
    CHECK(Scoring::stateOfScore(0) == State::NotMeasured);
    CHECK(Scoring::stateOfScore(3) == State::NotMet);
    CHECK(Scoring::stateOfScore(4) == State::Met);
    CHECK(Scoring::stateOfScore(5) == State::Met);

    CHECK(Scoring::phaseReached({}) == 1);                  // phase 1 always
    CHECK(Scoring::phaseReached(answers(1)) == 1);
    CHECK(Scoring::phaseReached(answers(2)) == 2);
    CHECK(Scoring::phaseReached(answers(3, 4)) == 3);
    CHECK(Scoring::phaseReached(answers(5)) == 5);

    // A higher phase met does not count while a lower one is not.
    QHash<QString, int> gap = answers(5);
    gap.insert(QStringLiteral("p3_duplicates"), 3);
    CHECK(Scoring::phaseReached(gap) == 2);
    // Not answered ("not known") blocks as well.
    QHash<QString, int> unknown = answers(5);
    unknown.insert(QStringLiteral("p2_process"), 0);
    CHECK(Scoring::phaseReached(unknown) == 1);
    unknown.remove(QStringLiteral("p2_process"));
    CHECK(Scoring::phaseReached(unknown) == 1);

    const QList<int> met = Scoring::metPerPhase(gap);
    CHECK(met.at(0) == 0);
    CHECK(met.at(1) == Maturity::criteriaOfPhase(2).size());
    CHECK(met.at(2) == Maturity::criteriaOfPhase(3).size() - 1);
}

TEST_CASE("Scoring: blocking criteria, not measured, next steps and disagreements", "[maturity]")
{
    Assessment a;
    a.unitId = 1;
    a.assessedOn = kAsOf;
    a.assessor = QStringLiteral("Ingrid");
    a.scores = answers(2);
    a.scores.insert(QStringLiteral("p3_central"), 5);
    a.scores.insert(QStringLiteral("p3_duplicates"), 5);   // rated met …
    a.scores.insert(QStringLiteral("p3_consent"), 0);      // not known
    Evidence e = evidenceAllMet();
    valueOf(e, "duplicate_rate").value = 7.5;               // … but the data says 7.5% duplicates
    valueOf(e, "ideas_captured").measured = false;

    const MaturityResult r = Scoring::score(a, e, QStringLiteral("Sales"));
    CHECK(r.isAssessed());
    CHECK(r.phaseReached == 2);
    CHECK(r.evidencePhase == 2);   // the duplicate rate blocks phase 3 in the data too
    REQUIRE(r.phases.size() == 5);
    CHECK(r.phases.at(0).state == State::Met);
    CHECK(r.phases.at(1).state == State::Met);
    CHECK(r.phases.at(2).state == State::NotMet);

    QStringList blocking;
    for (const CriterionResult &c : r.blocking)
        blocking.append(c.criterion.code);
    // p3_duplicates is rated met: the self-assessment does not block on it, the data does.
    CHECK(blocking == QStringList{QStringLiteral("p3_processes"), QStringLiteral("p3_data_quality"),
                                  QStringLiteral("p3_consent")});
    for (const CriterionResult &c : r.blocking)
        if (c.criterion.code == QLatin1String("p3_consent"))
            CHECK(c.state == State::NotMeasured);
    REQUIRE(r.blockingEvidence.size() == 1);
    CHECK(r.blockingEvidence.first().code == QStringLiteral("duplicate_rate"));

    // The rated-met criterion whose data fails is a disagreement; so is a rated-not-met one the
    // data meets (p3_processes has no evidence: no disagreement possible).
    const CriterionResult *duplicates = nullptr;
    const CriterionResult *quality = nullptr;
    for (const CriterionResult &c : r.phases.at(2).criteria) {
        if (c.criterion.code == QLatin1String("p3_duplicates"))
            duplicates = &c;
        if (c.criterion.code == QLatin1String("p3_data_quality"))
            quality = &c;
    }
    REQUIRE(duplicates);
    REQUIRE(quality);
    CHECK(duplicates->evidenceState == State::NotMet);
    CHECK(duplicates->disagreement.contains(QStringLiteral("7.5%")));
    CHECK(quality->evidenceState == State::Met);
    CHECK(quality->disagreement.contains(QStringLiteral("not met")));
    // p3_duplicates and p3_data_quality, and the four phase-4 statements rated 2 whose data is met
    // (p5_co_creation's data is not measured: no disagreement).
    CHECK(r.disagreements.size() == 6);
    CHECK(r.phases.at(4).evidenceState == State::NotMeasured);   // ideas not measured
    CHECK(r.nextSteps.contains(Maturity::criteriaOfPhase(3).at(1).nextStep));
    CHECK(r.nextSteps.last().contains(QStringLiteral("Duplicate rate")));

    // Self-assessment and data at different phases: said so first.
    const MaturityResult all = Scoring::score(Assessment{0, {}, 1, kAsOf, {}, {}, answers(5)}, e);
    CHECK(all.phaseReached == 5);
    CHECK(all.blocking.isEmpty());
    CHECK(all.nextSteps.isEmpty());
    REQUIRE_FALSE(all.disagreements.isEmpty());
    CHECK(all.disagreements.first().contains(QStringLiteral("phase 5")));
    CHECK(all.disagreements.first().contains(QStringLiteral("phase 2")));

    // No assessment: the criteria are not measured, the evidence still counts.
    const MaturityResult none = Scoring::score(std::nullopt, evidenceAllMet(), QStringLiteral("Service"));
    CHECK_FALSE(none.isAssessed());
    CHECK(none.phaseReached == 1);
    CHECK(none.evidencePhase == 5);
    CHECK(none.phases.at(1).state == State::NotMeasured);
    CHECK(none.disagreements.isEmpty());
    CHECK(none.nextSteps.first().contains(QStringLiteral("Assess the unit")));
}

TEST_CASE("Evidence on an empty database: every indicator is not measured yet", "[maturity]")
{
    // On a Relatio file and on a team database alike.
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    const Evidence e = measure(t.db);
    CHECK(e.values.size() == Maturity::indicators().size());
    for (const EvidenceValue &v : e.values) {
        INFO(v.code.toStdString());
        CHECK_FALSE(v.measured);
        CHECK(v.state() == State::NotMeasured);
        CHECK_FALSE(v.basisText.isEmpty());   // why
    }
    CHECK(Scoring::evidencePhase(e) == 1);
    CHECK(MaturityReport::valueText(e.values.first()) == QStringLiteral("not measured yet"));
}

TEST_CASE("Evidence: customer records, complete core data and the duplicate rate", "[maturity]")
{
    // On a Relatio file and on a team database alike.
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    CustomerRepository repo(t.db);
    person(repo, QStringLiteral("Anna"), QStringLiteral("Bakker"), QStringLiteral("anna@example.nl"), QStringLiteral("Utrecht"));
    person(repo, QStringLiteral("Anne"), QStringLiteral("Bakker"), QStringLiteral("ANNA@example.nl"), QStringLiteral("Delft")); // same e-mail
    person(repo, QStringLiteral("Kees"), QStringLiteral("Smit"), {}, QStringLiteral("Leiden"), QStringLiteral("NL"),
           QStringLiteral("+31201234567"));
    person(repo, QStringLiteral("Kees"), QStringLiteral("Smit"), QStringLiteral("kees@example.nl"), QStringLiteral("leiden")); // same name and city
    person(repo, QStringLiteral("Lars"), QStringLiteral("Berg"), {}, QStringLiteral("Oslo"), QStringLiteral("NO"));    // no e-mail or phone
    person(repo, QStringLiteral("Eva"), QStringLiteral("Ruud"), QStringLiteral("eva@example.no"), {}, QStringLiteral("NO")); // no city
    const qint64 gone = person(repo, QStringLiteral("Anna"), QStringLiteral("Bakker"), QStringLiteral("anna@example.nl"),
                               QStringLiteral("Utrecht"));
    REQUIRE(repo.remove(gone));   // tombstoned records count for nothing

    const Evidence e = measure(t.db);
    const EvidenceValue &complete = measured(e, "core_data_complete");
    CHECK(complete.measured);
    CHECK(complete.count == 4);
    CHECK(complete.basis == 6);
    CHECK(complete.value == Approx(66.67).epsilon(0.001));
    CHECK(complete.state() == State::NotMet);
    CHECK(complete.basisText == QStringLiteral("4 of 6 customers"));
    const EvidenceValue &duplicates = measured(e, "duplicate_rate");
    CHECK(duplicates.count == 4);
    CHECK(duplicates.basis == 6);
    CHECK(duplicates.state() == State::NotMet);
    // Contacts are not there yet: those indicators stay not measured.
    CHECK_FALSE(measured(e, "contacts_recorded").measured);
    CHECK_FALSE(measured(e, "multichannel").measured);
}

TEST_CASE("Evidence: contacts recorded, channels, departments and ideas per customer", "[maturity]")
{
    // On a Relatio file and on a team database alike.
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    CustomerRepository repo(t.db);
    const qint64 a = person(repo, QStringLiteral("Anna"), QStringLiteral("A"), QStringLiteral("a@x.nl"), QStringLiteral("Utrecht"));
    const qint64 b = person(repo, QStringLiteral("Bram"), QStringLiteral("B"), QStringLiteral("b@x.nl"), QStringLiteral("Utrecht"));
    const qint64 c = person(repo, QStringLiteral("Cor"), QStringLiteral("C"), QStringLiteral("c@x.nl"), QStringLiteral("Utrecht"));
    person(repo, QStringLiteral("Dirk"), QStringLiteral("D"), QStringLiteral("d@x.nl"), QStringLiteral("Utrecht"));
    const qint64 sam = *repo.ensureOwner(QStringLiteral("Sam Sales"));
    const qint64 siri = *repo.ensureOwner(QStringLiteral("Siri Service"));

    // Anna: phone and e-mail, by Sam and Siri, with an idea. Bram: phone twice, by Sam. Cor: only
    // a contact from before the 12 months.
    contact(t.db, a, QStringLiteral("2026-03-01T10:00:00.000Z"), 1, QStringLiteral("question"), sam);
    contact(t.db, a, QStringLiteral("2026-04-01T10:00:00.000Z"), 2, QStringLiteral("feedback"), siri);
    contact(t.db, b, QStringLiteral("2026-05-01T10:00:00.000Z"), 1, QStringLiteral("order"), sam);
    contact(t.db, b, QStringLiteral("2026-06-30T23:00:00.000Z"), 1, QStringLiteral("order"), sam);
    contact(t.db, c, QStringLiteral("2025-06-30T10:00:00.000Z"), 3, QStringLiteral("feedback"), siri);
    contact(t.db, c, QStringLiteral("2026-07-01T10:00:00.000Z"), 3, QStringLiteral("feedback"), siri);   // after asOf

    Evidence e = measure(t.db);
    const EvidenceValue &recorded = measured(e, "contacts_recorded");
    CHECK(recorded.count == 2);
    CHECK(recorded.basis == 4);
    CHECK(recorded.value == Approx(50));
    CHECK(recorded.state() == State::Met);
    const EvidenceValue &channels = measured(e, "multichannel");
    CHECK(channels.count == 1);
    CHECK(channels.basis == 2);
    CHECK(channels.state() == State::Met);
    const EvidenceValue &ideas = measured(e, "ideas_captured");
    CHECK(ideas.count == 1);
    CHECK(ideas.basis == 2);
    // No team member has a unit yet: departments are not measured.
    CHECK_FALSE(measured(e, "cross_department").measured);
    CHECK(measured(e, "cross_department").basisText.contains(QStringLiteral("organisation unit")));

    AssessmentRepository units(t.db);
    const auto salesUnit = units.addUnit(QStringLiteral("Sales"), UnitKind::Department);
    const auto serviceUnit = units.addUnit(QStringLiteral("Service"), UnitKind::Department);
    REQUIRE(salesUnit);
    REQUIRE(serviceUnit);
    REQUIRE(units.setMemberUnit(sam, *salesUnit));
    e = measure(t.db);
    CHECK(measured(e, "cross_department").measured);
    CHECK(measured(e, "cross_department").count == 0);   // Siri is in no unit yet
    REQUIRE(units.setMemberUnit(siri, *serviceUnit));
    e = measure(t.db);
    const EvidenceValue &departments = measured(e, "cross_department");
    CHECK(departments.count == 1);
    CHECK(departments.basis == 2);
    CHECK(departments.value == Approx(50));
    CHECK(departments.state() == State::Met);
}

TEST_CASE("Evidence: satisfaction measured, channels measured, self-service share and NPS", "[maturity]")
{
    // On a Relatio file and on a team database alike.
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    CustomerRepository repo(t.db);
    const qint64 a = person(repo, QStringLiteral("Anna"), QStringLiteral("A"), QStringLiteral("a@x.nl"), QStringLiteral("Utrecht"));
    contact(t.db, a, QStringLiteral("2026-01-10T10:00:00.000Z"), 1, QStringLiteral("question"), 0, 5);          // phone, CSAT
    contact(t.db, a, QStringLiteral("2026-01-11T10:00:00.000Z"), 1, QStringLiteral("question"));                // phone
    contact(t.db, a, QStringLiteral("2026-01-12T10:00:00.000Z"), 3, QStringLiteral("self_service"));            // web
    contact(t.db, a, QStringLiteral("2026-01-13T10:00:00.000Z"), 4, QStringLiteral("question"), 0, {}, 10);     // chat, promoter
    contact(t.db, a, QStringLiteral("2026-01-14T10:00:00.000Z"), 4, QStringLiteral("question"), 0, 2, 3);       // chat, detractor
    contact(t.db, a, QStringLiteral("2025-01-14T10:00:00.000Z"), 2, QStringLiteral("self_service"), 0, 5, 10);  // too old

    const Evidence e = measure(t.db);
    const EvidenceValue &scored = measured(e, "satisfaction_measured");
    CHECK(scored.count == 3);
    CHECK(scored.basis == 5);
    CHECK(scored.value == Approx(60));
    CHECK(scored.basisText == QStringLiteral("3 of 5 contacts"));
    const EvidenceValue &channels = measured(e, "channels_measured");
    CHECK(channels.count == 2);   // phone and chat of phone, web and chat
    CHECK(channels.basis == 3);
    CHECK(channels.state() == State::NotMet);
    const EvidenceValue &self = measured(e, "self_service_share");
    CHECK(self.count == 1);
    CHECK(self.value == Approx(20));
    CHECK(self.state() == State::Met);
    const EvidenceValue &nps = measured(e, "nps");
    CHECK(nps.basis == 2);
    CHECK(nps.value == Approx(0));
    CHECK(nps.state() == State::NotMet);
    CHECK(nps.basisText == QStringLiteral("1 promoters, 1 detractors of 2 answers"));
}

TEST_CASE("Evidence: marketing permission recorded and follow-ups done on time", "[maturity]")
{
    // On a Relatio file and on a team database alike.
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    CustomerRepository repo(t.db);
    const qint64 a = person(repo, QStringLiteral("Anna"), QStringLiteral("A"), QStringLiteral("a@x.nl"), QStringLiteral("Utrecht"));
    const qint64 b = person(repo, QStringLiteral("Bram"), QStringLiteral("B"), QStringLiteral("b@x.nl"), QStringLiteral("Utrecht"));
    person(repo, QStringLiteral("Cor"), QStringLiteral("C"), QStringLiteral("c@x.nl"), QStringLiteral("Utrecht"));
    person(repo, QStringLiteral("Dirk"), QStringLiteral("D"), QStringLiteral("d@x.nl"), QStringLiteral("Utrecht"));

    ConsentRepository consents(t.db);
    auto grant = [&](qint64 customer, qint64 purpose) {
        ConsentRecord r;
        r.customerId = customer;
        r.purposeId = purpose;
        r.textId = consents.texts(purpose)->first().id;
        r.occurredAt = fromStoredTime(QStringLiteral("2026-01-01T10:00:00.000Z"));
        r.source = ConsentSource::WebForm;
        REQUIRE(consents.grant(r));
    };
    grant(a, 5);   // profiling: no medium, not marketing
    CHECK_FALSE(measured(measure(t.db), "marketing_consent").measured);
    grant(a, 1);   // newsletter
    ConsentRecord withdrawal;
    withdrawal.customerId = b;
    withdrawal.purposeId = 3;   // phone: a recorded "no" is a recorded decision too
    withdrawal.occurredAt = fromStoredTime(QStringLiteral("2026-01-02T10:00:00.000Z"));
    REQUIRE(consents.withdraw(withdrawal));
    const EvidenceValue &consent = measured(measure(t.db), "marketing_consent");
    CHECK(consent.count == 2);
    CHECK(consent.basis == 4);
    CHECK(consent.value == Approx(50));
    CHECK(consent.state() == State::Met);

    CHECK_FALSE(measured(measure(t.db), "follow_up_on_time").measured);
    auto followUp = [&](const QString &due, const QVariant &done) {
        exec(t.db,
             QStringLiteral("INSERT INTO follow_up (uuid, customer_id, due_date, done_at, created_at, updated_at)"
                            " VALUES (?, ?, ?, ?, ?, ?)"),
             {newUuid(), a, due, done, QStringLiteral("2026-01-01T08:00:00.000Z"), QStringLiteral("2026-01-01T08:00:00.000Z")});
    };
    const QVariant open(QMetaType(QMetaType::QString));
    followUp(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-09T12:00:00.000Z"));   // early
    followUp(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-10T11:00:00.000Z"));   // on the day
    followUp(QStringLiteral("2026-03-10"), QStringLiteral("2026-03-20T11:00:00.000Z"));   // late
    followUp(QStringLiteral("2026-06-01"), open);                                          // overdue
    followUp(QStringLiteral("2026-07-15"), open);                                          // not due yet
    followUp(QStringLiteral("2025-01-15"), open);                                          // before the window
    const EvidenceValue &onTime = measured(measure(t.db), "follow_up_on_time");
    CHECK(onTime.count == 2);
    CHECK(onTime.basis == 4);
    CHECK(onTime.value == Approx(50));
    CHECK(onTime.state() == State::NotMet);
    CHECK(onTime.basisText == QStringLiteral("2 of 4 follow-ups"));
}

TEST_CASE("Evidence measuring can be cancelled", "[maturity]")
{
    TempDatabase t;
    const std::atomic_bool cancelled = true;
    const auto e = EvidenceQuery::measure(t.db, kAsOf, &cancelled);
    REQUIRE_FALSE(e);
    CHECK(e.error().code == Error::Code::Cancelled);
}

TEST_CASE("Organisation units, team members' units and assessments are stored and checked", "[maturity]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    AssessmentRepository repo(t.db);
    const auto sales = repo.addUnit(QStringLiteral("  Sales "), UnitKind::Department);
    REQUIRE(sales);
    CHECK_FALSE(repo.addUnit(QStringLiteral("sales"), UnitKind::Team));   // names unique, case aside
    CHECK_FALSE(repo.addUnit(QStringLiteral(" "), UnitKind::Team));
    const auto team = repo.addUnit(QStringLiteral("Key accounts"), UnitKind::Team);
    REQUIRE(team);
    REQUIRE(repo.units()->size() == 2);
    CHECK(repo.units()->first().name == QStringLiteral("Key accounts"));
    CHECK((*repo.unitByName(QStringLiteral("SALES")))->id == *sales);
    CHECK_FALSE(*repo.unitByName(QStringLiteral("Marketing")));
    OrgUnit renamed{*team, {}, QStringLiteral("Sales"), UnitKind::Team};
    CHECK_FALSE(repo.updateUnit(renamed));
    renamed.name = QStringLiteral("Key account team");
    CHECK(repo.updateUnit(renamed));

    CustomerRepository customers(t.db);
    const qint64 sam = *customers.ensureOwner(QStringLiteral("Sam"));
    REQUIRE(repo.setMemberUnit(sam, *sales));
    CHECK(repo.teamMembers()->first().unitId == *sales);
    CHECK_FALSE(repo.setMemberUnit(sam, 9999));

    Assessment a;
    a.unitId = *sales;
    a.assessedOn = QDate(2026, 1, 15);
    a.assessor = QStringLiteral("Ingrid");
    a.note = QStringLiteral("Workshop with the sales team");
    a.scores = answers(2);
    const auto first = repo.save(a);
    REQUIRE(first);
    a.assessedOn = QDate(2026, 6, 1);
    a.scores = answers(3);
    const auto second = repo.save(a);
    REQUIRE(second);
    const auto latest = repo.latest(*sales);
    REQUIRE(latest);
    REQUIRE(*latest);
    CHECK((*latest)->id == *second);
    CHECK((*latest)->scores == answers(3));
    CHECK((*latest)->assessor == QStringLiteral("Ingrid"));

    // Editing replaces the answers.
    Assessment edited = **latest;
    edited.scores = {{QStringLiteral("p2_records"), 4}};
    REQUIRE(repo.save(edited));
    CHECK((*repo.latest(*sales))->scores.size() == 1);

    Assessment bad = a;
    bad.scores.insert(QStringLiteral("p9_unknown"), 3);
    CHECK_FALSE(repo.save(bad));
    bad = a;
    bad.scores.insert(QStringLiteral("p2_records"), 6);
    CHECK_FALSE(repo.save(bad));
    bad = a;
    bad.assessedOn = QDate::currentDate().addDays(1);
    CHECK_FALSE(repo.save(bad));
    bad = a;
    bad.unitId = 0;
    CHECK_FALSE(repo.save(bad));
    CHECK(repo.assessments(*sales)->size() == 2);   // nothing half-written

    REQUIRE(repo.remove(*first));
    CHECK(repo.assessments(*sales)->size() == 1);
    REQUIRE(repo.removeUnit(*sales));
    CHECK(repo.units()->size() == 1);
    CHECK(repo.teamMembers()->first().unitId == 0);
    CHECK(repo.assessments(*sales)->isEmpty());
    // The name is free again once the unit is removed.
    CHECK(repo.addUnit(QStringLiteral("Sales"), UnitKind::Department));
}

TEST_CASE("The history model lists a unit's assessments over time, the comparison model all units", "[maturity]")
{
    TestStore t(GENERATE(StoreKind::File, StoreKind::Team));
    if (t.skipped)
        return;
    INFO(t.where());
    AssessmentRepository repo(t.db);
    const qint64 sales = *repo.addUnit(QStringLiteral("Sales"), UnitKind::Department);
    const qint64 service = *repo.addUnit(QStringLiteral("Service"), UnitKind::Department);
    repo.addUnit(QStringLiteral("Marketing"), UnitKind::Team);
    auto save = [&](qint64 unit, QDate day, QHash<QString, int> scores) {
        REQUIRE(repo.save(Assessment{0, {}, unit, day, QStringLiteral("Ingrid"), {}, scores}));
    };
    save(sales, QDate(2026, 3, 1), answers(3));
    save(sales, QDate(2025, 9, 1), answers(1));   // stored later, older date
    save(sales, QDate(2025, 12, 1), answers(2));
    save(service, QDate(2026, 2, 1), answers(4));

    MaturityHistoryModel history(t.db);
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&history, &QAbstractItemModel::modelReset);
    REQUIRE(history.load(sales));
    CHECK(reset.count() == 1);
    REQUIRE(history.rowCount() == 3);
    CHECK(history.columnCount() == MaturityHistoryModel::ColumnCount);
    CHECK(history.index(0, 0).data(MaturityHistoryModel::DateRole).toDate() == QDate(2025, 9, 1));
    QList<int> phases;
    for (int row = 0; row < 3; ++row)
        phases.append(history.index(row, 0).data(MaturityHistoryModel::PhaseRole).toInt());
    CHECK(phases == QList<int>{1, 2, 3});
    CHECK(history.index(2, MaturityHistoryModel::PhaseColumn).data().toString() == QStringLiteral("3 Customer Relationship Management"));
    const int total = int(Maturity::criteria().size());
    const int upTo3 = int(Maturity::criteriaOfPhase(2).size() + Maturity::criteriaOfPhase(3).size());
    CHECK(history.index(2, MaturityHistoryModel::CriteriaColumn).data().toString()
          == QStringLiteral("%1 of %2").arg(upTo3).arg(total));
    CHECK(history.headerData(MaturityHistoryModel::AssessorColumn, Qt::Horizontal).toString() == QStringLiteral("Assessor"));
    REQUIRE(history.load(0));
    CHECK(history.rowCount() == 0);

    UnitComparisonModel comparison(t.db);
    QAbstractItemModelTester comparisonTester(&comparison, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(comparison.load());
    REQUIRE(comparison.rowCount() == 3);
    CHECK(comparison.index(0, UnitComparisonModel::UnitColumn).data().toString() == QStringLiteral("Marketing"));
    CHECK(comparison.index(0, UnitComparisonModel::AssessedColumn).data().toString() == QStringLiteral("not assessed yet"));
    CHECK(comparison.index(0, 0).data(UnitComparisonModel::PhaseRole).toInt() == 0);
    CHECK(comparison.index(1, 0).data(UnitComparisonModel::PhaseRole).toInt() == 3);   // Sales: the latest by date
    CHECK(comparison.index(2, 0).data(UnitComparisonModel::PhaseRole).toInt() == 4);   // Service
    CHECK(comparison.index(1, UnitComparisonModel::AssessmentsColumn).data().toInt() == 3);
    CHECK(comparison.index(1, UnitComparisonModel::Phase4Column).data().toString()
          == QStringLiteral("0/%1").arg(Maturity::criteriaOfPhase(4).size()));
    CHECK(comparison.units().at(1).history.size() == 3);
}

TEST_CASE("The maturity report says the same in text, HTML and JSON", "[maturity]")
{
    Assessment a{7, QStringLiteral("u-1"), 1, kAsOf, QStringLiteral("Ingrid <IT>"), QStringLiteral("Note"), answers(3)};
    Evidence e = evidenceAllMet();
    valueOf(e, "self_service_share").measured = false;
    const MaturityResult r = Scoring::score(a, e, QStringLiteral("Sales"));

    const QString text = MaturityReport::text(r);
    CHECK(text.contains(QStringLiteral("CRM maturity of Sales")));
    CHECK(text.contains(QStringLiteral("Phase reached: Phase 3: Customer Relationship Management")));
    CHECK(text.contains(QStringLiteral("What blocks phase 4 (Customer Experience):")));
    CHECK(text.contains(QStringLiteral("Self-service share: not measured yet")));
    CHECK(text.contains(QStringLiteral("Next steps:")));

    const QString html = MaturityReport::html(r);
    CHECK(html.contains(QStringLiteral("Ingrid &lt;IT&gt;")));
    CHECK(html.contains(QStringLiteral("Evidence from the CRM")));

    const QJsonObject json = MaturityReport::json(r);
    CHECK(json.value(QStringLiteral("unit")).toString() == QStringLiteral("Sales"));
    CHECK(json.value(QStringLiteral("phase_reached")).toInt() == 3);
    CHECK(json.value(QStringLiteral("evidence_phase")).toInt() == 3);
    CHECK(json.value(QStringLiteral("next_phase")).toInt() == 4);
    const QJsonArray phases = json.value(QStringLiteral("phases")).toArray();
    REQUIRE(phases.size() == 5);
    const QJsonObject four = phases.at(3).toObject();
    CHECK_FALSE(four.value(QStringLiteral("reached")).toBool());
    bool found = false;
    for (const QJsonValue &v : four.value(QStringLiteral("evidence")).toArray())
        if (v.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("self_service_share")) {
            found = true;
            CHECK(v.toObject().value(QStringLiteral("state")).toString() == QStringLiteral("not_measured"));
            CHECK(v.toObject().value(QStringLiteral("value")).isNull());
        }
    CHECK(found);
    CHECK(json.value(QStringLiteral("blocking")).toArray().size() >= 5);
}

TEST_CASE("relatio-cli report maturity prints the view for a unit, as text or JSON", "[maturity][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("maturity.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        CustomerRepository customers(*db);
        const qint64 a = person(customers, QStringLiteral("Anna"), QStringLiteral("A"), QStringLiteral("a@x.nl"), QStringLiteral("Utrecht"));
        contact(*db, a, toStoredTime(QDateTime::currentDateTimeUtc().addDays(-10)), 1, QStringLiteral("question"), 0, 4);
        AssessmentRepository repo(*db);
        const qint64 sales = *repo.addUnit(QStringLiteral("Sales"), UnitKind::Department);
        repo.addUnit(QStringLiteral("Service"), UnitKind::Department);
        REQUIRE(repo.save(Assessment{0, {}, sales, QDate::currentDate(), QStringLiteral("Ingrid"), {}, answers(2)}));
    }
    const QStringList base{QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("maturity")};

    const auto text = cli(base + QStringList{QStringLiteral("--unit"), QStringLiteral("sales")});
    INFO(text.err.toStdString());
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("CRM maturity of Sales")));
    CHECK(text.out.contains(QStringLiteral("Phase reached: Phase 2: Operational CRM")));
    CHECK(text.out.contains(QStringLiteral("What blocks phase 3")));
    CHECK(text.out.contains(QStringLiteral("Complete core data: 100% (threshold ≥ 90%)")));
    CHECK(text.out.contains(QStringLiteral("Duplicate rate: 0% (threshold ≤ 2%)")));

    const auto json = cli(base + QStringList{QStringLiteral("--unit"), QStringLiteral("Sales"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(QStringLiteral("phase_reached")).toInt() == 2);
    CHECK(root.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("assessor")).toString() == QStringLiteral("Ingrid"));
    CHECK(root.value(QStringLiteral("phases")).toArray().size() == 5);

    // A unit without an assessment: the evidence, and a word that there is no assessment.
    const auto notYet = cli(base + QStringList{QStringLiteral("--unit"), QStringLiteral("Service")});
    CHECK(notYet.exitCode == 0);
    CHECK(notYet.out.contains(QStringLiteral("No self-assessment yet")));
    CHECK(notYet.out.contains(QStringLiteral("Contacts with a satisfaction score: 100%")));
    const auto notYetJson = cli(base + QStringList{QStringLiteral("--unit"), QStringLiteral("Service"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(notYetJson.out.toUtf8()).object().value(QStringLiteral("assessment")).isNull());

    // No unit: the evidence alone.
    const auto evidenceOnly = cli(base);
    CHECK(evidenceOnly.exitCode == 0);
    CHECK(evidenceOnly.out.startsWith(QStringLiteral("CRM maturity\n")));

    // An unknown unit fails with the names there are; usage errors exit with 2.
    const auto unknown = cli(base + QStringList{QStringLiteral("--unit"), QStringLiteral("Finance")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("unknown unit 'Finance'")));
    CHECK(unknown.err.contains(QStringLiteral("Sales, Service")));
    CHECK(cli({QStringLiteral("--db"), path, QStringLiteral("report")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), path, QStringLiteral("report"), QStringLiteral("nonsense")}).exitCode == 2);
    CHECK(cli(base + QStringList{QStringLiteral("--colour")}).exitCode == 2);
    CHECK(cli(base + QStringList{QStringLiteral("--unit")}).exitCode == 2);
    const auto help = cli({QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("report maturity [--unit NAME] [--json]")));
}
