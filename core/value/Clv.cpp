// Customer lifetime value.
#include "value/Clv.h"

#include <bit>
#include <cmath>
#include <unordered_map>

namespace relatio::value {

namespace {

struct AliveTerms
{
    double discounted = 0;  // discounted purchases over the horizon, if alive
    double total = 0;       // undiscounted purchases over the horizon, if alive
};

AliveTerms aliveTerms(const BgNbdParams &params, int x, double T, double unitsPerMonth, int months, double rate)
{
    AliveTerms terms;
    double previous = 0, discount = 1;
    for (int k = 1; k <= months; ++k) {
        const double cumulative = BgNbd::expectedPurchasesIfAlive(params, k * unitsPerMonth, x, T);
        discount /= 1 + rate;
        terms.discounted += (cumulative - previous) * discount;
        previous = cumulative;
    }
    terms.total = previous;
    return terms;
}

struct Key
{
    int x;
    quint64 tBits;
    bool operator==(const Key &) const = default;
};

struct KeyHash
{
    size_t operator()(const Key &k) const
    {
        // splitmix64's finaliser over both fields: T values are often close together.
        quint64 h = k.tBits ^ (quint64(quint32(k.x)) * 0x9E3779B97F4A7C15ULL);
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
        return size_t(h ^ (h >> 31));
    }
};

ClvEstimate combine(const BgNbdParams &purchases, const GammaGammaParams &spend, const CustomerSummary &c,
                    const AliveTerms &terms, double margin)
{
    ClvEstimate e;
    e.probabilityAlive = BgNbd::probabilityAlive(purchases, c.x, c.tx, c.T);
    e.expectedPurchases = e.probabilityAlive * terms.total;
    e.expectedSpend = GammaGamma::expectedSpend(spend, c.x, c.zbar);
    e.clv = margin * e.expectedSpend * e.probabilityAlive * terms.discounted;
    return e;
}

} // namespace

double Clv::discountedPurchasesIfAlive(const BgNbdParams &params, int x, double T, double unitsPerMonth, int months,
                                       double monthlyDiscountRate)
{
    return aliveTerms(params, x, T, unitsPerMonth, months, monthlyDiscountRate).discounted;
}

ClvEstimate Clv::estimateCustomer(const BgNbdParams &purchases, const GammaGammaParams &spend,
                                  const CustomerSummary &customer, TimeUnit unit, const ClvOptions &options)
{
    const AliveTerms terms = aliveTerms(purchases, customer.x, customer.T, unitsPerMonth(unit), options.months,
                                        options.monthlyDiscountRate);
    return combine(purchases, spend, customer, terms, options.margin);
}

Result<std::vector<ClvEstimate>> Clv::estimate(const BgNbdParams &purchases, const GammaGammaParams &spend,
                                               std::span<const CustomerSummary> customers, TimeUnit unit,
                                               const ClvOptions &options, const std::atomic_bool *cancel)
{
    if (options.months < 0 || options.months > 1200)
        return fail(Error::Code::Invalid, tr("The horizon must be between 0 and 1200 months."));
    if (!(options.monthlyDiscountRate > -1) || !std::isfinite(options.monthlyDiscountRate))
        return fail(Error::Code::Invalid, tr("The monthly discount rate must be above -100%."));
    if (!std::isfinite(options.margin))
        return fail(Error::Code::Invalid, tr("The margin must be a number."));

    const double perMonth = unitsPerMonth(unit);
    std::unordered_map<Key, AliveTerms, KeyHash> cache;
    std::vector<ClvEstimate> estimates;
    estimates.reserve(customers.size());
    for (size_t i = 0; i < customers.size(); ++i) {
        if (cancel && (i & 0xFFF) == 0 && cancel->load(std::memory_order_relaxed))
            return fail(Error::Code::Cancelled, tr("Cancelled."));
        const CustomerSummary &c = customers[i];
        const Key key{c.x, std::bit_cast<quint64>(c.T)};
        auto found = cache.find(key);
        if (found == cache.end())
            found = cache.emplace(key, aliveTerms(purchases, c.x, c.T, perMonth, options.months,
                                                  options.monthlyDiscountRate)).first;
        estimates.push_back(combine(purchases, spend, c, found->second, options.margin));
    }
    return estimates;
}

} // namespace relatio::value
