// CSV import undo command.
#include "csv/ImportCommand.h"

#include "csv/CsvController.h"

#include <QLocale>

namespace relatio {

ImportCommand::ImportCommand(CsvController *controller, qint64 batchId, qint64 customers, const QString &fileName)
    : m_controller(controller)
    , m_batchId(batchId)
{
    // Written out per number rather than "customer(s)": there is no English translation file to
    // turn %n into proper plurals.
    setText(customers == 1 ? tr("Import of 1 customer from %1").arg(fileName)
                           : tr("Import of %1 customers from %2").arg(QLocale().toString(customers), fileName));
}

void ImportCommand::undo()
{
    m_controller->undoImport(m_batchId);
}

void ImportCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_controller->redoImport(m_batchId);
}

} // namespace relatio
