// The order line dialog.
#include "orders/PurchaseDialog.h"

#include "interactions/InteractionRepository.h"
#include "orders/Money.h"
#include "orders/PurchaseRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relatio {

PurchaseDialog::PurchaseDialog(DatabasePtr db, const Purchase &purchase, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_result(purchase)
{
    setWindowTitle(purchase.id > 0 ? tr("Edit Order") : tr("Add Order"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_date = new QDateEdit(purchase.orderedOn.isValid() ? purchase.orderedOn : QDate::currentDate());
    m_date->setCalendarPopup(true);
    // The short format with a four-digit year: a two-digit one would be read in the wrong century.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_date->setDisplayFormat(format);
    form->addRow(tr("&Date:"), m_date);

    m_orderId = new QLineEdit(purchase.externalId);
    m_orderId->setPlaceholderText(tr("the order's number in the shop or ERP (optional)"));
    form->addRow(tr("&Order id:"), m_orderId);

    // Products: the stored ones, or a new name typed in (added when saved).
    m_product = new QComboBox;
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->addItem(QString(), qint64(0));
    PurchaseRepository repository(m_db);
    if (const auto products = repository.products()) {
        for (const Product &p : *products) {
            m_product->addItem(p.displayName(), p.id);
            m_product->setItemData(m_product->count() - 1, p.category, Qt::UserRole + 1);
            m_product->setItemData(m_product->count() - 1, p.currency, Qt::UserRole + 2);
        }
    }
    m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_product->completer()->setFilterMode(Qt::MatchContains);
    m_product->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const int productIndex = m_product->findData(purchase.productId);
    m_product->setCurrentIndex(purchase.productId > 0 && productIndex >= 0 ? productIndex : 0);
    form->addRow(tr("&Product:"), m_product);

    m_category = new QLineEdit(purchase.category);
    m_category->setPlaceholderText(tr("for a new product"));
    form->addRow(tr("Ca&tegory:"), m_category);

    m_channel = new QComboBox;
    m_channel->addItem(tr("Not known"), qint64(0));
    if (const auto channels = InteractionRepository(m_db).channels(false))
        for (const Channel &c : *channels)
            if (!c.retired || c.id == purchase.channelId)
                m_channel->addItem(c.displayName(), c.id);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(purchase.channelId)));
    form->addRow(tr("C&hannel:"), m_channel);

    m_quantity = new QSpinBox;
    m_quantity->setRange(-1000000, 1000000);
    m_quantity->setValue(purchase.quantity == 0 ? 1 : purchase.quantity);
    m_quantity->setToolTip(tr("Negative for a return."));
    form->addRow(tr("&Quantity:"), m_quantity);

    auto *amountRow = new QHBoxLayout;
    m_amount = new QLineEdit;
    if (purchase.id > 0)
        m_amount->setText(QLocale().toString(Money::toMajor(purchase.amount, purchase.currency), 'f',
                                             std::max(0, Money::minorDigits(purchase.currency))));
    m_amount->setPlaceholderText(tr("line total, e.g. %1").arg(QLocale().toString(12.5, 'f', 2)));
    m_amount->setToolTip(tr("The total of the line. Negative for a refund."));
    m_currency = new QComboBox;
    m_currency->setEditable(true);
    m_currency->addItems(Money::currencies());
    m_currency->setCurrentText(purchase.currency.isEmpty() ? QStringLiteral("EUR") : purchase.currency);
    m_currency->setMinimumContentsLength(4);
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    form->addRow(tr("&Amount:"), amountRow);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    m_error->setObjectName(QStringLiteral("purchaseError"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PurchaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_product, &QComboBox::currentIndexChanged, this, &PurchaseDialog::productChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    (purchase.id > 0 ? static_cast<QWidget *>(m_amount) : m_date)->setFocus();
}

void PurchaseDialog::productChosen()
{
    const int i = m_product->currentIndex();
    if (i <= 0)
        return;
    m_category->setText(m_product->itemData(i, Qt::UserRole + 1).toString());
    const QString currency = m_product->itemData(i, Qt::UserRole + 2).toString();
    if (!currency.isEmpty() && m_amount->text().trimmed().isEmpty())
        m_currency->setCurrentText(currency);
}

void PurchaseDialog::accept()
{
    auto problem = [this](QWidget *field, const QString &message) {
        m_error->setText(message);
        m_error->setVisible(true);
        field->setFocus();
    };
    Purchase p = m_result;
    p.orderedOn = m_date->date();
    p.externalId = m_orderId->text().trimmed();
    p.quantity = m_quantity->value();
    if (p.quantity == 0)
        return problem(m_quantity, tr("The quantity cannot be 0; a return has a negative quantity."));
    p.channelId = m_channel->currentData().toLongLong();
    p.currency = m_currency->currentText().trimmed().toUpper();
    if (!Money::isCurrency(p.currency))
        return problem(m_currency, tr("“%1” is not a currency code; choose one such as EUR or NOK.").arg(p.currency));
    const auto amount = Money::parse(m_amount->text(), p.currency);
    if (!amount)
        return problem(m_amount, amount.error().message);
    p.amount = *amount;

    // The product: the one picked, or the text typed (found by SKU or name, else added).
    const QString typed = m_product->currentText().simplified();
    const int index = m_product->currentIndex();
    PurchaseRepository repository(m_db);
    if (typed.isEmpty()) {
        p.productId = 0;
    } else if (index > 0 && m_product->itemText(index) == typed) {
        p.productId = m_product->itemData(index).toLongLong();
    } else {
        auto found = repository.findProduct(typed);
        if (found && *found == 0)
            found = repository.ensureProduct(QString(), typed, m_category->text());
        if (!found)
            return problem(m_product, found.error().message);
        p.productId = *found;
    }
    if (const auto valid = repository.validate(p); !valid)
        return problem(m_date, valid.error().message);
    m_result = p;
    QDialog::accept();
}

} // namespace relatio
