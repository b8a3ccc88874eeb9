// Undo commands for orders. Each is pushed after its first action has been written, so its first
// redo() does nothing.
#pragma once

#include "orders/Purchase.h"

#include <QUndoCommand>

namespace relatio {

class OrderController;

// An order that was added (undo tombstones it) or deleted (undo brings it back).
class PurchasePresenceCommand : public QUndoCommand
{
public:
    PurchasePresenceCommand(OrderController *controller, qint64 id, bool added, const QString &text);
    void undo() override;
    void redo() override;

private:
    OrderController *m_controller;
    qint64 m_id;
    bool m_added;
    bool m_done = true;
};

class EditPurchaseCommand : public QUndoCommand
{
public:
    EditPurchaseCommand(OrderController *controller, const Purchase &before, const Purchase &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    OrderController *m_controller;
    Purchase m_before;
    Purchase m_after;
    bool m_done = true;
};

} // namespace relatio
