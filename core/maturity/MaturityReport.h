// The maturity result as a report: plain text for the terminal, HTML for printing and PDF, and
// JSON for scripts. The same content in each.
#pragma once

#include "maturity/Scoring.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace relatio::maturity {

class MaturityReport
{
    Q_DECLARE_TR_FUNCTIONS(MaturityReport)

public:
    static QString text(const MaturityResult &result);
    static QString html(const MaturityResult &result);
    static QJsonObject json(const MaturityResult &result);
    // The evidence figure as shown: "87%", or "not measured yet".
    static QString valueText(const EvidenceValue &value);
};

} // namespace relatio::maturity
