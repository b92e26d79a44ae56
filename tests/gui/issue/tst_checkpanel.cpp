// Issue ▸ Check (F7): the panel lists the preflight problems of the draft, checked against the
// store's archive on the worker thread; clicking one moves the editor's cursor to its line; it
// checks again by itself after typing while it is shown; unknown words are notes.
#include "archivefixture.h"
#include "editor/markdowneditor.h"
#include "issue/checkpanel.h"
#include "issue/issuecommands.h"
#include "rawsqlite.h"
#include "storepreflight.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QListWidget>
#include <QTabWidget>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

namespace {
// Types like a person: QTest::keyClicks cannot type a line break.
void typeLines(QWidget *editor, const QStringList &lines)
{
    for (const QString &line : lines) {
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, line);
    }
}
} // namespace

class TestCheckPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void listsProblemsAndGoesToTheirLine()
    {
        const QString path = m_dir.filePath(u"check.sqlite"_s);
        auto window = test::openWindowOnNewIssue(path);
        QVERIFY(window);
        MarkdownEditor *editor = window->editor();
        editor->moveCursor(QTextCursor::Start);

        CheckPanel *panel = window->findChild<IssueCommands *>()->checkPanel();
        QSignalSpy checked(panel, &CheckPanel::checked);
        QCOMPARE(window->actions()->action(ActionRegistry::CheckIssue)->shortcut(),
                 QKeySequence(Qt::Key_F7));
        window->actions()->action(ActionRegistry::CheckIssue)->trigger();
        QVERIFY(checked.wait(15000));
        QVERIFY(panel->isVisible());
        QCOMPARE(window->findChild<QTabWidget *>(u"sidePanel"_s)->currentWidget(), panel);

        // The fresh skeleton has empty sections and TK placeholders.
        const QList<Problem> problems = panel->problems();
        QVERIFY(!problems.isEmpty());
        QCOMPARE(panel->list()->count(), problems.size());
        int row = -1;
        for (int i = 0; i < problems.size(); ++i) {
            if (problems.at(i).rule == u"empty-section"_s && problems.at(i).line > 5) {
                row = i;
                break;
            }
        }
        QVERIFY2(row >= 0, "no empty-section problem listed");
        const int line = problems.at(row).line;
        QVERIFY(panel->list()->item(row)->text().contains(u"Line "_s + QString::number(line)));
        QTest::qWait(100); // let the layout settle before the screenshot
        window->grab().save(u"/tmp/check-panel-window.png"_s);
        panel->grab().save(u"/tmp/check-panel.png"_s);

        QListWidget *list = panel->list();
        list->scrollToItem(list->item(row));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(row)).center());
        QCOMPARE(editor->cursorLine(), line);
        // The empty section's heading is on that line.
        const QString heading = editor->textCursor().block().text();
        QVERIFY2(problems.at(row).message.contains(heading), qPrintable(heading));

        // Typing re-runs the check (debounced) while the panel is shown: fill the section.
        const int count = int(problems.size());
        checked.clear();
        editor->moveCursor(QTextCursor::EndOfBlock);
        editor->moveCursor(QTextCursor::Down);
        editor->moveCursor(QTextCursor::EndOfBlock);
        typeLines(editor,
                  {QString(), u"Something worth reading."_s,
                   u"<br>[https://a.example.org/x](https://a.example.org/x)"_s});
        QVERIFY(checked.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(panel->problems().size() < count, 5000);
        for (const Problem &p : panel->problems())
            QVERIFY(!(p.rule == u"empty-section"_s && p.line == line));

        // A link from an earlier issue is flagged, with the issue named.
        checked.clear();
        typeLines(editor,
                  {QString(), u"Again:"_s,
                   u"<br>[https://github.com/example/kilnfile]"
                   "(https://github.com/example/kilnfile)"_s});
        QVERIFY(checked.wait(15000));
        bool repeated = false;
        for (const Problem &p : panel->problems())
            repeated = repeated || p.message.contains(u"#103"_s) || p.message.contains(u"#101"_s);
        QVERIFY(repeated);

        // An unknown word is a note, not a problem, a click from its line (issue 19).
        typeLines(editor, {QString(), u"We recieve mail."_s});
        const int typoLine = editor->cursorLine();
        const auto spellingRow = [panel] {
            const QList<Problem> now = panel->problems();
            for (int i = 0; i < now.size(); ++i) {
                if (now.at(i).rule == u"spelling"_s && now.at(i).message.contains(u"recieve"_s))
                    return i;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(spellingRow() >= 0, 15000);
        const Problem note = panel->problems().at(spellingRow());
        QCOMPARE(note.severity, Severity::Notice);
        QCOMPARE(note.line, typoLine);
        editor->moveCursor(QTextCursor::Start);
        list->scrollToItem(list->item(spellingRow()));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(spellingRow())).center());
        QCOMPARE(editor->cursorLine(), typoLine);
    }

    // Asked for in the settings (inbox.remindWeeks), the panel notes links that have waited in
    // the inbox too long: a note, on no line of the text.
    void notesOldInboxLinksWhenAsked()
    {
        const QString path = m_dir.filePath(u"stale.sqlite"_s);
        {
            auto store = test::openStore(path);
            QVERIFY(store);
            InboxCapture old;
            old.url = u"https://old.example/waiting"_s;
            QVERIFY(store->addToInbox({old}).ok());
            QVERIFY(store->setSetting(staleInboxWeeksKey(), u"2"_s).ok());
        }
        QVERIFY(galley::testsupport::rawExec(
            path, {u"UPDATE inbox SET added = added - 21 * 86400000"_s}));
        auto window = test::openWindowOnNewIssue(path);
        QVERIFY(window);
        CheckPanel *panel = window->findChild<IssueCommands *>()->checkPanel();
        QSignalSpy checked(panel, &CheckPanel::checked);
        window->actions()->action(ActionRegistry::CheckIssue)->trigger();
        QVERIFY(checked.wait(15000));
        std::optional<Problem> note;
        for (const Problem &p : panel->problems()) {
            if (p.rule == u"stale-inbox"_s)
                note = p;
        }
        QVERIFY(note);
        QCOMPARE(note->severity, Severity::Notice);
        QVERIFY2(note->message.contains(u"https://old.example/waiting"_s),
                 qPrintable(note->message));
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestCheckPanel)
#include "tst_checkpanel.moc"
