// How a contact's parts read in lists and details: its scores and the state of a complaint.
#pragma once

#include "interactions/Interaction.h"

#include <QCoreApplication>

namespace relatio {

enum class ComplaintState { None, Open, Taken, Resolved };

class InteractionText
{
    Q_DECLARE_TR_FUNCTIONS(InteractionText)

public:
    static ComplaintState complaintState(const Interaction &interaction);
    // "Open", "Taken by Ann", "Resolved"; empty for other kinds.
    static QString complaintStateName(const Interaction &interaction);
    // "CSAT 4 · NPS 9", the parts there are; empty when neither was asked.
    static QString scores(const Interaction &interaction);
    // The subject, else the first line of the notes, else "(no subject)".
    static QString title(const Interaction &interaction);
};

} // namespace relatio
