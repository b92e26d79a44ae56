// The drafts panel in the window: new and duplicate drafts, switching saves the current draft
// first, the full-text search filters the list, trash and restore, status changes, and the
// history dialog's diff and restore.
#include "actionregistry.h"
#include "draftspanel.h"
#include "historydialog.h"
#include "markdowneditor.h"
#include "windowfixture.h"

#include <QAction>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestDraftsPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString dbPath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

private slots:
    void newSwitchSearchTrashRestore()
    {
        const QString path = dbPath(u"panel"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        DraftsPanel *panel = window->draftsPanel();
        const qint64 sampleId = window->session()->issueId();
        QTRY_COMPARE(panel->shownIds().size(), 1);

        window->actions()->action(ActionRegistry::NewDraft)->trigger();
        QTRY_VERIFY(window->session()->issueId() != sampleId);
        const qint64 newId = window->session()->issueId();
        QTRY_COMPARE(panel->shownIds().size(), 2);
        QVERIFY(window->editor()->toPlainText().contains(u"New issue"_s));

        // Type and switch at once: the words are saved before the other draft opens.
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), u"zebrafish migration"_s);
        emit panel->openRequested(sampleId);
        QTRY_COMPARE(window->session()->issueId(), sampleId);
        QVERIFY(window->editor()->toPlainText().contains(u"From our sponsor"_s));
        auto store = test::openStore(path);
        QVERIFY(store);
        QVERIFY(store->issue(newId)->document.contains(u"zebrafish migration"_s));

        // The search box uses the store's full-text search.
        panel->setSearchText(u"zebrafish"_s);
        QTRY_COMPARE(panel->shownIds(), QList<qint64> {newId});
        panel->setSearchText(QString());
        QTRY_COMPARE(panel->shownIds().size(), 2);

        // Status change.
        window->actions()->action(ActionRegistry::MarkScheduled)->trigger();
        QTRY_COMPARE(store->issue(sampleId)->status, IssueStatus::Scheduled);

        // Trash the open draft: another one opens; restore brings it back.
        window->actions()->action(ActionRegistry::MoveToTrash)->trigger();
        QTRY_COMPARE(window->session()->issueId(), newId);
        QTRY_COMPARE(panel->shownIds(), QList<qint64> {newId});
        QVERIFY(store->issue(sampleId)->deleted);
        panel->showTrash();
        QTRY_COMPARE(panel->shownIds(), QList<qint64> {sampleId});
        emit panel->restoreRequested(sampleId);
        QTRY_VERIFY(!store->issue(sampleId)->deleted);

        // Duplicate opens the copy.
        window->actions()->action(ActionRegistry::DuplicateDraft)->trigger();
        QTRY_VERIFY(window->session()->issueId() != newId);
        QVERIFY(window->editor()->toPlainText().contains(u"zebrafish migration"_s));
        QTRY_COMPARE(store->listIssues()->size(), 3);
    }

    // An autosave that changes the title refreshes that row in place: the archive is not
    // listed and rebuilt again for it.
    void autosavedTitleRefreshesItsRow()
    {
        auto window = test::openWindow(dbPath(u"title"_s));
        QVERIFY(window);
        auto *tree = window->draftsPanel()->findChild<QTreeWidget *>(u"draftsList"_s);
        QVERIFY(tree);
        QTRY_COMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *row = tree->topLevelItem(0);
        QVERIFY(!row->text(1).startsWith(u"Zebra"_s));

        QTextCursor c = window->editor()->document()->find(u"title: \""_s);
        QVERIFY(!c.isNull());
        c.clearSelection();
        window->editor()->setTextCursor(c);
        QTest::keyClicks(window->editor(), u"Zebra "_s);
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), DraftSession::State::Saved, 10000);
        QTRY_VERIFY(tree->topLevelItem(0)->text(1).startsWith(u"Zebra SAMPLE"_s));
        QCOMPARE(tree->topLevelItem(0), row); // updated in place
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(!row->text(4).isEmpty());
        QVERIFY(row->toolTip(1).startsWith(u"Zebra"_s));
    }

    void historyShowsDiffAndRestores()
    {
        const QString path = dbPath(u"history"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        const QString original = window->editor()->toPlainText();
        window->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window->editor(), u"A regrettable sentence."_s);
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), DraftSession::State::Saved, 10000);

        HistoryDialog *history = window->showHistory();
        QVERIFY(history);
        QTRY_VERIFY(history->revisionCount() >= 2);
        QSignalSpy shown(history, &HistoryDialog::diffShown);
        history->selectRevision(history->revisionCount() - 1); // the oldest: the sample
        QVERIFY(shown.wait(10000));
        QVERIFY(history->diffHtml().contains(u"A regrettable sentence."_s));

        emit history->restoreRequested(history->selectedRevisionId());
        QTRY_COMPARE(window->editor()->toPlainText(), original);
        QTRY_COMPARE(window->session()->state(), DraftSession::State::Saved);
        auto store = test::openStore(path);
        QCOMPARE(store->issue(window->session()->issueId())->document, original);
    }
};

QTEST_MAIN(TestDraftsPanel)
#include "tst_draftspanel.moc"
