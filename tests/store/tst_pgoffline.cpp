// The server goes away while editing (issue 23): saves that cannot reach it go into the offline
// journal (OfflineJournal), Store::reconnect() makes a new connection once it is back, and the
// replay writes them in order through saveKeepingBoth, so that nothing typed is lost and a
// teammate's text written meanwhile is kept as a Conflict revision. The test starts and kills a
// server of its own (OwnPgServer): the suite's shared one serves the other tests meanwhile.
#include "ownpgserver.h"
#include "store/offlinejournal.h"
#include "store/store.h"
#include "store/storelocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
QString doc(int n)
{
    return u"---\ntitle: Offline\n---\n\nVersion %1 of the text.\n"_s.arg(n);
}

int countReason(const QList<RevisionInfo> &list, RevisionReason reason)
{
    return int(std::count_if(list.begin(), list.end(),
                             [reason](const RevisionInfo &r) { return r.reason == reason; }));
}
} // namespace

class TestPgOffline : public QObject
{
    Q_OBJECT
    testsupport::OwnPgServer m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        const QString failed = m_server.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void cleanupTestCase() { m_server.stop(); }

    void savesWhileTheServerIsAwayAreReplayedInOrder()
    {
        const QString location = m_server.store(u"replay"_s);
        Store store;
        QVERIFY(store.open(location));
        const qint64 id = store.createIssue(doc(0)).value();
        const qint64 base = store.saveDocument(id, doc(1), store.issue(id)->version).value();
        const int revisionsBefore = int(store.revisions(id)->size());
        const qint64 heard = store.dataVersion().value(); // listening for others' commits
        OfflineJournal journal(location, m_dir.filePath(u"replay.sqlite"_s));
        QVERIFY(journal.open());

        QVERIFY(m_server.kill());
        for (int n = 2; n <= 4; ++n) {
            auto saved = store.saveKeepingBoth(id, doc(n), base);
            QVERIFY(!saved);
            QCOMPARE(saved.error().code, Error::Offline);
            QVERIFY(journal.add(id, base, doc(n)));
        }
        QCOMPARE(journal.count().value(), 3);
        // Other writes say so, and change nothing.
        auto status = store.setStatus(id, IssueStatus::Scheduled);
        QVERIFY(!status);
        QCOMPARE(status.error().code, Error::Offline);
        auto early = store.reconnect();
        QVERIFY(!early);
        QCOMPARE(early.error().code, Error::Offline);
        const JournalReplay notYet = journal.replay(store);
        QCOMPARE(notYet.written, 0);
        QVERIFY(notYet.error && notYet.error->code == Error::Offline);
        QCOMPARE(journal.count().value(), 3);

        QVERIFY(m_server.restart());
        QVERIFY(store.reconnect());
        const JournalReplay replayed = journal.replay(store);
        QVERIFY2(!replayed.error, qPrintable(replayed.error ? replayed.error->message : QString()));
        QCOMPARE(replayed.written, 3);
        QCOMPARE(replayed.conflicts, 0);
        QCOMPARE(replayed.waiting, 0);
        QCOMPARE(journal.count().value(), 0);
        const auto read = store.issue(id);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        const StoredIssue now = *read;
        QCOMPARE(now.document, doc(4));
        QCOMPARE(replayed.versions.value(id), now.version);
        const auto revisions = store.revisions(id).value();
        QCOMPARE(int(revisions.size()), revisionsBefore + 3);
        QCOMPARE(countReason(revisions, RevisionReason::Conflict), 0);
        QVERIFY(store.setStatus(id, IssueStatus::Scheduled));

        // Listening again: a teammate's commit after the reconnection is heard.
        Store teammate;
        QVERIFY(teammate.open(location));
        QVERIFY(teammate.createIssue(doc(9)));
        QTRY_VERIFY_WITH_TIMEOUT(store.dataVersion().value() > heard, 3000);
    }

    void aTeammatesTextWrittenMeanwhileIsKeptAsAConflict()
    {
        const QString location = m_server.store(u"conflict"_s);
        Store store;
        QVERIFY(store.open(location));
        const qint64 id = store.createIssue(doc(0)).value();
        const qint64 base = store.issue(id)->version;
        OfflineJournal journal(location, m_dir.filePath(u"conflict.sqlite"_s));
        QVERIFY(journal.open());

        QVERIFY(m_server.kill());
        for (int n = 1; n <= 2; ++n) {
            QCOMPARE(store.saveKeepingBoth(id, doc(n), base).error().code, Error::Offline);
            QVERIFY(journal.add(id, base, doc(n)));
        }
        QVERIFY(m_server.restart());
        // The teammate's connection is back first and saves over the version we knew.
        const QString theirs = u"---\ntitle: Offline\n---\n\nThe teammate's text.\n"_s;
        {
            Store teammate;
            QVERIFY(teammate.open(location));
            QVERIFY(teammate.saveDocument(id, theirs, base, RevisionReason::Manual));
        }
        QVERIFY(store.reconnect());
        const JournalReplay replayed = journal.replay(store);
        QVERIFY(!replayed.error);
        QCOMPARE(replayed.written, 2);
        QCOMPARE(replayed.conflicts, 1);
        QCOMPARE(store.issue(id)->document, doc(2));
        bool kept = false;
        const QList<RevisionInfo> revisions = store.revisions(id).value();
        for (const RevisionInfo &r : revisions)
            kept = kept
                || (r.reason == RevisionReason::Conflict
                    && store.revisionDocument(r.id).value() == theirs);
        QVERIFY(kept);
    }

