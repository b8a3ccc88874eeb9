// Codes and translated names of interaction kinds, directions and default channels.
#include "interactions/Interaction.h"

#include <QCoreApplication>

namespace relatio {

namespace {

struct KindEntry
{
    InteractionKind kind;
    const char *code;
    const char *name;
};

const KindEntry kKinds[] = {
    {InteractionKind::Question, "question", QT_TRANSLATE_NOOP("InteractionKind", "Question")},
    {InteractionKind::Complaint, "complaint", QT_TRANSLATE_NOOP("InteractionKind", "Complaint")},
    {InteractionKind::Order, "order", QT_TRANSLATE_NOOP("InteractionKind", "Order")},
    {InteractionKind::Feedback, "feedback", QT_TRANSLATE_NOOP("InteractionKind", "Feedback or idea")},
    {InteractionKind::SelfService, "self_service", QT_TRANSLATE_NOOP("InteractionKind", "Self-service action")},
    {InteractionKind::Other, "other", QT_TRANSLATE_NOOP("InteractionKind", "Other")},
};

struct ChannelEntry
{
    const char *code;
    const char *name;
};

const ChannelEntry kChannels[] = {
    {"phone", QT_TRANSLATE_NOOP("Channel", "Phone")},
    {"email", QT_TRANSLATE_NOOP("Channel", "E-mail")},
    {"web", QT_TRANSLATE_NOOP("Channel", "Web self-service")},
    {"chat", QT_TRANSLATE_NOOP("Channel", "Chat")},
    {"social", QT_TRANSLATE_NOOP("Channel", "Social media")},
    {"visit", QT_TRANSLATE_NOOP("Channel", "Visit")},
    {"post", QT_TRANSLATE_NOOP("Channel", "Post")},
    {"app", QT_TRANSLATE_NOOP("Channel", "App")},
};

} // namespace

QString directionCode(Direction direction)
{
    return direction == Direction::Out ? QStringLiteral("out") : QStringLiteral("in");
}

std::optional<Direction> directionFromCode(const QString &code)
{
    if (code == QLatin1String("in"))
        return Direction::In;
    if (code == QLatin1String("out"))
        return Direction::Out;
    return std::nullopt;
}

QString directionName(Direction direction)
{
    return direction == Direction::Out ? QCoreApplication::translate("Direction", "Outgoing")
                                       : QCoreApplication::translate("Direction", "Incoming");
}

QString kindCode(InteractionKind kind)
{
    for (const KindEntry &e : kKinds)
        if (e.kind == kind)
            return QLatin1String(e.code);
    return QStringLiteral("other");
}

std::optional<InteractionKind> kindFromCode(const QString &code)
{
    for (const KindEntry &e : kKinds)
        if (code == QLatin1String(e.code))
            return e.kind;
    return std::nullopt;
}

const QList<InteractionKind> &allInteractionKinds()
{
    static const QList<InteractionKind> kinds = [] {
        QList<InteractionKind> list;
        for (const KindEntry &e : kKinds)
            list.append(e.kind);
        return list;
    }();
    return kinds;
}

QString kindName(InteractionKind kind)
{
    for (const KindEntry &e : kKinds)
        if (e.kind == kind)
            return QCoreApplication::translate("InteractionKind", e.name);
    return {};
}

QString Channel::defaultName(const QString &code)
{
    for (const ChannelEntry &e : kChannels)
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("Channel", e.name);
    return {};
}

QString Channel::displayName() const
{
    if (!name.isEmpty())
        return name;
    const QString builtIn = defaultName(code);
    return builtIn.isEmpty() ? code : builtIn;
}

} // namespace relatio
