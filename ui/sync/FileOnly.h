// What a window on a team database does not offer, said where it would be: the pages and actions
// that need a Relatio file (sync, backup; the value analysis when this computer's copy of the team
// database cannot be had) stand aside there, each saying why and where to do it instead.
#pragma once

#include <QString>

class QAction;
class QWidget;

namespace relatio {

// A page standing in for one that works on a Relatio file only; what names its content ("The
// satisfaction figures").
// why: what kept it from this computer's copy of the team database, when that is the reason.
QWidget *fileOnlyPage(const QString &title, const QString &what, const QString &why = {});
// Disables an action, its tooltip and status tip saying why (and why, when given).
void disableFileOnly(QAction *action, const QString &why = {});
// The reason, in one sentence, for tooltips and notes.
QString fileOnlyReason();

} // namespace relatio
