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

Result<QStringList> OrderController::save(const Purchase &before, const Purchase &after,
                                          RecordConflict<Purchase> *conflict)
{
    auto saved = m_repository.update(after, before, conflict);
    if (!saved)
        return std::unexpected(saved.error());
    // Undo goes back to what was stored just before; redo to what the save stored.
    const auto stored = m_repository.get(after.id);
    m_undoStack->push(new EditPurchaseCommand(this, saved->before, stored ? *stored : after, tr("Edit Order")));
    emit purchaseChanged(after.id);
    return saved->theirs;
}

Result<void> OrderController::remove(qint64 id)
{
    if (auto removed = m_repository.remove(id); !removed)
        return removed;
    m_undoStack->push(new PurchasePresenceCommand(this, id, false, tr("Delete Order")));
    emit purchaseChanged(id);
    return {};
}

bool OrderController::applyContent(const Purchase &content, const Purchase &expected)
{
    RecordConflict<Purchase> conflict;
    const auto saved = m_repository.update(content, expected, &conflict);
    if (!saved) {
        if (saved.error().code == Error::Code::Conflict) {
            const QString labels = fieldLabels(conflict.merge.clashes, &PurchaseRepository::fieldLabel);
            emit failed(tr("This step cannot be undone or redone: the order was changed elsewhere since, in fields "
                           "it would overwrite (%1). Edit the order instead.")
                            .arg(labels));
        } else {
            emit failed(saved.error().message);
        }
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
