// Empty-database panel with the demo data loader.
#include "demo/DemoDataPanel.h"

#include "demo/DemoWriter.h"
#include "value/ValueStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace relatio {

DemoDataPanel::DemoDataPanel(DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *box = new QWidget;
    box->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(box);

    // A team database is filled by its users, by syncs and by imports made on a file that syncs
    // with it; demo data, to try the team's set-up out, goes there by way of a file (DemoWriter).
    const bool team = m_db->dialect() == Dialect::PostgreSQL;
    auto *title = new QLabel(team ? tr("The team database has no customers yet") : tr("Your customer list is empty"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *text = new QLabel(team ? tr("Add the first customer here, or sync a Relatio file that holds the team's "
                                      "customers with it (File › Sync with Team Server… on that computer). To try "
                                      "the team's set-up out, load demo customers: everyone working on this team "
                                      "database, and every laptop at its next sync, will see them.")
                                 : tr("Add your first customer, or load a demo data set of Dutch, Belgian and Norwegian "
                                      "customers to try Relatio out. Demo e-mail addresses end in .example, so nobody "
                                      "can be mailed by mistake."));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    layout->addSpacing(12);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_add = new QPushButton(tr("Add a Customer"));
    buttons->addWidget(m_add);
    buttons->addSpacing(24);
    m_count = new QSpinBox;
    m_count->setRange(10, 1000000);
    m_count->setSingleStep(1000);
    m_count->setValue(5000);
    m_count->setGroupSeparatorShown(true);
    m_count->setSuffix(tr(" customers"));
    buttons->addWidget(m_count);
    m_load = new QPushButton(tr("Load Demo Data"));
    m_load->setDefault(true);
    buttons->addWidget(m_load);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_add->setDefault(team);
    m_load->setDefault(!team);

    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setVisible(false);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_status);

    auto *center = new QHBoxLayout;
    center->addStretch();
    center->addWidget(box);
    center->addStretch();
    outer->addLayout(center);
    outer->addStretch(3);

    connect(m_add, &QPushButton::clicked, this, &DemoDataPanel::addCustomerRequested);
    connect(m_load, &QPushButton::clicked, this, [this]() { startLoading(m_count->value()); });
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
}

DemoDataPanel::~DemoDataPanel()
{
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
    }
}

void DemoDataPanel::startLoading(int customers)
{
    if (m_thread)
        return;
    m_cancelRequested = false;
    m_load->setEnabled(false);
    m_add->setEnabled(false);
    m_count->setEnabled(false);
    m_progress->setRange(0, customers);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Writing %1 demo customers…").arg(QLocale().toString(customers)));

    DatabasePtr db = m_db;
    const quint64 seed = 2026;
    m_thread = QThread::create([this, db, customers, seed]() {
        // Contacts and purchase histories at their defaults (four and three per customer).
        const DemoSize size{customers, DemoWriter::defaultInteractions(customers), DemoWriter::defaultOrders(customers)};
        const auto written = DemoWriter::write(db, size, seed, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total]() { progressed(done, total); }, Qt::QueuedConnection);
            return !m_cancelRequested.load();
        });
        QString error = written ? QString() : written.error().message;
        // The value analysis is made on a Relatio file (a team database's laptops make their own).
        if (written && written->orders > 0 && !m_cancelRequested.load() && db->dialect() == Dialect::SQLite) {
            // Segments, lifetime value and the products bought together, so that every view shows
            // the demo at once.
            const auto analysed = value::ValueStore(db).refresh(
                {},
                [this](int percent, const QString &step) {
                    QMetaObject::invokeMethod(this, [this, percent, step]() { analysing(percent, step); },
                                              Qt::QueuedConnection);
                },
                &m_cancelRequested);
            if (!analysed)
                error = analysed.error().code == Error::Code::Cancelled
                            ? tr("The demo data is written; the value analysis was cancelled (the Segments page runs it).")
                            : tr("The demo data is written, but the value analysis failed: %1").arg(analysed.error().message);
        }
        db->releaseConnection();
        const qint64 count = written ? written->customers : 0;
        QMetaObject::invokeMethod(this, [this, count, error]() { finished(count, error); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void DemoDataPanel::progressed(qint64 done, qint64 total)
{
    m_progress->setMaximum(int(total));
    m_progress->setValue(int(done));
    // On a team database the second half uploads the demo; once begun, it completes.
    if (m_db->dialect() == Dialect::PostgreSQL && done > total / 2 && m_cancel->isEnabled()) {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Uploading the demo customers to the team database…"));
    }
}

void DemoDataPanel::analysing(int percent, const QString &step)
{
    m_progress->setMaximum(100);
    m_progress->setValue(percent);
    m_status->setText(tr("Analysing customer value: %1").arg(step));
}

void DemoDataPanel::finished(qint64 written, const QString &error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_load->setEnabled(true);
    m_add->setEnabled(true);
    m_count->setEnabled(true);
    if (!error.isEmpty()) {
        m_status->setText(error);
        if (written > 0)
            emit demoLoaded(written);
        return;
    }
    m_status->clear();
    emit demoLoaded(written);
}

} // namespace relatio
