// Export dialog.
#include "csv/ExportDialog.h"

#include "csv/CsvJob.h"
#include "csv/CsvUi.h"
#include "csv/CustomerExporter.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace relatio {

using csv::CustomerColumn;

namespace {

constexpr int kProgressSteps = 1000;
const QString kDelimiterKey = QStringLiteral("csv/exportDelimiter");
const QString kBomKey = QStringLiteral("csv/exportBom");

// Excel reads ';' where the decimal separator is a comma (Dutch, Norwegian), ',' elsewhere.
QString defaultDelimiter()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? QStringLiteral(";") : QStringLiteral(",");
}

} // namespace

ExportDialog::ExportDialog(DatabasePtr db, std::vector<qint64> listIds, std::vector<qint64> selectedIds,
                           QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_listIds(std::move(listIds))
    , m_selectedIds(std::move(selectedIds))
    , m_job(new CsvJob(m_db, this))
{
    setWindowTitle(tr("Export Customers"));
    setObjectName(QStringLiteral("exportDialog"));
    const QLocale locale;

    auto *scope = new QGroupBox(tr("Customers to export"));
    auto *scopeLayout = new QVBoxLayout(scope);
    m_all = new QRadioButton(tr("&All customers"));
    const qint64 listCount = qint64(m_listIds.size());
    m_list = new QRadioButton(listCount == 1
                                  ? tr("The current &list, with its search and filters: 1 customer")
                                  : tr("The current &list, with its search and filters: %1 customers")
                                        .arg(locale.toString(listCount)));
    const qint64 selectedCount = qint64(m_selectedIds.size());
    m_selection = new QRadioButton(selectedCount == 0   ? tr("The &selected customers: none selected")
                                   : selectedCount == 1 ? tr("The &selected customer")
                                                        : tr("The &selected customers: %1")
                                                              .arg(locale.toString(selectedCount)));
    m_all->setObjectName(QStringLiteral("scopeAll"));
    m_list->setObjectName(QStringLiteral("scopeList"));
    m_selection->setObjectName(QStringLiteral("scopeSelection"));
    m_list->setEnabled(listCount > 0);
    m_selection->setEnabled(selectedCount > 0);
    m_all->setChecked(true);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_list);
    scopeLayout->addWidget(m_selection);

    auto *format = new QGroupBox(tr("File format"));
    auto *formatLayout = new QFormLayout(format);
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->addItem(csvui::Text::delimiterName(QLatin1Char(',')), QStringLiteral(","));
    m_delimiter->addItem(csvui::Text::delimiterName(QLatin1Char(';')), QStringLiteral(";"));
    m_delimiter->setToolTip(tr("Excel expects a semicolon where numbers are written with a decimal comma, as in "
                               "Dutch and Norwegian settings"));
    const QSettings settings;
    m_delimiter->setCurrentIndex(
        std::max(0, m_delimiter->findData(settings.value(kDelimiterKey, defaultDelimiter()).toString())));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("exportEncoding"));
    m_encoding->addItem(tr("UTF-8"), false);
    m_encoding->addItem(tr("UTF-8 with BOM (for Excel)"), true);
    m_encoding->setToolTip(tr("Excel needs the byte order mark (BOM) to read accented letters correctly"));
    m_encoding->setCurrentIndex(settings.value(kBomKey, false).toBool() ? 1 : 0);
    formatLayout->addRow(tr("Se&parator:"), m_delimiter);
    formatLayout->addRow(tr("E&ncoding:"), m_encoding);

    auto *columns = new QGroupBox(tr("Columns"));
    auto *columnsLayout = new QVBoxLayout(columns);
    m_columns = new QListWidget;
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    for (CustomerColumn column : csv::canonicalColumns()) {
        auto *item = new QListWidgetItem(csv::CustomerCsv::label(column), m_columns);
        item->setData(Qt::UserRole, int(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto *checkAll = new QPushButton(tr("Select All"));
    auto *checkNone = new QPushButton(tr("Select None"));
    // Every label readable without scrolling sideways, and about a dozen of them at once.
    m_columns->setMinimumWidth(m_columns->sizeHintForColumn(0) + 2 * m_columns->frameWidth()
                               + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
    m_columns->setMinimumHeight(12 * m_columns->sizeHintForRow(0) + 2 * m_columns->frameWidth());
    m_columns->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(checkAll);
    checkRow->addWidget(checkNone);
    checkRow->addStretch();
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addLayout(checkRow);

    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("exportTarget"));
    m_target->setText(QDir::toNativeSeparators(
        QDir(csvui::lastFolder())
            .filePath(QStringLiteral("%1-%2.csv")
                          .arg(tr("customers", "the start of the suggested file name"),
                               QDate::currentDate().toString(Qt::ISODate)))));
    auto *browse = new QPushButton(tr("&Browse…"));
    // Only Export is pressed by Enter.
    for (QPushButton *button : {checkAll, checkNone, browse})
        button->setAutoDefault(false);
    auto *targetLabel = new QLabel(tr("Save &to:"));
    targetLabel->setBuddy(m_target);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));

    auto *left = new QVBoxLayout;
    left->addWidget(scope);
    left->addWidget(format);
    left->addStretch();
    auto *top = new QHBoxLayout;
    top->addLayout(left, 3);
    top->addWidget(columns, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addSpacing(6);
    layout->addLayout(targetRow);
    layout->addWidget(buttons);
    // Once the button is in the dialog, or the dialog picks its own default.
    static_cast<QPushButton *>(m_export)->setDefault(true);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_target, &QLineEdit::textChanged, this, &ExportDialog::updateExportButton);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateExportButton);
    auto checkEvery = [this](Qt::CheckState state) {
        for (int i = 0; i < m_columns->count(); ++i)
            m_columns->item(i)->setCheckState(state);
    };
    connect(checkAll, &QPushButton::clicked, this, [checkEvery]() { checkEvery(Qt::Checked); });
    connect(checkNone, &QPushButton::clicked, this, [checkEvery]() { checkEvery(Qt::Unchecked); });
    connect(m_job, &CsvJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress->setValue(total > 0 ? int(std::min(done, total) * kProgressSteps / total) : 0);
    });
    updateExportButton();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::targetPath() const
{
    return QDir::fromNativeSeparators(m_target->text().trimmed());
}

