// Special functions for the customer-value models.
#include "value/ValueMath.h"

#include <math.h>

namespace relatio::value {

double logGamma(double x)
{
    int sign = 0;
    return ::lgamma_r(x, &sign);
}

double digamma(double x)
{
    double shift = 0;
    while (x < 12) {
        shift -= 1.0 / x;
        x += 1;
    }
    // ψ(x) ~ ln x − 1/(2x) − Σ B_2k / (2k x^2k), Bernoulli numbers B_2 … B_12.
    const double inv = 1.0 / x;
    const double inv2 = inv * inv;
    const double series =
        inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132 - inv2 * 691.0 / 32760)))));
    return shift + std::log(x) - 0.5 * inv - series;
}

} // namespace relatio::value
