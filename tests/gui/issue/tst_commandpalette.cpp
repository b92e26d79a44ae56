// Ctrl+K: the command palette lists the registry's enabled actions with their shortcuts,
// filters by substring and by letters in order, Enter triggers the chosen action, Esc closes.
#include "issue/commandpalette.h"
#include "issue/issuecommands.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QLineEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestCommandPalette : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void scores()
    {
        QCOMPARE(CommandPalette::matchScore(u"Check Issue"_s, u"check"_s), 0);
        QCOMPARE(CommandPalette::matchScore(u"Check Issue"_s, u"issue"_s), 1);
        QVERIFY(CommandPalette::matchScore(u"Add Link to Section…"_s, u"adlnk"_s) > 2);
        QCOMPARE(CommandPalette::matchScore(u"Check Issue"_s, u"xyz"_s), -1);
        QCOMPARE(CommandPalette::matchScore(u"Check Issue"_s, u""_s), 0);
    }

    void filtersAndTriggers()
    {
        auto window = test::openWindow(m_dir.filePath(u"palette.sqlite"_s));
        QVERIFY(window);
        ActionRegistry *actions = window->actions();
        QCOMPARE(actions->action(ActionRegistry::CommandPalette)->shortcut(),
                 QKeySequence(u"Ctrl+K"_s));
        CommandPalette *palette = window->findChild<IssueCommands *>()->commandPalette();
        actions->action(ActionRegistry::ShowTrash)->setEnabled(false);
        actions->action(ActionRegistry::CommandPalette)->trigger();
        QVERIFY(palette->isVisible());

        // Every enabled action but the palette itself, the Insert commands among them.
        QStringList all = palette->shownCommands();
        QVERIFY(all.contains(u"Add Link to Section…"_s));
        QVERIFY(all.contains(u"Sponsor Block"_s));
        QVERIFY(all.contains(u"Section…"_s));
        QVERIFY(all.contains(u"New Issue"_s));
        QVERIFY(!all.contains(u"Show Trash…"_s)); // disabled
        QVERIFY(!all.contains(u"Command Palette…"_s));
        int enabled = 0;
        for (QAction *a : actions->all())
            enabled += a->isEnabled() && a->isVisible() ? 1 : 0;
        QCOMPARE(all.size(), enabled - 1);
        // The shortcut is shown beside the command.
        bool shortcutShown = false;
        for (int i = 0; i < palette->list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = palette->list()->topLevelItem(i);
            if (item->text(0) == u"Add Link to Section…"_s)
                shortcutShown
                    = item->text(1) == QKeySequence(u"Ctrl+L"_s).toString(QKeySequence::NativeText);
        }
        QVERIFY(shortcutShown);

        QTest::keyClicks(palette->filterEdit(), u"link"_s);
        QStringList shown = palette->shownCommands();
        QVERIFY(shown.contains(u"Link History…"_s));
        QVERIFY(shown.contains(u"Add Link to Section…"_s));
        QVERIFY(!shown.contains(u"New Issue"_s));
        QCOMPARE(shown.first(), u"Link"_s); // a prefix match first

        palette->filterEdit()->clear();
        QTest::keyClicks(palette->filterEdit(), u"chkis"_s); // letters in order
        QCOMPARE(palette->shownCommands().value(0), u"Check Issue"_s);
        palette->grab().save(u"/tmp/command-palette.png"_s);

        QSignalSpy triggered(actions->action(ActionRegistry::CheckIssue), &QAction::triggered);
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QVERIFY(triggered.wait(5000));

        // Down picks the next command; Esc closes without triggering anything.
        actions->action(ActionRegistry::CommandPalette)->trigger();
        QVERIFY(palette->isVisible());
        QVERIFY(palette->filterEdit()->text().isEmpty());
        QTest::keyClicks(palette->filterEdit(), u"zoom"_s);
        QCOMPARE(palette->shownCommands().size(), 3);
        QSignalSpy zoomOut(actions->action(ActionRegistry::ZoomOut), &QAction::triggered);
        QTest::keyClick(palette->filterEdit(), Qt::Key_Down);
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QVERIFY(zoomOut.wait(5000));
        actions->action(ActionRegistry::CommandPalette)->trigger();
        QTest::keyClick(palette->filterEdit(), Qt::Key_Escape);
        QVERIFY(!palette->isVisible());
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
