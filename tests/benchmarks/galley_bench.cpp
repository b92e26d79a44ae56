// galley_bench: every benchmark in one command. Runs each benchmark program of this folder (they
// are built next to it), merges their figures into one JSON file and prints one table with the
// issue's targets. Not a test; `--smoke` is the quick run the test suite makes so that the
// benchmarks never rot: there, every expected figure must be produced (how fast does not matter).
//
//   galley_bench [--smoke] [--json OUT.json]
//   [--only store,preview,render,startup,links,inbox,spell,publish]
//   [--markdown] [--postgres start|URL|@FILE]
//
// --postgres runs the store benchmark a second time on PostgreSQL, its figures named
// "... on PostgreSQL": `start` starts a throwaway server of its own (tests/store/pg/pgserver.sh)
// and stops it at the end; a URL (or @FILE holding one, as the test suite's fixture writes it)
// names a server, where a new schema is used.

#include "benchreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Program
{
    QString key; // for --only
    QString executable;
    QString takes; // how long a full run takes, so nobody thinks it hangs
    bool needsGui;
    QStringList expected; // figures the issue asks for: a run that lacks one failed
};

const QList<Program> &programs()
{
    static const QList<Program> all = {
        {u"render"_s,
         u"galley_render_bench"_s,
         u"about ten seconds"_s,
         false,
         {u"render cmark-gfm alone"_s, u"render email html"_s,
          u"render overhead email html vs cmark-gfm"_s, u"render fragment"_s,
          u"render overhead fragment vs cmark-gfm"_s, u"export process galley fragment"_s,
          u"export process cmark-gfm cli"_s, u"export process overhead vs cmark-gfm cli"_s}},
        {u"preview"_s,
         u"galley_preview_bench"_s,
         u"about a minute"_s,
         true,
         {u"keystroke to preview p50, issue"_s, u"keystroke to preview p95, issue"_s,
          u"longest gui-thread stall, issue"_s, u"keystroke to preview p95, large document"_s,
          u"longest gui-thread stall, large document"_s,
          u"keystroke to preview p50, issue, naive setHtml"_s,
          u"keystroke to preview p95, issue, naive setHtml"_s,
          u"longest gui-thread stall, issue, naive setHtml"_s,
          u"keystroke to preview p95, large document, naive setHtml"_s,
          u"longest gui-thread stall, large document, naive setHtml"_s}},
        {u"startup"_s,
         u"galley_startup_bench"_s,
         u"about half a minute"_s,
         true,
         {u"cold start to window shown"_s, u"cold start to last draft rendered"_s,
          u"memory total rss"_s, u"memory total pss"_s, u"memory processes"_s}},
        {u"inbox"_s,
         u"galley_inbox_bench"_s,
         u"about fifteen seconds"_s,
         true,
         {u"inbox tab open"_s, u"inbox tab longest gui-thread stall, open"_s,
          u"inbox tab longest gui-thread stall, filter"_s, u"inbox titles read"_s,
          u"inbox titles longest gui-thread stall"_s}},
        {u"spell"_s,
         u"galley_spell_bench"_s,
         u"a few seconds"_s,
         true,
         {u"spell words checked per second"_s, u"spell words per second, nuspell alone"_s,
          u"spell first open of a 10 KB issue"_s,
          u"spell first open of a 10 KB issue, checking off"_s}},
        {u"links"_s,
         u"galley_links_bench"_s,
         u"a few seconds"_s,
         false,
         {u"links first check"_s, u"links check again from the cache"_s}},
        {u"publish"_s,
         u"galley_publish_bench"_s,
         u"about ten seconds: 1,000 issues"_s,
         false,
         {u"publish all issues"_s, u"republish after one change"_s, u"republish unchanged"_s}},
        {u"store"_s,
         u"galley_store_bench"_s,
         u"one to two minutes: 10,000 issues"_s,
         false,
         {u"store import rate"_s, u"store search p50"_s, u"store search p95"_s,
          u"store link lookup p95"_s, u"store list all issues"_s,
          u"store archive facts of all issues"_s, u"store revision save p95"_s,
          u"store preflight of a 10 KB issue"_s, u"store revision save p95, Check panel open"_s,
          u"store size on disk"_s, u"inbox capture 1000 urls, cli"_s}},
    };
    return all;
}

void say(const QString &line);

// A throwaway PostgreSQL server for the run (`--postgres start`), stopped when the run ends,
// also when it fails: the same script the test suite uses.
class ThrowawayServer
{
public:
    explicit ThrowawayServer(const QString &dir)
        : m_dir(dir)
    { }
    ~ThrowawayServer()
    {
        if (m_started)
            QProcess::execute(u"sh"_s, {QStringLiteral(GALLEY_PG_SERVER_SCRIPT), u"stop"_s, m_dir});
    }
    ThrowawayServer(const ThrowawayServer &) = delete;
    ThrowawayServer &operator=(const ThrowawayServer &) = delete;

