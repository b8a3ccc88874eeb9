// Customer lifetime value over a horizon of whole months, from the BG/NBD and Gamma-Gamma models.
//
// The discrete sum that lifetimes and most practitioners use: for customer i with x, t_x, T, z̄,
// a horizon of N months, a monthly discount rate d, a margin M and m = time units per month,
//
//   CLV_i = M · S_i · Σ_{k=1..N} ( E[Y(k·m) | x, t_x, T] − E[Y((k−1)·m) | x, t_x, T] ) / (1 + d)^k
//
// where E[Y(t) | …] is the BG/NBD expected number of purchases in (T, T + t] and
// S_i = E[mean spend | x, z̄] is the Gamma-Gamma expected spend. Month k's purchases are
// discounted as if they fell at its end. E[Y(t)] = P(alive) · E[Y(t) | alive], and the second
// factor depends on x and T alone, so customers with the same x and T share its computation.
// m is 30.4375 days in the summaries' time unit (4.348 weeks; lifetimes uses 4.345).
#pragma once

#include "value/BgNbd.h"
#include "value/GammaGamma.h"

#include <atomic>

namespace relatio::value {

struct ClvOptions
{
    int months = 12;                    // N, the horizon
    double monthlyDiscountRate = 0.01;  // d; 0.01 is about 12.7% a year
    double margin = 1.0;                // M, the share of spend that is profit
};

struct ClvEstimate
{
    double probabilityAlive = 0;        // at the end of the calibration period
    double expectedPurchases = 0;       // E[Y(N·m)], undiscounted
    double expectedSpend = 0;           // S, per purchase
    double clv = 0;
};

class Clv
{
    Q_DECLARE_TR_FUNCTIONS(Clv)

public:
    // Σ_{k=1..N} (E[Y(k·m)|alive] − E[Y((k−1)·m)|alive]) / (1+d)^k for a customer known to be alive.
    static double discountedPurchasesIfAlive(const BgNbdParams &params, int x, double T, double unitsPerMonth,
                                             int months, double monthlyDiscountRate);

    static ClvEstimate estimateCustomer(const BgNbdParams &purchases, const GammaGammaParams &spend,
                                        const CustomerSummary &customer, TimeUnit unit, const ClvOptions &options);

    // One estimate per customer, in the customers' order. Fails on options out of range (months
    // from 0 to 1200, d > −1, a finite margin) and when cancel becomes true.
    static Result<std::vector<ClvEstimate>> estimate(const BgNbdParams &purchases, const GammaGammaParams &spend,
                                                     std::span<const CustomerSummary> customers, TimeUnit unit,
                                                     const ClvOptions &options,
                                                     const std::atomic_bool *cancel = nullptr);
};

} // namespace relatio::value
