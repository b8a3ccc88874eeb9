// Import wizard pages: file and preview, column mapping, dry run, import.
#include "csv/ImportWizardPages.h"

#include "csv/CsvJob.h"
#include "csv/CsvUi.h"
#include "csv/ImportWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace relatio {

using csv::CustomerColumn;
using csv::CustomerCsv;
using csv::ImportSummary;

namespace {

// "6", or "6 (2 of them organisations the people in the file belong to)".
QString createdText(const csv::ImportSummary &s)
{
    const QLocale locale;
    if (s.organisationsMade <= 0)
        return locale.toString(s.created);
    return s.organisationsMade == 1
        ? QCoreApplication::translate("relatio::ImportCheckPage",
                                      "%1 (1 of them an organisation that people in the file belong to)")
              .arg(locale.toString(s.created))
        : QCoreApplication::translate("relatio::ImportCheckPage",
                                      "%1 (%2 of them organisations that people in the file belong to)")
              .arg(locale.toString(s.created), locale.toString(s.organisationsMade));
}

constexpr int kPreviewRows = 20;
constexpr int kProblemsShownOnFilePage = 6;
constexpr int kProgressSteps = 1000;
constexpr int kNotImported = -1;

QTableWidget *makeTable(const QString &objectName)
{
    auto *table = new QTableWidget;
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QLabel *countLabel()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

int progressValue(qint64 done, qint64 total)
{
    return total > 0 ? int(std::min<qint64>(done, total) * kProgressSteps / total) : 0;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// Beside the source file: NAME-rejects.csv, or NAME-rejects-2.csv when that is taken.
QString defaultRejectsPath(const QString &source)
{
    const QFileInfo info(source);
    const QDir dir = info.absoluteDir();
    QString candidate = dir.filePath(info.completeBaseName() + QStringLiteral("-rejects.csv"));
    for (int n = 2; QFileInfo::exists(candidate) && n < 100; ++n)
        candidate = dir.filePath(QStringLiteral("%1-rejects-%2.csv").arg(info.completeBaseName()).arg(n));
    return candidate;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// File

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
{
    setTitle(tr("Choose the File"));
    setSubTitle(tr("A CSV file saved from a spreadsheet or another program. Check in the preview that it is "
                   "read correctly; change the encoding or the separator if it is not."));

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Path of a .csv, .tsv or .txt file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);

    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Automatic"), int(csv::Encoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(csv::Encoding::Utf8));
    m_encoding->addItem(QStringLiteral("UTF-16"), int(csv::Encoding::Utf16));
    m_encoding->addItem(QStringLiteral("Windows-1252"), int(csv::Encoding::Windows1252));
    m_encoding->addItem(QStringLiteral("Latin-1 (ISO-8859-1)"), int(csv::Encoding::Latin1));
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encoding);

    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Automatic"), QString());
    for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(csvui::Text::delimiterName(c), QString(c));
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *delimiterLabel = new QLabel(tr("&Separator:"));
    delimiterLabel->setBuddy(m_delimiter);

    auto *grid = new QGridLayout;
    grid->addWidget(fileLabel, 0, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    grid->addLayout(fileRow, 0, 1);
    grid->addWidget(encodingLabel, 1, 0);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(m_encoding);
    readRow->addSpacing(16);
    readRow->addWidget(delimiterLabel);
    readRow->addWidget(m_delimiter);
    readRow->addStretch();
    grid->addLayout(readRow, 1, 1);
    grid->setColumnStretch(1, 1);

    m_summary = csvui::noteLabel();
    m_table = makeTable(QStringLiteral("previewTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_problems = csvui::errorLabel();
    m_problems->setObjectName(QStringLiteral("readerProblems"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this]() {
        if (path() != m_loadedPath)
            reload();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::reload);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFilePage::reload);
    reload();
}

QString ImportFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    reload();
}

csv::Options ImportFilePage::readerOptions() const
{
    csv::Options options;
    options.encoding = csv::Encoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.front();
    return options;
}

bool ImportFilePage::isComplete() const
{
    return m_ok;
}

void ImportFilePage::browse()
{
    const QString start = path().isEmpty() ? csvui::lastFolder() : path();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import Customers"), start,
                                                        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    csvui::rememberFolder(chosen);
    setPath(chosen);
}

void ImportFilePage::reload()
{
    const QString path = this->path();
    m_loadedPath = path;
    m_ok = false;
    m_preview = {};
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_encoding->setItemText(0, tr("Automatic"));
    m_delimiter->setItemText(0, tr("Automatic"));
    showProblems({});

    if (path.isEmpty()) {
        m_summary->setText(tr("Choose a file, or drop one on the main window, to see how it will be read."));
        emit completeChanged();
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_summary->clear();
        showProblems({tr("There is no file %1.").arg(QDir::toNativeSeparators(path))});
        emit completeChanged();
        return;
    }

    auto preview = csv::CustomerImporter::preview(info.absoluteFilePath(), readerOptions(), kPreviewRows);
    if (!preview) {
        m_summary->clear();
        showProblems({preview.error().toString()});
        emit completeChanged();
        return;
    }
    m_preview = std::move(*preview);
    // The automatic choices say what they found.
    m_encoding->setItemText(0, tr("Automatic: %1").arg(m_preview.encoding));
    m_delimiter->setItemText(0, tr("Automatic: %1").arg(csvui::Text::delimiterName(m_preview.delimiter)));

    const QStringList &headers = m_preview.headers;
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_preview.rows.size()));
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const QStringList &row = m_preview.rows[r];
        for (int c = 0; c < row.size() && c < headers.size(); ++c)
            m_table->setItem(r, c, readOnlyItem(row[c]));
    }
    m_table->resizeColumnsToContents();
    // A long notes column should not push the others out of sight.
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widest));

    QStringList problems;
    const QString fileName = info.fileName();
    for (const csv::RowProblem &p : m_preview.problems)
        problems.append(csvui::Text::problem(fileName, p));
    showProblems(problems);

    if (headers.isEmpty()) {
        m_summary->clear();
        showProblems({tr("%1 has no header row.").arg(fileName)});
    } else if (m_preview.rows.isEmpty()) {
        m_summary->setText(tr("The file has column names but no rows below them."));
    } else {
        m_summary->setText(tr("The first rows as they will be read. The first line of the file holds the column "
                              "names."));
        m_ok = true;
    }
    emit completeChanged();
}

