// Keystroke-to-preview latency and GUI-thread stalls of the editor window, against the naive way
// (render on the GUI thread and setHtml per change), in the same run. Not a test: it prints a
// table and writes one JSON record per figure.
//
//   galley_preview_bench [--json OUT.json] [--small-bytes N] [--large-bytes N] [--keys N]
//                        [--only NAME]   (NAME: small, large, naive-small, naive-large)
//
// Each keystroke is a real key event into the real editor of a MainWindow (highlighter, outline,
// word count, autosave to a temporary store, preview with scroll sync); the latency runs until the
// page confirms it applied that text. A 1 ms timer records the longest gap between its ticks: the
// longest time the GUI thread could not run its event loop. Typing pauses every 20 keys for long
// enough that the debounced work (word count, outline, autosave) runs inside the measurement.

#include "exporter.h"
#include "issuedocument.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "outlinepanel.h"
#include "previewchunks.h"
#include "previewrenderer.h"
#include "previewtesthelpers.h"
#include "previewwidget.h"

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
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QWebEngineView>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using galley::gui::PreviewWidget;

namespace {

struct Result
{
    QString name;
    qsizetype inputBytes = 0;
    QList<double> latenciesMs;
    double maxStallMs = 0;
    QString domCheck; // "matches export", "DIFFERS", or empty when not checked
    // Where the time goes (medians; -1 when not measured): the key event on the GUI thread, the
    // worker's render with its cut into blocks and diff, the page applying and laying out.
    double keyEventMs = -1, renderMs = -1, cutMs = -1, diffMs = -1, applyMs = -1, layoutMs = -1;
    // GUI-thread work in a typing pause (after one more keystroke): word count, outline.
    double wordCountMs = -1, outlineMs = -1, plainTextMs = -1;
    double percentile(double p) const
    {
        if (latenciesMs.isEmpty())
            return 0;
        QList<double> sorted = latenciesMs;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<qsizetype>(p * double(sorted.size() - 1) + 0.5);
        return sorted.at(std::min(index, sorted.size() - 1));
    }
};

// Measures the longest gap between ticks of a 1 ms timer while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_max;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_max = 0;
};

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

