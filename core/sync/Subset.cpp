// A laptop's subset as text.
#include "sync/Subset.h"

namespace relatio::sync {

QString Subset::toText() const
{
    QStringList parts;
    for (const QString &o : owners)
        parts.append(QStringLiteral("owner=") + o);
    for (const QString &t : tags)
        parts.append(QStringLiteral("tag=") + t);
    for (const QString &c : countries)
        parts.append(QStringLiteral("country=") + c);
    return parts.join(QLatin1Char(','));
}

Subset Subset::fromText(const QString &text)
{
    Subset s;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString value = part.section(QLatin1Char('='), 1);
        if (part.startsWith(QLatin1String("owner=")))
            s.owners.append(value);
        else if (part.startsWith(QLatin1String("tag=")))
            s.tags.append(value);
        else if (part.startsWith(QLatin1String("country=")))
            s.countries.append(value);
    }
    return s;
}

} // namespace relatio::sync
