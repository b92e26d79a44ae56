#pragma once

// How `galley` starts the right program. `galley` is the one command users run, but it is a small
// launcher that links no Qt at all: a command runs in `galley-cli` (Qt Core and Sql), the window in
// `galley-editor` (Qt Widgets and WebEngine), and each process loads only the libraries it uses.
// Loading Qt Core alone costs ~8 ms, Widgets and WebEngine ~60 ms, so neither side pays for the
// other. Both programs are found from where `galley` really is, never through PATH:
// <bindir>/../libexec/galley/ when installed, next to `galley` in the build tree.
//
// Plain C++ on purpose: this code runs before any Qt library is loaded.

#include <string>
#include <string_view>
#include <vector>

namespace galley::launch {

// The real path of the running executable (/proc/self/exe, symlinks resolved).
std::string runningExecutable();

// Where to look for `program` next to the executable `executable`, in order: the installed
// <bindir>/../libexec/galley/<program>, then <bindir>/<program> (the build tree).
std::vector<std::string> programCandidates(const std::string &executable, std::string_view program);

// True when the arguments certainly open the editor: nothing but --db PATH, --self-test first,
// or a file path (it has a '.' or '/'; no command has). Everything else, commands and mistyped
// commands included, goes to `galley-cli`, which decides exactly (galley::cli::
// isCommandLineInvocation) and still starts the editor for `galley NOTES`. This rule may only
// ever say "editor" where that function does (tst_editorlaunch checks it).
bool opensEditorDirectly(int argc, const char *const *argv);

// Replaces this process with the first candidate that exists, passing `argv` unchanged (argv[0]
// included, so window class and messages still say `galley`). Returns only on failure: with
// `error` empty when no candidate exists, else the reason the one found did not start.
void execFirst(const std::vector<std::string> &candidates, char **argv, std::string *error);

} // namespace galley::launch
