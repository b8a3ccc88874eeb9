// Demo purchase histories: a BG/NBD buying process per customer, baskets from a small catalogue.
#include "demo/DemoOrders.h"

#include <algorithm>
#include <cmath>

namespace relatio::demo {

namespace {

constexpr qint64 secondsPerDay = 86400;

// Five products per category, cheapest first (the spend level picks along this order).
const std::vector<DemoProduct> kCatalogue = [] {
    struct Item
    {
        const char *sku;
        const char *name;
        const char *category;
        qint64 eur;
    };
    static const Item items[] = {
        {"CT-101", "Green tea, 100 g", "Coffee & tea", 695},
        {"CT-102", "Filter coffee, 500 g", "Coffee & tea", 849},
        {"CT-103", "Espresso beans, 1 kg", "Coffee & tea", 1895},
        {"CT-104", "Cold brew kit", "Coffee & tea", 3400},
        {"CT-105", "Burr grinder", "Coffee & tea", 8900},
        {"KI-201", "Tea towels, set of 3", "Kitchen", 1295},
        {"KI-202", "Chef's knife", "Kitchen", 4950},
        {"KI-203", "Cast-iron pan, 28 cm", "Kitchen", 6900},
        {"KI-204", "Stand mixer", "Kitchen", 29900},
        {"KI-205", "Espresso machine", "Kitchen", 54900},
        {"HO-301", "Scented candle", "Home", 1495},
        {"HO-302", "Linen cushion cover", "Home", 2900},
        {"HO-303", "Wool throw", "Home", 7900},
        {"HO-304", "Table lamp", "Home", 12900},
        {"HO-305", "Area rug, 160 × 230", "Home", 34900},
        {"GA-401", "Seed collection", "Garden", 995},
        {"GA-402", "Pruning shears", "Garden", 2650},
        {"GA-403", "Watering can, 10 l", "Garden", 3450},
        {"GA-404", "Raised bed", "Garden", 11900},
        {"GA-405", "Garden bench", "Garden", 24900},
        {"OU-501", "Water bottle", "Outdoor", 1995},
        {"OU-502", "Head torch", "Outdoor", 3995},
        {"OU-503", "Daypack, 25 l", "Outdoor", 8900},
        {"OU-504", "Rain jacket", "Outdoor", 17900},
        {"OU-505", "Two-person tent", "Outdoor", 32900},
        {"BO-601", "Paperback novel", "Books", 1250},
        {"BO-602", "Cookbook", "Books", 2995},
        {"BO-603", "Travel guide", "Books", 2450},
        {"BO-604", "Illustrated atlas", "Books", 4500},
        {"BO-605", "Collector's edition box set", "Books", 8900},
        {"EL-701", "USB-C cable", "Electronics", 1499},
        {"EL-702", "Wireless mouse", "Electronics", 3499},
        {"EL-703", "Bluetooth speaker", "Electronics", 7999},
        {"EL-704", "Noise-cancelling headphones", "Electronics", 24900},
        {"EL-705", "E-reader", "Electronics", 16900},
        {"PC-801", "Hand cream", "Personal care", 895},
        {"PC-802", "Natural soap, 3 bars", "Personal care", 1450},
        {"PC-803", "Shaving kit", "Personal care", 3900},
        {"PC-804", "Electric toothbrush", "Personal care", 8900},
        {"PC-805", "Hair dryer", "Personal care", 11900},
    };
    std::vector<DemoProduct> list;
    for (const Item &i : items) {
        // NOK prices end in 9 kroner, as Norwegian shops write them.
        const qint64 kroner = std::max<qint64>(9, (i.eur * 115 / 1000 + 5) / 10 * 10 - 1);
        list.push_back(DemoProduct{i.sku, i.name, i.category, i.eur, kroner * 100});
    }
    return list;
}();

constexpr int kCategories = 8;
constexpr int kPerCategory = 5;

// Channel weights (web, app, visit, phone, post) outside Norway and in it.
constexpr int kChannels[] = {Web, App, Visit, Phone, Post};
constexpr int kWeights[2][5] = {{45, 20, 18, 10, 7}, {50, 32, 10, 6, 2}};

} // namespace

DemoOrders::DemoOrders(quint64 seed, qint64 customers, qint64 orders)
    : m_rng(seed ^ 0x6f7264657273ULL) // "orders": a stream of its own
    , m_customers(customers)
    , m_total(std::clamp<qint64>(orders, 0, maxTotal))
    // Unsteered, a customer makes about three and a half lines in the window.
    , m_logSteer(customers > 0 && orders > 0 ? std::clamp(std::log(double(orders) / double(customers) / 3.5), -6.0, 6.0) : 0)
{
}

const std::vector<DemoProduct> &DemoOrders::catalogue()
{
    return kCatalogue;
}

bool DemoOrders::paysInNok(const DemoRecord &customer)
{
    return customer.customer.country == QLatin1String("NO")
        || (customer.customer.country.isEmpty() && customer.community == Community::Norwegian);
}

double DemoOrders::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u = 0;
    while (u <= 1e-300)
        u = uniform();
    const double v = uniform();
    const double r = std::sqrt(-2.0 * std::log(u));
    m_spare = r * std::sin(2 * M_PI * v);
    m_hasSpare = true;
    return r * std::cos(2 * M_PI * v);
}

