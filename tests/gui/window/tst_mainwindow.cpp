// The editor window: first start shows the sample issue (stored as a draft), menus come from the
// action registry with standard shortcuts, panels hide, layout persists, status bar counts words.
// Saves a screenshot as a test artifact.
#include "drafts/draftspanel.h"
#include "editor/findreplacebar.h"
#include "editor/markdowneditor.h"
#include "issuedocument.h"
#include "preview/previewwidget.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString dbPath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

private slots:
    void firstStartShowsSampleAsDraft()
    {
        auto window = test::openWindow(dbPath(u"first"_s));
        QVERIFY(window);
        QVERIFY(window->editor()->toPlainText().contains(u"From our sponsor"_s));
        QCOMPARE(window->session()->state(), DraftSession::State::Saved);
        QTRY_COMPARE(window->draftsPanel()->shownIds().size(), 1);
        auto store = test::openStore(dbPath(u"first"_s));
        QVERIFY(store);
        auto list = store->listIssues();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().status, IssueStatus::Draft);
        QCOMPARE(window->session()->issueId(), list->first().id);
        QTRY_VERIFY(window->wordCountLabel()->text().contains(u"min read"_s));
        QVERIFY(window->saveIndicator()->text().contains(u"Saved"_s));

        // A second start opens the same draft, not another sample.
        QVERIFY(test::closeWindow(window));
        window = test::openWindow(dbPath(u"first"_s));
        QVERIFY(window);
        QCOMPARE(store->listIssues()->size(), 1);
    }

    // Started and typed into, the keystrokes went into the drafts list: keyboard focus started
    // there, and stayed there after a click on another draft.
    void focusStartsAndStaysInTheEditor()
    {
        const QString db = dbPath(u"focus"_s);
        {
            auto store = test::openStore(db);
            QVERIFY(store);
            QVERIFY(store->createIssue(u"---\ntitle: One\n---\n\nOne draft.\n"_s).ok());
            QVERIFY(store->createIssue(u"---\ntitle: Other\n---\n\nOther draft.\n"_s).ok());
        }
        auto window = test::openWindow(db);
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTRY_COMPARE(window->focusWidget(), static_cast<QWidget *>(window->editor()));
        // ... with the caret on the body's first line, not inside the front matter, where the
        // first keys typed broke the title.
        const QString text = window->editor()->toPlainText();
        const int caret = window->editor()->textCursor().position();
        QCOMPARE(caret, int(bodyStartPosition(text)));
        QVERIFY2(text.mid(caret).startsWith(u"O"_s), qPrintable(text.mid(caret, 20)));
        const qint64 first = window->session()->issueId();
        QTRY_COMPARE(window->draftsPanel()->shownIds().size(), 2);
        // A click into the list moves focus there; choosing a draft brings it back to the text.
        window->draftsPanel()->setFocus();
        const qint64 other = window->draftsPanel()->shownIds().at(0) == first
            ? window->draftsPanel()->shownIds().at(1)
            : window->draftsPanel()->shownIds().at(0);
        window->openIssue(other);
        QTRY_COMPARE(window->session()->issueId(), other);
        QTRY_COMPARE(window->focusWidget(), static_cast<QWidget *>(window->editor()));
        QTest::keyClicks(window->focusWidget(), u"Typed"_s);
        QVERIFY(window->editor()->toPlainText().contains(u"Typed"_s));
    }

    // Each draft opens with the caret and the first visible line where it was last left: after
    // switching drafts, and after closing and starting Galley again.
    void eachDraftOpensWhereItWasLeft()
    {
        const QString db = dbPath(u"positions"_s);
        QString body;
        for (int i = 1; i <= 400; ++i)
            body += u"Line %1 of the long draft.\n\n"_s.arg(i);
        qint64 longId = 0, shortId = 0;
        {
            auto store = test::openStore(db);
            QVERIFY(store);
            longId = store->createIssue(u"---\ntitle: Long\n---\n\n"_s + body).value();
            shortId = store->createIssue(u"---\ntitle: Short\n---\n\nShort.\n"_s).value();
        }
        auto window = test::openWindow(db);
        QVERIFY(window);
        window->openIssue(longId);
        QTRY_COMPARE(window->session()->issueId(), longId);
        MarkdownEditor *editor = window->editor();
        // Far down the long draft: the caret on line 300's text and that part on screen.
        const int caret = int(editor->toPlainText().indexOf(u"Line 300 of"_s)) + 5;
        QTextCursor c(editor->document());
        c.setPosition(caret);
        editor->setTextCursor(c);
        editor->centerCursor();
        QTRY_VERIFY(editor->verticalScrollBar()->value() > 400);
        const int scroll = editor->verticalScrollBar()->value();

        window->openIssue(shortId);
        QTRY_COMPARE(window->session()->issueId(), shortId);
        window->openIssue(longId);
        QTRY_COMPARE(window->session()->issueId(), longId);
        QCOMPARE(editor->textCursor().position(), caret);
        QTRY_COMPARE(editor->verticalScrollBar()->value(), scroll);

        // Closed on the short draft, started again, then back to the long one.
        window->openIssue(shortId);
        QTRY_COMPARE(window->session()->issueId(), shortId);
        QVERIFY(test::closeWindow(window));
        window = test::openWindow(db);
        QVERIFY(window);
        QCOMPARE(window->session()->issueId(), shortId);
        window->openIssue(longId);
        QTRY_COMPARE(window->session()->issueId(), longId);
        editor = window->editor();
        QCOMPARE(editor->textCursor().position(), caret);
        QTRY_COMPARE(editor->verticalScrollBar()->value(), scroll);
        // And closed on the long draft, it is where the next start opens, in the same place.
        QVERIFY(test::closeWindow(window));
        window = test::openWindow(db);
        QVERIFY(window);
        QCOMPARE(window->session()->issueId(), longId);
        QCOMPARE(window->editor()->textCursor().position(), caret);
        QTRY_COMPARE(window->editor()->verticalScrollBar()->value(), scroll);
        // Closed the moment it opened, before the text was laid out: still remembered right.
        QVERIFY(test::closeWindow(window));
        window = test::openWindow(db);
        QVERIFY(window);
        QVERIFY(test::closeWindow(window));
        window = test::openWindow(db);
        QVERIFY(window);
        QTRY_COMPARE(window->editor()->verticalScrollBar()->value(), scroll);
    }

    void menusAndStandardShortcuts()
    {
        auto window = test::openWindow(dbPath(u"menus"_s));
        QVERIFY(window);
        QStringList titles;
        for (QAction *a : window->menuBar()->actions())
            titles << a->text().remove(u'&');
        QCOMPARE(
            titles,
            (QStringList {u"File"_s, u"Edit"_s, u"Insert"_s, u"View"_s, u"Issue"_s, u"Help"_s}));
        ActionRegistry *actions = window->actions();
        QCOMPARE(actions->action(ActionRegistry::Find)->shortcut(),
                 QKeySequence(QKeySequence::Find));
        QCOMPARE(actions->action(ActionRegistry::Undo)->shortcut(),
                 QKeySequence(QKeySequence::Undo));
        QCOMPARE(actions->action(ActionRegistry::NewIssue)->shortcut(),
                 QKeySequence(QKeySequence::New));
        QVERIFY(!actions->action(ActionRegistry::Replace)->shortcut().isEmpty());
        QVERIFY(!actions->action(ActionRegistry::FullScreen)->shortcut().isEmpty());
        // Every action has a unique object name and no two share a shortcut.
        QSet<QString> names;
        QSet<QKeySequence> keys;
        for (QAction *a : actions->all()) {
            QVERIFY(!names.contains(a->objectName()));
            names.insert(a->objectName());
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!keys.contains(k), qPrintable(k.toString()));
                keys.insert(k);
            }
        }

        // The shortcut reaches the action through the window.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->editor()->setFocus();
        QTest::keySequence(window.get(), QKeySequence::Find);
        QTRY_VERIFY(window->findBar()->isVisible());

        // Insert menu acts on the editor.
        window->editor()->moveCursor(QTextCursor::End);
        actions->action(ActionRegistry::InsertBold)->trigger();
        QCOMPARE(window->editor()->textCursor().selectedText(), u"bold text"_s);
    }

    void panelsHideAndLayoutPersists()
    {
        QList<int> sizes;
        {
            auto window = test::openWindow(dbPath(u"layout"_s));
            QVERIFY(window);
            auto *splitter = window->findChild<QSplitter *>(u"mainSplitter"_s);
            QVERIFY(splitter);
            QCOMPARE(splitter->count(), 3);
            auto *side = window->findChild<QTabWidget *>(u"sidePanel"_s);
            window->actions()->action(ActionRegistry::TogglePreview)->setChecked(false);
            QVERIFY(window->preview()->isHidden());
            window->actions()->action(ActionRegistry::ToggleDrafts)->setChecked(false);
            QVERIFY(side->isHidden());
            window->actions()->action(ActionRegistry::ToggleDrafts)->setChecked(true);
            QVERIFY(!side->isHidden());
            splitter->setSizes({200, 900});
            sizes = splitter->sizes();
            QVERIFY(test::closeWindow(window));
        }
        auto window = test::openWindow(dbPath(u"layout"_s));
        QVERIFY(window);
        QVERIFY(window->preview()->isHidden());
        QVERIFY(!window->actions()->action(ActionRegistry::TogglePreview)->isChecked());
        const QList<int> restored = window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes();
        QCOMPARE(restored.size(), sizes.size());
        QVERIFY2(qAbs(restored.at(0) - sizes.at(0)) <= 5,
                 qPrintable(QString::number(restored.at(0))));
        window->actions()->action(ActionRegistry::TogglePreview)->setChecked(true);
        QVERIFY(test::closeWindow(window));
    }

    void wordCountAndReadingTime()
    {
        auto window = test::openWindow(dbPath(u"words"_s));
        QVERIFY(window);
        window->editor()->setPlainText(QStringList(460, u"word"_s).join(u' '));
        QTRY_COMPARE(window->wordCountLabel()->text(), u"460 words · 2 min read"_s);
    }

    void screenshot()
    {
        QSettings().clear(); // the default layout, not the one the tests above left behind
        auto window = test::openWindow(dbPath(u"shot"_s));
        QVERIFY(window);
        window->resize(1400, 860);
        // Wait for the preview to show the sample so the screenshot shows the whole window.
        // (The preview's own tests check its content; here it only has to be on screen.)
        const bool previewShown
            = QTest::qWaitFor([&] { return window->preview()->appliedSequence() > 0; }, 20000);
        if (!previewShown)
            qWarning("the preview did not show the draft within 20 s; screenshot taken anyway");
        QTest::qWait(300);
        const QImage image = window->grab().toImage();
        QVERIFY(!image.isNull());
        QDir().mkpath(QStringLiteral(GALLEY_TEST_ARTIFACTS));
        const QString path = QStringLiteral(GALLEY_TEST_ARTIFACTS) + u"/mainwindow.png"_s;
        QVERIFY(image.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
