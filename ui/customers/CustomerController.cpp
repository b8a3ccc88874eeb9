// Customer edit controller.
#include "customers/CustomerController.h"

#include "customers/CustomerCommands.h"
#include "util/ThreeWay.h"

#include <QUndoStack>

namespace relatio {

CustomerController::CustomerController(DatabasePtr db, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(db))
    , m_undoStack(undoStack)
{
}

Result<qint64> CustomerController::create(const Customer &customer)
{
    auto id = m_repository.create(customer);
    if (!id)
        return id;
    m_undoStack->push(new CreateCustomerCommand(this, *id, customer.displayName()));
    emit customersChanged({*id});
    return id;
}

Result<QStringList> CustomerController::save(const Customer &before, const Customer &after, SaveConflict *conflict)
{
    auto saved = m_repository.update(after, before, conflict);
    if (!saved)
        return std::unexpected(saved.error());
    // Undo goes back to what was stored just before, and redo to what the save stored, as
    // normalised and merged.
    auto stored = m_repository.get(after.id);
    m_undoStack->push(new EditCustomerCommand(this, saved->before, stored ? *stored : after));
    emit customersChanged({after.id});
    return saved->theirs;
}

Result<void> CustomerController::remove(qint64 id)
{
    const auto customer = m_repository.get(id);
    if (!customer)
        return std::unexpected(customer.error());
    if (auto removed = m_repository.remove(id); !removed)
        return removed;
    m_undoStack->push(new DeleteCustomerCommand(this, id, customer->displayName(), false));
    emit customersChanged({id});
    return {};
}

Result<void> CustomerController::restore(qint64 id)
{
    const auto customer = m_repository.get(id);
    if (!customer)
        return std::unexpected(customer.error());
    if (auto restored = m_repository.restore(id); !restored)
        return restored;
    m_undoStack->push(new DeleteCustomerCommand(this, id, customer->displayName(), true));
    emit customersChanged({id});
    return {};
}

bool CustomerController::applyContent(const Customer &content, const Customer &expected)
{
    SaveConflict conflict;
    if (auto saved = m_repository.update(content, expected, &conflict); !saved) {
        if (saved.error().code == Error::Code::Conflict) {
            const QString labels = fieldLabels(conflict.merge.clashes, &ChangeHistory::fieldLabel);
            emit failed(tr("This step cannot be undone or redone: %1 was changed elsewhere since, in fields it "
                           "would overwrite (%2). Edit the record instead.")
                            .arg(expected.displayName(), labels));
        } else {
            emit failed(saved.error().message);
        }
        return false;
    }
    emit customersChanged({content.id});
    return true;
}

bool CustomerController::applyDeleted(qint64 id, bool deleted)
{
    auto done = deleted ? m_repository.remove(id) : m_repository.restore(id);
    if (!done) {
        emit failed(done.error().message);
        return false;
    }
    emit customersChanged({id});
    return true;
}

} // namespace relatio
