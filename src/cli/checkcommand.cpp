#include "commands.h"

#include "preflight.h"
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
struct Tr
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
    parser.setApplicationDescription(
        Tr::tr("Check an issue before it goes out: empty sections, sponsor slots, leftover "
               "placeholders and TK, links featured before, broken links, title, subject and "
               "size. Exit code 0: clean, 1: problems found."));
    parser.addPositionalArgument(u"FILE"_s, Tr::tr("The issue's Markdown file."));
    addDraftOption(parser);
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    const auto doc = loadDocumentArgument(parser, u"check"_s, true);
    if (!doc)
        return UsageError;
    const qint64 draftId = parser.isSet(u"draft"_s) ? parser.value(u"draft"_s).toLongLong() : 0;
    const QString where
        = draftId != 0 ? Tr::tr("draft %1").arg(draftId) : parser.positionalArguments().value(0);

    // A file is checked against the store only when there is one: checking a file must not
    // create an empty store in the default place.
    PreflightContext context;
    const QString dbPath = databasePathOption(parser);
    Store store;
    if (draftId != 0 || !dbPath.isEmpty() || QFileInfo::exists(Store::defaultPath())) {
        if (!openStoreArgument(parser, u"check"_s, &store))
            return UsageError;
        if (!fillFromStore(store, *doc, draftId, &context))
            return UsageError;
    }
    const QList<Problem> problems = runPreflight(*doc, context);

    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Problem &p : problems) {
            list.append(QJsonObject {{u"line"_s, p.line},
                                     {u"severity"_s, severityName(p.severity)},
                                     {u"rule"_s, p.rule},
                                     {u"message"_s, p.message}});
        }
        const QJsonObject o {{u"issue"_s, where},
                             {u"clean"_s, !hasBlockingProblems(problems)},
                             {u"problems"_s, list}};
        writeJson(QJsonDocument(o));
    } else {
        for (const Problem &p : problems) {
            writeOutLine(where + u':' + QString::number(p.line) + u": "_s + severityName(p.severity)
                         + u": "_s + p.message + u" ["_s + p.rule + u']');
        }
        if (!hasBlockingProblems(problems))
            writeOutLine(Tr::tr("%1: ready to send.").arg(where));
    }
    return hasBlockingProblems(problems) ? ProblemsFound : Success;
}
} // namespace

Command checkCommand()
{
    return {u"check"_s, Tr::tr("Check an issue (file or --draft ID) before it goes out."),
            runCheck};
}

} // namespace galley::cli
