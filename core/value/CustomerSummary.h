// From a transaction log to one line per customer: the x, t_x, T and mean repeat value the value
// models take, and the dates and totals RFM takes.
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <span>
#include <vector>

namespace relatio::value {

// The unit in which t_x and T are counted and in which the fitted BG/NBD α (and so every time
// passed to its predictions) is expressed. A month is 30.4375 days, the mean Gregorian month
// (365.25 / 12), so that twelve months make a year whatever the calendar.
enum class TimeUnit { Day, Week, Month };

double daysPerUnit(TimeUnit unit);
double unitsPerMonth(TimeUnit unit);    // 30.4375, 4.348…, 1

struct Transaction
{
    qint64 customer = 0;
    QDate date;
    double amount = 0;      // may be zero; a negative amount (a refund) lowers that day's value
};

// One customer over the calibration period. The names x, tx, T and zbar are those of the papers
// (Fader, Hardie & Lee 2005), which every formula in this folder follows.
struct CustomerSummary
{
    qint64 customer = 0;
    int x = 0;              // repeat purchases: purchase days after the first one
    double tx = 0;          // time from the first to the last purchase, in the time unit
    double T = 0;           // time from the first purchase to the end of the calibration period
    double zbar = 0;        // mean value of the repeat purchase days; 0 when x = 0
    QDate firstPurchase;
    QDate lastPurchase;
    double totalSpend = 0;  // every purchase in the calibration period, the first one too
    int purchases = 0;      // purchase days, x + 1
    int transactions = 0;   // rows of the log, before same-day purchases were merged
};

class CustomerSummaries
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSummaries)

public:
    // One summary per customer with a purchase on or before calibrationEnd, sorted by customer key.
    // Purchases of one customer on one day count as one purchase whose value is their sum (the
    // models count purchase occasions, and a basket split over several rows is one occasion).
    // Rows after calibrationEnd are ignored. Rows may come in any order (rows grouped by customer,
    // as ORDER BY customer gives them, skip the grouping; a log in date order needs no sorting
    // within a customer); the log itself is never copied. Fails on an empty log, an invalid date
    // or amount, or when no row falls on or before calibrationEnd.
    static Result<std::vector<CustomerSummary>> fromTransactions(std::span<const Transaction> transactions,
                                                                 QDate calibrationEnd, TimeUnit unit);
};

} // namespace relatio::value
