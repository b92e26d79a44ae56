// The drafts panel in the window: new and duplicate drafts, switching saves the current draft
// first, the full-text search filters the list, trash and restore, status changes, and the
// history dialog's diff and restore.
#include "drafts/draftspanel.h"
#include "drafts/editeddate.h"
#include "drafts/historydialog.h"
#include "editor/markdowneditor.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestDraftsPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString dbPath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    static IssueSummary summary(qint64 id, int number, const QString &title,
                                const QDateTime &updated)
    {
        IssueSummary s;
        s.id = id;
        s.number = number;
        s.title = title;
        s.date = QDateTime(QDate(2026, 12, 3), QTime(8, 0));
        s.updated = updated.toUTC(); // the store's times are UTC
        return s;
    }

private slots:
    // The Edited column's text, with "now" pinned: Saturday, 28 November 2026, 09:30.
    void compactEditedDate_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QDateTime>("edited");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QDateTime now(QDate(2026, 11, 28), QTime(9, 30));
        const auto at = [](int day, int h, int m) {
            return QDateTime(QDate(2026, 11, day), QTime(h, m, 41));
        };
        QTest::newRow("today") << us << at(28, 5, 10) << now << u"5:10\u202fAM"_s;
        QTest::newRow("today, de") << de << at(28, 5, 10) << now << u"05:10"_s;
        // The C locale's short time format keeps seconds: shown without them.
        QTest::newRow("today, C") << QLocale::c() << at(28, 8, 44) << now << u"08:44"_s;
        QTest::newRow("yesterday") << us << at(27, 23, 59) << now << u"Fri"_s;
        QTest::newRow("yesterday, de") << de << at(27, 23, 59) << now << u"Fr"_s;
        QTest::newRow("six days back") << us << at(22, 0, 1) << now << u"Sun"_s;
        QTest::newRow("a week back") << us << at(21, 12, 0) << now << u"11/21/26"_s;
        QTest::newRow("a week back, de") << de << at(21, 12, 0) << now << u"21.11.26"_s;
        QTest::newRow("last year, same day")
            << us << QDateTime(QDate(2025, 11, 28), QTime(9, 0)) << now << u"11/28/25"_s;
        QTest::newRow("after now (clock set back)") << us << at(29, 8, 0) << now << u"11/29/26"_s;
        QTest::newRow("never") << us << QDateTime() << now << QString();
        // The same edit before and after midnight: the time, then the weekday.
        QTest::newRow("before midnight")
            << us << at(27, 23, 50) << QDateTime(QDate(2026, 11, 27), QTime(23, 59, 59))
            << u"11:50\u202fPM"_s;
        QTest::newRow("after midnight")
            << us << at(27, 23, 50) << QDateTime(QDate(2026, 11, 28), QTime(0, 0, 1)) << u"Fri"_s;
    }

    void compactEditedDate()
    {
        QFETCH(QLocale, locale);
        QFETCH(QDateTime, edited);
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        // CLDR's US time has a narrow no-break space before AM/PM; older data a plain space.
        const QString text = gui::compactEditedDate(edited.toUTC(), now, locale);
        QCOMPARE(QString(text).replace(u'\u202f', u' '), expected.replace(u'\u202f', u' '));
    }

    // The real panel: compact Edited cells, the full date in their tooltip, and "today" moving on
    // by itself at midnight.
    void editedColumnIsCompactAndFollowsTheDay()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });

        QDateTime now(QDate(2026, 11, 28), QTime(23, 59, 58));
        DraftsPanel panel;
        panel.setClock([&now] { return now; });
        panel.setIssues({
            summary(3, 105, u"Ops Weekly #105 – The one about incident reviews and pagers"_s,
                    QDateTime(QDate(2026, 11, 28), QTime(5, 10, 41))),
            summary(2, 104, u"Ops Weekly #104 – Kubernetes upgrades without tears"_s,
                    QDateTime(QDate(2026, 11, 25), QTime(17, 2, 0))),
            summary(1, 103, u"Ops Weekly #103 – Postmortems"_s,
                    QDateTime(QDate(2026, 10, 2), QTime(8, 0, 0))),
        });
        auto *tree = panel.findChild<QTreeWidget *>(u"draftsList"_s);
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 3);
        const int edited = 4;
        QCOMPARE(tree->headerItem()->text(edited), u"Edited"_s);
        const auto cell = [&](int row) {
            return tree->topLevelItem(row)->text(edited).replace(u'\u202f', u' ');
        };
        QCOMPARE(cell(0), u"5:10 AM"_s);
        QCOMPARE(cell(1), u"Wed"_s);
        QCOMPARE(cell(2), u"10/2/26"_s);
        const QString tip = tree->topLevelItem(0)->toolTip(edited);
        QVERIFY2(tip.startsWith(u"Edited Saturday, November 28, 2026"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"5:10:41"_s), qPrintable(tip));
        QVERIFY2(tree->topLevelItem(2)->toolTip(edited).contains(u"October 2, 2026"_s),
                 qPrintable(tree->topLevelItem(2)->toolTip(edited)));

        panel.resize(420, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // The compact column leaves the title most of the width.
        QVERIFY2(tree->header()->sectionSize(edited) < tree->header()->sectionSize(1),
                 qPrintable(QString::number(tree->header()->sectionSize(edited))));
        QCoreApplication::processEvents();
        panel.grab().save(u"/tmp/n-draftspanel.png"_s);

        // Midnight passes while the panel is open: this morning's edit is now yesterday's.
        now = QDateTime(QDate(2026, 11, 29), QTime(0, 0, 1));
        QTRY_COMPARE_WITH_TIMEOUT(cell(0), u"Sat"_s, 5000);
        QCOMPARE(cell(1), u"Wed"_s);
        // An autosave today shows its time again.
        IssueSummary saved
            = summary(3, 105, u"Ops Weekly #105"_s, QDateTime(QDate(2026, 11, 29), QTime(0, 0, 0)));
        QVERIFY(panel.updateIssue(saved));
        QCOMPARE(cell(0), u"12:00 AM"_s);
    }

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

    // Issue 15, finding 8: Issue ▸ Empty Trash asks first; Cancel keeps the trash, confirming
    // deletes what is in it for good and nothing else.
    void emptyTrashAsksFirst()
    {
        const QString path = dbPath(u"emptytrash"_s);
        auto window = test::openWindow(path);
        QVERIFY(window);
        const qint64 open = window->session()->issueId();
        auto store = test::openStore(path);
        QVERIFY(store);
        const auto trashed = store->createIssue(u"---\ntitle: Old\n---\nOld.\n"_s);
        QVERIFY(trashed);
        QVERIFY(store->moveToTrash(*trashed).ok());
        const auto answer = [&](QMessageBox::ButtonRole role) {
            window->actions()->action(ActionRegistry::EmptyTrash)->trigger();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"emptyTrashConfirmation"_s)));
            QVERIFY(box->text().contains(u"cannot be undone"_s));
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == role) {
                    b->click();
                    return;
                }
            }
            QFAIL("no such button");
        };
        answer(QMessageBox::RejectRole);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(!window->findChild<QMessageBox *>(u"emptyTrashConfirmation"_s));
        QTest::qWait(200);
        QCOMPARE(store->listTrash()->size(), 1);
        answer(QMessageBox::DestructiveRole);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(store->listTrash()->size(), 0);
        QVERIFY(!store->issue(*trashed));
        QVERIFY(store->issue(open));
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