QString issueOfSize(qsizetype bytes)
{
    QFile fixture(QStringLiteral(GALLEY_TEST_DATA "/fixtures/ops-weekly-101.md"));
    QString text;
    if (fixture.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(fixture.readAll());
    const qsizetype bodyStart = text.indexOf(u"\n---\n"_s) + 5;
    const QString body = text.mid(bodyStart);
    int section = 2;
    while (text.size() < bytes && !body.isEmpty())
        text += u"\nMore links, part %1\n=================\n\n"_s.arg(section++) + body;
    if (text.isEmpty()) {
        text = u"# Generated\n\n"_s;
        while (text.size() < bytes)
            text += u"A generated paragraph with a [link](https://example.com/) and *words*.\n\n"_s;
    }
    return text;
}

QString bigDocument(qsizetype bytes)
{
    QFile releases(QDir::homePath()
                   + u"/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html/"
                     u"releases.md"_s);
    QString text;
    if (releases.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(releases.read(bytes));
    while (text.size() < bytes)
        text += issueOfSize(10 * 1024);
    // Cut at a paragraph boundary so the cut does not leave an open code fence behind.
    return text.left(text.lastIndexOf(u"\n\n"_s) + 1);
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

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
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
    Result result {name, text.toUtf8().size(), {}, 0, {}};
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
    Result result {name, text.toUtf8().size(), {}, 0, {}};
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

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

QString cpuModel()
{
    QFile file(u"/proc/cpuinfo"_s);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1)).trimmed();
        }
    }
    return QSysInfo::currentCpuArchitecture();
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
    parser.addOptions({jsonOption, smallOption, largeOption, keysOption, onlyOption});
    parser.process(app);

    const QString loadBefore = loadAverage();
    const QString small = issueOfSize(parser.value(smallOption).toLongLong());
    const QString large = bigDocument(parser.value(largeOption).toLongLong());
    const int keys = qMax(1, parser.value(keysOption).toInt());
    const QString only = parser.value(onlyOption);
    auto wanted = [&](const QString &n) {
        return only.isEmpty() || only == n;
    };
    const QString smallSize = QString::number(small.toUtf8().size() / 1024) + u" KB"_s;
    const QString largeSize = QString::number(large.toUtf8().size() / 1024) + u" KB"_s;

    QList<Result> results;
    if (wanted(u"small"_s))
        results << measureWindow(u"preview "_s + smallSize, small, keys);
    if (wanted(u"large"_s))
        results << measureWindow(u"preview "_s + largeSize, large, qMax(1, keys * 2 / 5));
    if (wanted(u"naive-small"_s))
        results << measureNaive(u"naive setHtml "_s + smallSize, small, qMax(1, keys * 2 / 5));
    if (wanted(u"naive-large"_s))
        results << measureNaive(u"naive setHtml "_s + largeSize, large, qMax(1, keys * 3 / 20));

    const QString machine = cpuModel() + u", "_s + QString::number(QThread::idealThreadCount())
        + u" cores, "_s + QSysInfo::prettyProductName() + u", Qt "_s
        + QString::fromLatin1(qVersion()) + u", QPA "_s + QGuiApplication::platformName()
        + u", load average "_s + loadBefore + u" before, "_s + loadAverage() + u" after"_s;

    QTextStream out(stdout);
    out << u"%1 %2 %3 %4 %5  %6\n"_s.arg(u"scenario"_s, -24)
               .arg(u"keys"_s, 5)
               .arg(u"p50 ms"_s, 9)
               .arg(u"p95 ms"_s, 9)
               .arg(u"max stall ms"_s, 13)
               .arg(u"page DOM"_s);
    QJsonArray json;
    for (const Result &r : std::as_const(results)) {
        out << u"%1 %2 %3 %4 %5  %6\n"_s.arg(r.name, -24)
                   .arg(r.latenciesMs.size(), 5)
                   .arg(r.percentile(0.5), 9, 'f', 1)
                   .arg(r.percentile(0.95), 9, 'f', 1)
                   .arg(r.maxStallMs, 13, 'f', 1)
                   .arg(r.domCheck);
        const std::pair<QString, double> figures[] = {
            {r.name + u" keystroke to preview p50"_s, r.percentile(0.5)},
            {r.name + u" keystroke to preview p95"_s, r.percentile(0.95)},
            {r.name + u" longest GUI-thread stall"_s, r.maxStallMs},
        };
        for (const auto &[figure, value] : figures) {
            json.append(QJsonObject {{u"name"_s, figure},
                                     {u"value"_s, value},
                                     {u"unit"_s, u"ms"_s},
                                     {u"input_bytes"_s, r.inputBytes},
                                     {u"keys"_s, r.latenciesMs.size()},
                                     {u"dom_check"_s, r.domCheck},
                                     {u"machine"_s, machine}});
        }
    }
    out << u"\nwhere the time goes (medians, ms): key event on the GUI thread | worker: render, "
           u"cut into blocks, diff | page: apply, layout\n"_s;
    for (const Result &r : std::as_const(results)) {
        if (r.keyEventMs < 0)
            continue;
        out << u"%1 %2 (toPlainText %8, word count %9, outline %10) | %3 %4 %5 | %6 %7\n"_s
                   .arg(r.name, -24)
                   .arg(r.keyEventMs, 6, 'f', 2)
                   .arg(r.renderMs, 7, 'f', 1)
                   .arg(r.cutMs, 6, 'f', 1)
                   .arg(r.diffMs, 6, 'f', 2)
                   .arg(r.applyMs, 6, 'f', 1)
                   .arg(r.layoutMs, 6, 'f', 1)
                   .arg(r.plainTextMs, 0, 'f', 2)
                   .arg(r.wordCountMs, 0, 'f', 2)
                   .arg(r.outlineMs, 0, 'f', 2);
        const std::pair<QString, double> parts[] = {
            {r.name + u" GUI toPlainText"_s, r.plainTextMs},
            {r.name + u" GUI word count after a keystroke"_s, r.wordCountMs},
            {r.name + u" GUI outline refresh"_s, r.outlineMs},
            {r.name + u" key event on the GUI thread"_s, r.keyEventMs},
            {r.name + u" worker render"_s, r.renderMs},
            {r.name + u" worker cut into blocks"_s, r.cutMs},
            {r.name + u" worker diff"_s, r.diffMs},
            {r.name + u" page apply"_s, r.applyMs},
            {r.name + u" page layout"_s, r.layoutMs},
        };
        for (const auto &[figure, value] : parts) {
            json.append(QJsonObject {{u"name"_s, figure},
                                     {u"value"_s, value},
                                     {u"unit"_s, u"ms"_s},
                                     {u"input_bytes"_s, r.inputBytes},
                                     {u"machine"_s, machine}});
        }
    }
    out << u"targets: 10 KB p50/p95 <= 20/50 ms, stall <= 16 ms; 500 KB p95 <= 250 ms, "
           u"stall <= 50 ms\n"_s;
    out << u"machine: "_s << machine << u"\n"_s;
    QFile file(parser.value(jsonOption));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(QJsonDocument(json).toJson()) < 0) {
        out << u"cannot write "_s << file.fileName() << u"\n"_s;
        return 1;
    }
    out << u"wrote "_s << file.fileName() << u"\n"_s;
    return 0;
}
