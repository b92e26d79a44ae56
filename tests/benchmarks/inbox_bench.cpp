// galley_inbox_bench: the Inbox tab with 5,000 links (opened, then filtered as a person types)
// and the longest time the GUI thread was away meanwhile; then the titles of 200 links read from
// a local server that answers each page after 100 ms (tests/linkcheck/linkserver.py on
// 127.0.0.1 .. 127.0.0.8), with the stall while they come in.
//
//   galley_inbox_bench [--json OUT.json] [--smoke]

#include "benchreport.h"
#include "inbox/inboxpanel.h"
#include "inbox/titlefetcher.h"
#include "linkserverprocess.h"
#include "stallmeter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QTimer>

#include <functional>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::bench::Figure;
using galley::bench::Report;
using galley::bench::StallMeter;

namespace {

// A week's worth of collecting, many times over: titles, 50 sites, notes on every third link,
// sections on some, earlier features on a few.
QList<InboxRow> rows(int count)
{
    QList<InboxRow> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        InboxRow row;
        row.item.id = i + 1;
        row.item.url = u"https://site-%1.example/posts/%2"_s.arg(i % 50).arg(i);
        row.item.normalized = row.item.url;
        row.item.title
            = u"Post %1: what we learnt running service %2 in production"_s.arg(i).arg(i % 97);
        if (i % 3 == 0)
            row.item.note = u"Worth a paragraph: the part about retries and timeouts."_s;
        if (i % 5 == 0)
            row.item.section = i % 2 ? u"Tools"_s : u"News"_s;
        row.item.added = now.addSecs(-qint64(i) * 600);
        if (i % 40 == 0)
            row.featuredIn << 100 + i % 7;
        out << row;
    }
    return out;
}

// Runs the event loop (a real one: QTest's waits sleep between rounds, which a stall meter would
// count) until `done` holds or `timeoutMs` has passed.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(2);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"json"_s, u"Write the figures here."_s, u"OUT"_s,
                                        u"inbox_bench.json"_s));
    parser.addOption(QCommandLineOption(u"smoke"_s, u"A tiny run: every figure."_s));
    parser.addHelpOption();
    parser.process(app);
    const bool smoke = parser.isSet(u"smoke"_s);
    const int itemCount = smoke ? 500 : 5000;
    const int titleCount = smoke ? 24 : 200;
    constexpr int Hosts = 8;
    Report bench(u"galley_inbox_bench"_s);

    // The tab, opened with every item, then filtered letter by letter and cleared.
    InboxPanel panel;
    panel.resize(420, 900);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel)) {
        std::fprintf(stderr, "galley_inbox_bench: the panel was never shown\n");
        return 1;
    }
    const QList<InboxRow> items = rows(itemCount);
    StallMeter stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    panel.setRows(items);
    QCoreApplication::processEvents();
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    spin(1500); // the list lays out its rows a batch at a time
    const double openStall = stalls.stop();
    const double openBusy = stalls.busyMs();
    if (panel.rowCount() != itemCount) {
        std::fprintf(stderr, "galley_inbox_bench: %d rows shown of %d\n", panel.rowCount(),
                     itemCount);
        return 1;
    }
    stalls.start();
    const QString typed = u"service 42"_s;
    for (QChar c : typed) {
        QTest::keyClicks(panel.filterField(), QString(c));
        spin(60); // a person's typing speed
    }
    const int filtered = panel.rowCount();
    QTest::keyClick(panel.filterField(), Qt::Key_Escape);
    spin(500);
    const double filterStall = stalls.stop();
    const double filterBusy = stalls.busyMs();
    if (filtered <= 0 || filtered >= itemCount || panel.rowCount() != itemCount) {
        std::fprintf(stderr, "galley_inbox_bench: the filter showed %d of %d rows\n", filtered,
                     itemCount);
        return 1;
    }
    const QString input = u"%1 links"_s.arg(itemCount);
    bench.add(Figure {u"inbox tab open"_s, openMs, u"ms"_s, input, -1, QString()});
    bench.add(Figure {u"inbox tab longest gui-thread stall, open"_s, openStall, u"ms"_s, input, -1,
                      u"<= 16"_s});
    bench.add(
        Figure {u"inbox tab longest gui-thread stall, filter"_s, filterStall, u"ms"_s,
                u"%1 links, \"%2\" typed at 60 ms a key, %3 shown"_s.arg(itemCount).arg(typed).arg(
                    filtered),
                -1, u"<= 16"_s});

    // Titles: every page answers after 100 ms; 4 requests at once, 2 per host.
    testsupport::LinkServer server;
    if (!server.start(false, 0.1, Hosts)) {
        std::fprintf(stderr, "galley_inbox_bench: the local server (python3) did not start\n");
        return 1;
    }
    TitleFetcher fetcher;
    int titled = 0;
    int answered = 0;
    QObject::connect(&fetcher, &TitleFetcher::fetched, &fetcher,
                     [&](qint64 id, const QString &title, const QString &, const QString &) {
                         ++answered;
                         titled += title == u"Page %1"_s.arg(id) ? 1 : 0;
                     });
    stalls.start();
    clock.restart();
    for (int i = 0; i < titleCount; ++i)
        fetcher.fetch(i, QUrl(server.url(u"/page/%1"_s.arg(i), i % Hosts + 1)));
    const bool done = spinUntil([&] { return answered == titleCount; }, 60000);
    const double titlesMs = double(clock.nsecsElapsed()) / 1e6;
    const double titleStall = stalls.stop();
    const double titleBusy = stalls.busyMs();
    if (!done || titled != titleCount) {
        std::fprintf(stderr, "galley_inbox_bench: %d of %d titles read (%d answers)\n", titled,
                     titleCount, answered);
        return 1;
    }
    bench.note(u"inbox: longest GUI-thread CPU between two ticks (load does not inflate it): "
               "open %1 ms, filter %2 ms, titles %3 ms"_s.arg(openBusy, 0, 'f', 1)
                   .arg(filterBusy, 0, 'f', 1)
                   .arg(titleBusy, 0, 'f', 1));
    const QString pages = u"%1 pages, 100 ms each, %2 hosts"_s.arg(titleCount).arg(Hosts);
    bench.add(Figure {u"inbox titles read"_s, titlesMs, u"ms"_s, pages, -1, u"<= 10000"_s});
    bench.add(Figure {u"inbox titles longest gui-thread stall"_s, titleStall, u"ms"_s, pages, -1,
                      u"<= 16"_s});
    bench.print();
    return bench.writeJson(parser.value(u"json"_s)) ? 0 : 1;
}