    void aReplayThatStopsHalfWayGoesOnWithoutAConflict()
    {
        // A save waits for a row another connection holds no longer than this, then is Busy.
        qputenv("GALLEY_STORE_BUSY_TIMEOUT_MS", "200");
        const QString location = m_server.store(u"halfway"_s);
        Store store;
        QVERIFY(store.open(location));
        const qint64 a = store.createIssue(doc(0)).value();
        const qint64 b = store.createIssue(doc(0)).value();
        const qint64 baseA = store.issue(a)->version, baseB = store.issue(b)->version;
        OfflineJournal journal(location, m_dir.filePath(u"halfway.sqlite"_s));
        QVERIFY(journal.open());
        QVERIFY(journal.add(a, baseA, doc(1)));
        QVERIFY(journal.add(b, baseB, doc(2)));
        QVERIFY(journal.add(a, baseA, doc(3))); // typed after doc(1), on the same base
        {
            // Someone else's transaction holds issue b's row: the replay stops at it.
            const auto where = StoreLocation::parse(location).value();
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QPSQL"_s, u"holder"_s);
            other.setHostName(where.host);
            other.setPort(where.port);
            other.setUserName(where.user);
            other.setDatabaseName(where.database);
            QVERIFY(other.open());
            QVERIFY(other.transaction());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(u"SELECT id FROM halfway.issues WHERE id = %1 FOR UPDATE"_s.arg(b)));
            const JournalReplay first = journal.replay(store);
            QCOMPARE(first.written, 1);
            QVERIFY(first.error && first.error->code == Error::Busy);
            QCOMPARE(journal.count().value(), 2);
            hold.finish();
            other.rollback();
            other.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        const JournalReplay rest = journal.replay(store);
        QVERIFY2(!rest.error, qPrintable(rest.error ? rest.error->message : QString()));
        QCOMPARE(rest.written, 2);
        // doc(3) follows doc(1), written by the first replay: no conflict with our own text.
        QCOMPARE(rest.conflicts, 0);
        QCOMPARE(store.issue(a)->document, doc(3));
        QCOMPARE(store.issue(b)->document, doc(2));
        qunsetenv("GALLEY_STORE_BUSY_TIMEOUT_MS");
    }

    void aJournalLeftByACrashIsReplayedOnTheNextOpen()
    {
        const QString location = m_server.store(u"crash"_s);
        const QString path = m_dir.filePath(u"crash.sqlite"_s);
        qint64 id = 0;
        {
            Store store;
            QVERIFY(store.open(location));
            id = store.createIssue(doc(0)).value();
            const qint64 base = store.issue(id)->version;
            OfflineJournal journal(location, path);
            QVERIFY(journal.open());
            QVERIFY(m_server.kill());
            for (int n = 1; n <= 2; ++n)
                QVERIFY(journal.add(id, base, doc(n)));
            // Galley ends here without replaying (a crash, or closed while offline).
        }
        QVERIFY(m_server.restart());
        Store store;
        QVERIFY(store.open(location));
        OfflineJournal journal(location, path);
        QVERIFY(journal.open());
        QCOMPARE(journal.count().value(), 2);
        // Another store's journal in the same file is not this one's.
        OfflineJournal other(m_server.store(u"other"_s), path);
        QVERIFY(other.open());
        QCOMPARE(other.count().value(), 0);
        const JournalReplay replayed = journal.replay(store);
        QCOMPARE(replayed.written, 2);
        QCOMPARE(store.issue(id)->document, doc(2));
        QCOMPARE(journal.count().value(), 0);
        // Replaying an entry whose save committed before the crash deleted it changes nothing.
        QVERIFY(journal.add(id, 0, doc(2)));
        const qint64 version = store.issue(id)->version;
        QCOMPARE(journal.replay(store).written, 1);
        QCOMPARE(store.issue(id)->version, version);
    }
};

QTEST_GUILESS_MAIN(TestPgOffline)
#include "tst_pgoffline.moc"
