// The Inbox tab driven through its widgets in the real window (issue 18): Ctrl+V takes every
// link of the clipboard, a drop of text/uri-list adds the web links, the "Add link…" field adds
// what is typed, the same link twice stays one row; Delete dismisses and Undo brings it back;
// Enter opens Add Link filled with the items' URLs, note and section, and the items added are
// marked used with the issue's number. Rows say where a link was featured before and whether
// the open draft has it.
#include "archivefixture.h"
#include "editor/markdowneditor.h"
#include "inbox/inboxcontroller.h"
#include "inbox/inboxpanel.h"
#include "issue/addlinkdialog.h"
#include "issue/issuecommands.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestInboxPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static InboxController *controller(MainWindow *w) { return w->findChild<InboxController *>(); }

    static QString tabText(MainWindow *w)
    {
        auto *side = w->findChild<QTabWidget *>(u"sidePanel"_s);
        return side->tabText(side->indexOf(controller(w)->panel()));
    }

    static QStringList rowTexts(InboxPanel *panel)
    {
        QStringList out;
        for (int i = 0; i < panel->rowCount(); ++i)
            out << panel->rowText(i);
        return out;
    }

    // Runs `action` and waits for the rows it causes to be shown.
    template<typename F> static bool reloadedAfter(InboxController *c, F action)
    {
        QSignalSpy reloaded(c, &InboxController::reloaded);
        action();
        return reloaded.wait(10000);
    }

    static void select(InboxPanel *panel, const QList<int> &rows) { panel->selectRows(rows); }

