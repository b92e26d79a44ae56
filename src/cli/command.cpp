#include "command.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::Command)
};
} // namespace

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"db"_s,
                                        Tr::tr("Use the store at PATH instead of the default "
                                               "(also: the GALLEY_DB environment variable)."),
                                        u"PATH"_s));
    parser.addHelpOption();
}

QString databasePathOption(const QCommandLineParser &parser)
{
    if (parser.isSet(u"db"_s))
        return parser.value(u"db"_s);
    return qEnvironmentVariable("GALLEY_DB");
}

bool parseOrExplain(QCommandLineParser &parser, const Invocation &inv, int *exitCode)
{
    if (!parser.parse(inv.arguments)) {
        writeErrLine(u"galley: "_s + parser.errorText());
        writeErrLine(Tr::tr("Try 'galley %1 --help'.").arg(inv.arguments.value(0)));
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        // QCommandLineParser names the program by its full path; a subcommand's usage reads better
        // as the user types it: "galley export ...".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, program.size(), u"galley "_s + inv.arguments.value(0));
        writeOut(help.toUtf8());
        *exitCode = Success;
        return false;
    }
    return true;
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeOutLine(const QString &line)
{
    writeOut((line + u'\n').toUtf8());
}

void writeErrLine(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace galley::cli
