// Helpers the benchmark programs share.
#pragma once

#include "sync/TeamServer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace relatio::bench {

// Prints "program: message" on standard error and ends the program with exit code 1.
[[noreturn]] inline void die(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
    std::exit(1);
}

// The load average over the last minute, -1 when unknown: the machine is shared, and the figures
// are read with it.
inline double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

// The options of a benchmark on a scratch team database: --server URL and --customers N.
struct ScratchOptions
{
    QCommandLineOption server{QStringLiteral("server"), QStringLiteral("scratch PostgreSQL database"),
                              QStringLiteral("url")};
    QCommandLineOption customers{QStringLiteral("customers"), QStringLiteral("customers"), QStringLiteral("n"),
                                 QStringLiteral("100000")};

    // The scratch database (--server, else RELATIO_TEST_PG), or the program ends saying what to give.
    sync::ServerUrl url(const QCommandLineParser &parser) const
    {
        const QString address = parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("RELATIO_TEST_PG");
        if (address.isEmpty())
            die(QStringLiteral("give --server postgresql://USER@HOST:PORT/DB (a scratch database: it is emptied)"));
        auto parsed = sync::ServerUrl::parse(address);
        if (!parsed)
            die(parsed.error().message);
        return *parsed;
    }
};

// Connects to the scratch database at url, empties it (its public schema dropped and made again)
// and makes the team schema there.
inline std::unique_ptr<sync::TeamServer> freshTeamDatabase(const sync::ServerUrl &url)
{
    auto server = sync::TeamServer::connect(url);
    if (!server)
        die(server.error().message);
    QSqlQuery q((*server)->connection());
    if (!q.exec(QStringLiteral("DROP SCHEMA public CASCADE")) || !q.exec(QStringLiteral("CREATE SCHEMA public")))
        die(QStringLiteral("cannot empty the scratch database"));
    if (auto made = (*server)->init(); !made)
        die(made.error().message);
    return std::move(*server);
}

#ifdef RELATIO_CLI
// Makes a demo Relatio file at path with relatio-cli (customers, contacts and seed as given; orders
// as the demo makes them, or none), or ends the program saying why.
inline void makeDemo(const QString &path, const QString &customers, const QString &interactions, const QString &seed,
                     bool orders = false)
{
    QStringList arguments{QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--customers"), customers,
                          QStringLiteral("--interactions"), interactions, QStringLiteral("--seed"), seed};
    if (!orders)
        arguments << QStringLiteral("--orders") << QStringLiteral("0");
    QProcess demo;
    demo.start(QStringLiteral(RELATIO_CLI), arguments);
    if (!demo.waitForFinished(-1) || demo.exitCode() != 0)
        die(QStringLiteral("relatio-cli demo failed: ") + QString::fromUtf8(demo.readAllStandardError()));
}
#endif

} // namespace relatio::bench
