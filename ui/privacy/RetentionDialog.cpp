// The retention review dialog.
#include "privacy/RetentionDialog.h"

#include "csv/CsvJob.h"
#include "csv/CsvUi.h"
#include "privacy/PrivacyModels.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace relatio {

namespace {

constexpr int kLimit = 10000;

} // namespace

RetentionDialog::RetentionDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_job(new CsvJob(m_db, this))
    , m_model(new RetentionModel(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Customers Without Activity"));
    m_years = new QSpinBox;
    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(1, 30);
    m_years->setValue(3);
    auto suffix = [this](int years) { m_years->setSuffix(years == 1 ? tr(" year") : tr(" years")); };
    suffix(m_years->value());
    connect(m_years, &QSpinBox::valueChanged, this, suffix);
    m_find = new QPushButton(tr("&Find"));
    m_find->setDefault(true);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("No activity for at least"));
    label->setBuddy(m_years);
    row->addWidget(label);
    row->addWidget(m_years);
    row->addWidget(m_find);
    row->addStretch();

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("retentionList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_count = new QLabel;
    m_error = csvui::errorLabel();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_open = buttons->addButton(tr("&Open Customer"), QDialogButtonBox::ActionRole);
    m_open->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &RetentionDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &RetentionDialog::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &RetentionDialog::openCurrent);
    connect(m_find, &QPushButton::clicked, this, &RetentionDialog::find);
    connect(m_job, &CsvJob::finished, this, &RetentionDialog::finished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_open->setEnabled(current.isValid()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(csvui::noteLabel(tr("Customers with no change to their record, no contact, no permission entry "
                                          "and no follow-up for that long, least recently active first. Open one to "
                                          "decide whether to keep, delete or erase it.")));
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 480);
}

RetentionDialog::~RetentionDialog() = default;

void RetentionDialog::setYears(int years)
{
    m_years->setValue(years);
}

bool RetentionDialog::isSearching() const
{
    return m_job->isRunning();
}

void RetentionDialog::find()
{
    if (isSearching())
        return;
    m_find->setEnabled(false);
    csvui::setMessage(m_error, {});
    m_count->setText(tr("Searching…"));
    m_result = std::make_shared<Result<QList<RetentionCandidate>>>(QList<RetentionCandidate>());
    auto result = m_result;
    DatabasePtr db = m_db;
    const QDateTime cutoff = Retention::cutoffForYears(m_years->value());
    m_job->start([db, cutoff, result](const CsvJob::Progress &) { *result = Retention(db).inactiveSince(cutoff, kLimit); });
}

void RetentionDialog::finished()
{
    m_find->setEnabled(true);
    if (!m_result || !*m_result) {
        m_count->clear();
        csvui::setMessage(m_error, m_result ? m_result->error().message : QString());
        return;
    }
    m_model->setCandidates(**m_result);
    m_view->resizeColumnsToContents();
    const qint64 n = m_model->rowCount();
    m_count->setText(n >= kLimit ? tr("The first %1 customers.").arg(QLocale().toString(n))
                   : n == 1     ? tr("1 customer.")
                                : tr("%1 customers.").arg(QLocale().toString(n)));
}

void RetentionDialog::customerGone(qint64 customerId)
{
    m_model->removeCustomer(customerId);
}

void RetentionDialog::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        emit openCustomerRequested(current.data(RetentionModel::CustomerIdRole).toLongLong());
}

} // namespace relatio
