// Display texts of contacts.
#include "interactions/InteractionText.h"

#include <QLocale>

namespace relatio {

ComplaintState InteractionText::complaintState(const Interaction &i)
{
    if (i.kind != InteractionKind::Complaint)
        return ComplaintState::None;
    if (i.resolvedAt.isValid())
        return ComplaintState::Resolved;
    return i.takenById > 0 ? ComplaintState::Taken : ComplaintState::Open;
}

QString InteractionText::complaintStateName(const Interaction &i)
{
    switch (complaintState(i)) {
    case ComplaintState::None: return {};
    case ComplaintState::Open: return tr("Open");
    case ComplaintState::Taken: return tr("Taken by %1").arg(i.takenByName);
    case ComplaintState::Resolved: return tr("Resolved");
    }
    return {};
}

QString InteractionText::scores(const Interaction &i)
{
    QStringList parts;
    if (i.csat)
        parts.append(tr("CSAT %1").arg(*i.csat));
    if (i.nps)
        parts.append(tr("NPS %1").arg(*i.nps));
    return parts.join(QStringLiteral(" · "));
}

QString InteractionText::title(const Interaction &i)
{
    if (!i.subject.trimmed().isEmpty())
        return i.subject.simplified();
    const QString firstLine = i.notes.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    return firstLine.isEmpty() ? tr("(no subject)") : firstLine;
}

} // namespace relatio
