// What else a team shares syncs (schema version 10, team schema 4): organisation units and who
// belongs to which, maturity self-assessments with their answers, personas with their channels
// and rules, and the change history of customers.
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "interactions/InteractionRepository.h"
#include "maturity/Assessments.h"
#include "maturity/Criteria.h"
#include "privacy/ChangeHistory.h"
#include "privacy/Consent.h"
#include "privacy/Erasure.h"
#include "store/Migrations.h"
#include "sync/ConflictResolver.h"
#include "sync/SyncEndpoint.h"
#include "sync/Synchroniser.h"
#include "value/Persona.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace relatio;
using namespace relatio::maturity;
using namespace relatio::sync;
using namespace relatio::sync::test;
using relatio::test::TempDatabase;

namespace {

// A channel by its name, or a default one by its code.
qint64 channelId(Replica &r, const QString &name)
{
    return scalar(r, QStringLiteral("SELECT id FROM channel WHERE name = '%1' OR code = lower('%1')").arg(name)).toLongLong();
}

std::optional<OrgUnit> unitNamed(Replica &r, const QString &name)
{
    const auto unit = AssessmentRepository(r.db).unitByName(name);
    REQUIRE(unit);
    return *unit;
}

// The code of the i-th statement of the maturity model.
QString code(int i)
{
    return Maturity::criteria().at(i).code;
}

} // namespace

TEST_CASE("Units and their members, assessments, personas with their channels and rules, and the change history "
          "reach the other laptop",
          "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);

    // A channel of b's own first, so that a's new channel gets another id there.
    REQUIRE(InteractionRepository(b.db).addChannel(QStringLiteral("Pager"), false));
    const auto fax = InteractionRepository(a.db).addChannel(QStringLiteral("Fax"), false);
    REQUIRE(fax);

    // Units and a member, an assessment.
    AssessmentRepository unitsA(a.db);
    const auto sales = unitsA.addUnit(QStringLiteral("Sales"), UnitKind::Department);
    REQUIRE(sales);
    Customer c = person(QStringLiteral("Anna"), QStringLiteral("Jansen"), QStringLiteral("Gouda"));
    const auto sam = CustomerRepository(a.db).ensureOwner(QStringLiteral("Sam"));
    REQUIRE(sam);
    c.ownerId = *sam;
    const QString anna = create(a, c);
    REQUIRE(unitsA.setMemberUnit(*sam, *sales));
    Assessment assessment;
    assessment.unitId = *sales;
    assessment.assessedOn = QDate(2026, 11, 2);
    assessment.assessor = QStringLiteral("Ingrid");
    assessment.note = QStringLiteral("Workshop");
    assessment.scores = {{code(1), 4}, {code(2), 2}};
    REQUIRE(unitsA.save(assessment));

    // A persona that prefers the new channel, then the phone; a rule giving it by tag.
    PersonaRepository personasA(a.db);
    Persona p;
    p.name = QStringLiteral("Busy buyer");
    p.needs = QStringLiteral("Quick answers");
    p.preferredChannels = {*fax, channelId(a, QStringLiteral("Phone"))};
    const auto persona = personasA.add(p);
    REQUIRE(persona);
    edit(a, anna, [](Customer &x) {
        x.tags = {QStringLiteral("VIP")};
        x.city = QStringLiteral("Delft");
    });
    PersonaRule rule;
    rule.personaId = *persona;
    rule.priority = 3;
    rule.tagId = scalar(a, QStringLiteral("SELECT id FROM tag WHERE name = 'VIP'")).toLongLong();
    rule.country = QStringLiteral("NL");
    REQUIRE(personasA.addRule(rule));

    const auto sent = w.sync(0);
    REQUIRE(sent);
    // The records a person would count: the unit, the owner, the customer, the tag, the channel,
    // the assessment, the persona and the rule (the answers and the history go with theirs).
    CHECK(sent->sent == 8);
    const auto received = w.sync(1);
    REQUIRE(received);
    CHECK(received->received == 8);

    // b has them all, in its own ids.
    const auto unit = unitNamed(b, QStringLiteral("Sales"));
    REQUIRE(unit);
    AssessmentRepository unitsB(b.db);
    const auto members = unitsB.teamMembers();
    REQUIRE(members);
    REQUIRE(members->size() == 1);
    CHECK(members->first().name == QStringLiteral("Sam"));
    CHECK(members->first().unitId == unit->id);
    const auto latest = unitsB.latest(unit->id);
    REQUIRE(latest);
    REQUIRE(*latest);
    CHECK((*latest)->assessor == QStringLiteral("Ingrid"));
    CHECK((*latest)->scores == assessment.scores);

    PersonaRepository personasB(b.db);
    const auto personas = personasB.personas();
    REQUIRE(personas);
    REQUIRE(personas->size() == 1);
    const Persona &there = personas->first();
    CHECK(there.needs == QStringLiteral("Quick answers"));
    const qint64 faxThere = channelId(b, QStringLiteral("Fax"));
    CHECK(faxThere != *fax);
    CHECK(there.preferredChannels == QList<qint64>{faxThere, channelId(b, QStringLiteral("Phone"))});
    const auto rules = personasB.rules(there.id);
    REQUIRE(rules);
    REQUIRE(rules->size() == 1);
    CHECK(rules->first().tagName == QStringLiteral("VIP"));
    CHECK(rules->first().country == QStringLiteral("NL"));

    // The customer's history on b shows a's edit, by a's user.
    const auto history = ChangeHistory(b.db).forCustomer(idOf(b, anna));
    REQUIRE(history);
    bool city = false;
    for (const CustomerChange &change : *history)
        city = city || (change.field == QLatin1String("city") && change.newValue == QLatin1String("Delft"));
    CHECK(city);
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM customer_change")).toInt()
          == scalar(a, QStringLiteral("SELECT count(*) FROM customer_change")).toInt());
    REQUIRE(w.sync(0)); // b's own channel
    requireConverged(w);

    // An edit on b comes back to a: the persona's channels in another order, an answer changed.
    Persona changed = there;
    changed.preferredChannels = {channelId(b, QStringLiteral("Phone")), faxThere};
    REQUIRE(personasB.update(changed));
    Assessment again = **latest;
    again.scores[code(1)] = 5;
    REQUIRE(unitsB.save(again));
    w.syncAll();
    const auto back = personasA.persona(*persona);
    REQUIRE(back);
    CHECK(back->preferredChannels == QList<qint64>{channelId(a, QStringLiteral("Phone")), *fax});
    const auto answered = unitsA.latest(*sales);
    REQUIRE(answered);
    CHECK((**answered).scores.value(code(1)) == 5);
    CHECK((**answered).scores.value(code(2)) == 2);
    requireConverged(w);
}

