#include "commands.h"

#include "checklinks.h"
#include "preflight.h"
#include "spelling/issuespelling.h"
#include "store/store.h"
#include "storeargument.h"
#include "storepreflight.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct CheckcommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::CheckCommand)
};

// Fills the context from the store's facts about the archive, bookings and settings.
bool fillFromStore(Store &store, const IssueDocument &doc, qint64 draftId,
                   PreflightContext *context)
{
    auto filled = preflightContextFromStore(store, doc, draftId);
    if (!filled) {
        writeErrLine(u"galley check: "_s + filled.error().toString());
        return false;
    }
    *context = std::move(*filled);
    return true;
}

int runCheck(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckcommandTr::tr(
        "Check an issue before it goes out: empty sections, sponsor slots, leftover "
        "placeholders and TK, links featured before, broken links, title, subject and "
        "size. Exit code 0: clean, 1: problems found."));
    parser.addPositionalArgument(u"FILE"_s, CheckcommandTr::tr("The issue's Markdown file."));
    addDraftOption(parser);
    addJsonOption(parser);
    parser.addOption(
        {u"links"_s,
         CheckcommandTr::tr("Also check that every link answers (on the network; results are "
                            "cached in the store). A broken link makes the exit code 1.")});
    parser.addOption(
        {u"archive"_s,
         CheckcommandTr::tr("With --links: check the links of every sent issue instead of one "
                            "issue.")});
    parser.addOption({u"since"_s,
                      CheckcommandTr::tr("With --archive: only issues dated DATE or later."),
                      u"DATE"_s});
    parser.addOption(
        {u"inbox-weeks"_s,
         CheckcommandTr::tr("Also note the inbox's links that have waited longer than WEEKS "
                            "weeks (a note, not a problem; the setting inbox.remindWeeks asks "
                            "for it every time)."),
         u"WEEKS"_s});
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    if (parser.isSet(u"archive"_s)) {
        if (!parser.isSet(u"links"_s)) {
            writeErrLine(CheckcommandTr::tr("galley check: --archive checks links; add --links."));
            return UsageError;
        }
        Store archive;
        if (!openStoreArgument(parser, u"check"_s, &archive))
            return UsageError;
        return runArchiveLinkCheck(parser, archive);
    }
    std::optional<int> inboxWeeks;
    if (parser.isSet(u"inbox-weeks"_s)) {
        bool ok = false;
        inboxWeeks = parser.value(u"inbox-weeks"_s).toInt(&ok);
        if (!ok || *inboxWeeks < 1) {
            writeErrLine(
                CheckcommandTr::tr("galley check: --inbox-weeks takes a number of weeks (1 or "
                                   "more), not \"%1\".")
                    .arg(parser.value(u"inbox-weeks"_s)));
            return UsageError;
        }
    }
    const auto doc = loadDocumentArgument(parser, u"check"_s, true);
    if (!doc)
        return UsageError;
    const qint64 draftId = parser.isSet(u"draft"_s) ? parser.value(u"draft"_s).toLongLong() : 0;
    const QString where = draftId != 0 ? CheckcommandTr::tr("draft %1").arg(draftId)
                                       : parser.positionalArguments().value(0);

    // A file is checked against the store only when there is one: checking a file must not
    // create an empty store in the default place.
    PreflightContext context;
    const QString dbPath = databasePathOption(parser);
    Store store;
    if (draftId != 0 || inboxWeeks || !dbPath.isEmpty()
        || QFileInfo::exists(Store::defaultPath())) {
        if (!openStoreArgument(parser, u"check"_s, &store))
            return UsageError;
        if (!fillFromStore(store, *doc, draftId, &context))
            return UsageError;
        if (inboxWeeks) {
            if (const Status stale = addStaleInbox(store, *inboxWeeks, &context); !stale) {
                writeErrLine(u"galley check: "_s + stale.error().toString());
                return UsageError;
            }
        }
    }
    QList<Problem> problems = runPreflight(*doc, context);
    // Unknown words are notes: the exit code stays the checks' (issue 19).
    QString spellingNotice;
    problems << spellingNotesFor(store.isOpen() ? &store : nullptr, *doc, &spellingNotice);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    if (!spellingNotice.isEmpty())
        writeErrLine(u"galley check: "_s + spellingNotice);
    QJsonArray links;
    if (parser.isSet(u"links"_s)) {
        problems << checkDocumentLinks(store.isOpen() ? &store : nullptr, *doc, &links);
        std::stable_sort(problems.begin(), problems.end(),
                         [](const Problem &a, const Problem &b) { return a.line < b.line; });
    }

    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Problem &p : problems) {
            list.append(QJsonObject {{u"line"_s, p.line},
                                     {u"severity"_s, severityName(p.severity)},
                                     {u"rule"_s, p.rule},
                                     {u"message"_s, p.message}});
        }
        QJsonObject o {{u"issue"_s, where},
                       {u"clean"_s, !hasBlockingProblems(problems)},
                       {u"problems"_s, list}};
        if (parser.isSet(u"links"_s))
            o.insert(u"links"_s, links);
        writeJson(QJsonDocument(o));
    } else {
        for (const Problem &p : problems) {
            writeOutLine(where + u':' + QString::number(p.line) + u": "_s + severityName(p.severity)
                         + u": "_s + p.message + u" ["_s + p.rule + u']');
        }
        if (!hasBlockingProblems(problems))
            writeOutLine(CheckcommandTr::tr("%1: ready to send.").arg(where));
    }
    return hasBlockingProblems(problems) ? ProblemsFound : Success;
}
} // namespace

Command checkCommand()
{
    return {u"check"_s,
            CheckcommandTr::tr("Check an issue (file or --draft ID) before it goes out."),
            runCheck};
}

} // namespace galley::cli
