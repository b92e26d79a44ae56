// Find and replace: plain, case-sensitive, whole word, regular expressions with captures,
// wrap-around, replace all as one undo step, highlight all.
#include "editor/findreplacebar.h"

#include <QPlainTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using galley::gui::FindOptions;
using galley::gui::FindReplaceBar;

class TestFindReplaceBar : public QObject
{
    Q_OBJECT
private slots:
    void findsWithOptionsAndWraps()
    {
        QPlainTextEdit editor;
        editor.setPlainText(u"Cat catalog cat CAT"_s);
        FindReplaceBar bar(&editor);
        bar.setFindText(u"cat"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 0);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 4);

        bar.setOptions({false, false, true}); // whole words: skips "catalog"
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 12);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 16);
        QVERIFY(bar.findNext()); // wraps around
        QCOMPARE(editor.textCursor().selectionStart(), 0);

        bar.setOptions({false, true, false}); // case sensitive
        bar.setFindText(u"CAT"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 16);
        QVERIFY(bar.findPrevious());
        QCOMPARE(editor.textCursor().selectionStart(), 16);

        bar.setFindText(u"dog"_s);
        QVERIFY(!bar.findNext());
        bar.setOptions({true, false, false});
        bar.setFindText(u"(unclosed"_s);
        QVERIFY(!bar.findNext());
    }

    void replaceAllWithCapturesIsOneUndoStep()
    {
        QPlainTextEdit editor;
        const QString original = u"2026-12-06 and 2025-01-31"_s;
        editor.setPlainText(original);
        FindReplaceBar bar(&editor);
        bar.setOptions({true, false, false});
        bar.setFindText(u"(\\d{4})-(\\d\\d)-(\\d\\d)"_s);
        bar.setReplaceText(u"\\3.\\2.\\1"_s);
        QCOMPARE(bar.replaceAll(), 2);
        QCOMPARE(editor.toPlainText(), u"06.12.2026 and 31.01.2025"_s);
        editor.undo();
        QCOMPARE(editor.toPlainText(), original);
    }

    void replaceCurrentThenNext()
    {
        QPlainTextEdit editor;
        editor.setPlainText(u"one two one two"_s);
        FindReplaceBar bar(&editor);
        bar.setFindText(u"two"_s);
        bar.setReplaceText(u"2"_s);
        QVERIFY(bar.findNext());
        QVERIFY(bar.replaceCurrent());
        QCOMPARE(editor.toPlainText(), u"one 2 one two"_s);
        QCOMPARE(editor.textCursor().selectedText(), u"two"_s);
        QVERIFY(!bar.replaceCurrent());
        QCOMPARE(editor.toPlainText(), u"one 2 one 2"_s);
    }

    void highlightsAllMatches()
    {
        QPlainTextEdit editor;
        editor.setPlainText(u"a b a c a"_s);
        FindReplaceBar bar(&editor);
        bar.setFindText(u"a"_s);
        bar.setHighlightAll(true);
        QCOMPARE(bar.highlightedCount(), 3);
        QCOMPARE(editor.extraSelections().size(), 3);
        bar.setHighlightAll(false);
        QCOMPARE(editor.extraSelections().size(), 0);
    }
};

QTEST_MAIN(TestFindReplaceBar)
#include "tst_findreplacebar.moc"
