// The header row of a contacts or orders file mapped to that kind's columns. (Customer files have
// their own mapping, which the import wizard lets the user edit.)
#pragma once

#include "csv/InteractionCsv.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace relatio::csv {

class HeaderRow
{
    Q_DECLARE_TR_FUNCTIONS(HeaderRow)

public:
    // Which column each header is (nullopt: none). Fails at line 1, naming the file column, when
    // two headers hold one column, or when headers are no column of the kind (unless
    // ignoreUnknown; a rejects file's reason column never counts as unknown). unknownOne and
    // unknownMany say so for one and for several, with %1 for the headers. guess, headerName and
    // allColumns are the kind's (InteractionCsv.h, OrderCsv.h).
    template <typename Column, typename Guess>
    static Result<QList<std::optional<Column>>> map(const QStringList &headers, const QString &fileName,
                                                    bool ignoreUnknown, Guess guess,
                                                    const QList<Column> &allColumns, const QString &unknownOne,
                                                    const QString &unknownMany)
    {
        auto error = [&fileName](int column, const QString &message) {
            return std::unexpected(Error{Error::Code::Invalid, message, fileName, 1, column});
        };
        QList<std::optional<Column>> mapping;
        QHash<int, int> taken; // column → 1-based file column
        QStringList unknown;
        int firstUnknown = 0;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString &header = headers[i];
            const std::optional<Column> column = guess(header);
            if (!column && !header.trimmed().isEmpty() && !InteractionCsv::isReasonColumn(header)) {
                unknown.append(tr("“%1”").arg(header.trimmed()));
                if (firstUnknown == 0)
                    firstUnknown = int(i) + 1;
            }
            if (column) {
                if (const auto it = taken.constFind(int(*column)); it != taken.constEnd())
                    return error(int(i) + 1, tr("Columns %1 (“%2”) and %3 (“%4”) both hold the %5; keep one of them.")
                                                 .arg(*it)
                                                 .arg(headers[*it - 1].trimmed())
                                                 .arg(i + 1)
                                                 .arg(header.trimmed(), headerName(*column)));
                taken.insert(int(*column), int(i) + 1);
            }
            mapping.append(column);
        }
        if (!unknown.isEmpty() && !ignoreUnknown) {
            QStringList canonical;
            for (const Column c : allColumns)
                canonical.append(headerName(c));
            return error(firstUnknown, (unknown.size() == 1 ? unknownOne : unknownMany)
                                               .arg(QLocale().createSeparatedList(unknown))
                                           + QLatin1Char(' ')
                                           + tr("The columns are: %1 (or their names in Dutch or Norwegian).")
                                                 .arg(canonical.join(QStringLiteral(", "))));
        }
        return mapping;
    }
};

} // namespace relatio::csv
