// The erase confirmation and the erasure job.
#include "privacy/EraseDialog.h"

#include "csv/CsvJob.h"
#include "csv/CsvUi.h"
#include "privacy/SubjectExport.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace relatio {

namespace {

QString tableList(const QList<QPair<QString, qint64>> &rows)
{
    const QLocale locale;
    QStringList items;
    for (const auto &r : rows)
        items.append(QStringLiteral("<li>%1: %2</li>")
                         .arg(SubjectExport::tableTitle(r.first).toHtmlEscaped(), locale.toString(r.second)));
    return QStringLiteral("<ul style=\"margin-top:2px\">%1</ul>").arg(items.join(QString()));
}

} // namespace

EraseDialog::EraseDialog(DatabasePtr db, qint64 customerId, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_customerId(customerId)
    , m_actor(actor)
    , m_job(new CsvJob(m_db, this))
{
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(tr("Erase Customer"));
    m_error = csvui::errorLabel();
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &EraseDialog::reject);

    const auto preview = Erasure(m_db).preview(customerId);
    if (!preview) {
        csvui::setMessage(m_error, preview.error().message);
        layout->addWidget(m_error);
        layout->addWidget(buttons);
        return;
    }
    m_preview = *preview;
    const QString name = preview->displayName.isEmpty() ? preview->uuid : preview->displayName;

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *title = new QLabel(tr("Erase %1 for good?").arg(name.toHtmlEscaped()));
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    title->setFont(f);
    title->setWordWrap(true);
    top->addWidget(title, 1);
    layout->addLayout(top);

    QString text = QStringLiteral("<p>%1</p>").arg(
        tr("Everything Relatio holds about this customer is erased, from every table, the search index and the "
           "database file. Only a tombstone with the Relatio id (%1) and the time remains, so that other copies "
           "of the database erase them too. <b>This cannot be undone.</b>")
            .arg(preview->uuid.toHtmlEscaped()));
    text += QStringLiteral("<p>%1</p>").arg(tr("What will be erased:")) + tableList(preview->rows);
    if (!preview->rowsUnlinked.isEmpty())
        text += QStringLiteral("<p>%1</p>").arg(tr("Kept, without the link to the customer:"))
            + tableList(preview->rowsUnlinked);
    if (preview->members > 0)
        text += QStringLiteral("<p>%1</p>")
                    .arg(preview->members == 1
                             ? tr("1 person belongs to this organisation: they keep their record, without it.")
                             : tr("%1 people belong to this organisation: they keep their records, without it.")
                                   .arg(QLocale().toString(preview->members)));
    if (preview->rejectFiles > 0)
        text += QStringLiteral("<p>%1</p>")
                    .arg(preview->rejectFiles == 1
                             ? tr("Rows about the customer are also removed from the rejects file an import wrote.")
                             : tr("Rows about the customer are also removed from the %1 rejects files imports wrote.")
                                   .arg(QLocale().toString(preview->rejectFiles)));
    text += QStringLiteral("<p>%1</p>")
                .arg(tr("Not reached: files already saved elsewhere, such as exports, marketing lists, personal-data "
                        "exports and backups. Delete the customer from those yourself."));
    auto *body = new QLabel(text);
    body->setObjectName(QStringLiteral("eraseSummary"));
    body->setWordWrap(true);
    body->setTextFormat(Qt::RichText);
    layout->addWidget(body);

    auto *typeLabel = new QLabel(tr("To confirm, type the customer's name, <b>%1</b>:").arg(name.toHtmlEscaped()));
    typeLabel->setWordWrap(true);
    m_typed = new QLineEdit;
    m_typed->setObjectName(QStringLiteral("eraseConfirmation"));
    typeLabel->setBuddy(m_typed);
    layout->addWidget(typeLabel);
    layout->addWidget(m_typed);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);

    m_erase = buttons->addButton(tr("Erase for Good"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setAutoDefault(false);
    // Red once it can be pressed; the same size either way.
    m_erase->setStyleSheet(QStringLiteral("QPushButton { border-radius: 3px; padding: 4px 14px; border: 1px solid palette(mid); }"
                                          "QPushButton:enabled { color: white; background: #b3261e; border-color: #8c1d18; }"));
    connect(m_erase, &QPushButton::clicked, this, &EraseDialog::accept);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_typed, &QLineEdit::textChanged, this, &EraseDialog::updateButton);
    connect(m_job, &CsvJob::finished, this, &EraseDialog::finished);
    setMinimumWidth(520);
    updateButton();
}

EraseDialog::~EraseDialog() = default;

bool EraseDialog::isErasing() const
{
    return m_job->isRunning();
}

QString EraseDialog::confirmationText() const
{
    if (!m_preview)
        return {};
    return m_preview->displayName.isEmpty() ? m_preview->uuid : m_preview->displayName;
}

void EraseDialog::setTypedConfirmation(const QString &text)
{
    if (m_typed)
        m_typed->setText(text);
}

void EraseDialog::updateButton()
{
    if (!m_erase)
        return;
    const bool typed = m_typed->text().simplified().compare(confirmationText().simplified(), Qt::CaseInsensitive) == 0;
    m_erase->setEnabled(typed && !isErasing() && !m_report);
}

void EraseDialog::accept()
{
    if (!m_erase || !m_erase->isEnabled())
        return;
    m_typed->setEnabled(false);
    m_busy->setVisible(true);
    csvui::setMessage(m_error, {});
    m_result = std::make_shared<Result<ErasureReport>>(fail(Error::Code::Cancelled, QString()));
    auto result = m_result;
    DatabasePtr db = m_db;
    const qint64 id = m_customerId;
    const QString actor = m_actor;
    m_job->start([db, id, actor, result](const CsvJob::Progress &) {
        Erasure erasure(db);
        erasure.setActor(actor);
        *result = erasure.erase(id);
    });
    updateButton();
}

void EraseDialog::reject()
{
    if (isErasing())
        return; // an erasure is one transaction: it finishes, quickly, rather than half-way
    QDialog::reject();
}

void EraseDialog::finished()
{
    m_busy->setVisible(false);
    if (!m_result || !*m_result) {
        m_typed->setEnabled(true);
        csvui::setMessage(m_error, m_result ? m_result->error().message : QString());
        updateButton();
        return;
    }
    m_report = **m_result;
    emit erased(m_customerId, describe(*m_report));
    QDialog::accept();
}

QString EraseDialog::describe(const ErasureReport &report)
{
    const QLocale locale;
    QStringList lines;
    lines.append(tr("The customer was erased: %1 rows in the database, and their entries in the search index.")
                     .arg(locale.toString(report.totalRemoved())));
    if (report.rejects.rowsRemoved > 0)
        lines.append(tr("%1 rows about them were removed from rejects files.").arg(locale.toString(report.rejects.rowsRemoved)));
    if (!report.rejects.missing.isEmpty())
        lines.append(tr("These rejects files were not found, so they could not be checked: %1")
                         .arg(report.rejects.missing.join(QStringLiteral(", "))));
    if (!report.rejects.failed.isEmpty())
        lines.append(tr("These rejects files could not be changed: %1").arg(report.rejects.failed.join(QStringLiteral("; "))));
    if (!report.logCleared)
        lines.append(tr("The database's log still holds old pages while other windows read it; they are cleared "
                        "when Relatio closes."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace relatio
