// The parts of the screenshots tool kept in files of their own.
#pragma once

#include "MainWindow.h"

#include <functional>

class QWidget;

namespace relatio {
class DashboardPage;
}

namespace relatio::shots {

using Save = std::function<void(QWidget *, const char *)>;

// The window on a team database (--server): the list, the File menu, a page that works on a file
// only, the satisfaction figures, the dialog that opens a team database (with address, as the
// window was opened), and the erase dialog (ScreenshotsTeam.cpp).
void shootTeam(MainWindow &window, const DatabasePtr &db, const QString &address, const Save &save);

// Waits until the Satisfaction page has read its figures, and a moment for the charts to draw.
void settleDashboard(DashboardPage *dashboard);

} // namespace relatio::shots
