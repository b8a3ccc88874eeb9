// Carries out the undoable side of CSV imports: records a finished import on the undo stack and
// undoes or redoes it through the core, reporting changes and failures as signals.
#pragma once

#include "store/Database.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace relatio {

namespace csv {
class CustomerImporter;
}

class CsvController : public QObject
{
    Q_OBJECT

public:
    CsvController(DatabasePtr db, QUndoStack *undoStack, QObject *parent = nullptr);

    DatabasePtr database() const { return m_db; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // An import has been written: puts a command on the undo stack that can take it back.
    void recordImport(qint64 batchId, qint64 customers, const QString &fileName);

    // Who imports, undoes and redoes, for the change history (empty = the user running the program).
    void setActor(const QString &who) { m_actor = who; }
    QString actor() const { return m_actor; }

    // Used by ImportCommand on undo and redo.
    bool undoImport(qint64 batchId);
    bool redoImport(qint64 batchId);

signals:
    // Any number of customers changed: the list, its filters and counts need reading again.
    void customersChanged();
    void failed(const QString &message);

private:
    // Runs an undo or redo step, with a busy cursor, and reports it.
    bool replay(const std::function<Result<qint64>(csv::CustomerImporter &)> &step);

    DatabasePtr m_db;
    QUndoStack *m_undoStack;
    QString m_actor;
};

} // namespace relatio
