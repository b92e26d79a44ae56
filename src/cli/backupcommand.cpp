#include "commands.h"
#include "storeargument.h"

#include "store/store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct BackupCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::BackupCommand)
};

int runBackup(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(BackupCommandTr::tr(
        "Write a consistent copy of the store to OUT, even while the editor is using it."));
    parser.addPositionalArgument(
        u"OUT"_s, BackupCommandTr::tr("The backup file to write (replaced if it exists)."));
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        writeErrLine(BackupCommandTr::tr(
            "galley backup: name the file to write. Try 'galley backup --help'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"backup"_s, &store))
        return UsageError;
    const Status written = store.backupTo(parser.positionalArguments().first());
    if (!written) {
        writeErrLine(u"galley backup: "_s + written.error().toString());
        return UsageError;
    }
    return Success;
}
} // namespace

Command backupCommand()
{
    return {u"backup"_s,
            BackupCommandTr::tr("Copy the store to a file, safely while it is in use."), runBackup};
}

} // namespace galley::cli
