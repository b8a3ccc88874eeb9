// What every relatio-cli command shares.
#include "CliSupport.h"

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

} // namespace relatio::cli
