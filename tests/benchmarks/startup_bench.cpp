// Start-up and memory benchmark (not a test): starts the real `galley` executable as a separate
// process, the way a person does, on a store whose last open draft is a 10 KB issue, and measures
// how long it takes until the window is shown and until the preview shows that draft, and how much
// memory the editor and its web engine processes use once it has settled.
//
//   galley_startup_bench [--galley PATH] [--runs N] [--settle MS] [--no-drop-caches]
//                        [--json OUT.json] [--smoke]
//
// Each start is `galley --db STORE --self-test --self-test-hold` in a private HOME (XDG folders
// included) with QT_QPA_PLATFORM=offscreen. The self-test prints one line once the window is
// shown and the page shows the draft (signal-driven, see src/gui/selftest.h). The wall clock runs
// from just before the process is started (fork and exec included) to that line; the line says
// when, on the editor's clock, the window was shown, the page confirmed the draft and the check
// ended, which places the first two on the bench's clock to the millisecond. The CPU time is the
// user + system time of the editor and its web engine processes at that line (in 10 ms ticks): on
// a busy machine it moves less than the wall clock. While the editor holds (until its standard
// input closes), the bench sums VmRSS and Pss over the editor process and all its descendants
// (QtWebEngineProcess zygote, renderer, utilities). --galley may name a script that execs galley
// (the pid must stay the editor's), e.g. to set QT_LOGGING_RULES=galley.startup.debug=true.
//
// The first start runs after dropping the page cache (as root, not with --smoke or
// --no-drop-caches), so it reads every library from disk; the medians are of the starts after it.
#include "benchcorpus.h"
#include "benchreport.h"

#include "appidentity.h"
#include "issuedocument.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::bench;

