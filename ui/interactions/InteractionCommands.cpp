// Contact and follow-up undo commands.
#include "interactions/InteractionCommands.h"

#include "interactions/InteractionController.h"

namespace relatio {

InteractionPresenceCommand::InteractionPresenceCommand(InteractionController *controller, Record record, qint64 id,
                                                       bool added, const QString &text)
    : m_controller(controller)
    , m_record(record)
    , m_id(id)
    , m_added(added)
{
    setText(text);
}

void InteractionPresenceCommand::apply(bool present)
{
    if (m_record == Record::Interaction)
        m_controller->applyInteractionDeleted(m_id, !present);
    else
        m_controller->applyFollowUpDeleted(m_id, !present);
}

void InteractionPresenceCommand::undo()
{
    apply(!m_added);
}

void InteractionPresenceCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    apply(m_added);
}

EditInteractionCommand::EditInteractionCommand(InteractionController *controller, const Interaction &before,
                                               const Interaction &after, const QString &text)
    : m_controller(controller)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void EditInteractionCommand::undo()
{
    m_controller->applyInteraction(m_before, m_after);
}

void EditInteractionCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_controller->applyInteraction(m_after, m_before);
}

EditFollowUpCommand::EditFollowUpCommand(InteractionController *controller, const FollowUp &before,
                                         const FollowUp &after, const QString &text)
    : m_controller(controller)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void EditFollowUpCommand::undo()
{
    m_controller->applyFollowUp(m_before, m_after);
}

void EditFollowUpCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_controller->applyFollowUp(m_after, m_before);
}

} // namespace relatio
