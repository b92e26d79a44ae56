#include "window/selftest.h"

#include "window/consoleline.h"

#include "editor/markdowneditor.h"
#include "issuedocument.h"
#include "preview/previewwidget.h"
#include "window/mainwindow.h"
#include "window/messagebar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QWindow>

#include <cstdio>
#include <functional>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace galley::gui {

Q_LOGGING_CATEGORY(lcStartup, "galley.startup", QtInfoMsg)

namespace {
struct SelfTestTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::SelfTest)
};

constexpr int TimeoutMs = 60000;

// Calls back once, after the window's first expose event has been handled: by then the widgets
// have painted into the window.
class ExposeWatcher : public QObject
{
public:
    explicit ExposeWatcher(std::function<void()> exposed)
        : m_exposed(std::move(exposed))
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && m_exposed) {
            auto *window = qobject_cast<QWindow *>(watched);
            if (window && window->isExposed())
                QTimer::singleShot(0, this, std::exchange(m_exposed, {}));
        }
        return false;
    }

private:
    std::function<void()> m_exposed;
};

// The text the email of `document` shows for sure: its title (the email's heading), else the
// subject; empty when it has neither.
QString expectedText(const QString &document)
{
    const auto doc = IssueDocument::fromText(document);
    if (!doc)
        return {};
    return doc->title().isEmpty() ? doc->subject() : doc->title();
}

QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// The self-test never writes into the store it was named (opening a draft saves the editor's
// state, a start may migrate): it works on a copy in `dir`, the file with its write-ahead log
// (which holds the latest commits until a checkpoint). No named store, or none there yet: an empty
// one. Empty when the copy cannot be made; `why` says why.
QString copyOfStore(const QString &named, const QTemporaryDir &dir, QString *why)
{
    const QString copy = dir.filePath(u"self-test.sqlite"_s);
    if (named.isEmpty() || !QFileInfo::exists(named))
        return copy;
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        if (!QFileInfo::exists(named + suffix))
            continue;
        QFile source(named + suffix);
        if (!source.copy(copy + suffix)) {
            *why = source.errorString();
            return {};
        }
    }
    return copy;
}

// Keeps the editor running until standard input is closed (--self-test-hold).
void holdUntilStdinCloses()
{
    QEventLoop loop;
    QSocketNotifier notifier(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            loop.quit();
    });
    loop.exec();
}
} // namespace

