// Order edits with undo.
#include "orders/OrderController.h"

#include "orders/OrderCommands.h"

#include <QUndoStack>

namespace relatio {

OrderController::OrderController(DatabasePtr db, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(db)
    , m_undoStack(undoStack)
{
}

Result<qint64> OrderController::create(const Purchase &purchase)
{
    const auto id = m_repository.create(purchase);
    if (!id)
        return id;
    m_undoStack->push(new PurchasePresenceCommand(this, *id, true, tr("Add Order")));
    emit purchaseChanged(*id);
    return id;
}

Result<void> OrderController::save(const Purchase &before, const Purchase &after)
{
    if (auto saved = m_repository.update(after); !saved)
        return saved;
    m_undoStack->push(new EditPurchaseCommand(this, before, after, tr("Edit Order")));
    emit purchaseChanged(after.id);
    return {};
}

Result<void> OrderController::remove(qint64 id)
{
    if (auto removed = m_repository.remove(id); !removed)
        return removed;
    m_undoStack->push(new PurchasePresenceCommand(this, id, false, tr("Delete Order")));
    emit purchaseChanged(id);
    return {};
}

bool OrderController::applyContent(const Purchase &content)
{
    const auto saved = m_repository.update(content);
    if (!saved) {
        emit failed(saved.error().message);
        return false;
    }
    emit purchaseChanged(content.id);
    return true;
}

bool OrderController::applyDeleted(qint64 id, bool deleted)
{
    const auto done = deleted ? m_repository.remove(id) : m_repository.restore(id);
    if (!done) {
        emit failed(done.error().message);
        return false;
    }
    emit purchaseChanged(id);
    return true;
}

} // namespace relatio