TEST_CASE("Answers to different statements of one assessment merge, and the same statement keeps the newest and lists "
          "the other",
          "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);
    AssessmentRepository unitsA(a.db);
    const auto sales = unitsA.addUnit(QStringLiteral("Sales"), UnitKind::Team);
    REQUIRE(sales);
    Assessment assessment;
    assessment.unitId = *sales;
    assessment.assessedOn = QDate(2026, 11, 2);
    assessment.scores = {{code(0), 1}, {code(1), 1}, {code(2), 1}};
    REQUIRE(unitsA.save(assessment));
    w.syncAll();

    AssessmentRepository unitsB(b.db);
    const auto unit = unitNamed(b, QStringLiteral("Sales"));
    REQUIRE(unit);
    Assessment onA = **unitsA.latest(*sales);
    Assessment onB = **unitsB.latest(unit->id);
    onA.scores[code(0)] = 4; // only a
    onA.scores[code(2)] = 3; // both: b's is later
    onB.scores[code(1)] = 5; // only b
    onB.scores[code(2)] = 2;
    onB.note = QStringLiteral("Second workshop");
    REQUIRE(unitsA.save(onA));
    REQUIRE(unitsB.save(onB));
    w.syncAll();

    const auto merged = unitsA.latest(*sales);
    REQUIRE(merged);
    CHECK((**merged).scores.value(code(0)) == 4);
    CHECK((**merged).scores.value(code(1)) == 5);
    CHECK((**merged).scores.value(code(2)) == 2);
    CHECK((**merged).note == QStringLiteral("Second workshop"));
    const auto conflicts = w.server.sync().conflicts();
    REQUIRE(conflicts);
    REQUIRE(conflicts->size() == 1);
    CHECK(conflicts->first().table == QStringLiteral("maturity_answer"));
    CHECK(conflicts->first().rowUuid == onA.uuid + QLatin1Char('/') + code(2));
    CHECK(conflicts->first().field == QStringLiteral("score"));
    CHECK(conflicts->first().loserValue.toString() == QStringLiteral("3"));
    CHECK(conflicts->first().winnerValue.toString() == QStringLiteral("2"));
    requireConverged(w);

    // The overwritten answer is listed where people review what no customer card shows, named by
    // its assessment and statement; putting it back is an edit that reaches everyone.
    ConflictResolver resolver(a.db);
    const auto listed = resolver.elsewhere();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().fieldLabel.startsWith(QStringLiteral("Assessment of Sales on ")));
    CHECK(listed->first().fieldLabel.contains(Maturity::criteria().at(2).statement));
    CHECK(listed->first().fieldLabel.endsWith(QStringLiteral(": Score (0-5)")));
    CHECK(listed->first().loserText == QStringLiteral("3"));
    CHECK(listed->first().winnerText == QStringLiteral("2"));
    CHECK(resolver.openCountElsewhere().value_or(-1) == 1);
    REQUIRE(resolver.flip(listed->first().conflict.uuid, QStringLiteral("Anna")));
    CHECK(resolver.openCountElsewhere().value_or(-1) == 0);
    w.syncAll();
    CHECK((**unitsB.latest(unit->id)).scores.value(code(2)) == 3);
    requireConverged(w);

    // An assessment open while a sync brings a colleague's answer: saving it writes only what
    // changed here, the colleague's answer stays.
    Assessment open = **unitsA.latest(*sales);
    Assessment colleague = **unitsB.latest(unit->id);
    colleague.scores[code(3)] = 4;
    REQUIRE(unitsB.save(colleague));
    w.syncAll();
    open.scores[code(4)] = 5;
    REQUIRE(unitsA.save(open));
    w.syncAll();
    CHECK((**unitsA.latest(*sales)).scores.value(code(3)) == 4);
    CHECK((**unitsB.latest(unit->id)).scores.value(code(4)) == 5);
    requireConverged(w);

    // A statement no longer answered is "not known" everywhere.
    Assessment fewer = **unitsB.latest(unit->id);
    fewer.scores.remove(code(0));
    REQUIRE(unitsB.save(fewer));
    w.syncAll();
    const auto after = unitsA.latest(*sales);
    REQUIRE(after);
    CHECK_FALSE((**after).scores.contains(code(0)));
    CHECK((**after).scores.size() == 4);
    // A new assessment made from this one's answers (as the maturity page starts one) has them all.
    Assessment next = **unitsA.latest(*sales);
    const QHash<QString, int> carried = next.scores;
    next.id = 0;
    next.uuid.clear();
    next.assessedOn = QDate(2026, 11, 20);
    const auto made = unitsA.save(next);
    REQUIRE(made);
    CHECK((**unitsA.latest(*sales)).id == *made);
    CHECK((**unitsA.latest(*sales)).scores == carried);
    w.syncAll();
    requireConverged(w);
}

