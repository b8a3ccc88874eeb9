// Import wizard pages: the file with its preview, and the column mapping.
#include "csv/ImportWizardPages.h"

#include "csv/CsvJob.h"
#include "csv/CsvUi.h"
#include "csv/ImportPageParts.h"
#include "csv/ImportWizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relatio {

using csv::CustomerColumn;
using csv::CustomerCsv;
using csv::ImportSummary;

namespace {

constexpr int kPreviewRows = 20;
constexpr int kProblemsShownOnFilePage = 6;
constexpr int kNotImported = -1;

} // namespace

using namespace importui;

// ---------------------------------------------------------------------------------------------
// File

ImportFilePage::ImportFilePage(QWizard *wizard, const QString &browseTitle)
    : QWizardPage(wizard)
    , m_browseTitle(browseTitle)
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
    const QString chosen = QFileDialog::getOpenFileName(this, m_browseTitle, start,
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

} // namespace relatio
