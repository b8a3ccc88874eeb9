// Writes a deterministic demo data set into an empty database, fast enough for a million records.
#pragma once

#include "store/Database.h"

#include <QCoreApplication>

#include <functional>

namespace relatio {

struct DemoSize
{
    qint64 customers = 0;
    qint64 interactions = -1; // -1 = DemoWriter::defaultInteractions(customers)
};

struct DemoCounts
{
    qint64 customers = 0;
    qint64 interactions = 0;
    qint64 followUps = 0;
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

    // Writes size.customers customers made from seed, with size.interactions contacts spread over
    // them and their follow-ups (see demo/DemoInteractions.h), in one transaction, on the calling
    // thread's connection. Refuses a database that already holds customers. Progress counts customers.
    static Result<DemoCounts> write(const Database &db, const DemoSize &size, quint64 seed,
                                    const Progress &progress = {});
    // The same with the default number of interactions; returns the number of customers.
    static Result<qint64> write(const Database &db, qint64 count, quint64 seed, const Progress &progress = {});
};

} // namespace relatio
