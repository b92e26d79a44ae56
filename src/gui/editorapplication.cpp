#include "editorapplication.h"

#include "appidentity.h"
#include "mainwindow.h"
#include "selftest.h"
#include "uilanguage.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace galley::gui {

QString storePathFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--db"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--db="_s))
            return arg.mid(5);
    }
    return qEnvironmentVariable("GALLEY_DB");
}

QStringList fileArgumentsFromArguments(const QStringList &arguments)
{
    QStringList files;
    bool onlyFiles = false; // after `--`, even "-notes.md" is a file
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyFiles) {
            files << arg;
        } else if (arg == u"--") {
            onlyFiles = true;
        } else if (arg == u"--db") {
            ++i; // its value
        } else if (!arg.startsWith(u'-')) {
            files << arg;
        }
    }
    return files;
}

std::unique_ptr<MainWindow> startEditorWindow(const QStringList &arguments)
{
    auto window = std::make_unique<MainWindow>(storePathFromArguments(arguments));
    window->show();
    window->openFiles(fileArgumentsFromArguments(arguments));
    return window;
}

int runEditor(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Galley"_s);
    installUiTranslators();
    const QStringList arguments = QApplication::arguments();
    if (arguments.contains(u"--self-test"_s))
        return runSelfTest(arguments);
    // A second `galley FILE.md` while the editor runs starts a second window on the same store:
    // both keep their drafts safe (the store is shared safely, and a draft changed in both keeps
    // both versions), so no single-instance hand-over is needed.
    const auto window = startEditorWindow(arguments);
    return app.exec();
}

} // namespace galley::gui