int runSelfTest(const QStringList &arguments, QString storePath, const QElapsedTimer &started)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        printConsoleLine(
            stderr,
            SelfTestTr::tr("galley: self-test failed: no temporary folder for its store "
                           "(%1).")
                .arg(scratch.errorString()));
        return 1;
    }
    // Reported by the name the person gave; the window opens a copy of it.
    QString why;
    const QString workingCopy = copyOfStore(storePath, scratch, &why);
    if (workingCopy.isEmpty()) {
        printConsoleLine(
            stderr,
            SelfTestTr::tr("galley: self-test failed: the store %1 could not be copied to a "
                           "temporary folder (%2).")
                .arg(storePath, why));
        return 1;
    }
    if (storePath.isEmpty())
        storePath = workingCopy;

    // Declared before the window: a script answer delivered while the page goes away still finds
    // them.
    QEventLoop loop;
    QString failure;
    qint64 shownMs = -1;
    qint64 renderedMs = -1;
    bool storeOpen = false;
    bool checking = false;
    quint64 wantedSeq = 0; // the render of the draft the store opened
    QString expected;

    qCDebug(lcStartup) << started.elapsed() << "ms: self-test starts";
    MainWindow window(workingCopy);
    PreviewWidget *preview = window.preview();
    qCDebug(lcStartup) << started.elapsed() << "ms: window constructed";
    auto finishIfDone = [&] {
        if (shownMs >= 0 && renderedMs >= 0)
            loop.quit();
    };

    ExposeWatcher watcher([&] {
        shownMs = started.elapsed();
        qCDebug(lcStartup) << shownMs << "ms: window shown";
        finishIfDone();
    });
    window.winId(); // the QWindow exists now: the watcher sees its first expose
    window.windowHandle()->installEventFilter(&watcher);

    // Once the page confirmed the render of the opened draft, ask it whether it shows that draft.
    auto checkPage = [&] {
        if (!storeOpen || checking || !preview->isReady() || preview->appliedSequence() < wantedSeq)
            return;
        checking = true;
        const qint64 appliedMs = started.elapsed();
        qCDebug(lcStartup) << appliedMs << "ms: the page applied the draft";
        // The answer also carries the page's own timings of the update ([apply ms, layout ms]),
        // for the start-up log.
        const QString script
            = u"[document.body.textContent.includes(%1), window.__galleyPreviewTimings]"_s.arg(
                jsString(expected));
        preview->view()->page()->runJavaScript(script, [&, appliedMs](const QVariant &answer) {
            const QVariantList values = answer.toList();
            qCDebug(lcStartup) << started.elapsed()
                               << "ms: the page answered; its update timings:" << values.value(1);
            if (values.value(0).toBool()) {
                renderedMs = appliedMs;
                finishIfDone();
            } else {
                failure = SelfTestTr::tr("the preview does not show the draft “%1”").arg(expected);
                loop.quit();
            }
        });
    };
    QObject::connect(&window, &MainWindow::storeReady, &loop, [&](bool ok) {
        if (!ok) {
            failure = SelfTestTr::tr("the store did not open: %1 (%2)")
                          .arg(window.messageBar()->text(), storePath);
            loop.quit();
            return;
        }
        storeOpen = true;
        qCDebug(lcStartup) << started.elapsed() << "ms: store open, draft in the editor";
        // Opening the draft put its text in the editor, which handed it to the preview.
        wantedSeq = preview->requestedSequence();
        expected = expectedText(window.editor()->toPlainText());
        checkPage();
    });
    QObject::connect(preview, &PreviewWidget::ready, &loop, [&] {
        qCDebug(lcStartup) << started.elapsed() << "ms: preview page loaded";
        checkPage();
    });
    QObject::connect(preview, &PreviewWidget::updateApplied, &loop, checkPage);
    QTimer::singleShot(TimeoutMs, &loop, [&] {
        if (shownMs < 0)
            failure = SelfTestTr::tr("the window was not shown within %1 seconds")
                          .arg(TimeoutMs / 1000);
        else if (!storeOpen)
            failure
                = SelfTestTr::tr("the store did not open within %1 seconds").arg(TimeoutMs / 1000);
        else if (!preview->isReady())
            failure = SelfTestTr::tr("the preview's web engine did not start within %1 seconds")
                          .arg(TimeoutMs / 1000);
        else
            failure = SelfTestTr::tr("the preview did not render the draft within %1 seconds")
                          .arg(TimeoutMs / 1000);
        loop.quit();
    });

    window.show();
    qCDebug(lcStartup) << started.elapsed() << "ms: show() returned";
    loop.exec();

    // Drawn now, the preview included, rather than while the start is timed (it takes a while).
    if (failure.isEmpty() && window.grab().isNull())
        failure = SelfTestTr::tr("the window could not be drawn");
    const qint64 checkedMs = started.elapsed();
    if (!failure.isEmpty()) {
        printConsoleLine(stderr, SelfTestTr::tr("galley: self-test failed: %1").arg(failure));
        return 1;
    }
    printConsoleLine(
        stdout,
        SelfTestTr::tr(
            "galley: self-test passed: window shown at %1 ms, preview rendered at %2 ms, "
            "checked at %3 ms; the store %4 is open and the preview shows the draft “%5”.")
            .arg(QString::number(shownMs), QString::number(renderedMs), QString::number(checkedMs),
                 storePath, expected));
    if (arguments.contains(u"--self-test-hold"_s))
        holdUntilStdinCloses();
    return 0;
}

} // namespace galley::gui
