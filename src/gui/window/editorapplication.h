#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace galley::gui {

class MainWindow;

// The store the editor opens: `--db PATH` (or `--db=PATH`) on the command line, else the
// GALLEY_DB environment variable, else Preferences ▸ Store (storepreference.h), else the default
// store. Empty means the default.
QString storePathFromArguments(const QStringList &arguments);

// The files to open (`galley FILE.md ...`, the .desktop file's %F): every argument after the
// program that is neither an option nor an option's value. Qt's own options (-platform, -style)
// are already gone from QApplication::arguments().
QStringList fileArgumentsFromArguments(const QStringList &arguments);

// The editor as `galley [--db PATH] [FILE.md ...]` starts it, on a running QApplication: the
// window on its store, shown, with the files imported as drafts once the store is open.
std::unique_ptr<MainWindow> startEditorWindow(const QStringList &arguments);

// Starts the editor window and runs the event loop; returns the exit code. With --self-test the
// window starts on a temporary store (unless --db is given), checks that the store opens and the
// preview renders, prints the result and exits (0 passed, 1 failed).
int runEditor(int &argc, char **argv);

} // namespace galley::gui
