// The sync dialog, the worker and sync at start.
#include "sync/SyncController.h"

#include "sync/Credentials.h"
#include "sync/TeamServer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QVBoxLayout>

namespace relatio {

namespace {

const QString kServerKey = QStringLiteral("sync/server");
const QString kOnStartKey = QStringLiteral("sync/onStart");

} // namespace

SyncRun::SyncRun(DatabasePtr db, const QString &url, const QString &password, bool savePassword, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_url(url)
    , m_password(password)
    , m_savePassword(savePassword)
{
    qRegisterMetaType<relatio::sync::SyncSummary>("relatio::sync::SyncSummary");
}

SyncRun::~SyncRun()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool SyncRun::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SyncRun::start()
{
    m_thread = QThread::create([this]() {
        sync::SyncSummary summary;
        QString error;
        bool encrypted = false;
        bool ok = false;
        {
            const auto url = sync::ServerUrl::parse(m_url);
            if (!url) {
                error = url.error().message;
            } else {
                QString password = m_password;
                if (password.isEmpty())
                    password = sync::readPassword(url->address()).password;
                auto server = sync::TeamServer::connect(*url, password);
                if (!server) {
                    error = server.error().message;
                } else if (auto checked = (*server)->check(); !checked) {
                    error = checked.error().message;
                } else {
                    if (m_savePassword && !m_password.isEmpty())
                        sync::storePassword(url->address(), m_password);
                    encrypted = (*server)->encrypted().value_or(false);
                    sync::SyncEndpoint laptop(m_db);
                    // A subset chosen in the dialog is set first (its names are looked up there).
                    const auto kept = m_keep.isEmpty() ? Result<std::optional<QString>>()
                                                       : sync::Synchroniser::keep(laptop, (*server)->endpoint(), m_keep);
                    sync::SyncOptions options;
                    options.progress = [this](qint64 done) { emit progress(done); };
                    const auto result = kept ? sync::Synchroniser::run(laptop, (*server)->endpoint(), options)
                                             : Result<sync::SyncSummary>(std::unexpected(kept.error()));
                    if (result) {
                        summary = *result;
                        ok = true;
                        if (summary.erasedOnServer > 0)
                            (*server)->vacuum();
                    } else {
                        error = result.error().message;
                    }
                }
            }
        }
        m_db->releaseConnection();
        QMetaObject::invokeMethod(this, [this, ok, summary, error, encrypted]() { emit finished(ok, summary, error, encrypted); },
                                  Qt::QueuedConnection);
    });
    m_thread->start();
}

SyncDialog::SyncDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Sync with Team Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Changes made here go to the team database, and changes made there come here: "
                                "customers with their tags and owners, contacts, follow-ups, orders, the consent "
                                "ledger, erasures and the list of overwritten edits."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QSettings settings;
    m_url = new QLineEdit(settings.value(kServerKey).toString());
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://anna@dbhost:5432/relatio_team"));
    m_url->setMinimumWidth(420);
    form->addRow(tr("&Server:"), m_url);
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain when remembered"));
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    // Which customers this computer keeps: all, or those of a team member, a tag or a country
    // (a union set with relatio-cli shows as it is, and stays unless changed here).
    m_keep = new QComboBox;
    m_keep->setObjectName(QStringLiteral("keepKind"));
    m_keepValue = new QComboBox;
    m_keepValue->setObjectName(QStringLiteral("keepValue"));
    m_keepValue->setEditable(true);
    m_keepValue->setInsertPolicy(QComboBox::NoInsert);
    m_keepValue->setMinimumContentsLength(16);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addWidget(m_keepValue, 1);
    auto *keepLabel = new QLabel(tr("&Keep here:"));
    keepLabel->setBuddy(m_keep);
    form->addRow(keepLabel, keepRow);
    showKeep();
    connect(m_keep, &QComboBox::currentIndexChanged, this, &SyncDialog::fillKeepValues);
    m_onStart = new QCheckBox(tr("Sync when Relatio &starts and the server can be reached"));
    m_onStart->setChecked(settings.value(kOnStartKey, true).toBool());
    form->addRow(QString(), m_onStart);
    layout->addLayout(form);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_syncNow = m_buttons->addButton(tr("Sync &Now"), QDialogButtonBox::AcceptRole);
    m_syncNow->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncDialog::startSync);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

void SyncDialog::startSync()
{
    const QString address = m_url->text().trimmed();
    if (const auto url = sync::ServerUrl::parse(address); !url) {
        m_status->setText(url.error().message);
        return;
    }
    if (m_keepValue->isEnabled() && m_keepValue->currentText().trimmed().isEmpty()) {
        m_status->setText(tr("Choose the team member, tag or country whose customers this computer keeps."));
        m_keepValue->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(kServerKey, address);
    settings.setValue(kOnStartKey, m_onStart->isChecked());
    m_syncNow->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Syncing…"));
    m_run = new SyncRun(m_db, address, m_password->text(), m_remember->isChecked(), this);
    m_run->setKeep(keepSpecs());
    connect(m_run, &SyncRun::progress, this, [this](qint64 done) {
        m_status->setText(tr("Syncing: %1 records").arg(QLocale().toString(done)));
    });
    connect(m_run, &SyncRun::finished, this, &SyncDialog::finish);
    m_run->start();
}

void SyncDialog::finish(bool ok, const sync::SyncSummary &summary, const QString &error, bool encrypted)
{
    m_progress->setVisible(false);
    m_syncNow->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    m_run->deleteLater();
    m_run = nullptr;
    if (!ok) {
        m_status->setText(tr("Sync failed: %1\nNothing was lost; sync again when the server can be reached.").arg(error));
        return;
    }
    QString text = SyncController::summaryText(summary, QLatin1Char('\n'));
    if (!encrypted)
        text += QLatin1Char('\n') + tr("The connection was not encrypted.");
    m_status->setText(text);
    m_password->clear();
    showKeep(); // as set now, with the names the sync brought
    emit synced(summary);
}

void SyncDialog::showKeep()
{
    const QSignalBlocker blocker(m_keep);
    m_keep->clear();
    m_keep->addItem(tr("All customers"), QStringLiteral("all"));
    m_keep->addItem(tr("Customers of team member"), QStringLiteral("owner"));
    m_keep->addItem(tr("Customers with tag"), QStringLiteral("tag"));
    m_keep->addItem(tr("Customers in country"), QStringLiteral("country"));
    sync::SyncEndpoint laptop(m_db);
    const sync::Subset subset = laptop.subset().value_or(sync::Subset());
    m_keptText = laptop.describeSubset(subset).value_or(QString());
    // One part shows as its kind and name; a union as it is.
    const QString spec = laptop.subsetSpec(subset).value_or(QString());
    QString kind = spec.isEmpty() ? QStringLiteral("all") : spec.section(QLatin1Char('='), 0, 0);
    const QString value = spec.section(QLatin1Char('='), 1);
    if (spec.isEmpty() && !subset.isAll()) {
        kind = QStringLiteral("kept");
        m_keep->addItem(tr("As set now: %1").arg(m_keptText), kind);
        m_keep->setItemData(m_keep->count() - 1, m_keptText, Qt::ToolTipRole);
    }
    m_keep->setCurrentIndex(m_keep->findData(kind));
    fillKeepValues();
    if (!value.isEmpty())
        m_keepValue->setCurrentText(value);
}

void SyncDialog::fillKeepValues()
{
    const QString kind = m_keep->currentData().toString();
    m_keepValue->clear();
    const bool choosing = kind == QLatin1String("owner") || kind == QLatin1String("tag") || kind == QLatin1String("country");
    m_keepValue->setEnabled(choosing);
    if (!choosing)
        return;
    // The names this computer knows (all of them once it has synced); another may be typed.
    const auto choices = sync::SyncEndpoint(m_db).subsetChoices();
    if (!choices)
        return;
    m_keepValue->addItems(kind == QLatin1String("owner") ? choices->owners
                          : kind == QLatin1String("tag") ? choices->tags
                                                         : choices->countries);
}

QStringList SyncDialog::keepSpecs() const
{
    const QString kind = m_keep->currentData().toString();
    if (kind == QLatin1String("kept"))
        return {};
    if (kind == QLatin1String("all"))
        return {kind};
    return {kind + QLatin1Char('=') + m_keepValue->currentText().trimmed()};
}

SyncController::SyncController(DatabasePtr db, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_window(window)
{
    m_action = new QAction(tr("S&ync with Team Server…"), this);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_action->setToolTip(tr("Exchange changes with the team database"));
    connect(m_action, &QAction::triggered, this, [this]() {
        SyncDialog dialog(m_db, m_window);
        connect(&dialog, &SyncDialog::synced, this, &SyncController::synced);
        dialog.exec();
    });
}

QString SyncController::lastServer()
{
    return QSettings().value(kServerKey).toString();
}

QString SyncController::summaryText(const sync::SyncSummary &summary, QChar between)
{
    const QLocale locale;
    QString text = tr("Synced: %1 sent, %2 received.").arg(locale.toString(summary.sent), locale.toString(summary.received));
    if (summary.conflicts > 0)
        text += QLatin1Char(' ')
            + tr("Edits overwritten by changes made elsewhere at the same time: %n; the customer cards and File › Review "
                 "Overwritten Edits show them for review.",
                 nullptr, int(summary.conflicts));
    if (const QString clock = sync::Synchroniser::clockText(summary); !clock.isEmpty())
        text += between + clock;
    if (const QString left = sync::Synchroniser::subsetText(summary); !left.isEmpty())
        text += between + left;
    return text;
}

void SyncController::syncOnStart()
{
    const QSettings settings;
    const QString address = settings.value(kServerKey).toString();
    if (address.isEmpty() || !settings.value(kOnStartKey, true).toBool() || m_startRun)
        return;
    m_startRun = new SyncRun(m_db, address, QString(), false, this);
    connect(m_startRun, &SyncRun::finished, this,
            [this](bool ok, const sync::SyncSummary &summary, const QString &error, bool) {
                m_startRun->deleteLater();
                m_startRun = nullptr;
                if (!ok) {
                    emit statusMessage(tr("Team server not reached (%1); working offline.").arg(error), 15000);
                    return;
                }
                emit statusMessage(summaryText(summary), 15000);
                emit synced(summary);
            });
    m_startRun->start();
}

} // namespace relatio
