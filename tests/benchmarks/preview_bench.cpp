// Keystroke-to-preview latency and GUI-thread stalls of the live preview, against the naive way
// (render on the GUI thread and setHtml per change). Not a test: it prints a table and writes
// JSON (argv[1], default preview_bench.json in the working directory).
//
// Each keystroke is a real key event into a QPlainTextEdit whose textChanged feeds the preview;
// the latency runs until the page confirms it applied that text. A 1 ms timer records the
// longest gap between its ticks: the longest time the GUI thread could not run its event loop.

#include "exporter.h"
#include "issuedocument.h"
#include "previewwidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTest>
#include <QTextStream>
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
    QList<double> latenciesMs;
    double maxStallMs = 0;
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
}

Result measurePreview(const QString &name, const QString &text, int keys)
{
    Result result {name, {}, 0};
    QSplitter window;
    auto *editor = new QPlainTextEdit(&window);
    auto *preview = new PreviewWidget(&window);
    preview->setOpenLinksExternally(false);
    QObject::connect(editor, &QPlainTextEdit::textChanged, preview,
                     [editor, preview] { preview->setDocumentText(editor->toPlainText()); });
    window.resize(1400, 900);
    window.show();
    editor->setPlainText(text);
    if (!waitApplied(preview, preview->requestedSequence(), 120000))
        qFatal("the preview never showed the document");
    placeCursorMidDocument(*editor);
    editor->setFocus();

    StallMeter stalls;
    stalls.start();
    for (int i = 0; i < keys; ++i) {
        QElapsedTimer clock;
        clock.start();
        QTest::keyClick(editor, Qt::Key(Qt::Key_A + i % 26), Qt::NoModifier);
        if (!waitApplied(preview, preview->requestedSequence(), 30000))
            qFatal("a keystroke never reached the preview");
        result.latenciesMs << double(clock.nsecsElapsed()) / 1e6;
        idle(20); // a typist's pause between keys
    }
    result.maxStallMs = stalls.stop();
    return result;
}

Result measureNaive(const QString &name, const QString &text, int keys)
{
    Result result {name, {}, 0};
    QSplitter window;
    auto *editor = new QPlainTextEdit(&window);
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
    const QString jsonPath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                      : QDir::current().filePath(u"preview_bench.json"_s);

    const QString small = issueOfSize(10 * 1024);
    const QString large = bigDocument(500 * 1024);
    QList<Result> results;
    results << measurePreview(u"preview 10 KB"_s, small, 100);
    results << measurePreview(u"preview 500 KB"_s, large, 40);
    results << measureNaive(u"naive setHtml 10 KB"_s, small, 40);
    results << measureNaive(u"naive setHtml 500 KB"_s, large, 15);

    QTextStream out(stdout);
    out << u"input sizes: %1 and %2 characters\n"_s.arg(small.size()).arg(large.size());
    out << u"%1 %2 %3 %4 %5\n"_s.arg(u"scenario"_s, -22)
               .arg(u"keys"_s, 5)
               .arg(u"p50 ms"_s, 9)
               .arg(u"p95 ms"_s, 9)
               .arg(u"max stall ms"_s, 13);
    QJsonArray json;
    for (const Result &r : std::as_const(results)) {
        out << u"%1 %2 %3 %4 %5\n"_s.arg(r.name, -22)
                   .arg(r.latenciesMs.size(), 5)
                   .arg(r.percentile(0.5), 9, 'f', 1)
                   .arg(r.percentile(0.95), 9, 'f', 1)
                   .arg(r.maxStallMs, 13, 'f', 1);
        json.append(QJsonObject {{u"scenario"_s, r.name},
                                 {u"keys"_s, r.latenciesMs.size()},
                                 {u"p50_ms"_s, r.percentile(0.5)},
                                 {u"p95_ms"_s, r.percentile(0.95)},
                                 {u"max_stall_ms"_s, r.maxStallMs}});
    }
    out << u"targets: 10 KB p95 < 50 ms, 500 KB p95 < 250 ms; stalls < 16 ms (10 KB), "
           u"< 50 ms (500 KB)\n"_s;
    QFile file(jsonPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(QJsonObject {{u"results"_s, json}}).toJson());
    out << u"wrote "_s << jsonPath << u"\n"_s;
    return 0;
}
