// Result and Error: how core reports failure to its callers without deciding how it is shown.
#pragma once

#include <QString>
#include <expected>

namespace relatio {

struct Error
{
    enum class Code {
        Io,             // file cannot be read, written or copied
        Database,       // SQLite reported an error
        Busy,           // the database is locked by another program
        NewerSchema,    // the file was written by a newer Relatio
        NotFound,       // the record does not exist
        Invalid,        // input failed validation
        Cancelled,      // the user cancelled a long job
        Usage,          // a command was called wrongly
        Conflict,       // someone else changed the record since it was read
    };

    Code code = Code::Database;
    QString message;    // for people, already translated where it reaches the UI
    QString file;       // where it applies: file, line and column (1-based; 0 = unknown)
    int line = 0;
    int column = 0;

    QString toString() const
    {
        if (file.isEmpty())
            return message;
        if (line <= 0)
            return file + QStringLiteral(": ") + message;
        return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
    }
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(Error::Code code, const QString &message)
{
    return std::unexpected(Error{code, message, {}, 0, 0});
}

} // namespace relatio
