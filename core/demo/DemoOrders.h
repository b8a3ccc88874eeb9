// Deterministic demo purchase histories for the demo customers, with something for the value
// analysis (BG/NBD, Gamma-Gamma, RFM) to find.
#pragma once

#include "demo/DemoInteractions.h"
#include "demo/DemoSource.h"

#include <random>
#include <vector>

namespace relatio::demo {

struct DemoProduct
{
    const char *sku;
    const char *name;
    const char *category;
    qint64 priceEur;   // list price in cents
    qint64 priceNok;   // list price in øre, for Norwegian customers
};

struct DemoOrder
{
    qint64 day = 0;        // days since 1970-01-01, in the window
    qint64 order = 0;      // the order (basket) number, over the whole load; lines of one basket share it
    int product = 0;       // index into DemoOrders::catalogue()
    int channel = Web;     // a DemoChannel
    int quantity = 1;
    qint64 amount = 0;     // minor units of the customer's currency
};

// Spreads a number of order lines over the customers of a DemoSource stream, one customer at a
// time in stream order. The story is the one the BG/NBD and Gamma-Gamma models tell:
// - each customer buys at a rate of their own (a gamma-distributed rate: many slow buyers, a few
//   very frequent ones), while alive;
// - after each purchase a customer may drop out for good, with a probability of their own (beta
//   distributed): many customers of two years ago are gone, which the models should find;
// - each customer spends at a level of their own (gamma distributed), each basket varying around it;
// - baskets hold one to three lines, from a favourite category more often than not; channels
//   weighted (web, app, visit, phone, post), with a favourite channel per customer and Norway more
//   digital; prices in EUR, or NOK for Norwegian customers.
// A running correction of the rates steers the total towards the number asked for, and the last
// customers take exactly what is left, so that the lines add up. The same seed, customers and lines give the same orders: one
// std::mt19937_64 of its own, and no clock.
class DemoOrders
{
public:
    static constexpr qint64 defaultPerCustomer = 3;
    static constexpr qint64 maxPerCustomer = 10;   // on average
    static constexpr qint64 maxTotal = 100000000;

    DemoOrders(quint64 seed, qint64 customers, qint64 orders);

    static const std::vector<DemoProduct> &catalogue();
    // Norwegian customers pay in NOK, the others in EUR.
    static bool paysInNok(const DemoRecord &customer);

    // The order lines (oldest first) of the next customer of the stream.
    void next(const DemoRecord &customer, std::vector<DemoOrder> &orders);

    qint64 produced() const { return m_written; }
    qint64 total() const { return m_total; }

private:
    double uniform() { return double(m_rng() >> 11) * 0x1.0p-53; }
    double exponential(double rate) { return -std::log(1.0 - uniform()) / rate; }
    double normal();
    double gamma(double shape, double scale);
    double beta(double a, double b);
    int pickChannel(bool norwegian, int favourite);

    std::mt19937_64 m_rng;
    qint64 m_customers = 0;
    qint64 m_total = 0;
    qint64 m_index = 0;
    qint64 m_written = 0;
    qint64 m_orderNumber = 0;
    double m_spare = 0;        // the second normal of a Box-Muller pair
    bool m_hasSpare = false;
    double m_logSteer = 0;     // the log of the factor on every customer's buying rate
    std::vector<double> m_times;
};

} // namespace relatio::demo
