// The dialog that records a consent entry.
#include "privacy/ConsentDialog.h"

#include "csv/CsvUi.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relatio {

ConsentDialog::ConsentDialog(ConsentRepository &repository, ConsentAction action, qint64 customerId, qint64 purposeId,
                             QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_action(action)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("consentDialog"));
    switch (action) {
    case ConsentAction::Grant: setWindowTitle(tr("Record Permission")); break;
    case ConsentAction::Confirm: setWindowTitle(tr("Record Address Confirmation")); break;
    case ConsentAction::Withdraw: setWindowTitle(tr("Record Withdrawal")); break;
    }

    auto *form = new QFormLayout;
    m_purpose = new QComboBox;
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    // New permissions only for purposes in use; withdrawals and confirmations for any.
    if (const auto purposes = repository.purposes(action != ConsentAction::Grant)) {
        for (const ConsentPurpose &p : *purposes)
            m_purpose->addItem(p.displayName(), p.id);
    }
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(purposeId)));
    form->addRow(tr("&Purpose:"), m_purpose);

    m_when = new QDateTimeEdit(QDateTime::currentDateTime());
    m_when->setObjectName(QStringLiteral("consentWhen"));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(5 * 60));
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    form->addRow(action == ConsentAction::Confirm ? tr("Confirmed &on:") : tr("&When:"), m_when);

    if (action != ConsentAction::Confirm) {
        m_source = new QComboBox;
        m_source->setObjectName(QStringLiteral("consentSource"));
        for (const ConsentSource source : allConsentSources())
            m_source->addItem(consentSourceName(source), int(source));
        form->addRow(tr("&How:"), m_source);
    }
    if (action == ConsentAction::Grant) {
        m_text = new QComboBox;
        m_text->setObjectName(QStringLiteral("consentText"));
        m_wording = new QPlainTextEdit;
        m_wording->setObjectName(QStringLiteral("consentWording"));
        m_wording->setReadOnly(true);
        m_wording->setMaximumHeight(m_wording->fontMetrics().lineSpacing() * 5);
        m_wording->setToolTip(tr("The exact wording the customer saw or heard. To change it, add a new version."));
        form->addRow(tr("&Wording shown:"), m_text);
        form->addRow(QString(), m_wording);
        connect(m_text, &QComboBox::currentIndexChanged, this, &ConsentDialog::textChanged);
    }
    m_evidence = new QLineEdit;
    m_evidence->setObjectName(QStringLiteral("consentEvidence"));
    m_evidence->setPlaceholderText(action == ConsentAction::Confirm
                                       ? tr("For example: the confirmation link, the IP address")
                                       : tr("For example: form name, IP address, call reference"));
    form->addRow(tr("&Evidence:"), m_evidence);

    m_note = csvui::noteLabel();
    m_error = csvui::errorLabel();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record", "button: store the entry"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConsentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_purpose, &QComboBox::currentIndexChanged, this, &ConsentDialog::purposeChanged);
    purposeChanged();
}

void ConsentDialog::setEvidence(const QString &text)
{
    m_evidence->setText(text);
}

void ConsentDialog::setWhen(const QDateTime &utc)
{
    m_when->setDateTime(utc.toLocalTime());
}

void ConsentDialog::purposeChanged()
{
    const qint64 purposeId = m_purpose->currentData().toLongLong();
    const auto purpose = m_repository.purpose(purposeId);
    QString note;
    if (purpose && m_action == ConsentAction::Grant && purpose->requiresDoubleOptIn)
        note = tr("This permission counts only once the e-mail address has confirmed it (double opt-in). "
                  "Record the confirmation when it arrives.");
    else if (m_action == ConsentAction::Withdraw)
        note = tr("From now on the customer is left out of lists for this purpose. Earlier entries stay as proof.");
    csvui::setMessage(m_note, note);
    if (!m_text)
        return;
    m_text->clear();
    if (const auto texts = m_repository.texts(purposeId)) {
        for (const ConsentText &t : *texts)
            m_text->addItem(t.label(), t.id);
    }
    if (m_text->count() == 0)
        csvui::setMessage(m_error, tr("This purpose has no wording yet: add one under Permission Purposes first."));
    else
        csvui::setMessage(m_error, {});
    textChanged();
}

void ConsentDialog::textChanged()
{
    if (!m_text)
        return;
    const auto text = m_repository.text(m_text->currentData().toLongLong());
    m_wording->setPlainText(text ? text->wording : QString());
}

void ConsentDialog::accept()
{
    const qint64 purposeId = m_purpose->currentData().toLongLong();
    const QDateTime when = m_when->dateTime().toUTC();
    Result<qint64> recorded = fail(Error::Code::Invalid, QString());
    if (m_action == ConsentAction::Confirm) {
        recorded = m_repository.confirm(m_customerId, purposeId, when, m_evidence->text());
    } else {
        ConsentRecord record;
        record.customerId = m_customerId;
        record.purposeId = purposeId;
        record.occurredAt = when;
        record.source = ConsentSource(m_source->currentData().toInt());
        record.evidence = m_evidence->text();
        if (m_text)
            record.textId = m_text->currentData().toLongLong();
        recorded = m_action == ConsentAction::Grant ? m_repository.grant(record) : m_repository.withdraw(record);
    }
    if (!recorded) {
        csvui::setMessage(m_error, recorded.error().message);
        return;
    }
    m_recordedId = *recorded;
    QDialog::accept();
}

} // namespace relatio
