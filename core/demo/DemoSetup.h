// The configuration that goes with the demo's orders: personas and their rules, acquisition and
// retention costs, price rules and CRM-maturity self-assessments, so every view of a new demo shows something.
#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace relatio {

struct DemoSetupCounts
{
    qint64 personas = 0;
    qint64 personaRules = 0;
    qint64 costEntries = 0;
    qint64 priceRules = 0;
    qint64 units = 0;           // organisation units
    qint64 unitMembers = 0;     // demo owners placed in a unit
    qint64 assessments = 0;     // maturity self-assessments
};

class DemoSetup
{
    Q_DECLARE_TR_FUNCTIONS(DemoSetup)

public:
    // Writes, through the repositories and on the calling thread's connection, five personas with
    // rules from RFM segments, tags and country; acquisition and retention costs in EUR per
    // segment, channel and quarter or half year of the demo's two years, scaled by customers;
    // four price rules on the demo catalogue; and three organisation units with the demo owners
    // in them and two to four improving self-assessments each. The same seed gives the same rows
    // (but for the units' uuids, which their repository makes). A part the database already has
    // (any live persona, cost entry, price rule or unit) is left as it is and not written.
    //
    // Call it outside a transaction: personas, costs and price rules are written in one
    // transaction, then the units and assessments, whose repository writes in transactions of its
    // own; should one of those fail, the units already added are removed again.
    static Result<DemoSetupCounts> write(const DatabasePtr &db, qint64 customers, quint64 seed);
};

} // namespace relatio
