// The customer-value analysis, step by step.
#include "value/ValueAnalysis.h"

namespace relatio::value {

Result<ValueAnalysis> CustomerValueAnalysis::run(std::span<const Transaction> transactions,
                                                 const ValueAnalysisOptions &options)
{
    const auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    const auto cancelError = [] { return fail(Error::Code::Cancelled, tr("Cancelled.")); };

    ValueAnalysis analysis;
    auto summaries = CustomerSummaries::fromTransactions(transactions, options.calibrationEnd, options.unit);
    if (!summaries)
        return std::unexpected(summaries.error());
    analysis.summaries = std::move(*summaries);
    if (cancelled())
        return cancelError();

    auto purchases = BgNbd::fit(analysis.summaries, options.fit);
    if (!purchases)
        return std::unexpected(purchases.error());
    analysis.purchases = *purchases;
    if (cancelled())
        return cancelError();

    auto spend = GammaGamma::fit(analysis.summaries, options.fit);
    if (!spend)
        return std::unexpected(spend.error());
    analysis.spend = *spend;
    if (cancelled())
        return cancelError();

    auto clv = Clv::estimate(analysis.purchases.params, analysis.spend.params, analysis.summaries, options.unit,
                             options.clv, options.cancel);
    if (!clv)
        return std::unexpected(clv.error());
    if (cancelled())
        return cancelError();

    const std::vector<RfmScore> rfm = Rfm::score(analysis.summaries, options.calibrationEnd);
    analysis.values.resize(analysis.summaries.size());
    for (size_t i = 0; i < analysis.values.size(); ++i)
        analysis.values[i] = {(*clv)[i], rfm[i]};
    return analysis;
}

} // namespace relatio::value
