// Undo and redo of order edits.
#include "orders/OrderCommands.h"

#include "orders/OrderController.h"

namespace relatio {

PurchasePresenceCommand::PurchasePresenceCommand(OrderController *controller, qint64 id, bool added,
                                                 const QString &text)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_id(id)
    , m_added(added)
{
}

void PurchasePresenceCommand::undo()
{
    m_done = false;
    if (!m_controller->applyDeleted(m_id, m_added))
        setObsolete(true);
}

void PurchasePresenceCommand::redo()
{
    if (m_done)
        return; // written before it was pushed
    m_done = true;
    if (!m_controller->applyDeleted(m_id, !m_added))
        setObsolete(true);
}

EditPurchaseCommand::EditPurchaseCommand(OrderController *controller, const Purchase &before, const Purchase &after,
                                         const QString &text)
    : QUndoCommand(text)
    , m_controller(controller)
    , m_before(before)
    , m_after(after)
{
}

void EditPurchaseCommand::undo()
{
    m_done = false;
    if (!m_controller->applyContent(m_before, m_after))
        setObsolete(true);
}

void EditPurchaseCommand::redo()
{
    if (m_done)
        return;
    m_done = true;
    if (!m_controller->applyContent(m_after, m_before))
        setObsolete(true);
}

} // namespace relatio
