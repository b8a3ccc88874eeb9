// CSV actions for the main window.
#include "csv/CsvActions.h"

#include "csv/CsvController.h"
#include "csv/ExportDialog.h"
#include "csv/ImportWizard.h"
#include "csv/InteractionExportDialog.h"
#include "csv/InteractionImportWizard.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

namespace relatio {

CsvActions::CsvActions(DatabasePtr db, QUndoStack *undoStack, QWidget *window, IdsGetter listIds,
                       IdsGetter selectedIds)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_listIds(std::move(listIds))
    , m_selectedIds(std::move(selectedIds))
    , m_controller(new CsvController(std::move(db), undoStack, this))
{
    m_import = new QAction(tr("&Import Customers…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setToolTip(tr("Add or update customers from a CSV file (Ctrl+Shift+I); you can also drop the file on "
                            "the window"));
    m_export = new QAction(tr("&Export Customers…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save customers to a CSV file for a spreadsheet or another program (Ctrl+Shift+E)"));
    connect(m_import, &QAction::triggered, this, [this]() { openImport(); });
    connect(m_export, &QAction::triggered, this, [this]() { openExport(); });
    m_importContacts = new QAction(tr("Import &Contacts…"), this);
    m_importContacts->setToolTip(tr("Add contacts with customers (calls, e-mails, visits…) from a CSV file; each "
                                    "row names its customer by external id, e-mail address or Relatio id"));
    m_exportContacts = new QAction(tr("Export C&ontacts…"), this);
    m_exportContacts->setToolTip(tr("Save contacts with customers to a CSV file that can be imported again"));
    connect(m_importContacts, &QAction::triggered, this, [this]() { openContactsImport(); });
    connect(m_exportContacts, &QAction::triggered, this, [this]() { openContactsExport(); });

    connect(m_controller, &CsvController::customersChanged, this, &CsvActions::customersChanged);
    connect(m_controller, &CsvController::failed, this, [this](const QString &message) {
        QMessageBox::warning(m_window, tr("Relatio"), message);
    });

    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

void CsvActions::addTo(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_import);
    menu->insertAction(before, m_export);
    menu->insertAction(before, m_importContacts);
    menu->insertAction(before, m_exportContacts);
}

ImportWizard *CsvActions::openImport(const QString &path)
{
    if (m_wizard) {
        // One import at a time.
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new ImportWizard(m_db, path, m_window);
    m_wizard->setActor(m_controller->actor());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QObject::destroyed, this, [this]() { m_wizard = nullptr; });
    connect(m_wizard, &ImportWizard::imported, this,
            [this, wizard = m_wizard](qint64 batchId, qint64 created, qint64 updated) {
                const QString file = QFileInfo(wizard->filePath()).fileName();
                m_controller->recordImport(batchId, created + updated, file);
                const QLocale locale;
                emit statusMessage(tr("Imported %1: %2 new, %3 updated. Undo (Ctrl+Z) takes it back.")
                                       .arg(file, locale.toString(created), locale.toString(updated)),
                                   8000);
            });
    m_wizard->open();
    return m_wizard;
}

ExportDialog *CsvActions::openExport()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return m_exportDialog;
    }
    m_exportDialog = new ExportDialog(m_db, m_listIds ? m_listIds() : std::vector<qint64>{},
                                      m_selectedIds ? m_selectedIds() : std::vector<qint64>{}, m_window);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &QObject::destroyed, this, [this]() { m_exportDialog = nullptr; });
    connect(m_exportDialog, &ExportDialog::exported, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });
    m_exportDialog->open();
    return m_exportDialog;
}

InteractionImportWizard *CsvActions::openContactsImport(const QString &path)
{
    if (m_contactsWizard) {
        m_contactsWizard->raise();
        m_contactsWizard->activateWindow();
        return m_contactsWizard;
    }
    m_contactsWizard = new InteractionImportWizard(m_db, path, m_window);
    m_contactsWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_contactsWizard, &QObject::destroyed, this, [this]() { m_contactsWizard = nullptr; });
    connect(m_contactsWizard, &InteractionImportWizard::imported, this,
            [this, wizard = m_contactsWizard](qint64 created, qint64 updated) {
                const QString file = QFileInfo(wizard->filePath()).fileName();
                const QLocale locale;
                emit interactionsChanged();
                emit customersChanged();
                emit statusMessage(tr("Imported contacts from %1: %2 new, %3 updated.")
                                       .arg(file, locale.toString(created), locale.toString(updated)),
                                   8000);
            });
    m_contactsWizard->open();
    return m_contactsWizard;
}

InteractionExportDialog *CsvActions::openContactsExport()
{
    if (m_contactsExportDialog) {
        m_contactsExportDialog->raise();
        m_contactsExportDialog->activateWindow();
        return m_contactsExportDialog;
    }
    m_contactsExportDialog =
        new InteractionExportDialog(m_db, m_selectedIds ? m_selectedIds() : std::vector<qint64>{}, m_window);
    m_contactsExportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_contactsExportDialog, &QObject::destroyed, this, [this]() { m_contactsExportDialog = nullptr; });
    connect(m_contactsExportDialog, &InteractionExportDialog::exported, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });
    m_contactsExportDialog->open();
    return m_contactsExportDialog;
}

bool CsvActions::isContactsFile(const QString &path)
{
    const auto preview = csv::CustomerImporter::preview(path, csv::Options{}, 1);
    return preview && csv::InteractionImporter::mapHeaders(preview->headers, path, true).has_value();
}

QString CsvActions::importableFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QFileInfo info(url.toLocalFile());
    static const QStringList suffixes = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt")};
    if (!info.isFile() || !suffixes.contains(info.suffix().toLower()))
        return {};
    return info.absoluteFilePath();
}

bool CsvActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (m_import->isEnabled() && !importableFile(drag->mimeData()).isEmpty() && !m_wizard && !m_contactsWizard) {
                drag->acceptProposedAction();
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString file = importableFile(drop->mimeData());
            if (m_import->isEnabled() && !file.isEmpty() && !m_wizard && !m_contactsWizard) {
                drop->acceptProposedAction();
                if (isContactsFile(file))
                    openContactsImport(file);
                else
                    openImport(file);
                return true;
            }
            break;
        }
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace relatio
