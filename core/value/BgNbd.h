// The BG/NBD model of repeat purchasing (Fader, Hardie & Lee 2005, "Counting Your Customers the
// Easy Way"): fit by maximum likelihood, and what it predicts for a customer.
//
// While alive a customer buys at Poisson rate λ, λ ~ Gamma(r, α) across customers; after every
// purchase they drop out with probability p, p ~ Beta(a, b). Times are in the TimeUnit the
// summaries were made in. For one customer with x repeat purchases, the last at t_x, observed for T:
//
//   L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
//       + [x > 0] · B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x))
//
// computed as ln of the first term plus softplus(ln a − ln(b+x−1) + (r+x) ln((α+T)/(α+t_x))),
// which neither overflows for large x nor cancels when t_x = T.
#pragma once

#include "value/CustomerSummary.h"
#include "value/Minimise.h"

#include <optional>

namespace relatio::value {

struct BgNbdParams
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

struct BgNbdFit
{
    BgNbdParams params;
    double logLikelihood = 0;                   // total over the customers, at params
    std::optional<BgNbdParams> standardErrors;  // from the inverse Hessian; none when it is singular
    int customers = 0;
    int iterations = 0;
};

class BgNbd
{
    Q_DECLARE_TR_FUNCTIONS(BgNbd)

public:
    // Maximum likelihood over r, α, a, b, searched in their logarithms (so they stay positive) with
    // analytic gradients; customers with equal (x, t_x, T) are evaluated once, with a weight.
    // Fails on no customers, on a summary that is not a possible observation (x < 0, t_x < 0,
    // t_x > T, not finite), when no customer has a repeat purchase (then the likelihood has no
    // maximum), when the search does not converge, and when it ends at the edge of the parameter
    // space (r, a or b outside 1e-6 … 1e6, α outside that times the mean T): the likelihood then
    // has no maximum either, typically with a handful of customers or no heterogeneity.
    static Result<BgNbdFit> fit(std::span<const CustomerSummary> customers, const FitOptions &options = {});

    static double logLikelihood(const BgNbdParams &params, std::span<const CustomerSummary> customers);
    static double logLikelihood(const BgNbdParams &params, int x, double tx, double T);

    // P(the customer is still alive at T | x, t_x, T); 1 when x = 0.
    static double probabilityAlive(const BgNbdParams &params, int x, double tx, double T);

    // E[Y(t) | x, t_x, T]: expected purchases in (T, T + t].
    //   = P(alive) · (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
    static double expectedPurchases(const BgNbdParams &params, double t, int x, double tx, double T);

    // The bracketed factor above: expected purchases in (T, T + t] of a customer known to be alive.
    // It depends on x and T only. With z = t/(α+T+t), evaluated after Euler's transformation,
    // which turns the product into (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), so that the
    // division by a−1 is done analytically (no cancellation near a = 1); for a·z > 50, where that
    // series would need too many terms, by the plain series with a carried scale. The series
    // need about 37·(1 + t/(α+T)) terms and are cut at two million, which bounds the horizon to
    // some 50,000 × (α+T) before the result falls short. Checked against mpmath to 1e-9.
    static double expectedPurchasesIfAlive(const BgNbdParams &params, double t, int x, double T);

    // E[X(t)] for a customer just acquired: expectedPurchasesIfAlive with x = 0, T = 0.
    static double expectedPurchasesNewCustomer(const BgNbdParams &params, double t);
};

} // namespace relatio::value
