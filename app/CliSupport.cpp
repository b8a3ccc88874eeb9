// What every relatio-cli command shares.
#include "CliSupport.h"

#include "sync/TeamServer.h"

namespace relatio::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &message)
{
    err() << "relatio-cli: " << message << "\n" << Cli::tr("Try 'relatio-cli --help'.") << "\n";
    err().flush();
    return Usage;
}

int failure(const Error &error)
{
    err() << "relatio-cli: " << error.toString() << "\n";
    err().flush();
    return Failure;
}

QStringList commandWords(const QStringList &arguments)
{
    QStringList words;
    for (qsizetype i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("-db") || a == QLatin1String("--lang")
            || a == QLatin1String("-lang") || a == QLatin1String("--server") || a == QLatin1String("-server")) {
            ++i; // the option's value
            continue;
        }
        if (a.startsWith(QLatin1Char('-'))) {
            if (words.isEmpty())
                continue; // --db=PATH, --lang=nl and the like before the command
            break;        // an option of the command: no second word before it
        }
        words.append(a);
    }
    return words;
}

Result<DatabasePtr> openStore(const QString &dbPath, const QString &server, bool passwordStdin)
{
    if (server.isEmpty())
        return Database::open(dbPath);
    QString password;
    if (passwordStdin) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    return sync::TeamServer::openDatabase(server, password);
}

std::optional<int> checkStoreOptions(bool serverGiven, const QString &server, bool dbGiven, bool passwordStdin)
{
    if (serverGiven && server.trimmed().isEmpty())
        return usageError(Cli::tr("--server needs the team database's URL: postgresql://USER@HOST:PORT/DATABASE."));
    if (serverGiven && dbGiven)
        return usageError(Cli::tr("Give --db or --server, not both."));
    if (passwordStdin && !serverGiven)
        return usageError(Cli::tr("--password-stdin gives the password of the team database named with --server."));
    return std::nullopt;
}

QString teamDatabaseHelp()
{
    return Cli::tr("\nTeam database: with --server URL (postgresql://USER@HOST[:PORT]/DB[?sslmode=…]) instead of\n"
                   "--db, info, demo, report maturity, export customers|interactions|orders|marketing, privacy\n"
                   "export-subject and privacy erase work on the team database itself (an erasure there reaches\n"
                   "every laptop at its next sync). import customers|interactions|orders and value fit|clv work on\n"
                   "this computer's copy of the team database (kept in the folder RELATIO_TEAM_COPIES names, else\n"
                   "in the data folder's team-copies): a sync brings it up to date first; an import is then sent\n"
                   "with a second sync (exit 1 when that sync fails: the import waits in the copy for the next one).\n"
                   "--password-stdin reads the password from the first line of standard input (else the system\n"
                   "keychain, then ~/.pgpass or PGPASSWORD). The other commands work on a Relatio file.\n");
}

int fileOnlyCommand(const QString &command)
{
    return usageError(Cli::tr("%1 works on a Relatio file, not yet on a team database: give --db PATH (a file that "
                              "syncs with the team database) instead of --server.")
                          .arg(command));
}

} // namespace relatio::cli
