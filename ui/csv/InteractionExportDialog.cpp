// Contacts export dialog.
#include "csv/InteractionExportDialog.h"

#include "csv/CsvJob.h"
#include "csv/CsvUi.h"
#include "csv/InteractionExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace relatio {

namespace {

constexpr int kProgressSteps = 1000;
// The customer export's choices, which a user makes for their spreadsheet, not per record type.
const QString kDelimiterKey = QStringLiteral("csv/exportDelimiter");
const QString kBomKey = QStringLiteral("csv/exportBom");

QString defaultDelimiter()
{
    return QLocale().decimalPoint() == QStringLiteral(",") ? QStringLiteral(";") : QStringLiteral(",");
}

QDateTime startOf(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace

InteractionExportDialog::InteractionExportDialog(DatabasePtr db, std::vector<qint64> selectedCustomers,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_selected(std::move(selectedCustomers))
    , m_job(new CsvJob(m_db, this))
{
    setWindowTitle(tr("Export Contacts"));
    setObjectName(QStringLiteral("interactionExportDialog"));
    const QLocale locale;

    auto *scope = new QGroupBox(tr("Contacts to export"));
    auto *scopeLayout = new QVBoxLayout(scope);
    m_all = new QRadioButton(tr("Contacts with &all customers"));
    const qint64 selected = qint64(m_selected.size());
    m_selection = new QRadioButton(selected == 0   ? tr("Contacts with the &selected customers: none selected")
                                   : selected == 1 ? tr("Contacts with the &selected customer")
                                                   : tr("Contacts with the &selected customers: %1")
                                                         .arg(locale.toString(selected)));
    m_all->setObjectName(QStringLiteral("scopeAll"));
    m_selection->setObjectName(QStringLiteral("scopeSelection"));
    m_selection->setEnabled(selected > 0);
    m_all->setChecked(true);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_selection);

    auto *period = new QGroupBox(tr("Period"));
    auto *periodLayout = new QGridLayout(period);
    m_fromBox = new QCheckBox(tr("&From"));
    m_fromBox->setObjectName(QStringLiteral("fromBox"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_toBox = new QCheckBox(tr("&To and including"));
    m_toBox->setObjectName(QStringLiteral("toBox"));
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    periodLayout->addWidget(m_fromBox, 0, 0);
    periodLayout->addWidget(m_from, 0, 1);
    periodLayout->addWidget(m_toBox, 1, 0);
    periodLayout->addWidget(m_to, 1, 1);
    periodLayout->addWidget(csvui::noteLabel(tr("Without a limit, every contact is exported.")), 2, 0, 1, 2);
    periodLayout->setColumnStretch(2, 1);

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
    m_encoding->setCurrentIndex(settings.value(kBomKey, false).toBool() ? 1 : 0);
    formatLayout->addRow(tr("Se&parator:"), m_delimiter);
    formatLayout->addRow(tr("E&ncoding:"), m_encoding);
    formatLayout->addRow(csvui::noteLabel(tr("Each row names its customer by Relatio id, external id and e-mail "
                                             "address, so the file can be imported again.")));

    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("exportTarget"));
    m_target->setText(QDir::toNativeSeparators(
        QDir(csvui::lastFolder())
            .filePath(QStringLiteral("%1-%2.csv")
                          .arg(tr("contacts", "the start of the suggested file name"),
                               QDate::currentDate().toString(Qt::ISODate)))));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAutoDefault(false);
    auto *targetLabel = new QLabel(tr("Save &to:"));
    targetLabel->setBuddy(m_target);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addWidget(period);
    layout->addWidget(format);
    layout->addStretch();
    layout->addLayout(targetRow);
    layout->addWidget(buttons);
    static_cast<QPushButton *>(m_export)->setDefault(true);

    connect(buttons, &QDialogButtonBox::accepted, this, &InteractionExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InteractionExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &InteractionExportDialog::browse);
    connect(m_target, &QLineEdit::textChanged, this, &InteractionExportDialog::updateExportButton);
    connect(m_fromBox, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toBox, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromBox, m_toBox})
        connect(box, &QCheckBox::toggled, this, &InteractionExportDialog::updateExportButton);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &InteractionExportDialog::updateExportButton);
    connect(m_job, &CsvJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress->setValue(total > 0 ? int(std::min(done, total) * kProgressSteps / total) : 0);
    });
    updateExportButton();
}

