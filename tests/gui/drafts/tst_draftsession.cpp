// DraftSession sequences saves and loads (issue 15, finding 5): keystrokes typed between asking
// for another draft and its arrival are saved into the draft they were typed in, never dropped.

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
};

QTEST_MAIN(TestDraftSession)
#include "tst_draftsession.moc"
