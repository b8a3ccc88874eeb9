// CSV import undo controller.
#include "csv/CsvController.h"

#include "csv/CustomerImporter.h"
#include "csv/ImportCommand.h"
#include "sync/WorkingCopy.h"

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
    return replay([&](csv::CustomerImporter &importer) { return importer.undoImport(batchId, m_actor); });
}

bool CsvController::redoImport(qint64 batchId)
{
    return replay([&](csv::CustomerImporter &importer) { return importer.redoImport(batchId, m_actor); });
}

bool CsvController::replay(const std::function<Result<qint64>(csv::CustomerImporter &)> &step)
{
    // One transaction on this thread; large imports take a moment, so say we are busy. On a team
    // database the import was made on this computer's copy of it, and is undone there, between a
    // sync that brings the copy up to date and one that sends the change.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    sync::CopyWork how;
    sync::WorkingCopy::RunOptions now;
    now.lockWaitMs = 0; // the window does not wait for other work on the copy
    const Result<qint64> done = sync::WorkingCopy::run<qint64>(
        m_db,
        [&step](const DatabasePtr &target) {
            csv::CustomerImporter importer(target);
            return step(importer);
        },
        [](qint64 changed) { return changed > 0; }, &how, now);
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        emit failed(done.error().message);
        return false;
    }
    if (how.notSent)
        emit failed(sync::WorkingCopy::sentText(how));
    emit customersChanged();
    return true;
}

} // namespace relatio
