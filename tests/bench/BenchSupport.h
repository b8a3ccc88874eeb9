// Helpers the benchmark programs share.
#pragma once

#include <QCoreApplication>
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

} // namespace relatio::bench
