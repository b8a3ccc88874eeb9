// Which customers a field laptop keeps (docs/sync-plan.md, section 5): all of them, or those of
// some team members, with some tags or in some countries (any of them), each with what belongs to
// it: its organisation, contacts, follow-ups, orders, consent entries, change history and the
// conflicts about them. Everything else a team shares (members, tags, channels, products, units,
// personas, assessments) is always kept whole.
#pragma once

#include <QString>
#include <QStringList>

namespace relatio::sync {

struct Subset
{
    QStringList owners;    // team members, by uuid
    QStringList tags;      // tags, by uuid
    QStringList countries; // ISO 3166 codes, upper case

    bool isAll() const { return owners.isEmpty() && tags.isEmpty() && countries.isEmpty(); }
    // As kept in the laptop's meta table: "owner=UUID,tag=UUID,country=NO" (empty: everything).
    QString toText() const;
    static Subset fromText(const QString &text);
    bool operator==(const Subset &) const = default;
};

} // namespace relatio::sync