TEST_CASE("Two laptops that make a unit or a persona of one name keep both, on every replica", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    REQUIRE(AssessmentRepository(w.laptop(0).db).addUnit(QStringLiteral("Service"), UnitKind::Team));
    REQUIRE(AssessmentRepository(w.laptop(1).db).addUnit(QStringLiteral("service"), UnitKind::Department));
    Persona p;
    p.name = QStringLiteral("Busy buyer");
    REQUIRE(PersonaRepository(w.laptop(0).db).add(p));
    REQUIRE(PersonaRepository(w.laptop(1).db).add(p));
    w.syncAll();
    for (Replica *r : w.all()) {
        INFO(r->name.toStdString());
        QStringList names;
        QSqlQuery q(r->conn());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM org_unit")));
        while (q.next())
            names.append(q.value(0).toString());
        names.sort();
        CHECK(names == QStringList{QStringLiteral("Service"), QStringLiteral("service")});
        CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM persona WHERE name = 'Busy buyer'")).toInt() == 2);
    }
    requireConverged(w);

    // Either of two of one name can still be changed, as long as it keeps its name.
    {
        AssessmentRepository units(w.laptop(1).db);
        const auto all = units.units();
        REQUIRE(all);
        REQUIRE(all->size() == 2);
        for (OrgUnit u : *all) {
            u.kind = UnitKind::Department;
            CHECK(units.updateUnit(u));
        }
        PersonaRepository personas(w.laptop(1).db);
        const auto both = personas.personas();
        REQUIRE(both);
        for (Persona p : *both) {
            p.needs = QStringLiteral("Time");
            CHECK(personas.update(p));
        }
        w.syncAll();
        requireConverged(w);
    }

    // Removing one and making the name again on one laptop, while the other still has the first:
    // the same everywhere after a sync.
    AssessmentRepository units(w.laptop(0).db);
    const auto service = units.unitByName(QStringLiteral("Service"));
    REQUIRE(service);
    REQUIRE(*service);
    REQUIRE(units.removeUnit((*service)->id));
    const auto other = units.unitByName(QStringLiteral("Service"));
    REQUIRE(other);
    if (*other)
        REQUIRE(units.removeUnit((*other)->id));
    REQUIRE(units.addUnit(QStringLiteral("Service"), UnitKind::Team));
    w.syncAll();
    requireConverged(w);
}