void ImportFilePage::showProblems(const QStringList &lines)
{
    if (lines.isEmpty()) {
        csvui::setMessage(m_problems, {});
        return;
    }
    QStringList shown = lines.mid(0, kProblemsShownOnFilePage);
    if (lines.size() > shown.size())
        shown.append(tr("… and %1 more.").arg(lines.size() - shown.size()));
    csvui::setMessage(m_problems, shown.join(QLatin1Char('\n')));
}

// ---------------------------------------------------------------------------------------------
// Columns

ImportColumnsPage::ImportColumnsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose what each column of the file holds. Columns set to “Do not import” are left out."));

    m_table = makeTable(QStringLiteral("mappingTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Example"), tr("Import as"), QString()});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    m_message = csvui::errorLabel();
    m_message->setObjectName(QStringLiteral("mappingMessage"));

    auto *duplicates = new QGroupBox(tr("When a row matches an existing customer"));
    auto *duplicatesLayout = new QVBoxLayout(duplicates);
    m_policy = new QButtonGroup(this);
    const QList<std::pair<csv::DuplicatePolicy, QString>> choices = {
        {csv::DuplicatePolicy::Skip, tr("&Skip the row and leave the customer as it is")},
        {csv::DuplicatePolicy::Update, tr("&Update the existing customer with the row's columns")},
        {csv::DuplicatePolicy::Create, tr("&Create a new customer anyway")},
    };
    for (const auto &[policy, text] : choices) {
        auto *radio = new QRadioButton(text);
        radio->setObjectName(QStringLiteral("policy%1").arg(int(policy)));
        m_policy->addButton(radio, int(policy));
        duplicatesLayout->addWidget(radio);
    }
    m_policy->button(int(csv::DuplicatePolicy::Skip))->setChecked(true);
    duplicatesLayout->addWidget(
        csvui::noteLabel(tr("A row matches a customer with the same Relatio id, else the same external id, else "
                            "the same e-mail address.")));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(duplicates);
}

void ImportColumnsPage::initializePage()
{
    // Going back and forth keeps the user's choices, unless the file changed.
    const csv::FilePreview &preview = m_wizard->preview();
    if (m_wizard->filePath() != m_pathShown || preview.headers != m_headersShown || m_choices.isEmpty())
        rebuild(preview);
}

void ImportColumnsPage::rebuild(const csv::FilePreview &preview)
{
    m_pathShown = m_wizard->filePath();
    m_headersShown = preview.headers;
    m_choices.clear();
    m_table->clearContents();
    const int count = int(preview.headers.size());
    m_table->setRowCount(count);
    const QList<std::optional<CustomerColumn>> guessed = CustomerCsv::guessMapping(preview.headers);
    for (int i = 0; i < count; ++i) {
        m_table->setItem(i, 0, readOnlyItem(preview.headers[i]));
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

        auto *combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(tr("Do not import"), kNotImported);
        combo->insertSeparator(1);
        for (CustomerColumn column : csv::importableColumns())
            combo->addItem(CustomerCsv::label(column), int(column));
        const std::optional<CustomerColumn> guess = i < guessed.size() ? guessed[i] : std::nullopt;
        combo->setCurrentIndex(guess ? combo->findData(int(*guess)) : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportColumnsPage::validate);
        m_table->setCellWidget(i, 2, combo);
        m_table->setItem(i, 3, readOnlyItem(QString()));
        m_choices.append(combo);
    }
    // Rows as high as the combo boxes in them.
    if (!m_choices.isEmpty())
        m_table->verticalHeader()->setDefaultSectionSize(m_choices.first()->sizeHint().height());
    validate();
}