namespace {

// The store setting the editor reads at start to reopen the draft that was open when it last
// closed (src/gui/storeclient.cpp, StoreClient::openStore).
const QString LastIssueKey = u"editor/lastIssue"_s;

struct Process
{
    int pid = 0;
    QString name; // "galley", "QtWebEngineProcess --type=renderer", ...
    double rssMb = 0;
    double pssMb = 0;
    double cpuMs = 0; // user + system time so far, waited-for children included
};

QByteArray readProc(int pid, const char *file)
{
    QFile f(u"/proc/%1/%2"_s.arg(pid).arg(QLatin1StringView(file)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The value in kB of a "Key:   1234 kB" line of /proc/PID/status or smaps_rollup.
double kbField(const QByteArray &text, const QByteArray &key)
{
    const qsizetype at = text.indexOf(QByteArray('\n' + key + ':'));
    if (at < 0)
        return 0;
    const qsizetype end = text.indexOf('\n', at + 1);
    const QList<QByteArray> parts
        = text.mid(at + key.size() + 2, end - at - key.size() - 2).simplified().split(' ');
    return parts.isEmpty() ? 0 : parts.first().toDouble();
}

// `root` and every process descending from it, found through the parent pid in /proc/*/stat.
QList<Process> processTree(int root)
{
    QHash<int, int> parentOf;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const double tick = double(sysconf(_SC_CLK_TCK));
    QHash<int, double> cpuOf;
    for (const QString &entry : entries) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        if (!ok)
            continue;
        const QByteArray stat = readProc(pid, "stat");
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses; cut at the last ')'.
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> f = stat.mid(close + 2).split(' ');
        if (f.size() < 15)
            continue;
        parentOf.insert(pid, f.at(1).toInt());
        // Fields 14-17 of stat (utime, stime, cutime, cstime) are f[11..14] here.
        cpuOf.insert(
            pid,
            (f.at(11).toDouble() + f.at(12).toDouble() + f.at(13).toDouble() + f.at(14).toDouble())
                * 1000.0 / tick);
    }
    QList<int> pids {root};
    for (qsizetype i = 0; i < pids.size(); ++i) {
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (it.value() == pids.at(i))
                pids << it.key();
        }
    }
    QList<Process> tree;
    for (int pid : std::as_const(pids)) {
        Process p;
        p.pid = pid;
        const QList<QByteArray> args = readProc(pid, "cmdline").split('\0');
        p.name
            = args.isEmpty() ? u"?"_s : QFileInfo(QString::fromLocal8Bit(args.first())).fileName();
        for (const QByteArray &a : args) {
            if (a.startsWith("--type="))
                p.name += u' ' + QString::fromLatin1(a);
        }
        p.rssMb = kbField(QByteArray('\n' + readProc(pid, "status")), "VmRSS") / 1024.0;
        p.pssMb = kbField(QByteArray('\n' + readProc(pid, "smaps_rollup")), "Pss") / 1024.0;
        p.cpuMs = cpuOf.value(pid);
        tree << p;
    }
    // A zygote's children keep its command line: name them for what they are.
    for (Process &p : tree) {
        if (p.name.contains(u"--type=zygote"_s) && parentOf.value(p.pid) != root) {
            p.name = u"QtWebEngineProcess renderer (forked by the zygote)"_s;
        }
    }
    return tree;
}

struct Start
{
    double renderedMs = 0; // bench clock: process start to the self-test's line
    double shownMs = 0;
    double cpuMs = 0; // CPU time of the editor and its web engine processes at that line
    QList<Process> memory; // sampled after the settle; empty when not sampled
};

struct Setup
{
    QString galley;
    QString store;
    QString expectedTitle;
    int settleMs = 2000;
};

// One start of the editor; nullopt (after saying why on stderr) when it did not pass.
std::optional<Start> startOnce(const Setup &setup, bool sampleMemory)
{
    static const QRegularExpression passed(
        u"self-test passed: window shown at (\\d+) ms, preview rendered at (\\d+) ms"
        "(?:, checked at (\\d+) ms)?;.* the draft \u201c(.*)\u201d"_s);
    QProcess editor;
    editor.setProgram(setup.galley);
    editor.setArguments({u"--db"_s, setup.store, u"--self-test"_s, u"--self-test-hold"_s});
    editor.setProcessChannelMode(QProcess::SeparateChannels);
    Start start;
    QElapsedTimer clock;
    clock.start();
    editor.start();
    QByteArray out;
    QRegularExpressionMatch match;
    while (!match.hasMatch()) {
        if (!editor.waitForReadyRead(60000)) {
            std::fprintf(stderr, "galley_startup_bench: %s did not pass its self-test:\n%s%s\n",
                         qPrintable(setup.galley), out.constData(),
                         editor.readAllStandardError().constData());
            editor.kill();
            editor.waitForFinished();
            return std::nullopt;
        }
        const double now = double(clock.nsecsElapsed()) / 1e6;
        out += editor.readAllStandardOutput();
        match = passed.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            // The editor printed the line after checking the page; its times say how long ago
            // the window was shown and the page confirmed the draft.
            const double printed = match.captured(3).isEmpty() ? match.captured(2).toDouble()
                                                               : match.captured(3).toDouble();
            start.renderedMs = now - (printed - match.captured(2).toDouble());
            start.shownMs = now - (printed - match.captured(1).toDouble());
        }
    }
    for (const Process &p : processTree(int(editor.processId())))
        start.cpuMs += p.cpuMs;
    bool ok = true;
    if (match.captured(4) != setup.expectedTitle) {
        std::fprintf(stderr,
                     "galley_startup_bench: the editor opened \"%s\", not the last draft \"%s\"\n",
                     qPrintable(match.captured(4)), qPrintable(setup.expectedTitle));
        ok = false;
    }
    if (ok && sampleMemory) {
        QThread::msleep(ulong(setup.settleMs));
        start.memory = processTree(int(editor.processId()));
    }
    editor.closeWriteChannel(); // the editor quits
    if (!editor.waitForFinished(30000)) {
        std::fprintf(stderr, "galley_startup_bench: the editor did not quit\n");
        editor.kill();
        editor.waitForFinished();
        return std::nullopt;
    }
    if (editor.exitStatus() != QProcess::NormalExit || editor.exitCode() != 0) {
        std::fprintf(stderr, "galley_startup_bench: the editor exited with %d:\n%s\n",
                     editor.exitCode(), editor.readAllStandardError().constData());
        return std::nullopt;
    }
    if (!ok)
        return std::nullopt;
    return start;
}

// Drops the page cache (root only); empty on success, else why not.
QString dropPageCache()
{
    if (geteuid() != 0)
        return u"not root"_s;
    ::sync();
    QFile f(u"/proc/sys/vm/drop_caches"_s);
    if (!f.open(QIODevice::WriteOnly) || f.write("3\n") != 2)
        return f.errorString();
    return {};
}

// A private HOME and XDG folders, set in this process's environment (the editor inherits them).
bool makePrivateEnvironment(const QString &root)
{
    const QList<std::pair<const char *, QString>> dirs = {
        {"HOME", u"home"_s},
        {"XDG_CONFIG_HOME", u"home/.config"_s},
        {"XDG_DATA_HOME", u"home/.local/share"_s},
        {"XDG_CACHE_HOME", u"home/.cache"_s},
        {"XDG_RUNTIME_DIR", u"runtime"_s},
    };
    for (const auto &[name, sub] : dirs) {
        const QString path = root + u'/' + sub;
        if (!QDir().mkpath(path))
            return false;
        qputenv(name, QFile::encodeName(path));
    }
    QFile::setPermissions(root + u"/runtime"_s,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("GALLEY_DB");
    return true;
}

// The store the editor opens: the default place in the private HOME, holding the 10 KB draft that
// was open when the editor last closed, and a newer issue (so that opening "the newest" instead
// of the last draft would show).
std::optional<QString> prepareStore(qsizetype draftBytes, QString *title)
{
    galley::setApplicationIdentity();
    const QString path = Store::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    Store store;
    if (Status s = store.open(path); !s) {
        std::fprintf(stderr, "galley_startup_bench: %s\n", qPrintable(s.error().toString()));
        return std::nullopt;
    }
    const QString draft = newsletterIssue(120, draftBytes);
    auto draftId = store.createIssue(draft);
    auto newerId = store.createIssue(newsletterIssue(121, 4 * 1024));
    if (!draftId || !newerId) {
        std::fprintf(stderr, "galley_startup_bench: cannot create the drafts\n");
        return std::nullopt;
    }
    if (Status s = store.setSetting(LastIssueKey, QString::number(*draftId)); !s)
        return std::nullopt;
    *title = IssueDocument::fromText(draft)->title();
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir root; // before QCoreApplication: the environment is set before Qt reads it
    if (!root.isValid() || !makePrivateEnvironment(root.path())) {
        std::fputs("galley_startup_bench: cannot make a private HOME\n", stderr);
        return 1;
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption galleyOption(u"galley"_s, u"The galley executable to start."_s,
                                          u"PATH"_s, QStringLiteral(GALLEY_EXECUTABLE));
    const QCommandLineOption runsOption(u"runs"_s, u"Starts measured (7 default)."_s, u"N"_s,
                                        u"7"_s);
    const QCommandLineOption settleOption(
        u"settle"_s, u"Wait before sampling memory (2000 ms default)."_s, u"MS"_s, u"2000"_s);
    const QCommandLineOption noDropOption(u"no-drop-caches"_s,
                                          u"Do not drop the page cache before the first start."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the figures here."_s, u"OUT"_s,
                                        u"startup_bench.json"_s);
    const QCommandLineOption smokeOption(
        u"smoke"_s, u"A quick run (2 starts, 1 s settle, caches kept): every figure."_s);
    parser.addOptions(
        {galleyOption, runsOption, settleOption, noDropOption, jsonOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int runs = smoke ? 2 : qMax(1, parser.value(runsOption).toInt());

    Setup setup;
    setup.galley = QFileInfo(parser.value(galleyOption)).absoluteFilePath();
    setup.settleMs = smoke ? 1000 : qMax(0, parser.value(settleOption).toInt());
    const qsizetype draftBytes = 10 * 1024;
    const auto store = prepareStore(draftBytes, &setup.expectedTitle);
    if (!store)
        return 1;
    setup.store = *store;

    // The first start: after dropping the page cache when allowed, with a fresh HOME either way.
    QString cacheState = smoke       ? u"smoke run"_s
        : parser.isSet(noDropOption) ? u"--no-drop-caches"_s
                                     : dropPageCache();
    cacheState = cacheState.isEmpty() ? u"page cache dropped before it"_s
                                      : u"page cache NOT dropped (%1)"_s.arg(cacheState);
    const auto first = startOnce(setup, false);
    if (!first)
        return 1;

    QList<double> rendered, shown, cpu, rss, pss, editorRss, count;
    QList<Process> lastTree;
    for (int i = 0; i < runs; ++i) {
        const auto s = startOnce(setup, true);
        if (!s)
            return 1;
        rendered << s->renderedMs;
        shown << s->shownMs;
        cpu << s->cpuMs;
        double r = 0, p = 0;
        for (const Process &proc : s->memory) {
            r += proc.rssMb;
            p += proc.pssMb;
        }
        rss << r;
        pss << p;
        editorRss << (s->memory.isEmpty() ? 0.0 : s->memory.first().rssMb);
        count << double(s->memory.size());
        lastTree = s->memory;
        std::fprintf(stderr,
                     "start %d: window %.0f ms, draft rendered %.0f ms, cpu %.0f ms, "
                     "rss %.0f MB, pss %.0f MB\n",
                     i + 1, s->shownMs, s->renderedMs, s->cpuMs, r, p);
    }

    const QString draftInput = u"10 KB draft, median of %1 starts, QPA offscreen"_s.arg(runs);
    Report report(u"galley_startup_bench"_s);
    report.add({u"cold start to last draft rendered"_s, median(rendered), u"ms"_s, draftInput,
                draftBytes, u"<= 1500"_s});
    report.add(
        {u"cold start to window shown"_s, median(shown), u"ms"_s, draftInput, draftBytes, {}});
    report.add({u"cold start to last draft rendered, first start"_s,
                first->renderedMs,
                u"ms"_s,
                u"10 KB draft, fresh HOME, "_s + cacheState,
                draftBytes,
                {}});
    report.add({u"cold start cpu time, editor and web engine processes"_s,
                median(cpu),
                u"ms"_s,
                draftInput,
                draftBytes,
                {}});
    const QString memoryInput = u"10 KB draft open, %1 s after it rendered, median of %2 starts"_s
                                    .arg(double(setup.settleMs) / 1000.0)
                                    .arg(runs);
    report.add({u"memory total rss"_s, median(rss), u"MB"_s, memoryInput, draftBytes, u"< 400"_s});
    report.add({u"memory total pss"_s, median(pss), u"MB"_s, memoryInput, draftBytes, {}});
    report.add(
        {u"memory editor process rss"_s, median(editorRss), u"MB"_s, memoryInput, draftBytes, {}});
    report.add({u"memory processes"_s, median(count), u"processes"_s, memoryInput, draftBytes, {}});
    report.note(u"starts: draft rendered %1..%2 ms, window shown %3..%4 ms"_s
                    .arg(*std::min_element(rendered.cbegin(), rendered.cend()), 0, 'f', 0)
                    .arg(*std::max_element(rendered.cbegin(), rendered.cend()), 0, 'f', 0)
                    .arg(*std::min_element(shown.cbegin(), shown.cend()), 0, 'f', 0)
                    .arg(*std::max_element(shown.cbegin(), shown.cend()), 0, 'f', 0));
    report.note(u"first start: "_s + cacheState);
    for (const Process &p : std::as_const(lastTree))
        report.note(u"last start, %1: rss %2 MB, pss %3 MB"_s.arg(p.name)
                        .arg(p.rssMb, 0, 'f', 1)
                        .arg(p.pssMb, 0, 'f', 1));
    report.print();
    return report.writeJson(parser.value(jsonOption)) ? 0 : 1;
}