TEST_CASE("A customer's change history goes with its erasure on every replica", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);
    const QString anna = create(a, person(QStringLiteral("Anna"), QStringLiteral("Jansen"), QStringLiteral("Gouda")));
    w.syncAll();
    // b edits offline while a erases; b's history rows of her arrive after the erasure.
    edit(b, anna, [](Customer &x) { x.email = QStringLiteral("anna@example.org"); });
    REQUIRE(Erasure(a.db).erase(idOf(a, anna)));
    w.syncAll();
    for (Replica *r : w.all()) {
        INFO(r->name.toStdString());
        CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM customer_change")).toInt() == 0);
        CHECK(scalar(*r, QStringLiteral("SELECT count(*) FROM row_stamp WHERE tbl = 'customer_change'")).toInt() == 0);
    }
    requireConverged(w);
}

TEST_CASE("A version 9 file keeps its personas' channels, its answers and its owners' units at version 10, ready to "
          "send",
          "[sync][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
    const QList<Migration> v9 = schemaMigrations().mid(0, 9);
    REQUIRE(v9.constLast().version == 9);
    const QString t = QStringLiteral("'2026-01-01T00:00:00.000Z'");
    {
        auto db = Database::open(path, Database::Options{&v9});
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        for (const QString &sql : {
                 QStringLiteral("INSERT INTO org_unit (id, uuid, name, kind, created_at, updated_at)"
                                " VALUES (1, 'unit-1', 'Sales', 'department', @T, @T)"),
                 QStringLiteral("INSERT INTO owner (uuid, name, unit_id, created_at, updated_at) VALUES ('owner-1', 'Sam', 1, @T, @T)"),
                 QStringLiteral("INSERT INTO owner (uuid, name, created_at, updated_at) VALUES ('owner-2', 'Kari', @T, @T)"),
                 QStringLiteral("INSERT INTO persona (uuid, name, preferred_channels, created_at, updated_at)"
                                " VALUES ('persona-1', 'Busy', '3,1', @T, @T)"),
                 QStringLiteral("INSERT INTO maturity_assessment (id, uuid, unit_id, assessed_on, created_at, updated_at)"
                                " VALUES (1, 'assessment-1', 1, '2026-01-01', @T, @T)"),
                 QStringLiteral("INSERT INTO maturity_answer (assessment_id, statement, score) VALUES (1, '@A', 4), (1, '@B', 2)"),
             })
            REQUIRE(q.exec(QString(sql)
                               .replace(QStringLiteral("@T"), t)
                               .replace(QStringLiteral("@A"), Maturity::criteria().at(0).code)
                               .replace(QStringLiteral("@B"), Maturity::criteria().at(1).code)));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == schemaMigrations().constLast().version);

    // The persona's channels are kept as uuids and read as this file's ids, in their order.
    CHECK(scalar((*db)->connection(), QStringLiteral("SELECT preferred_channels FROM persona")).toString()
          == scalar((*db)->connection(), QStringLiteral("SELECT (SELECT uuid FROM channel WHERE id = 3) || ',' ||"
                                        " (SELECT uuid FROM channel WHERE id = 1)")).toString());
    const auto personas = PersonaRepository(*db).personas();
    REQUIRE(personas);
    REQUIRE(personas->size() == 1);
    CHECK(personas->first().preferredChannels == QList<qint64>{3, 1});

    // The answers are records named by their assessment and statement, with the same scores.
    QStringList answerUuids{QStringLiteral("assessment-1/") + Maturity::criteria().at(0).code,
                            QStringLiteral("assessment-1/") + Maturity::criteria().at(1).code};
    answerUuids.sort();
    CHECK(scalar((*db)->connection(), QStringLiteral("SELECT group_concat(uuid, ' ') FROM (SELECT uuid FROM maturity_answer ORDER BY uuid)"))
              .toString()
          == answerUuids.join(QLatin1Char(' ')));
    const auto latest = AssessmentRepository(*db).latest(1);
    REQUIRE(latest);
    REQUIRE(*latest);
    CHECK((*latest)->scores.value(Maturity::criteria().at(0).code) == 4);
    CHECK((*latest)->scores.value(Maturity::criteria().at(1).code) == 2);

    // Everything new to sync has a place in the feed, not sent yet; Sam's unit is a change of
    // this file (Kari, in no unit, has nothing new to send).
    for (const char *table : {"org_unit", "persona", "maturity_assessment", "maturity_answer"})
        CHECK(scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM row_stamp WHERE tbl = '%1' AND origin = 0")
                              .arg(QLatin1String(table))).toInt() > 0);
    CHECK(scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM field_stamp WHERE tbl = 'owner' AND field = 'unit_id'")).toInt() == 1);
    CHECK(scalar((*db)->connection(), QStringLiteral("SELECT origin FROM row_stamp WHERE tbl = 'owner' AND uuid = 'owner-1'")).toInt() == 0);
    // Each with a place of its own (the default rows all have the one of every replica, 0).
    CHECK(scalar((*db)->connection(), QStringLiteral("SELECT count(DISTINCT seq) FROM row_stamp WHERE seq > 0")).toInt()
          == scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM row_stamp WHERE seq > 0")).toInt());
}

TEST_CASE("A persona's field changed on two laptops keeps the newest, and the other can be put back", "[sync]")
{
    const ServerKind kind = serverKind(GENERATE(0, 1));
    if (skipped(kind))
        return;
    INFO(kindName(kind));
    World w(2, kind);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);
    Persona p;
    p.name = QStringLiteral("Busy buyer");
    p.preferredChannels = {channelId(a, QStringLiteral("Phone"))};
    const auto id = PersonaRepository(a.db).add(p);
    REQUIRE(id);
    w.syncAll();
    Persona onA = PersonaRepository(a.db).persona(*id).value();
    Persona onB = PersonaRepository(b.db).personas().value().first();
    onA.needs = QStringLiteral("Quick answers");
    onA.preferredChannels = {channelId(a, QStringLiteral("Email"))};
    REQUIRE(PersonaRepository(a.db).update(onA));
    onB.needs = QStringLiteral("Good prices");
    REQUIRE(PersonaRepository(b.db).update(onB));
    w.syncAll();

    // b's needs won (made later); a's channels stand, as nobody else changed them.
    const Persona merged = PersonaRepository(a.db).persona(*id).value();
    CHECK(merged.needs == QStringLiteral("Good prices"));
    CHECK(merged.preferredChannels == QList<qint64>{channelId(a, QStringLiteral("Email"))});
    ConflictResolver resolver(b.db);
    const auto listed = resolver.elsewhere();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().fieldLabel == QStringLiteral("Persona “Busy buyer”: Needs"));
    CHECK(listed->first().loserText == QStringLiteral("Quick answers"));
    REQUIRE(resolver.flip(listed->first().conflict.uuid, QStringLiteral("Bo")));
    w.syncAll();
    CHECK(PersonaRepository(a.db).persona(*id).value().needs == QStringLiteral("Quick answers"));
    CHECK(ConflictResolver(a.db).openCountElsewhere().value_or(-1) == 0);
    requireConverged(w);
}

