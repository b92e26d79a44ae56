#include "commands.h"
#include "progressline.h"
#include "storeargument.h"

#include "publish/sitepublisher.h"
#include "publish/sitesettings.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct PublishCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::PublishCommand)
};

// The site settings named on the command line are checked and kept in the store (as the
// Publish Archive dialog keeps its fields), so the next publish, and the email's View online
// link, use them. False after a message.
bool keepSettingOptions(const QCommandLineParser &parser, Store &store)
{
    auto settings = loadSiteSettings(store);
    if (!settings) {
        writeErrLine(u"galley publish: "_s + settings.error().toString());
        return false;
    }
    SiteSettings wanted = *settings;
    if (parser.isSet(u"base-url"_s)) {
        if (const QString problem = baseUrlProblem(parser.value(u"base-url"_s));
            !problem.isEmpty()) {
            writeErrLine(u"galley publish: "_s + problem);
            return false;
        }
        wanted.baseUrl = parser.value(u"base-url"_s).trimmed();
    }
    if (parser.isSet(u"title"_s))
        wanted.title = parser.value(u"title"_s).trimmed();
    if (parser.isSet(u"description"_s))
        wanted.description = parser.value(u"description"_s).trimmed();
    if (parser.isSet(u"per-page"_s)) {
        bool ok = false;
        const int n = parser.value(u"per-page"_s).toInt(&ok);
        if (!ok || n < 1 || n > SiteSettings::maxIssuesPerPage) {
            writeErrLine(
                PublishCommandTr::tr("galley publish: --per-page takes a number from 1 to %1.")
                    .arg(SiteSettings::maxIssuesPerPage));
            return false;
        }
        wanted.issuesPerPage = n;
    }
    if (parser.isSet(u"slug-pattern"_s)) {
        const QString pattern = parser.value(u"slug-pattern"_s).trimmed();
        if (const QString problem = slugPatternProblem(pattern); !problem.isEmpty()) {
            writeErrLine(u"galley publish: "_s + problem);
            return false;
        }
        wanted.slugPattern = pattern;
    }
    if (parser.isSet(u"view-online"_s)) {
        const QString where = parser.value(u"view-online"_s);
        if (where != u"site" && where != u"merge-tag") {
            writeErrLine(
                PublishCommandTr::tr("galley publish: --view-online takes 'site' or 'merge-tag'."));
            return false;
        }
        wanted.viewOnlineLinksToSite = where == u"site";
    }
    if (wanted == *settings)
        return true;
    if (const Status saved = saveSiteSettings(store, wanted); !saved) {
        writeErrLine(u"galley publish: "_s + saved.error().toString());
        return false;
    }
    return true;
}

int runPublish(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PublishCommandTr::tr(
        "Publish every sent issue as a static website in OUTDIR: index pages, one page per "
        "issue, an Atom feed (feed.xml), a sitemap and a page of every link featured. Only "
        "changed files are written; files Galley wrote that no longer belong to the site are "
        "removed, and no other file."));
    parser.addPositionalArgument(u"OUTDIR"_s, PublishCommandTr::tr("The site's folder."));
    parser.addOption(QCommandLineOption(
        u"base-url"_s,
        PublishCommandTr::tr(
            "The http(s) address the site is served from. This and the options below are "
            "kept in the store for the next publish."),
        u"URL"_s));
    parser.addOption(QCommandLineOption(
        u"title"_s, PublishCommandTr::tr("The site's title (default: the newsletter's name)."),
        u"TEXT"_s));
    parser.addOption(QCommandLineOption(
        u"description"_s,
        PublishCommandTr::tr("The site's description, under the title and in the feed."),
        u"TEXT"_s));
    parser.addOption(QCommandLineOption(
        u"per-page"_s, PublishCommandTr::tr("Issues per index page (default 10)."), u"N"_s));
    parser.addOption(QCommandLineOption(
        u"slug-pattern"_s,
        PublishCommandTr::tr(
            "Where an issue's page goes: a path with {number}, {slug}, {year}, {month}, {day} "
            "(default: issues/{number})."),
        u"PATTERN"_s));
    parser.addOption(QCommandLineOption(
        u"view-online"_s,
        PublishCommandTr::tr(
            "'site': the email's View online link goes to the issue's page on this site; "
            "'merge-tag': to the mailing service's archive (the default)."),
        u"WHERE"_s));
    parser.addOption(QCommandLineOption(
        u"force"_s,
        PublishCommandTr::tr("Publish into a folder that is not empty and holds no Galley site.")));
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        writeErrLine(PublishCommandTr::tr(
            "galley publish: name exactly one OUTDIR. Try 'galley publish --help'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"publish"_s, &store))
        return UsageError;
    if (!keepSettingOptions(parser, store))
        return UsageError;

    ProgressLine progress([](int done, int total) {
        return PublishCommandTr::tr("Publishing: %1 of %2 issues rendered").arg(done).arg(total);
    });
    PublishOptions options;
    options.force = parser.isSet(u"force"_s);
    options.progress = [&progress](int done, int total) {
        progress.update(done, total);
    };
    if (const QByteArray limit = qgetenv("GALLEY_PUBLISH_FAIL_AFTER_BYTES"); !limit.isEmpty())
        options.failAfterBytes = limit.toLongLong(); // tests: a disk that fills up
    // Tests: meet a real full disk while writing (tst_publishfulldisk), not in the check before.
    options.checkFreeSpace = qEnvironmentVariableIsEmpty("GALLEY_PUBLISH_SKIP_SPACE_CHECK");
    const QString outDir = parser.positionalArguments().first();
    const auto report = SitePublisher(store).publish(outDir, options);
    progress.finish();
    if (!report) {
        writeErrLine(u"galley publish: "_s + report.error().toString());
        return UsageError;
    }
    if (parser.isSet(u"json"_s)) {
        writeJson(QJsonDocument(
            QJsonObject {{u"issues"_s, report->issues},
                         {u"files"_s, report->files},
                         {u"rendered"_s, report->rendered},
                         {u"written"_s, QJsonArray::fromStringList(report->written)},
                         {u"removed"_s, QJsonArray::fromStringList(report->removed)}}));
        return Success;
    }
    writeOutLine(
        PublishCommandTr::tr("Published %n issue(s) to %1: ", nullptr, report->issues).arg(outDir)
        + PublishCommandTr::tr("%n file(s) written, ", nullptr, int(report->written.size()))
        + PublishCommandTr::tr("%n unchanged, ", nullptr,
                               report->files - int(report->written.size()))
        + PublishCommandTr::tr("%n removed.", nullptr, int(report->removed.size())));
    return Success;
}
} // namespace

Command publishCommand()
{
    return {u"publish"_s,
            PublishCommandTr::tr("Publish the sent issues as a static website with a feed."),
            runPublish};
}

} // namespace galley::cli
