// galley_publish_bench: `galley publish` in process (SitePublisher) on an archive of 1,000 sent
// issues of about 8 KB (benchcorpus): the first publish into an empty folder, a republish with
// nothing changed, and a republish after one issue was edited (issue 22: <= 10 s and <= 0.5 s).
//
//   galley_publish_bench [--json OUT.json] [--smoke]

#include "benchcorpus.h"
#include "benchreport.h"
#include "publish/sitepublisher.h"
#include "publish/sitesettings.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace galley;
using galley::bench::Figure;
using galley::bench::Report;

namespace {
int fail(const QString &why)
{
    std::fprintf(stderr, "galley_publish_bench: %s\n", qPrintable(why));
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"json"_s, u"Write the figures here."_s, u"OUT"_s,
                                        u"publish_bench.json"_s));
    parser.addOption(QCommandLineOption(u"smoke"_s, u"A tiny run (40 issues): every figure."_s));
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.isSet(u"smoke"_s) ? 40 : 1000;
    constexpr qsizetype issueBytes = 8 * 1024;

    QTemporaryDir dir;
    Store store;
    if (!dir.isValid() || !store.open(dir.filePath(u"publish.sqlite"_s)))
        return fail(u"no store in a temporary folder"_s);
    if (!store.beginBatch(Store::BatchMode::AllOrNothing))
        return fail(u"cannot begin the import"_s);
    qint64 inputBytes = 0;
    for (int n = 1; n <= count; ++n) {
        const QString issue = bench::newsletterIssue(n, issueBytes);
        inputBytes += issue.toUtf8().size();
        if (!store.importDocument(issue))
            return fail(u"issue %1 was not imported"_s.arg(n));
    }
    if (!store.commitBatch())
        return fail(u"the import did not commit"_s);
    SiteSettings settings;
    settings.baseUrl = u"https://news.example.com/"_s;
    if (!saveSiteSettings(store, settings))
        return fail(u"cannot save the site settings"_s);

    const QString out = dir.filePath(u"site"_s);
    SitePublisher publisher(store);
    QElapsedTimer clock;
    clock.start();
    const auto first = publisher.publish(out);
    const double firstMs = double(clock.nsecsElapsed()) / 1e6;
    if (!first || first->issues != count)
        return fail(u"the first publish failed: "_s
                    + (first ? QString() : first.error().toString()));

    clock.restart();
    const auto unchanged = publisher.publish(out);
    const double unchangedMs = double(clock.nsecsElapsed()) / 1e6;
    if (!unchanged || !unchanged->written.isEmpty())
        return fail(u"the second publish wrote "_s
                    + (unchanged ? unchanged->written.mid(0, 5).join(u", "_s)
                                 : unchanged.error().toString()));

    // One edit in the middle of the archive: its page, its index page, feed and sitemap.
    const auto list = store.listIssues();
    if (!list || list->size() != count)
        return fail(u"cannot list the issues"_s);
    const IssueSummary middle = list->at(count / 2);
    auto stored = store.issue(middle.id);
    if (!stored
        || !store.saveDocument(middle.id, stored->document + u"\nOne more line.\n"_s,
                               stored->version))
        return fail(u"cannot edit an issue"_s);
    clock.restart();
    const double cpuBefore = bench::processCpuMs();
    const auto edited = publisher.publish(out);
    const double editedMs = double(clock.nsecsElapsed()) / 1e6;
    // On a shared machine the wall clock also counts waiting for a core.
    const double editedCpuMs = bench::processCpuMs() - cpuBefore;
    if (!edited || edited->written.size() > 4 || edited->written.isEmpty())
        return fail(u"the republish after one edit wrote %1 files"_s.arg(
            edited ? edited->written.size() : -1));

    const QString input = u"%1 sent issues of about 8 KB"_s.arg(count);
    Report bench(u"galley_publish_bench"_s);
    bench.add(Figure {u"publish all issues"_s, firstMs, u"ms"_s, input, inputBytes, u"<= 10000"_s});
    bench.add(Figure {u"republish after one change"_s, editedMs, u"ms"_s, input, inputBytes,
                      u"<= 500"_s});
    bench.add(Figure {
        u"republish after one change, cpu time"_s, editedCpuMs, u"ms"_s, input, inputBytes, {}});
    bench.add(
        Figure {u"republish unchanged"_s, unchangedMs, u"ms"_s, input, inputBytes, u"<= 500"_s});
    bench.note(u"publish: %1 files; after one change %2 written (%3), %4 issues rendered"_s
                   .arg(first->files)
                   .arg(edited->written.size())
                   .arg(edited->written.join(u", "_s))
                   .arg(edited->rendered));
    bench.print();
    return bench.writeJson(parser.value(u"json"_s)) ? 0 : 1;
}
