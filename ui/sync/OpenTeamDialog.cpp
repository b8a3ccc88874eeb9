// Opening the team database in the window.
#include "sync/OpenTeamDialog.h"

#include "sync/Credentials.h"
#include "sync/SyncController.h"
#include "sync/TeamServer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

namespace relatio {

namespace {

const QString kTeamKey = QStringLiteral("team/address");    // the team database last opened in the window
const QString kWhereKey = QStringLiteral("team/workThere"); // whether the window last worked on it

} // namespace

QString teamDatabaseToReopen()
{
    const QSettings settings;
    return settings.value(kWhereKey, false).toBool() ? settings.value(kTeamKey).toString() : QString();
}

void rememberWhereOpened(const QString &teamAddress)
{
    QSettings settings;
    settings.setValue(kWhereKey, !teamAddress.isEmpty());
    if (!teamAddress.isEmpty())
        settings.setValue(kTeamKey, teamAddress);
}

OpenTeamDialog::OpenTeamDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Team Database"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Work on the team database itself, as colleagues in the office do: every change is "
                                "saved there for everyone at once, and reaches the laptops at their next sync. "
                                "This computer's Relatio file stays as it is."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QSettings settings;
    QString address = settings.value(kTeamKey).toString();
    if (address.isEmpty())
        address = SyncController::lastServer();
    m_url = new QLineEdit(address);
    m_url->setObjectName(QStringLiteral("teamUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://anna@dbhost:5432/relatio_team?sslmode=require"));
    m_url->setMinimumWidth(440);
    form->addRow(tr("&Server:"), m_url);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("taken from the system keychain when remembered"));
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenTeamDialog::openDatabase);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    (address.isEmpty() ? m_url : m_password)->setFocus();
}

OpenTeamDialog::~OpenTeamDialog()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void OpenTeamDialog::setAddress(const QString &address, const QString &problem)
{
    m_url->setText(address);
    m_status->setText(problem);
    m_password->setFocus();
}

QString OpenTeamDialog::address() const
{
    return m_url->text().trimmed();
}

void OpenTeamDialog::openDatabase()
{
    if (m_thread)
        return;
    const QString address = m_url->text().trimmed();
    if (const auto url = sync::ServerUrl::parse(address); !url) {
        m_status->setText(url.error().message);
        m_url->setFocus();
        return;
    }
    m_open->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
    m_url->setEnabled(false);
    m_password->setEnabled(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Connecting to %1…").arg(address));
    const QString password = m_password->text();
    const bool remember = m_remember->isChecked();
    m_thread = QThread::create([this, address, password, remember]() {
        auto opened = sync::TeamServer::openDatabase(address, password);
        DatabasePtr db;
        QString error;
        if (opened) {
            db = *opened;
            db->releaseConnection(); // the window opens its own
            if (remember && !password.isEmpty()) {
                if (const auto stored = sync::storePassword(sync::ServerUrl::parse(address)->address(), password); !stored)
                    error = stored.error().message; // opened all the same; said in the status bar
            }
        } else {
            error = opened.error().message;
        }
        QMetaObject::invokeMethod(this, [this, db, error]() { finish(db, error); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void OpenTeamDialog::reject()
{
    if (!m_thread)
        QDialog::reject();
}

void OpenTeamDialog::finish(DatabasePtr db, const QString &error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_progress->setVisible(false);
    m_open->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(true);
    m_url->setEnabled(true);
    m_password->setEnabled(true);
    if (!db) {
        m_status->setText(tr("The team database could not be opened: %1").arg(error));
        m_password->setFocus();
        return;
    }
    m_db = std::move(db);
    m_password->clear();
    if (!error.isEmpty())
        m_note = tr("The password could not be kept in the system keychain: %1").arg(error);
    QSettings settings;
    settings.setValue(kTeamKey, m_url->text().trimmed());
    accept();
}

} // namespace relatio
