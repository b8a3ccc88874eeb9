// BFGS minimiser, numeric Hessian and a small symmetric inverse.
#include "value/Minimise.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace relatio::value {

namespace {

double dot(std::span<const double> u, std::span<const double> v)
{
    double s = 0;
    for (size_t i = 0; i < u.size(); ++i)
        s += u[i] * v[i];
    return s;
}

double maxAbs(std::span<const double> v)
{
    double m = 0;
    for (const double e : v)
        m = std::max(m, std::abs(e));
    return m;
}

bool allFinite(std::span<const double> v)
{
    return std::all_of(v.begin(), v.end(), [](double e) { return std::isfinite(e); });
}

// The gradient below which a search that can no longer lower the objective counts as converged.
constexpr double kRoundingGradient = 1e-6;

} // namespace

Minimum minimiseBfgs(const Objective &objective, std::vector<double> start, int maxIterations,
                     double gradientTolerance, double maxStep, double maxDistance)
{
    const size_t n = start.size();
    const std::vector<double> origin = start;
    Minimum m;
    m.x = std::move(start);
    m.gradient.assign(n, 0.0);
    m.value = objective(m.x, m.gradient);
    m.evaluations = 1;
    if (!std::isfinite(m.value) || !allFinite(m.gradient))
        return m;

    // The inverse Hessian estimate, row-major; the identity until the first step scales it.
    std::vector<double> h(n * n, 0.0);
    for (size_t i = 0; i < n; ++i)
        h[i * n + i] = 1.0;
    bool scaled = false;
    std::vector<double> direction(n), next(n), nextGradient(n), s(n), y(n), hy(n);

    for (m.iterations = 0; m.iterations < maxIterations; ++m.iterations) {
        if (maxAbs(m.gradient) <= gradientTolerance) {
            m.converged = true;
            return m;
        }
        for (size_t i = 0; i < n; ++i) {
            double d = 0;
            for (size_t j = 0; j < n; ++j)
                d -= h[i * n + j] * m.gradient[j];
            direction[i] = d;
        }
        double slope = dot(direction, m.gradient);
        if (!(slope < 0)) { // the estimate lost positive definiteness: start again from steepest descent
            std::fill(h.begin(), h.end(), 0.0);
            for (size_t i = 0; i < n; ++i)
                h[i * n + i] = 1.0;
            scaled = false;
            for (size_t i = 0; i < n; ++i)
                direction[i] = -m.gradient[i];
            slope = dot(direction, m.gradient);
        }
        const double longest = maxAbs(direction);
        if (longest > maxStep) {
            for (double &d : direction)
                d *= maxStep / longest;
            slope *= maxStep / longest;
        }

        // A decrease smaller than the rounding of the objective cannot be seen, so there is
        // nothing left to search for once the first-order prediction falls below it.
        const double resolution = 8 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(m.value));
        double step = 1.0;
        double nextValue = 0;
        bool accepted = false;
        for (int tries = 0; tries < 60 && -slope * step > resolution; ++tries) {
            for (size_t i = 0; i < n; ++i)
                next[i] = m.x[i] + step * direction[i];
            nextValue = objective(next, nextGradient);
            ++m.evaluations;
            const bool finite = std::isfinite(nextValue) && allFinite(nextGradient);
            // A strict decrease too: at the limit of floating point, "no worse" would loop forever.
            if (finite && nextValue < m.value && nextValue <= m.value + 1e-4 * step * slope) {
                accepted = true;
                break;
            }
            // Minimum of the quadratic through f(0), f'(0) and f(step), kept within [0.1, 0.5]·step.
            double factor = 0.25;
            if (finite) {
                const double curvature = nextValue - m.value - step * slope;
                if (curvature > 0)
                    factor = std::clamp(-slope * step / (2 * curvature), 0.1, 0.5);
            }
            step *= factor;
        }
        if (!accepted) {
            // No decrease left to find in floating point: at the optimum within rounding if the
            // gradient is small.
            m.converged = maxAbs(m.gradient) <= std::max(gradientTolerance, kRoundingGradient);
            return m;
        }

        for (size_t i = 0; i < n; ++i) {
            s[i] = next[i] - m.x[i];
            y[i] = nextGradient[i] - m.gradient[i];
        }
        const double sy = dot(s, y);
        if (sy > 1e-14 * std::sqrt(dot(s, s) * dot(y, y))) {
            if (!scaled) {
                const double gamma = sy / dot(y, y);
                for (size_t i = 0; i < n; ++i)
                    h[i * n + i] = gamma;
                scaled = true;
            }
            // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded with Hy.
            const double rho = 1.0 / sy;
            for (size_t i = 0; i < n; ++i) {
                double v = 0;
                for (size_t j = 0; j < n; ++j)
                    v += h[i * n + j] * y[j];
                hy[i] = v;
            }
            const double yhy = dot(y, hy);
            for (size_t i = 0; i < n; ++i)
                for (size_t j = 0; j < n; ++j)
                    h[i * n + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
        }
        m.x = next;
        m.gradient = nextGradient;
        m.value = nextValue;
        for (size_t i = 0; i < n; ++i)
            if (std::abs(m.x[i] - origin[i]) > maxDistance)
                return m;
    }
    m.converged = maxAbs(m.gradient) <= gradientTolerance;
    return m;
}

std::vector<double> numericHessian(const Objective &objective, std::span<const double> x, double h)
{
    const size_t n = x.size();
    std::vector<double> hessian(n * n, 0.0);
    std::vector<double> point(x.begin(), x.end()), plus(n), minus(n);
    for (size_t j = 0; j < n; ++j) {
        point[j] = x[j] + h;
        objective(point, plus);
        point[j] = x[j] - h;
        objective(point, minus);
        point[j] = x[j];
        for (size_t i = 0; i < n; ++i)
            hessian[i * n + j] = (plus[i] - minus[i]) / (2 * h);
    }
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < i; ++j)
            hessian[i * n + j] = hessian[j * n + i] = 0.5 * (hessian[i * n + j] + hessian[j * n + i]);
    return hessian;
}

std::optional<std::vector<double>> invertSymmetric(std::span<const double> matrix, int n)
{
    // Cholesky A = L Lᵀ, then the columns of A⁻¹ by forward and back substitution.
    std::vector<double> l(size_t(n) * n, 0.0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j <= i; ++j) {
            double v = matrix[size_t(i) * n + j];
            for (int k = 0; k < j; ++k)
                v -= l[size_t(i) * n + k] * l[size_t(j) * n + k];
            if (i == j) {
                if (!(v > 0) || !std::isfinite(v))
                    return std::nullopt;
                l[size_t(i) * n + i] = std::sqrt(v);
            } else {
                l[size_t(i) * n + j] = v / l[size_t(j) * n + j];
            }
        }
    }
    std::vector<double> inverse(size_t(n) * n, 0.0), column(n);
    for (int c = 0; c < n; ++c) {
        for (int i = 0; i < n; ++i) {
            double v = i == c ? 1.0 : 0.0;
            for (int k = 0; k < i; ++k)
                v -= l[size_t(i) * n + k] * column[k];
            column[i] = v / l[size_t(i) * n + i];
        }
        for (int i = n - 1; i >= 0; --i) {
            double v = column[i];
            for (int k = i + 1; k < n; ++k)
                v -= l[size_t(k) * n + i] * inverse[size_t(k) * n + c];
            inverse[size_t(i) * n + c] = v / l[size_t(i) * n + i];
        }
    }
    return inverse;
}

} // namespace relatio::value
