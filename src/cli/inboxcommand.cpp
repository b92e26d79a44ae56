#include "commands.h"
#include "storeargument.h"

#include "inbox/inboxfile.h"
#include "inbox/inboxurls.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct InboxCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::InboxCommand)
};

QJsonObject jsonItem(const InboxItem &i)
{
    return QJsonObject {{u"id"_s, i.id},
                        {u"url"_s, i.url},
                        {u"title"_s, i.title},
                        {u"description"_s, i.description},
                        {u"note"_s, i.note},
                        {u"section"_s, i.section},
                        {u"source"_s, inboxSourceName(i.source)},
                        {u"added"_s, i.added.toString(Qt::ISODate)},
                        {u"state"_s, inboxStateName(i.state)},
                        {u"issue"_s, jsonNumber(i.usedNumber)}};
}

QString stateText(const InboxItem &i)
{
    switch (i.state) {
    case InboxState::New:
        return InboxCommandTr::tr("new");
    case InboxState::Used:
        return i.usedNumber ? InboxCommandTr::tr("used in #%1").arg(*i.usedNumber)
                            : InboxCommandTr::tr("used");
    case InboxState::Dismissed:
        return InboxCommandTr::tr("dismissed");
    }
    return {};
}

// What `add` and `import` print: one line per link, or JSON with the items' ids.
int report(const QCommandLineParser &parser, const QList<InboxCapture> &captures,
           const QList<InboxAddOutcome> &outcomes)
{
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (qsizetype i = 0; i < outcomes.size(); ++i)
            array.append(QJsonObject {{u"id"_s, outcomes[i].id},
                                      {u"url"_s, captures[i].url},
                                      {u"merged"_s, outcomes[i].merged},
                                      {u"state"_s, inboxStateName(outcomes[i].state)}});
        writeJson(QJsonDocument(array));
        return Success;
    }
    int added = 0;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const InboxAddOutcome &o = outcomes[i];
        if (!o.merged)
            ++added;
        const QString what = !o.merged ? InboxCommandTr::tr("added")
            : o.state == InboxState::New
            ? InboxCommandTr::tr("already in the inbox; note added")
            : InboxCommandTr::tr("already in the inbox (%1); note added")
                  .arg(o.state == InboxState::Used ? InboxCommandTr::tr("used")
                                                   : InboxCommandTr::tr("dismissed"));
        writeOutLine(u"%1\t%2\t%3"_s.arg(QString::number(o.id), captures[i].url, what));
    }
    writeOutLine(InboxCommandTr::tr("%n new link(s) in the inbox.", nullptr, added));
    return Success;
}

int addLinks(const QCommandLineParser &parser, Store &store, const QStringList &args)
{
    QList<InboxCapture> captures;
    for (const QString &arg : args) {
        const auto url = inboxUrl(arg);
        if (!url) {
            writeErrLine(
                InboxCommandTr::tr("galley inbox: '%1' is not a web address (http or https); "
                                   "nothing was added.")
                    .arg(arg));
            return UsageError;
        }
        InboxCapture c;
        c.url = *url;
        c.note = parser.value(u"note"_s);
        c.section = parser.value(u"section"_s);
        c.source = InboxSource::CommandLine;
        captures.append(c);
    }
    auto outcomes = store.addToInbox(captures);
    if (!outcomes) {
        writeErrLine(u"galley inbox: "_s + outcomes.error().toString());
        return UsageError;
    }
    return report(parser, captures, *outcomes);
}

int importFile(const QCommandLineParser &parser, Store &store, const QString &path)
{
    auto bytes = readIssueFileBytes(path);
    if (!bytes) {
        writeErrLine(u"galley inbox: "_s + bytes.error().toString());
        return UsageError;
    }
    auto captures = readInboxFile(*bytes);
    if (!captures) {
        Error e = captures.error();
        e.file = path;
        writeErrLine(u"galley inbox: "_s + e.toString());
        return UsageError;
    }
    for (InboxCapture &c : *captures) {
        c.note = parser.value(u"note"_s);
        c.section = parser.value(u"section"_s);
    }
    auto outcomes = store.addToInbox(*captures);
    if (!outcomes) {
        writeErrLine(u"galley inbox: "_s + outcomes.error().toString());
        return UsageError;
    }
    return report(parser, *captures, *outcomes);
}