TEST_CASE("Saving a persona keeps the channels it names that have not reached this file yet", "[sync]")
{
    TempDatabase t;
    PersonaRepository personas(t.db);
    Persona p;
    p.name = QStringLiteral("Busy buyer");
    p.preferredChannels = {1};
    const auto id = personas.add(p);
    REQUIRE(id);
    // As a sync leaves it when the persona came before a new channel of another laptop.
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE persona SET preferred_channels = preferred_channels || ',not-here-yet'")));
    Persona read = personas.persona(*id).value();
    CHECK(read.preferredChannels == QList<qint64>{1});
    read.preferredChannels = {2, 1};
    REQUIRE(personas.update(read));
    const QString stored = scalar(t.db->connection(), QStringLiteral("SELECT preferred_channels FROM persona")).toString();
    CHECK(stored == scalar(t.db->connection(), QStringLiteral("SELECT (SELECT uuid FROM channel WHERE id = 2) || ','"
                                                                  " || (SELECT uuid FROM channel WHERE id = 1) || ',not-here-yet'"))
                        .toString());
    CHECK(personas.persona(*id).value().preferredChannels == QList<qint64>{2, 1});
}

TEST_CASE("A purpose's medium overwritten by sync is listed by the medium's name", "[sync]")
{
    World w(2);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);
    const QString purpose = scalar(a, QStringLiteral("SELECT uuid FROM consent_purpose ORDER BY id LIMIT 1")).toString();
    QSqlQuery onA(a.db->connection());
    REQUIRE(onA.exec(QStringLiteral("UPDATE consent_purpose SET medium = '%1' WHERE uuid = '%2'")
                         .arg(consentMediumCode(ConsentMedium::Phone), purpose)));
    QThread::msleep(5);
    QSqlQuery onB(b.db->connection());
    REQUIRE(onB.exec(QStringLiteral("UPDATE consent_purpose SET medium = '%1' WHERE uuid = '%2'")
                         .arg(consentMediumCode(ConsentMedium::Post), purpose)));
    w.syncAll();
    const auto listed = ConflictResolver(a.db).elsewhere();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().fieldLabel.endsWith(QStringLiteral(": Medium")));
    CHECK(listed->first().loserText == consentMediumName(ConsentMedium::Phone));
    CHECK(listed->first().winnerText == consentMediumName(ConsentMedium::Post));
    CHECK(listed->first().loserText != consentMediumCode(ConsentMedium::Phone));
    requireConverged(w);
}

