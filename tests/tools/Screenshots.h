// The parts of the screenshots tool kept in files of their own.
#pragma once

#include "MainWindow.h"

#include <functional>

class QWidget;

namespace relatio::shots {

using Save = std::function<void(QWidget *, const char *)>;

// The window on a team database (--server): the list, the File menu, a page that works on a file
// only, the dialog that opens a team database (with address, as the window was opened), and the
// erase dialog (ScreenshotsTeam.cpp).
void shootTeam(MainWindow &window, const DatabasePtr &db, const QString &address, const Save &save);

} // namespace relatio::shots
