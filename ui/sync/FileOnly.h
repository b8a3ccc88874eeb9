// What a window on a team database does not offer yet, said where it would be: the pages and
// actions that read a Relatio file directly (figures, value analysis, imports and exports, privacy
// exports and erasure, demo data) stand aside there, each saying why and where to do it instead.
#pragma once

#include <QString>

class QAction;
class QWidget;

namespace relatio {

// A page standing in for one that works on a Relatio file only; what names its content ("The
// satisfaction figures").
QWidget *fileOnlyPage(const QString &title, const QString &what);
// Disables an action, its tooltip and status tip saying why.
void disableFileOnly(QAction *action);
// The reason, in one sentence, for tooltips and notes.
QString fileOnlyReason();

} // namespace relatio
