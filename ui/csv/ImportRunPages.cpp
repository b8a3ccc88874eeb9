// Import wizard pages: the check (a dry run with its problems) and the import itself.
#include "csv/ImportWizardPages.h"

#include "csv/CsvJob.h"
#include "csv/CsvUi.h"
#include "csv/ImportPageParts.h"
#include "csv/ImportWizard.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace relatio {

using csv::ImportSummary;
using namespace importui;

// ---------------------------------------------------------------------------------------------
// Check

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_job(new CsvJob(wizard->database(), this))
{
    setTitle(tr("Check the File"));
    setSubTitle(tr("Every row is read and checked against your customers without writing anything, so you "
                   "know what the import will do."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, kProgressSteps);
    m_cancel = new QPushButton(tr("Stop Checking"));
    m_again = new QPushButton(tr("Check Again"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_again);

    m_results = new ImportCounts(true);

    m_problemsBox = new QWidget;
    auto *problemsLayout = new QVBoxLayout(m_problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    m_problems = makeTable(QStringLiteral("problemsTable"));
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problemsNote = csvui::noteLabel();
    m_rejectsBox = new QCheckBox(tr("Import the &good rows and write the bad ones to a file"));
    m_rejectsBox->setObjectName(QStringLiteral("rejectsBox"));
    m_rejectsPath = new QLineEdit;
    m_rejectsPath->setObjectName(QStringLiteral("rejectsPath"));
    m_browse = new QPushButton(tr("B&rowse…"));
    auto *rejectsRow = new QHBoxLayout;
    // Indented under the check box it belongs to.
    rejectsRow->addSpacing(style()->pixelMetric(QStyle::PM_IndicatorWidth)
                           + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    rejectsRow->addWidget(m_rejectsPath, 1);
    rejectsRow->addWidget(m_browse);
    m_blockedNote = csvui::warningLabel();
    m_blockedNote->setObjectName(QStringLiteral("blockedNote"));
    problemsLayout->addWidget(m_problems, 1);
    problemsLayout->addWidget(m_problemsNote);
    problemsLayout->addWidget(m_rejectsBox);
    problemsLayout->addLayout(rejectsRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_results);
    layout->addWidget(m_problemsBox, 1);
    layout->addWidget(m_blockedNote);
    layout->addStretch(0);

    connect(m_job, &CsvJob::progressed, this,
            [this](qint64 done, qint64 total) { showProgress(m_progress, m_status, done, total); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportCheckPage::cancel);
    connect(m_again, &QPushButton::clicked, this, &ImportCheckPage::start);
    connect(m_rejectsBox, &QCheckBox::toggled, this, &ImportCheckPage::updateBlockedNote);
    connect(m_rejectsPath, &QLineEdit::textChanged, this, &ImportCheckPage::updateBlockedNote);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Rows with Errors"), m_rejectsPath->text(),
                                                            tr("CSV files (*.csv)"));
        if (!chosen.isEmpty()) {
            m_rejectsPath->setText(QDir::toNativeSeparators(chosen));
            m_rejectsBox->setChecked(true);
        }
    });
}

ImportCheckPage::~ImportCheckPage() = default;

void ImportCheckPage::initializePage()
{
    m_rejectsBox->setChecked(false);
    m_rejectsPath->setText(QDir::toNativeSeparators(csvui::defaultRejectsPath(m_wizard->filePath())));
    start();
}

void ImportCheckPage::cleanupPage()
{
    // Back to the columns: the result no longer applies.
    disconnect(m_restart);
    cancel();
}

bool ImportCheckPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportCheckPage::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void ImportCheckPage::start()
{
    m_summary.reset();
    m_status->setText(tr("Checking %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_again->setVisible(false);
    m_results->setVisible(false);
    m_problemsBox->setVisible(false);
    csvui::setMessage(m_blockedNote, {});
    emit completeChanged();
    if (m_job->isRunning()) {
        // The previous run is stopping (the user went back and came here again): start once it has.
        disconnect(m_restart);
        m_restart = connect(m_job, &CsvJob::finished, this, &ImportCheckPage::start, Qt::SingleShotConnection);
        return;
    }

    startImport(m_job, m_wizard, true, this,
                [this](const Result<ImportSummary> &result, const sync::CopyWork &) { finished(result); });
}

void ImportCheckPage::finished(const Result<ImportSummary> &result)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (!result) {
        m_again->setVisible(true);
        if (result.error().code == Error::Code::Cancelled)
            m_status->setText(tr("The check was stopped. Check again to import this file."));
        else
            m_status->setText(tr("The file cannot be imported: %1").arg(result.error().toString()));
        emit completeChanged();
        return;
    }
    m_summary = *result;
    const ImportSummary &s = *m_summary;
    m_results->show(s);

    if (s.rejected == 0)
        m_status->setText(tr("Every row can be imported."));
    else if (s.rejected == s.rows)
        m_status->setText(tr("No row can be imported: every row has an error."));
    else
        m_status->setText(s.rejected == 1 ? tr("1 row has an error; the others can be imported.")
                                          : tr("%1 rows have errors; the others can be imported.")
                                                .arg(number(s.rejected)));

    m_problems->setRowCount(int(s.problems.size()));
    for (int i = 0; i < s.problems.size(); ++i) {
        const csv::RowProblem &p = s.problems[i];
        // A value's problem names its column as the file's header does; a row the reader could
        // not split into fields has a character position instead.
        QString column = p.column > 0 ? number(p.column) : QString();
        if (p.field > 0 && p.field <= s.headers.size() && !s.headers.at(p.field - 1).trimmed().isEmpty())
            column = tr("%1 (%2)").arg(number(p.field), s.headers.at(p.field - 1).trimmed());
        else if (p.field == 0 && p.column > 0)
            column = tr("character %1").arg(number(p.column));
        auto *line = readOnlyItem(number(p.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(i, 0, line);
        auto *columnItem = readOnlyItem(column);
        columnItem->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_problems->setItem(i, 1, columnItem);
        QTableWidgetItem *reason = readOnlyItem(p.message);
        reason->setToolTip(p.message);
        m_problems->setItem(i, 2, reason);
    }
    m_problemsNote->setText(s.rejected > s.problems.size()
                                ? tr("The first %1 problems are listed; all %2 rows with errors are left out of the import.")
                                      .arg(number(s.problems.size()), number(s.rejected))
                                : QString());
    m_problemsNote->setVisible(!m_problemsNote->text().isEmpty());
    m_problemsBox->setVisible(s.rejected > 0 || !s.problems.isEmpty());
    m_rejectsBox->setVisible(s.rejected > 0);
    m_rejectsPath->setVisible(s.rejected > 0);
    m_browse->setVisible(s.rejected > 0);
    updateBlockedNote();
}

QString ImportCheckPage::rejectsPath() const
{
    if (!m_rejectsBox->isChecked() || !m_summary || m_summary->rejected == 0)
        return {};
    return QDir::fromNativeSeparators(m_rejectsPath->text().trimmed());
}

void ImportCheckPage::updateBlockedNote()
{
    m_rejectsPath->setEnabled(m_rejectsBox->isChecked());
    m_browse->setEnabled(m_rejectsBox->isChecked());
    QString note;
    if (m_summary) {
        const ImportSummary &s = *m_summary;
        if (s.created + s.updated == 0 && s.rejected == 0)
            note = tr("There is nothing to import: every row matches a customer that would be left as it is.");
        else if (s.created + s.updated == 0 && s.rejected < s.rows)
            note = tr("There is nothing to import: the rows without errors match customers that would be left as "
                      "they are.");
        else if (s.rejected > 0 && s.rejected == s.rows)
            note = tr("Fix the file and import it again; the list above says what is wrong.");
        else if (s.rejected > 0 && !m_rejectsBox->isChecked())
            note = tr("Rows with errors cannot be imported. Fix them in the file, or tick the box above to import "
                      "the other rows.");
        else if (s.rejected > 0 && m_rejectsPath->text().trimmed().isEmpty())
            note = tr("Choose the file for the rows with errors.");
    }
    csvui::setMessage(m_blockedNote, note);
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    if (m_job->isRunning() || !m_summary)
        return false;
    const ImportSummary &s = *m_summary;
    if (s.created + s.updated == 0)
        return false;
    return s.rejected == 0 || !rejectsPath().isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Import

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_job(new CsvJob(wizard->database(), this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The customers are written in one step: if the import is cancelled or fails, nothing is "
                   "written."));

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_progress = new QProgressBar;
    m_progress->setRange(0, kProgressSteps);
    m_cancel = new QPushButton(tr("Cancel Import"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_results = new ImportCounts(false);

    m_rejectsLink = new QLabel;
    m_rejectsLink->setObjectName(QStringLiteral("rejectsLink"));
    m_rejectsLink->setWordWrap(true);
    m_rejectsLink->setTextFormat(Qt::RichText);
    m_rejectsLink->setVisible(false);
    connect(m_rejectsLink, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_results);
    layout->addWidget(m_rejectsLink);
    layout->addStretch(1);

    connect(m_job, &CsvJob::progressed, this,
            [this](qint64 done, qint64 total) { showProgress(m_progress, m_status, done, total); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage()
{
    if (m_job->isRunning() || m_summary)
        return;
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_progress->setValue(0);
    m_results->setVisible(false);

    startImport(m_job, m_wizard, false, this, [this](const Result<ImportSummary> &result, const sync::CopyWork &how) {
        finished(result, how);
    });
    emit completeChanged();
}

bool ImportRunPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportRunPage::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

bool ImportRunPage::isComplete() const
{
    return !m_job->isRunning();
}

void ImportRunPage::finished(const Result<ImportSummary> &result, const sync::CopyWork &how)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    emit completeChanged();
    if (!result) {
        if (result.error().code == Error::Code::Cancelled)
            m_status->setText(tr("The import was cancelled. Nothing was written."));
        else
            m_status->setText(tr("The import failed and nothing was written: %1").arg(result.error().toString()));
        return;
    }
    m_summary = *result;
    const ImportSummary &s = *m_summary;
    m_results->show(s);
    if (!s.committed) {
        // The file changed since the check, or the database refused a row.
        m_status->setText(tr("Nothing was imported: rows have errors. Check the file again and choose to import "
                             "the good rows only."));
        return;
    }
    m_status->setText(joinedText(tr("The import is done. Edit ▸ Undo (Ctrl+Z) takes it back."),
                                 sync::WorkingCopy::sentText(how)));
    if (!s.rejectsPath.isEmpty() && s.rejected > 0) {
        const QFileInfo rejects(s.rejectsPath);
        const QString folder = QUrl::fromLocalFile(rejects.absolutePath()).toString();
        m_rejectsLink->setText(tr("The rows with errors are in <a href=\"%1\">%2</a>, ready to be fixed and "
                                  "imported again.")
                                   .arg(folder.toHtmlEscaped(),
                                        QDir::toNativeSeparators(rejects.absoluteFilePath()).toHtmlEscaped()));
        m_rejectsLink->setToolTip(tr("Open the folder"));
        m_rejectsLink->setVisible(true);
    }
    if (s.batchId > 0)
        emit m_wizard->imported(s.batchId, s.created, s.updated);
}

} // namespace relatio