    // The server's URL, or empty when it did not start (the script said why on stderr).
    QString start()
    {
        m_started = true; // a half-made folder is removed too
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        script.start(u"sh"_s, {QStringLiteral(GALLEY_PG_SERVER_SCRIPT), u"start"_s, m_dir});
        if (!script.waitForFinished(120000) || script.exitCode() != 0)
            return {};
        QFile url(m_dir + u"/url"_s);
        return url.open(QIODevice::ReadOnly) ? QString::fromUtf8(url.readAll()).trimmed()
                                             : QString();
    }

private:
    QString m_dir;
    bool m_started = false;
};

// The store to measure on PostgreSQL: a URL, or @FILE holding one; a schema of its own.
QString postgresStore(const QString &where)
{
    QString url = where;
    if (url.startsWith(u'@')) {
        QFile f(url.mid(1));
        url = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }
    if (url.isEmpty())
        return {};
    return url + (url.contains(u'?') ? u'&' : u'?') + u"schema=galley_bench_"_s
        + QString::number(QCoreApplication::applicationPid());
}

void say(const QString &line)
{
    std::fprintf(stderr, "galley_bench: %s\n", qPrintable(line));
    std::fflush(stderr);
}

// Why a record is unusable, or empty when it is fine.
QString recordProblem(const QJsonObject &r)
{
    for (const char *field : {"name", "unit", "input", "machine", "date"}) {
        if (r.value(QLatin1StringView(field)).toString().isEmpty())
            return u"no "_s + QLatin1StringView(field);
    }
    const QJsonValue value = r.value(u"value"_s);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
        return u"no usable value"_s;
    return {};
}

