// What the privacy tests share (test_privacy.cpp: consent, history, retention; test_erasure.cpp:
// the subject export and erasure): the default purposes, and records and rows made for them.
#pragma once

#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "privacy/ConsentRepository.h"
#include "privacy/CustomerReferences.h"
#include "util/Stamps.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace relatio::test::privacy {

constexpr qint64 kNewsletter = 1;   // the default purposes, as migration 4 made them
constexpr qint64 kEmailMarketing = 2;
constexpr qint64 kPhone = 3;

inline void exec(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

inline qint64 addPerson(const DatabasePtr &db, const QString &given, const QString &family, const QString &email,
                 const QString &mobile = {})
{
    Customer c;
    c.givenName = given;
    c.familyName = family;
    c.email = email;
    c.mobile = mobile;
    c.country = QStringLiteral("NL");
    const auto id = CustomerRepository(db).create(c);
    REQUIRE(id);
    return *id;
}

// The first wording of a purpose (migration 4 gives every default one).
inline qint64 textOf(const DatabasePtr &db, qint64 purposeId)
{
    const auto texts = ConsentRepository(db).texts(purposeId);
    REQUIRE(texts);
    REQUIRE_FALSE(texts->isEmpty());
    return texts->last().id;
}

inline ConsentRecord record(qint64 customer, qint64 purpose, qint64 text, const QDateTime &when,
                     ConsentSource source = ConsentSource::WebForm)
{
    ConsentRecord r;
    r.customerId = customer;
    r.purposeId = purpose;
    r.textId = text;
    r.occurredAt = when;
    r.source = source;
    return r;
}

inline ConsentStatus statusOf(const DatabasePtr &db, qint64 customer, qint64 purpose)
{
    const auto states = ConsentRepository(db).states(customer);
    REQUIRE(states);
    for (const ConsentState &s : *states)
        if (s.purpose.id == purpose)
            return s.status;
    FAIL("no state for the purpose");
    return ConsentStatus::None;
}

inline QDateTime utc(const char *iso)
{
    return fromStoredTime(QString::fromLatin1(iso));
}

inline void addInteraction(const DatabasePtr &db, qint64 customer, const QString &subject, const QString &notes,
                    const char *when = "2025-03-01T10:00:00.000Z")
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO interaction (uuid, customer_id, occurred_at, channel_id, direction, kind,"
                             " subject, notes, csat, created_at, updated_at) VALUES (?, ?, ?, 1, 'in', 'complaint', ?, ?,"
                             " 4, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(customer);
    q.addBindValue(QString::fromLatin1(when));
    q.addBindValue(subject);
    q.addBindValue(notes.isNull() ? QString(QLatin1String("")) : notes);
    q.addBindValue(QString::fromLatin1(when));
    q.addBindValue(QString::fromLatin1(when));
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

inline void addFollowUp(const DatabasePtr &db, qint64 customer, const QString &note)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO follow_up (uuid, customer_id, due_date, note, created_at, updated_at)"
                             " VALUES (?, ?, '2025-04-01', ?, '2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z')"));
    q.addBindValue(newUuid());
    q.addBindValue(customer);
    q.addBindValue(note);
    REQUIRE(q.exec());
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Every table and column of the store holding the text anywhere (as text or inside a blob).
inline QStringList placesHolding(const DatabasePtr &db, const QString &text)
{
    QStringList places;
    QSqlQuery tables(db->connection());
    // Virtual tables keep nothing of their own: their shadow tables are searched.
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                       " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery columns(db->connection());
        REQUIRE(columns.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(CustomerReferences::quoted(table))));
        const QSqlRecord rec = columns.record();
        for (int i = 0; i < rec.count(); ++i) {
            QSqlQuery q(db->connection());
            // As written, and as the search index keeps words: in lower case.
            q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE instr(CAST(%2 AS BLOB), CAST(? AS BLOB)) > 0"
                                     " OR instr(CAST(%2 AS BLOB), CAST(? AS BLOB)) > 0")
                          .arg(CustomerReferences::quoted(table), CustomerReferences::quoted(rec.fieldName(i))));
            q.addBindValue(text);
            q.addBindValue(text.toLower());
            REQUIRE(q.exec());
            REQUIRE(q.next());
            if (q.value(0).toLongLong() > 0)
                places.append(table + QLatin1Char('.') + rec.fieldName(i));
        }
    }
    return places;
}

} // namespace relatio::test::privacy
