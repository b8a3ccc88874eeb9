// relatio-cli value fit … and value clv …: the customer-value analysis on the command line. Both
// run the analysis on the database and store it as the GUI's "Run analysis" does (value_fit,
// customer_value and the satisfaction-by-segment aggregates), then print it.
#include "CliSupport.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "sync/WorkingCopy.h"
#include "value/ValueStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace relatio::cli {

namespace {

using namespace relatio::value;

QString valueUsage()
{
    return Cli::tr("Usage: relatio-cli [--db PATH] [--lang en|nl|nb] value fit [--calibration-end DATE]\n"
                   "                   [--unit week|day|month] [--currency CODE] [--json]\n"
                   "       relatio-cli [--db PATH] [--lang en|nl|nb] value clv [--months N] [--discount R]\n"
                   "                   [--calibration-end DATE] [--unit week|day|month] [--currency CODE]\n"
                   "                   [--output FILE]\n"
                   "\n"
                   "  value fit   fit the BG/NBD (purchases, P(alive)) and Gamma-Gamma (spend) models by\n"
                   "              maximum likelihood to the purchases up to the calibration end (default:\n"
                   "              the last purchase day), counted in weeks (default), days or months;\n"
                   "              same-day purchases count as one. Prints the parameters, log-likelihoods,\n"
                   "              customers and purchases, and stores the analysis with the RFM segments\n"
                   "  value clv   the same analysis, then per customer: Relatio id, external id, name,\n"
                   "              segment, P(alive), expected purchases and expected spend per purchase over\n"
                   "              the horizon (--months, default 12), and the CLV discounted at --discount\n"
                   "              a month (default 0.01); a table, or CSV written to --output FILE\n"
                   "\n"
                   "  --currency CODE   analyse the purchases in this currency (default: the most common)\n");
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// Significant digits, never in the locale's format: for parameters people copy.
QString parameter(double value)
{
    return QString::number(value, 'g', 7);
}

void printDiagnostics(const ValueRefreshResult &r)
{
    const QLocale locale;
    if (r.otherCurrencyPurchases > 0)
        err() << Cli::tr("relatio-cli: note: %1 purchases in other currencies (%2) were left out; use --currency to"
                         " analyse them.")
                     .arg(locale.toString(r.otherCurrencyPurchases), r.otherCurrencies.join(QStringLiteral(", ")))
              << "\n";
    if (r.laterPurchases > 0)
        err() << Cli::tr("relatio-cli: note: %1 purchases after the calibration end were left out.")
                     .arg(locale.toString(r.laterPurchases))
              << "\n";
    if (!r.fit.message.isEmpty())
        err() << Cli::tr("relatio-cli: warning: %1").arg(r.fit.message) << "\n";
    err().flush();
}

int printFit(const ValueRefreshResult &r, bool json)
{
    const StoredFit &f = r.fit;
    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("calibration_end"), f.calibrationEnd.toString(Qt::ISODate));
        o.insert(QStringLiteral("unit"), ValueStore::unitKey(f.unit));
        o.insert(QStringLiteral("currency"), f.currency);
        o.insert(QStringLiteral("customers"), double(f.customers));
        o.insert(QStringLiteral("purchases"), double(f.purchases));
        o.insert(QStringLiteral("purchase_days"), double(r.purchaseDays));
        o.insert(QStringLiteral("purchases_other_currencies"), double(r.otherCurrencyPurchases));
        o.insert(QStringLiteral("purchases_after_calibration"), double(r.laterPurchases));
        if (f.purchaseModel) {
            const BgNbdParams &p = *f.purchaseModel;
            QJsonObject bg{{QStringLiteral("r"), p.r}, {QStringLiteral("alpha"), p.alpha},
                           {QStringLiteral("a"), p.a}, {QStringLiteral("b"), p.b},
                           {QStringLiteral("log_likelihood"), f.purchaseLogLikelihood}};
            if (r.purchaseErrors)
                bg.insert(QStringLiteral("standard_errors"),
                          QJsonObject{{QStringLiteral("r"), r.purchaseErrors->r},
                                      {QStringLiteral("alpha"), r.purchaseErrors->alpha},
                                      {QStringLiteral("a"), r.purchaseErrors->a},
                                      {QStringLiteral("b"), r.purchaseErrors->b}});
            o.insert(QStringLiteral("bgnbd"), bg);
        } else {
            o.insert(QStringLiteral("bgnbd"), QJsonValue::Null);
        }
        if (f.spendModel) {
            const GammaGammaParams &p = *f.spendModel;
            QJsonObject gg{{QStringLiteral("p"), p.p}, {QStringLiteral("q"), p.q}, {QStringLiteral("gamma"), p.gamma},
                           {QStringLiteral("log_likelihood"), f.spendLogLikelihood},
                           {QStringLiteral("customers"), r.spendCustomers},
                           {QStringLiteral("skipped"), r.spendSkipped}};
            if (r.spendErrors)
                gg.insert(QStringLiteral("standard_errors"),
                          QJsonObject{{QStringLiteral("p"), r.spendErrors->p}, {QStringLiteral("q"), r.spendErrors->q},
                                      {QStringLiteral("gamma"), r.spendErrors->gamma}});
            o.insert(QStringLiteral("gamma_gamma"), gg);
        } else {
            o.insert(QStringLiteral("gamma_gamma"), QJsonValue::Null);
        }
        o.insert(QStringLiteral("message"), f.message);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    const QLocale locale;
    const auto se = [](const std::optional<double> &e) {
        return e ? QStringLiteral("  (± %1)").arg(QString::number(*e, 'g', 3)) : QString();
    };
    out() << Cli::tr("Calibration end:  %1, in %2").arg(f.calibrationEnd.toString(Qt::ISODate), ValueStore::unitName(f.unit))
          << "\n"
          << Cli::tr("Currency:         %1").arg(f.currency) << "\n"
          << Cli::tr("Customers:        %1").arg(locale.toString(f.customers)) << "\n"
          << Cli::tr("Purchases:        %1 (%2 purchase days)")
                 .arg(locale.toString(f.purchases), locale.toString(r.purchaseDays))
          << "\n\n";
    if (f.purchaseModel) {
        const BgNbdParams &p = *f.purchaseModel;
        const auto e = r.purchaseErrors;
        out() << Cli::tr("BG/NBD (purchases and P(alive)):") << "\n"
              << "  r      = " << parameter(p.r) << se(e ? std::optional(e->r) : std::nullopt) << "\n"
              << "  alpha  = " << parameter(p.alpha) << se(e ? std::optional(e->alpha) : std::nullopt) << "\n"
              << "  a      = " << parameter(p.a) << se(e ? std::optional(e->a) : std::nullopt) << "\n"
              << "  b      = " << parameter(p.b) << se(e ? std::optional(e->b) : std::nullopt) << "\n"
              << Cli::tr("  log-likelihood = %1").arg(QString::number(f.purchaseLogLikelihood, 'f', 4)) << "\n";
    } else {
        out() << Cli::tr("BG/NBD (purchases and P(alive)): not fitted") << "\n";
    }
    if (f.spendModel) {
        const GammaGammaParams &p = *f.spendModel;
        const auto e = r.spendErrors;
        out() << Cli::tr("Gamma-Gamma (spend per purchase), %1 customers with repeat purchases:")
                     .arg(locale.toString(r.spendCustomers))
              << "\n"
              << "  p      = " << parameter(p.p) << se(e ? std::optional(e->p) : std::nullopt) << "\n"
              << "  q      = " << parameter(p.q) << se(e ? std::optional(e->q) : std::nullopt) << "\n"
              << "  gamma  = " << parameter(p.gamma) << se(e ? std::optional(e->gamma) : std::nullopt) << "\n"
              << Cli::tr("  log-likelihood = %1").arg(QString::number(f.spendLogLikelihood, 'f', 4)) << "\n";
    } else {
        out() << Cli::tr("Gamma-Gamma (spend per purchase): not fitted") << "\n";
    }
    out() << "\n" << Cli::tr("Stored as the current value analysis.") << "\n";
    out().flush();
    return Success;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Per customer from the stored analysis, by CLV (highest first), as a table or CSV.
int printClv(const DatabasePtr &db, const ValueRefreshResult &r, const QString &outputPath)
{
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.uuid, c.external_id, c.kind, c.given_name, c.family_name, c.organisation_name, v.segment,"
            " v.p_alive, v.expected_purchases, v.expected_spend, v.clv FROM customer_value v"
            " JOIN customer c ON c.id = v.customer_id ORDER BY v.clv DESC, v.customer_id")))
        return failure(Database::sqlError(q.lastError(), Cli::tr("Reading the customer values")));
    const auto name = [&q]() {
        if (q.value(2).toString() == QLatin1String("organisation"))
            return q.value(5).toString();
        const QString given = q.value(3).toString();
        const QString family = q.value(4).toString();
        return given.isEmpty() ? family : family.isEmpty() ? given : given + QLatin1Char(' ') + family;
    };
    const auto fixed = [&q](int column, int decimals) {
        return q.value(column).isNull() ? QString() : QString::number(q.value(column).toDouble(), 'f', decimals);
    };

    if (!outputPath.isEmpty()) {
        QSaveFile file(outputPath);
        if (!file.open(QIODevice::WriteOnly))
            return failure(Error{Error::Code::Io, Cli::tr("cannot write the file: %1").arg(file.errorString()),
                                 outputPath, 0, 0});
        QByteArray chunk = "customer_uuid,external_id,name,segment,p_alive,expected_purchases,expected_spend,clv\r\n";
        qint64 rows = 0;
        while (q.next()) {
            const QString line = QStringList{q.value(0).toString(), csvField(q.value(1).toString()), csvField(name()),
                                             csvField(QString::fromLatin1(Rfm::segmentKey(
                                                 RfmSegment(std::clamp(q.value(6).toInt(), 1, 10) - 1)))),
                                             fixed(7, 6), fixed(8, 6), fixed(9, 4), fixed(10, 4)}
                                     .join(QLatin1Char(','));
            chunk += line.toUtf8() + "\r\n";
            ++rows;
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
        if (!file.commit())
            return failure(Error{Error::Code::Io, Cli::tr("cannot write the file: %1").arg(file.errorString()),
                                 outputPath, 0, 0});
        out() << Cli::tr("Wrote %1 customers to %2 (horizon %3 months, monthly discount %4, currency %5).")
                     .arg(QLocale().toString(rows), outputPath)
                     .arg(r.fit.horizonMonths)
                     .arg(QString::number(r.fit.monthlyDiscount))
                     .arg(r.fit.currency)
              << "\n";
        out().flush();
        return Success;
    }

    out() << Cli::tr("CLV over %1 months, monthly discount %2, in %3; calibration end %4.")
                 .arg(r.fit.horizonMonths)
                 .arg(QString::number(r.fit.monthlyDiscount), r.fit.currency,
                      r.fit.calibrationEnd.toString(Qt::ISODate))
          << "\n";
    const QString header = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                               .arg(Cli::tr("Relatio id"), -36)
                               .arg(Cli::tr("External id"), -12)
                               .arg(Cli::tr("Name"), -28)
                               .arg(Cli::tr("Segment"), -20)
                               .arg(Cli::tr("P(alive)"), 8)
                               .arg(Cli::tr("Exp. purchases"), 14)
                               .arg(Cli::tr("Exp. spend"), 12)
                               .arg(Cli::tr("CLV"), 12);
    out() << header << "\n";
    const auto cell = [](const QString &text, int width) {
        return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
    };
    while (q.next()) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                     .arg(q.value(0).toString(), -36)
                     .arg(cell(q.value(1).toString(), 12), -12)
                     .arg(cell(name(), 28), -28)
                     .arg(cell(ValueStore::segmentName(q.value(6).toInt()), 20), -20)
                     .arg(q.value(7).isNull() ? QStringLiteral("-") : number(q.value(7).toDouble(), 3), 8)
                     .arg(q.value(8).isNull() ? QStringLiteral("-") : number(q.value(8).toDouble(), 2), 14)
                     .arg(q.value(9).isNull() ? QStringLiteral("-") : number(q.value(9).toDouble(), 2), 12)
                     .arg(q.value(10).isNull() ? QStringLiteral("-") : number(q.value(10).toDouble(), 2), 12)
              << "\n";
    }
    out().flush();
    return Success;
}

} // namespace

int runValueCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption calibrationOption(QStringLiteral("calibration-end"), QString(), QStringLiteral("date"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), QString(), QStringLiteral("unit"));
    const QCommandLineOption currencyOption(QStringLiteral("currency"), QString(), QStringLiteral("code"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QString());
    const QCommandLineOption monthsOption(QStringLiteral("months"), QString(), QStringLiteral("n"));
    const QCommandLineOption discountOption(QStringLiteral("discount"), QString(), QStringLiteral("r"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QString(), QStringLiteral("file"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QString(), QStringLiteral("url"));
    const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"), QString());
    parser.addOptions({help, dbOption, langOption, calibrationOption, unitOption, currencyOption, jsonOption,
                       monthsOption, discountOption, outputOption, serverOption, passwordStdinOption});
    const bool parsed = parser.parse(arguments);
    installTranslations(parser.value(langOption));
    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << valueUsage();
        out().flush();
        return Success;
    }
    if (const auto wrong = checkStoreOptions(parser.isSet(serverOption), parser.value(serverOption), parser.isSet(dbOption),
                                             parser.isSet(passwordStdinOption)))
        return *wrong;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(1);
    if (positional.size() != 2 || (verb != QLatin1String("fit") && verb != QLatin1String("clv")))
        return usageError(Cli::tr("use: value fit [options], or value clv [options] (see value --help)."));
    const bool isFit = verb == QLatin1String("fit");
    if (isFit && (parser.isSet(monthsOption) || parser.isSet(discountOption) || parser.isSet(outputOption)))
        return usageError(Cli::tr("--months, --discount and --output belong to value clv."));
    if (!isFit && parser.isSet(jsonOption))
        return usageError(Cli::tr("--json belongs to value fit."));

    ValueSettings settings;
    if (parser.isSet(calibrationOption)) {
        const QString text = parser.value(calibrationOption);
        const QByteArray utf8 = text.toUtf8();
        const auto day = text.size() == 10 ? ValueStore::parseDay(utf8.constData(), int(utf8.size())) : std::nullopt;
        if (!day)
            return usageError(Cli::tr("--calibration-end takes a date as YYYY-MM-DD, not '%1'.").arg(text));
        settings.calibrationEnd = QDate::fromJulianDay(*day);
    }
    if (parser.isSet(unitOption)) {
        const auto unit = ValueStore::unitFromKey(parser.value(unitOption));
        if (!unit)
            return usageError(Cli::tr("--unit takes week, day or month."));
        settings.unit = *unit;
    }
    if (parser.isSet(currencyOption)) {
        settings.currency = parser.value(currencyOption).trimmed().toUpper();
        if (settings.currency.isEmpty())
            return usageError(Cli::tr("--currency needs a currency code, such as EUR."));
    }
    if (parser.isSet(monthsOption)) {
        bool ok = false;
        settings.clv.months = parser.value(monthsOption).toInt(&ok);
        if (!ok || settings.clv.months < 1 || settings.clv.months > 1200)
            return usageError(Cli::tr("--months takes a whole number from 1 to 1200."));
    }
    if (parser.isSet(discountOption)) {
        bool ok = false;
        settings.clv.monthlyDiscountRate = parser.value(discountOption).toDouble(&ok);
        if (!ok || !std::isfinite(settings.clv.monthlyDiscountRate) || settings.clv.monthlyDiscountRate < 0
            || settings.clv.monthlyDiscountRate > 1)
            return usageError(Cli::tr("--discount takes a monthly rate from 0 to 1, such as 0.01 for 1%."));
    }
    const QString output = parser.value(outputOption);
    if (parser.isSet(outputOption) && output.isEmpty())
        return usageError(Cli::tr("--output needs a FILE."));

    // The analysis is worked out on a Relatio file: on a team database, on this computer's copy
    // of it, brought up to date first (sync::WorkingCopy); nothing of it is sent.
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    auto store = openStore(path, parser.value(serverOption), parser.isSet(passwordStdinOption));
    if (!store)
        return failure(store.error());
    const bool terminal = isatty(fileno(stderr));
    int shown = -1;
    DatabasePtr analysed;
    sync::WorkingCopy::RunOptions syncing;
    syncing.progress = [&](qint64 records) {
        if (!terminal)
            return;
        shown = 0;
        err() << "\r" << Cli::tr("Bringing this computer's copy of the team database up to date: %1 records")
                             .arg(QLocale().toString(records))
              << "      ";
        err().flush();
    };
    const auto result = sync::WorkingCopy::run<ValueRefreshResult>(
        *store,
        [&](const DatabasePtr &target) {
            analysed = target;
            return ValueStore(target).refresh(settings, [&](int percent, const QString &step) {
                if (!terminal || percent == shown)
                    return;
                shown = percent;
                err() << "\r" << step << " " << percent << "%      ";
                err().flush();
            });
        },
        [](const ValueRefreshResult &) { return false; }, nullptr, syncing);
    if (terminal && shown >= 0) {
        err() << "\r" << QString(90, QLatin1Char(' ')) << "\r";
        err().flush();
    }
    if (!result)
        return failure(result.error());
    if (result->noOrders) {
        if (isFit && parser.isSet(jsonOption)) {
            out() << "{\"no_orders\": true, \"customers\": 0, \"purchases\": 0}\n";
        } else {
            out() << Cli::tr("No orders yet: the database holds no purchases to analyse.") << "\n";
        }
        out().flush();
        return Success;
    }
    printDiagnostics(*result);
    return isFit ? printFit(*result, parser.isSet(jsonOption)) : printClv(analysed, *result, output);
}

} // namespace relatio::cli