QString formatValue(double v)
{
    if (v >= 100)
        return QString::number(v, 'f', 0);
    if (v >= 10)
        return QString::number(v, 'f', 1);
    return QString::number(v, 'f', 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs every Galley benchmark and merges the figures into one table and one JSON file."_s);
    parser.addHelpOption();
    const QCommandLineOption smokeOption(
        u"smoke"_s, u"Tiny sizes, seconds: checks that every figure is produced."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write all figures here."_s, u"OUT"_s,
                                        u"galley_bench.json"_s);
    const QCommandLineOption onlyOption(u"only"_s,
                                        u"Run only these (comma-separated): render, preview, "
                                        "startup, store, links, inbox, spell, publish."_s,
                                        u"LIST"_s);
    const QCommandLineOption markdownOption(
        u"markdown"_s, u"Also print the table as Markdown (for the README)."_s);
    const QCommandLineOption postgresOption(
        u"postgres"_s,
        u"Also run the store benchmark on PostgreSQL: 'start' (a throwaway server of its own), "
        "a postgresql:// URL, or @FILE holding one."_s,
        u"WHERE"_s);
    parser.addOptions({smokeOption, jsonOption, onlyOption, markdownOption, postgresOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    for (const QString &key : only) {
        if (std::none_of(programs().begin(), programs().end(),
                         [&](const Program &p) { return p.key == key; })) {
            say(u"unknown benchmark '%1' (known: render, preview, startup, store)"_s.arg(key));
            return 2;
        }
    }

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        say(u"no temporary folder: "_s + scratch.errorString());
        return 2;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (env.value(u"DISPLAY"_s).isEmpty() && env.value(u"WAYLAND_DISPLAY"_s).isEmpty())
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    if (geteuid() == 0) // Chromium refuses to start as root with its sandbox
        env.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s);

    // One run per program; the store's a second time on PostgreSQL with --postgres.
    struct Run
    {
        Program program;
        QStringList args;
        QString suffix; // added to its figures' names
        QStringList notMeasured; // expected figures this run cannot have
    };
    ThrowawayServer server(u"/tmp/galley-bench-pg-%1"_s.arg(QCoreApplication::applicationPid()));
    QList<Run> runs;
    for (const Program &program : programs()) {
        if (!only.isEmpty() && !only.contains(program.key))
            continue;
        runs.append({program, {}, {}, {}});
        if (program.key == u"store" && parser.isSet(postgresOption)) {
            const QString where = parser.value(postgresOption);
            const QString store = postgresStore(where == u"start" ? server.start() : where);
            if (store.isEmpty()) {
                say(u"--postgres %1: no PostgreSQL server to measure on"_s.arg(where));
                return 2;
            }
            // A server's store is no file: it has no size on disk of its own.
            runs.append(
                {program, {u"--db"_s, store}, u" on PostgreSQL"_s, {u"store size on disk"_s}});
        }
    }

    QJsonArray merged;
    QStringList failures;
    const QString here = QCoreApplication::applicationDirPath();
    for (const Run &run : std::as_const(runs)) {
        const Program &program = run.program;
#ifndef GALLEY_BENCH_HAVE_GUI
        if (program.needsGui) {
            say(u"%1 skipped: this build has no GUI"_s.arg(program.executable));
            continue;
        }
#endif
        const QString path = here + u'/' + program.executable;
        if (!QFileInfo(path).isExecutable()) {
            failures << u"%1: not built (%2)"_s.arg(program.executable, path);
            continue;
        }
        const QString json = scratch.filePath(program.key + run.suffix + u".json"_s);
        QStringList args = QStringList {u"--json"_s, json} + run.args;
        if (smoke)
            args << u"--smoke"_s;
        say(u"running %1%2%3 (%4)"_s.arg(program.executable, smoke ? u" --smoke"_s : QString(),
                                         run.suffix, smoke ? u"seconds"_s : program.takes));
        QProcess process;
        process.setProcessEnvironment(env);
        // Its table and messages go to our stderr, so stdout carries only the merged table.
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setStandardOutputFile(scratch.filePath(program.key + run.suffix + u".out"_s));
        QElapsedTimer clock;
        clock.start();
        process.start(path, args);
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            QFile out(scratch.filePath(program.key + run.suffix + u".out"_s));
            out.open(QIODevice::ReadOnly);
            failures << u"%1 failed (exit code %2): %3"_s.arg(program.executable)
                            .arg(process.exitCode())
                            .arg(QString::fromUtf8(out.readAll().right(2000)));
            continue;
        }
        QFile out(scratch.filePath(program.key + run.suffix + u".out"_s));
        if (out.open(QIODevice::ReadOnly))
            std::fprintf(stderr, "%s", out.readAll().constData());
        say(u"%1 finished in %2 s"_s.arg(program.executable)
                .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));

        QFile file(json);
        QJsonParseError error {};
        const QJsonDocument doc = file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll(), &error)
            : QJsonDocument();
        if (!doc.isArray()) {
            failures << u"%1 wrote no JSON array to %2 (%3)"_s.arg(program.executable, json,
                                                                   error.errorString());
            continue;
        }
        QStringList names;
        for (const QJsonValue &v : doc.array()) {
            QJsonObject record = v.toObject();
            if (const QString problem = recordProblem(record); !problem.isEmpty()) {
                failures << u"%1: a record has %2: %3"_s.arg(
                    program.executable, problem,
                    QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
                continue;
            }
            names << record.value(u"name"_s).toString();
            record.insert(u"name"_s, QString(record.value(u"name"_s).toString() + run.suffix));
            merged.append(record);
        }
        for (const QString &name : program.expected) {
            if (!names.contains(name) && !run.notMeasured.contains(name))
                failures << u"%1%2 did not produce the figure '%3'"_s.arg(program.executable,
                                                                          run.suffix, name);
        }
    }

    // One table: every figure, with its target and whether it is met.
    qsizetype width = 6;
    for (const QJsonValue &v : std::as_const(merged))
        width = std::max(width, v.toObject().value(u"name"_s).toString().size());
    std::printf("%-*s %10s  %-9s %-9s %-4s %s\n", int(width), "figure", "value", "unit", "target",
                "met", "input");
    for (const QJsonValue &v : std::as_const(merged)) {
        const QJsonObject r = v.toObject();
        const QJsonValue met = r.value(u"met"_s);
        std::printf(
            "%-*s %10s  %-9s %-9s %-4s %s\n", int(width), qPrintable(r.value(u"name"_s).toString()),
            qPrintable(formatValue(r.value(u"value"_s).toDouble())),
            qPrintable(r.value(u"unit"_s).toString()), qPrintable(r.value(u"target"_s).toString()),
            met.isBool() ? (met.toBool() ? "yes" : "NO") : "",
            qPrintable(r.value(u"input"_s).toString()));
    }
    std::printf("machine: %s; %s\n", qPrintable(galley::bench::machineDescription()),
                smoke ? "smoke run: tiny sizes, the figures say nothing about speed" : "full run");
    if (parser.isSet(markdownOption)) {
        std::printf(
            "\n| figure | value | target | met | input |\n| --- | ---: | --- | --- | --- |\n");
        for (const QJsonValue &v : std::as_const(merged)) {
            const QJsonObject r = v.toObject();
            const QString name = r.value(u"name"_s).toString();
            if (name.startsWith(u"breakdown"_s))
                continue;
            const QJsonValue met = r.value(u"met"_s);
            std::printf("| %s | %s %s | %s | %s | %s |\n", qPrintable(name),
                        qPrintable(formatValue(r.value(u"value"_s).toDouble())),
                        qPrintable(r.value(u"unit"_s).toString()),
                        qPrintable(r.value(u"target"_s).toString()),
                        met.isBool() ? (met.toBool() ? "yes" : "**no**") : "",
                        qPrintable(r.value(u"input"_s).toString()));
        }
    }
    std::fflush(stdout);

    QFile out(parser.value(jsonOption));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || out.write(QJsonDocument(merged).toJson()) < 0 || !out.flush())
        failures << u"cannot write %1: %2"_s.arg(out.fileName(), out.errorString());
    else
        say(u"wrote %1 figures to %2"_s.arg(merged.size()).arg(QFileInfo(out).absoluteFilePath()));

    for (const QString &failure : std::as_const(failures))
        say(u"FAILED: "_s + failure);
    return failures.isEmpty() ? 0 : 1;
}
