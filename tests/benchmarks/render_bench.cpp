// Rendering benchmark (not a test): what Galley's one rendering pipeline costs on top of cmark-gfm,
// in process and as whole `galley export` processes. Prints a table and writes the figures as JSON.
//
//   galley_render_bench [--json OUT.json] [--smoke] [--runs N] [--galley PATH]
//
// In process, on largeDocument(1 MB): cmark-gfm's library alone (parse with the options and
// extensions of markdowntree.cpp, render the HTML, free) against the core pipeline from the
// Markdown bytes to the email HTML bytes and to the fragment (decode, front matter, parse,
// sanitise, render), the runs interleaved. As processes, on a 900 KB file: `galley export FILE
// --to fragment` against the `cmark-gfm` command line, interleaved, after checking once that both
// print the same bytes. Every figure is the median of N runs (wall clock); the CPU time of the
// same runs is printed as notes, because on a shared 2-core machine the wall clock also counts
// waiting for a core.
#include "benchcorpus.h"
#include "benchreport.h"
#include "exporter.h"
#include "issuedocument.h"
#include "textdecoding.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::bench;

#ifndef GALLEY_BINARY
#define GALLEY_BINARY ""
#endif

namespace {

// The reference command line of the project's contract (README, PLATFORM.md). --unsafe because the
// corpus carries a few allowlisted tags (<kbd>, <sup>) that Galley keeps: without it cmark-gfm
// prints "<!-- raw HTML omitted -->" instead, and the outputs could not be compared.
const QStringList cmarkArguments
    = {u"--unsafe"_s,      u"--extension"_s, u"footnotes"_s, u"-e"_s, u"table"_s,     u"-e"_s,
       u"strikethrough"_s, u"-e"_s,          u"autolink"_s,  u"-e"_s, u"tagfilter"_s, u"-e"_s,
       u"tasklist"_s};

double nowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// cmark-gfm's library on its own, configured as markdowntree.cpp configures it.
QByteArray cmarkAlone(const QByteArray &markdown)
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
    const int options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE;
    cmark_parser *parser = cmark_parser_new(options);
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *root = cmark_parser_finish(parser);
    char *html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser));
    QByteArray out(html);
    cmark_get_default_mem_allocator()->free(html);
    cmark_node_free(root);
    cmark_parser_free(parser);
    return out;
}

// What `galley export FILE --to FORMAT` does after reading the file: decode, split off the front
// matter, render.
QByteArray galleyPipeline(const QByteArray &markdown, ExportFormat format)
{
    auto decoded = decodeText(markdown, u"bench.md"_s);
    if (!decoded)
        return {};
    auto doc = IssueDocument::fromText(decoded->text, u"bench.md"_s);
    if (!doc)
        return {};
    return exportDocument(*doc, format);
}

struct Runs
{
    QList<double> wallMs;
    QList<double> cpuMs;
};

template<typename F> void timeInProcess(Runs &runs, F &&work)
{
    const double cpu0 = threadCpuMs();
    const double t0 = nowMs();
    const QByteArray out = work();
    const double t1 = nowMs();
    const double cpu1 = threadCpuMs();
    if (out.isEmpty()) {
        std::fprintf(stderr, "galley_render_bench: a renderer produced nothing\n");
        std::exit(1);
    }
    runs.wallMs << t1 - t0;
    runs.cpuMs << cpu1 - cpu0;
}

// Runs `program arguments` with standard output to `outPath` (or /dev/null) and standard error
// inherited; adds its wall and CPU time (user + system, from wait4). Exits on failure.
void runProcess(const QString &program, const QStringList &arguments, const char *outPath,
                Runs *runs)
{
    QList<QByteArray> storage {QFile::encodeName(program)};
    for (const QString &a : arguments)
        storage << QFile::encodeName(a);
    QList<char *> argv;
    for (QByteArray &s : storage)
        argv << s.data();
    argv << nullptr;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath ? outPath : "/dev/null",
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const double t0 = nowMs();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.first(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "galley_render_bench: cannot start %s: %s\n", argv.first(),
                     std::strerror(spawned));
        std::exit(1);
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "galley_render_bench: %s failed (status %d)\n", argv.first(), status);
        std::exit(1);
    }
    const double t1 = nowMs();
    if (runs) {
        runs->wallMs << t1 - t0;
        runs->cpuMs << double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
                + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    }
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString kb(qint64 bytes)
{
    return u"%1 KB"_s.arg(bytes / 1024);
}

