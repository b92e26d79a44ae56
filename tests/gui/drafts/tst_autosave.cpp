// Never lose a word: typing marks the draft unsaved and it autosaves after a pause; closing waits
// for the last save; reopening restores text and cursor; a change made underneath by someone
// else keeps both versions; a store that cannot be written keeps the text and retries.
#include "drafts/draftspanel.h"
#include "drafts/historydialog.h"
#include "editor/markdowneditor.h"
#include "window/messagebar.h"
#include "windowfixture.h"

#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestAutosave : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString dbPath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    static QString storedText(const QString &path, qint64 id)
    {
        auto store = test::openStore(path);
        if (!store)
            return {};
        auto issue = store->issue(id);
        return issue ? issue->document : QString();
    }

private slots:
    void typingMarksUnsavedThenAutosaves()
    {
        const QString path = dbPath(u"typing"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        const qint64 id = window->session()->issueId();
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), u"Autosaved words here"_s);
        QCOMPARE(window->session()->state(), DraftSession::State::Unsaved);
        QCOMPARE(window->saveIndicator()->text(), u"Edited"_s);
        QVERIFY(!storedText(path, id).contains(u"Autosaved words here"_s));
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), DraftSession::State::Saved, 10000);
        QVERIFY(window->saveIndicator()->text().contains(u"Saved"_s));
        QVERIFY(storedText(path, id).endsWith(u"Autosaved words here"_s));

        // Undo is the editor's and survives autosaves.
        QVERIFY(window->editor()->document()->isUndoAvailable());
        window->editor()->undo();
        QVERIFY(!window->editor()->toPlainText().contains(u"Autosaved words here"_s));
    }

    // Undo and redo are the editor's own and reach back across several autosaves; what they
    // restore is autosaved too.
    void undoAndRedoSpanSeveralAutosaves()
    {
        const QString path = dbPath(u"undo"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        const qint64 id = window->session()->issueId();
        MarkdownEditor *editor = window->editor();
        const QString original = editor->toPlainText();
        auto saved = [&] {
            return QTest::qWaitFor(
                [&] { return window->session()->state() == DraftSession::State::Saved; }, 10000);
        };

        // Two edits at different places (so they are two undo steps), each autosaved.
        QTextCursor c = editor->document()->find(u"Welcome to Galley."_s);
        QVERIFY(!c.isNull());
        c.clearSelection();
        editor->setTextCursor(c);
        QTest::keyClicks(editor, u" First edit."_s);
        QVERIFY(saved());
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, u"Second edit."_s);
        QVERIFY(saved());
        QVERIFY(storedText(path, id).contains(u"Second edit."_s));

        editor->undo();
        QVERIFY(!editor->toPlainText().contains(u"Second edit."_s));
        QVERIFY(editor->toPlainText().contains(u"First edit."_s));
        QVERIFY(saved());
        QVERIFY(!storedText(path, id).contains(u"Second edit."_s));
        editor->undo();
        QCOMPARE(editor->toPlainText(), original);
        QVERIFY(saved());
        QCOMPARE(storedText(path, id), original);

        editor->redo();
        editor->redo();
        QVERIFY(editor->toPlainText().contains(u"First edit."_s));
        QVERIFY(editor->toPlainText().endsWith(u"Second edit."_s));
        QVERIFY(saved());
        QCOMPARE(storedText(path, id), editor->toPlainText());
    }

    void closeSavesAndReopenRestoresTextAndCursor()
    {
        const QString path = dbPath(u"reopen"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), u"Typed just before closing"_s);
        // Put the cursor somewhere specific, well inside the text.
        QTextCursor c = window->editor()->textCursor();
        c.setPosition(120);
        window->editor()->setTextCursor(c);
        // Closing right away must not wait for the autosave timer nor lose the words.
        QVERIFY(test::closeWindow(window));

        window = test::openWindow(path);
        QVERIFY(window);
        QVERIFY(window->editor()->toPlainText().endsWith(u"Typed just before closing"_s));
        QCOMPARE(window->editor()->textCursor().position(), 120);
    }

    void conflictKeepsBothVersions()
    {
        const QString path = dbPath(u"conflict"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        const qint64 id = window->session()->issueId();

        // Another window or process saves the draft underneath.
        auto other = test::openStore(path);
        QVERIFY(other);
        auto theirs = other->issue(id);
        QVERIFY(theirs);
        const QString theirText = theirs->document + u"\nTheir paragraph.\n"_s;
        QVERIFY(other->saveDocument(id, theirText, theirs->version, RevisionReason::Manual));

        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), u"Our paragraph."_s);
        QTRY_VERIFY_WITH_TIMEOUT(window->messageBar()->text().contains(u"changed elsewhere"_s),
                                 10000);
        QTRY_COMPARE(window->session()->state(), DraftSession::State::Saved);

        // Ours is the draft now; theirs is kept as a revision.
        auto now = other->issue(id);
        QVERIFY(now);
        QVERIFY(now->document.endsWith(u"Our paragraph."_s));
        QVERIFY(!now->document.contains(u"Their paragraph."_s));
        auto revisions = other->revisions(id);
        QVERIFY(revisions);
        const auto theirsKept = [&] {
            const auto revisions = other->revisions(id).value();
            for (const RevisionInfo &r : revisions) {
                // Pinned: thinning never removes a text written elsewhere.
                if (r.reason == RevisionReason::Conflict
                    && other->revisionDocument(r.id).value() == theirText)
                    return true;
            }
            return false;
        };
        QVERIFY(theirsKept());
        QVERIFY(other->thinRevisions(id, QDateTime::currentDateTimeUtc().addDays(365)).ok());
        QVERIFY(theirsKept());
        QCOMPARE(window->editor()->toPlainText(), now->document);

        // The diff is one click away: Show History opens on their text, its lines marked.
        auto *showHistory = window->messageBar()->findChild<QPushButton *>();
        QVERIFY(showHistory && showHistory->isVisible());
        QTest::mouseClick(showHistory, Qt::LeftButton);
        HistoryDialog *history = nullptr;
        QTRY_VERIFY((history = window->findChild<HistoryDialog *>()) != nullptr);
        QSignalSpy diffShown(history, &HistoryDialog::diffShown);
        QVERIFY(diffShown.wait(10000));
        QVERIFY(history->diffHtml().contains(u"Their paragraph."_s));
        QVERIFY(history->diffHtml().contains(u"Our paragraph."_s));
        history->close();
    }

    // Another window or program changes the store: the drafts list follows, and the open draft
    // shows the newer text when nothing typed here is unsaved; typing here is never replaced.
    void changesElsewhereAreShown()
    {
        const QString path = dbPath(u"elsewhere"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        const qint64 id = window->session()->issueId();
        QTRY_COMPARE(window->draftsPanel()->shownIds().size(), 1);
        auto other = test::openStore(path);
        QVERIFY(other);

        // A new draft elsewhere appears in the list.
        const qint64 added
            = other->createIssue(u"---\ntitle: Written elsewhere\n---\n\nHello.\n"_s).value();
        QTRY_VERIFY_WITH_TIMEOUT(window->draftsPanel()->shownIds().contains(added), 5000);

        // The open draft, saved here, changed elsewhere: shown as it now is, caret kept.
        QTRY_COMPARE(window->session()->state(), DraftSession::State::Saved);
        QTextCursor c = window->editor()->textCursor();
        c.setPosition(10);
        window->editor()->setTextCursor(c);
        auto theirs = other->issue(id).value();
        const QString theirText = theirs.document + u"\nAdded in another window.\n"_s;
        QVERIFY(other->saveDocument(id, theirText, theirs.version, RevisionReason::Manual));
        QTRY_COMPARE_WITH_TIMEOUT(window->editor()->toPlainText(), theirText, 5000);
        QCOMPARE(window->session()->version(), theirs.version + 1);
        QCOMPARE(window->session()->state(), DraftSession::State::Saved);
        QCOMPARE(window->editor()->textCursor().position(), 10);

        // Typed here and not yet saved: a change elsewhere does not replace it; the save that
        // follows keeps both.
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), u"Typed here."_s);
        theirs = other->issue(id).value();
        QVERIFY(other->saveDocument(id, theirs.document + u"\nAgain elsewhere.\n"_s, theirs.version,
                                    RevisionReason::Manual));
        QTRY_VERIFY_WITH_TIMEOUT(window->messageBar()->text().contains(u"changed elsewhere"_s),
                                 10000);
        QTRY_COMPARE(window->session()->state(), DraftSession::State::Saved);
        QVERIFY(window->editor()->toPlainText().endsWith(u"Typed here."_s));
        QCOMPARE(other->issue(id)->document, window->editor()->toPlainText());
    }

    // Another connection holds the write lock longer than the store waits: the save fails,
    // the window says so, the text stays, and the save is retried until it lands.
    void lockedStoreIsRetried()
    {
        // The store's own wait for the lock, shortened from 10 s: what is tested is what the
        // window does once the store reports Busy, and each save runs several statements.
        qputenv("GALLEY_STORE_BUSY_TIMEOUT_MS", "1000");
        const auto restoreTimeout = qScopeGuard([] { qunsetenv("GALLEY_STORE_BUSY_TIMEOUT_MS"); });
        const QString path = dbPath(u"locked"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        const qint64 id = window->session()->issueId();
        auto locker = test::openStore(path);
        QVERIFY(locker);
        QVERIFY(locker->beginBatch());
        // A write inside the batch takes the write lock and keeps it until commit.
        QVERIFY(locker->setSetting(u"test/lock"_s, u"held"_s));

        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), u"Words during the lock"_s);
        // The store waits out its busy timeout (several statements, ~1 s each here) before it
        // gives up: be generous on a loaded machine.
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), DraftSession::State::Failing, 60000);
        QVERIFY(window->messageBar()->text().contains(u"cannot be saved"_s));
        QVERIFY(window->editor()->toPlainText().endsWith(u"Words during the lock"_s));
        QVERIFY(window->saveIndicator()->text().contains(u"Not saved"_s));

        QVERIFY(locker->commitBatch());
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), DraftSession::State::Saved, 60000);
        QVERIFY(locker->issue(id)->document.endsWith(u"Words during the lock"_s));
        QVERIFY(window->messageBar()->text().contains(u"works again"_s));
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