int listItems(const QCommandLineParser &parser, Store &store)
{
    const bool all = parser.isSet(u"all"_s);
    auto items = store.inboxItems(all);
    if (!items) {
        writeErrLine(u"galley inbox: "_s + items.error().toString());
        return UsageError;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const InboxItem &i : std::as_const(*items))
            array.append(jsonItem(i));
        writeJson(QJsonDocument(array));
        return Success;
    }
    if (items->isEmpty())
        writeOutLine(
            all ? InboxCommandTr::tr("The inbox is empty.")
                : InboxCommandTr::tr("No new link in the inbox ('--all' also lists those used or "
                                     "dismissed)."));
    for (const InboxItem &i : std::as_const(*items)) {
        QString line = QString::number(i.id).rightJustified(5) + u"  "_s
            + i.added.toLocalTime().toString(u"yyyy-MM-dd"_s) + u"  "_s + i.url;
        if (!i.title.isEmpty())
            line += u"  "_s + i.title;
        if (!i.section.isEmpty())
            line += u"  ["_s + i.section + u']';
        if (all)
            line += u"  ("_s + stateText(i) + u')';
        writeOutLine(line);
        if (!i.note.isEmpty())
            writeOutLine(u"       "_s + QString(i.note).replace(u'\n', u"\n       "_s));
    }
    return Success;
}

int removeItems(Store &store, const QStringList &args)
{
    QList<qint64> ids;
    for (const QString &arg : args) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0) {
            writeErrLine(
                InboxCommandTr::tr("galley inbox: remove takes item numbers, as 'galley inbox "
                                   "list' shows them."));
            return UsageError;
        }
        ids << id;
    }
    if (Status s = store.removeFromInbox(ids); !s) {
        writeErrLine(u"galley inbox: "_s + s.error().toString());
        return UsageError;
    }
    writeOutLine(
        InboxCommandTr::tr("Removed %n item(s) from the inbox.", nullptr, int(ids.size())));
    return Success;
}

int runInbox(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InboxCommandTr::tr(
        "The link inbox: links collected during the week, to triage into the next issue.\n"
        "  add URL...    capture links (the same link twice stays one item; its note is "
        "added)\n"
        "  list          the new links (--all: also those used or dismissed)\n"
        "  remove ID...  remove items for good\n"
        "  import FILE   capture every entry of an RSS or Atom feed, or every link of a "
        "bookmarks file exported from a browser"));
    parser.addPositionalArgument(u"ACTION"_s, InboxCommandTr::tr("add, list, remove or import"),
                                 u"add|list|remove|import"_s);
    parser.addOption({u"note"_s,
                      InboxCommandTr::tr("With add or import: a note to keep with the links."),
                      u"TEXT"_s});
    parser.addOption(
        {u"section"_s,
         InboxCommandTr::tr("With add or import: the section the links are meant for."),
         u"NAME"_s});
    parser.addOption(
        {u"all"_s, InboxCommandTr::tr("With list: also the links used or dismissed.")});
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    const bool known = (action == u"add" && !rest.isEmpty())
        || (action == u"list" && rest.isEmpty()) || (action == u"remove" && !rest.isEmpty())
        || (action == u"import" && rest.size() == 1);
    if (!known) {
        writeErrLine(
            InboxCommandTr::tr("galley inbox: say 'add URL...', 'list', 'remove ID...' or 'import "
                               "FILE'. Try 'galley inbox --help'."));
        return UsageError;
    }
    if ((parser.isSet(u"note"_s) || parser.isSet(u"section"_s)) && action != u"add"
        && action != u"import") {
        writeErrLine(
            InboxCommandTr::tr("galley inbox: --note and --section go with 'add' and 'import'."));
        return UsageError;
    }
    if (parser.isSet(u"all"_s) && action != u"list") {
        writeErrLine(InboxCommandTr::tr("galley inbox: --all goes with 'list'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"inbox"_s, &store))
        return UsageError;
    if (action == u"add")
        return addLinks(parser, store, rest);
    if (action == u"import")
        return importFile(parser, store, rest.first());
    if (action == u"remove")
        return removeItems(store, rest);
    return listItems(parser, store);
}
} // namespace

Command inboxCommand()
{
    return {u"inbox"_s,
            InboxCommandTr::tr("Collect links for the next issue: add, list, remove, import."),
            runInbox};
}

} // namespace galley::cli
