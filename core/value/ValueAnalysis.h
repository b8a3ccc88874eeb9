// The whole customer-value analysis of a transaction log: summaries, both models, CLV and RFM.
#pragma once

#include "value/Clv.h"
#include "value/Rfm.h"

#include <atomic>

namespace relatio::value {

struct ValueAnalysisOptions
{
    QDate calibrationEnd;               // the models see purchases up to and including this day
    TimeUnit unit = TimeUnit::Week;
    ClvOptions clv;
    FitOptions fit;
    const std::atomic_bool *cancel = nullptr; // checked between steps and every few thousand customers
};

struct CustomerValue
{
    ClvEstimate clv;
    RfmScore rfm;
};

struct ValueAnalysis
{
    std::vector<CustomerSummary> summaries;   // sorted by customer key
    std::vector<CustomerValue> values;        // one per summary, same order
    BgNbdFit purchases;
    GammaGammaFit spend;
};

class CustomerValueAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(CustomerValueAnalysis)

public:
    // Fails with the first step's error (see CustomerSummaries, BgNbd::fit, GammaGamma::fit and
    // Clv::estimate), or Error::Code::Cancelled.
    static Result<ValueAnalysis> run(std::span<const Transaction> transactions, const ValueAnalysisOptions &options);
};

} // namespace relatio::value
