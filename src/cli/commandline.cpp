#include "commandline.h"

#include "commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::CommandLine)
};

QString generalHelp()
{
    QString help
        = Tr::tr("Usage: galley [--db PATH] [FILE.md]\n"
                 "       galley COMMAND [OPTIONS]\n\n"
                 "Galley is an editor for curated weekly newsletters. Without a command it\n"
                 "opens the editor window; with one it works on the command line.\n\n"
                 "Commands:\n");
    for (const Command &c : allCommands())
        help += u"  "_s + c.name.leftJustified(10) + u' ' + c.summary + u'\n';
    help += Tr::tr(
        "\nEvery command accepts --db PATH (or the GALLEY_DB environment variable) and "
        "--help.\nExit codes: 0 success, 1 problems found, 2 usage error or unreadable input.\n");
    return help;
}
} // namespace

QList<Command> allCommands()
{
    return {exportCommand()};
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v"
        || first == u"help")
        return true;
    for (const Command &c : allCommands()) {
        if (c.name == first)
            return true;
    }
    // Anything else that is not an option or a file is a mistyped command: say so on the terminal.
    return !first.startsWith(u'-') && !first.contains(u'.') && !first.contains(u'/');
}

int runCommandLine(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        writeOut(generalHelp().toUtf8());
        return Success;
    }
    if (first == u"--version" || first == u"-v") {
        writeOutLine(u"galley "_s + QStringLiteral(GALLEY_VERSION));
        return Success;
    }
    for (const Command &c : allCommands()) {
        if (c.name == first)
            return c.run(Invocation {arguments.mid(1)});
    }
    writeErrLine(Tr::tr("galley: '%1' is not a command. Try 'galley --help'.").arg(first));
    return UsageError;
}

} // namespace galley::cli
