// CSV import undo controller.
#include "csv/CsvController.h"

#include "csv/CustomerImporter.h"
#include "csv/ImportCommand.h"

#include <QCursor>
#include <QGuiApplication>
#include <QUndoStack>

namespace relatio {

CsvController::CsvController(DatabasePtr db, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_undoStack(undoStack)
{
}

void CsvController::recordImport(qint64 batchId, qint64 customers, const QString &fileName)
{
    m_undoStack->push(new ImportCommand(this, batchId, customers, fileName));
    emit customersChanged();
}

bool CsvController::undoImport(qint64 batchId)
{
    // One transaction on this thread; large imports take a moment, so say we are busy.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> done = csv::CustomerImporter(m_db).undoImport(batchId);
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        emit failed(done.error().message);
        return false;
    }
    emit customersChanged();
    return true;
}

bool CsvController::redoImport(qint64 batchId)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<qint64> done = csv::CustomerImporter(m_db).redoImport(batchId);
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        emit failed(done.error().message);
        return false;
    }
    emit customersChanged();
    return true;
}

} // namespace relatio
