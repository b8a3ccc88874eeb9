// BG/NBD likelihood, fit and predictions.
#include "value/BgNbd.h"

#include "value/ValueMath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace relatio::value {

namespace {

// The likelihood summed over customers, arranged so that one evaluation costs little more than
// one exp and one log1p per distinct repeat customer:
// - times: the distinct values of T and t_x, so that ln(α+t) and 1/(α+t) are computed once each;
// - the first term of every customer's L depends on x and T only and is linear in r and x, so it
//   is summed per distinct T (customers and their repeat purchases there) and per distinct x;
// - customers with x > 0 and equal (x, t_x, T) share the second term, counted weight times.
struct Repeaters
{
    quint32 tIndex = 0;
    quint32 txIndex = 0;
    int x = 0;
    int xIndex = 0;
    double weight = 0;
};

struct Data
{
    std::vector<double> times;          // distinct T and t_x, ascending
    std::vector<double> customersAtT;   // customers whose T is times[i]
    std::vector<double> repeatsAtT;     // their repeat purchases, Σ x
    std::vector<Repeaters> repeaters;
    std::vector<int> xs;                // distinct x > 0, ascending
    std::vector<double> xWeights;       // customers per distinct x
    double customers = 0;
};

Data groupCustomers(std::span<const CustomerSummary> customers)
{
    Data data;
    data.customers = double(customers.size());
    data.times.reserve(customers.size());
    for (const CustomerSummary &c : customers) {
        data.times.push_back(c.T);
        if (c.x > 0)
            data.times.push_back(c.tx);
    }
    std::sort(data.times.begin(), data.times.end());
    data.times.erase(std::unique(data.times.begin(), data.times.end()), data.times.end());
    const auto indexOf = [&data](double t) {
        return quint32(std::lower_bound(data.times.begin(), data.times.end(), t) - data.times.begin());
    };
    data.customersAtT.assign(data.times.size(), 0.0);
    data.repeatsAtT.assign(data.times.size(), 0.0);
    std::vector<Repeaters> all;
    for (const CustomerSummary &c : customers) {
        const quint32 t = indexOf(c.T);
        data.customersAtT[t] += 1;
        data.repeatsAtT[t] += c.x;
        if (c.x > 0)
            all.push_back({t, indexOf(c.tx), c.x, 0, 1.0});
    }
    std::sort(all.begin(), all.end(), [](const Repeaters &l, const Repeaters &r) {
        return l.x != r.x ? l.x < r.x : l.tIndex != r.tIndex ? l.tIndex < r.tIndex : l.txIndex < r.txIndex;
    });
    for (const Repeaters &g : all) {
        if (data.xs.empty() || data.xs.back() != g.x) {
            data.xs.push_back(g.x);
            data.xWeights.push_back(0);
        }
        data.xWeights.back() += 1;
        if (!data.repeaters.empty()) {
            Repeaters &back = data.repeaters.back();
            if (back.x == g.x && back.tIndex == g.tIndex && back.txIndex == g.txIndex) {
                back.weight += 1;
                continue;
            }
        }
        data.repeaters.push_back(g);
        data.repeaters.back().xIndex = int(data.xs.size()) - 1;
    }
    return data;
}

// Total log-likelihood; when gradient is given, also ∂/∂(r, α, a, b). Summed in long double:
// with a million customers the large terms (x ln(α+T) against ln Γ(r+x)) cancel, and double sums
// lose the digits the optimiser needs near the optimum.
double evaluate(const Data &data, const BgNbdParams &p, double *gradient)
{
    const double r = p.r, alpha = p.alpha, a = p.a, b = p.b;
    const bool wantGradient = gradient != nullptr;
    long double ll = 0, gr = 0, gAlpha = 0, ga = 0, gb = 0;

    // ln Γ(r+x)/Γ(r) + ln B(a, b+x)/B(a, b) per distinct x (zero at x = 0, which is not listed).
    const double lgR = logGamma(r), lgB = logGamma(b), lgAB = logGamma(a + b);
    const double psiR = wantGradient ? digamma(r) : 0, psiB = wantGradient ? digamma(b) : 0,
                 psiAB = wantGradient ? digamma(a + b) : 0;
    std::vector<double> logBPlus(data.xs.size()); // ln(b + x − 1)
    for (size_t k = 0; k < data.xs.size(); ++k) {
        const int x = data.xs[k];
        const double w = data.xWeights[k];
        ll += w * (logGamma(r + x) - lgR + logGamma(b + x) - logGamma(a + b + x) - lgB + lgAB);
        logBPlus[k] = std::log(b + x - 1);
        if (wantGradient) {
            const double psiABX = digamma(a + b + x);
            gr += w * (digamma(r + x) - psiR);
            ga += w * (psiAB - psiABX);
            gb += w * (digamma(b + x) - psiABX - psiB + psiAB);
        }
    }

    // r ln α − (r+x) ln(α+T), summed per distinct T.
    const double logAlpha = std::log(alpha);
    ll += data.customers * r * logAlpha;
    gr += data.customers * logAlpha;
    gAlpha += data.customers * r / alpha;
    const size_t n = data.times.size();
    std::vector<double> logAt(n), invAt(n);
    for (size_t i = 0; i < n; ++i) {
        logAt[i] = std::log(alpha + data.times[i]);
        invAt[i] = 1.0 / (alpha + data.times[i]);
        const double customersHere = data.customersAtT[i];
        if (customersHere == 0)
            continue;
        const double weight = r * customersHere + data.repeatsAtT[i];
        ll -= weight * logAt[i];
        gr -= customersHere * logAt[i];
        gAlpha -= weight * invAt[i];
    }

    // The second term for x > 0, relative to the first: softplus(y),
    // y = ln a − ln(b+x−1) + (r+x) ln((α+T)/(α+t_x)).
    const double logA = std::log(a);
    for (const Repeaters &g : data.repeaters) {
        const double rx = r + g.x;
        const double logRatio = logAt[g.tIndex] - logAt[g.txIndex];
        const double y = logA - logBPlus[g.xIndex] + rx * logRatio;
        const double e = std::exp(-std::abs(y));
        ll += g.weight * ((y > 0 ? y : 0.0) + std::log1p(e));
        if (wantGradient) {
            const double share = (y >= 0 ? 1.0 : e) / (1.0 + e); // e^y / (1 + e^y)
            const double ws = g.weight * share;
            gr += ws * logRatio;
            gAlpha += ws * rx * (invAt[g.tIndex] - invAt[g.txIndex]);
            ga += ws / a;
            gb -= ws / (b + g.x - 1);
        }
    }
    if (wantGradient) {
        gradient[0] = double(gr);
        gradient[1] = double(gAlpha);
        gradient[2] = double(ga);
        gradient[3] = double(gb);
    }
    return double(ll);
}

bool validParams(const BgNbdParams &p)
{
    return p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0 && std::isfinite(p.r) && std::isfinite(p.alpha)
           && std::isfinite(p.a) && std::isfinite(p.b);
}

} // namespace

