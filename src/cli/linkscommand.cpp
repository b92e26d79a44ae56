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
struct LinksCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::LinksCommand)
};

int runLinks(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LinksCommandTr::tr(
        "Show the issues that featured a link. Links compare without http/https, www., "
        "a trailing slash, the fragment or utm_* parameters."));
    parser.addPositionalArgument(u"URL"_s, LinksCommandTr::tr("The link to look up."));
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        writeErrLine(
            LinksCommandTr::tr("galley links: name exactly one URL. Try 'galley links --help'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"links"_s, &store))
        return UsageError;
    auto uses = store.linkUses(parser.positionalArguments().first());
    if (!uses) {
        writeErrLine(u"galley links: "_s + uses.error().toString());
        return UsageError;
    }
    // The inbox is part of the archive's memory: a link collected and not used yet.
    auto inboxItem = store.inboxItemForUrl(parser.positionalArguments().first());
    std::optional<InboxItem> waiting;
    if (inboxItem && *inboxItem && (*inboxItem)->state == InboxState::New)
        waiting = **inboxItem;
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const LinkUse &u : std::as_const(*uses)) {
            array.append(QJsonObject {{u"id"_s, u.issueId},
                                      {u"number"_s, jsonNumber(u.number)},
                                      {u"title"_s, u.title},
                                      {u"status"_s, issueStatusName(u.status)},
                                      {u"url"_s, u.url},
                                      {u"section"_s, u.section},
                                      {u"sponsor"_s, u.sponsor}});
        }
        // The same shape as an issue's entry, with the status "inbox" and the item's id.
        if (waiting)
            array.append(QJsonObject {{u"id"_s, waiting->id},
                                      {u"number"_s, QJsonValue::Null},
                                      {u"title"_s, waiting->title},
                                      {u"status"_s, u"inbox"_s},
                                      {u"url"_s, waiting->url},
                                      {u"section"_s, waiting->section},
                                      {u"sponsor"_s, false},
                                      {u"added"_s, waiting->added.toString(Qt::ISODate)}});
        writeJson(QJsonDocument(array));
        return Success;
    }
    if (uses->isEmpty())
        writeOutLine(LinksCommandTr::tr("No stored issue has this link."));
    for (const LinkUse &u : std::as_const(*uses)) {
        QString line = QString::number(u.issueId).rightJustified(5) + u"  "_s
            + (u.number ? u'#' + QString::number(*u.number) : u"-"_s).leftJustified(6) + u"  "_s
            + u.title + u"  "_s + u.url;
        if (!u.section.isEmpty())
            line += u"  ("_s + u.section + u')';
        if (u.sponsor)
            line += u"  "_s + LinksCommandTr::tr("[sponsor]");
        writeOutLine(line);
    }
    if (waiting)
        writeOutLine(LinksCommandTr::tr("Waiting in the inbox since %1 (item %2).")
                         .arg(waiting->added.toLocalTime().toString(u"yyyy-MM-dd"_s))
                         .arg(waiting->id));
    return Success;
}
} // namespace

Command linksCommand()
{
    return {u"links"_s, LinksCommandTr::tr("Show the issues that featured a link."), runLinks};
}

} // namespace galley::cli
