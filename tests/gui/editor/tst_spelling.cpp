// Spell checking in the real editor widget (issue 19): the wavy underline merged with the Markdown
// formats, the context menu's suggestions, Add to Dictionary and Ignore in This Issue (driven by
// a context-menu event on the editor, as a right click sends), Next Misspelling and the View ▸
// Check Spelling toggle.
#include "editor/markdowneditor.h"
#include "editor/markdownhighlighter.h"
#include "editor/spellingcontroller.h"
#include "window/actionregistry.h"
#include "window/windowparts.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSettings>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace galley::gui;

class TestSpelling : public QObject
{
    Q_OBJECT

    static bool underlined(MarkdownEditor &editor, int line, int column)
    {
        QCoreApplication::processEvents();
        int start = 0;
        int length = 0;
        return MarkdownHighlighter::misspelledWordAt(editor.document()->findBlockByNumber(line),
                                                     column, &start, &length);
    }

    // Right-clicks the word at (line, column) and returns the menu that opened.
    static QMenu *rightClick(MarkdownEditor &editor, int line, int column)
    {
        QTextCursor c(editor.document()->findBlockByNumber(line));
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column + 1);
        const QPoint pos = editor.cursorRect(c).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, editor.viewport()->mapToGlobal(pos));
        QCoreApplication::sendEvent(editor.viewport(), &event);
        return qobject_cast<QMenu *>(QApplication::activePopupWidget());
    }

    static QAction *named(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions()) {
            if (a->text() == text || a->objectName() == text)
                return a;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qunsetenv("GALLEY_DICTIONARY_PATH");
        QSettings().remove(u"editor/checkSpelling"_s);
    }

    void contextMenuAndUnderline()
    {
        MarkdownEditor editor;
        ActionRegistry actions;
        SpellingController spelling(WindowParts {.actions = &actions, .editor = &editor});
        editor.setPlainText(u"# News\n\nWe *recieve* mail at `recieve` and Envoyz.\n"_s);
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(spelling.isActive());
        QVERIFY(!underlined(editor, 2, 0)); // "We"
        QVERIFY(underlined(editor, 2, 5)); // "recieve", inside emphasis
        QVERIFY(!underlined(editor, 2, 23)); // in code
        // Merged: still emphasised, and wavy.
        const QTextBlock block = editor.document()->findBlockByNumber(2);
        QCOMPARE(MarkdownHighlighter::kindAt(block, 5), MarkdownHighlighter::Emphasis);
        bool wavy = false;
        for (const auto &r : block.layout()->formats())
            wavy = wavy
                || (r.start <= 5 && r.start + r.length > 5
                    && r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline);
        QVERIFY(wavy);

        QMenu *menu = rightClick(editor, 2, 5);
        QVERIFY(menu);
        QAction *receive = named(menu, u"receive"_s);
        QVERIFY(receive);
        int suggestions = 0;
        for (QAction *a : menu->actions())
            suggestions += a->objectName() == u"spellingSuggestion"_s;
        QVERIFY(suggestions >= 1 && suggestions <= 7);
        QVERIFY(named(menu, u"spellingAdd"_s));
        QVERIFY(named(menu, u"spellingIgnore"_s));
        QVERIFY(named(menu, u"edit-copy"_s) || menu->actions().size() > suggestions + 3);
        receive->trigger();
        menu->close();
        QCOMPARE(editor.document()->findBlockByNumber(2).text(),
                 u"We *receive* mail at `recieve` and Envoyz."_s);
        QVERIFY(!underlined(editor, 2, 5));

        // Ignore in This Issue: into the front matter, and no longer underlined.
        const int envoy = int(editor.document()->findBlockByNumber(2).text().indexOf(u"Envoyz"_s));
        QVERIFY(underlined(editor, 2, envoy));
        menu = rightClick(editor, 2, envoy);
        QVERIFY(menu);
        named(menu, u"spellingIgnore"_s)->trigger();
        menu->close();
        QVERIFY(editor.toPlainText().startsWith(u"---\nspelling-ignore: [Envoyz]\n---\n"_s));
        QVERIFY(!underlined(editor, 5, envoy));
        // On a correct word the menu is the editor's own.
        menu = rightClick(editor, 5, 0);
        QVERIFY(menu);
        QVERIFY(!named(menu, u"spellingAdd"_s));
        menu->close();
    }

    void addToDictionaryNextMisspellingAndToggle()
    {
        MarkdownEditor editor;
        ActionRegistry actions;
        SpellingController spelling(WindowParts {.actions = &actions, .editor = &editor});
        editor.setPlainText(
            u"Alpha Zorgle beta.\n\n```\nZorgle\n```\n\nGamma Blurfy.\n\nzorgle again.\n"_s);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextCursor start(editor.document());
        editor.setTextCursor(start);
        QCOMPARE(actions.action(ActionRegistry::NextMisspelling)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_Semicolon));
        QVERIFY(actions.action(ActionRegistry::CheckSpelling)->isCheckable());
        actions.action(ActionRegistry::NextMisspelling)->trigger();
        QCOMPARE(editor.textCursor().selectedText(), u"Zorgle"_s);
        actions.action(ActionRegistry::NextMisspelling)->trigger();
        QCOMPARE(editor.textCursor().selectedText(), u"Blurfy"_s); // not the code block's
        actions.action(ActionRegistry::NextMisspelling)->trigger();
        QCOMPARE(editor.textCursor().selectedText(), u"zorgle"_s);
        QCOMPARE(editor.textCursor().blockNumber(), 8);
        actions.action(ActionRegistry::NextMisspelling)->trigger();
        QCOMPARE(editor.textCursor().selectedText(), u"Zorgle"_s); // round again

        QMenu *menu = rightClick(editor, 0, 7);
        QVERIFY(menu);
        named(menu, u"spellingAdd"_s)->trigger();
        menu->close();
        QVERIFY(!underlined(editor, 0, 7));
        QVERIFY(!underlined(editor, 8, 1)); // the word's other line, in lower case, too
        QVERIFY(underlined(editor, 6, 7));

        actions.action(ActionRegistry::CheckSpelling)->setChecked(false);
        QVERIFY(!underlined(editor, 6, 7));
        QVERIFY(!spelling.nextMisspelling());
        actions.action(ActionRegistry::CheckSpelling)->setChecked(true);
        QVERIFY(underlined(editor, 6, 7));
        // Typing a new misspelling underlines it: only that line is checked again.
        QTextCursor end(editor.document());
        end.movePosition(QTextCursor::End);
        end.insertText(u"Wrold\n"_s);
        QVERIFY(underlined(editor, 9, 1));
    }

    void missingDictionaryTurnsCheckingOff()
    {
        QTemporaryDir empty;
        qputenv("GALLEY_DICTIONARY_PATH", empty.path().toLocal8Bit());
        const auto reset = qScopeGuard([] { qunsetenv("GALLEY_DICTIONARY_PATH"); });
        MarkdownEditor editor;
        SpellingController spelling(WindowParts {.editor = &editor});
        editor.setPlainText(u"---\nlang: de-AT\n---\n\nEin Rechtschreibfeher.\n"_s);
        // The front matter is read once typing pauses.
        QTRY_VERIFY2(spelling.notice().contains(u"hunspell-de-at"_s),
                     qPrintable(spelling.notice()));
        QVERIFY(!spelling.isActive());
        QVERIFY(!underlined(editor, 4, 5));
        QMenu *menu = rightClick(editor, 4, 5);
        if (menu) {
            QVERIFY(!named(menu, u"spellingAdd"_s));
            menu->close();
        }
    }
};

QTEST_MAIN(TestSpelling)
#include "tst_spelling.moc"
