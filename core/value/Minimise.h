// A small quasi-Newton minimiser for the few-parameter likelihoods of the customer-value models.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace relatio::value {

// How a model fit searches; the defaults suit every model here.
struct FitOptions
{
    int maxIterations = 500;
    // Converged when every component of the gradient of the mean negative log-likelihood, taken
    // with respect to the log-parameters, is at most this; or, when rounding stops the search
    // from lowering the likelihood any further, at most 1e-6 (see minimiseBfgs).
    double gradientTolerance = 1e-9;
    bool standardErrors = true;     // also invert the Hessian at the optimum
};

// Returns f(x) and writes ∇f(x) into gradient (same size as x). A non-finite value means "outside
// the domain": the line search steps back.
using Objective = std::function<double(std::span<const double> x, std::span<double> gradient)>;

struct Minimum
{
    std::vector<double> x;
    double value = 0;
    std::vector<double> gradient;
    int iterations = 0;
    int evaluations = 0;
    bool converged = false;
};

// BFGS with a backtracking (Armijo) line search, steps capped at maxStep in every coordinate so
// that log-parameters cannot jump to overflow. Converged when the gradient is within
// gradientTolerance, or when no step lowers the objective any more (the first-order decrease
// has fallen below its rounding) and the gradient is within 1e-6: for the likelihoods here
// that puts the parameters within about 1e-4 relative of the exact optimum, far inside their
// standard errors. Written here rather than taken from a library because the models have three
// or four parameters and analytic gradients: this is a page of code, and core gains no
// dependency (NLopt would have been the candidate).
// The search also stops, not converged, once a coordinate strays more than maxDistance from its
// start: for log-parameters that is a parameter running off to 0 or ∞ (e^30 ≈ 1e13).
Minimum minimiseBfgs(const Objective &objective, std::vector<double> start, int maxIterations,
                     double gradientTolerance, double maxStep = 4.0, double maxDistance = 30.0);

// The Hessian of objective at x by central differences of its analytic gradient (step h in each
// coordinate), made symmetric.
std::vector<double> numericHessian(const Objective &objective, std::span<const double> x, double h = 1e-4);

// The inverse of a symmetric positive-definite n×n matrix (row-major), or nothing when it is not
// positive definite (the likelihood is flat or the fit is not at a maximum).
std::optional<std::vector<double>> invertSymmetric(std::span<const double> matrix, int n);

} // namespace relatio::value
