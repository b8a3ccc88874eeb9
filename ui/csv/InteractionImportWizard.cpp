// Contacts import wizard: the columns, the check (a dry run with its problems) and the import.
#include "csv/InteractionImportWizard.h"

#include "csv/CsvJob.h"
#include "csv/CsvUi.h"
#include "csv/ImportPageParts.h"
#include "csv/ImportWizardPages.h"
#include "csv/InteractionImportPages.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace relatio {

using csv::InteractionColumn;
using csv::InteractionCsv;
using csv::InteractionImportSummary;
using namespace importui;

namespace {

QLabel *countLabel()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Runs the wizard's import (a dry run or the real one), as runImportJob does.
void startImport(CsvJob *job, InteractionImportWizard *wizard, bool dryRun, QObject *receiver,
                 const std::function<void(const Result<InteractionImportSummary> &, const sync::CopyWork &)> &done)
{
    runImportJob<csv::InteractionImporter, InteractionImportSummary>(job, wizard->database(), wizard->filePath(),
                                                                     wizard->importOptions(dryRun), receiver, done);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Wizard

InteractionImportWizard::InteractionImportWizard(DatabasePtr db, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Import Contacts"));
    setObjectName(QStringLiteral("interactionImportWizard"));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setPage(FilePage, m_filePage = new ImportFilePage(this, tr("Import Contacts")));
    setPage(ColumnsPage, m_columnsPage = new InteractionColumnsPage(this));
    setPage(CheckPage, m_checkPage = new InteractionCheckPage(this));
    setPage(RunPage, m_runPage = new InteractionRunPage(this));
    if (!path.isEmpty())
        m_filePage->setPath(path);
    resize(sizeHint().expandedTo(QSize(820, 600)));
}

InteractionImportWizard::~InteractionImportWizard() = default;

QString InteractionImportWizard::filePath() const
{
    const QString path = QDir::fromNativeSeparators(m_filePage->path());
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

const csv::FilePreview &InteractionImportWizard::preview() const
{
    return m_filePage->preview();
}

csv::InteractionImportOptions InteractionImportWizard::importOptions(bool dryRun) const
{
    csv::InteractionImportOptions options;
    options.csv = m_filePage->readerOptions();
    options.onDuplicate = m_columnsPage->duplicatePolicy();
    options.ignoreUnknownColumns = m_columnsPage->ignoreUnknownColumns();
    options.dryRun = dryRun;
    if (!dryRun)
        options.rejectsPath = m_checkPage->rejectsPath();
    return options;
}

std::optional<InteractionImportSummary> InteractionImportWizard::checkSummary() const
{
    return m_checkPage->summary();
}

std::optional<InteractionImportSummary> InteractionImportWizard::importSummary() const
{
    return m_runPage->summary();
}

void InteractionImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        return;
    }
    m_checkPage->cancel();
    QWizard::reject();
}

// ---------------------------------------------------------------------------------------------
// Counts

InteractionCounts::InteractionCounts(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Rows in the file:"), m_rows = countLabel());
    form->addRow(tr("New contacts:"), m_created = countLabel());
    form->addRow(tr("Stored contacts updated:"), m_updated = countLabel());
    form->addRow(tr("Skipped:"), m_skipped = countLabel());
    form->addRow(tr("Rows with errors:"), m_rejected = countLabel());
    form->addRow(tr("Team members added:"), m_team = countLabel());
    m_rejected->setObjectName(QStringLiteral("rejectedCount"));
}

void InteractionCounts::show(const InteractionImportSummary &s)
{
    m_rows->setText(number(s.rows));
    m_created->setText(number(s.created));
    m_updated->setText(number(s.updated));
    m_skipped->setText(number(s.skipped));
    m_rejected->setText(number(s.rejected));
    m_team->setText(number(s.teamMembersAdded));
    setVisible(true);
}

// ---------------------------------------------------------------------------------------------
// Columns

InteractionColumnsPage::InteractionColumnsPage(InteractionImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("The Columns"));
    setSubTitle(tr("What each column of the file holds, as read from its name. A row's customer is found by "
                   "external id, else e-mail address, else Relatio id."));

    m_table = makeTable(QStringLiteral("contactColumnsTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example"), tr("Read as")});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_message = csvui::errorLabel();
    m_message->setObjectName(QStringLiteral("columnsMessage"));
    m_ignoreUnknown = new QCheckBox(tr("&Leave out the columns that are not ones of a contacts file"));
    m_ignoreUnknown->setObjectName(QStringLiteral("ignoreUnknown"));
    m_ignoreUnknown->setVisible(false);

    auto *duplicates = new QGroupBox(tr("When a row has the Relatio id of a stored contact"));
    auto *duplicatesLayout = new QVBoxLayout(duplicates);
    m_policy = new QButtonGroup(this);
    const QList<std::pair<csv::DuplicatePolicy, QString>> choices = {
        {csv::DuplicatePolicy::Skip, tr("&Skip the row and leave the contact as it is")},
        {csv::DuplicatePolicy::Update, tr("&Update the contact with the row's columns")},
        {csv::DuplicatePolicy::Create, tr("&Add the row as a new contact anyway")},
    };
    for (const auto &[policy, text] : choices) {
        auto *radio = new QRadioButton(text);
        radio->setObjectName(QStringLiteral("contactPolicy%1").arg(int(policy)));
        m_policy->addButton(radio, int(policy));
        duplicatesLayout->addWidget(radio);
    }
    m_policy->button(int(csv::DuplicatePolicy::Skip))->setChecked(true);
    duplicatesLayout->addWidget(csvui::noteLabel(tr("A file exported from Relatio can be imported again without "
                                                    "making doubles.")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_ignoreUnknown);
    layout->addWidget(duplicates);

    connect(m_ignoreUnknown, &QCheckBox::toggled, this, &InteractionColumnsPage::validate);
}

