// The Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV"; Fader &
// Hardie 2013): fit by maximum likelihood, and the expected mean spend of a customer.
//
// A customer's purchase values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, so the
// customer's mean value is p/ν. The likelihood of a customer with x repeat purchases of mean
// value z̄ is the density of that mean (the one the Python package lifetimes maximises):
//
//   ln f = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄)
//
// The model assumes spend does not depend on how often a customer buys.
#pragma once

#include "value/CustomerSummary.h"
#include "value/Minimise.h"

#include <optional>

namespace relatio::value {

struct GammaGammaParams
{
    double p = 0;
    double q = 0;
    double gamma = 0;
};

struct GammaGammaFit
{
    GammaGammaParams params;
    double logLikelihood = 0;                       // total over the customers fitted, at params
    std::optional<GammaGammaParams> standardErrors; // from the inverse Hessian; none when singular
    int customers = 0;                              // customers fitted: x > 0 and z̄ > 0
    int skipped = 0;                                // customers with x > 0 but z̄ ≤ 0, left out
    int iterations = 0;
};

class GammaGamma
{
    Q_DECLARE_TR_FUNCTIONS(GammaGamma)

public:
    // Maximum likelihood over p, q, γ (in their logarithms, analytic gradients) on the customers
    // with a repeat purchase. Those whose repeat purchases have a mean value of zero or less (free
    // items, refunds) are skipped and counted in `skipped`: a Gamma density has no mass there, so
    // one of them would make the likelihood −∞. Customers with x = 0 carry no spend information.
    // Fails when no customer is left, on values that are not finite, when the search does not
    // converge or ends at the edge of the parameter space (p or q outside 1e-6 … 1e6, γ outside
    // 1e-9 … 1e9 times the mean z̄: no maximum, typically a handful of customers or spend that
    // does not vary between them), and when the fitted q ≤ 1 (the model then gives spend no
    // finite mean).
    static Result<GammaGammaFit> fit(std::span<const CustomerSummary> customers, const FitOptions &options = {});

    static double logLikelihood(const GammaGammaParams &params, std::span<const CustomerSummary> customers);

    // E[mean spend | x, z̄] = (γ + x z̄) · p / (px + q − 1), a weighted mean of the population mean
    // pγ/(q−1) and the customer's own z̄ (x = 0 gives the population mean). A z̄ below zero counts
    // as zero. Needs q > 1 (what fit guarantees); with other parameters, where px + q ≤ 1, the mean
    // is infinite and the customer's own z̄ is returned instead.
    static double expectedSpend(const GammaGammaParams &params, int x, double zbar);
    static double populationMeanSpend(const GammaGammaParams &params);
};

} // namespace relatio::value
