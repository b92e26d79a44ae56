#pragma once

#include <QString>
#include <QStringList>

namespace galley::gui {

// The store the editor opens: `--db PATH` (or `--db=PATH`) on the command line, else the
// GALLEY_DB environment variable, else the default store. Empty means the default.
QString storePathFromArguments(const QStringList &arguments);

// Starts the editor window and runs the event loop; returns the exit code.
int runEditor(int &argc, char **argv);

} // namespace galley::gui
