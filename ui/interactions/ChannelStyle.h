// How channels, complaint states and follow-up states look in lists: colours that are always
// paired with text, so nothing is said by colour alone.
#pragma once

#include "interactions/InteractionText.h"

#include <QColor>

namespace relatio {

// A distinct colour per channel: the eight built-in ones fixed, added ones from a palette.
QColor channelColour(qint64 channelId);
// The background of a complaint state's label ("Open", "Taken by …", "Resolved").
QColor complaintStateColour(ComplaintState state);
// Readable dark text on a light tint of a colour.
QColor tintOf(const QColor &colour);
QColor inkOf(const QColor &colour);

} // namespace relatio
