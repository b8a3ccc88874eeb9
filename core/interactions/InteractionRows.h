// What InteractionRepository's two source files share (InteractionRepository.cpp for channels and
// contacts, InteractionRepositoryFollowUps.cpp for follow-ups): bound values and one-row updates.
// Internal to core/interactions.
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace relatio::interactionrows {

// SQL for a customer's display name, on the alias c.
const QString &customerNameSql();

QVariant nullableId(qint64 id);
QVariant nullableInt(const std::optional<int> &value);
QVariant nullableTime(const QDateTime &time);
// Never NULL: an empty string for a null one.
QString text(const QString &s);
// A stored time, or NULL when the flag is off (resolved, done, retired).
QVariant timeIf(bool set, const QString &now);
// One UPDATE of the row it names: what says what was being done, for the error; gone is the
// message when no row matched.
Result<void> updateRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what,
                       const QString &gone);

} // namespace relatio::interactionrows