Result<BgNbdFit> BgNbd::fit(std::span<const CustomerSummary> customers, const FitOptions &options)
{
    if (customers.empty())
        return fail(Error::Code::Invalid, tr("There are no customers to fit the purchase model to."));
    double repeatPurchases = 0, totalTime = 0;
    for (const CustomerSummary &c : customers) {
        if (c.x < 0 || !std::isfinite(c.tx) || !std::isfinite(c.T) || c.tx < 0 || c.tx > c.T)
            return fail(Error::Code::Invalid,
                        tr("Customer %1 has an impossible purchase history (x = %2, t_x = %3, T = %4).")
                            .arg(c.customer).arg(c.x).arg(c.tx).arg(c.T));
        repeatPurchases += c.x;
        totalTime += c.T;
    }
    if (repeatPurchases == 0)
        return fail(Error::Code::Invalid,
                    tr("No customer has bought a second time, so the purchase model cannot be fitted."));

    const Data data = groupCustomers(customers);
    const double n = data.customers;
    const Objective objective = [&data, n](std::span<const double> logParams, std::span<double> gradient) {
        const BgNbdParams p{std::exp(logParams[0]), std::exp(logParams[1]), std::exp(logParams[2]),
                            std::exp(logParams[3])};
        if (!validParams(p))
            return std::numeric_limits<double>::infinity();
        double g[4];
        const double ll = evaluate(data, p, g);
        gradient[0] = -g[0] * p.r / n;
        gradient[1] = -g[1] * p.alpha / n;
        gradient[2] = -g[2] * p.a / n;
        gradient[3] = -g[3] * p.b / n;
        return -ll / n;
    };
    // Start at E[λ] = r/α equal to the observed repeat rate, and E[p] = 1/2.
    const double alpha0 = std::max(totalTime / repeatPurchases, 1e-6);
    const Minimum m = minimiseBfgs(objective, {0.0, std::log(alpha0), 0.0, 0.0}, options.maxIterations,
                                   options.gradientTolerance);
    BgNbdFit result;
    result.params = {std::exp(m.x[0]), std::exp(m.x[1]), std::exp(m.x[2]), std::exp(m.x[3])};
    if (!m.converged || !validParams(result.params))
        return fail(Error::Code::Invalid,
                    tr("The purchase model did not converge on these customers; there may be too few of them "
                       "or too few repeat purchases."));
    // A parameter run off towards 0 or ∞ means the likelihood has no maximum (it grows without
    // end towards a limit of the model); what such a fit predicts means little.
    const double timeScale = totalTime > 0 ? totalTime / n : 1.0;
    const auto atEdge = [](double value, double scale) { return !(value > 1e-6 * scale && value < 1e6 * scale); };
    if (atEdge(result.params.r, 1) || atEdge(result.params.alpha, timeScale) || atEdge(result.params.a, 1)
        || atEdge(result.params.b, 1))
        return fail(Error::Code::Invalid,
                    tr("These customers do not determine the purchase model; there may be too few of them, or "
                       "they may buy too much alike."));
    result.logLikelihood = -m.value * n;
    result.customers = int(customers.size());
    result.iterations = m.iterations;
    if (options.standardErrors) {
        const auto inverse = invertSymmetric(numericHessian(objective, m.x), 4);
        if (inverse) {
            const auto se = [&](int i, double value) { return value * std::sqrt((*inverse)[i * 4 + i] / n); };
            result.standardErrors = BgNbdParams{se(0, result.params.r), se(1, result.params.alpha),
                                                se(2, result.params.a), se(3, result.params.b)};
        }
    }
    return result;
}

