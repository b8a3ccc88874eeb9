// The customer detail editor: a form with inline validation and a warning for likely duplicates.
#pragma once

#include "customers/CustomerRepository.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QCompleter;
class QIcon;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStringListModel;
class QTabWidget;
class QTimer;

namespace relatio {

class CustomerEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerEditor(CustomerRepository &repository, QWidget *parent = nullptr);

    void showCustomer(const Customer &customer);
    void startNew();
    void clearCustomer();
    void reloadChoices();

    bool hasCustomer() const { return m_active; }
    bool isNew() const { return m_active && m_original.id == 0; }
    bool isModified() const;
    Customer original() const { return m_original; }
    Customer current() const;
    // The organisation typed for a person that does not exist yet (created on save).
    QString newOrganisationName() const;

    // Validates and, when valid, emits saveRequested. Returns false when the form has errors.
    bool save();
    // Drops unsaved changes.
    void cancel();
    void showError(const QString &message);
    void focusFirstField();

    // The card's tabs: Details (this form) is tab 0; other capabilities add theirs. Added tabs are
    // enabled only for a saved record.
    int addCardTab(QWidget *page, const QString &label);
    // A notice above the card's tabs that another capability shows and hides (sync conflicts).
    void addNotice(QWidget *notice);
    // The tab's text, with an optional tool tip and icon (an icon flags something to look at).
    void setCardTabText(int index, const QString &label, const QString &toolTip = {}, const QIcon &icon = {});
    void setCurrentCardTab(int index);
    int currentCardTab() const;

    QString messageFor(CustomerField field) const; // the inline message shown now, for tests
    QString duplicateWarning() const;

signals:
    void saveRequested(const Customer &before, const Customer &after, const QString &newOrganisation);
    void openCustomerRequested(qint64 id);
    void modifiedChanged(bool modified);
    // The card now shows this record (0 = none), as loaded or saved.
    void customerShown(qint64 id, bool deleted);

private:
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
        QWidget *label = nullptr;
    };

    void build();
    QLabel *addField(QFormLayout *form, CustomerField field, const QString &label, QWidget *editor);
    void load(const Customer &customer);
    void updateKind();
    void validateFields(bool all);
    void checkDuplicates();
    void organisationEdited(const QString &text);
    void formatPhone(QLineEdit *edit);
    void contentEdited();

    CustomerRepository &m_repository;
    Customer m_original;
    bool m_active = false;
    bool m_loading = false;
    bool m_lastModified = false;
    QSet<CustomerField> m_touched;
    QHash<CustomerField, Field> m_fields;
    QHash<QString, qint64> m_organisationIds;

    QLabel *m_title = nullptr;
    QLabel *m_banner = nullptr;
    QWidget *m_tabsAnchor = nullptr; // the card's tabs: notices go above them
    QLabel *m_errorBanner = nullptr;
    QWidget *m_form = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_placeholder = nullptr;
    QRadioButton *m_person = nullptr;
    QRadioButton *m_organisation = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_organisationName = nullptr;
    QLineEdit *m_memberOf = nullptr;
    QCompleter *m_orgCompleter = nullptr;
    QStringListModel *m_orgModel = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_emailAlt = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_externalId = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_stamps = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_duplicateTimer = nullptr;
};

} // namespace relatio
