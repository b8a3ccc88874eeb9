// Customer undo commands.
#include "customers/CustomerCommands.h"

#include "customers/CustomerController.h"

#include <QCoreApplication>

namespace relatio {

CreateCustomerCommand::CreateCustomerCommand(CustomerController *controller, qint64 id, const QString &name)
    : m_controller(controller)
    , m_id(id)
{
    setText(QCoreApplication::translate("CustomerCommands", "Create %1").arg(name));
}

void CreateCustomerCommand::undo()
{
    m_controller->applyDeleted(m_id, true);
}

void CreateCustomerCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_controller->applyDeleted(m_id, false);
}

EditCustomerCommand::EditCustomerCommand(CustomerController *controller, const Customer &before, const Customer &after)
    : m_controller(controller)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("CustomerCommands", "Edit %1").arg(after.displayName()));
}

void EditCustomerCommand::undo()
{
    m_controller->applyContent(m_before, m_after);
}

void EditCustomerCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_controller->applyContent(m_after, m_before);
}

DeleteCustomerCommand::DeleteCustomerCommand(CustomerController *controller, qint64 id, const QString &name,
                                             bool restore)
    : m_controller(controller)
    , m_id(id)
    , m_restore(restore)
{
    setText(restore ? QCoreApplication::translate("CustomerCommands", "Restore %1").arg(name)
                    : QCoreApplication::translate("CustomerCommands", "Delete %1").arg(name));
}

void DeleteCustomerCommand::undo()
{
    m_controller->applyDeleted(m_id, m_restore);
}

void DeleteCustomerCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_controller->applyDeleted(m_id, !m_restore);
}

} // namespace relatio