void InteractionColumnsPage::initializePage()
{
    const csv::FilePreview &preview = m_wizard->preview();
    const int count = int(preview.headers.size());
    m_table->clearContents();
    m_table->setRowCount(count);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    bool anyUnknown = false;
    for (int i = 0; i < count; ++i) {
        const QString header = preview.headers[i];
        m_table->setItem(i, 0, readOnlyItem(header));
        QString sample;
        for (const QStringList &row : preview.rows) {
            if (i < row.size() && !row[i].trimmed().isEmpty()) {
                sample = row[i].simplified();
                break;
            }
        }
        QTableWidgetItem *sampleItem = readOnlyItem(sample);
        sampleItem->setToolTip(sample);
        sampleItem->setForeground(palette().brush(QPalette::PlaceholderText));
        m_table->setItem(i, 1, sampleItem);
        QTableWidgetItem *readAs;
        if (const auto column = InteractionCsv::guessColumn(header)) {
            readAs = readOnlyItem(InteractionCsv::label(*column));
        } else if (header.trimmed().isEmpty() || InteractionCsv::isReasonColumn(header)) {
            readAs = readOnlyItem(tr("Left out"));
            readAs->setForeground(palette().brush(QPalette::PlaceholderText));
        } else {
            readAs = readOnlyItem(tr("Not a column of a contacts file"));
            readAs->setIcon(warning);
            anyUnknown = true;
        }
        m_table->setItem(i, 2, readAs);
    }
    m_ignoreUnknown->setVisible(anyUnknown);
    if (!anyUnknown)
        m_ignoreUnknown->setChecked(false);
    validate();
}

void InteractionColumnsPage::validate()
{
    const auto mapping = csv::InteractionImporter::mapHeaders(
        m_wizard->preview().headers, QFileInfo(m_wizard->filePath()).fileName(), m_ignoreUnknown->isChecked());
    csvui::setMessage(m_message, mapping ? QString() : mapping.error().toString());
    m_valid = mapping.has_value();
    emit completeChanged();
}

bool InteractionColumnsPage::isComplete() const
{
    return m_valid;
}

bool InteractionColumnsPage::ignoreUnknownColumns() const
{
    return m_ignoreUnknown->isChecked();
}

csv::DuplicatePolicy InteractionColumnsPage::duplicatePolicy() const
{
    return csv::DuplicatePolicy(m_policy->checkedId());
}

// ---------------------------------------------------------------------------------------------
// Check

InteractionCheckPage::InteractionCheckPage(InteractionImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_job(new CsvJob(wizard->database(), this))
{
    setTitle(tr("Check the File"));
    setSubTitle(tr("Every row is read and matched to its customer without writing anything, so you know what "
                   "the import will do."));
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

    m_results = new InteractionCounts;

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

    connect(m_job, &CsvJob::progressed, this,
            [this](qint64 done, qint64 total) { showProgress(m_progress, m_status, done, total); });
    connect(m_cancel, &QPushButton::clicked, this, &InteractionCheckPage::cancel);
    connect(m_again, &QPushButton::clicked, this, &InteractionCheckPage::start);
    connect(m_rejectsBox, &QCheckBox::toggled, this, &InteractionCheckPage::updateBlockedNote);
    connect(m_rejectsPath, &QLineEdit::textChanged, this, &InteractionCheckPage::updateBlockedNote);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Rows with Errors"), m_rejectsPath->text(),
                                                            tr("CSV files (*.csv)"));
        if (!chosen.isEmpty()) {
            m_rejectsPath->setText(QDir::toNativeSeparators(chosen));
            m_rejectsBox->setChecked(true);
        }
    });
}

InteractionCheckPage::~InteractionCheckPage() = default;

void InteractionCheckPage::initializePage()
{
    m_rejectsBox->setChecked(false);
    m_rejectsPath->setText(QDir::toNativeSeparators(csvui::defaultRejectsPath(m_wizard->filePath())));
    start();
}

void InteractionCheckPage::cleanupPage()
{
    disconnect(m_restart);
    cancel();
}

bool InteractionCheckPage::isRunning() const
{
    return m_job->isRunning();
}