InteractionExportDialog::~InteractionExportDialog() = default;

QString InteractionExportDialog::targetPath() const
{
    return QDir::fromNativeSeparators(m_target->text().trimmed());
}

void InteractionExportDialog::setTargetPath(const QString &path)
{
    m_target->setText(QDir::toNativeSeparators(path));
}

void InteractionExportDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_fromBox->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_toBox->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
}

void InteractionExportDialog::setSelectedOnly(bool selectedOnly)
{
    if (!selectedOnly)
        m_all->setChecked(true);
    else if (m_selection->isEnabled())
        m_selection->setChecked(true);
}

bool InteractionExportDialog::isExporting() const
{
    return m_job->isRunning();
}

void InteractionExportDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Contacts"), targetPath(), tr("CSV files (*.csv)"));
    if (chosen.isEmpty())
        return;
    m_confirmedTarget = QFileInfo(chosen).absoluteFilePath();
    setTargetPath(chosen);
}

void InteractionExportDialog::updateExportButton()
{
    const bool periodOk = !(m_fromBox->isChecked() && m_toBox->isChecked()) || m_from->date() <= m_to->date();
    m_export->setEnabled(periodOk && !targetPath().isEmpty() && !m_job->isRunning());
    m_export->setToolTip(periodOk ? QString() : tr("The period ends before it starts."));
}

void InteractionExportDialog::accept()
{
    if (m_job->isRunning() || !m_export->isEnabled())
        return;
    const QFileInfo target(targetPath());
    if (target.isDir() || !target.absoluteDir().exists()) {
        QMessageBox::warning(this, tr("Export Contacts"),
                             tr("%1 is not a file in an existing folder. Choose another place to save to.")
                                 .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
        return;
    }
    if (target.exists() && target.absoluteFilePath() != m_confirmedTarget) {
        const auto answer = QMessageBox::question(
            this, tr("Export Contacts"),
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(target.fileName())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }

    csv::InteractionExportOptions options;
    options.delimiter = m_delimiter->currentData().toString().front();
    options.bom = m_encoding->currentData().toBool();
    if (m_fromBox->isChecked())
        options.from = startOf(m_from->date());
    if (m_toBox->isChecked())
        options.to = startOf(m_to->date().addDays(1));
    if (m_selection->isChecked())
        options.customerIds = m_selected;
    QSettings settings;
    settings.setValue(kDelimiterKey, QString(options.delimiter));
    settings.setValue(kBomKey, options.bom);
    csvui::rememberFolder(target.absoluteFilePath());

    // Not modal: a modal progress dialog would run the event loop inside setValue().
    m_progress = new QProgressDialog(tr("Exporting contacts…"), tr("Cancel"), 0, kProgressSteps, this);
    m_progress->setWindowTitle(tr("Export Contacts"));
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
        m_job, &CsvJob::finished, this, [this, outcome]() { finished(*outcome); }, Qt::SingleShotConnection);
    m_job->start([db, path, options, outcome](const CsvJob::Progress &progress) {
        *outcome = csv::InteractionExporter(db).exportTo(path, options, progress);
    });
    updateExportButton();
}

void InteractionExportDialog::finished(const Result<qint64> &result)
{
    const bool cancelled = m_progress && m_progress->wasCanceled();
    delete m_progress;
    m_progress = nullptr;
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        child->setEnabled(true);
    m_from->setEnabled(m_fromBox->isChecked());
    m_to->setEnabled(m_toBox->isChecked());
    m_selection->setEnabled(!m_selected.empty());
    updateExportButton();

    const QString file = QDir::toNativeSeparators(targetPath());
    if (!result) {
        if (result.error().code == Error::Code::Cancelled || cancelled)
            return; // the user knows; the file is as it was
        QMessageBox::warning(this, tr("Export Contacts"),
                             tr("The contacts could not be exported. %1 was not changed.\n\n%2")
                                 .arg(file, result.error().toString()));
        return;
    }
    const qint64 rows = *result;
    emit exported(rows == 1 ? tr("Exported 1 contact to %1.").arg(file)
                            : tr("Exported %1 contacts to %2.").arg(QLocale().toString(rows), file));
    QDialog::accept();
}

void InteractionExportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace relatio
