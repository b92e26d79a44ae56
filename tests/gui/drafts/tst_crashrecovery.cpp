// Killed with SIGKILL two seconds after typing, the editor restarts with every typed word.
// The typing happens in a separate real editor process (galley_typing_helper: the MainWindow
// with QTest::keyClicks), which is then killed without any chance to clean up.
#include "editor/markdowneditor.h"
#include "windowfixture.h"

#include <QProcess>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestCrashRecovery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void killNineTwoSecondsAfterTypingLosesNothing()
    {
        const QString path = m_dir.filePath(u"crash.sqlite"_s);
        const QString typed = u" Every single word typed before the crash survives"_s;
        QProcess editor;
        editor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        editor.start(QStringLiteral(GALLEY_TYPING_HELPER), {path, typed});
        QVERIFY(editor.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(editor.canReadLine() || editor.state() == QProcess::NotRunning,
                                 60000);
        QCOMPARE(editor.readLine().trimmed(), QByteArray("typed"));
        QCOMPARE(editor.state(), QProcess::Running);

        QTest::qWait(2000); // the scenario: two seconds after the last keystroke
        ::kill(pid_t(editor.processId()), SIGKILL);
        QVERIFY(editor.waitForFinished(10000));
        QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

        // The store has every word...
        auto store = test::openStore(path);
        QVERIFY(store);
        auto list = store->listIssues();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QVERIFY(store->issue(list->first().id)->document.endsWith(typed));
        store.reset();

        // ...and the restarted editor shows them, cursor where it was.
        auto window = test::openWindow(path);
        QVERIFY(window);
        QVERIFY(window->editor()->toPlainText().endsWith(typed));
        QCOMPARE(window->editor()->textCursor().position(),
                 int(window->editor()->toPlainText().size()));
    }
};

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
