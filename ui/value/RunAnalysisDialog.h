// Asks for the settings of a value analysis: calibration end (or the last purchase day), time
// unit, CLV horizon and monthly discount rate, and the currency.
#pragma once

#include "value/ValueStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace relatio {

class RunAnalysisDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RunAnalysisDialog(const value::ValueSettings &initial, QWidget *parent = nullptr);

    value::ValueSettings settings() const;

private:
    QCheckBox *m_lastPurchase;
    QDateEdit *m_calibrationEnd;
    QComboBox *m_unit;
    QSpinBox *m_months;
    QDoubleSpinBox *m_discount;
    QLineEdit *m_currency;
};

} // namespace relatio
