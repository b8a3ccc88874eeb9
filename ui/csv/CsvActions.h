// CSV import and export for the main window: the two File menu actions, dropping a file on the
// window to import it, and the undo stack entry of each import.
#pragma once

#include "store/Database.h"

#include <QObject>

#include <functional>
#include <vector>

class QAction;
class QMenu;
class QMimeData;
class QUndoStack;
class QWidget;

namespace relatio {

class CsvController;
class ExportDialog;
class ImportWizard;

class CsvActions : public QObject
{
    Q_OBJECT

public:
    using IdsGetter = std::function<std::vector<qint64>()>;

    // window: the main window, parent of the dialogs and target of file drops. listIds gives the
    // customers the list shows (search and filters applied), selectedIds the selected ones.
    CsvActions(DatabasePtr db, QUndoStack *undoStack, QWidget *window, IdsGetter listIds, IdsGetter selectedIds);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    // Adds both actions to the menu, before `before` (at the end when null).
    void addTo(QMenu *menu, QAction *before = nullptr);

    CsvController *controller() const { return m_controller; }

    // Opens the wizard (raising it when it is open already), with the file chosen when given.
    ImportWizard *openImport(const QString &path = {});
    ExportDialog *openExport();

    // The one local .csv, .tsv or .txt file in a drag, else empty.
    static QString importableFile(const QMimeData *mime);

signals:
    // Customers were imported, or an import was undone or redone: read the list again.
    void customersChanged();
    void statusMessage(const QString &message, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DatabasePtr m_db;
    QWidget *m_window;
    IdsGetter m_listIds;
    IdsGetter m_selectedIds;
    CsvController *m_controller;
    QAction *m_import;
    QAction *m_export;
    ImportWizard *m_wizard = nullptr;
    ExportDialog *m_exportDialog = nullptr;
};

} // namespace relatio
