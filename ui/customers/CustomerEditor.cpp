// Customer editor form.
#include "customers/CustomerEditor.h"

#include "customers/PhoneNumbers.h"
#include "customers/Validation.h"
#include "i18n/Countries.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStringListModel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace relatio {

namespace {

QLabel *sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QString joinTags(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString s = t.simplified();
        if (!s.isEmpty())
            tags.append(s);
    }
    return tags;
}

} // namespace

CustomerEditor::CustomerEditor(CustomerRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
{
    build();
    clearCustomer();
}

QLabel *CustomerEditor::addField(QFormLayout *form, CustomerField field, const QString &label, QWidget *editor)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *message = new QLabel;
    message->setObjectName(QStringLiteral("fieldMessage"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    message->setVisible(false);
    layout->addWidget(message);
    auto *labelWidget = new QLabel(label);
    labelWidget->setBuddy(editor);
    form->addRow(labelWidget, box);
    m_fields.insert(field, Field{editor, message, labelWidget});
    return message;
}

void CustomerEditor::build()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(tr("Select a customer in the list, or press Ctrl+N to add one."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: palette(mid); padding: 24px;"));
    outer->addWidget(m_placeholder);

    m_form = new QWidget;
    auto *formOuter = new QVBoxLayout(m_form);
    formOuter->setContentsMargins(12, 8, 12, 8);

    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    formOuter->addWidget(m_title);

    m_errorBanner = new QLabel;
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setStyleSheet(QStringLiteral(
        "background: #fdecea; color: #8c1d18; border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px;"));
    m_errorBanner->setVisible(false);
    formOuter->addWidget(m_errorBanner);

    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fff4e5; color: #5f3b00; border: 1px solid #ffd8a8; border-radius: 4px; padding: 6px;"));
    m_banner->setVisible(false);
    connect(m_banner, &QLabel::linkActivated, this,
            [this](const QString &link) { emit openCustomerRequested(link.toLongLong()); });
    formOuter->addWidget(m_banner);

    // The card: the details form, and the tabs other capabilities add (contacts, follow-ups).
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    m_tabs->addTab(m_details, tr("&Details"));
    formOuter->addWidget(m_tabs, 1);
    m_tabsAnchor = m_tabs;

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    scroll->setWidget(content);
    detailsLayout->addWidget(scroll, 1);

    // Kind
    auto *kindBox = new QWidget;
    auto *kindLayout = new QHBoxLayout(kindBox);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    m_person = new QRadioButton(tr("&Person"));
    m_organisation = new QRadioButton(tr("Or&ganisation"));
    auto *kindGroup = new QButtonGroup(this);
    kindGroup->addButton(m_person);
    kindGroup->addButton(m_organisation);
    kindLayout->addWidget(m_person);
    kindLayout->addWidget(m_organisation);
    kindLayout->addStretch();
    addField(form, CustomerField::Kind, tr("Kind:"), kindBox);
    connect(m_person, &QRadioButton::toggled, this, [this]() {
        updateKind();
        contentEdited();
    });

    m_givenName = new QLineEdit;
    m_familyName = new QLineEdit;
    m_familyName->setPlaceholderText(tr("including van, de, ter …"));
    m_organisationName = new QLineEdit;
    m_memberOf = new QLineEdit;
    m_memberOf->setPlaceholderText(tr("Type to find an organisation"));
    m_orgModel = new QStringListModel(this);
    m_orgCompleter = new QCompleter(m_orgModel, this);
    m_orgCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_orgCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_memberOf->setCompleter(m_orgCompleter);
    addField(form, CustomerField::GivenName, tr("Given name:"), m_givenName);
    addField(form, CustomerField::FamilyName, tr("Family name:"), m_familyName);
    addField(form, CustomerField::OrganisationName, tr("Name:"), m_organisationName);
    addField(form, CustomerField::Organisation, tr("Organisation:"), m_memberOf);
    connect(m_memberOf, &QLineEdit::textEdited, this, &CustomerEditor::organisationEdited);

    form->addRow(sectionTitle(tr("Contact")));
    m_email = new QLineEdit;
    m_email->setPlaceholderText(tr("name@example.com"));
    m_emailAlt = new QLineEdit;
    m_mobile = new QLineEdit;
    m_phone = new QLineEdit;
    addField(form, CustomerField::Email, tr("E-mail:"), m_email);
    addField(form, CustomerField::EmailAlt, tr("Other e-mail:"), m_emailAlt);
    addField(form, CustomerField::Mobile, tr("Mobile:"), m_mobile);
    addField(form, CustomerField::Phone, tr("Phone:"), m_phone);
    for (QLineEdit *phone : {m_mobile, m_phone})
        connect(phone, &QLineEdit::editingFinished, this, [this, phone]() { formatPhone(phone); });

    form->addRow(sectionTitle(tr("Address")));
    m_street = new QLineEdit;
    m_postcode = new QLineEdit;
    m_postcode->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 MMM")) + 24);
    m_city = new QLineEdit;
    m_country = new QComboBox;
    m_country->addItem(tr("(none)"), QString());
    for (const QString &code : Countries::commonCodes())
        m_country->addItem(Countries::name(code), code);
    addField(form, CustomerField::Street, tr("Street:"), m_street);
    addField(form, CustomerField::Postcode, tr("Postcode:"), m_postcode);
    addField(form, CustomerField::City, tr("City:"), m_city);
    addField(form, CustomerField::Country, tr("Country:"), m_country);

    form->addRow(sectionTitle(tr("Relationship")));
    m_language = new QComboBox;
    m_language->addItem(tr("(none)"), QString());
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("Norwegian (Bokmål)"), QStringLiteral("nb"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_owner = new QComboBox;
    m_tags = new QLineEdit;
    m_tags->setPlaceholderText(tr("comma-separated, e.g. customer, VIP"));
    m_externalId = new QLineEdit;
    m_externalId->setToolTip(tr("The customer's number in another system, such as the accounts; imports match on it"));
    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    addField(form, CustomerField::Language, tr("Language:"), m_language);
    addField(form, CustomerField::Owner, tr("Owner:"), m_owner);
    addField(form, CustomerField::Tags, tr("Tags:"), m_tags);
    addField(form, CustomerField::ExternalId, tr("External id:"), m_externalId);
    addField(form, CustomerField::Notes, tr("Notes:"), m_notes);

    m_stamps = new QLabel;
    m_stamps->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_stamps->setWordWrap(true);
    detailsLayout->addWidget(m_stamps);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Drop unsaved changes (Escape)"));
    m_saveButton = new QPushButton(tr("Save"));
    m_saveButton->setToolTip(tr("Save changes (Ctrl+S)"));
    m_saveButton->setDefault(true);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);
    detailsLayout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerEditor::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &CustomerEditor::cancel);

    outer->addWidget(m_form);

    // Any edit: track modification and validate; fields are marked touched when left.
    for (QLineEdit *edit : {m_givenName, m_familyName, m_organisationName, m_memberOf, m_email, m_emailAlt, m_mobile,
                            m_phone, m_street, m_postcode, m_city, m_tags, m_externalId}) {
        connect(edit, &QLineEdit::textChanged, this, &CustomerEditor::contentEdited);
        // Enter in a field saves, as in most record editors.
        connect(edit, &QLineEdit::returnPressed, this, [this, edit]() {
            if (!(edit == m_memberOf && m_orgCompleter->popup()->isVisible()))
                save();
        });
    }
    for (QComboBox *combo : {m_country, m_language, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerEditor::contentEdited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CustomerEditor::contentEdited);
    auto touch = [this](CustomerField field) {
        m_touched.insert(field);
        validateFields(false);
        m_duplicateTimer->start();
    };
    const QList<std::pair<QLineEdit *, CustomerField>> touchable = {
        {m_givenName, CustomerField::GivenName}, {m_familyName, CustomerField::FamilyName},
        {m_organisationName, CustomerField::OrganisationName}, {m_memberOf, CustomerField::Organisation},
        {m_email, CustomerField::Email}, {m_emailAlt, CustomerField::EmailAlt}, {m_mobile, CustomerField::Mobile},
        {m_phone, CustomerField::Phone}, {m_postcode, CustomerField::Postcode}, {m_city, CustomerField::City}};
    for (const auto &[edit, field] : touchable) {
        const CustomerField f = field;
        connect(edit, &QLineEdit::editingFinished, this, [touch, f]() { touch(f); });
    }
    connect(m_country, &QComboBox::currentIndexChanged, this, [touch]() { touch(CustomerField::Country); });

    m_duplicateTimer = new QTimer(this);
    m_duplicateTimer->setSingleShot(true);
    m_duplicateTimer->setInterval(250);
    connect(m_duplicateTimer, &QTimer::timeout, this, &CustomerEditor::checkDuplicates);

    reloadChoices();
}

void CustomerEditor::reloadChoices()
{
    const QVariant current = m_owner->currentData();
    const bool wasLoading = std::exchange(m_loading, true);
    m_owner->clear();
    m_owner->addItem(tr("(nobody)"), qint64(0));
    for (const NamedItem &owner : m_repository.owners())
        m_owner->addItem(owner.name, owner.id);
    const int index = m_owner->findData(current);
    m_owner->setCurrentIndex(index >= 0 ? index : 0);
    m_loading = wasLoading;
}

void CustomerEditor::showCustomer(const Customer &customer)
{
    m_original = customer;
    m_active = true;
    load(customer);
}

void CustomerEditor::startNew()
{
    Customer blank;
    blank.country = m_original.country.isEmpty() ? QStringLiteral("NL") : m_original.country;
    blank.language = m_original.language;
    blank.ownerId = m_original.ownerId;
    m_original = blank;
    m_active = true;
    load(blank);
    focusFirstField();
}

void CustomerEditor::clearCustomer()
{
    m_active = false;
    m_original = Customer();
    m_form->setVisible(false);
    m_placeholder->setVisible(true);
    if (std::exchange(m_lastModified, false))
        emit modifiedChanged(false);
    emit customerShown(0, false);
}

void CustomerEditor::load(const Customer &c)
{
    m_loading = true;
    m_touched.clear();
    m_errorBanner->setVisible(false);
    m_banner->setVisible(false);
    (c.kind == CustomerKind::Organisation ? m_organisation : m_person)->setChecked(true);
    m_givenName->setText(c.givenName);
    m_familyName->setText(c.familyName);
    m_organisationName->setText(c.organisationName);
    m_memberOf->setText(c.organisationLabel);
    m_organisationIds.clear();
    if (c.organisationId > 0)
        m_organisationIds.insert(c.organisationLabel, c.organisationId);
    m_email->setText(c.email);
    m_emailAlt->setText(c.emailAlt);
    m_mobile->setText(PhoneNumbers::display(c.mobile, c.country));
    m_phone->setText(PhoneNumbers::display(c.phone, c.country));
    m_street->setText(c.street);
    m_postcode->setText(c.postcode);
    m_city->setText(c.city);
    int country = m_country->findData(c.country);
    if (country < 0 && !c.country.isEmpty()) {
        m_country->addItem(Countries::name(c.country), c.country);
        country = m_country->count() - 1;
    }
    m_country->setCurrentIndex(std::max(country, 0));
    int language = m_language->findData(c.language);
    if (language < 0 && !c.language.isEmpty()) {
        m_language->addItem(c.language, c.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(std::max(language, 0));
    if (c.ownerId > 0 && m_owner->findData(c.ownerId) < 0)
        reloadChoices(); // an owner added since the list was read
    m_owner->setCurrentIndex(std::max(m_owner->findData(c.ownerId), 0));
    m_tags->setText(joinTags(c.tags));
    m_externalId->setText(c.externalId);
    m_notes->setPlainText(c.notes);

    const QLocale locale;
    if (c.id > 0) {
        QString stamps = tr("Created %1").arg(locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat))
            + QLatin1Char('\n')
            + tr("Updated %1").arg(locale.toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (c.isDeleted())
            stamps += QLatin1Char('\n')
                + tr("Deleted %1. Restore it to edit it again.")
                      .arg(locale.toString(c.deletedAt.toLocalTime(), QLocale::ShortFormat));
        m_stamps->setText(stamps);
    } else {
        m_stamps->setText(tr("Not saved yet."));
    }
    m_form->setEnabled(true);
    for (QLineEdit *edit : m_details->findChildren<QLineEdit *>())
        edit->setReadOnly(c.isDeleted());
    m_notes->setReadOnly(c.isDeleted());
    m_saveButton->setEnabled(!c.isDeleted());
    updateKind();
    m_loading = false;
    validateFields(false);
    m_placeholder->setVisible(false);
    m_form->setVisible(true);
    // A record not saved yet has no contacts or follow-ups.
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, c.id > 0);
    if (c.id == 0)
        m_tabs->setCurrentIndex(0);
    if (std::exchange(m_lastModified, false))
        emit modifiedChanged(false);
    emit customerShown(c.id, c.isDeleted());
}

void CustomerEditor::updateKind()
{
    const bool person = m_person->isChecked();
    for (CustomerField f : {CustomerField::GivenName, CustomerField::FamilyName, CustomerField::Organisation}) {
        m_fields[f].label->setVisible(person);
        m_fields[f].editor->parentWidget()->setVisible(person);
    }
    m_fields[CustomerField::OrganisationName].label->setVisible(!person);
    m_fields[CustomerField::OrganisationName].editor->parentWidget()->setVisible(!person);
    m_fields[CustomerField::Mobile].label->setVisible(person);
    m_fields[CustomerField::Mobile].editor->parentWidget()->setVisible(person);
    const QString name = current().displayName();
    if (isNew())
        m_title->setText(name.isEmpty() ? (person ? tr("New person") : tr("New organisation")) : name);
    else
        m_title->setText(name.isEmpty() ? tr("(no name)") : name);
}

Customer CustomerEditor::current() const
{
    Customer c = m_original;
    c.kind = m_organisation->isChecked() ? CustomerKind::Organisation : CustomerKind::Person;
    c.givenName = m_givenName->text();
    c.familyName = m_familyName->text();
    c.organisationName = m_organisationName->text();
    const QString member = m_memberOf->text().simplified();
    c.organisationLabel = member;
    c.organisationId = member.isEmpty() ? 0 : m_organisationIds.value(member, 0);
    c.email = m_email->text();
    c.emailAlt = m_emailAlt->text();
    c.mobile = m_mobile->text();
    c.phone = m_phone->text();
    c.street = m_street->text();
    c.postcode = m_postcode->text();
    c.city = m_city->text();
    c.country = m_country->currentData().toString();
    c.language = m_language->currentData().toString();
    c.ownerId = m_owner->currentData().toLongLong();
    c.ownerName = c.ownerId > 0 ? m_owner->currentText() : QString();
    c.tags = splitTags(m_tags->text());
    c.externalId = m_externalId->text();
    c.notes = m_notes->toPlainText();
    if (c.kind == CustomerKind::Organisation) {
        c.organisationId = 0;
        c.organisationLabel.clear();
    }
    return c;
}

QString CustomerEditor::newOrganisationName() const
{
    if (!m_person->isChecked())
        return {};
    const QString member = m_memberOf->text().simplified();
    return !member.isEmpty() && !m_organisationIds.contains(member) ? member : QString();
}

bool CustomerEditor::isModified() const
{
    if (!m_active)
        return false;
    const ValidationResult now = CustomerValidator::validate(current());
    const ValidationResult before = CustomerValidator::validate(m_original);
    return !now.normalised.sameContent(before.normalised) || !newOrganisationName().isEmpty()
        || (m_original.id == 0 && !current().displayName().isEmpty());
}

void CustomerEditor::contentEdited()
{
    if (m_loading)
        return;
    m_errorBanner->setVisible(false);
    updateKind();
    validateFields(false);
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void CustomerEditor::organisationEdited(const QString &text)
{
    QStringList names;
    for (const NamedItem &org : m_repository.organisationsStartingWith(text.simplified(), 15)) {
        m_organisationIds.insert(org.name, org.id);
        if (!names.contains(org.name))
            names.append(org.name);
    }
    m_orgModel->setStringList(names);
}

void CustomerEditor::formatPhone(QLineEdit *edit)
{
    const QString region = m_country->currentData().toString();
    if (auto e164 = PhoneNumbers::toE164(edit->text(), region.isEmpty() ? QStringLiteral("NL") : region);
        e164 && !e164->isEmpty())
        edit->setText(PhoneNumbers::display(*e164, region));
}

void CustomerEditor::validateFields(bool all)
{
    if (all)
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            m_touched.insert(it.key());
    const ValidationResult result = CustomerValidator::validate(current());
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QString message = m_touched.contains(it.key()) ? result.messageFor(it.key()) : QString();
        if (it.key() == CustomerField::Organisation && m_touched.contains(it.key()) && message.isEmpty()) {
            const QString created = newOrganisationName();
            if (!created.isEmpty())
                message = tr("No organisation \"%1\" yet: it will be created when you save.").arg(created);
        }
        it->message->setText(message);
        it->message->setStyleSheet(it.key() == CustomerField::Organisation && !newOrganisationName().isEmpty()
                                       ? QStringLiteral("color: #5f3b00;")
                                       : QStringLiteral("color: #b3261e;"));
        it->message->setVisible(!message.isEmpty());
    }
}

void CustomerEditor::checkDuplicates()
{
    if (!m_active || m_original.isDeleted()) {
        m_banner->setVisible(false);
        return;
    }
    const Customer c = current();
    const QList<SimilarCustomer> similar = m_repository.findSimilar(c, 3);
    if (similar.isEmpty()) {
        m_banner->setVisible(false);
        return;
    }
    QStringList lines;
    for (const SimilarCustomer &s : similar) {
        const QString reason = s.reason == SimilarCustomer::Reason::SameEmail ? tr("same e-mail address")
                                                                               : tr("same name in %1").arg(s.city.toHtmlEscaped());
        lines.append(QStringLiteral("<a href=\"%1\">%2</a> (%3)").arg(s.id).arg(s.displayName.toHtmlEscaped(), reason));
    }
    m_banner->setText(tr("This looks like an existing customer: %1. You can still save it.")
                          .arg(lines.join(QStringLiteral(", "))));
    m_banner->setVisible(true);
}

QString CustomerEditor::duplicateWarning() const
{
    return !m_banner->isHidden() ? m_banner->text() : QString();
}

QString CustomerEditor::messageFor(CustomerField field) const
{
    const auto it = m_fields.constFind(field);
    return it != m_fields.constEnd() && !it->message->isHidden() ? it->message->text() : QString();
}

bool CustomerEditor::save()
{
    if (!m_active || m_original.isDeleted())
        return false;
    validateFields(true);
    const ValidationResult result = CustomerValidator::validate(current());
    if (!result.isValid()) {
        m_tabs->setCurrentIndex(0);
        const auto first = m_fields.value(result.issues.constFirst().field);
        if (first.editor)
            first.editor->setFocus();
        return false;
    }
    emit saveRequested(m_original, current(), newOrganisationName());
    return true;
}

void CustomerEditor::cancel()
{
    if (!m_active)
        return;
    if (m_original.id == 0)
        clearCustomer();
    else
        load(m_original);
}

void CustomerEditor::showError(const QString &message)
{
    m_errorBanner->setText(message);
    m_errorBanner->setVisible(true);
}

void CustomerEditor::addNotice(QWidget *notice)
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_form->layout());
    layout->insertWidget(layout->indexOf(m_tabsAnchor), notice);
}

int CustomerEditor::addCardTab(QWidget *page, const QString &label)
{
    const int index = m_tabs->addTab(page, label);
    m_tabs->setTabEnabled(index, m_active && m_original.id > 0);
    // QStackedLayout lowers a tab added behind the current one, which puts it first among the
    // stack's children; keep the form first, so findChildren() still walks its fields in order.
    m_details->lower();
    return index;
}

void CustomerEditor::setCardTabText(int index, const QString &label, const QString &toolTip, const QIcon &icon)
{
    m_tabs->setTabText(index, label);
    m_tabs->setTabToolTip(index, toolTip);
    m_tabs->setTabIcon(index, icon);
}

void CustomerEditor::setCurrentCardTab(int index)
{
    if (m_tabs->isTabEnabled(index))
        m_tabs->setCurrentIndex(index);
}

int CustomerEditor::currentCardTab() const
{
    return m_tabs->currentIndex();
}

void CustomerEditor::focusFirstField()
{
    m_tabs->setCurrentIndex(0);
    (m_person->isChecked() ? m_givenName : m_organisationName)->setFocus();
}

} // namespace relatio
