// Keystroke-to-preview latency and GUI-thread stalls of the editor window, against the naive way
// (render on the GUI thread and setHtml per change), in the same run. Not a test: it prints a
// table and writes one JSON record per figure.
//
//   galley_preview_bench [--json OUT.json] [--small-bytes N] [--large-bytes N] [--keys N]
//                        [--only NAME] [--smoke]   (NAME: small, large, naive-small, naive-large)
//                        [--no-spelling]   (the window's spell checking off; it is on by default)
//
// The documents come from tests/benchmarks/support/benchcorpus: a 10 KB newsletter issue and a
// 500 KB general Markdown document, the same bytes on every machine.
//
// Each keystroke is a real key event into the real editor of a MainWindow (highlighter, outline,
// word count, autosave to a temporary store, preview with scroll sync); the latency runs until the
// page confirms it applied that text. A 1 ms timer records the longest gap between its ticks: the
// longest time the GUI thread could not run its event loop. Typing pauses every 20 keys for long
// enough that the debounced work (word count, outline, autosave) runs inside the measurement.

#include "benchcorpus.h"
#include "benchreport.h"
#include "editor/markdowneditor.h"
#include "editor/outlinepanel.h"
#include "editor/spellingcontroller.h"
#include "exporter.h"
#include "issuedocument.h"
#include "previewchunks.h"
#include "previewrenderer.h"
#include "previewtesthelpers.h"
#include "previewwidget.h"
#include "stallmeter.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebEngineView>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using galley::bench::median;
using galley::gui::PreviewWidget;

