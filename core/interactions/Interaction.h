// Contacts with customers across channels, the channels themselves, and follow-ups.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace relatio {

enum class Direction { In, Out };

enum class InteractionKind { Question, Complaint, Order, Feedback, SelfService, Other };

// Stored codes ("in", "complaint", "self_service") and their inverses; nullopt for unknown codes.
QString directionCode(Direction direction);
std::optional<Direction> directionFromCode(const QString &code);
QString kindCode(InteractionKind kind);
std::optional<InteractionKind> kindFromCode(const QString &code);
const QList<InteractionKind> &allInteractionKinds();
// Translated names for people ("Complaint", "Klacht", "Klage").
QString directionName(Direction direction);
QString kindName(InteractionKind kind);

struct Channel
{
    qint64 id = 0;
    QString uuid;
    QString code;          // "phone", "email", "web", "chat", "social", "visit", "post", "app"; empty for added ones
    QString name;          // as renamed by the user; empty = the translated default of code
    int position = 0;
    bool social = false;   // public channel: complaints there may be picked up by anyone
    bool retired = false;  // kept for history, not offered for new contacts

    // The name to show: the user's name, else the translated default.
    QString displayName() const;
    // The translated default name of a built-in channel code; empty for unknown codes.
    static QString defaultName(const QString &code);
};

struct Interaction
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    QDateTime occurredAt;          // UTC
    qint64 channelId = 0;
    Direction direction = Direction::In;
    InteractionKind kind = InteractionKind::Question;
    QString subject;
    QString notes;
    qint64 handledById = 0;        // team member (owner) who handled it; 0 = nobody recorded
    std::optional<int> csat;       // 1..5
    std::optional<int> nps;        // 0..10
    qint64 takenById = 0;          // complaints: who picked it up
    QDateTime takenAt;
    QDateTime resolvedAt;          // complaints: valid = resolved
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deletedAt;

    // Read-only, filled by queries that join them.
    QString channelName;
    QString handledByName;
    QString takenByName;
    QString customerName;

    bool isOpenComplaint() const { return kind == InteractionKind::Complaint && !resolvedAt.isValid(); }
};

struct FollowUp
{
    qint64 id = 0;
    QString uuid;
    qint64 customerId = 0;
    qint64 interactionId = 0;      // 0 = on the customer itself
    QDate dueDate;                 // a local calendar day
    qint64 assigneeId = 0;         // 0 = nobody
    QString note;
    QDateTime doneAt;              // valid = done
    QDateTime createdAt;
    QDateTime updatedAt;

    // Read-only, filled by queries that join them.
    QString assigneeName;
    QString customerName;
    QString interactionSubject;

    bool isDone() const { return doneAt.isValid(); }
    bool isOverdue(const QDate &today) const { return !isDone() && dueDate.isValid() && dueDate < today; }
};

} // namespace relatio
