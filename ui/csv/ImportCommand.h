// The undo command for a CSV import. Pushed after the import has been written, so its first redo()
// does nothing; undo() and redo() go through the stored import batch.
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace relatio {

class CsvController;

class ImportCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand(CsvController *controller, qint64 batchId, qint64 customers, const QString &fileName);
    void undo() override;
    void redo() override;

    qint64 batchId() const { return m_batchId; }

private:
    CsvController *m_controller;
    qint64 m_batchId;
    bool m_done = true;
};

} // namespace relatio