// The median of each run's ratio to the reference run made just before it. This machine's speed
// drifts by tens of percent over seconds (a shared VM), which moves a ratio of two medians; a
// ratio of neighbouring runs cancels most of that drift. Reported beside the figure, as a check.
double pairedRatio(const QList<double> &measured, const QList<double> &reference)
{
    QList<double> ratios;
    for (qsizetype i = 0; i < std::min(measured.size(), reference.size()); ++i)
        ratios << measured.at(i) / reference.at(i);
    return median(ratios);
}

QString cpuNote(const QString &what, const Runs &runs)
{
    return u"%1: CPU median %2 ms (wall median %3 ms, min %4 ms, %5 runs)"_s.arg(what)
        .arg(median(runs.cpuMs), 0, 'f', 1)
        .arg(median(runs.wallMs), 0, 'f', 1)
        .arg(*std::min_element(runs.wallMs.cbegin(), runs.wallMs.cend()), 0, 'f', 1)
        .arg(runs.wallMs.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(u"json"_s, u"Write the figures here."_s, u"OUT"_s,
                                        u"render_bench.json"_s));
    parser.addOption(
        QCommandLineOption(u"smoke"_s, u"A tiny run (50 KB, 3 runs): every figure, in seconds."_s));
    parser.addOption(QCommandLineOption(u"runs"_s, u"Runs per figure (median)."_s, u"N"_s));
    parser.addOption(QCommandLineOption(u"galley"_s, u"The galley executable to measure."_s,
                                        u"PATH"_s, QString::fromUtf8(GALLEY_BINARY)));
    parser.addHelpOption();
    parser.process(app);
    const bool smoke = parser.isSet(u"smoke"_s);
    const int runs
        = parser.isSet(u"runs"_s) ? std::max(1, parser.value(u"runs"_s).toInt()) : (smoke ? 3 : 15);
    const qsizetype renderBytes = smoke ? 50 * 1024 : 1024 * 1024;
    const qsizetype processBytes = smoke ? 50 * 1024 : 900 * 1024;

    const QString galley = parser.value(u"galley"_s);
    if (galley.isEmpty() || !QFileInfo(galley).isExecutable()) {
        std::fprintf(stderr,
                     "galley_render_bench: no galley executable at '%s'; pass --galley PATH\n",
                     qPrintable(galley));
        return 1;
    }
    const QString cmarkCli = QStandardPaths::findExecutable(u"cmark-gfm"_s);
    if (cmarkCli.isEmpty()) {
        std::fprintf(stderr,
                     "galley_render_bench: the cmark-gfm command is not on PATH; install "
                     "the Debian package cmark-gfm\n");
        return 1;
    }

    Report bench(u"galley_render_bench"_s);

    // In process: the three renderers interleaved on the same bytes, after one warm-up each.
    const QByteArray markdown = largeDocument(renderBytes).toUtf8();
    const QString input = u"%1 Markdown document"_s.arg(kb(markdown.size()));
    if (galleyPipeline(markdown, ExportFormat::Fragment) != cmarkAlone(markdown)) {
        std::fprintf(stderr, "galley_render_bench: the fragment differs from cmark-gfm's HTML\n");
        return 1;
    }
    galleyPipeline(markdown, ExportFormat::Html);
    Runs cmark, email, fragment;
    for (int i = 0; i < runs; ++i) {
        timeInProcess(cmark, [&] { return cmarkAlone(markdown); });
        timeInProcess(email, [&] { return galleyPipeline(markdown, ExportFormat::Html); });
        timeInProcess(fragment, [&] { return galleyPipeline(markdown, ExportFormat::Fragment); });
    }
    const double cmarkMs = median(cmark.wallMs);
    bench.add({u"render cmark-gfm alone"_s, cmarkMs, u"ms"_s, input, markdown.size(), {}});
    bench.add({u"render email html"_s, median(email.wallMs), u"ms"_s, input, markdown.size(), {}});
    bench.add({u"render overhead email html vs cmark-gfm"_s, median(email.wallMs) / cmarkMs, u"x"_s,
               input, markdown.size(), u"<= 1.25"_s});
    bench.add({u"render fragment"_s, median(fragment.wallMs), u"ms"_s, input, markdown.size(), {}});
    bench.add({u"render overhead fragment vs cmark-gfm"_s,
               median(fragment.wallMs) / cmarkMs,
               u"x"_s,
               input,
               markdown.size(),
               {}});
    bench.note(cpuNote(u"render cmark-gfm alone"_s, cmark));
    bench.note(cpuNote(u"render email html"_s, email));
    bench.note(cpuNote(u"render fragment"_s, fragment));
    bench.note(u"render overhead by CPU time: email html %1x, fragment %2x"_s
                   .arg(median(email.cpuMs) / median(cmark.cpuMs), 0, 'f', 2)
                   .arg(median(fragment.cpuMs) / median(cmark.cpuMs), 0, 'f', 2));
    bench.note(u"render overhead, median of paired runs: email html %1x, fragment %2x"_s
                   .arg(pairedRatio(email.wallMs, cmark.wallMs), 0, 'f', 2)
                   .arg(pairedRatio(fragment.wallMs, cmark.wallMs), 0, 'f', 2));

    // Whole processes on a file, interleaved: galley, cmark-gfm, galley, cmark-gfm...
    QTemporaryDir dir;
    const QString file = dir.path() + u"/document.md"_s;
    const QByteArray fileBytes = largeDocument(processBytes).toUtf8();
    {
        QFile f(file);
        if (!dir.isValid() || !f.open(QIODevice::WriteOnly)
            || f.write(fileBytes) != fileBytes.size()) {
            std::fprintf(stderr, "galley_render_bench: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    const QStringList galleyArguments = {u"export"_s, file, u"--to"_s, u"fragment"_s};
    const QString galleyOut = dir.path() + u"/galley.html"_s;
    const QString cmarkOut = dir.path() + u"/cmark.html"_s;
    runProcess(galley, galleyArguments, QFile::encodeName(galleyOut).constData(), nullptr);
    runProcess(cmarkCli, cmarkArguments + QStringList {file},
               QFile::encodeName(cmarkOut).constData(), nullptr);
    const QByteArray galleyHtml = readAll(galleyOut);
    if (galleyHtml.isEmpty() || galleyHtml != readAll(cmarkOut)) {
        std::fprintf(stderr,
                     "galley_render_bench: FAILED: `galley export --to fragment` and the cmark-gfm "
                     "command print different bytes for %s (kept: %s, %s)\n",
                     qPrintable(file), qPrintable(galleyOut), qPrintable(cmarkOut));
        dir.setAutoRemove(false);
        return 1;
    }
    Runs galleyRuns, cmarkRuns;
    for (int i = 0; i < runs; ++i) {
        runProcess(galley, galleyArguments, nullptr, &galleyRuns);
        runProcess(cmarkCli, cmarkArguments + QStringList {file}, nullptr, &cmarkRuns);
    }
    const QString fileInput = u"%1 Markdown file"_s.arg(kb(fileBytes.size()));
    const double galleyMs = median(galleyRuns.wallMs);
    const double cmarkCliMs = median(cmarkRuns.wallMs);
    bench.add(
        {u"export process galley fragment"_s, galleyMs, u"ms"_s, fileInput, fileBytes.size(), {}});
    bench.add(
        {u"export process cmark-gfm cli"_s, cmarkCliMs, u"ms"_s, fileInput, fileBytes.size(), {}});
    bench.add({u"export process overhead vs cmark-gfm cli"_s, galleyMs / cmarkCliMs, u"x"_s,
               fileInput, fileBytes.size(), u"<= 1.3"_s});
    bench.note(cpuNote(u"export process galley fragment"_s, galleyRuns));
    bench.note(cpuNote(u"export process cmark-gfm cli"_s, cmarkRuns));
    bench.note(u"export process overhead by CPU time: %1x; galley: %2"_s
                   .arg(median(galleyRuns.cpuMs) / median(cmarkRuns.cpuMs), 0, 'f', 2)
                   .arg(galley));
    bench.note(u"export process overhead, median of paired runs: %1x"_s.arg(
        pairedRatio(galleyRuns.wallMs, cmarkRuns.wallMs), 0, 'f', 2));

    bench.print();
    return bench.writeJson(parser.value(u"json"_s)) ? 0 : 1;
}
