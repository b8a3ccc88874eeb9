// The steps of the random sync histories besides editing customers: contacts and the like, what a
// team shares, changes made by hand on the team database, and a laptop's subset.
#include "SyncHistory.h"
#include "SyncTestSupport.h"
#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "interactions/InteractionRepository.h"
#include "maturity/Assessments.h"
#include "maturity/Criteria.h"
#include "orders/PurchaseRepository.h"
#include "privacy/ConsentRepository.h"
#include "privacy/Erasure.h"
#include "store/Migrations.h"
#include "store/SetAside.h"
#include "sync/ConflictResolver.h"
#include "sync/PgSchema.h"
#include "sync/SyncEndpoint.h"
#include "sync/SyncSchema.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"
#include "value/Persona.h"
#include "util/Stamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <optional>
#include <memory>
#include <set>
#include <vector>


namespace relatio::sync::test {

void recordWrites(History &h, Replica &r, const QString &uuid, const QHash<QString, Stamp> &before, const QString &table)
{
    const auto after = r.sync().fieldStamps(table, uuid);
    REQUIRE(after);
    const auto records = r.sync().readRecords(table, {uuid});
    REQUIRE(records);
    if (records->isEmpty())
        return;
    for (auto it = after->cbegin(); it != after->cend(); ++it) {
        if (before.contains(it.key()) && before.value(it.key()) == it.value())
            continue;
        h.writes[{table, uuid, it.key()}][{it.value().hlc, it.value().node}] =
            History::Write{it.value(), before.value(it.key()), records->first().values.value(it.key())};
    }
}

QStringList rowsOn(Replica &r, const QString &table, const QString &where)
{
    QStringList out;
    QSqlQuery q(r.conn());
    q.exec(QStringLiteral("SELECT uuid FROM %1 %2 ORDER BY id").arg(table, where));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

qint64 idIn(Replica &r, const QString &table, const QString &uuid)
{
    return scalar(r, QStringLiteral("SELECT id FROM %1 WHERE uuid = '%2'").arg(table, uuid)).toLongLong();
}

// One step of the random histories on contacts, follow-ups, the consent ledger, channels and
// wordings: what field staff do on a laptop besides editing customers.
void contactStep(History &h, Replica &r, QRandomGenerator &rng)
{
    InteractionRepository contacts(r.db);
    ConsentRepository consent(r.db);
    consent.setActor(r.name);
    const QStringList subjects{QStringLiteral("Price"), QStringLiteral("Delivery"), QStringLiteral("Visit"), QStringLiteral("Invoice")};
    const QStringList live = rowsOn(r, QStringLiteral("customer"), QStringLiteral("WHERE deleted_at IS NULL"));
    const int what = int(rng.bounded(12));
    if (what >= 10) {
        // An order: a new line for a product by SKU (two laptops' offline products are one), or a
        // change of an existing one.
        PurchaseRepository orders(r.db);
        const QStringList lines = rowsOn(r, QStringLiteral("purchase"));
        if (lines.isEmpty() || rng.bounded(2)) {
            if (live.isEmpty())
                return;
            Purchase p;
            p.customerId = idOf(r, live[rng.bounded(live.size())]);
            p.orderedOn = QDate::currentDate().addDays(-qint64(rng.bounded(30)));
            p.amount = 1000 + qint64(rng.bounded(9000));
            p.currency = QStringLiteral("EUR");
            const QString sku = QStringLiteral("SKU-%1").arg(rng.bounded(3));
            p.productId = orders.ensureProduct(sku, QStringLiteral("Product %1").arg(sku)).value();
            const auto id = orders.create(p);
            if (!id)
                return;
            const QString uuid = orders.get(*id).value().uuid;
            recordWrites(h, r, uuid, {}, QStringLiteral("purchase"));
            h.log.append(QStringLiteral("%1 sells %2 (%3)").arg(r.name, uuid.left(8), sku));
            return;
        }
        const QString uuid = lines[rng.bounded(lines.size())];
        const auto before = r.sync().fieldStamps(QStringLiteral("purchase"), uuid);
        REQUIRE(before);
        auto p = orders.get(idIn(r, QStringLiteral("purchase"), uuid));
        REQUIRE(p);
        Result<void> done;
        if (rng.bounded(3) == 0) {
            done = p->deletedAt.isValid() ? orders.restore(p->id) : orders.remove(p->id);
        } else {
            p->amount = 1000 + qint64(rng.bounded(9000));
            done = orders.update(*p);
        }
        if (!done)
            return;
        recordWrites(h, r, uuid, *before, QStringLiteral("purchase"));
        h.log.append(QStringLiteral("%1 changes order %2").arg(r.name, uuid.left(8)));
        return;
    }
    if (what < 3) {
        if (live.isEmpty())
            return;
        const auto channels = contacts.channels(true);
        REQUIRE(channels);
        Interaction i;
        i.customerId = idOf(r, live[rng.bounded(live.size())]);
        i.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-qint64(rng.bounded(100000)));
        i.channelId = (*channels)[rng.bounded(channels->size())].id;
        i.kind = rng.bounded(3) == 0 ? InteractionKind::Complaint : InteractionKind::Question;
        i.subject = subjects[rng.bounded(subjects.size())];
        if (rng.bounded(2))
            i.csat = 1 + int(rng.bounded(5));
        const auto id = contacts.create(i);
        if (!id)
            return;
        const QString uuid = contacts.get(*id).value().uuid;
        recordWrites(h, r, uuid, {}, QStringLiteral("interaction"));
        h.log.append(QStringLiteral("%1 logs contact %2").arg(r.name, uuid.left(8)));
    } else if (what < 6) {
        const QStringList all = rowsOn(r, QStringLiteral("interaction"));
        if (all.isEmpty())
            return;
        const QString uuid = all[rng.bounded(all.size())];
        const qint64 id = idIn(r, QStringLiteral("interaction"), uuid);
        const auto before = r.sync().fieldStamps(QStringLiteral("interaction"), uuid);
        REQUIRE(before);
        auto i = contacts.get(id);
        REQUIRE(i);
        const int change = int(rng.bounded(5));
        Result<void> done;
        if (change == 0) {
            i->subject = subjects[rng.bounded(subjects.size())];
            done = contacts.update(*i);
        } else if (change == 1 && i->kind == InteractionKind::Complaint) {
            done = contacts.setResolved(id, !i->resolvedAt.isValid());
        } else if (change == 2 && i->kind == InteractionKind::Complaint) {
            done = contacts.takeComplaint(id, rng.bounded(3) == 0 ? 0 : r.customers->ensureOwner(QStringLiteral("Kari")).value());
        } else if (change == 3) {
            done = i->deletedAt.isValid() ? contacts.restore(id) : contacts.remove(id);
        } else {
            i->csat = rng.bounded(3) == 0 ? std::nullopt : std::optional<int>(1 + int(rng.bounded(5)));
            done = contacts.update(*i);
        }
        if (!done)
            return; // e.g. a complaint step on a question, or a contact of a deleted customer
        recordWrites(h, r, uuid, *before, QStringLiteral("interaction"));
        h.log.append(QStringLiteral("%1 changes contact %2 (%3)").arg(r.name, uuid.left(8)).arg(change));
    } else if (what < 7) {
        const QStringList open = rowsOn(r, QStringLiteral("follow_up"));
        if (!open.isEmpty() && rng.bounded(2)) {
            const QString uuid = open[rng.bounded(open.size())];
            const auto before = r.sync().fieldStamps(QStringLiteral("follow_up"), uuid);
            REQUIRE(before);
            const auto f = contacts.getFollowUp(idIn(r, QStringLiteral("follow_up"), uuid));
            REQUIRE(f);
            if (!contacts.setFollowUpDone(f->id, !f->doneAt.isValid()))
                return;
            recordWrites(h, r, uuid, *before, QStringLiteral("follow_up"));
            h.log.append(QStringLiteral("%1 ticks follow-up %2").arg(r.name, uuid.left(8)));
            return;
        }
        if (live.isEmpty())
            return;
        FollowUp f;
        f.customerId = idOf(r, live[rng.bounded(live.size())]);
        const QStringList its = rowsOn(r, QStringLiteral("interaction"), QStringLiteral("WHERE customer_id = %1").arg(f.customerId));
        if (!its.isEmpty() && rng.bounded(2))
            f.interactionId = idIn(r, QStringLiteral("interaction"), its[rng.bounded(its.size())]);
        f.dueDate = QDate::currentDate().addDays(qint64(rng.bounded(10)));
        f.note = subjects[rng.bounded(subjects.size())];
        const auto id = contacts.createFollowUp(f);
        if (!id)
            return;
        const QString uuid = contacts.getFollowUp(*id).value().uuid;
        recordWrites(h, r, uuid, {}, QStringLiteral("follow_up"));
        h.log.append(QStringLiteral("%1 plans follow-up %2").arg(r.name, uuid.left(8)));
    } else if (what < 9) {
        if (live.isEmpty())
            return;
        ConsentRecord record;
        record.customerId = idOf(r, live[rng.bounded(live.size())]);
        record.purposeId = 1 + qint64(rng.bounded(5));
        record.source = ConsentSource::Counter;
        const auto texts = consent.texts(record.purposeId);
        REQUIRE(texts);
        REQUIRE_FALSE(texts->isEmpty());
        record.textId = (*texts)[rng.bounded(texts->size())].id;
        const bool grant = rng.bounded(2);
        if (!(grant ? consent.grant(record) : consent.withdraw(record)))
            return;
        h.log.append(QStringLiteral("%1 %2 purpose %3").arg(r.name, grant ? QStringLiteral("grants") : QStringLiteral("withdraws")).arg(record.purposeId));
    } else if (rng.bounded(2)) {
        const auto channel = contacts.addChannel(QStringLiteral("Stand %1").arg(rng.bounded(1000)), false);
        if (channel)
            h.log.append(QStringLiteral("%1 adds channel %2").arg(r.name).arg(*channel));
    } else {
        const qint64 purpose = 1 + qint64(rng.bounded(5));
        if (consent.addText(purpose, QStringLiteral("nl"), QStringLiteral("Tekst %1").arg(rng.bounded(1000))))
            h.log.append(QStringLiteral("%1 words purpose %2 anew").arg(r.name).arg(purpose));
    }
}

// One step on what a team shares besides customers: units and who is in which, maturity
// self-assessments and their answers, personas and their rules.
void teamStep(History &h, Replica &r, QRandomGenerator &rng)
{
    maturity::AssessmentRepository units(r.db);
    PersonaRepository personas(r.db);
    const int what = int(rng.bounded(8));
    const QStringList unitUuids = rowsOn(r, QStringLiteral("org_unit"), QStringLiteral("WHERE deleted_at IS NULL"));
    if (what == 0 || (what < 4 && unitUuids.isEmpty())) {
        // Two laptops may make a unit of the same name: one of them is renamed everywhere.
        const auto id = units.addUnit(QStringLiteral("Team %1").arg(rng.bounded(3)), maturity::UnitKind::Team);
        if (id)
            h.log.append(QStringLiteral("%1 adds unit %2").arg(r.name).arg(*id));
        return;
    }
    if (what == 1) {
        const QString uuid = unitUuids[rng.bounded(unitUuids.size())];
        const QString owner = rng.bounded(2) ? QStringLiteral("Kari") : QStringLiteral("Joost");
        const qint64 ownerId = r.customers->ensureOwner(owner).value();
        const QString ownerUuid = scalar(r, QStringLiteral("SELECT uuid FROM owner WHERE id = %1").arg(ownerId)).toString();
        const auto before = r.sync().fieldStamps(QStringLiteral("owner"), ownerUuid);
        REQUIRE(before);
        if (!units.setMemberUnit(ownerId, rng.bounded(4) == 0 ? 0 : idIn(r, QStringLiteral("org_unit"), uuid)))
            return;
        recordWrites(h, r, ownerUuid, *before, QStringLiteral("owner"));
        h.log.append(QStringLiteral("%1 puts %2 in unit %3").arg(r.name, owner, uuid.left(8)));
        return;
    }
    if (what < 4) {
        // A new assessment, or answers, the note or the removal of one.
        const QStringList assessments = rowsOn(r, QStringLiteral("maturity_assessment"), QStringLiteral("WHERE deleted_at IS NULL"));
        const auto &criteria = maturity::Maturity::criteria();
        maturity::Assessment a;
        if (assessments.isEmpty() || what == 2) {
            a.unitId = idIn(r, QStringLiteral("org_unit"), unitUuids[rng.bounded(unitUuids.size())]);
            a.assessedOn = QDate(2026, 11, 1 + int(rng.bounded(28)));
        } else {
            const QString chosen = assessments[rng.bounded(assessments.size())];
            const auto read = units.assessments(
                scalar(r, QStringLiteral("SELECT unit_id FROM maturity_assessment WHERE uuid = '%1'").arg(chosen)).toLongLong());
            REQUIRE(read);
            for (const maturity::Assessment &one : *read)
                if (one.uuid == chosen)
                    a = one;
            REQUIRE(a.uuid == chosen);
            if (rng.bounded(6) == 0) {
                const auto before = r.sync().fieldStamps(QStringLiteral("maturity_assessment"), a.uuid);
                REQUIRE(before);
                if (units.remove(a.id)) {
                    recordWrites(h, r, a.uuid, *before, QStringLiteral("maturity_assessment"));
                    h.log.append(QStringLiteral("%1 removes assessment %2").arg(r.name, a.uuid.left(8)));
                }
                return;
            }
        }
        const int answers = 1 + int(rng.bounded(3));
        for (int i = 0; i < answers; ++i) {
            const QString code = criteria.at(rng.bounded(4)).code;
            if (rng.bounded(5) == 0)
                a.scores.remove(code);
            else
                a.scores.insert(code, int(rng.bounded(6)));
        }
        if (rng.bounded(3) == 0)
            a.note = QStringLiteral("note %1").arg(rng.bounded(3));
        // The stamps of the assessment and of its answers as they were.
        QHash<QString, QHash<QString, Stamp>> before;
        if (!a.uuid.isEmpty()) {
            before.insert(a.uuid, r.sync().fieldStamps(QStringLiteral("maturity_assessment"), a.uuid).value());
            for (int i = 0; i < 4; ++i) {
                const QString answer = a.uuid + QLatin1Char('/') + criteria.at(i).code;
                before.insert(answer, r.sync().fieldStamps(QStringLiteral("maturity_answer"), answer).value());
            }
        }
        const auto saved = units.save(a);
        if (!saved)
            return; // e.g. its unit was removed
        const QString uuid = scalar(r, QStringLiteral("SELECT uuid FROM maturity_assessment WHERE id = %1").arg(*saved)).toString();
        recordWrites(h, r, uuid, before.value(uuid), QStringLiteral("maturity_assessment"));
        for (int i = 0; i < 4; ++i) {
            const QString answer = uuid + QLatin1Char('/') + criteria.at(i).code;
            recordWrites(h, r, answer, before.value(answer), QStringLiteral("maturity_answer"));
        }
        h.log.append(QStringLiteral("%1 answers assessment %2").arg(r.name, uuid.left(8)));
        return;
    }
    const QStringList personaUuids = rowsOn(r, QStringLiteral("persona"));
    if (what == 4 || personaUuids.isEmpty()) {
        Persona p;
        p.name = QStringLiteral("Persona %1").arg(rng.bounded(3));
        p.preferredChannels = {1 + qint64(rng.bounded(8))};
        const auto id = personas.add(p);
        if (!id)
            return; // a persona of that name is here already
        const QString uuid = personas.persona(*id).value().uuid;
        recordWrites(h, r, uuid, {}, QStringLiteral("persona"));
        h.log.append(QStringLiteral("%1 adds persona %2").arg(r.name, uuid.left(8)));
        return;
    }
    const QString uuid = personaUuids[rng.bounded(personaUuids.size())];
    const qint64 id = idIn(r, QStringLiteral("persona"), uuid);
    if (what == 5) {
        const auto before = r.sync().fieldStamps(QStringLiteral("persona"), uuid);
        REQUIRE(before);
        auto p = personas.persona(id);
        REQUIRE(p);
        Result<void> done;
        if (rng.bounded(4) == 0) {
            done = p->deleted ? personas.restore(id) : personas.remove(id);
        } else {
            p->needs = QStringLiteral("needs %1").arg(rng.bounded(3));
            p->preferredChannels.clear();
            for (int i = 0; i < 2; ++i)
                p->preferredChannels.append(1 + qint64(rng.bounded(8)));
            done = personas.update(*p);
        }
        if (!done)
            return;
        recordWrites(h, r, uuid, *before, QStringLiteral("persona"));
        h.log.append(QStringLiteral("%1 changes persona %2").arg(r.name, uuid.left(8)));
        return;
    }
    const QStringList rules = rowsOn(r, QStringLiteral("persona_rule"), QStringLiteral("WHERE deleted_at IS NULL"));
    if (what == 6 || rules.isEmpty()) {
        PersonaRule rule;
        rule.personaId = id;
        rule.priority = int(rng.bounded(5));
        rule.country = rng.bounded(2) ? QStringLiteral("NL") : QStringLiteral("NO");
        const auto added = personas.addRule(rule);
        if (!added)
            return;
        const QString ruleUuid = scalar(r, QStringLiteral("SELECT uuid FROM persona_rule WHERE id = %1").arg(*added)).toString();
        recordWrites(h, r, ruleUuid, {}, QStringLiteral("persona_rule"));
        h.log.append(QStringLiteral("%1 adds persona rule %2").arg(r.name, ruleUuid.left(8)));
        return;
    }
    const QString ruleUuid = rules[rng.bounded(rules.size())];
    const auto before = r.sync().fieldStamps(QStringLiteral("persona_rule"), ruleUuid);
    REQUIRE(before);
    const auto all = personas.rules();
    REQUIRE(all);
    for (PersonaRule rule : *all) {
        if (rule.uuid != ruleUuid)
            continue;
        Result<void> done;
        if (rng.bounded(4) == 0) {
            done = personas.removeRule(rule.id);
        } else {
            rule.priority = int(rng.bounded(5));
            done = personas.updateRule(rule);
        }
        if (!done)
            return;
        recordWrites(h, r, ruleUuid, *before, QStringLiteral("persona_rule"));
        h.log.append(QStringLiteral("%1 changes persona rule %2").arg(r.name, ruleUuid.left(8)));
    }
}

// One change made on a PostgreSQL team database by hand (psql, a report tool), which its
// triggers stamp (team schema 5): a customer's city, notes, first name, tombstone or a tag.
void serverStep(History &h, World &w, QRandomGenerator &rng)
{
    Replica &server = w.server;
    const QStringList customers = rowsOn(server, QStringLiteral("customer"));
    if (customers.isEmpty())
        return;
    const QString uuid = customers[rng.bounded(customers.size())];
    const auto before = server.sync().fieldStamps(QStringLiteral("customer"), uuid);
    REQUIRE(before);
    QString sql;
    const int what = int(rng.bounded(5));
    if (what == 0)
        sql = QStringLiteral("UPDATE customer SET city = '%1' WHERE uuid = '%2'")
                  .arg(QStringList{QStringLiteral("Bodø"), QStringLiteral("Gent"), QStringLiteral("Delft")}[rng.bounded(3)], uuid);
    else if (what == 1)
        sql = QStringLiteral("UPDATE customer SET notes = 'server note %1' WHERE uuid = '%2'").arg(rng.bounded(3)).arg(uuid);
    else if (what == 2)
        sql = QStringLiteral("UPDATE customer SET given_name = 'Eva' WHERE uuid = '%1' AND kind = 'person'").arg(uuid);
    else if (what == 3)
        sql = QStringLiteral("UPDATE customer SET deleted_at = CASE WHEN deleted_at IS NULL THEN '2026-12-06T10:00:00.000Z'"
                             " END WHERE uuid = '%1'")
                  .arg(uuid);
    else {
        const QStringList tags = rowsOn(server, QStringLiteral("tag"), QStringLiteral("WHERE deleted_at IS NULL"));
        if (tags.isEmpty())
            return;
        const qint64 tag = idIn(server, QStringLiteral("tag"), tags[rng.bounded(tags.size())]);
        const qint64 customer = idIn(server, QStringLiteral("customer"), uuid);
        const bool has = scalar(server, QStringLiteral("SELECT count(*) FROM customer_tag WHERE customer_id = %1 AND tag_id = %2")
                                            .arg(customer)
                                            .arg(tag))
                             .toInt()
            > 0;
        sql = has ? QStringLiteral("DELETE FROM customer_tag WHERE customer_id = %1 AND tag_id = %2").arg(customer).arg(tag)
                  : QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id) VALUES (%1, %2)").arg(customer).arg(tag);
    }
    QSqlQuery q(server.conn());
    INFO(sql.toStdString());
    const bool done = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(done);
    recordWrites(h, server, uuid, *before);
    h.log.append(QStringLiteral("server by hand: %1").arg(sql));
}

// The first laptop changes which customers it keeps: the customers of a team member, those with a
// tag, those in a country, a union of those, or everything again.
void subsetStep(History &h, World &w, QRandomGenerator &rng)
{
    auto any = [&](const char *table) {
        QStringList uuids;
        QSqlQuery q(w.server.conn());
        q.exec(QStringLiteral("SELECT uuid FROM %1 ORDER BY uuid").arg(QLatin1String(table)));
        while (q.next())
            uuids.append(q.value(0).toString());
        return uuids.isEmpty() ? QStringList() : QStringList{uuids[rng.bounded(uuids.size())]};
    };
    Subset subset;
    const int kind = int(rng.bounded(5));
    if (kind == 0 || kind == 3)
        subset.owners = any("owner");
    if (kind == 1 || kind == 3)
        subset.tags = any("tag");
    if (kind == 2)
        subset.countries = {QStringLiteral("NL")};
    REQUIRE(w.laptop(0).endpoint->setSubset(subset));
    h.log.append(QStringLiteral("laptop1 keeps %1").arg(subset.isAll() ? QStringLiteral("everything") : subset.toText()));
}

} // namespace relatio::sync::test
