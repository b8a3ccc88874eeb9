// Undo commands for contacts and follow-ups. Each is pushed after its first action has been
// written, so its first redo() does nothing.
#pragma once

#include "interactions/Interaction.h"

#include <QUndoCommand>

namespace relatio {

class InteractionController;

// A contact or follow-up that was added (undo tombstones it) or deleted (undo brings it back).
class InteractionPresenceCommand : public QUndoCommand
{
public:
    enum class Record { Interaction, FollowUp };
    InteractionPresenceCommand(InteractionController *controller, Record record, qint64 id, bool added,
                               const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(bool present);

    InteractionController *m_controller;
    Record m_record;
    qint64 m_id;
    bool m_added;
    bool m_done = true;
};

class EditInteractionCommand : public QUndoCommand
{
public:
    EditInteractionCommand(InteractionController *controller, const Interaction &before, const Interaction &after,
                           const QString &text);
    void undo() override;
    void redo() override;

private:
    InteractionController *m_controller;
    Interaction m_before;
    Interaction m_after;
    bool m_done = true;
};

class EditFollowUpCommand : public QUndoCommand
{
public:
    EditFollowUpCommand(InteractionController *controller, const FollowUp &before, const FollowUp &after,
                        const QString &text);
    void undo() override;
    void redo() override;

private:
    InteractionController *m_controller;
    FollowUp m_before;
    FollowUp m_after;
    bool m_done = true;
};

} // namespace relatio
