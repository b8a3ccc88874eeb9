// Where the weekly channel-usage report reads its contacts and their customers' names, in each
// store's dialect: on a file through SQLite's API (a covering index, lookups in id order), on a team
// database with QSqlQuery (its time index, names a thousand per query).
#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>

#include <atomic>
#include <functional>
#include <utility>
#include <vector>

namespace relatio::usage {

// Calls visit(day, customer id, channel id) for every live contact in [from, to], in no
// particular order; visit returns false to stop early.
Result<void> scanContacts(const Database &db, const QDate &from, const QDate &to,
                          const std::function<bool(qint64, qint64, qint64)> &visit);

// Each customer's sort name (as UTF-8, the customer list's order) and display name, for ids in
// ascending order; ids no longer there are left out. Stops with Error::Code::Cancelled when
// cancelled is set.
using CustomerNames = QHash<qint64, std::pair<QByteArray, QString>>;
Result<CustomerNames> customerNames(const Database &db, const std::vector<qint64> &ids,
                                    const std::atomic_bool *cancelled);

} // namespace relatio::usage
