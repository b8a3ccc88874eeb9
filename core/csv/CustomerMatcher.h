// Finding the customer a row of an import names, as every per-customer import (contacts, orders)
// does it: by external id, else primary e-mail address, else Relatio id, the first key that names
// exactly one live customer. Lookups go through prepared statements and a bounded cache.
#pragma once

#include "csv/CustomerImporter.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <variant>

struct sqlite3;

namespace relatio::csv {

class CustomerMatcher
{
    Q_DECLARE_TR_FUNCTIONS(CustomerMatcher)

public:
    // What a row says about its customer; empty strings for keys it lacks.
    struct Keys
    {
        QString externalId;
        QString email;
        QString uuid;   // lower case
        bool isEmpty() const { return externalId.isEmpty() && email.isEmpty() && uuid.isEmpty(); }
    };
    // The file columns (1-based; 0 = not in the file) of the keys, for the problems' positions.
    struct Columns
    {
        int externalId = 0;
        int email = 0;
        int uuid = 0;
        int first() const { return externalId ? externalId : email ? email : uuid; }
    };

    // Prepared on the connection it is given (inside the import's transaction).
    explicit CustomerMatcher(sqlite3 *db);
    bool isValid() const;

    // The customer's row id, or the problem of the row: no customer has the keys, a key is shared
    // by two live customers, or the customer is deleted. records names what is imported for the
    // deleted-customer message ("contacts", "orders"), translated by the caller.
    std::variant<qint64, RowProblem> find(const Keys &keys, qint64 line, const Columns &columns,
                                          const QString &records);

private:
    Statement m_byExternal;
    Statement m_byEmail;
    Statement m_byUuid;
    // "x" or "e" and the key → customer id. Cleared when full, so memory stays bounded.
    QHash<QString, qint64> m_cache;
};

} // namespace relatio::csv
