// Carries out customer edits as undoable commands and tells the list and editor what changed.
#pragma once

#include "customers/CustomerRepository.h"

#include <QObject>

class QUndoStack;

namespace relatio {

class CustomerController : public QObject
{
    Q_OBJECT

public:
    CustomerController(DatabasePtr db, QUndoStack *undoStack, QObject *parent = nullptr);

    CustomerRepository &repository() { return m_repository; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Each writes at once and, when that worked, pushes a command that can undo it.
    Result<qint64> create(const Customer &customer);
    // Saves after, an edit of before (the record as the editor opened it), merged with what was
    // changed elsewhere since (CustomerRepository::update). Returns the fields taken from there.
    // When both changed a field differently nothing is written: the error is Conflict, and
    // conflict holds what the editor asks the user about.
    Result<QStringList> save(const Customer &before, const Customer &after, SaveConflict *conflict);
    Result<void> remove(qint64 id);
    Result<void> restore(qint64 id);

    // Used by the commands on undo and redo: report failures, and changes, through signals.
    // Writes content over expected, keeping fields changed elsewhere since; refuses (failed())
    // when one of them is a field the command changes too.
    bool applyContent(const Customer &content, const Customer &expected);
    bool applyDeleted(qint64 id, bool deleted);

signals:
    void customersChanged(const QList<qint64> &ids);
    void failed(const QString &message);

private:
    CustomerRepository m_repository;
    QUndoStack *m_undoStack;
};

} // namespace relatio
