// CSV import and export for the main window: the File menu actions for customers and for contacts,
// dropping a file on the window to import it, and the undo stack entry of each customer import.
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
class InteractionExportDialog;
class InteractionImportWizard;

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
    QAction *importContactsAction() const { return m_importContacts; }
    QAction *exportContactsAction() const { return m_exportContacts; }
    // Adds the actions to the menu, before `before` (at the end when null).
    void addTo(QMenu *menu, QAction *before = nullptr);

    CsvController *controller() const { return m_controller; }

    // Opens the wizard (raising it when it is open already), with the file chosen when given.
    ImportWizard *openImport(const QString &path = {});
    ExportDialog *openExport();
    InteractionImportWizard *openContactsImport(const QString &path = {});
    InteractionExportDialog *openContactsExport();

    // True when a file's header row is that of a contacts file (a customer column, occurred_at
    // and channel), so that a dropped file opens the right import.
    static bool isContactsFile(const QString &path);

    // The one local .csv, .tsv or .txt file in a drag, else empty.
    static QString importableFile(const QMimeData *mime);

signals:
    // Customers were imported, or an import was undone or redone: read the list again. Also sent
    // after contacts were imported, which change what the window shows of customers.
    void customersChanged();
    // Contacts were imported.
    void interactionsChanged();
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
    QAction *m_importContacts;
    QAction *m_exportContacts;
    ImportWizard *m_wizard = nullptr;
    ExportDialog *m_exportDialog = nullptr;
    InteractionImportWizard *m_contactsWizard = nullptr;
    InteractionExportDialog *m_contactsExportDialog = nullptr;
};

} // namespace relatio
