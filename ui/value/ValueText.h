// How the value pages write a fit for people: its settings in a line, its parameters, and what
// the models assume, in plain words.
#pragma once

#include "value/ValueStore.h"

#include <QCoreApplication>

namespace relatio {

class ValueText
{
    Q_DECLARE_TR_FUNCTIONS(ValueText)

public:
    // "Analysed 5 Dec 2026 09:12 · purchases up to 2026-10-31, in weeks · CLV over 12 months at 1% a month · EUR"
    static QString settingsLine(const value::StoredFit &fit);
    // The parameters and log-likelihoods, plain text over a few lines (tool tips).
    static QString parametersText(const value::StoredFit &fit);
    // The model panel: parameters, log-likelihoods and the models' assumptions, as rich text.
    static QString modelHtml(const value::StoredFit &fit);
    // A rate as a percentage: 0.01 → "1%".
    static QString percent(double rate);
};

} // namespace relatio
