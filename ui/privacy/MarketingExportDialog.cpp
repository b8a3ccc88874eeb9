// The marketing list export dialog.
#include "privacy/MarketingExportDialog.h"

#include "csv/CsvJob.h"
#include "csv/CsvUi.h"
#include "privacy/ConsentRepository.h"
#include "privacy/MarketingExporter.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace relatio {

MarketingExportDialog::MarketingExportDialog(DatabasePtr db, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_actor(actor)
    , m_job(new CsvJob(m_db, this))
{
    setObjectName(QStringLiteral("marketingExportDialog"));
    setWindowTitle(tr("Export Marketing List"));

    m_purpose = new QComboBox;
    m_purpose->setObjectName(QStringLiteral("marketingPurpose"));
    if (const auto purposes = ConsentRepository(m_db).purposes()) {
        for (const ConsentPurpose &p : *purposes)
            m_purpose->addItem(p.displayName(), p.id);
    }
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("marketingCount"));
    m_count->setWordWrap(true);
    m_delimiter = new QComboBox;
    m_delimiter->addItem(csvui::Text::delimiterName(QLatin1Char(',')), QStringLiteral(","));
    m_delimiter->addItem(csvui::Text::delimiterName(QLatin1Char(';')), QStringLiteral(";"));
    if (QLocale().decimalPoint() == QStringLiteral(","))
        m_delimiter->setCurrentIndex(1);
    m_encoding = new QComboBox;
    m_encoding->addItem(tr("UTF-8"), false);
    m_encoding->addItem(tr("UTF-8 with BOM (for Excel)"), true);
    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("marketingTarget"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAutoDefault(false);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(QString(), m_count);
    form->addRow(tr("Se&parator:"), m_delimiter);
    form->addRow(tr("E&ncoding:"), m_encoding);
    auto *targetLabel = new QLabel(tr("Save &to:"));
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);

    m_log = new QListWidget;
    m_log->setObjectName(QStringLiteral("marketingLog"));
    m_log->setSelectionMode(QAbstractItemView::NoSelection);
    m_log->setMaximumHeight(m_log->fontMetrics().lineSpacing() * 6 + 8);
    m_error = csvui::errorLabel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MarketingExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MarketingExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(csvui::noteLabel(tr("The list holds only customers whose permission for the purpose is in force "
                                          "today, confirmed by their e-mail address where the purpose asks for it. "
                                          "Each list is logged: who, when, which purpose and how many.")));
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Lists exported before:")));
    layout->addWidget(m_log);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_purpose, &QComboBox::currentIndexChanged, this, &MarketingExportDialog::purposeChanged);
    connect(browse, &QPushButton::clicked, this, &MarketingExportDialog::browse);
    connect(m_job, &CsvJob::finished, this, &MarketingExportDialog::finished);
    purposeChanged();
    fillLog();
}

MarketingExportDialog::~MarketingExportDialog() = default;

void MarketingExportDialog::setPurpose(qint64 purposeId)
{
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(purposeId)));
}

void MarketingExportDialog::setTargetPath(const QString &path)
{
    m_target->setText(QDir::toNativeSeparators(path));
}

bool MarketingExportDialog::isExporting() const
{
    return m_job->isRunning();
}

void MarketingExportDialog::purposeChanged()
{
    const qint64 purposeId = m_purpose->currentData().toLongLong();
    const auto ids = MarketingExporter(m_db).eligible(purposeId);
    if (!ids) {
        csvui::setMessage(m_error, ids.error().message);
        m_count->clear();
        return;
    }
    const qint64 n = qint64(ids->size());
    m_count->setText(n == 0   ? tr("No customer has permission for this purpose in force.")
                     : n == 1 ? tr("1 customer has permission in force (left out when the contact details the list "
                                   "needs are missing).")
                              : tr("%1 customers have permission in force (those without the contact details the "
                                   "list needs are left out).")
                                    .arg(QLocale().toString(n)));
    const auto purpose = ConsentRepository(m_db).purpose(purposeId);
    const QString stem = purpose ? purpose->displayName().toLower().replace(QLatin1Char(' '), QLatin1Char('-'))
                                 : QStringLiteral("list");
    setTargetPath(QDir(csvui::lastFolder()).filePath(QStringLiteral("%1-%2.csv").arg(stem, QDate::currentDate().toString(Qt::ISODate))));
    m_export->setEnabled(purposeId > 0);
}

void MarketingExportDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Marketing List"), m_target->text(),
                                                      tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        setTargetPath(file);
}

void MarketingExportDialog::fillLog()
{
    m_log->clear();
    const auto log = MarketingExporter(m_db).log();
    if (!log)
        return;
    const QLocale locale;
    for (const MarketingExportLogEntry &e : *log) {
        const QString when = locale.toString(e.exportedAt.toLocalTime(), QLocale::ShortFormat);
        m_log->addItem(e.customers == 1 ? tr("%1 — %2: 1 customer, by %3").arg(when, e.purpose, e.exportedBy)
                                        : tr("%1 — %2: %3 customers, by %4")
                                              .arg(when, e.purpose, locale.toString(e.customers), e.exportedBy));
    }
    if (log->isEmpty())
        m_log->addItem(tr("None yet."));
}

void MarketingExportDialog::accept()
{
    if (isExporting())
        return;
    const QString target = QDir::fromNativeSeparators(m_target->text().trimmed());
    if (target.isEmpty()) {
        csvui::setMessage(m_error, tr("Choose where to save the list."));
        return;
    }
    csvui::setMessage(m_error, {});
    m_export->setEnabled(false);
    MarketingExportOptions options;
    options.delimiter = m_delimiter->currentData().toString().at(0);
    options.bom = m_encoding->currentData().toBool();
    m_result = std::make_shared<Result<MarketingExportSummary>>(fail(Error::Code::Cancelled, QString()));
    auto result = m_result;
    DatabasePtr db = m_db;
    const QString actor = m_actor;
    const qint64 purposeId = m_purpose->currentData().toLongLong();
    m_job->start([db, actor, purposeId, target, options, result](const CsvJob::Progress &) {
        MarketingExporter exporter(db);
        exporter.setActor(actor);
        *result = exporter.exportList(purposeId, target, options);
    });
    csvui::rememberFolder(target);
}

void MarketingExportDialog::reject()
{
    if (isExporting())
        return;
    QDialog::reject();
}

void MarketingExportDialog::finished()
{
    m_export->setEnabled(true);
    if (!m_result || !*m_result) {
        csvui::setMessage(m_error, m_result ? m_result->error().message : QString());
        return;
    }
    const MarketingExportSummary &s = **m_result;
    emit exported(s.written == 1 ? tr("Exported 1 customer with permission for \"%1\".").arg(s.purpose)
                                 : tr("Exported %1 customers with permission for \"%2\".")
                                       .arg(QLocale().toString(s.written), s.purpose));
    fillLog();
    QDialog::accept();
}

} // namespace relatio
