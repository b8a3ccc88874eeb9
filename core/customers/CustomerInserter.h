// The bulk write path for new customers: one prepared statement on the raw SQLite handle, for
// loads of a million rows (demo data, CSV import) where QSqlQuery's per-value cost would dominate.
// The caller holds the write transaction and passes records that CustomerValidator normalised.
#pragma once

#include "customers/Customer.h"
#include "store/Statement.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <span>

struct sqlite3;

namespace relatio {

class CustomerInserter
{
    Q_DECLARE_TR_FUNCTIONS(CustomerInserter)

public:
    explicit CustomerInserter(sqlite3 *db);

    bool isValid() const { return m_insert.isValid() && m_link.isValid(); }

    // Inserts c with its organisation label (a person's organisation name) and returns the new
    // row id. c.uuid must be set; createdAt/updatedAt are stored as given (ISO text from
    // toStoredTime). c.organisationId and c.ownerId of 0 are stored as NULL.
    Result<qint64> insert(const Customer &c, const QString &organisationLabel, const QString &createdAt,
                          const QString &updatedAt);
    Result<void> linkTags(qint64 customerId, std::span<const qint64> tagIds);

private:
    sqlite3 *m_db;
    Statement m_insert;
    Statement m_link;
};

} // namespace relatio