namespace {

struct Result
{
    QString name;
    qsizetype inputBytes = 0;
    QList<double> latenciesMs;
    double maxStallMs = 0;
    QString domCheck; // "matches export", "DIFFERS", or empty when not checked
    QString spelling; // "on (en_US)" or "off" and why
    // Where the time goes (medians; -1 when not measured): the key event on the GUI thread, the
    // worker's render with its cut into blocks and diff, the page applying and laying out.
    double keyEventMs = -1, renderMs = -1, cutMs = -1, diffMs = -1, applyMs = -1, layoutMs = -1;
    // GUI-thread work in a typing pause (after one more keystroke): word count, outline.
    double wordCountMs = -1, outlineMs = -1, plainTextMs = -1;
    double percentile(double p) const { return galley::bench::percentile(latenciesMs, p); }
};

using galley::bench::StallMeter;

// Runs the event loop until `done` is signalled through the returned callback, or a timeout.
bool runUntil(const std::function<void(std::function<void()>)> &arm, int timeoutMs = 30000)
{
    QEventLoop loop;
    bool finished = false;
    arm([&] {
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return finished;
}

// Waits until the page confirmed the text with sequence number `target` (or a newer one).
bool waitApplied(PreviewWidget *preview, quint64 target, int timeoutMs)
{
    QObject guard; // ends the connection with this call
    return runUntil(
        [&](std::function<void()> done) {
            if (preview->appliedSequence() >= target)
                return done();
            QObject::connect(preview, &PreviewWidget::updateApplied, &guard,
                             [target, done](quint64 seq) {
                                 if (seq >= target)
                                     done();
                             });
        },
        timeoutMs);
}

void idle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Puts the cursor at the end of a paragraph in the middle of the document.
void placeCursorMidDocument(QPlainTextEdit &editor)
{
    const QString text = editor.toPlainText();
    qsizetype pos = text.indexOf(u"\n\n"_s, text.size() / 2);
    while (pos > 0 && (text.at(pos - 1).isSpace() || text.at(pos - 1) == u'|'))
        pos = text.indexOf(u"\n\n"_s, pos + 2);
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(pos < 0 ? int(text.size()) : int(pos));
    editor.setTextCursor(cursor);
    editor.ensureCursorVisible();
}

// Times the worker's steps for `text` here (after the typing, so it does not disturb it).
void measureRender(Result &r, const QString &text, const galley::EmailSettings &settings)
{
    QList<double> render, cut, diff;
    galley::gui::PreviewChunks previous = galley::gui::splitPreviewHtml(
        galley::gui::PreviewRenderer::render(text, 1, false, settings).html);
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto out = galley::gui::PreviewRenderer::render(text, 1, false, settings);
        render << double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        const auto chunks = galley::gui::splitPreviewHtml(out.html);
        cut << double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        const QVariantMap update = galley::gui::previewUpdate(&previous, chunks);
        diff << double(clock.nsecsElapsed()) / 1e6;
    }
    // render() includes the cut; report it without.
    r.renderMs = median(render) - median(cut);
    r.cutMs = median(cut);
    r.diffMs = median(diff);
}

void readPageTimings(Result &r, PreviewWidget &preview, int updates)
{
    const QVariant json = galley::gui::test::evalJs(
        preview, u"JSON.stringify(window.__galleyPreviewTimings || [])"_s);
    const QJsonArray all = QJsonDocument::fromJson(json.toString().toUtf8()).array();
    QList<double> apply, layout;
    for (qsizetype i = qMax<qsizetype>(0, all.size() - updates); i < all.size(); ++i) {
        apply << all.at(i).toArray().at(0).toDouble();
        layout << all.at(i).toArray().at(1).toDouble();
    }
    r.applyMs = median(apply);
    r.layoutMs = median(layout);
}

// Whether the page's email is exactly the export of `text` (as the page's own parser reads it).
QString domCheck(PreviewWidget &preview, const QString &text)
{
    auto doc = galley::IssueDocument::fromText(text);
    if (!doc.ok())
        return u"no document"_s;
    const QString html = QString::fromUtf8(galley::exportDocument(
        *doc, galley::ExportFormat::Html, galley::RenderOptions {.sourcePositions = true},
        preview.emailSettings()));
    const QVariant same = galley::gui::test::evalJs(
        preview,
        u"new DOMParser().parseFromString("_s + galley::gui::test::jsString(html)
            + u", 'text/html').body.innerHTML === "
              u"document.getElementById('galley-preview-email').innerHTML"_s,
        60000);
    return same.toBool() ? u"matches export"_s : u"DIFFERS"_s;
}

Result measureWindow(const QString &name, const QString &text, int keys)
{
    Result result {name, text.toUtf8().size(), {}, 0, {}, {}};
    QTemporaryDir dir;
    galley::gui::MainWindow window(dir.filePath(u"bench.sqlite"_s));
    QSignalSpy ready(&window, &galley::gui::MainWindow::storeReady);
    window.resize(1400, 900);
    window.show();
    if (!ready.wait(30000))
        qFatal("the store did not open");
    auto *editor = window.editor();
    auto *preview = window.preview();
    preview->setOpenLinksExternally(false);
    editor->setPlainText(text);
    if (!waitApplied(preview, preview->requestedSequence(), 120000))
        qFatal("the preview never showed the document");
    idle(1500); // the first autosave of the whole text
    const auto *spelling = window.findChild<galley::gui::SpellingController *>();
    result.spelling = spelling && spelling->isActive()
        ? QString(u"on ("_s + spelling->checker().dictionary() + u')')
        : u"off "_s + (spelling ? spelling->notice() : QString());
    placeCursorMidDocument(*editor);
    editor->setFocus();
    idle(300);

    StallMeter stalls;
    QList<double> keyEvents;
    stalls.start();
    for (int i = 0; i < keys; ++i) {
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(editor, Qt::Key(Qt::Key_A + i % 26), Qt::NoModifier);
        keyEvents << double(clock.nsecsElapsed()) / 1e6;
        if (!waitApplied(preview, preview->requestedSequence(), 30000))
            qFatal("a keystroke never reached the preview");
        result.latenciesMs << double(clock.nsecsElapsed()) / 1e6;
        // A typist's pause between keys; every 20 keys a longer one, in which the word count,
        // the outline and the autosave run.
        idle((i + 1) % 20 == 0 ? 1300 : 20);
    }
    result.maxStallMs = stalls.stop();
    result.keyEventMs = median(keyEvents);
    {
        QTest::keyClick(editor, Qt::Key_Z, Qt::NoModifier);
        QElapsedTimer clock;
        clock.start();
        (void)editor->wordCount();
        result.wordCountMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        window.outline()->refresh();
        result.outlineMs = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
        (void)editor->toPlainText();
        result.plainTextMs = double(clock.nsecsElapsed()) / 1e6;
        waitApplied(preview, preview->requestedSequence(), 30000);
    }
    readPageTimings(result, *preview, keys);
    result.domCheck = domCheck(*preview, editor->toPlainText());
    measureRender(result, editor->toPlainText(), preview->emailSettings());
    return result;
}

Result measureNaive(const QString &name, const QString &text, int keys)
{
    Result result {name, text.toUtf8().size(), {}, 0, {}, {}};
    QSplitter window;
    auto *editor = new galley::gui::MarkdownEditor(&window);
    auto *view = new QWebEngineView(&window);
    QObject::connect(editor, &QPlainTextEdit::textChanged, view, [editor, view] {
        auto doc = galley::IssueDocument::fromText(editor->toPlainText());
        if (doc.ok())
            view->setHtml(
                QString::fromUtf8(galley::exportDocument(*doc, galley::ExportFormat::Html)));
    });
    window.resize(1400, 900);
    window.show();
    const auto loaded = [view](std::function<void()> done) {
        QObject::connect(
            view, &QWebEngineView::loadFinished, view, [done](bool) { done(); },
            Qt::SingleShotConnection);
    };
    if (!runUntil(
            [&](std::function<void()> done) {
                loaded(done);
                editor->setPlainText(text);
            },
            120000))
        qFatal("the naive view never loaded the document");
    placeCursorMidDocument(*editor);
    editor->setFocus();

    StallMeter stalls;
    stalls.start();
    for (int i = 0; i < keys; ++i) {
        QElapsedTimer clock;
        clock.start();
        if (!runUntil([&](std::function<void()> done) {
                loaded(done);
                QTest::keyClick(editor, Qt::Key(Qt::Key_A + i % 26), Qt::NoModifier);
            }))
            qFatal("the naive view never loaded");
        result.latenciesMs << double(clock.nsecsElapsed()) / 1e6;
        idle(20);
    }
    result.maxStallMs = stalls.stop();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the real ones
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption jsonOption(u"json"_s, u"Write the figures here."_s, u"OUT"_s,
                                        u"preview_bench.json"_s);
    const QCommandLineOption smallOption(u"small-bytes"_s, u"Size of the issue."_s, u"N"_s,
                                         u"10240"_s);
    const QCommandLineOption largeOption(u"large-bytes"_s, u"Size of the big document."_s, u"N"_s,
                                         u"512000"_s);
    const QCommandLineOption keysOption(u"keys"_s, u"Keystrokes per scenario (100 default)."_s,
                                        u"N"_s, u"100"_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Run one scenario."_s, u"NAME"_s);
    const QCommandLineOption smokeOption(
        u"smoke"_s, u"A tiny run (3 KB, 30 KB, 5 keys): every figure, quickly."_s);
    const QCommandLineOption noSpellingOption(
        u"no-spelling"_s, u"Turn the window's spell checking off (View ▸ Check Spelling)."_s);
    parser.addOptions({jsonOption, smallOption, largeOption, keysOption, onlyOption, smokeOption,
                       noSpellingOption});
    parser.process(app);
    // The figures are measured with spell checking on, as the window starts (issue 19).
    QSettings().setValue(u"editor/checkSpelling"_s, !parser.isSet(noSpellingOption));

    const bool smoke = parser.isSet(smokeOption);
    const QString small = galley::bench::newsletterIssue(
        101, smoke ? 3000 : parser.value(smallOption).toLongLong());
    const QString large
        = galley::bench::largeDocument(smoke ? 30000 : parser.value(largeOption).toLongLong());
    const int keys = smoke ? 5 : qMax(1, parser.value(keysOption).toInt());
    const QString only = parser.value(onlyOption);
    auto wanted = [&](const QString &n) {
        return only.isEmpty() || only == n;
    };

    // Scenario names are stable; the input column says how big the document was.
    struct Scenario
    {
        QString key, label;
        Result result;
        QString p50Target, p95Target, stallTarget;
    };
    QList<Scenario> scenarios;
    if (wanted(u"small"_s))
        scenarios.append({u"small"_s, u"issue"_s, measureWindow(u"issue"_s, small, keys),
                          u"<= 20"_s, u"<= 50"_s, u"<= 16"_s});
    if (wanted(u"large"_s))
        scenarios.append({u"large"_s, u"large document"_s,
                          measureWindow(u"large document"_s, large, qMax(1, keys * 2 / 5)),
                          QString(), u"<= 250"_s, u"<= 50"_s});
    if (wanted(u"naive-small"_s))
        scenarios.append({u"naive-small"_s,
                          u"issue, naive setHtml"_s,
                          measureNaive(u"issue, naive setHtml"_s, small, qMax(1, keys * 2 / 5)),
                          {},
                          {},
                          {}});
    if (wanted(u"naive-large"_s))
        scenarios.append(
            {u"naive-large"_s,
             u"large document, naive setHtml"_s,
             measureNaive(u"large document, naive setHtml"_s, large, qMax(1, keys * 3 / 20)),
             {},
             {},
             {}});

    galley::bench::Report report(u"galley_preview_bench"_s);
    bool pageMatches = true;
    for (const Scenario &s : std::as_const(scenarios)) {
        const Result &r = s.result;
        const QString input = QString::number(double(r.inputBytes) / 1024.0, 'f', 0)
            + u" KB, %1 keys, QPA %2"_s.arg(r.latenciesMs.size())
                  .arg(QGuiApplication::platformName());
        auto add = [&](const QString &what, double value, const QString &target) {
            report.add({what + u", "_s + s.label, value, u"ms"_s, input, r.inputBytes, target});
        };
        add(u"keystroke to preview p50"_s, r.percentile(0.5), s.p50Target);
        add(u"keystroke to preview p95"_s, r.percentile(0.95), s.p95Target);
        add(u"longest gui-thread stall"_s, r.maxStallMs, s.stallTarget);
        if (r.domCheck == u"DIFFERS")
            pageMatches = false;
        if (r.keyEventMs < 0)
            continue;
        // Where the time goes (medians), reported for the record, without targets.
        add(u"breakdown key event on the gui thread"_s, r.keyEventMs, {});
        add(u"breakdown gui toPlainText"_s, r.plainTextMs, {});
        add(u"breakdown gui word count after a keystroke"_s, r.wordCountMs, {});
        add(u"breakdown gui outline refresh"_s, r.outlineMs, {});
        add(u"breakdown worker render"_s, r.renderMs, {});
        add(u"breakdown worker cut into blocks"_s, r.cutMs, {});
        add(u"breakdown worker diff"_s, r.diffMs, {});
        add(u"breakdown page apply"_s, r.applyMs, {});
        add(u"breakdown page layout"_s, r.layoutMs, {});
        report.note(u"page DOM after typing, "_s + s.label + u": "_s + r.domCheck);
        report.note(u"spell checking, "_s + s.label + u": "_s + r.spelling);
    }
    report.print();
    if (!report.writeJson(parser.value(jsonOption)))
        return 1;
    if (!pageMatches) {
        std::fputs("galley_preview_bench: the preview page does not show the export\n", stderr);
        return 1;
    }
    return 0;
}