void ExportDialog::setTargetPath(const QString &path)
{
    m_target->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setScope(Scope scope)
{
    QRadioButton *button = scope == Scope::List ? m_list : scope == Scope::Selection ? m_selection : m_all;
    if (button->isEnabled())
        button->setChecked(true);
}

bool ExportDialog::isExporting() const
{
    return m_job->isRunning();
}

void ExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Customers"), targetPath(), tr("CSV files (*.csv)"));
    if (chosen.isEmpty())
        return;
    m_confirmedTarget = QFileInfo(chosen).absoluteFilePath();
    setTargetPath(chosen);
}

void ExportDialog::updateExportButton()
{
    bool anyColumn = false;
    for (int i = 0; i < m_columns->count() && !anyColumn; ++i)
        anyColumn = m_columns->item(i)->checkState() == Qt::Checked;
    m_export->setEnabled(anyColumn && !targetPath().isEmpty() && !m_job->isRunning());
}

void ExportDialog::accept()
{
    if (m_job->isRunning() || !m_export->isEnabled())
        return;
    const QFileInfo target(targetPath());
    if (target.isDir() || !target.absoluteDir().exists()) {
        QMessageBox::warning(this, tr("Export Customers"),
                             tr("%1 is not a file in an existing folder. Choose another place to save to.")
                                 .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
        return;
    }
    if (target.exists() && target.absoluteFilePath() != m_confirmedTarget) {
        const auto answer = QMessageBox::question(
            this, tr("Export Customers"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(target.fileName())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }

    csv::ExportOptions options;
    options.delimiter = m_delimiter->currentData().toString().front();
    options.bom = m_encoding->currentData().toBool();
    QList<CustomerColumn> columns;
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            columns.append(CustomerColumn(m_columns->item(i)->data(Qt::UserRole).toInt()));
    if (columns.size() < m_columns->count())
        options.columns = columns; // empty means every column
    QSettings settings;
    settings.setValue(kDelimiterKey, QString(options.delimiter));
    settings.setValue(kBomKey, options.bom);
    csvui::rememberFolder(target.absoluteFilePath());

    const bool all = m_all->isChecked();
    std::vector<qint64> ids;
    if (!all)
        ids = m_selection->isChecked() ? m_selectedIds : m_listIds;

    // Not modal: a modal progress dialog would run the event loop inside setValue(). This dialog
    // stays modal over the window, and its own controls are off while the export runs.
    m_progress = new QProgressDialog(tr("Exporting customers…"), tr("Cancel"), 0, kProgressSteps, this);
    m_progress->setWindowTitle(tr("Export Customers"));
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_job, &CsvJob::cancel);
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (child != m_progress)
            child->setEnabled(false);

    const QString path = target.absoluteFilePath();
    const DatabasePtr db = m_db;
    auto outcome = std::make_shared<Result<qint64>>();
    connect(
        m_job, &CsvJob::finished, this,
        [this, outcome]() { finished(*outcome); },
        Qt::SingleShotConnection);
    m_job->start([db, path, options, all, ids = std::move(ids), outcome](const CsvJob::Progress &progress) {
        csv::CustomerExporter exporter(db);
        *outcome = all ? exporter.exportAll(path, options, progress) : exporter.exportIds(path, ids, options, progress);
    });
    updateExportButton();
}

void ExportDialog::finished(const Result<qint64> &result)
{
    const bool cancelled = m_progress && m_progress->wasCanceled();
    delete m_progress;
    m_progress = nullptr;
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        child->setEnabled(true);
    updateExportButton();

    const QString file = QDir::toNativeSeparators(targetPath());
    if (!result) {
        if (result.error().code == Error::Code::Cancelled || cancelled)
            return; // the user knows; the file is as it was
        QMessageBox::warning(this, tr("Export Customers"),
                             tr("The customers could not be exported. %1 was not changed.\n\n%2")
                                 .arg(file, result.error().toString()));
        return;
    }
    const qint64 rows = *result;
    emit exported(rows == 1 ? tr("Exported 1 customer to %1.").arg(file)
                            : tr("Exported %1 customers to %2.").arg(QLocale().toString(rows), file));
    QDialog::accept();
}

void ExportDialog::reject()
{
    if (m_job->isRunning()) {
        // Escape or closing while writing: stop the export; the target keeps its old content.
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace relatio
