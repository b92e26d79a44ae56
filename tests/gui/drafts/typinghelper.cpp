// A test-only editor process for tst_crashrecovery: opens the real window on the store given as
// the first argument, types the second argument at the end of the draft like a person would,
// says "typed" on stdout and keeps running until it is killed.
#include "appidentity.h"
#include "editor/markdowneditor.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    galley::setApplicationIdentity();
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: galley_typing_helper STORE TEXT\n", stderr);
        return 2;
    }
    galley::gui::MainWindow window(args.at(1));
    QSignalSpy ready(&window, &galley::gui::MainWindow::storeReady);
    window.show();
    if (!ready.wait(20000) || !ready.first().first().toBool())
        return 1;
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), args.at(2));
    std::fputs("typed\n", stdout);
    std::fflush(stdout);
    return app.exec();
}
