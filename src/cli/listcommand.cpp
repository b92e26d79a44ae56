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
struct ListCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::ListCommand)
};

QJsonValue jsonDate(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int runList(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ListCommandTr::tr("List the issues in the store, newest first."));
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        writeErrLine(
            ListCommandTr::tr("galley list: takes no arguments. Try 'galley list --help'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"list"_s, &store))
        return UsageError;
    auto issues = store.listIssues();
    if (!issues) {
        writeErrLine(u"galley list: "_s + issues.error().toString());
        return UsageError;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const IssueSummary &s : std::as_const(*issues)) {
            array.append(QJsonObject {{u"id"_s, s.id},
                                      {u"number"_s, jsonNumber(s.number)},
                                      {u"title"_s, s.title},
                                      {u"date"_s, jsonDate(s.date)},
                                      {u"status"_s, issueStatusName(s.status)},
                                      {u"created"_s, jsonDate(s.created)},
                                      {u"updated"_s, jsonDate(s.updated)},
                                      {u"version"_s, s.version}});
        }
        writeJson(QJsonDocument(array));
        return Success;
    }
    for (const IssueSummary &s : std::as_const(*issues)) {
        writeOutLine(QString::number(s.id).rightJustified(5) + u"  "_s
                     + (s.number ? u'#' + QString::number(*s.number) : u"-"_s).leftJustified(6)
                     + u"  "_s
                     + (s.date.isValid() ? s.date.toString(u"yyyy-MM-dd"_s) : u"----------"_s)
                     + u"  "_s + issueStatusName(s.status).leftJustified(9) + u"  "_s + s.title);
    }
    return Success;
}
} // namespace

Command listCommand()
{
    return {u"list"_s, ListCommandTr::tr("List the stored issues, newest first."), runList};
}

} // namespace galley::cli
