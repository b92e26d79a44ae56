#include "selftest.h"

#include "editorapplication.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "preview/previewwidget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::gui::SelfTest)
};

constexpr int TimeoutMs = 60000;

void printLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

int runSelfTest(const QStringList &arguments)
{
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir scratch;
    QString storePath = storePathFromArguments(arguments);
    if (storePath.isEmpty()) {
        if (!scratch.isValid()) {
            printLine(stderr,
                      Tr::tr("galley: self-test failed: no temporary folder for its store "
                             "(%1).")
                          .arg(scratch.errorString()));
            return 1;
        }
        storePath = scratch.filePath(u"self-test.sqlite"_s);
    }

    MainWindow window(storePath);
    window.show();
    QString failure;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::storeReady, &loop, [&](bool ok) {
        if (!ok) {
            failure = Tr::tr("the store did not open: %1").arg(window.messageBar()->text());
            loop.quit();
        }
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const bool done = window.isVisible() && window.isStoreOpen() && window.preview()->isReady()
            && window.preview()->appliedSequence() > 0;
        if (done) {
            loop.quit();
        } else if (clock.elapsed() > TimeoutMs) {
            if (!window.isStoreOpen())
                failure = Tr::tr("the store did not open within %1 seconds").arg(TimeoutMs / 1000);
            else if (!window.preview()->isReady())
                failure = Tr::tr("the preview's web engine did not start within %1 seconds")
                              .arg(TimeoutMs / 1000);
            else
                failure = Tr::tr("the preview did not render the draft within %1 seconds")
                              .arg(TimeoutMs / 1000);
            loop.quit();
        }
    });
    poll.start();
    loop.exec();

    if (failure.isEmpty() && window.grab().isNull())
        failure = Tr::tr("the window could not be drawn");
    if (!failure.isEmpty()) {
        printLine(stderr, Tr::tr("galley: self-test failed: %1").arg(failure));
        return 1;
    }
    printLine(stdout,
              Tr::tr("galley: self-test passed in %1 ms: the window is shown, the store %2 is "
                     "open and the preview rendered the draft.")
                  .arg(QString::number(clock.elapsed()), storePath));
    return 0;
}

} // namespace galley::gui
