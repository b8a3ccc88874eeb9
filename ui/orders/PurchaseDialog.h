// Adding or changing one order line: day, order id, product (picked or typed), category, channel,
// quantity, amount and currency.
#pragma once

#include "orders/Purchase.h"
#include "store/Database.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace relatio {

class PurchaseDialog : public QDialog
{
    Q_OBJECT

public:
    // purchase: the line to change, or a new one (id 0) with its customer and defaults.
    PurchaseDialog(DatabasePtr db, const Purchase &purchase, QWidget *parent = nullptr);

    // The line as entered; a product typed that is not stored yet is added when accepted.
    Purchase purchase() const { return m_result; }

    void accept() override;

    // For tests: the fields.
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *productBox() const { return m_product; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }
    QSpinBox *quantityBox() const { return m_quantity; }

private:
    void productChosen();

    DatabasePtr m_db;
    Purchase m_result;
    QDateEdit *m_date;
    QLineEdit *m_orderId;
    QComboBox *m_product;
    QLineEdit *m_category;
    QComboBox *m_channel;
    QSpinBox *m_quantity;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace relatio
