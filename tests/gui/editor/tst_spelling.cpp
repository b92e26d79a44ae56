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
#include <QMutex>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

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

    // Marks a line's highlighting with a format of the test's own: highlighting the line again
    // replaces every format on it, so the mark says whether that happened.
    static constexpr int Mark = QTextFormat::UserProperty + 50;
    static void mark(MarkdownEditor &editor, int line)
    {
        QTextLayout *layout = editor.document()->findBlockByNumber(line).layout();
        QList<QTextLayout::FormatRange> formats = layout->formats();
        QTextLayout::FormatRange r;
        r.start = 0;
        r.length = 1;
        r.format.setProperty(Mark, true);
        formats << r;
        layout->setFormats(formats);
    }
    static bool marked(MarkdownEditor &editor, int line)
    {
        const auto formats = editor.document()->findBlockByNumber(line).layout()->formats();
        return std::any_of(formats.cbegin(), formats.cend(),
                           [](const auto &r) { return r.format.boolProperty(Mark); });
    }

    // Waits for the dictionary, which is read on a worker thread.
    static bool ready(const SpellingController &spelling)
    {
        return QTest::qWaitFor([&] { return spelling.isActive(); }, 5000);
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
        QVERIFY(ready(spelling));
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
        QVERIFY(ready(spelling));
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

        // Add to Dictionary highlights again only the lines holding the word: the others keep
        // their highlighting (and its mark) untouched.
        for (int line : {0, 2, 6, 8})
            mark(editor, line);
        QMenu *menu = rightClick(editor, 0, 7);
        QVERIFY(menu);
        named(menu, u"spellingAdd"_s)->trigger();
        menu->close();
        QVERIFY(!underlined(editor, 0, 7));
        QVERIFY(!underlined(editor, 8, 1)); // the word's other line, in lower case, too
        QVERIFY(underlined(editor, 6, 7));
        QVERIFY(!marked(editor, 0));
        QVERIFY(!marked(editor, 8));
        QVERIFY(marked(editor, 6));
        QVERIFY(marked(editor, 2));

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

    // Ignore in This Issue, like Add to Dictionary, highlights again only the lines holding the
    // word (in any case) and the front matter line it changes, not the whole document. (Editing
    // the text drops marks like mark()'s from every line, so this counts highlighted lines.)
    void ignoreRehighlightsOnlyTheWordsLines()
    {
        MarkdownEditor editor;
        SpellingController spelling(WindowParts {.editor = &editor});
        QString text = u"---\ntitle: T\n---\n\nFirst Blorf.\n\nSecond Quaxx.\n"_s;
        for (int i = 0; i < 200; ++i)
            text += u"\nFiller line.\n"_s;
        text += u"\nThird blorf.\n"_s;
        editor.setPlainText(text);
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(ready(spelling));
        const int last = editor.document()->blockCount() - 2;
        QVERIFY(underlined(editor, 4, 7));
        QVERIFY(underlined(editor, last, 7));
        QTest::qWait(350); // the front matter's first reading
        const int before = editor.highlighter()->blocksHighlighted();
        QMenu *menu = rightClick(editor, 4, 7);
        QVERIFY(menu);
        named(menu, u"spellingIgnore"_s)->trigger();
        menu->close();
        QCOMPARE(editor.document()->findBlockByNumber(2).text(), u"spelling-ignore: [Blorf]"_s);
        QVERIFY(!underlined(editor, 5, 7));
        QVERIFY(!underlined(editor, last + 1, 7));
        QVERIFY(underlined(editor, 7, 8));
        QTest::qWait(350);
        const int highlighted = editor.highlighter()->blocksHighlighted() - before;
        QVERIFY2(highlighted >= 2 && highlighted <= 8, QByteArray::number(highlighted));
    }

    // The dictionary is read on a worker thread; while it is, nothing is underlined, and of two
    // languages asked for quickly the last one wins, even when the first arrives later.
    void dictionaryLoadsOnAWorkerThread()
    {
        static QMutex mutex;
        static QList<QThread *> threads;
        static QStringList languages;
        static QSemaphore holdFrench;
        SpellingController::setLoadHook([](const QString &language) {
            {
                QMutexLocker lock(&mutex);
                threads << QThread::currentThread();
                languages << language;
            }
            if (language == u"fr"_s)
                holdFrench.tryAcquire(1, 5000);
        });
        const auto reset = qScopeGuard([] {
            SpellingController::setLoadHook(nullptr);
            holdFrench.release();
            QThreadPool::globalInstance()->waitForDone(10000);
        });
        const auto seen = [](const QString &language) {
            QMutexLocker lock(&mutex);
            return languages.contains(language);
        };
        const auto setLanguage = [](MarkdownEditor &editor, const QString &language) {
            QTextCursor c(editor.document()->findBlockByNumber(1));
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            c.insertText(u"lang: "_s + language);
        };
        MarkdownEditor editor;
        SpellingController spelling(WindowParts {.editor = &editor});
        editor.setPlainText(u"---\nlang: en\n---\n\nUne faute d'ortografe. Colour.\n"_s);
        QVERIFY(ready(spelling));
        QVERIFY(underlined(editor, 4, 14)); // "ortografe"

        setLanguage(editor, u"fr"_s);
        QTRY_VERIFY(seen(u"fr"_s)); // the French dictionary is held on its thread
        QVERIFY(spelling.isLoading());
        QVERIFY(!spelling.isActive());
        // Meanwhile the GUI thread answers: a timer fires, a key is typed.
        bool ticked = false;
        QTimer::singleShot(0, &editor, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked);
        QTextCursor typing(editor.document()->findBlockByNumber(4));
        typing.insertText(u"Hi. "_s);
        QCOMPARE(editor.document()->findBlockByNumber(4).text().left(4), u"Hi. "_s);
        typing.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, 4);
        typing.removeSelectedText();
        QVERIFY(!underlined(editor, 4, 14));
        setLanguage(editor, u"en-GB"_s);
        QTRY_VERIFY(spelling.isActive());
        QCOMPARE(spelling.checker().dictionary(), u"en_GB"_s);
        holdFrench.release();
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::processEvents(); // the French dictionary's arrival
        QCOMPARE(spelling.checker().dictionary(), u"en_GB"_s);
        QVERIFY(!spelling.isLoading());
        QVERIFY(underlined(editor, 4, 14));
        QVERIFY(!underlined(editor, 4, 24)); // "Colour" is British
        QMutexLocker lock(&mutex);
        QVERIFY(languages.contains(u"en-GB"_s));
        for (QThread *t : std::as_const(threads))
            QVERIFY(t != QThread::currentThread());
    }

    // Indented code is code where CommonMark says so, not in a list item's paragraph.
    void indentedCodeIsNotChecked()
    {
        MarkdownEditor editor;
        SpellingController spelling(WindowParts {.editor = &editor});
        editor.setPlainText(
            u"Intro wrod\n\n    xyzzy plugh\n\tfrobozz\n\n- item\n\n    continued wrod\n"_s);
        QVERIFY(ready(spelling));
        QVERIFY(underlined(editor, 0, 7));
        QVERIFY(!underlined(editor, 2, 5));
        QVERIFY(!underlined(editor, 3, 2));
        QCOMPARE(MarkdownHighlighter::kindAt(editor.document()->findBlockByNumber(2), 5),
                 MarkdownHighlighter::CodeBlock);
        QVERIFY(underlined(editor, 7, 15));
        QVERIFY(MarkdownHighlighter::kindAt(editor.document()->findBlockByNumber(7), 5)
                != MarkdownHighlighter::CodeBlock);
        // A heading ends the list: what is indented after it is code again.
        editor.setPlainText(u"- item\n# Heading\n\n    xyzzy plugh\n"_s);
        QVERIFY(!underlined(editor, 3, 5));
        editor.setPlainText(
            u"Intro wrod\n\n    xyzzy plugh\n\tfrobozz\n\n- item\n\n    continued wrod\n"_s);
        // Typing a list marker above turns the code into the item's paragraph.
        QTextCursor c(editor.document()->findBlockByNumber(1));
        c.insertText(u"- list"_s);
        QVERIFY(underlined(editor, 2, 5));
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