void InteractionCheckPage::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void InteractionCheckPage::start()
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
        m_restart = connect(m_job, &CsvJob::finished, this, &InteractionCheckPage::start, Qt::SingleShotConnection);
        return;
    }
    startImport(m_job, m_wizard, true, this,
                [this](const Result<InteractionImportSummary> &result, const sync::CopyWork &) { finished(result); });
}

void InteractionCheckPage::finished(const Result<InteractionImportSummary> &result)
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
    const InteractionImportSummary &s = *m_summary;
    m_results->show(s);
    if (s.rejected == 0)
        m_status->setText(tr("Every row can be imported."));
    else if (s.rejected == s.rows)
        m_status->setText(tr("No row can be imported: every row has an error."));
    else
        m_status->setText(s.rejected == 1 ? tr("1 row has an error; the others can be imported.")
                                          : tr("%1 rows have errors; the others can be imported.").arg(number(s.rejected)));

    // Each problem as FILE:LINE:COLUMN says it, in three columns; the column by its header too.
    m_problems->setRowCount(int(s.problems.size()));
    for (int i = 0; i < s.problems.size(); ++i) {
        const csv::RowProblem &p = s.problems[i];
        QString column = p.column > 0 ? number(p.column) : QString();
        if (p.field > 0 && p.field <= s.headers.size() && !s.headers.at(p.field - 1).trimmed().isEmpty())
            column = tr("%1 (%2)").arg(number(p.field), s.headers.at(p.field - 1).trimmed());
        else if (p.field == 0 && p.column > 0)
            column = tr("character %1").arg(number(p.column));
        auto *line = readOnlyItem(number(p.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(i, 0, line);
        m_problems->setItem(i, 1, readOnlyItem(column));
        QTableWidgetItem *reason = readOnlyItem(p.message);
        reason->setToolTip(p.message);
        m_problems->setItem(i, 2, reason);
    }
    m_problemsNote->setText(s.rejected > s.problems.size()
                                ? tr("The first %1 problems are listed; all %2 rows with errors are left out of the import.")
                                      .arg(number(s.problems.size()), number(s.rejected))
                                : QString());
    m_problemsNote->setVisible(!m_problemsNote->text().isEmpty());
    m_problemsBox->setVisible(s.rejected > 0);
    updateBlockedNote();
}

QString InteractionCheckPage::rejectsPath() const
{
    if (!m_rejectsBox->isChecked() || !m_summary || m_summary->rejected == 0)
        return {};
    return QDir::fromNativeSeparators(m_rejectsPath->text().trimmed());
}

void InteractionCheckPage::updateBlockedNote()
{
    m_rejectsPath->setEnabled(m_rejectsBox->isChecked());
    m_browse->setEnabled(m_rejectsBox->isChecked());
    QString note;
    if (m_summary) {
        const InteractionImportSummary &s = *m_summary;
        if (s.created + s.updated == 0 && s.rejected == 0)
            note = tr("There is nothing to import: every row is a stored contact that would be left as it is.");
        else if (s.created + s.updated == 0 && s.rejected < s.rows)
            note = tr("There is nothing to import: the rows without errors are stored contacts that would be left "
                      "as they are.");
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

bool InteractionCheckPage::isComplete() const
{
    if (m_job->isRunning() || !m_summary)
        return false;
    const InteractionImportSummary &s = *m_summary;
    if (s.created + s.updated == 0)
        return false;
    return s.rejected == 0 || !rejectsPath().isEmpty();
}

// ---------------------------------------------------------------------------------------------
// Import

InteractionRunPage::InteractionRunPage(InteractionImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_job(new CsvJob(wizard->database(), this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("The contacts are written in one step: if the import is cancelled or fails, nothing is "
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
    m_results = new InteractionCounts;
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
    connect(m_cancel, &QPushButton::clicked, this, &InteractionRunPage::cancel);
}

InteractionRunPage::~InteractionRunPage() = default;

void InteractionRunPage::initializePage()
{
    if (m_job->isRunning() || m_summary)
        return;
    m_status->setText(tr("Importing %1…").arg(QFileInfo(m_wizard->filePath()).fileName()));
    m_progress->setValue(0);
    m_results->setVisible(false);
    startImport(m_job, m_wizard, false, this,
                [this](const Result<InteractionImportSummary> &result, const sync::CopyWork &how) {
                    finished(result, how);
                });
    emit completeChanged();
}

bool InteractionRunPage::isRunning() const
{
    return m_job->isRunning();
}

void InteractionRunPage::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

bool InteractionRunPage::isComplete() const
{
    return !m_job->isRunning();
}

void InteractionRunPage::finished(const Result<InteractionImportSummary> &result, const sync::CopyWork &how)
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
    const InteractionImportSummary &s = *m_summary;
    m_results->show(s);
    if (!s.committed) {
        // The file changed since the check.
        m_status->setText(tr("Nothing was imported: rows have errors. Check the file again and choose to import "
                             "the good rows only."));
        return;
    }
    m_status->setText(joinedText(tr("The import is done."), sync::WorkingCopy::sentText(how)));
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
    if (s.created + s.updated > 0)
        emit m_wizard->imported(s.created, s.updated);
}

} // namespace relatio
