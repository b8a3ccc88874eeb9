// Special functions the customer-value models need, for positive arguments, safe to call from any thread.
#pragma once

#include <cmath>

namespace relatio::value {

// ln Γ(x) for x > 0. glibc's lgamma_r, not std::lgamma, which writes the global signgam.
double logGamma(double x);

// ψ(x) = d/dx ln Γ(x) for x > 0: the recurrence up to x ≥ 12, then the asymptotic series
// (absolute error below 1e-15 there).
double digamma(double x);

// ln(1 + e^y) without overflow for large y or loss of precision for very negative y.
inline double softplus(double y)
{
    return y > 0 ? y + std::log1p(std::exp(-y)) : std::log1p(std::exp(y));
}

// 1 / (1 + e^-y), never NaN: 0 and 1 at the extremes.
inline double logistic(double y)
{
    if (y >= 0)
        return 1.0 / (1.0 + std::exp(-y));
    const double e = std::exp(y);
    return e / (1.0 + e);
}

} // namespace relatio::value
