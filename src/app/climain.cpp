// `galley-cli`: the command line, started by `galley` (see launch.h). A subcommand runs here
// without a display; anything else (`galley NOTES`, Qt's own options) starts the editor next to
// this program, with the same arguments.
#include "appidentity.h"
#include "commandline.h"
#include "launch.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <string>

using namespace Qt::StringLiterals;

namespace {
struct EditorLauncherTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::EditorLauncher)
};

int startEditor(int argc, char **argv)
{
    std::string editor;
    std::string error;
#ifdef GALLEY_HAVE_EDITOR
    // Next to this program: <prefix>/libexec/galley/ installed, the build folder otherwise.
    const std::string self = galley::launch::runningExecutable();
    editor = self.substr(0, self.rfind('/') + 1) + "galley-editor";
    galley::launch::execFirst({editor}, argv, &error);
#endif
    // Still here: no editor. Qt only now, for the message in the user's language.
    QCoreApplication app(argc, argv);
    galley::setApplicationIdentity();
    galley::installUiTranslators();
    QString message;
    if (editor.empty())
        message = EditorLauncherTr::tr(
            "galley: this build has no editor window (built without GUI); see 'galley --help'");
    else if (error.empty())
        message = EditorLauncherTr::tr(
                      "galley: the editor window is not installed; looked for:%1\n"
                      "Reinstall Galley, or use a command without the window (see 'galley "
                      "--help').")
                      .arg(u"\n  "_s + QDir::toNativeSeparators(QString::fromStdString(editor)));
    else
        message = EditorLauncherTr::tr("galley: cannot start the editor window %1")
                      .arg(QString::fromStdString(error));
    std::fputs(qPrintable(message + u'\n'), stderr);
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!galley::cli::isCommandLineInvocation(arguments))
        return startEditor(argc, argv);

    QCoreApplication app(argc, argv);
    galley::setApplicationIdentity();
    // The same language as the editor: the system's, or the one chosen in Preferences.
    galley::installUiTranslators();
    return galley::cli::runCommandLine(QCoreApplication::arguments());
}
