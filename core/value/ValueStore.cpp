// The customer-value analysis on the database, and its stored results.
#include "value/ValueStore.h"

#include "value/CoPurchase.h"

#include "store/BulkLoad.h"
#include "store/Migrations.h"
#include "util/Stamps.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <unordered_map>

#include <sqlite3.h>

namespace relatio::value {

namespace {

// A prepared statement with the double columns and bindings Statement does not have.
class Sql
{
public:
    Sql(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Sql() { sqlite3_finalize(m_stmt); }
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // true while a row is available; false at the end or on an error (see failed()).
    bool step()
    {
        const int rc = m_stmt ? sqlite3_step(m_stmt) : SQLITE_ERROR;
        m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    bool failed() const { return m_failed || !m_stmt; }
    void reset() { sqlite3_reset(m_stmt); }

    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
    void bind(int i, const QByteArray &v) { sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT); }
    void bind(int i, const std::optional<double> &v)
    {
        if (v && std::isfinite(*v))
            sqlite3_bind_double(m_stmt, i, *v);
        else
            sqlite3_bind_null(m_stmt, i);
    }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }

    qint64 int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    double real(int c) const { return sqlite3_column_double(m_stmt, c); }
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    std::optional<double> optionalReal(int c) const { return isNull(c) ? std::nullopt : std::optional(real(c)); }
    const char *raw(int c) const { return reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c)); }
    int bytes(int c) const { return sqlite3_column_bytes(m_stmt, c); }
    QString text(int c) const { return QString::fromUtf8(raw(c), bytes(c)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

Error sqliteError(sqlite3 *db, const QString &what)
{
    const int code = sqlite3_errcode(db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Error{Error::Code::Busy,
                     ValueStore::tr("%1: the database is locked by another program (%2). Close it and try again.")
                         .arg(what, detail),
                     {}, 0, 0};
    if (code == SQLITE_FULL)
        return Error{Error::Code::Io, ValueStore::tr("%1: the disk is full (%2).").arg(what, detail), {}, 0, 0};
    return Error{Error::Code::Database, ValueStore::tr("%1: %2").arg(what, detail), {}, 0, 0};
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// BEGIN IMMEDIATE … COMMIT on the raw handle; rolls back unless committed.
class WriteScope
{
public:
    explicit WriteScope(sqlite3 *db)
        : m_db(db)
        , m_open(exec(db, "BEGIN IMMEDIATE"))
    {
    }
    ~WriteScope()
    {
        if (m_open)
            exec(m_db, "ROLLBACK");
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!exec(m_db, "COMMIT"))
            return false;
        m_open = false;
        return true;
    }

private:
    sqlite3 *m_db;
    bool m_open;
};

// Days from 0000-03-01 style civil dates to the Julian day number (Howard Hinnant's algorithm).
qint64 julianDay(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 + 2440588;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

// The rows of the purchase table as the analysis reads them, in one pass.
struct PurchaseLog
{
    std::vector<Transaction> rows;          // every currency, until chosen
    std::vector<quint8> currency;           // index into currencies, per row
    QList<QByteArray> currencies;
    std::vector<qint64> perCurrency;
};

const char *unitKeyOf(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return "day";
    case TimeUnit::Week: return "week";
    case TimeUnit::Month: return "month";
    }
    return "week";
}

// Dimension 4 of interaction_stats from one pass over the live interactions, with the segments
// in memory: the same rows as segmentStatsFillSql() (whose GROUP BY sorts ten million rows and
// looks up every contact's customer_value row, several times slower). false with stop = false
// when a row is not as the schema promises (the caller then runs the SQL), with stop = true on
// a database error or a cancel.
struct StatsKey
{
    qint64 day;
    qint64 channel;
    int segment;
    bool operator==(const StatsKey &) const = default;
};

struct StatsKeyHash
{
    std::size_t operator()(const StatsKey &k) const
    {
        return std::hash<qint64>()((k.day * 1000003 + k.channel) * 31 + k.segment);
    }
};

struct StatsTally
{
    qint64 interactions = 0, csatN = 0, csatSum = 0, csatSquares = 0, npsN = 0, promoters = 0, detractors = 0;
};

bool refillSegmentStats(sqlite3 *h, const std::vector<quint8> &segmentOf, const std::atomic_bool *cancel,
                        bool *stop, QString *error)
{
    *stop = false;
    std::unordered_map<StatsKey, StatsTally, StatsKeyHash> cells;
    {
        Sql q(h, "SELECT customer_id, occurred_at, channel_id, csat, nps FROM interaction WHERE deleted_at IS NULL");
        qint64 seen = 0;
        while (q.step()) {
            const auto day = ValueStore::parseDay(q.raw(1), q.bytes(1));
            if (!day || q.isNull(2))
                return false;
            const auto customer = std::size_t(q.int64(0));
            const StatsKey key{*day - 2440588, q.int64(2), customer < segmentOf.size() ? segmentOf[customer] : 0};
            StatsTally &t = cells[key];
            ++t.interactions;
            if (!q.isNull(3)) {
                const qint64 csat = q.int64(3);
                ++t.csatN;
                t.csatSum += csat;
                t.csatSquares += csat * csat;
            }
            if (!q.isNull(4)) {
                const qint64 nps = q.int64(4);
                ++t.npsN;
                t.promoters += nps >= 9;
                t.detractors += nps <= 6;
            }
            if ((++seen & 0xFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
                *stop = true;
                return false;
            }
        }
        if (q.failed()) {
            *stop = true;
            *error = QString::fromUtf8(sqlite3_errmsg(h));
            return false;
        }
    }
    if (!exec(h, "DELETE FROM interaction_stats WHERE dim = 4")) {
        *stop = true;
        *error = QString::fromUtf8(sqlite3_errmsg(h));
        return false;
    }
    Sql insert(h, "INSERT INTO interaction_stats (dim, grp, day, channel_id, interactions, csat_n, csat_sum, csat_sq,"
                  " nps_n, promoters, detractors) VALUES (4, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto &[key, t] : cells) {
        insert.reset();
        insert.bind(1, qint64(key.segment));
        insert.bind(2, key.day);
        insert.bind(3, key.channel);
        insert.bind(4, t.interactions);
        insert.bind(5, t.csatN);
        insert.bind(6, t.csatSum);
        insert.bind(7, t.csatSquares);
        insert.bind(8, t.npsN);
        insert.bind(9, t.promoters);
        insert.bind(10, t.detractors);
        insert.step();
        if (insert.failed()) {
            *stop = true;
            *error = QString::fromUtf8(sqlite3_errmsg(h));
            return false;
        }
    }
    return true;
}

} // namespace

ValueStore::ValueStore(DatabasePtr db)
    : m_db(std::move(db))
{
}

std::optional<qint64> ValueStore::parseDay(const char *text, int length)
{
    if (!text || length < 10)
        return std::nullopt;
    int digits[8];
    static constexpr int positions[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const char c = text[positions[i]];
        if (c < '0' || c > '9')
            return std::nullopt;
        digits[i] = c - '0';
    }
    if (text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const int y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int m = digits[4] * 10 + digits[5];
    const int d = digits[6] * 10 + digits[7];
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return std::nullopt;
    return julianDay(y, m, d);
}

QString ValueStore::segmentName(int storedSegment)
{
    if (storedSegment < 1 || storedSegment > kRfmSegmentCount)
        return tr("No purchases");
    return Rfm::segmentName(RfmSegment(storedSegment - 1));
}

QString ValueStore::unitKey(TimeUnit unit)
{
    return QString::fromLatin1(unitKeyOf(unit));
}

std::optional<TimeUnit> ValueStore::unitFromKey(const QString &key)
{
    for (const TimeUnit unit : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month})
        if (key == QLatin1String(unitKeyOf(unit)))
            return unit;
    return std::nullopt;
}

QString ValueStore::unitName(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return tr("days");
    case TimeUnit::Week: return tr("weeks");
    case TimeUnit::Month: return tr("months");
    }
    return {};
}

Result<ValueRefreshResult> ValueStore::refresh(const ValueSettings &settings, const Progress &progress,
                                               const std::atomic_bool *cancel) const
{
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const auto cancelError = [] { return fail(Error::Code::Cancelled, tr("The analysis was cancelled.")); };
    const auto report = [&progress](int percent, const QString &step) {
        if (progress)
            progress(percent, step);
    };
    if (settings.clv.months < 1 || settings.clv.months > 1200)
        return fail(Error::Code::Invalid, tr("The horizon must be from 1 to 1200 months."));
    if (!std::isfinite(settings.clv.monthlyDiscountRate) || settings.clv.monthlyDiscountRate <= -1
        || settings.clv.monthlyDiscountRate > 1)
        return fail(Error::Code::Invalid, tr("The monthly discount rate must be above -1 and at most 1 (0.01 is 1%)."));
    if (!std::isfinite(settings.clv.margin) || settings.clv.margin < 0)
        return fail(Error::Code::Invalid, tr("The margin must be a number of 0 or more."));

    sqlite3 *h = m_db->handle();
    if (!h)
        return fail(Error::Code::Database, tr("There is no database connection."));
    ValueRefreshResult result;
    QElapsedTimer timer;
    timer.start();

    // 1. The live purchases of live customers, in table order (a sequential read; grouping by
    //    customer is the summaries' job and costs less than an index walk with a lookup per row).
    report(0, tr("Reading the purchases…"));
    std::vector<std::uint64_t> deleted;
    {
        Sql q(h, "SELECT id FROM customer WHERE deleted_at IS NOT NULL");
        while (q.step()) {
            const auto id = std::size_t(q.int64(0));
            if ((id >> 6) >= deleted.size())
                deleted.resize((id >> 6) + 1, 0);
            deleted[id >> 6] |= std::uint64_t(1) << (id & 63);
        }
        if (q.failed())
            return std::unexpected(sqliteError(h, tr("Reading the customers")));
    }
    const auto isDeleted = [&deleted](qint64 id) {
        const auto i = std::size_t(id);
        return (i >> 6) < deleted.size() && (deleted[i >> 6] >> (i & 63) & 1);
    };
    qint64 maxRowId = 1;
    {
        Sql q(h, "SELECT max(id) FROM purchase");
        if (q.step())
            maxRowId = std::max<qint64>(1, q.int64(0));
        if (q.failed())
            return std::unexpected(sqliteError(h, tr("Reading the purchases")));
    }
    PurchaseLog log;
    // Row ids are dense in practice: one allocation instead of a doubling growth and its copies.
    log.rows.reserve(std::size_t(std::min<qint64>(maxRowId, qint64(1) << 28)));
    log.currency.reserve(log.rows.capacity());
    {
        Sql q(h, "SELECT id, customer_id, ordered_on, amount_cents, currency FROM purchase WHERE deleted_at IS NULL");
        if (!q.isValid())
            return std::unexpected(sqliteError(h, tr("Reading the purchases")));
        QByteArray lastCurrency;
        quint8 lastIndex = 0;
        qint64 seen = 0;
        while (q.step()) {
            const qint64 customer = q.int64(1);
            if (isDeleted(customer))
                continue;
            const auto day = parseDay(q.raw(2), q.bytes(2));
            if (!day)
                return fail(Error::Code::Invalid, tr("Purchase %1 has no valid date (ordered_on '%2'; YYYY-MM-DD expected).")
                                                      .arg(q.int64(0))
                                                      .arg(q.text(2)));
            const char *currency = q.raw(4);
            const int currencyBytes = q.bytes(4);
            if (lastCurrency.isNull() || currencyBytes != lastCurrency.size()
                || std::memcmp(currency, lastCurrency.constData(), std::size_t(currencyBytes)) != 0) {
                lastCurrency = QByteArray(currency, currencyBytes);
                const auto found = std::find(log.currencies.cbegin(), log.currencies.cend(), lastCurrency);
                if (found == log.currencies.cend()) {
                    if (log.currencies.size() >= 255)
                        return fail(Error::Code::Invalid, tr("The purchases use more than 255 currencies."));
                    log.currencies.append(lastCurrency);
                    log.perCurrency.push_back(0);
                    lastIndex = quint8(log.currencies.size() - 1);
                } else {
                    lastIndex = quint8(found - log.currencies.cbegin());
                }
            }
            ++log.perCurrency[lastIndex];
            log.rows.push_back({customer, QDate::fromJulianDay(*day), double(q.int64(3)) / 100.0});
            log.currency.push_back(lastIndex);
            if ((++seen & 0xFFFF) == 0) {
                if (cancelled())
                    return cancelError();
                report(int(std::min<qint64>(35, 35 * q.int64(0) / maxRowId)), tr("Reading the purchases…"));
            }
        }
        if (q.failed())
            return std::unexpected(sqliteError(h, tr("Reading the purchases")));
    }
    deleted = {};
    if (cancelled())
        return cancelError();

    // The currency, and the rows in it.
    int chosen = -1;
    if (!settings.currency.isEmpty()) {
        chosen = int(log.currencies.indexOf(settings.currency.toUtf8()));
        if (chosen < 0 && !log.rows.empty())
            return fail(Error::Code::Invalid, tr("No purchase is in the currency %1.").arg(settings.currency));
    } else {
        for (int i = 0; i < log.currencies.size(); ++i)
            if (chosen < 0 || log.perCurrency[std::size_t(i)] > log.perCurrency[std::size_t(chosen)]
                || (log.perCurrency[std::size_t(i)] == log.perCurrency[std::size_t(chosen)]
                    && log.currencies.at(i) < log.currencies.at(chosen)))
                chosen = i;
    }
    if (log.rows.empty()) {
        // No orders yet: nothing to analyse, and an earlier result would describe orders gone.
        WriteScope write(h);
        if (!write.isOpen())
            return std::unexpected(sqliteError(h, tr("Clearing the value analysis")));
        if (!exec(h, "DELETE FROM customer_value") || !exec(h, "DELETE FROM value_fit") || !write.commit())
            return std::unexpected(sqliteError(h, tr("Clearing the value analysis")));
        result.noOrders = true;
        report(100, tr("No orders yet."));
        return result;
    }
    for (int i = 0; i < log.currencies.size(); ++i)
        if (i != chosen) {
            result.otherCurrencyPurchases += log.perCurrency[std::size_t(i)];
            result.otherCurrencies.append(QString::fromUtf8(log.currencies.at(i)));
        }
    if (result.otherCurrencyPurchases > 0) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < log.rows.size(); ++i)
            if (log.currency[i] == chosen)
                log.rows[kept++] = log.rows[i];
        log.rows.resize(kept);
    }
    log.currency = {};
    log.rows.shrink_to_fit();

    StoredFit &fit = result.fit;
    fit.computedAt = QDateTime::currentDateTimeUtc();
    fit.unit = settings.unit;
    fit.horizonMonths = settings.clv.months;
    fit.monthlyDiscount = settings.clv.monthlyDiscountRate;
    fit.currency = QString::fromUtf8(log.currencies.at(chosen));
    fit.calibrationEnd = settings.calibrationEnd;
    if (!fit.calibrationEnd.isValid()) {
        qint64 last = 0;
        for (const Transaction &t : log.rows)
            last = std::max(last, t.date.toJulianDay());
        fit.calibrationEnd = QDate::fromJulianDay(last);
    }
    const qint64 end = fit.calibrationEnd.toJulianDay();
    for (const Transaction &t : log.rows)
        if (t.date.toJulianDay() > end)
            ++result.laterPurchases;
    fit.purchases = qint64(log.rows.size()) - result.laterPurchases;
    result.readSeconds = double(timer.restart()) / 1000.0;

    // 2. Summaries, models, CLV and RFM. A model that cannot be fitted leaves its figures empty.
    report(40, tr("Summarising the customers…"));
    auto summaries = CustomerSummaries::fromTransactions(log.rows, fit.calibrationEnd, settings.unit);
    if (!summaries)
        return fail(Error::Code::Invalid, tr("No purchase falls on or before the end of the calibration period, %1.")
                                              .arg(fit.calibrationEnd.toString(Qt::ISODate)));
    log.rows = {};
    const std::vector<CustomerSummary> &customers = *summaries;
    fit.customers = qint64(customers.size());
    for (const CustomerSummary &c : customers)
        result.purchaseDays += c.purchases;
    if (cancelled())
        return cancelError();

    QStringList problems;
    report(45, tr("Fitting the purchase model (BG/NBD)…"));
    const auto purchaseFit = BgNbd::fit(customers);
    if (purchaseFit) {
        fit.purchaseModel = purchaseFit->params;
        fit.purchaseLogLikelihood = purchaseFit->logLikelihood;
        result.purchaseErrors = purchaseFit->standardErrors;
    } else {
        problems.append(tr("Purchase model (BG/NBD): %1").arg(purchaseFit.error().message));
    }
    if (cancelled())
        return cancelError();
    report(55, tr("Fitting the spend model (Gamma-Gamma)…"));
    const auto spendFit = GammaGamma::fit(customers);
    if (spendFit) {
        fit.spendModel = spendFit->params;
        fit.spendLogLikelihood = spendFit->logLikelihood;
        result.spendErrors = spendFit->standardErrors;
        result.spendCustomers = spendFit->customers;
        result.spendSkipped = spendFit->skipped;
    } else {
        problems.append(tr("Spend model (Gamma-Gamma): %1").arg(spendFit.error().message));
    }
    fit.message = problems.join(QLatin1Char('\n'));
    if (cancelled())
        return cancelError();

    report(60, tr("Computing the lifetime values…"));
    std::vector<ClvEstimate> estimates;
    if (fit.purchaseModel && fit.spendModel) {
        auto clv = Clv::estimate(*fit.purchaseModel, *fit.spendModel, customers, settings.unit, settings.clv, cancel);
        if (!clv)
            return std::unexpected(clv.error());
        estimates = std::move(*clv);
    } else if (fit.purchaseModel) {
        // Purchases without spend: P(alive) and expected purchases only.
        const double horizon = settings.clv.months * unitsPerMonth(settings.unit);
        estimates.resize(customers.size());
        for (std::size_t i = 0; i < customers.size(); ++i) {
            const CustomerSummary &c = customers[i];
            estimates[i].probabilityAlive = BgNbd::probabilityAlive(*fit.purchaseModel, c.x, c.tx, c.T);
            estimates[i].expectedPurchases = BgNbd::expectedPurchases(*fit.purchaseModel, horizon, c.x, c.tx, c.T);
            if ((i & 0xFFF) == 0 && cancelled())
                return cancelError();
        }
    }
    const std::vector<RfmScore> rfm = Rfm::score(customers, fit.calibrationEnd);
    // CLV tiers by rank: top 10% → 1, next 20% → 2, next 30% → 3, the rest → 4.
    std::vector<qint8> tiers(customers.size(), 0);
    if (fit.purchaseModel && fit.spendModel) {
        std::vector<quint32> order(customers.size());
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(),
                         [&estimates](quint32 l, quint32 r) { return estimates[l].clv > estimates[r].clv; });
        const std::size_t n = order.size();
        for (std::size_t rank = 0; rank < n; ++rank)
            tiers[order[rank]] = rank * 10 < n ? 1 : rank * 10 < 3 * n ? 2 : rank * 10 < 6 * n ? 3 : 4;
    }
    result.analysisSeconds = double(timer.restart()) / 1000.0;
    if (cancelled())
        return cancelError();