TEST_CASE("A tag name overwritten by sync and taken meanwhile by another tag is not put back but says why", "[sync]")
{
    World w(2);
    Replica &a = w.laptop(0);
    Replica &b = w.laptop(1);
    REQUIRE(CustomerRepository(a.db).ensureTag(QStringLiteral("VIP")));
    w.syncAll();
    QSqlQuery onA(a.db->connection());
    REQUIRE(onA.exec(QStringLiteral("UPDATE tag SET name = 'Key' WHERE name = 'VIP'")));
    QThread::msleep(5);
    QSqlQuery onB(b.db->connection());
    REQUIRE(onB.exec(QStringLiteral("UPDATE tag SET name = 'Gold' WHERE name = 'VIP'")));
    w.syncAll();
    REQUIRE(CustomerRepository(a.db).ensureTag(QStringLiteral("key")));
    ConflictResolver resolver(a.db);
    const auto listed = resolver.elsewhere();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().loserText == QStringLiteral("Key"));
    const auto flipped = resolver.flip(listed->first().conflict.uuid, QStringLiteral("Bo"));
    REQUIRE_FALSE(flipped);
    CHECK(flipped.error().message == QStringLiteral("Another tag is called “Key” now. Rename or remove that tag first, "
                                                    "then put this name back."));
    // Nothing was written: the entry is still open, the names as they were.
    CHECK(resolver.openCountElsewhere().value_or(-1) == 1);
    CHECK(scalar(a, QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM tag ORDER BY name)")).toString()
          == QStringLiteral("Gold,key"));
    // Once the other tag is renamed, the name goes back.
    REQUIRE(onA.exec(QStringLiteral("UPDATE tag SET name = 'Keys' WHERE name = 'key'")));
    REQUIRE(resolver.flip(listed->first().conflict.uuid, QStringLiteral("Bo")));
    w.syncAll();
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM tag WHERE name = 'Key'")).toInt() == 1);
    requireConverged(w);
}