double BgNbd::logLikelihood(const BgNbdParams &params, std::span<const CustomerSummary> customers)
{
    return evaluate(groupCustomers(customers), params, nullptr);
}

double BgNbd::logLikelihood(const BgNbdParams &params, int x, double tx, double T)
{
    CustomerSummary c;
    c.x = x;
    c.tx = tx;
    c.T = T;
    return logLikelihood(params, std::span<const CustomerSummary>(&c, 1));
}

double BgNbd::probabilityAlive(const BgNbdParams &params, int x, double tx, double T)
{
    if (x <= 0)
        return 1.0;
    const double y = std::log(params.a) - std::log(params.b + x - 1)
                     + (params.r + x) * std::log1p((T - tx) / (params.alpha + tx));
    return logistic(-y);
}

double BgNbd::expectedPurchases(const BgNbdParams &params, double t, int x, double tx, double T)
{
    return probabilityAlive(params, x, tx, T) * expectedPurchasesIfAlive(params, t, x, T);
}

double BgNbd::expectedPurchasesIfAlive(const BgNbdParams &params, double t, int x, double T)
{
    if (!(t > 0))
        return 0.0;
    const double r = params.r, a = params.a, b = params.b;
    const double rx = r + x;        // ₂F₁'s first parameter, A
    const double bx = b + x;        // second, B
    const double c = a + b + x - 1; // third, C
    const double s = t / (params.alpha + T);
    const double z = s / (1 + s);
    const double logOneMinusZ = -std::log1p(s);
    constexpr int kMaxTerms = 2'000'000;
    double value = 0;
    if (a * z <= 50) {
        // Euler's form. (1 − (1−z)^(a−1)) / (a−1), continuous through a = 1:
        const double u = (a - 1) * logOneMinusZ;
        const double head = u == 0 ? -logOneMinusZ : -logOneMinusZ * (std::expm1(u) / u);
        // Σ_{k≥1} (C−A)_k (a)_(k−1) z^k / ((C+1)_(k−1) k!): ₂F₁(C−A, a−1; C; z) = 1 + (a−1)/C · this
        // sum, the factor C taken into the prefactor so that C may be near zero. Its terms grow at
        // most like (a z)^k / k!, hence the bound on a z.
        const double cMinusA = a + b - 1 - r;
        double term = cMinusA * z;
        double sum = term;
        for (int k = 1; k < kMaxTerms && term != 0; ++k) {
            const double ratio = (cMinusA + k) * (a + k - 1) * z / ((c + k) * (k + 1));
            term *= ratio;
            sum += term;
            // Past the largest term the rest is at most term · ρ/(1−ρ), ρ the larger of this ratio and z.
            const double rho = std::max(std::abs(ratio), z);
            if (rho < 1 && std::abs(term) * rho <= 1e-17 * (1 - rho) * std::abs(sum))
                break;
        }
        value = c * head - std::exp(u) * sum;
    } else {
        // A large a (nearly everyone drops out at the next purchase, so a − 1 is far from zero):
        // the plain series of ₂F₁(A, B; C; z), all terms positive and few when C ≫ A·B·z, kept
        // in range by carrying a power of ten beside the sum.
        constexpr double kBig = 1e280;
        const double logBig = std::log(kBig);
        double term = 1, sum = 1, logScale = 0;
        for (int k = 0; k < kMaxTerms; ++k) {
            const double ratio = (rx + k) * (bx + k) * z / ((c + k) * (k + 1));
            term *= ratio;
            sum += term;
            if (sum > kBig) {
                term /= kBig;
                sum /= kBig;
                logScale += logBig;
            }
            if (ratio < 1 && term * ratio <= 1e-17 * (1 - std::max(ratio, z)) * sum)
                break;
        }
        const double g = std::exp(rx * logOneMinusZ + logScale + std::log(sum)); // (1−z)^A ₂F₁(A, B; C; z)
        value = c / (a - 1) * (1 - g);
    }
    // Never reached with positive finite parameters; a bound rather than NaN all the same: the
    // expectation without dropout, E[λ | x, T] · t.
    if (!std::isfinite(value))
        return rx * s;
    return std::max(value, 0.0);
}

double BgNbd::expectedPurchasesNewCustomer(const BgNbdParams &params, double t)
{
    return expectedPurchasesIfAlive(params, t, 0, 0.0);
}

} // namespace relatio::value