// Marsaglia and Tsang's method; shapes below one through the boost u^(1/shape).
double DemoOrders::gamma(double shape, double scale)
{
    if (shape < 1) {
        const double u = std::max(uniform(), 1e-300);
        return gamma(shape + 1, scale) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    while (true) {
        double x = 0;
        double v = 0;
        do {
            x = normal();
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1 - 0.0331 * x * x * x * x || std::log(std::max(u, 1e-300)) < 0.5 * x * x + d * (1 - v + std::log(v)))
            return d * v * scale;
    }
}

double DemoOrders::beta(double a, double b)
{
    const double x = gamma(a, 1);
    const double y = gamma(b, 1);
    return x + y > 0 ? x / (x + y) : 0.5;
}

int DemoOrders::pickChannel(bool norwegian, int favourite)
{
    if (uniform() < 0.6)
        return favourite;
    const int *weights = kWeights[norwegian ? 1 : 0];
    int roll = int(m_rng() % 100);
    for (int i = 0; i < 5; ++i) {
        if (roll < weights[i])
            return kChannels[i];
        roll -= weights[i];
    }
    return Web;
}

void DemoOrders::next(const DemoRecord &customer, std::vector<DemoOrder> &orders)
{
    orders.clear();
    const qint64 left = m_customers - m_index; // this one included
    ++m_index;
    const qint64 remaining = m_total - m_written;
    if (left <= 0 || remaining <= 0)
        return;
    const bool nok = paysInNok(customer);

    // The customer's own parameters, drawn whether or not they buy, so that the stream stays the
    // same whatever the steering below does.
    const double rate = gamma(0.75, 1.0 / 0.75);          // relative buying rate, mean 1
    const double dropout = beta(1.0, 3.5);                // chance to drop out after a purchase
    const double spend = gamma(3.0, 1.0 / 3.0);           // spend level, mean 1
    const int favouriteCategory = int(m_rng() % kCategories);
    const int favouriteChannel = pickChannel(nok, kChannels[m_rng() % 5]);

    // Steering: the lines still wanted per customer; the rates of all customers are scaled by a
    // factor that follows, slowly, the difference between what was wanted and what came. A high
    // factor also lowers the dropout chances (more orders cannot come from buying faster alone
    // once most customers have left). The last customers (the endgame: one in a hundred, at least
    // twenty and at most two thousand) take exactly their share of what is left, so the lines add up.
    const double wanted = double(remaining) / double(left);
    const double steer = std::exp(m_logSteer);
    const double lambda = rate * steer / 120.0; // a customer of rate 1 buys every 120 days, unsteered
    const double stay = std::max(1.0, steer / 2.0);
    const qint64 endgame = std::max(std::min<qint64>(m_customers, 20), std::min<qint64>(2000, m_customers / 100));
    const bool exact = left <= endgame;
    const qint64 share = exact ? std::min(remaining, (remaining + left - 1) / left) : 0;

    const qint64 windowStart = DemoInteractions::windowStart() / secondsPerDay;
    const qint64 windowEnd = DemoInteractions::windowEnd() / secondsPerDay; // exclusive
    const qint64 created = customer.customer.createdAt.isValid()
        ? customer.customer.createdAt.toSecsSinceEpoch() / secondsPerDay
        : windowStart;
    const double lifeStart = double(std::max(windowStart, std::min(created, windowEnd - 1)));

    // Purchase occasions: the first after an exponential wait, then after each one the customer
    // may drop out; stops at the end of the window.
    m_times.clear();
    const qint64 cap = std::min<qint64>(remaining, 400);
    if (lambda > 0) {
        double t = lifeStart + exponential(lambda);
        while (t < double(windowEnd) && qint64(m_times.size()) < cap) {
            m_times.push_back(t);
            if (uniform() < dropout / stay)
                break;
            t += exponential(lambda);
        }
    }
    // What a basket holds on average (see below): the steering counts lines.
    const double natural = double(m_times.size()) * 1.3;
    const double gain = 0.05 + 0.5 / double(m_index + 10); // quicker at first, from a first guess
    m_logSteer = std::clamp(m_logSteer + gain * (wanted - natural) / std::max(wanted, 0.5), -6.0, 6.0);
    if (exact) {
        // Occasions for the share: more at random days of the customer's life, or the latest dropped.
        const qint64 occasions = std::max<qint64>(1, (share * 10 + 12) / 13);
        while (qint64(m_times.size()) < occasions)
            m_times.push_back(lifeStart + uniform() * (double(windowEnd) - lifeStart));
        if (qint64(m_times.size()) > occasions)
            m_times.resize(std::size_t(occasions));
    }
    std::sort(m_times.begin(), m_times.end());

    qint64 budget = exact ? share : remaining;
    for (std::size_t k = 0; k < m_times.size() && budget > 0; ++k) {
        const qint64 day = std::min(windowEnd - 1, qint64(m_times[k]));
        // One to three lines; in the endgame the baskets take up the share exactly.
        int lines = uniform() < 0.75 ? 1 : uniform() < 0.8 ? 2 : 3;
        if (exact) {
            const qint64 occasionsLeft = qint64(m_times.size() - k);
            lines = int(std::max<qint64>(1, (budget + occasionsLeft - 1) / occasionsLeft));
        }
        lines = int(std::min<qint64>(lines, budget));
        ++m_orderNumber;
        const int channel = pickChannel(nok, favouriteChannel);
        for (int l = 0; l < lines; ++l) {
            DemoOrder o;
            o.day = day;
            o.order = m_orderNumber;
            o.channel = channel;
            const int category = uniform() < 0.65 ? favouriteCategory : int(m_rng() % kCategories);
            // Big spenders pick further along the price order: u^(1/spend) leans to 1 for spend > 1.
            const int within = std::min(kPerCategory - 1, int(std::pow(uniform(), 1.0 / std::max(spend, 0.05)) * kPerCategory));
            o.product = category * kPerCategory + within;
            o.quantity = 1;
            if (uniform() < std::min(0.6, 0.15 * spend))
                o.quantity += 1 + int(m_rng() % 3);
            const DemoProduct &p = kCatalogue[std::size_t(o.product)];
            const qint64 price = nok ? p.priceNok : p.priceEur;
            // Now and then a discount: 10 % or 20 %.
            const int roll = int(m_rng() % 100);
            const int percent = roll < 80 ? 100 : roll < 95 ? 90 : 80;
            o.amount = price * o.quantity * percent / 100;
            orders.push_back(o);
        }
        budget -= lines;
    }
    m_written += qint64(orders.size());
}

} // namespace relatio::demo
