// The server goes away while editing, on the real window (issue 23): the test kills its own
// PostgreSQL server under an open window, types on, and sees "Offline: 3 changes waiting" in the
// status bar while the editor keeps working; a status change says the connection was lost. Once
// the server is back the window connects again by itself, writes what was typed, says it is
// online again, and the next save goes on top without a conflict with its own replayed text.
#include "drafts/draftsession.h"
#include "drafts/storeclient.h"
#include "editor/markdowneditor.h"
#include "ownpgserver.h"
#include "store/offlinejournal.h"
#include "window/messagebar.h"
#include "windowfixture.h"

#include <QElapsedTimer>
#include <QLabel>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestOfflineWindow : public QObject
{
    Q_OBJECT
    testsupport::OwnPgServer m_server;

private slots:
    void initTestCase()
    {
        // Connecting again every 200 ms instead of 3 s keeps the test short.
        qputenv("GALLEY_STORE_RECONNECT_MS", "200");
        // The idle window's look at the connection only where a test asks for it: elsewhere
        // here the saves are what finds the server gone, in the order the test expects.
        qputenv("GALLEY_STORE_PING_MS", "600000");
        const QString failed = m_server.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void cleanupTestCase() { m_server.stop(); }

    void typingGoesOnWhileTheServerIsAway()
    {
        const QString location = m_server.store(u"editing"_s);
        auto window = test::openWindow(location);
        QVERIFY(window);
        DraftSession *session = window->session();
        QTRY_COMPARE(session->state(), DraftSession::State::Saved);
        const qint64 id = session->issueId();
        auto *status = window->findChild<QLabel *>(u"offlineStatus"_s);
        QVERIFY(status);
        QVERIFY(!status->isVisible());

        QVERIFY(m_server.kill());
        window->editor()->moveCursor(QTextCursor::End);
        for (const QString &typed : {u" One"_s, u" two"_s, u" three."_s}) {
            QTest::keyClicks(window->editor(), typed);
            QCOMPARE(session->state(), DraftSession::State::Unsaved);
            session->saveNow(); // what the autosave does a second after typing stops
            QTRY_COMPARE(session->state(), DraftSession::State::Saved);
        }
        QTRY_VERIFY(status->isVisible());
        QTRY_VERIFY2(status->text().contains(u"Offline: 3 change"_s), qPrintable(status->text()));
        QVERIFY(window->editor()->toPlainText().endsWith(u"One two three."_s));
        // Saved, but not where teammates see it yet: the draft's word says where.
        QCOMPARE(window->saveIndicator()->text(), u"✓ Saved on this computer"_s);
        // Other writes are refused with a word why, and nothing is lost.
        window->storeClient()->post([client = window->storeClient(), id] {
            client->setStatus(id, IssueStatus::Scheduled);
        });
        QTRY_VERIFY2(window->messageBar()->text().contains(u"connection to the PostgreSQL"_s),
                     qPrintable(window->messageBar()->text()));

        QVERIFY(m_server.restart());
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"Online again"_s),
                                  qPrintable(status->text()), 5000);
        qInfo("online again %lld ms after the server restarted", clock.elapsed());
        QCOMPARE(window->saveIndicator()->text(), u"✓ Saved"_s);
        auto store = test::openStore(location);
        QVERIFY(store);
        QCOMPARE(store->issue(id)->document, window->editor()->toPlainText());
        QCOMPARE(store->issue(id)->status, IssueStatus::Draft);

        // Typing on: saved over the replayed text, which was our own (no conflict).
        QTest::keyClicks(window->editor(), u" Four."_s);
        session->saveNow();
        QTRY_COMPARE(session->state(), DraftSession::State::Saved);
        QCOMPARE(store->issue(id)->document, window->editor()->toPlainText());
        QCOMPARE(session->version(), store->issue(id)->version);
        const QList<RevisionInfo> revisions = store->revisions(id).value();
        for (const RevisionInfo &r : revisions)
            QVERIFY(r.reason != RevisionReason::Conflict);

        // A server that restarted while nobody typed: the next save connects again at once.
        QVERIFY(m_server.kill());
        QVERIFY(m_server.restart());
        QTest::keyClicks(window->editor(), u" Five."_s);
        session->saveNow();
        QTRY_COMPARE(session->state(), DraftSession::State::Saved);
        QVERIFY(store->reconnect()); // the test's own connection went with the server too
        QCOMPARE(store->issue(id)->document, window->editor()->toPlainText());
        QVERIFY2(!status->text().contains(u"Offline"_s), qPrintable(status->text()));
        QVERIFY(test::closeWindow(window));
    }

    void anIdleWindowNoticesTheServerCameBack()
    {
        // Nobody types here while the server restarts; a teammate then saves the open draft.
        // Its announcement went to a connection that no longer exists: the window's look at
        // the connection finds it gone, connects again, and shows the teammate's text.
        qputenv("GALLEY_STORE_PING_MS", "300");
        const QString location = m_server.store(u"idle"_s);
        auto window = test::openWindow(location);
        QVERIFY(window);
        QTRY_COMPARE(window->session()->state(), DraftSession::State::Saved);
        const qint64 id = window->session()->issueId();
        QTest::qWait(2000); // the window's first reads are done: it is idle
        QVERIFY(m_server.kill());
        QVERIFY(m_server.restart());
        auto teammate = test::openStore(location);
        QVERIFY(teammate);
        const auto theirs = teammate->issue(id).value();
        const QString theirText = theirs.document + u"\nWritten after the restart.\n"_s;
        QVERIFY(teammate->saveDocument(id, theirText, theirs.version, RevisionReason::Manual));
        QTRY_COMPARE_WITH_TIMEOUT(window->editor()->toPlainText(), theirText, 10000);
        qputenv("GALLEY_STORE_PING_MS", "600000");
        QVERIFY(test::closeWindow(window));
    }

    void aJournalLeftBehindIsWrittenAtTheNextStart()
    {
        const QString location = m_server.store(u"leftbehind"_s);
        const QString first = u"---\ntitle: Left behind\n---\n\nFirst.\n"_s;
        const QString second = u"---\ntitle: Left behind\n---\n\nFirst. Second.\n"_s;
        qint64 id = 0;
        {
            auto store = test::openStore(location);
            QVERIFY(store);
            id = store->createIssue(u"---\ntitle: Left behind\n---\n"_s).value();
            // What a Galley that closed (or crashed) while offline left in its journal.
            OfflineJournal journal(location);
            QVERIFY(journal.open());
            QVERIFY(journal.add(id, store->issue(id)->version, first));
            QVERIFY(journal.add(id, store->issue(id)->version, second));
        }
        auto window = test::openWindow(location);
        QVERIFY(window);
        auto *status = window->findChild<QLabel *>(u"offlineStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(u"Online again: 2 change"_s),
                     qPrintable(status->text()));
        QCOMPARE(window->session()->issueId(), id);
        QCOMPARE(window->editor()->toPlainText(), second);
        auto store = test::openStore(location);
        QCOMPARE(store->issue(id)->document, second);
        OfflineJournal journal(location);
        QVERIFY(journal.open());
        QCOMPARE(journal.count().value(), 0);
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestOfflineWindow)
#include "tst_offlinewindow.moc"
