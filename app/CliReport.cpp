// relatio-cli report maturity [--unit NAME] [--json]: the CRM maturity of an organisation unit (its
// latest self-assessment) beside the evidence from the CRM's data, as the Maturity page shows it.
#include "CliSupport.h"
#include "i18n/Translations.h"
#include "maturity/Assessments.h"
#include "maturity/Evidence.h"
#include "maturity/MaturityReport.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace relatio::cli {

namespace {

QString reportUsage()
{
    return Cli::tr("Usage: relatio-cli [--db PATH] [--lang en|nl|nb] report maturity [--unit NAME] [--json]\n"
                   "\n"
                   "Prints the CRM maturity view: the five phases with their criteria (met, not met or not\n"
                   "measured), the phase reached by the latest self-assessment of the unit, the evidence from\n"
                   "the CRM's data with values and thresholds, what blocks the next phase and the next steps.\n"
                   "Without --unit: the evidence alone. --json prints one JSON object with the same content.\n");
}

} // namespace

int runReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), QString(), QStringLiteral("name"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QString());
    const QCommandLineOption serverOption(QStringLiteral("server"), QString(), QStringLiteral("url"));
    const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"), QString());
    parser.addOptions({help, dbOption, langOption, unitOption, jsonOption, serverOption, passwordStdinOption});
    const bool parsed = parser.parse(arguments);
    installTranslations(parser.value(langOption));
    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << reportUsage() << teamDatabaseHelp();
        out().flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(1) != QLatin1String("maturity") || positional.size() != 2)
        return usageError(Cli::tr("use: report maturity [--unit NAME] [--json]"));
    if (parser.isSet(unitOption) && parser.value(unitOption).trimmed().isEmpty())
        return usageError(Cli::tr("--unit needs the NAME of an organisation unit."));

    if (const auto wrong = checkStoreOptions(parser.isSet(serverOption), parser.value(serverOption), parser.isSet(dbOption),
                                             parser.isSet(passwordStdinOption)))
        return *wrong;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    auto db = openStore(path, parser.value(serverOption), parser.isSet(passwordStdinOption));
    if (!db)
        return failure(db.error());

    maturity::AssessmentRepository repository(*db);
    std::optional<maturity::Assessment> assessment;
    QString unitName;
    if (parser.isSet(unitOption)) {
        const auto unit = repository.unitByName(parser.value(unitOption));
        if (!unit)
            return failure(unit.error());
        if (!*unit) {
            QStringList names;
            if (const auto units = repository.units())
                for (const maturity::OrgUnit &u : *units)
                    names.append(u.name);
            return failure(Error{Error::Code::NotFound,
                                 names.isEmpty()
                                     ? Cli::tr("unknown unit '%1': there are no organisation units yet.").arg(parser.value(unitOption))
                                     : Cli::tr("unknown unit '%1' (units: %2).").arg(parser.value(unitOption), names.join(QStringLiteral(", "))),
                                 {}, 0, 0});
        }
        unitName = (*unit)->name;
        const auto latest = repository.latest((*unit)->id);
        if (!latest)
            return failure(latest.error());
        assessment = *latest;
    }

    const auto evidence = maturity::EvidenceQuery::measure(*db, QDate::currentDate());
    if (!evidence)
        return failure(evidence.error());
    const maturity::MaturityResult result = maturity::Scoring::score(assessment, *evidence, unitName);
    if (parser.isSet(jsonOption))
        out() << QString::fromUtf8(QJsonDocument(maturity::MaturityReport::json(result)).toJson(QJsonDocument::Indented));
    else
        out() << maturity::MaturityReport::text(result);
    out().flush();
    return Success;
}

} // namespace relatio::cli
