#include "commands.h"
#include "storeargument.h"

#include "store/store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct ShowCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::ShowCommand)
};

int runShow(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ShowCommandTr::tr("Print a stored issue's document (front matter and Markdown)."));
    parser.addPositionalArgument(u"ID"_s,
                                 ShowCommandTr::tr("The issue's id, as 'galley list' shows it."));
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    const auto id = issueIdArgument(parser, u"show"_s);
    if (!id)
        return UsageError;
    Store store;
    if (!openStoreArgument(parser, u"show"_s, &store))
        return UsageError;
    auto issue = store.issue(*id);
    if (!issue) {
        writeErrLine(u"galley show: "_s + issue.error().toString());
        return UsageError;
    }
    writeOut(issue->document.toUtf8());
    return Success;
}
} // namespace

Command showCommand()
{
    return {u"show"_s, ShowCommandTr::tr("Print a stored issue's document."), runShow};
}

} // namespace galley::cli
