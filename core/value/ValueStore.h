// The customer-value analysis on the database: reads the live purchases, fits BG/NBD and
// Gamma-Gamma, scores RFM, and keeps the result in value_fit and customer_value (and so in
// dimension 4 of the satisfaction aggregates); and the reads the views and the command line need.
//
// One currency: the analysis takes the purchases in one currency (the most common one unless
// given) and says how many it left out. Amounts are read in the currency's minor unit and used
// in major units (cents / 100), so spend and CLV are in euros, dollars, kroner.
//
// When a model cannot be fitted (too few customers, nobody bought twice, spend that does not
// vary), the RFM segments are still stored, with the model's figures left empty and the reason
// in the fit's message: a small shop still gets its segments.
//
// CLV tiers rank the customers with a CLV by it, highest first (equal CLVs in customer id order):
// the top 10% are tier 1, the next 20% tier 2, the next 30% tier 3 and the rest (40%) tier 4.
#pragma once

#include "store/Database.h"
#include "value/Clv.h"
#include "value/CoPurchase.h"
#include "value/Rfm.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <functional>
#include <optional>

namespace relatio::value {

struct ValueSettings
{
    QDate calibrationEnd;           // invalid: the day of the last purchase
    TimeUnit unit = TimeUnit::Week;
    ClvOptions clv;                 // horizon 12 months, monthly discount 0.01 (Clv.h)
    QString currency;               // empty: the most common currency among the purchases
};

// The latest analysis as value_fit keeps it.
struct StoredFit
{
    QDateTime computedAt;           // UTC
    QDate calibrationEnd;
    TimeUnit unit = TimeUnit::Week;
    int horizonMonths = 12;
    double monthlyDiscount = 0.01;
    QString currency;
    qint64 customers = 0;           // with a purchase on or before the calibration end
    qint64 purchases = 0;           // purchase rows analysed (before same-day merging)
    std::optional<BgNbdParams> purchaseModel;
    double purchaseLogLikelihood = 0;
    std::optional<GammaGammaParams> spendModel;
    double spendLogLikelihood = 0;
    QString message;                // why a model could not be fitted; empty when both were
};

// What a refresh did, beyond what it stored.
struct ValueRefreshResult
{
    bool noOrders = false;          // the database holds no live purchases: nothing was analysed
    StoredFit fit;
    qint64 otherCurrencyPurchases = 0;   // left out: in another currency than fit.currency
    QStringList otherCurrencies;
    qint64 laterPurchases = 0;           // left out: after the calibration end
    qint64 purchaseDays = 0;             // purchase occasions analysed (same-day rows merged)
    int spendCustomers = 0;              // customers the Gamma-Gamma fit used (x > 0, spend > 0)
    int spendSkipped = 0;                // with repeat purchases of zero or negative value
    std::optional<BgNbdParams> purchaseErrors;   // standard errors, when the Hessian allowed them
    std::optional<GammaGammaParams> spendErrors;
    // Seconds per step, for the benchmark and the trace.
    double readSeconds = 0, analysisSeconds = 0, writeSeconds = 0, statsSeconds = 0, coPurchaseSeconds = 0;
    // The products bought together, rebuilt after the analysis (empty when that step was cancelled).
    std::optional<CoPurchaseStats> coPurchase;
};

// One customer's row of customer_value.
struct CustomerValueRecord
{
    qint64 customerId = 0;
    RfmSegment segment = RfmSegment::Hibernating;
    int recencyScore = 0;
    int frequencyScore = 0;
    int monetaryScore = 0;
    int recencyDays = 0;            // from the last purchase to the calibration end
    int purchaseDays = 0;
    qint64 revenueCents = 0;        // every purchase up to the calibration end
    std::optional<double> probabilityAlive;
    std::optional<double> expectedPurchases;    // over the horizon
    std::optional<double> expectedSpend;        // per purchase
    std::optional<double> clv;
    int clvTier = 0;                // 1 (top 10%) … 4; 0 when there is no CLV
};

// One segment's figures. segment: 1 … 10 (RfmSegment + 1).
struct SegmentSummary
{
    int segment = 0;
    qint64 customers = 0;
    qint64 revenueCents = 0;
    double totalClv = 0;
    double averageClv = 0;          // over the members with a CLV
    double averageProbabilityAlive = 0;
    qint64 withClv = 0;             // members with a CLV (all, when the models were fitted)
};

struct SegmentOverview
{
    QList<SegmentSummary> segments; // the ten segments in RfmSegment order, empty ones too
    qint64 analysedCustomers = 0;
    qint64 noPurchaseCustomers = 0; // live customers without a row: no purchases (segment 0)
};

class ValueStore
{
    Q_DECLARE_TR_FUNCTIONS(ValueStore)

public:
    // percent 0 … 100 and what is being done, from the thread that runs refresh().
    using Progress = std::function<void(int percent, const QString &step)>;

    explicit ValueStore(DatabasePtr db);

    // Runs the whole analysis on the calling thread's connection and replaces value_fit and
    // customer_value in one transaction (the dimension-4 aggregates refilled in it), so a failure
    // or a cancel leaves the previous result as it was. No purchases: noOrders, and any earlier
    // result is removed. Fails on bad settings, an unreadable purchase (the row id says which),
    // a busy database and Error::Code::Cancelled.
    Result<ValueRefreshResult> refresh(const ValueSettings &settings, const Progress &progress = {},
                                       const std::atomic_bool *cancel = nullptr) const;

    // Whether there is any live purchase to analyse (one index probe).
    Result<bool> hasOrders() const;
    Result<std::optional<StoredFit>> latestFit() const;
    Result<std::optional<CustomerValueRecord>> customerValue(qint64 customerId) const;
    Result<SegmentOverview> segmentOverview() const;
    // The members of a segment (1 … 10), highest CLV first (then those without a CLV), read
    // from the customer_value_by_segment index.
    Result<std::vector<qint64>> segmentMembers(int segment) const;

    // segment 1 … 10 as stored; 0 is "No purchases".
    static QString segmentName(int storedSegment);
    static int storedSegment(RfmSegment segment) { return int(segment) + 1; }
    static QString unitKey(TimeUnit unit);                      // day, week, month
    static std::optional<TimeUnit> unitFromKey(const QString &key);
    static QString unitName(TimeUnit unit);                     // for people, plural: "weeks"
    // Parses YYYY-MM-DD with integer arithmetic into a Julian day; nullopt when it is no date.
    static std::optional<qint64> parseDay(const char *text, int length);

private:
    DatabasePtr m_db;
};

} // namespace relatio::value