void ImportColumnsPage::validate()
{
    QHash<int, int> uses;
    for (QComboBox *combo : std::as_const(m_choices))
        ++uses[combo->currentData().toInt()];

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QStringList twice;
    int mapped = 0;
    for (int i = 0; i < m_choices.size(); ++i) {
        const int choice = m_choices[i]->currentData().toInt();
        if (choice != kNotImported)
            ++mapped;
        const bool clash = choice != kNotImported && uses.value(choice) > 1;
        QTableWidgetItem *note = m_table->item(i, 3);
        note->setText(clash ? tr("Chosen twice") : QString());
        note->setIcon(clash ? warning : QIcon());
        const QString quoted = tr("“%1”").arg(m_choices[i]->currentText());
        if (clash && !twice.contains(quoted))
            twice.append(quoted);
    }

    QString message;
    if (!twice.isEmpty())
        message = (twice.size() == 1 ? tr("%1 is chosen for more than one column. A field is filled from one column "
                                          "only: choose another field, or “Do not import”, for the columns marked.")
                                     : tr("%1 are each chosen for more than one column. A field is filled from one "
                                          "column only: choose another field, or “Do not import”, for the columns "
                                          "marked."))
                      .arg(QLocale().createSeparatedList(twice));
    else if (mapped == 0)
        message = tr("Choose at least one column to import.");
    csvui::setMessage(m_message, message);
    m_valid = message.isEmpty();
    emit completeChanged();
}

bool ImportColumnsPage::isComplete() const
{
    return m_valid;
}

QList<std::optional<CustomerColumn>> ImportColumnsPage::mapping() const
{
    QList<std::optional<CustomerColumn>> mapping;
    for (QComboBox *combo : m_choices) {
        const int choice = combo->currentData().toInt();
        mapping.append(choice == kNotImported ? std::nullopt : std::optional(CustomerColumn(choice)));
    }
    return mapping;
}

csv::DuplicatePolicy ImportColumnsPage::duplicatePolicy() const
{
    return csv::DuplicatePolicy(m_policy->checkedId());
}

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

    m_results = new QWidget;
    auto *counts = new QFormLayout(m_results);
    counts->setContentsMargins(0, 0, 0, 0);
    counts->addRow(tr("Rows in the file:"), m_rows = countLabel());
    counts->addRow(tr("New customers:"), m_created = countLabel());
    counts->addRow(tr("Existing customers updated:"), m_updated = countLabel());
    counts->addRow(tr("Skipped:"), m_skipped = countLabel());
    counts->addRow(tr("Rows with errors:"), m_rejected = countLabel());

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
            [this](qint64 done, qint64 total) { m_progress->setValue(progressValue(done, total)); });
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
    m_rejectsPath->setText(QDir::toNativeSeparators(defaultRejectsPath(m_wizard->filePath())));
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

    const DatabasePtr db = m_wizard->database();
    const QString path = m_wizard->filePath();
    const csv::ImportOptions options = m_wizard->importOptions(true);
    auto outcome = std::make_shared<Result<ImportSummary>>();
    connect(m_job, &CsvJob::finished, this, [this, outcome]() { finished(*outcome); }, Qt::SingleShotConnection);
    m_job->start([db, path, options, outcome](const CsvJob::Progress &progress) {
        *outcome = csv::CustomerImporter(db).import(path, options, progress);
    });
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
    m_rows->setText(number(s.rows));
    m_created->setText(createdText(s));
    m_updated->setText(number(s.updated));
    m_skipped->setText(number(s.skipped));
    m_rejected->setText(number(s.rejected));
    m_results->setVisible(true);

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

    m_results = new QWidget;
    auto *counts = new QFormLayout(m_results);
    counts->setContentsMargins(0, 0, 0, 0);
    counts->addRow(tr("New customers:"), m_created = countLabel());
    counts->addRow(tr("Existing customers updated:"), m_updated = countLabel());
    counts->addRow(tr("Skipped:"), m_skipped = countLabel());
    counts->addRow(tr("Rows with errors:"), m_rejected = countLabel());

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
            [this](qint64 done, qint64 total) { m_progress->setValue(progressValue(done, total)); });
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

    const DatabasePtr db = m_wizard->database();
    const QString path = m_wizard->filePath();
    const csv::ImportOptions options = m_wizard->importOptions(false);
    auto outcome = std::make_shared<Result<ImportSummary>>();
    connect(m_job, &CsvJob::finished, this, [this, outcome]() { finished(*outcome); }, Qt::SingleShotConnection);
    m_job->start([db, path, options, outcome](const CsvJob::Progress &progress) {
        *outcome = csv::CustomerImporter(db).import(path, options, progress);
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

void ImportRunPage::finished(const Result<ImportSummary> &result)
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
    m_created->setText(createdText(s));
    m_updated->setText(number(s.updated));
    m_skipped->setText(number(s.skipped));
    m_rejected->setText(number(s.rejected));
    m_results->setVisible(true);
    if (!s.committed) {
        // The file changed since the check, or the database refused a row.
        m_status->setText(tr("Nothing was imported: rows have errors. Check the file again and choose to import "
                             "the good rows only."));
        return;
    }
    m_status->setText(tr("The import is done. Edit ▸ Undo (Ctrl+Z) takes it back."));
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
