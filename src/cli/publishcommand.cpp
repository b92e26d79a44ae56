#include "commands.h"
#include "storeargument.h"

#include "publish/sitepublisher.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::PublishCommand)
};

// One counter line on stderr, rewritten in place, as `galley import` shows it: on a terminal, or
// once publishing has taken more than a second.
class PublishProgress
{
public:
    PublishProgress()
        : m_tty(isatty(fileno(stderr)) != 0)
    {
        m_timer.start();
    }
    void update(int done, int total)
    {
        if (!m_tty && m_timer.elapsed() < 1000)
            return;
        const QByteArray line
            = (u"\r"_s + Tr::tr("Publishing: %1 of %2 issues rendered").arg(done).arg(total))
                  .toUtf8();
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
        m_shown = true;
    }
    void finish()
    {
        if (m_shown)
            std::fputc('\n', stderr);
    }

private:
    QElapsedTimer m_timer;
    bool m_tty = false;
    bool m_shown = false;
};

int runPublish(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Publish every sent issue as a static website in OUTDIR: index pages, one page per "
        "issue, an Atom feed (feed.xml), a sitemap and a page of every link featured. Only "
        "changed files are written; files Galley wrote that no longer belong to the site are "
        "removed, and no other file."));
    parser.addPositionalArgument(u"OUTDIR"_s, Tr::tr("The site's folder."));
    parser.addOption(QCommandLineOption(
        u"base-url"_s,
        Tr::tr("The http(s) address the site is served from (default: the store's site "
               "setting)."),
        u"URL"_s));
    parser.addOption(QCommandLineOption(
        u"force"_s, Tr::tr("Publish into a folder that is not empty and holds no Galley site.")));
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        writeErrLine(
            Tr::tr("galley publish: name exactly one OUTDIR. Try 'galley publish --help'."));
        return UsageError;
    }
    Store store;
    if (!openStoreArgument(parser, u"publish"_s, &store))
        return UsageError;

    PublishProgress progress;
    PublishOptions options;
    options.baseUrl = parser.value(u"base-url"_s);
    options.force = parser.isSet(u"force"_s);
    options.progress = [&progress](int done, int total) {
        progress.update(done, total);
    };
    if (const QByteArray limit = qgetenv("GALLEY_PUBLISH_FAIL_AFTER_BYTES"); !limit.isEmpty())
        options.failAfterBytes = limit.toLongLong(); // tests: a disk that fills up
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
    writeOutLine(Tr::tr("Published %n issue(s) to %1: ", nullptr, report->issues).arg(outDir)
                 + Tr::tr("%n file(s) written, ", nullptr, int(report->written.size()))
                 + Tr::tr("%n unchanged, ", nullptr, report->files - int(report->written.size()))
                 + Tr::tr("%n removed.", nullptr, int(report->removed.size())));
    return Success;
}
} // namespace

Command publishCommand()
{
    return {u"publish"_s, Tr::tr("Publish the sent issues as a static website with a feed."),
            runPublish};
}

} // namespace galley::cli
