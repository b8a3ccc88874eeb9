// Editing the consent purposes and their wording.
#include "privacy/PurposesDialog.h"

#include "csv/CsvUi.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relatio {

namespace {

QPushButton *button(const QString &text)
{
    auto *b = new QPushButton(text);
    b->setAutoDefault(false);
    return b;
}

} // namespace

PurposesDialog::PurposesDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent)
    , m_repository(std::move(db))
{
    setObjectName(QStringLiteral("purposesDialog"));
    setWindowTitle(tr("Permission Purposes"));
    m_purposes = new QListWidget;
    m_purposes->setObjectName(QStringLiteral("purposeList"));
    m_texts = new QListWidget;
    m_texts->setObjectName(QStringLiteral("textList"));
    m_wording = new QPlainTextEdit;
    m_wording->setReadOnly(true);
    m_purposeInfo = csvui::noteLabel();
    auto *add = button(tr("&Add…"));
    m_rename = button(tr("&Rename…"));
    m_retire = button(tr("Re&tire"));
    m_addText = button(tr("&New Version…"));
    m_error = csvui::errorLabel();

    auto *purposeButtons = new QHBoxLayout;
    for (QPushButton *b : {add, m_rename, m_retire})
        purposeButtons->addWidget(b);
    purposeButtons->addStretch();
    auto *textButtons = new QHBoxLayout;
    textButtons->addWidget(m_addText);
    textButtons->addStretch();

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Purposes:")), 0, 0);
    grid->addWidget(m_purposes, 1, 0);
    grid->addWidget(m_purposeInfo, 2, 0);
    grid->addLayout(purposeButtons, 3, 0);
    grid->addWidget(new QLabel(tr("Wording shown, by version:")), 0, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_texts, 1);
    right->addWidget(m_wording, 2);
    grid->addLayout(right, 1, 1, 2, 1);
    grid->addLayout(textButtons, 3, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &PurposesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(csvui::noteLabel(tr("A wording that was shown to customers is never changed: a new wording is a "
                                          "new version, and each permission keeps the version it was given for.")));
    layout->addLayout(grid, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(m_purposes, &QListWidget::currentRowChanged, this, &PurposesDialog::purposeChanged);
    connect(m_texts, &QListWidget::currentRowChanged, this, &PurposesDialog::textChanged);
    connect(add, &QPushButton::clicked, this, &PurposesDialog::addPurpose);
    connect(m_rename, &QPushButton::clicked, this, &PurposesDialog::renamePurpose);
    connect(m_retire, &QPushButton::clicked, this, &PurposesDialog::toggleRetired);
    connect(m_addText, &QPushButton::clicked, this, &PurposesDialog::addText);
    fillPurposes(0);
}

qint64 PurposesDialog::currentPurpose() const
{
    const QListWidgetItem *item = m_purposes->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PurposesDialog::selectPurpose(qint64 purposeId)
{
    for (int i = 0; i < m_purposes->count(); ++i)
        if (m_purposes->item(i)->data(Qt::UserRole).toLongLong() == purposeId)
            m_purposes->setCurrentRow(i);
}

void PurposesDialog::fillPurposes(qint64 select)
{
    m_purposes->clear();
    const auto purposes = m_repository.purposes(true);
    if (!purposes) {
        csvui::setMessage(m_error, purposes.error().message);
        return;
    }
    for (const ConsentPurpose &p : *purposes) {
        auto *item = new QListWidgetItem(p.retired ? tr("%1 (retired)").arg(p.displayName()) : p.displayName(), m_purposes);
        item->setData(Qt::UserRole, p.id);
        if (p.retired)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_purposes->setCurrentRow(0);
    if (select > 0)
        selectPurpose(select);
}

void PurposesDialog::purposeChanged()
{
    const auto purpose = m_repository.purpose(currentPurpose());
    m_rename->setEnabled(purpose.has_value());
    m_retire->setEnabled(purpose.has_value());
    m_addText->setEnabled(purpose.has_value());
    m_texts->clear();
    m_wording->clear();
    if (!purpose) {
        m_purposeInfo->clear();
        return;
    }
    m_retire->setText(purpose->retired ? tr("Use &Again") : tr("Re&tire"));
    m_purposeInfo->setText(purpose->requiresDoubleOptIn
                               ? tr("By %1; counts once the e-mail address confirms it (double opt-in).")
                                     .arg(consentMediumName(purpose->medium).toLower())
                               : tr("By %1.").arg(consentMediumName(purpose->medium).toLower()));
    if (const auto texts = m_repository.texts(purpose->id)) {
        const QLocale locale;
        for (const ConsentText &t : *texts) {
            auto *item = new QListWidgetItem(tr("%1, from %2").arg(t.label(), locale.toString(t.createdAt.toLocalTime().date(), QLocale::ShortFormat)),
                                             m_texts);
            item->setData(Qt::UserRole, t.wording);
        }
    }
    m_texts->setCurrentRow(0);
}

void PurposesDialog::textChanged()
{
    const QListWidgetItem *item = m_texts->currentItem();
    m_wording->setPlainText(item ? item->data(Qt::UserRole).toString() : QString());
}

void PurposesDialog::showResult(const Result<void> &result)
{
    csvui::setMessage(m_error, result ? QString() : result.error().message);
    if (result)
        emit purposesChanged();
}

void PurposesDialog::addPurpose()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Purpose"));
    auto *name = new QLineEdit;
    auto *medium = new QComboBox;
    for (const ConsentMedium m : allConsentMedia())
        medium->addItem(consentMediumName(m), int(m));
    auto *doubleOptIn = new QCheckBox(tr("The e-mail address must confirm it (double opt-in)"));
    doubleOptIn->setChecked(true);
    connect(medium, &QComboBox::currentIndexChanged, doubleOptIn, [medium, doubleOptIn]() {
        doubleOptIn->setChecked(ConsentMedium(medium->currentData().toInt()) == ConsentMedium::Email);
    });
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Contact by:"), medium);
    form->addRow(QString(), doubleOptIn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = m_repository.addPurpose(name->text(), ConsentMedium(medium->currentData().toInt()),
                                            doubleOptIn->isChecked());
    if (!id) {
        csvui::setMessage(m_error, id.error().message);
        return;
    }
    showResult({});
    fillPurposes(*id);
}

void PurposesDialog::renamePurpose()
{
    const qint64 id = currentPurpose();
    const auto purpose = m_repository.purpose(id);
    if (!purpose)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Purpose"),
                                               tr("Name (leave empty for the standard name):"), QLineEdit::Normal,
                                               purpose->displayName(), &ok);
    if (!ok)
        return;
    showResult(m_repository.renamePurpose(id, name == ConsentPurpose::defaultName(purpose->code) ? QString() : name));
    fillPurposes(id);
}

void PurposesDialog::toggleRetired()
{
    const qint64 id = currentPurpose();
    const auto purpose = m_repository.purpose(id);
    if (!purpose)
        return;
    showResult(m_repository.setPurposeRetired(id, !purpose->retired));
    fillPurposes(id);
}

void PurposesDialog::addText()
{
    const qint64 id = currentPurpose();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Version of the Wording"));
    auto *language = new QComboBox;
    language->setEditable(true);
    for (const char *code : {"en", "nl", "nb"})
        language->addItem(QString::fromLatin1(code));
    language->setCurrentText(QLocale().name().left(2));
    auto *wording = new QPlainTextEdit;
    if (m_texts->currentItem())
        wording->setPlainText(m_texts->currentItem()->data(Qt::UserRole).toString());
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Language:"), language);
    form->addRow(tr("&Wording:"), wording);
    form->addRow(QString(), csvui::noteLabel(tr("Exactly as customers will see or hear it.")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog.resize(520, 300);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto added = m_repository.addText(id, language->currentText(), wording->toPlainText());
    showResult(added ? Result<void>{} : Result<void>(std::unexpected(added.error())));
    purposeChanged();
}

} // namespace relatio
