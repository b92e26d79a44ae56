// Issue ▸ Check Links (Shift+F7) in the real window against a local server: the links' problems
// join the Check panel's on their lines, with progress and Cancel; a link that moved for good is
// replaced by its final URL with one click and undone with one undo.
#include "../../linkcheck/linkserverprocess.h"
#include "editor/markdowneditor.h"
#include "issue/checkpanel.h"
#include "issue/issuecommands.h"
#include "issue/linkcheckcontroller.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestCheckLinks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    testsupport::LinkServer m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.start(false)); }

    void checksReplacesAndCancels()
    {
        auto window = test::openWindow(m_dir.filePath(u"links.sqlite"_s));
        QVERIFY(window);
        MarkdownEditor *editor = window->editor();
        const QString moved = m_server.url(u"/chain1"_s);
        editor->setPlainText(
            u"---\ntitle: Links\n---\n\n## News\n\n- [Gone](%1)\n- [Moved](%2)\n"
            "- [Fine](%3)\n"_s.arg(m_server.url(u"/gone"_s), moved, m_server.url(u"/ok"_s)));
        CheckPanel *panel = window->findChild<IssueCommands *>()->checkPanel();
        LinkCheckOptions options;
        options.timeoutMs = 8000;
        panel->linkChecker()->setOptions(options);
        QSignalSpy done(panel, &CheckPanel::linksChecked);
        QAction *action = window->actions()->action(ActionRegistry::CheckLinks);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F7));
        action->trigger();
        QVERIFY(panel->linkProgress()->isVisible());
        QVERIFY(done.wait(10000));
        QVERIFY(!panel->linkProgress()->isVisible());
        QCOMPARE(panel->linkProgress()->value(), 3);

        int brokenRow = -1, movedRow = -1;
        const QList<Problem> problems = panel->problems();
        for (int i = 0; i < problems.size(); ++i) {
            if (problems.at(i).rule == u"broken-link")
                brokenRow = i;
            if (problems.at(i).rule == u"moved-link")
                movedRow = i;
        }
        QVERIFY(brokenRow >= 0 && movedRow >= 0);
        QCOMPARE(problems.at(brokenRow).line, 7);
        QVERIFY(panel->list()->item(brokenRow)->text().contains(u"Line 7"_s));
        QVERIFY(panel->list()->item(brokenRow)->text().contains(u"410"_s));
        QCOMPARE(problems.at(movedRow).line, 8);

        // One click on the moved link's row, one on Replace: the final URL is in the text.
        QListWidget *list = panel->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(movedRow)).center());
        QVERIFY(panel->replaceButton()->isEnabled());
        const QString before = editor->toPlainText();
        QTest::mouseClick(panel->replaceButton(), Qt::LeftButton);
        const QString after = editor->toPlainText();
        QVERIFY(!after.contains(moved));
        QVERIFY(after.contains(u"[Moved](%1)"_s.arg(m_server.url(u"/ok"_s))));
        for (const Problem &p : panel->problems())
            QVERIFY(p.rule != u"moved-link");
        editor->undo();
        QCOMPARE(editor->toPlainText(), before); // one undo step

        // Again: answered from the store's cache, no request.
        const int asked = m_server.count();
        action->trigger();
        QVERIFY(done.wait(10000));
        QCOMPARE(m_server.count(), asked);

        // Typing moves the links: after two lines more above them, the next check (it runs after
        // every pause in typing) shows the broken link on its new line, without a request.
        QSignalSpy checked(panel, &CheckPanel::checked);
        QTextCursor above(editor->document()->findBlockByNumber(4));
        above.insertText(u"Intro.\n\n"_s);
        QVERIFY(checked.wait(5000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const Problem &p : panel->problems())
                    if (p.rule == u"broken-link")
                        return p.line == 9;
                return false;
            },
            5000));
        QCOMPARE(m_server.count(), asked);

        // A server that never answers: Cancel ends the check at once, and says so.
        editor->setPlainText(u"---\ntitle: Links\n---\n\n## News\n\n- [Silent](%1)\n"_s.arg(
            m_server.url(u"/silent"_s)));
        action->trigger();
        QVERIFY(QTest::qWaitFor([&] { return m_server.count(u"/silent"_s) == 1; }, 5000));
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QCOMPARE(done.size(), 3);
        QVERIFY(!panel->linkProgress()->isVisible());
        QVERIFY(panel->summary().contains(u"cancelled"_s));
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestCheckLinks)
#include "tst_checklinks.moc"
