// Helpers shared by the tests that run relatio-cli and write input files.
#pragma once

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QStringList>

namespace relatio::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs relatio-cli with the arguments and waits for it (two minutes at most).
inline CliRun cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(RELATIO_CLI), arguments);
    REQUIRE(p.waitForFinished(120000));
    return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Writes bytes to a new file in dir and returns its path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

} // namespace relatio::test
