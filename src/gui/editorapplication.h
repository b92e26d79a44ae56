#pragma once

namespace galley::gui {

// Starts the editor window and runs the event loop; returns the exit code.
int runEditor(int &argc, char **argv);

} // namespace galley::gui
