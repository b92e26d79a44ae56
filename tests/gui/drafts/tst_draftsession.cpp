// DraftSession sequences saves and loads (issue 15, finding 5): keystrokes typed between asking
// for another draft and its arrival are saved into the draft they were typed in, never dropped;
// a restored revision goes over the last save, in both orders of restore and save.

#include "drafts/draftsession.h"
#include "settingsfixture.h"

#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace galley::gui;
using namespace galley::gui::test;

class TestDraftSession : public QObject
{
    Q_OBJECT
private slots:
    void keystrokesDuringASwitchAreSavedToTheirDraft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        qint64 first = 0, second = 0;
        {
            Store store;
            QVERIFY(store.open(path).ok());
            first = store.createIssue(QStringLiteral("# First\n")).value();
            second = store.createIssue(QStringLiteral("# Second\n")).value();
        }
        ClientThread thread;
        QVERIFY(thread.open(path));
        QPlainTextEdit editor;
        DraftSession session(&editor, thread.client());
        Store reader;
        QVERIFY(reader.open(path).ok());
        session.setIssue(reader.issue(first).value());

        // Nothing unsaved: the load of `second` is requested at once; the person types before
        // it arrives (its answer is queued to this thread and cannot arrive before we return).
        QVERIFY(session.switchTo(second));
        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText(QStringLiteral("typed while switching\n"));

        QTRY_COMPARE(session.issueId(), second);
        QTRY_COMPARE(session.state(), DraftSession::State::Saved);
        QCOMPARE(editor.toPlainText(), QStringLiteral("# Second\n"));
        QCOMPARE(reader.issue(first)->document, QStringLiteral("# First\ntyped while switching\n"));
        QCOMPARE(reader.issue(second)->document, QStringLiteral("# Second\n"));
    }

    void aSwitchWithNothingTypedShowsTheDraft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        qint64 first = 0, second = 0;
        {
            Store store;
            QVERIFY(store.open(path).ok());
            first = store.createIssue(QStringLiteral("# First\n")).value();
            second = store.createIssue(QStringLiteral("# Second\n")).value();
        }
        ClientThread thread;
        QVERIFY(thread.open(path));
        QPlainTextEdit editor;
        DraftSession session(&editor, thread.client());
        Store reader;
        QVERIFY(reader.open(path).ok());
        const qint64 firstVersion = reader.issue(first)->version;
        session.setIssue(reader.issue(first).value());
        QVERIFY(session.switchTo(second));
        QTRY_COMPARE(session.issueId(), second);
        QCOMPARE(editor.toPlainText(), QStringLiteral("# Second\n"));
        QCOMPARE(reader.issue(first)->version, firstVersion); // no needless save
    }

    // Restore while a save is in flight and more is typed behind it: the restore waits for
    // both saves and goes over the last one, so the store and the editor both hold the restored
    // text, and what was typed is kept in the history. Before, the second save went over the
    // restore (a "conflict, both kept"), leaving the old text current while the editor showed
    // the restored one and said "Saved".
    void aRestoreWaitsForTheSavesBeforeIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        qint64 id = 0;
        {
            Store store;
            QVERIFY(store.open(path).ok());
            id = store.createIssue(QStringLiteral("# First\n")).value();
        }
        ClientThread thread;
        QVERIFY(thread.open(path));
        QPlainTextEdit editor;
        DraftSession session(&editor, thread.client());
        Store reader;
        QVERIFY(reader.open(path).ok());
        session.setIssue(reader.issue(id).value());
        const qint64 original = reader.revisions(id)->first().id;

        editor.moveCursor(QTextCursor::End);
        editor.insertPlainText(QStringLiteral("A\n"));
        session.saveNow(); // in flight: its answer cannot arrive before we return
        QCOMPARE(session.state(), DraftSession::State::Saving);
        editor.insertPlainText(QStringLiteral("B\n"));
        QVERIFY(session.restoreRevision(original));

        QTRY_VERIFY(!session.isRestoring());
        QTRY_COMPARE(session.state(), DraftSession::State::Saved);
        QTest::qWait(100); // nothing more is on its way
        QCOMPARE(editor.toPlainText(), QStringLiteral("# First\n"));
        QCOMPARE(reader.issue(id)->document, QStringLiteral("# First\n"));
        QCOMPARE(reader.issue(id)->version, session.version());
        const auto revisions = reader.revisions(id).value();
        bool typedKept = false;
        for (const RevisionInfo &r : revisions)
            typedKept |= reader.revisionDocument(r.id).value() == QStringLiteral("# First\nA\nB\n");
        QVERIFY2(typedKept, "what was typed before the restore is not in the history");
        QVERIFY(!editor.isReadOnly());
    }

    // The other order: keys pressed after asking for the restore and before it arrives. They
    // cannot be typed (the editor is read-only meanwhile) rather than vanishing under the
    // restored text or being saved over it; typing goes on normally once it is shown.
    void keysDuringARestoreAreNotLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        qint64 id = 0;
        {
            Store store;
            QVERIFY(store.open(path).ok());
            id = store.createIssue(QStringLiteral("# First\n")).value();
            QVERIFY(store.saveDocument(id, QStringLiteral("# First\nlater\n"), 1).ok());
        }
        ClientThread thread;
        QVERIFY(thread.open(path));
        QPlainTextEdit editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        DraftSession session(&editor, thread.client());
        Store reader;
        QVERIFY(reader.open(path).ok());
        session.setIssue(reader.issue(id).value());
        const qint64 original = reader.revisions(id)->last().id;

        QVERIFY(session.restoreRevision(original)); // nothing unsaved: asked at once
        QVERIFY(session.isRestoring());
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, QStringLiteral("typed meanwhile"));
        QCOMPARE(editor.toPlainText(), QStringLiteral("# First\nlater\n"));

        QTRY_VERIFY(!session.isRestoring());
        QCOMPARE(editor.toPlainText(), QStringLiteral("# First\n"));
        QCOMPARE(reader.issue(id)->document, QStringLiteral("# First\n"));
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, QStringLiteral("after"));
        session.saveNow();
        QTRY_COMPARE(session.state(), DraftSession::State::Saved);
        QCOMPARE(reader.issue(id)->document, QStringLiteral("# First\nafter"));
    }
};

QTEST_MAIN(TestDraftSession)
#include "tst_draftsession.moc"
