#pragma once

#include <QLoggingCategory>
#include <QStringList>

class QElapsedTimer;

namespace galley::gui {

// "galley.startup": with QT_LOGGING_RULES=galley.startup.debug=true the self-test logs when each
// step of the start finished (milliseconds since runEditor began), to see where the time goes.
Q_DECLARE_LOGGING_CATEGORY(lcStartup)

// `galley --self-test`: starts the editor window as usual but on a temporary copy of `storePath`
// (storePathFromArguments(): empty unless --db or GALLEY_DB names one), waits until the window is
// shown, the store is open and the preview has rendered the draft the editor opened (its page shows
// that draft's title), prints what happened and returns 0 (all of it worked) or 1. For package
// checks and bug reports: it proves the installed program, its plugins and its web engine work,
// without touching the person's store or settings. Needs a running QApplication.
//
// Everything is signal-driven (no polling), so the line it prints is also a start-up measurement:
//   galley: self-test passed: window shown at X ms, preview rendered at Y ms, checked at Z ms; ...
// counted from `started` (the editor's first line of code): X the window's first expose was
// handled (painted), Y the page confirmed it applied and laid out the draft, Z the checks ended
// and the line was printed. galley_startup_bench adds the hidden `--self-test-hold`: after that
// line the editor stays open until its standard input is closed, so that the memory of the running
// editor can be measured.
// It drives the window from above, like the application: it includes mainwindow.h, and nothing
// of the window includes it back but the application that starts it.
int runSelfTest(const QStringList &arguments, QString storePath, const QElapsedTimer &started);

} // namespace galley::gui
