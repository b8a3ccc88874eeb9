// relatio-cli --server URL init and relatio-cli sync --server URL: the team database on
// PostgreSQL and the field laptop's sync with it, for scripts.
#include "CliSupport.h"
#include "i18n/Translations.h"
#include "store/Database.h"
#include "sync/Credentials.h"
#include "sync/Synchroniser.h"
#include "sync/TeamServer.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <unistd.h>

namespace relatio::cli {

namespace {

using namespace relatio::sync;

QString syncUsage()
{
    return Cli::tr("Usage: relatio-cli --server URL [--lang en|nl|nb] init [--db PATH] [--password-stdin]\n"
                   "       relatio-cli [--db PATH] [--lang en|nl|nb] sync --server URL [--password-stdin]\n"
                   "                   [--save-password] [--subset owner=NAME|tag=NAME|country=CODE|all]...\n"
                   "\n"
                   "  init   create the team database's schema on the PostgreSQL server (all or nothing;\n"
                   "         nothing to do when it is there). With --db, that database is uploaded as the\n"
                   "         first content, if the team database holds no customers yet\n"
                   "  sync   exchange changes with the team database both ways: what changed there comes in,\n"
                   "         what changed here goes out; prints 'sent N, received N, conflicts N'\n"
                   "\n"
                   "  URL               postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE&sslrootcert=FILE\n"
                   "                    &connect_timeout=SECONDS]; no password in it\n"
                   "  --password-stdin  read the password from the first line of standard input\n"
                   "  --save-password   keep that password in the system keychain for the next time\n"
                   "  --subset          keep only some customers on this computer: those of a team member, with\n"
                   "                    a tag or in a country (repeat it for several: any of them), each with\n"
                   "                    its organisation, contacts, orders and consents; 'all' keeps every\n"
                   "                    customer again. Remembered for the next syncs\n"
                   "\n"
                   "The password is otherwise taken from the system keychain, then by PostgreSQL's own\n"
                   "rules (~/.pgpass, PGPASSWORD).\n");
}

Error invalid(const QString &message)
{
    Error e;
    e.code = Error::Code::Invalid;
    e.message = message;
    return e;
}

QString readLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

} // namespace

int runSyncCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("language"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QString(), QStringLiteral("url"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), QString());
    const QCommandLineOption savePassword(QStringLiteral("save-password"), QString());
    const QCommandLineOption subsetOption(QStringLiteral("subset"), QString(), QStringLiteral("selection"));
    parser.addOptions({help, dbOption, langOption, serverOption, passwordStdin, savePassword, subsetOption});
    const bool parsed = parser.parse(arguments);
    installTranslations(parser.value(langOption));
    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        out() << syncUsage();
        out().flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (positional.size() != 1)
        return usageError(Cli::tr("%1 takes no further arguments (see %1 --help).").arg(verb));
    if (!parser.isSet(serverOption))
        return usageError(Cli::tr("%1 needs the team server: --server postgresql://USER@HOST:PORT/DATABASE.").arg(verb));
    if (parser.isSet(savePassword) && !parser.isSet(passwordStdin))
        return usageError(Cli::tr("--save-password keeps the password given with --password-stdin."));
    if (parser.isSet(subsetOption) && verb != QLatin1String("sync"))
        return usageError(Cli::tr("--subset is for sync: it says which customers this computer keeps."));
    const auto url = ServerUrl::parse(parser.value(serverOption));
    if (!url)
        return usageError(url.error().message);

    QString password;
    if (parser.isSet(passwordStdin)) {
        password = readLine();
    } else {
        const StoredPassword stored = readPassword(url->address());
        password = stored.password;
    }
    auto server = TeamServer::connect(*url, password);
    if (!server)
        return failure(server.error());
    if (parser.isSet(savePassword)) {
        if (auto kept = storePassword(url->address(), password); !kept)
            err() << Cli::tr("relatio-cli: warning: %1").arg(kept.error().message) << "\n";
    }
    const QLocale locale;
    if (auto encrypted = (*server)->encrypted(); encrypted && !*encrypted
        && url->host != QLatin1String("localhost") && url->host != QLatin1String("127.0.0.1")
        && url->host != QLatin1String("::1")) {
        err() << Cli::tr("relatio-cli: note: the connection to %1 is not encrypted; add ?sslmode=verify-full to the"
                         " address to require TLS.")
                     .arg(url->address())
              << "\n";
    }
    err().flush();

