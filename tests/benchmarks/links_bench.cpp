// galley_links_bench: the link checker against a local server that answers each link after
// 100 ms (tests/linkcheck/linkserver.py on 127.0.0.1 .. 127.0.0.8): the first check of 200
// distinct links (parallel requests, 8 at once, 2 per host) and the second, from the store's
// cache.
//
//   galley_links_bench [--json OUT.json] [--smoke]

#include "benchreport.h"
#include "linkcheck/linkcheckrun.h"
#include "linkserverprocess.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace galley;
using galley::bench::Figure;
using galley::bench::Report;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"json"_s, u"Write the figures here."_s, u"OUT"_s,
                                        u"links_bench.json"_s));
    parser.addOption(QCommandLineOption(u"smoke"_s, u"A tiny run (24 links): every figure."_s));
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.isSet(u"smoke"_s) ? 24 : 200;
    constexpr int Hosts = 8;

    testsupport::LinkServer server;
    if (!server.start(false, 0.1, Hosts)) {
        std::fprintf(stderr, "galley_links_bench: the local server (python3) did not start\n");
        return 1;
    }
    QTemporaryDir dir;
    Store store;
    if (!dir.isValid() || !store.open(dir.filePath(u"links.sqlite"_s))) {
        std::fprintf(stderr, "galley_links_bench: no store in a temporary folder\n");
        return 1;
    }
    QStringList urls;
    for (int i = 0; i < count; ++i)
        urls << server.url(u"/page/%1"_s.arg(i), i % Hosts + 1);
    const LinkCheckSettings settings = linkCheckSettings(&store);

    QElapsedTimer clock;
    clock.start();
    const auto first = checkLinksNow(&store, urls, settings);
    const double firstMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    const auto second = checkLinksNow(&store, urls, settings);
    const double secondMs = double(clock.nsecsElapsed()) / 1e6;

    int ok = 0;
    int cached = 0;
    for (const LinkCheck &c : first)
        ok += c.status == LinkStatus::Ok ? 1 : 0;
    for (const LinkCheck &c : second)
        cached += c.fromCache ? 1 : 0;
    if (ok != count || cached != count || server.count() != count) {
        std::fprintf(stderr,
                     "galley_links_bench: %d of %d links answered, %d from the cache, %d "
                     "requests\n",
                     ok, count, cached, server.count());
        return 1;
    }
    const QString input = u"%1 distinct links, 100 ms each, %2 hosts"_s.arg(count).arg(Hosts);
    Report bench(u"galley_links_bench"_s);
    bench.add(Figure {u"links first check"_s, firstMs, u"ms"_s, input, -1, u"<= 4000"_s});
    bench.add(
        Figure {u"links check again from the cache"_s, secondMs, u"ms"_s, input, -1, u"<= 100"_s});
    bench.note(u"links: %1 requests for %2 links (one HEAD each; no https twin on a link with "
               "its own port)"_s.arg(server.count())
                   .arg(count));
    bench.print();
    return bench.writeJson(parser.value(u"json"_s)) ? 0 : 1;
}
