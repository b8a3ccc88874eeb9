// The contacts (interactions) file: its columns and header names in English, Dutch and Norwegian,
// and how its channel, direction, kind and score cells are read.
//
// The canonical file, as `relatio-cli export interactions` writes it, has these columns in this
// order (a file to import may have them in any order, under any of the header synonyms):
//
//   uuid                  the contact's Relatio id; optional. A row whose uuid is stored already is
//                         the same contact: skipped or updated (--on-duplicate), never a duplicate.
//   customer_uuid         the customer, by its Relatio id
//   customer_external_id  the customer, by its id in another system
//   customer_email        the customer, by its primary e-mail address (case ignored; not email_alt)
//                         At least one of the three customer columns is needed. A row is matched by
//                         external id, else e-mail, else Relatio id: the first that names exactly one
//                         customer. A customer that is not found, or an e-mail address two live
//                         customers share, is a problem of the row.
//   occurred_at           required: ISO 8601 with a zone (2024-03-01T09:30:00Z, …+01:00), or without
//                         one in local time (2024-03-01 09:30), a date alone (2024-03-01, local
//                         midnight), or day-month-year as written in NL, BE and NO (1-3-2024 9:30,
//                         01.03.2024)
//   channel               required: a channel's code (phone, email, web, chat, social, visit, post,
//                         app) or its name, in English, Dutch or Norwegian, case ignored. Retired
//                         channels are accepted (the file is history). Unknown ones are a problem of
//                         the row, whose message lists the channels there are.
//   direction             in or out, or incoming/outgoing, inkomend/uitgaand, innkommende/utgående…;
//                         empty = in
//   kind                  question, complaint, order, feedback, self_service, other, or their names in
//                         English, Dutch or Norwegian; empty = other
//   subject, notes        text
//   handled_by            the team member who handled it, by name (case ignored); one that does not
//                         exist is added, as the customer import adds owners
//   csat                  empty, or a whole number from 1 to 5
//   nps                   empty, or a whole number from 0 to 10
//   taken_by              complaints: the team member who picked it up, by name (as handled_by)
//   taken_at, resolved_at complaints: when it was picked up and resolved (dates as occurred_at)
//
// Any other column is an error of the whole file (line 1, at the column), except "reason", which
// the rejects file of an import adds and which is left out when that file is imported again, and
// columns with an empty header.
#pragma once

#include "interactions/Interaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relatio::csv {

// The columns of a contacts file, in the canonical order.
enum class InteractionColumn {
    Uuid,
    CustomerUuid,
    CustomerExternalId,
    CustomerEmail,
    OccurredAt,
    Channel,
    Direction,
    Kind,
    Subject,
    Notes,
    HandledBy,
    Csat,
    Nps,
    TakenBy,
    TakenAt,
    ResolvedAt,
};

// Every column of the canonical file, in order.
const QList<InteractionColumn> &interactionColumns();
// The canonical header name: "uuid", "customer_external_id", "occurred_at", …
QString headerName(InteractionColumn column);

class InteractionCsv
{
    Q_DECLARE_TR_FUNCTIONS(InteractionCsv)

public:
    // The column's name for people, translated.
    static QString label(InteractionColumn column);

    // The column a header means, from its name in English, Dutch or Norwegian (case, accents,
    // spaces, dashes and underscores ignored); std::nullopt when it is none of them.
    static std::optional<InteractionColumn> guessColumn(const QString &header);
    // The column the rejects file of an import adds, with the reason a row was rejected.
    static bool isReasonColumn(const QString &header);

    // "in", "Incoming", "inkomend", "innkommende", …; std::nullopt for anything else.
    static std::optional<Direction> parseDirection(const QString &text);
    // Kind codes, and kind names in English, Dutch or Norwegian.
    static std::optional<InteractionKind> parseKind(const QString &text);

    // Text folded for matching names: lower case, without accents, spaces or punctuation.
    static QString fold(const QString &text);
};

// The channels of the store, by every name a file may use for them: the code, the name shown now,
// a renamed channel's own name, and the default names in English, Dutch and Norwegian. Read-only
// once made, so the reader thread can use it.
class ChannelNames
{
    Q_DECLARE_TR_FUNCTIONS(ChannelNames)

public:
    explicit ChannelNames(const QList<Channel> &channels);

    // The channel id, or 0 when no channel goes by that name.
    qint64 find(const QString &text) const;
    // What an export writes for a channel: the code of a built-in channel (the same in every
    // language), else its name.
    QString exportName(qint64 id) const { return m_exportNames.value(id); }
    // "Phone (phone), E-mail (email), …", for the message about an unknown channel.
    QString knownList() const { return m_known; }

private:
    QHash<QString, qint64> m_byName;
    QHash<qint64, QString> m_exportNames;
    QString m_known;
};

} // namespace relatio::csv
