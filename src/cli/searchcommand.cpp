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
struct SearchCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::SearchCommand)
};

int runSearch(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SearchCommandTr::tr(
        "Search titles and bodies of the stored issues; best matches first. Every word "
        "must occur, each also as the start of a longer word."));
    parser.addPositionalArgument(u"QUERY"_s, SearchCommandTr::tr("The words to look for."));
    parser.addOption(QCommandLineOption(
        u"limit"_s, SearchCommandTr::tr("Show at most N hits (default 20)."), u"N"_s, u"20"_s));
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    const QString query = parser.positionalArguments().join(u' ');
    bool ok = false;
    const int limit = parser.value(u"limit"_s).toInt(&ok);
    if (query.trimmed().isEmpty() || !ok || limit <= 0) {
        writeErrLine(SearchCommandTr::tr(
            "galley search: give the words to look for (and a positive --limit). "
            "Try 'galley search --help'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"search"_s, &store))
        return UsageError;
    auto hits = store.search(query, limit);
    if (!hits) {
        writeErrLine(u"galley search: "_s + hits.error().toString());
        return UsageError;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchHit &h : std::as_const(*hits)) {
            array.append(QJsonObject {{u"id"_s, h.issueId},
                                      {u"number"_s, jsonNumber(h.number)},
                                      {u"title"_s, h.title},
                                      {u"status"_s, issueStatusName(h.status)},
                                      {u"snippet"_s, h.snippet},
                                      {u"rank"_s, h.rank}});
        }
        writeJson(QJsonDocument(array));
        return Success;
    }
    for (const SearchHit &h : std::as_const(*hits)) {
        writeOutLine(QString::number(h.issueId).rightJustified(5) + u"  "_s
                     + (h.number ? u'#' + QString::number(*h.number) : u"-"_s).leftJustified(6)
                     + u"  "_s + h.title);
        writeOutLine(u"       "_s + h.snippet.simplified());
    }
    return Success;
}
} // namespace

Command searchCommand()
{
    return {u"search"_s, SearchCommandTr::tr("Full-text search over the stored issues."),
            runSearch};
}

} // namespace galley::cli
