// The privacy actions and the dialogs behind them.
#include "privacy/PrivacyActions.h"

#include "csv/CsvUi.h"
#include "customers/CustomerRepository.h"
#include "privacy/Actor.h"
#include "privacy/EraseDialog.h"
#include "privacy/MarketingExportDialog.h"
#include "privacy/PurposesDialog.h"
#include "privacy/RetentionDialog.h"
#include "privacy/SubjectExport.h"
#include "privacy/SubjectPdf.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace relatio {

PrivacyActions::PrivacyActions(DatabasePtr db, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_db(std::move(db))
    , m_parent(dialogParent)
    , m_actor(systemActor())
{
    m_exportSubject = new QAction(tr("Export &Personal Data…"), this);
    m_exportSubject->setObjectName(QStringLiteral("exportPersonalDataAction"));
    m_exportSubject->setToolTip(tr("Everything held about this customer, as a readable document (HTML and PDF) "
                                   "and as JSON"));
    m_erase = new QAction(tr("&Erase Customer…"), this);
    m_erase->setObjectName(QStringLiteral("eraseCustomerAction"));
    m_erase->setToolTip(tr("Remove this customer everywhere for good, at their request"));
    m_marketing = new QAction(tr("Export &Marketing List…"), this);
    m_marketing->setObjectName(QStringLiteral("marketingExportAction"));
    m_marketing->setToolTip(tr("A mailing or call list of the customers with permission for a purpose"));
    m_retention = new QAction(tr("Customers &Without Activity…"), this);
    m_retention->setObjectName(QStringLiteral("retentionAction"));
    m_purposes = new QAction(tr("Permission P&urposes…"), this);
    m_purposes->setObjectName(QStringLiteral("purposesAction"));

    connect(m_exportSubject, &QAction::triggered, this, &PrivacyActions::exportCurrent);
    connect(m_erase, &QAction::triggered, this, &PrivacyActions::eraseCurrent);
    connect(m_marketing, &QAction::triggered, this, &PrivacyActions::exportMarketing);
    connect(m_retention, &QAction::triggered, this, &PrivacyActions::reviewRetention);
    connect(m_purposes, &QAction::triggered, this, &PrivacyActions::editPurposes);
    setCustomer(0);
}

void PrivacyActions::setCustomer(qint64 customerId)
{
    m_customerId = customerId;
    m_exportSubject->setEnabled(customerId > 0);
    m_erase->setEnabled(customerId > 0);
}

void PrivacyActions::setActor(const QString &who)
{
    m_actor = actorOrSystem(who);
}

Result<QString> PrivacyActions::exportSubject(qint64 customerId, const QString &htmlPath)
{
    SubjectExport exporter(m_db);
    exporter.setActor(m_actor);
    const SubjectExportFiles paths = SubjectExport::pathsFor(htmlPath);
    const auto subject = exporter.collect(customerId);
    if (!subject)
        return std::unexpected(subject.error());
    const auto written = SubjectExport::save(*subject, paths);
    if (!written)
        return std::unexpected(written.error());
    const QString pdf = paths.html.chopped(QFileInfo(paths.html).suffix().size()) + QStringLiteral("pdf");
    if (auto printed = SubjectPdf::write(SubjectExport::toHtml(*subject), pdf); !printed)
        return std::unexpected(printed.error());
    return tr("Wrote the personal data to %1 (also as .json and .pdf).").arg(QDir::toNativeSeparators(paths.html));
}

void PrivacyActions::exportCurrent()
{
    if (m_customerId <= 0)
        return;
    const auto customer = CustomerRepository(m_db).get(m_customerId);
    if (!customer) {
        QMessageBox::warning(m_parent, tr("Export Personal Data"), customer.error().message);
        return;
    }
    QString stem = customer->displayName().simplified();
    stem.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString suggested = QDir(csvui::lastFolder())
                                  .filePath(tr("%1-personal-data-%2.html", "the suggested file name")
                                                .arg(stem, QDate::currentDate().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(m_parent, tr("Export Personal Data"), suggested,
                                                      tr("Document (*.html)"));
    if (file.isEmpty())
        return;
    csvui::rememberFolder(file);
    const auto done = exportSubject(m_customerId, file);
    if (!done) {
        QMessageBox::warning(m_parent, tr("Export Personal Data"), done.error().message);
        return;
    }
    emit statusMessage(*done, 8000);
}

void PrivacyActions::eraseCurrent()
{
    if (m_customerId <= 0)
        return;
    EraseDialog dialog(m_db, m_customerId, m_actor, m_parent);
    QString summary;
    connect(&dialog, &EraseDialog::erased, this, [&summary](qint64, const QString &text) { summary = text; });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 erased = m_customerId;
    setCustomer(0);
    if (m_retentionDialog)
        m_retentionDialog->customerGone(erased);
    emit customerErased(erased);
    QMessageBox::information(m_parent, tr("Customer Erased"), summary);
}

void PrivacyActions::exportMarketing()
{
    MarketingExportDialog dialog(m_db, m_actor, m_parent);
    connect(&dialog, &MarketingExportDialog::exported, this, [this](const QString &message) {
        emit statusMessage(message, 8000);
    });
    dialog.exec();
}

void PrivacyActions::reviewRetention()
{
    // Modeless: the user opens customers from it and keeps it beside the window.
    if (!m_retentionDialog) {
        m_retentionDialog = new RetentionDialog(m_db, m_parent);
        m_retentionDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_retentionDialog, &RetentionDialog::openCustomerRequested, this, &PrivacyActions::openCustomerRequested);
    }
    m_retentionDialog->show();
    m_retentionDialog->raise();
    m_retentionDialog->activateWindow();
}

void PrivacyActions::editPurposes()
{
    PurposesDialog dialog(m_db, m_parent);
    connect(&dialog, &PurposesDialog::purposesChanged, this, &PrivacyActions::purposesChanged);
    dialog.exec();
}

} // namespace relatio
