// Carries out edits of orders as undoable commands and tells the views what changed.
#pragma once

#include "orders/PurchaseRepository.h"

#include <QObject>

class QUndoStack;

namespace relatio {

class OrderController : public QObject
{
    Q_OBJECT

public:
    OrderController(DatabasePtr db, QUndoStack *undoStack, QObject *parent = nullptr);

    DatabasePtr database() const { return m_db; }
    PurchaseRepository &repository() { return m_repository; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Each writes at once and, when that worked, pushes a command that can undo it.
    Result<qint64> create(const Purchase &purchase);
    // Saves after, an edit of before (the order as the dialog opened it), merged with what was
    // changed elsewhere since; returns the fields taken from there. A field both changed
    // differently writes nothing: the error is Conflict, and conflict holds the three states.
    Result<QStringList> save(const Purchase &before, const Purchase &after, RecordConflict<Purchase> *conflict);
    Result<void> remove(qint64 id);

    // Used by the commands on undo and redo: report failures, and changes, through signals.
    // Writes content over expected, keeping what was changed elsewhere since in other fields.
    bool applyContent(const Purchase &content, const Purchase &expected);
    bool applyDeleted(qint64 id, bool deleted);

signals:
    void purchaseChanged(qint64 id);
    void failed(const QString &message);

private:
    DatabasePtr m_db;
    PurchaseRepository m_repository;
    QUndoStack *m_undoStack;
};

} // namespace relatio
