#pragma once

#include <QStringList>

namespace galley::cli {

// True when the arguments ask for the command-line tool (a subcommand, --help, --version) rather
// than the editor window. `galley` alone, `galley FILE.md` and `galley --db X` open the editor.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs a command line (arguments as in QCoreApplication::arguments()) and returns the exit code.
int runCommandLine(const QStringList &arguments);

} // namespace galley::cli
