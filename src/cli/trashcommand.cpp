#include "commands.h"
#include "storeargument.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct TrashCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::TrashCommand)
};

int listTrash(const QCommandLineParser &parser, const QList<IssueSummary> &trash)
{
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const IssueSummary &s : trash)
            array.append(QJsonObject {{u"id"_s, s.id},
                                      {u"number"_s, jsonNumber(s.number)},
                                      {u"title"_s, s.title},
                                      {u"status"_s, issueStatusName(s.status)}});
        writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (trash.isEmpty())
        writeOutLine(TrashCommandTr::tr("The trash is empty."));
    for (const IssueSummary &s : trash)
        writeOutLine(u"%1\t%2\t%3"_s.arg(s.id).arg(issueStatusName(s.status), s.title));
    return Success;
}

int runTrash(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TrashCommandTr::tr(
        "List the issues in the trash, or empty it: 'empty --yes' deletes them for good, "
        "with their revisions."));
    parser.addPositionalArgument(u"ACTION"_s, TrashCommandTr::tr("list or empty"), u"list|empty"_s);
    parser.addOption(
        {u"yes"_s,
         TrashCommandTr::tr("Confirm that 'empty' deletes the trashed issues for good.")});
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 1 || (action != u"list" && action != u"empty")) {
        writeErrLine(
            TrashCommandTr::tr("galley trash: say 'list' or 'empty'. Try 'galley trash --help'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"trash"_s, &store))
        return UsageError;
    auto trash = store.listTrash();
    if (!trash) {
        writeErrLine(u"galley trash: "_s + trash.error().toString());
        return UsageError;
    }
    if (action == u"list")
        return listTrash(parser, *trash);
    // Deleting for good cannot be undone: a script or a person says so explicitly.
    if (!parser.isSet(u"yes"_s)) {
        writeErrLine(
            TrashCommandTr::tr("galley trash: 'empty' deletes %n issue(s) for good, with their "
                               "revisions; run 'galley trash empty --yes' to do it.",
                               nullptr, int(trash->size())));
        return UsageError;
    }
    auto removed = store.emptyTrash();
    if (!removed) {
        writeErrLine(u"galley trash: "_s + removed.error().toString());
        return UsageError;
    }
    if (parser.isSet(u"json"_s))
        writeOut(
            QJsonDocument(QJsonObject {{u"deleted"_s, *removed}}).toJson(QJsonDocument::Indented));
    else
        writeOutLine(TrashCommandTr::tr("Deleted %n issue(s) for good.", nullptr, *removed));
    return Success;
}
} // namespace

Command trashCommand()
{
    return {u"trash"_s, TrashCommandTr::tr("List or empty the trash."), runTrash};
}

} // namespace galley::cli
