// `galley-editor`: the editor window, with Qt Widgets and WebEngine. Users run `galley`, which
// replaces itself with this program (same arguments) when the invocation is not a command; it is
// installed outside PATH, in <prefix>/libexec/galley/.
#include "window/editorapplication.h"

#include <QtGlobal>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    // Chromium refuses to start as root unless its sandbox is off; turn it off only then, and say
    // so. Here, in the process that starts WebEngine, so that it also holds when this program is
    // started directly.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        std::fputs(
            "galley: running as root, so the preview's web engine starts with --no-sandbox\n",
            stderr);
    }
    return galley::gui::runEditor(argc, argv);
}
