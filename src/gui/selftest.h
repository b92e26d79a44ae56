#pragma once

#include <QStringList>

namespace galley::gui {

// `galley --self-test`: starts the editor window as usual but on a temporary store (unless --db or
// GALLEY_DB names one), waits until the window is shown, the store is open and the preview has
// rendered the draft, prints what happened and returns 0 (all of it worked) or 1. For package
// checks and bug reports: it proves the installed program, its plugins and its web engine work,
// without touching the person's store or settings. Needs a running QApplication.
int runSelfTest(const QStringList &arguments);

} // namespace galley::gui
