// Editing helpers of the Markdown editor: list continuation on Enter, URLs pasted over a selection
// become links, dropped URLs are inserted.
#include "editor/markdowneditor.h"

#include <QMimeData>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using galley::gui::MarkdownEditor;

class TestMarkdownEditor : public QObject
{
    Q_OBJECT

    static void typeAtEnd(MarkdownEditor &editor, const QString &initial)
    {
        editor.setPlainText(initial);
        editor.moveCursor(QTextCursor::End);
    }

private slots:
    void continuesBulletsNumbersAndTasks_data()
    {
        QTest::addColumn<QString>("initial");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bullet") << u"- one"_s << u"- one\n- two"_s;
        QTest::newRow("star indented") << u"  * one"_s << u"  * one\n  * two"_s;
        QTest::newRow("numbered") << u"9. one"_s << u"9. one\n10. two"_s;
        QTest::newRow("paren") << u"1) one"_s << u"1) one\n2) two"_s;
        QTest::newRow("task") << u"- [x] one"_s << u"- [x] one\n- [ ] two"_s;
        QTest::newRow("quote") << u"> one"_s << u"> one\n> two"_s;
        QTest::newRow("plain") << u"one"_s << u"one\ntwo"_s;
    }
    void continuesBulletsNumbersAndTasks()
    {
        QFETCH(QString, initial);
        QFETCH(QString, expected);
        MarkdownEditor editor;
        typeAtEnd(editor, initial);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, u"two"_s);
        QCOMPARE(editor.toPlainText(), expected);
    }

    void enterOnEmptyItemEndsTheList()
    {
        MarkdownEditor editor;
        typeAtEnd(editor, u"- one"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClicks(&editor, u"after"_s);
        QCOMPARE(editor.toPlainText(), u"- one\nafter"_s);
        // One undo step takes the whole continuation back.
        editor.undo();
        editor.undo();
        QCOMPARE(editor.toPlainText(), u"- one\n- "_s);
    }

    void pastingUrlOverSelectionMakesLink()
    {
        MarkdownEditor editor;
        editor.setPlainText(u"Read the announcement today"_s);
        QTextCursor c = editor.textCursor();
        c.setPosition(9);
        c.setPosition(21, QTextCursor::KeepAnchor);
        editor.setTextCursor(c);
        QMimeData mime;
        mime.setText(u"https://example.org/news?id=1"_s);
        editor.insertFromMimeData(&mime);
        QCOMPARE(editor.toPlainText(),
                 u"Read the [announcement](https://example.org/news?id=1) today"_s);

        // Without a selection, or with text that is not a URL, a paste is just text.
        editor.setPlainText(u"x"_s);
        editor.moveCursor(QTextCursor::End);
        editor.insertFromMimeData(&mime);
        QCOMPARE(editor.toPlainText(), u"xhttps://example.org/news?id=1"_s);
        editor.selectAll();
        QMimeData words;
        words.setText(u"not a url"_s);
        editor.insertFromMimeData(&words);
        QCOMPARE(editor.toPlainText(), u"not a url"_s);
    }

    void droppedUrlIsInserted()
    {
        MarkdownEditor editor;
        editor.setPlainText(u"See "_s);
        editor.moveCursor(QTextCursor::End);
        QMimeData mime; // what a browser's link drag carries
        mime.setUrls({QUrl(u"https://example.com/a%20b"_s)});
        QVERIFY(editor.canInsertFromMimeData(&mime));
        editor.insertFromMimeData(&mime);
        QCOMPARE(editor.toPlainText(), u"See https://example.com/a%20b"_s);
    }

    void insertCommandsWrapTheSelection()
    {
        MarkdownEditor editor;
        editor.setPlainText(u"make this strong"_s);
        QTextCursor c = editor.textCursor();
        c.setPosition(10);
        c.setPosition(16, QTextCursor::KeepAnchor);
        editor.setTextCursor(c);
        editor.wrapSelection(u"**"_s, u"**"_s, u"bold"_s);
        QCOMPARE(editor.toPlainText(), u"make this **strong**"_s);
        editor.setPlainText(u"a\nb"_s);
        editor.selectAll();
        editor.prefixLines(u"> "_s);
        QCOMPARE(editor.toPlainText(), u"> a\n> b"_s);
        QCOMPARE(editor.wordCount(), 2);
    }

    // The count is kept per line and recounted only for lines that changed: after every kind
    // of edit (typing, new lines, joined lines, paste, undo, redo) it equals a fresh count.
    void wordCountFollowsEditsUndoAndRedo()
    {
        auto fresh = [](const QString &text) {
            MarkdownEditor other;
            other.setPlainText(text);
            return other.wordCount();
        };
        MarkdownEditor editor;
        editor.setPlainText(u"# Title\n\nOne two three.\n\nFour five\n"_s);
        QCOMPARE(editor.wordCount(), 6);
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, u"six seven"_s);
        QCOMPARE(editor.wordCount(), 8);
        QCOMPARE(editor.wordCount(), fresh(editor.toPlainText()));
        // Join two lines, split one, paste several.
        QTextCursor c(editor.document()->findBlockByNumber(2));
        c.movePosition(QTextCursor::EndOfBlock);
        c.deleteChar();
        c.deleteChar();
        QCOMPARE(editor.wordCount(), fresh(editor.toPlainText()));
        c.insertText(u" eight\nnine ten\n\n- eleven"_s);
        QCOMPARE(editor.wordCount(), fresh(editor.toPlainText()));
        const QString after = editor.toPlainText();
        const int afterCount = editor.wordCount();
        for (int i = 0; i < 4; ++i) {
            editor.undo();
            QCOMPARE(editor.wordCount(), fresh(editor.toPlainText()));
        }
        while (editor.document()->isRedoAvailable()) {
            editor.redo();
            QCOMPARE(editor.wordCount(), fresh(editor.toPlainText()));
        }
        QCOMPARE(editor.toPlainText(), after);
        QCOMPARE(editor.wordCount(), afterCount);
    }
};

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
