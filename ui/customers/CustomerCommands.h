// Undo commands for customer edits. Each is pushed after its first action has been written, so
// its first redo() does nothing.
#pragma once

#include "customers/Customer.h"

#include <QUndoCommand>

namespace relatio {

class CustomerController;

class CreateCustomerCommand : public QUndoCommand
{
public:
    CreateCustomerCommand(CustomerController *controller, qint64 id, const QString &name);
    void undo() override;
    void redo() override;

private:
    CustomerController *m_controller;
    qint64 m_id;
    bool m_done = true;
};

class EditCustomerCommand : public QUndoCommand
{
public:
    EditCustomerCommand(CustomerController *controller, const Customer &before, const Customer &after);
    void undo() override;
    void redo() override;

private:
    CustomerController *m_controller;
    Customer m_before;
    Customer m_after;
    bool m_done = true;
};

class DeleteCustomerCommand : public QUndoCommand
{
public:
    DeleteCustomerCommand(CustomerController *controller, qint64 id, const QString &name, bool restore);
    void undo() override;
    void redo() override;

private:
    CustomerController *m_controller;
    qint64 m_id;
    bool m_restore;     // true: this command restores a deleted record
    bool m_done = true;
};

} // namespace relatio
