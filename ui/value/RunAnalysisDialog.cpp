// The settings of a value analysis.
#include "value/RunAnalysisDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace relatio {

using namespace relatio::value;

RunAnalysisDialog::RunAnalysisDialog(const ValueSettings &initial, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Run value analysis"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Fits the purchase and spend models to the order history, scores every customer's "
                                "recency, frequency and spend, and computes the lifetime value. It runs in the "
                                "background; the previous result stays until the new one is complete."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_lastPurchase = new QCheckBox(tr("The last purchase day"));
    m_calibrationEnd = new QDateEdit;
    m_calibrationEnd->setCalendarPopup(true);
    m_calibrationEnd->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_calibrationEnd->setDate(initial.calibrationEnd.isValid() ? initial.calibrationEnd : QDate::currentDate());
    m_lastPurchase->setChecked(!initial.calibrationEnd.isValid());
    m_calibrationEnd->setEnabled(initial.calibrationEnd.isValid());
    connect(m_lastPurchase, &QCheckBox::toggled, m_calibrationEnd, [this](bool last) { m_calibrationEnd->setEnabled(!last); });
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(m_lastPurchase);
    endRow->addWidget(m_calibrationEnd);
    endRow->addStretch();
    auto *endLabel = new QLabel(tr("&Calibration end:"));
    endLabel->setBuddy(m_lastPurchase);
    endLabel->setToolTip(tr("The models see the purchases up to and including this day"));
    form->addRow(endLabel, endRow);

    m_unit = new QComboBox;
    m_unit->addItem(tr("Weeks"), int(TimeUnit::Week));
    m_unit->addItem(tr("Days"), int(TimeUnit::Day));
    m_unit->addItem(tr("Months"), int(TimeUnit::Month));
    m_unit->setCurrentIndex(m_unit->findData(int(initial.unit)));
    m_unit->setToolTip(tr("The unit the models count time in; it changes the parameters, hardly the results"));
    form->addRow(tr("Time &unit:"), m_unit);

    m_months = new QSpinBox;
    m_months->setRange(1, 120);
    m_months->setValue(std::clamp(initial.clv.months, 1, 120));
    m_months->setSuffix(tr(" months"));
    form->addRow(tr("CLV &horizon:"), m_months);

    m_discount = new QDoubleSpinBox;
    m_discount->setRange(0, 100);
    m_discount->setDecimals(2);
    m_discount->setSingleStep(0.25);
    m_discount->setValue(initial.clv.monthlyDiscountRate * 100);
    m_discount->setSuffix(tr("% a month"));
    m_discount->setToolTip(tr("1% a month is about 12.7% a year"));
    form->addRow(tr("&Discount rate:"), m_discount);

    m_currency = new QLineEdit(initial.currency);
    m_currency->setPlaceholderText(tr("The most common one"));
    m_currency->setMaxLength(3);
    m_currency->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setToolTip(tr("Purchases in other currencies are left out, and counted"));
    form->addRow(tr("C&urrency:"), m_currency);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

ValueSettings RunAnalysisDialog::settings() const
{
    ValueSettings s;
    if (!m_lastPurchase->isChecked())
        s.calibrationEnd = m_calibrationEnd->date();
    s.unit = TimeUnit(m_unit->currentData().toInt());
    s.clv.months = m_months->value();
    s.clv.monthlyDiscountRate = m_discount->value() / 100.0;
    s.currency = m_currency->text().trimmed().toUpper();
    return s;
}

} // namespace relatio
