// Writes a deterministic demo data set into an empty database, fast enough for a million records.
#pragma once

#include "demo/DemoSetup.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <functional>

namespace relatio {

struct DemoSize
{
    qint64 customers = 0;
    qint64 interactions = -1; // -1 = DemoWriter::defaultInteractions(customers)
    qint64 orders = -1;       // -1 = DemoWriter::defaultOrders(customers)
};

struct DemoCounts
{
    qint64 customers = 0;
    qint64 interactions = 0;
    qint64 followUps = 0;
    qint64 orders = 0;        // order lines
    qint64 products = 0;      // in the catalogue they come from
    DemoSetupCounts setup;    // personas, costs, price rules, maturity: written only with orders
};

class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)

public:
    // Called every few thousand customers; return false to cancel (nothing is then written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Interactions written when none are asked for: four per customer on average.
    static qint64 defaultInteractions(qint64 customers);
    // At most this many interactions per customer on average, and in all.
    static constexpr qint64 maxInteractionsPerCustomer = 10000;
    static constexpr qint64 maxInteractions = 1000000000;
    // Order lines written when none are asked for: three per customer on average; at most ten
    // per customer on average, and a hundred million in all.
    static qint64 defaultOrders(qint64 customers);
    static constexpr qint64 maxOrdersPerCustomer = 10;
    static constexpr qint64 maxOrders = 100000000;

    // Writes size.customers customers made from seed, with size.interactions contacts spread over
    // them and their follow-ups (see demo/DemoInteractions.h), size.orders purchase lines from a
    // catalogue of products (see demo/DemoOrders.h), in one transaction, on the calling
    // thread's connection. Refuses a database that already holds customers. Progress counts customers.
    // With orders, then the configuration that goes with them (see demo/DemoSetup.h), after the
    // commit: should that fail, the error is returned with the demo data written.
    // On a team database the demo is written into a Relatio file made for it and uploaded with a
    // sync (DemoTeam.cpp): what only a file keeps (costs, price rules) stays behind, and the upload,
    // once begun, is not cancelled.
    static Result<DemoCounts> write(const DatabasePtr &db, const DemoSize &size, quint64 seed,
                                    const Progress &progress = {});
    // The same with the default number of interactions; returns the number of customers.
    static Result<qint64> write(const DatabasePtr &db, qint64 count, quint64 seed, const Progress &progress = {});

private:
    static Result<DemoCounts> writeToTeam(const DatabasePtr &team, const DemoSize &size, quint64 seed,
                                          const Progress &progress);
};

} // namespace relatio
