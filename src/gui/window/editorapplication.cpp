#include "window/editorapplication.h"

#include "appidentity.h"
#include "storepreference.h"
#include "uilanguage.h"
#include "window/mainwindow.h"
#include "window/selftest.h"
#include "window/singleinstance.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <string_view>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
// Chromium's zygote processes exist to start sandboxed renderers. With the sandbox off (as root,
// where Chromium refuses to run otherwise, or when QTWEBENGINE_DISABLE_SANDBOX is set) they only
// cost two processes (about 70 MB RSS, 9 MB PSS with a 10 KB draft open; galley_startup_bench):
// the renderer is then started directly. Chromium accepts --no-zygote only without the sandbox,
// so nothing changes while the sandbox is on.
void tuneWebEngine(int argc, char **argv)
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    bool sandboxOff = qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")
        || flags.contains("--no-sandbox");
    for (int i = 1; i < argc; ++i)
        sandboxOff = sandboxOff || qstrcmp(argv[i], "--no-sandbox") == 0;
    if (!sandboxOff || flags.contains("zygote"))
        return;
    flags += flags.isEmpty() ? "--no-zygote" : " --no-zygote";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}
} // namespace

QString storePathFromArguments(const QStringList &arguments)
{
    // --db, GALLEY_DB, Preferences ▸ Store, else empty (the default store).
    return chooseStore(dbArgument(arguments)).value;
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
    QElapsedTimer started; // the self-test's start-up times count from here
    started.start();
    // Qt WebEngine prints a 20-line dump of its graphics context on every start; a person who
    // started Galley from a terminal sees it only when asking for it (QT_LOGGING_RULES still wins).
    if (!std::any_of(argv + 1, argv + argc,
                     [](const char *a) { return std::string_view(a) == "--verbose"; }))
        QLoggingCategory::setFilterRules(u"qt.webenginecontext.info=false"_s);
    tuneWebEngine(argc, argv);
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Galley"_s);
    installUiTranslators();
    qCDebug(lcStartup) << started.elapsed() << "ms: application and translators ready";
    const QStringList arguments = QApplication::arguments();
    if (arguments.contains(u"--self-test"_s))
        return runSelfTest(arguments, storePathFromArguments(arguments), started);
    // A second `galley FILE.md` on the same store hands its files to the editor already open
    // (singleinstance.h); --new-window opens another window anyway (the store is shared safely).
    SingleInstance instance(storePathFromArguments(arguments));
    const bool newWindow = arguments.contains(u"--new-window"_s);
    if (instance.start(fileArgumentsFromArguments(arguments), newWindow)
        == SingleInstance::Start::HandedOver)
        return 0;
    const auto window = startEditorWindow(arguments);
    instance.serve(window.get());
    return app.exec();
}

} // namespace galley::gui
