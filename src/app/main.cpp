// The `galley` executable only wires the libraries together: a subcommand runs the command-line
// tool without a display; anything else opens the editor.
#include "appidentity.h"
#include "commandline.h"
#include "uilanguage.h"

#ifdef GALLEY_HAVE_GUI
#include "editorapplication.h"
#endif

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (galley::cli::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        galley::setApplicationIdentity();
        // The same language as the editor: the system's, or the one chosen in Preferences.
        galley::installUiTranslators();
        return galley::cli::runCommandLine(QCoreApplication::arguments());
    }

#ifdef GALLEY_HAVE_GUI
    // Chromium refuses to start as root unless its sandbox is off; turn it off only then, and say
    // so.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        std::fputs(
            "galley: running as root, so the preview's web engine starts with --no-sandbox\n",
            stderr);
    }
    return galley::gui::runEditor(argc, argv);
#else
    std::fputs("galley: this build has no editor window (built without GUI); see 'galley --help'\n",
               stderr);
    return 2;
#endif
}
