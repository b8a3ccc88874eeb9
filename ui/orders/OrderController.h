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
    Result<void> save(const Purchase &before, const Purchase &after);
    Result<void> remove(qint64 id);

    // Used by the commands on undo and redo: report failures, and changes, through signals.
    bool applyContent(const Purchase &content);
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
