// Gamma-Gamma likelihood, fit and expected spend.
#include "value/GammaGamma.h"

#include "value/ValueMath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace relatio::value {

namespace {

struct Spender
{
    int x = 0;
    int xIndex = 0;
    double zbar = 0;
    double logTotal = 0;    // ln(x z̄)
};

struct Data
{
    std::vector<Spender> spenders;
    std::vector<int> xs;            // distinct x, ascending
    std::vector<double> xWeights;   // spenders per distinct x
    double sumLogZbar = 0;          // Σ ln z̄, the part of the likelihood without parameters
    int skipped = 0;
};

bool fitted(const CustomerSummary &c)
{
    return c.x > 0 && c.zbar > 0;
}

Data collect(std::span<const CustomerSummary> customers)
{
    Data data;
    for (const CustomerSummary &c : customers) {
        if (fitted(c)) {
            data.spenders.push_back({c.x, 0, c.zbar, std::log(c.x * c.zbar)});
            data.sumLogZbar += std::log(c.zbar);
        } else if (c.x > 0) {
            ++data.skipped;
        }
    }
    std::sort(data.spenders.begin(), data.spenders.end(), [](const Spender &l, const Spender &r) { return l.x < r.x; });
    for (Spender &s : data.spenders) {
        if (data.xs.empty() || data.xs.back() != s.x) {
            data.xs.push_back(s.x);
            data.xWeights.push_back(0);
        }
        data.xWeights.back() += 1;
        s.xIndex = int(data.xs.size()) - 1;
    }
    return data;
}

// The log-likelihood less Σ ln z̄; when gradient is given, also ∂/∂(p, q, γ). Rearranged so that
// every customer's term is of moderate size, with s = x z̄:
//   ln f = ln Γ(px+q) − ln Γ(px) − ln Γ(q) − ln z̄ − px ln(1 + γ/s) − q ln(1 + s/γ)
// and summed in long double: with a million customers the sums of the plain form lose the digits
// the optimiser needs near the optimum.
double evaluate(const Data &data, const GammaGammaParams &params, double *gradient)
{
    const double p = params.p, q = params.q, gamma = params.gamma;
    const double lgQ = logGamma(q), psiQ = gradient ? digamma(q) : 0, logGammaParam = std::log(gamma);
    long double ll = 0, gp = 0, gq = 0, gg = 0;
    for (size_t k = 0; k < data.xs.size(); ++k) {
        const double x = data.xs[k], w = data.xWeights[k];
        ll += w * (logGamma(p * x + q) - logGamma(p * x) - lgQ);
        if (gradient) {
            const double psiPXQ = digamma(p * x + q);
            gp += w * x * (psiPXQ - digamma(p * x));
            gq += w * (psiPXQ - psiQ);
        }
    }
    for (const Spender &s : data.spenders) {
        const double px = p * s.x;
        const double total = s.x * s.zbar;
        const double shareLog = std::log1p(gamma / total);                 // ln(1 + γ/s)
        const double scaleLog = shareLog + s.logTotal - logGammaParam;     // ln(1 + s/γ)
        ll -= px * shareLog + q * scaleLog;
        if (gradient) {
            gp -= s.x * shareLog;
            gq -= scaleLog;
            gg += (q * total / gamma - px) / (total + gamma);
        }
    }
    if (gradient) {
        gradient[0] = double(gp);
        gradient[1] = double(gq);
        gradient[2] = double(gg);
    }
    return double(ll);
}

} // namespace

