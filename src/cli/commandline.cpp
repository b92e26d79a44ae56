#include "commandline.h"

#include "commands.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct CommandLineTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::CommandLine)
};

// Where the command is: the options every command accepts (--db PATH) may also come before it,
// as in `galley --db PATH export FILE`; they are collected in `globalOptions`.
qsizetype commandIndex(const QStringList &arguments, QStringList *globalOptions)
{
    qsizetype i = 1;
    while (i < arguments.size()) {
        const QString &a = arguments.at(i);
        if (a == u"--db" && i + 1 < arguments.size()) {
            *globalOptions << a << arguments.at(i + 1);
            i += 2;
        } else if (a.startsWith(u"--db=")) {
            *globalOptions << a;
            ++i;
        } else {
            break;
        }
    }
    return i;
}

const Command *findCommand(const QList<Command> &commands, const QString &name)
{
    for (const Command &c : commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString generalHelp()
{
    QString help = CommandLineTr::tr(
        "Usage: galley [--db PATH] [--new-window] [FILE.md...]\n"
        "       galley COMMAND [OPTIONS]\n"
        "       galley --self-test\n\n"
        "Galley is an editor for curated weekly newsletters. Without a command it\n"
        "opens the editor window, and imports each FILE.md given as a new draft; with\n"
        "a command it works on the command line. When an editor is already open on\n"
        "the same store, the files go to its window instead; --new-window opens\n"
        "another window anyway.\n\n"
        "--self-test starts the editor window on a temporary store, checks that the\n"
        "store opens and the preview renders, and exits (0 passed, 1 failed).\n\n"
        "Commands:\n");
    for (const Command &c : allCommands())
        help += u"  "_s + c.name.leftJustified(10) + u' ' + c.summary + u'\n';
    help += CommandLineTr::tr(
        "\nEvery command accepts --db PATH (or the GALLEY_DB environment variable) and "
        "--help.\nExit codes: 0 success, 1 problems found, 2 usage error or unreadable input.\n");
    return help;
}
} // namespace

QList<Command> allCommands()
{
    return {exportCommand(),   importCommand(), listCommand(),     searchCommand(),
            linksCommand(),    showCommand(),   backupCommand(),   migrateCommand(),
            newCommand(),      checkCommand(),  spellCommand(),    trashCommand(),
            sponsorsCommand(), inboxCommand(),  sendTestCommand(), settingsCommand(),
            publishCommand()};
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    QStringList globals;
    const qsizetype i = commandIndex(arguments, &globals);
    if (i >= arguments.size())
        return false; // `galley` or `galley --db PATH`: the editor
    const QString first = arguments.at(i);
    if (first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v"
        || first == u"help")
        return true;
    if (findCommand(allCommands(), first))
        return true;
    // Anything else that is not an option or a file is a mistyped command: say so on the terminal.
    // An existing file is opened even without an extension (`galley NOTES`).
    return !first.startsWith(u'-') && !first.contains(u'.') && !first.contains(u'/')
        && !QFileInfo::exists(first);
}

int runCommandLine(const QStringList &arguments)
{
    QStringList globals;
    const qsizetype i = commandIndex(arguments, &globals);
    const QString first = arguments.value(i);
    const QList<Command> commands = allCommands();
    if (first == u"help" && i + 1 < arguments.size()) {
        // `galley help export` is `galley export --help`.
        if (const Command *c = findCommand(commands, arguments.at(i + 1)))
            return c->run(Invocation {{c->name, u"--help"_s}});
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        writeOut(generalHelp().toUtf8());
        return Success;
    }
    if (first == u"--version" || first == u"-v") {
        writeOutLine(u"galley "_s + QStringLiteral(GALLEY_VERSION));
        return Success;
    }
    if (const Command *c = findCommand(commands, first))
        return c->run(Invocation {QStringList {first} + globals + arguments.mid(i + 1)});
    writeErrLine(
        CommandLineTr::tr("galley: '%1' is not a command. Try 'galley --help'.").arg(first));
    return UsageError;
}

} // namespace galley::cli