private slots:
    void initTestCase()
    {
        // The rows' links name hosts that do not exist: no title reading here
        // (tst_titlefetcher reads them from its own server).
        qputenv("GALLEY_INBOX_TITLES", "0");
    }

    void pasteDropTypeDismissUndo()
    {
        const QString path = m_dir.filePath(u"capture.sqlite"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        InboxController *c = controller(window.get());
        QVERIFY(c);
        QTRY_COMPARE(tabText(window.get()), u"Inbox"_s);
        auto *side = window->findChild<QTabWidget *>(u"sidePanel"_s);
        window->actions()->action(ActionRegistry::ShowInbox)->trigger(); // Issue ▸ Link Inbox
        QCOMPARE(side->currentWidget(), c->panel());
        InboxPanel *panel = c->panel();
        QVERIFY(panel->list()->hasFocus() || !window->isActiveWindow());
        // Past the reads the window's start asked for.
        QVERIFY(reloadedAfter(c, [&] { c->reload(); }));

        // Ctrl+V in the list: both links of a chat message, nothing else.
        QApplication::clipboard()->setText(
            u"look: https://paste.example/one and (https://paste.example/two). bye"_s);
        panel->list()->setFocus();
        QVERIFY(reloadedAfter(c, [&] { QTest::keySequence(panel->list(), QKeySequence::Paste); }));
        QCOMPARE(panel->rowCount(), 2);
        QCOMPARE(tabText(window.get()), u"Inbox (2)"_s);
        QVERIFY2(panel->statusText().startsWith(u"Added 2 link"_s),
                 qPrintable(panel->statusText()));

        // A drop from a browser: the web link, not the local file.
        auto *mime = new QMimeData;
        mime->setUrls({QUrl(u"https://drop.example/post"_s), QUrl(u"file:///etc/passwd"_s)});
        const QPoint at = panel->list()->geometry().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(panel, &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(reloadedAfter(c, [&] {
            QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(panel, &drop);
        }));
        delete mime;
        QCOMPARE(panel->rowCount(), 3);

        // The field: a link without its scheme; then junk, which is refused with a reason.
        QLineEdit *field = panel->addField();
        field->setFocus();
        QTest::keyClicks(field, u"typed.example/a"_s);
        QVERIFY(reloadedAfter(c, [&] { QTest::keyClick(field, Qt::Key_Return); }));
        QCOMPARE(panel->rowCount(), 4);
        QVERIFY(field->text().isEmpty());
        QTest::keyClicks(field, u"no link here"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(panel->statusText().contains(u"not a web address"_s));
        field->clear();

        // The same link again (another spelling) stays one row.
        QApplication::clipboard()->setText(u"http://www.paste.example/one/"_s);
        panel->list()->setFocus();
        QVERIFY(reloadedAfter(c, [&] { QTest::keySequence(panel->list(), QKeySequence::Paste); }));
        QCOMPARE(panel->rowCount(), 4);
        QVERIFY(panel->statusText().contains(u"in the inbox already"_s));

        const QStringList rows = rowTexts(panel);
        QVERIFY2(rows.at(0).startsWith(u"https://paste.example/one\npaste.example · today"_s),
                 qPrintable(rows.at(0)));
        QVERIFY(rows.at(3).startsWith(u"https://typed.example/a\ntyped.example"_s));

        // Delete dismisses the selection; Undo brings it back.
        select(panel, {0, 2});
        QVERIFY(reloadedAfter(c, [&] { QTest::keyClick(panel->list(), Qt::Key_Delete); }));
        QCOMPARE(panel->rowCount(), 2);
        QCOMPARE(tabText(window.get()), u"Inbox (2)"_s);
        QVERIFY(panel->undoButton()->isVisible());
        QVERIFY(reloadedAfter(c, [&] { QTest::mouseClick(panel->undoButton(), Qt::LeftButton); }));
        QCOMPARE(panel->rowCount(), 4);
        QVERIFY(!panel->undoButton()->isVisible());
        QCOMPARE(rowTexts(panel), rows);
        // The same with Ctrl+Z in the list.
        select(panel, {1});
        QVERIFY(reloadedAfter(c, [&] { QTest::keyClick(panel->list(), Qt::Key_Delete); }));
        QCOMPARE(panel->rowCount(), 3);
        QVERIFY(reloadedAfter(c, [&] { QTest::keySequence(panel->list(), QKeySequence::Undo); }));
        QCOMPARE(rowTexts(panel), rows);

        // Dismissed for good this time: the store has it, with its source, as dismissed.
        select(panel, {2});
        QVERIFY(reloadedAfter(c, [&] { QTest::keyClick(panel->list(), Qt::Key_Delete); }));
        QVERIFY(test::closeWindow(window));
        auto store = test::openStore(path);
        QVERIFY(store);
        const auto all = store->inboxItems(true).value();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.at(0).source, InboxSource::Pasted);
        QCOMPARE(all.at(2).source, InboxSource::Dropped);
        QCOMPARE(all.at(2).state, InboxState::Dismissed);
        QCOMPARE(all.at(3).source, InboxSource::Typed);
        QCOMPARE(store->inboxNewCount().value(), 3);
    }

    void filterShowsMatchingItems()
    {
        const QString path = m_dir.filePath(u"filter.sqlite"_s);
        {
            auto store = test::openStore(path);
            QVERIFY(store);
            InboxCapture kiln;
            kiln.url = u"https://github.com/example/kilnfile"_s;
            InboxCapture noted;
            noted.url = u"https://blog.example/post"_s;
            noted.note = u"About KILN furnaces"_s;
            InboxCapture other;
            other.url = u"https://other.example/"_s;
            other.section = u"Tools"_s;
            QVERIFY(store->addToInbox({kiln, noted, other}).ok());
        }
        auto window = test::openWindow(path);
        QVERIFY(window);
        InboxController *c = controller(window.get());
        InboxPanel *panel = c->panel();
        window->findChild<QTabWidget *>(u"sidePanel"_s)->setCurrentWidget(panel);
        QVERIFY(reloadedAfter(c, [&] { c->reload(); }));
        QCOMPARE(panel->rowCount(), 3);
        // The address or the note, in any case; then the section.
        QTest::keyClicks(panel->filterField(), u"kiln"_s);
        QCOMPARE(panel->rowCount(), 2);
        QVERIFY(panel->rowText(0).contains(u"kilnfile"_s));
        QVERIFY(panel->rowText(1).contains(u"About KILN furnaces"_s));
        panel->filterField()->setText(u"tools"_s);
        QCOMPARE(panel->rowCount(), 1);
        QVERIFY(panel->rowText(0).contains(u"other.example"_s));
        // Only what is shown is acted on: select all, dismiss, one item goes.
        panel->list()->setFocus();
        panel->list()->selectAll();
        QCOMPARE(panel->selectedIds().size(), 1);
        // New rows keep the filter; Escape in the field shows every item again.
        QVERIFY(reloadedAfter(c, [&] { panel->pasteText(u"https://tools.example/new"_s); }));
        QCOMPARE(panel->rowCount(), 2);
        QTest::keyClick(panel->filterField(), Qt::Key_Escape);
        QCOMPARE(panel->filterField()->text(), QString());
        QCOMPARE(panel->rowCount(), 4);
        QVERIFY(test::closeWindow(window));
    }

    void intoTheIssueThroughAddLink()
    {
        const QString path = m_dir.filePath(u"issue.sqlite"_s);
        {
            // Captured earlier (the command line).
            auto store = test::openStore(path);
            QVERIFY(store);
            InboxCapture kiln;
            kiln.url = u"https://github.com/example/kilnfile"_s;
            kiln.note = u"Kilnfile 1.1 is out."_s;
            kiln.section = u"Events"_s;
            InboxCapture other;
            other.url = u"https://new.example/post"_s;
            InboxCapture later;
            later.url = u"https://draft.example/mention"_s;
            QVERIFY(store->addToInbox({kiln, other, later}).ok());
        }
        auto window = test::openWindowOnNewIssue(path);
        QVERIFY(window);
        InboxController *c = controller(window.get());
        InboxPanel *panel = c->panel();
        auto *side = window->findChild<QTabWidget *>(u"sidePanel"_s);
        side->setCurrentWidget(panel);
        QVERIFY(reloadedAfter(c, [&] { c->reload(); }));
        QCOMPARE(panel->rowCount(), 3);
        QVERIFY2(panel->rowText(0).contains(u"featured in #103, #101"_s),
                 qPrintable(panel->rowText(0)));
        QVERIFY(panel->rowText(0).contains(u"Kilnfile 1.1 is out."_s));
        QVERIFY(panel->rowText(0).contains(u"for Events"_s));
        QVERIFY(!panel->rowText(1).contains(u"★"_s));

        // Two items at once: Enter asks for one section (the first item's preselected) and adds
        // each as an item of its own, its note as its commentary.
        IssueCommands *commands = window->findChild<IssueCommands *>();
        select(panel, {0, 1});
        QSignalSpy chooserShown(commands, &IssueCommands::sectionChooserShown);
        panel->list()->setFocus();
        QTest::keyClick(panel->list(), Qt::Key_Return);
        QVERIFY(chooserShown.wait(10000));
        QInputDialog *chooser = commands->sectionChooser();
        QVERIFY(chooser);
        QCOMPARE(chooser->textValue(), u"Events"_s);
        QSignalSpy added(commands, &IssueCommands::linksAdded);
        QVERIFY(reloadedAfter(c, [&] {
            chooser->accept();
            QVERIFY(added.wait(10000));
        }));
        QCOMPARE(added.first().at(0).toStringList(),
                 (QStringList {u"https://github.com/example/kilnfile"_s,
                               u"https://new.example/post"_s}));
        const IssueStructure s = test::structureOf(window->editor()->toPlainText());
        QCOMPARE(s.sections.at(1).heading, u"Events"_s);
        const QList<IssueItem> &events = s.sections.at(1).items;
        QVERIFY(events.size() >= 2);
        QCOMPARE(events.at(events.size() - 2).urls,
                 QStringList {u"https://github.com/example/kilnfile"_s});
        QVERIFY(events.at(events.size() - 2).commentary.contains(u"Kilnfile 1.1 is out."_s));
        QCOMPARE(events.last().urls, QStringList {u"https://new.example/post"_s});
        // One undo step takes both away.
        const QString withBoth = window->editor()->toPlainText();
        window->editor()->undo();
        QVERIFY(!window->editor()->toPlainText().contains(u"new.example/post"_s));
        window->editor()->redo();
        QCOMPARE(window->editor()->toPlainText(), withBoth);
        QTRY_COMPARE(panel->rowCount(), 1);
        QVERIFY2(panel->statusText().startsWith(u"2 link"_s), qPrintable(panel->statusText()));
        QVERIFY(panel->statusText().contains(u"added to the issue"_s));

        // A link typed into the draft marks its row.
        window->editor()->appendPlainText(u"\n[mention](https://draft.example/mention)\n"_s);
        QVERIFY(reloadedAfter(c, [&] { c->reload(); }));
        QVERIFY2(panel->rowText(0).contains(u"in this draft"_s), qPrintable(panel->rowText(0)));

        // A double-click opens Add Link too.
        QSignalSpy again(commands, &IssueCommands::addLinkDialogShown);
        const QRect rect = panel->rowRect(0);
        QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(panel->list()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(again.wait(10000));
        QCOMPARE(commands->addLinkDialog()->urls(),
                 QStringList {u"https://draft.example/mention"_s});
        commands->addLinkDialog()->reject();

        QVERIFY(test::closeWindow(window));
        auto store = test::openStore(path);
        const auto all = store->inboxItems(true).value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).state, InboxState::Used);
        QCOMPARE(all.at(0).usedNumber, 104);
        QCOMPARE(all.at(1).state, InboxState::Used);
        QCOMPARE(all.at(2).state, InboxState::New);
    }
};

QTEST_MAIN(TestInboxPanel)
#include "tst_inboxpanel.moc"
