// Merging two edits of one customer record.
#include "customers/SaveMerge.h"

#include <QSet>

#include <algorithm>

namespace relatio {

namespace {

QString folded(const QString &tag)
{
    return tag.trimmed().toCaseFolded();
}

QSet<QString> foldedSet(const QStringList &tags)
{
    QSet<QString> set;
    for (const QString &t : tags)
        set.insert(folded(t));
    return set;
}

// Text fields by stored name; null for the others.
QString Customer::*textMember(const QString &field)
{
    static const QHash<QString, QString Customer::*> members = {
        {QStringLiteral("external_id"), &Customer::externalId},
        {QStringLiteral("given_name"), &Customer::givenName},
        {QStringLiteral("family_name"), &Customer::familyName},
        {QStringLiteral("organisation_name"), &Customer::organisationName},
        {QStringLiteral("email"), &Customer::email},
        {QStringLiteral("email_alt"), &Customer::emailAlt},
        {QStringLiteral("phone"), &Customer::phone},
        {QStringLiteral("mobile"), &Customer::mobile},
        {QStringLiteral("street"), &Customer::street},
        {QStringLiteral("postcode"), &Customer::postcode},
        {QStringLiteral("city"), &Customer::city},
        {QStringLiteral("country"), &Customer::country},
        {QStringLiteral("language"), &Customer::language},
        {QStringLiteral("notes"), &Customer::notes},
    };
    return members.value(field, nullptr);
}

// Tags of a three-way merge: theirs, plus what you added, minus what you removed; theirs' order
// and spelling first, then your additions in your order.
QStringList mergeTags(const QStringList &original, const QStringList &yours, const QStringList &theirs)
{
    const QSet<QString> before = foldedSet(original);
    const QSet<QString> mine = foldedSet(yours);
    QStringList merged;
    QSet<QString> seen;
    for (const QString &t : theirs) {
        const QString f = folded(t);
        if (before.contains(f) && !mine.contains(f))
            continue;   // you removed it
        if (!seen.contains(f)) {
            seen.insert(f);
            merged.append(t);
        }
    }
    for (const QString &t : yours) {
        const QString f = folded(t);
        if (!before.contains(f) && !seen.contains(f)) {
            seen.insert(f);
            merged.append(t);
        }
    }
    return merged;
}

} // namespace

const QStringList &SaveMerge::fields()
{
    static const QStringList list = {
        QStringLiteral("kind"),     QStringLiteral("given_name"), QStringLiteral("family_name"),
        QStringLiteral("organisation_name"), QStringLiteral("organisation"), QStringLiteral("email"),
        QStringLiteral("email_alt"), QStringLiteral("phone"),     QStringLiteral("mobile"),
        QStringLiteral("street"),   QStringLiteral("postcode"),   QStringLiteral("city"),
        QStringLiteral("country"),  QStringLiteral("language"),   QStringLiteral("owner"),
        QStringLiteral("tags"),     QStringLiteral("external_id"), QStringLiteral("notes"),
        QStringLiteral("deleted_at"),
    };
    return list;
}

bool SaveMerge::same(const Customer &a, const Customer &b, const QString &field)
{
    if (const auto member = textMember(field))
        return a.*member == b.*member;
    if (field == QLatin1String("kind"))
        return a.kind == b.kind;
    if (field == QLatin1String("organisation"))
        return a.organisationId == b.organisationId;
    if (field == QLatin1String("owner"))
        return a.ownerId == b.ownerId;
    if (field == QLatin1String("tags"))
        return foldedSet(a.tags) == foldedSet(b.tags);
    if (field == QLatin1String("deleted_at"))
        return a.isDeleted() == b.isDeleted();
    return true;
}

QString SaveMerge::text(const Customer &c, const QString &field)
{
    const auto member = textMember(field);
    return member ? c.*member : QString();
}

void SaveMerge::take(Customer &into, const Customer &from, const QString &field)
{
    if (const auto member = textMember(field)) {
        into.*member = from.*member;
    } else if (field == QLatin1String("kind")) {
        into.kind = from.kind;
    } else if (field == QLatin1String("organisation")) {
        into.organisationId = from.organisationId;
        into.organisationLabel = from.organisationLabel;
    } else if (field == QLatin1String("owner")) {
        into.ownerId = from.ownerId;
        into.ownerName = from.ownerName;
    } else if (field == QLatin1String("tags")) {
        into.tags = from.tags;
    } else if (field == QLatin1String("deleted_at")) {
        into.deletedAt = from.deletedAt;
    }
}

SaveMerge::Outcome SaveMerge::merge(const Customer &original, const Customer &yours, const Customer &theirs)
{
    Outcome out;
    out.merged = yours;
    for (const QString &field : fields()) {
        const bool youChanged = !same(original, yours, field);
        const bool theyChanged = !same(original, theirs, field);
        if (field == QLatin1String("tags")) {
            if (theyChanged) {
                out.merged.tags = youChanged ? mergeTags(original.tags, yours.tags, theirs.tags) : theirs.tags;
                out.theirs.append(field);
            }
            continue;
        }
        if (field == QLatin1String("deleted_at")) {
            // The editor does not delete: yours keeps the state you opened. Deleted elsewhere
            // while you edited is a clash (keep it deleted, or keep it with your changes); the
            // same with nothing of yours to save is simply theirs.
            if (theyChanged) {
                const bool youEdited = std::any_of(fields().cbegin(), fields().cend(), [&](const QString &f) {
                    return f != QLatin1String("deleted_at") && !same(original, yours, f);
                });
                if (!youEdited || !theirs.isDeleted()) {
                    take(out.merged, theirs, field);
                    out.theirs.append(field);
                } else {
                    out.clashes.append(field);
                }
            }
            continue;
        }
        if (field == QLatin1String("kind") && youChanged != theyChanged) {
            // A person made an organisation (or back) on one side, while the other side changed
            // the name or membership fields of what it was: those mean something else now, so
            // the user chooses the kind (the fields of the other kind are then cleared).
            static const QStringList shaped = {QStringLiteral("given_name"), QStringLiteral("family_name"),
                                               QStringLiteral("organisation_name"), QStringLiteral("organisation")};
            const Customer &other = youChanged ? theirs : yours;
            if (std::any_of(shaped.cbegin(), shaped.cend(), [&](const QString &f) { return !same(original, other, f); })) {
                out.clashes.append(field);
                continue;
            }
        }
        if (!theyChanged)
            continue;
        if (!youChanged || same(yours, theirs, field)) {
            if (!same(yours, theirs, field))
                out.theirs.append(field);
            take(out.merged, theirs, field);
        } else {
            out.clashes.append(field);
        }
    }
    return out;
}

} // namespace relatio