Result<GammaGammaFit> GammaGamma::fit(std::span<const CustomerSummary> customers, const FitOptions &options)
{
    for (const CustomerSummary &c : customers)
        if (c.x < 0 || !std::isfinite(c.zbar))
            return fail(Error::Code::Invalid, tr("Customer %1 has an impossible spend summary (x = %2, mean value %3).")
                                                  .arg(c.customer).arg(c.x).arg(c.zbar));
    const Data data = collect(customers);
    if (data.spenders.empty())
        return fail(Error::Code::Invalid,
                    tr("No customer has a repeat purchase with a value above zero, so the spend model cannot be fitted."));

    const double n = double(data.spenders.size());
    double meanZbar = 0;
    for (const Spender &s : data.spenders)
        meanZbar += s.zbar / n;
    const Objective objective = [&data, n](std::span<const double> logParams, std::span<double> gradient) {
        const GammaGammaParams p{std::exp(logParams[0]), std::exp(logParams[1]), std::exp(logParams[2])};
        if (!(p.p > 0 && p.q > 0 && p.gamma > 0 && std::isfinite(p.p) && std::isfinite(p.q) && std::isfinite(p.gamma)))
            return std::numeric_limits<double>::infinity();
        double g[3];
        const double ll = evaluate(data, p, g);
        gradient[0] = -g[0] * p.p / n;
        gradient[1] = -g[1] * p.q / n;
        gradient[2] = -g[2] * p.gamma / n;
        return -ll / n;
    };
    // Start where the population mean pγ/(q−1) is the observed mean: p = 1, q = 2, γ = mean z̄.
    const Minimum m = minimiseBfgs(objective, {0.0, std::log(2.0), std::log(meanZbar)}, options.maxIterations,
                                   options.gradientTolerance);
    GammaGammaFit result;
    result.params = {std::exp(m.x[0]), std::exp(m.x[1]), std::exp(m.x[2])};
    const bool finite = std::isfinite(result.params.p) && std::isfinite(result.params.q)
                        && std::isfinite(result.params.gamma);
    if (!m.converged || !finite)
        return fail(Error::Code::Invalid,
                    tr("The spend model did not converge on these customers; there may be too few of them, or their "
                       "spend may barely vary between customers."));
    // A parameter run off towards 0 or ∞: the likelihood has no maximum (see BgNbd::fit).
    const auto atEdge = [](double value, double scale) { return !(value > 1e-6 * scale && value < 1e6 * scale); };
    const double gammaRatio = result.params.gamma / meanZbar;
    if (atEdge(result.params.p, 1) || atEdge(result.params.q, 1) || !(gammaRatio > 1e-9 && gammaRatio < 1e9))
        return fail(Error::Code::Invalid,
                    tr("These customers do not determine the spend model; there may be too few of them, or "
                       "they may spend too much alike."));
    if (result.params.q <= 1)
        return fail(Error::Code::Invalid,
                    tr("Spend varies so much between customers that the spend model gives it no finite mean."));
    result.logLikelihood = -m.value * n - data.sumLogZbar;
    result.customers = int(data.spenders.size());
    result.skipped = data.skipped;
    result.iterations = m.iterations;
    if (options.standardErrors) {
        const auto inverse = invertSymmetric(numericHessian(objective, m.x), 3);
        if (inverse) {
            const auto se = [&](int i, double value) { return value * std::sqrt((*inverse)[i * 3 + i] / n); };
            result.standardErrors = GammaGammaParams{se(0, result.params.p), se(1, result.params.q),
                                                     se(2, result.params.gamma)};
        }
    }
    return result;
}

double GammaGamma::logLikelihood(const GammaGammaParams &params, std::span<const CustomerSummary> customers)
{
    const Data data = collect(customers);
    return evaluate(data, params, nullptr) - data.sumLogZbar;
}

double GammaGamma::expectedSpend(const GammaGammaParams &params, int x, double zbar)
{
    const double z = std::max(zbar, 0.0);
    const double denominator = params.p * x + params.q - 1;
    if (!(denominator > 0))
        return z;
    return (params.gamma + x * z) * params.p / denominator;
}

double GammaGamma::populationMeanSpend(const GammaGammaParams &params)
{
    return expectedSpend(params, 0, 0.0);
}

} // namespace relatio::value