    const bool isInit = verb == QLatin1String("init");
    if (isInit) {
        const auto made = (*server)->make();
        if (!made)
            return failure(made.error());
        using Made = sync::TeamServer::Made;
        out() << (*made == Made::Created    ? Cli::tr("Created the team database on %1.").arg(url->address())
                  : *made == Made::Upgraded ? Cli::tr("Upgraded the team database on %1 to schema version %2.")
                                                  .arg(url->address())
                                                  .arg(schemaMigrations().constLast().version)
                                            : Cli::tr("The team database on %1 is ready; nothing to change.").arg(url->address()))
              << "\n";
        out().flush();
        if (!parser.isSet(dbOption))
            return Success;
        const auto customers = (*server)->customerCount();
        if (!customers)
            return failure(customers.error());
        if (*customers > 0)
            return failure(invalid(Cli::tr("The team database already holds %1 customers: the first content is "
                                           "uploaded only into an empty one. Use sync to exchange changes with it.")
                                       .arg(locale.toString(*customers))));
    } else if (verb != QLatin1String("sync")) {
        return usageError(Cli::tr("use: --server URL init, or sync --server URL (see sync --help)."));
    } else if (auto checked = (*server)->check(); !checked) {
        return failure(checked.error());
    }

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    auto db = Database::open(path);
    if (!db)
        return failure(db.error());
    SyncEndpoint laptop(*db);
    // A replica syncs with one team database only.
    const auto serverId = (*server)->endpoint().replicaId();
    if (!serverId)
        return failure(serverId.error());
    {
        QSqlQuery q((*db)->connection());
        if (!q.exec(QStringLiteral("SELECT peer_id FROM sync_peer WHERE role = 'server'")))
            return failure(Database::sqlError(q.lastError(), Cli::tr("Reading %1").arg(path)));
        if (q.next() && q.value(0).toString() != *serverId)
            return failure(invalid(Cli::tr("%1 syncs with another team database; it cannot sync with %2 too.")
                                       .arg(path, url->address())));
    }

    // Which customers this computer keeps, when the command says so (names are looked up on the
    // team database, which has them all).
    if (parser.isSet(subsetOption)) {
        const auto changed = Synchroniser::keep(laptop, (*server)->endpoint(), parser.values(subsetOption));
        if (!changed)
            return failure(changed.error());
        if (*changed) {
            err() << Cli::tr("relatio-cli: note: this computer keeps %1 from now on.").arg(**changed) << "\n";
            err().flush();
        }
    }

    const bool terminal = isatty(fileno(stderr));
    SyncOptions options;
    if (terminal) {
        options.progress = [&locale](qint64 done) {
            err() << "\r" << Cli::tr("Syncing: %1 records").arg(locale.toString(done)) << "      ";
            err().flush();
        };
    }
    const auto summary = Synchroniser::run(laptop, (*server)->endpoint(), options);
    if (terminal) {
        err() << "\r" << QString(50, QLatin1Char(' ')) << "\r";
        err().flush();
    }
    if (!summary)
        return failure(summary.error());
    if (summary->erasedOnServer > 0) {
        if (auto cleaned = (*server)->vacuum(); !cleaned)
            err() << Cli::tr("relatio-cli: warning: %1").arg(cleaned.error().message) << "\n";
    }
    out() << Cli::tr("sent %1, received %2, conflicts %3")
                 .arg(locale.toString(summary->sent), locale.toString(summary->received),
                      locale.toString(summary->conflicts))
          << "\n";
    out().flush();
    if (const QString clock = Synchroniser::clockText(*summary); !clock.isEmpty())
        err() << Cli::tr("relatio-cli: warning: %1").arg(clock) << "\n";
    if (const QString left = Synchroniser::subsetText(*summary); !left.isEmpty())
        err() << Cli::tr("relatio-cli: note: %1").arg(left) << "\n";
    return Success;
}

} // namespace relatio::cli