    // 3. One transaction: the fit, every customer's row (triggers and index dropped for the
    //    load), the dimension-4 aggregates refilled, the triggers and index made again.
    report(70, tr("Saving the results…"));
    BulkLoad bulk(h);
    WriteScope write(h);
    if (!write.isOpen())
        return std::unexpected(sqliteError(h, tr("Saving the value analysis")));
    if (auto deferred = bulk.deferIndexes("customer_value"); !deferred)
        return std::unexpected(deferred.error());
    if (!exec(h, "DELETE FROM customer_value") || !exec(h, "DELETE FROM value_fit"))
        return std::unexpected(sqliteError(h, tr("Saving the value analysis")));
    {
        Sql q(h, "INSERT INTO value_fit (computed_at, calibration_end, unit, horizon_months, monthly_discount,"
                 " currency, customers, purchases, bgnbd_r, bgnbd_alpha, bgnbd_a, bgnbd_b, bgnbd_ll, gg_p, gg_q,"
                 " gg_gamma, gg_ll, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, toStoredTime(fit.computedAt).toUtf8());
        q.bind(2, fit.calibrationEnd.toString(Qt::ISODate).toUtf8());
        q.bind(3, QByteArray(unitKeyOf(fit.unit)));
        q.bind(4, qint64(fit.horizonMonths));
        q.bind(5, fit.monthlyDiscount);
        q.bind(6, fit.currency.toUtf8());
        q.bind(7, fit.customers);
        q.bind(8, fit.purchases);
        const auto &bg = fit.purchaseModel;
        q.bind(9, bg ? std::optional(bg->r) : std::nullopt);
        q.bind(10, bg ? std::optional(bg->alpha) : std::nullopt);
        q.bind(11, bg ? std::optional(bg->a) : std::nullopt);
        q.bind(12, bg ? std::optional(bg->b) : std::nullopt);
        q.bind(13, bg ? std::optional(fit.purchaseLogLikelihood) : std::nullopt);
        const auto &gg = fit.spendModel;
        q.bind(14, gg ? std::optional(gg->p) : std::nullopt);
        q.bind(15, gg ? std::optional(gg->q) : std::nullopt);
        q.bind(16, gg ? std::optional(gg->gamma) : std::nullopt);
        q.bind(17, gg ? std::optional(fit.spendLogLikelihood) : std::nullopt);
        q.bind(18, fit.message.toUtf8());
        q.step();
        if (q.failed())
            return std::unexpected(sqliteError(h, tr("Saving the fitted models")));
    }
    {
        Sql q(h, "INSERT INTO customer_value (customer_id, segment, recency_score, frequency_score, monetary_score,"
                 " recency_days, purchase_days, revenue_cents, p_alive, expected_purchases, expected_spend, clv,"
                 " clv_tier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q.isValid())
            return std::unexpected(sqliteError(h, tr("Saving the customer values")));
        const bool haveClv = !estimates.empty() && fit.spendModel;
        for (std::size_t i = 0; i < customers.size(); ++i) {
            const CustomerSummary &c = customers[i];
            const RfmScore &s = rfm[i];
            q.reset();
            q.bind(1, c.customer);
            q.bind(2, qint64(storedSegment(s.segment)));
            q.bind(3, qint64(s.recency));
            q.bind(4, qint64(s.frequency));
            q.bind(5, qint64(s.monetary));
            q.bind(6, qint64(std::max(0, s.recencyDays)));
            q.bind(7, qint64(c.purchases));
            q.bind(8, qint64(std::llround(c.totalSpend * 100)));
            if (!estimates.empty()) {
                q.bind(9, std::optional(estimates[i].probabilityAlive));
                q.bind(10, std::optional(estimates[i].expectedPurchases));
            } else {
                q.bindNull(9);
                q.bindNull(10);
            }
            if (haveClv) {
                q.bind(11, std::optional(estimates[i].expectedSpend));
                q.bind(12, std::optional(estimates[i].clv));
                q.bind(13, qint64(tiers[i]));
            } else {
                q.bindNull(11);
                q.bindNull(12);
                q.bindNull(13);
            }
            q.step();
            if (q.failed())
                return std::unexpected(sqliteError(h, tr("Saving the value of customer %1").arg(c.customer)));
            if ((i & 0x3FFF) == 0) {
                if (cancelled())
                    return cancelError();
                report(70 + int(20 * i / customers.size()), tr("Saving the results…"));
            }
        }
    }
    result.writeSeconds = double(timer.restart()) / 1000.0;
    report(90, tr("Updating satisfaction by segment…"));
    std::vector<quint8> segmentOf;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const auto id = std::size_t(std::max<qint64>(0, customers[i].customer));
        if (id >= segmentOf.size())
            segmentOf.resize(std::max(id + 1, segmentOf.size() * 2), 0);
        segmentOf[id] = quint8(storedSegment(rfm[i].segment));
    }
    bool stop = false;
    QString statsError;
    QByteArrayList fill;
    if (!refillSegmentStats(h, segmentOf, cancel, &stop, &statsError)) {
        if (cancelled())
            return cancelError();
        if (stop)
            return fail(Error::Code::Database, tr("Updating satisfaction by segment: %1").arg(statsError));
        for (const QString &sql : segmentStatsFillSql())
            fill.append(sql.toUtf8());
    }
    if (auto rebuilt = bulk.rebuild(fill); !rebuilt)
        return std::unexpected(rebuilt.error());
    if (cancelled())
        return cancelError();
    if (!write.commit())
        return std::unexpected(sqliteError(h, tr("Saving the value analysis")));
    result.statsSeconds = double(timer.restart()) / 1000.0;
    // The products bought together, for the suggestions on the customer card. Derived from the
    // purchases alone, in a transaction of its own: a cancel here keeps the saved analysis and the
    // previous suggestions.
    report(95, tr("Finding products bought together…"));
    auto pairs = CoPurchase::rebuild(h, cancel);
    if (!pairs && pairs.error().code != Error::Code::Cancelled)
        return fail(pairs.error().code,
                    tr("The analysis was saved, but finding the products bought together failed: %1")
                        .arg(pairs.error().message));
    if (pairs)
        result.coPurchase = *pairs;
    result.coPurchaseSeconds = double(timer.restart()) / 1000.0;
    report(100, tr("Done."));
    return result;
}

Result<bool> ValueStore::hasOrders() const
{
    sqlite3 *h = m_db->handle();
    Sql q(h, "SELECT EXISTS (SELECT 1 FROM purchase WHERE deleted_at IS NULL)");
    const bool any = q.step() && q.int64(0) != 0;
    if (q.failed())
        return std::unexpected(sqliteError(h, tr("Reading the purchases")));
    return any;
}

Result<std::optional<StoredFit>> ValueStore::latestFit() const
{
    sqlite3 *h = m_db->handle();
    Sql q(h, "SELECT computed_at, calibration_end, unit, horizon_months, monthly_discount, currency, customers,"
             " purchases, bgnbd_r, bgnbd_alpha, bgnbd_a, bgnbd_b, bgnbd_ll, gg_p, gg_q, gg_gamma, gg_ll, message"
             " FROM value_fit ORDER BY id DESC LIMIT 1");
    if (!q.step()) {
        if (q.failed())
            return std::unexpected(sqliteError(h, tr("Reading the value analysis")));
        return std::optional<StoredFit>();
    }
    StoredFit f;
    f.computedAt = fromStoredTime(q.text(0));
    f.calibrationEnd = QDate::fromString(q.text(1), Qt::ISODate);
    f.unit = unitFromKey(q.text(2)).value_or(TimeUnit::Week);
    f.horizonMonths = int(q.int64(3));
    f.monthlyDiscount = q.real(4);
    f.currency = q.text(5);
    f.customers = q.int64(6);
    f.purchases = q.int64(7);
    if (!q.isNull(8) && !q.isNull(9) && !q.isNull(10) && !q.isNull(11)) {
        f.purchaseModel = BgNbdParams{q.real(8), q.real(9), q.real(10), q.real(11)};
        f.purchaseLogLikelihood = q.real(12);
    }
    if (!q.isNull(13) && !q.isNull(14) && !q.isNull(15)) {
        f.spendModel = GammaGammaParams{q.real(13), q.real(14), q.real(15)};
        f.spendLogLikelihood = q.real(16);
    }
    f.message = q.text(17);
    return std::optional(f);
}

Result<std::optional<CustomerValueRecord>> ValueStore::customerValue(qint64 customerId) const
{
    sqlite3 *h = m_db->handle();
    Sql q(h, "SELECT segment, recency_score, frequency_score, monetary_score, recency_days, purchase_days,"
             " revenue_cents, p_alive, expected_purchases, expected_spend, clv, clv_tier"
             " FROM customer_value WHERE customer_id = ?");
    q.bind(1, customerId);
    if (!q.step()) {
        if (q.failed())
            return std::unexpected(sqliteError(h, tr("Reading the customer's value")));
        return std::optional<CustomerValueRecord>();
    }
    CustomerValueRecord r;
    r.customerId = customerId;
    r.segment = RfmSegment(std::clamp(int(q.int64(0)), 1, kRfmSegmentCount) - 1);
    r.recencyScore = int(q.int64(1));
    r.frequencyScore = int(q.int64(2));
    r.monetaryScore = int(q.int64(3));
    r.recencyDays = int(q.int64(4));
    r.purchaseDays = int(q.int64(5));
    r.revenueCents = q.int64(6);
    r.probabilityAlive = q.optionalReal(7);
    r.expectedPurchases = q.optionalReal(8);
    r.expectedSpend = q.optionalReal(9);
    r.clv = q.optionalReal(10);
    r.clvTier = q.isNull(11) ? 0 : int(q.int64(11));
    return std::optional(r);
}

Result<SegmentOverview> ValueStore::segmentOverview() const
{
    sqlite3 *h = m_db->handle();
    SegmentOverview overview;
    for (int s = 1; s <= kRfmSegmentCount; ++s)
        overview.segments.append(SegmentSummary{s});
    Sql q(h, "SELECT segment, count(*), sum(revenue_cents), total(clv), count(clv), total(p_alive), count(p_alive)"
             " FROM customer_value GROUP BY segment");
    while (q.step()) {
        const int s = int(q.int64(0));
        if (s < 1 || s > kRfmSegmentCount)
            continue;
        SegmentSummary &summary = overview.segments[s - 1];
        summary.customers = q.int64(1);
        summary.revenueCents = q.int64(2);
        summary.totalClv = q.real(3);
        summary.withClv = q.int64(4);
        summary.averageClv = summary.withClv > 0 ? summary.totalClv / double(summary.withClv) : 0;
        const qint64 withAlive = q.int64(6);
        summary.averageProbabilityAlive = withAlive > 0 ? q.real(5) / double(withAlive) : 0;
        overview.analysedCustomers += summary.customers;
    }
    if (q.failed())
        return std::unexpected(sqliteError(h, tr("Reading the segments")));
    // The analysis reads live customers only, so the rest of the live ones have no purchases.
    Sql live(h, "SELECT count(*) FROM customer WHERE deleted_at IS NULL");
    if (live.step())
        overview.noPurchaseCustomers = std::max<qint64>(0, live.int64(0) - overview.analysedCustomers);
    if (live.failed())
        return std::unexpected(sqliteError(h, tr("Reading the segments")));
    return overview;
}

Result<std::vector<qint64>> ValueStore::segmentMembers(int segment) const
{
    sqlite3 *h = m_db->handle();
    Sql q(h, "SELECT customer_id FROM customer_value INDEXED BY customer_value_by_segment WHERE segment = ?"
             " ORDER BY clv DESC");
    if (!q.isValid())
        return std::unexpected(sqliteError(h, tr("Reading the segment's customers")));
    q.bind(1, qint64(segment));
    std::vector<qint64> ids;
    while (q.step())
        ids.push_back(q.int64(0));
    if (q.failed())
        return std::unexpected(sqliteError(h, tr("Reading the segment's customers")));
    return ids;
}

} // namespace relatio::value
