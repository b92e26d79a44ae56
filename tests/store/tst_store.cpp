#include "storetesthelpers.h"

#include "store/revisionthinning.h"
#include "store/store.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using galley::Error;
using galley::IssueStatus;
using galley::RevisionReason;
using galley::Store;

// Issues, revisions, trash, settings and conflicts through the Store API, on SQLite and (as
// tst_store_pg) on PostgreSQL.
class TestStore : public QObject
{
    Q_OBJECT
private:
    storetest::FreshStores m_stores;
    QString freshPath() { return m_stores.fresh(); }

private slots:

    void createReadAndDerivedFields()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const auto id = store.createIssue(storetest::issueText(42), IssueStatus::Draft);
        QVERIFY(id.ok());
        const auto issue = store.issue(*id);
        QVERIFY(issue.ok());
        QCOMPARE(issue->number, std::optional<int>(42));
        QCOMPARE(issue->title, u"TEST WEEKLY ISSUE #42 - a week"_s);
        QCOMPARE(issue->date.date(), QDate(2024, 3, 15));
        QCOMPARE(issue->status, IssueStatus::Draft);
        QCOMPARE(issue->version, 1);
        QCOMPARE(issue->document, storetest::issueText(42));
        QVERIFY(!issue->deleted);
        QVERIFY(issue->created.isValid());
        QCOMPARE(store.issue(*id + 100).error().code, Error::NotFound);
    }

    void brokenFrontMatterStillSaves()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const QString text = u"---\ntitle: [unclosed\n---\n\nBody text survives.\n"_s;
        const auto id = store.createIssue(text);
        QVERIFY(id.ok());
        QCOMPARE(store.issue(*id)->document, text);
    }

    void listIsNewestFirstWithoutDocuments()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        for (int n : {5, 7, 6}) {
            const auto created = store.createIssue(storetest::issueText(n), IssueStatus::Sent);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        }
        const auto list = store.listIssues();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).number, std::optional<int>(7));
        QCOMPARE(list->at(1).number, std::optional<int>(6));
        QCOMPARE(list->at(2).number, std::optional<int>(5));
    }

    void saveDerivesAgainAndKeepsRevisions()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 id = store.createIssue(storetest::issueText(1)).value();
        auto v2 = store.saveDocument(id, storetest::issueText(2), 1, RevisionReason::Manual);
        QVERIFY(v2.ok());
        QCOMPARE(*v2, 2);
        QCOMPARE(store.issue(id)->number, std::optional<int>(2));
        auto v3 = store.saveDocument(id, storetest::issueText(3), 2, RevisionReason::Autosave);
        QCOMPARE(*v3, 3);
        const auto revs = store.revisions(id);
        QCOMPARE(revs->size(), 3);
        QCOMPARE(revs->at(0).reason, RevisionReason::Autosave);
        QCOMPARE(revs->at(1).reason, RevisionReason::Manual);
        QCOMPARE(revs->at(2).reason, RevisionReason::Manual);
        QCOMPARE(store.revisionDocument(revs->at(2).id).value(), storetest::issueText(1));
        QCOMPARE(revs->at(0).size, storetest::issueText(3).toUtf8().size());
    }

    void staleVersionIsAConflict()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 id = store.createIssue(storetest::issueText(1)).value();
        QVERIFY(store.saveDocument(id, storetest::issueText(2), 1).ok());
        const auto stale = store.saveDocument(id, u"lost?"_s, 1);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Error::Conflict);
        QCOMPARE(store.issue(id)->document, storetest::issueText(2));
        QCOMPARE(store.saveDocument(id + 50, u"x"_s, 1).error().code, Error::NotFound);
    }

    void batchModes()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 id = store.createIssue(storetest::issueText(1)).value();

        // KeepOthers: the failed save is undone alone, the write before it is kept.
        QVERIFY(store.beginBatch(Store::BatchMode::KeepOthers).ok());
        QVERIFY(store.createIssue(storetest::issueText(2)).ok());
        QCOMPARE(store.saveDocument(id, u"stale"_s, 99).error().code, Error::Conflict);
        QVERIFY(store.commitBatch().ok());
        QCOMPARE(store.listIssues()->size(), 2);

        // AllOrNothing: without savepoints a failed write cannot be undone alone, so the commit
        // undoes the whole batch and says so.
        QVERIFY(store.beginBatch(Store::BatchMode::AllOrNothing).ok());
        QVERIFY(store.createIssue(storetest::issueText(3)).ok());
        QCOMPARE(store.saveDocument(id, u"stale"_s, 99).error().code, Error::Conflict);
        QVERIFY(store.createIssue(storetest::issueText(4)).ok());
        const auto committed = store.commitBatch();
        QVERIFY(!committed.ok());
        QVERIFY(!committed.error().message.isEmpty());
        QCOMPARE(store.listIssues()->size(), 2);
        QVERIFY(store.search(u"issue"_s)->size() == 2); // the index was undone with the rows

        // A clean AllOrNothing batch commits everything, and the store works normally after.
        QVERIFY(store.beginBatch(Store::BatchMode::AllOrNothing).ok());
        QVERIFY(store.createIssue(storetest::issueText(5)).ok());
        QVERIFY(store.createIssue(storetest::issueText(6)).ok());
        QVERIFY(store.commitBatch().ok());
        QCOMPARE(store.listIssues()->size(), 4);
        QCOMPARE(store.search(u"issue"_s)->size(), 4);
        QVERIFY(store.saveDocument(id, storetest::issueText(1, u"x"_s), 1).ok());
        QCOMPARE(store.integrityCheck().value(), u"ok"_s);
    }

    void conflictBetweenTwoStoresOnOneFile()
    {
        const QString file = freshPath();
        Store a;
        Store b;
        QVERIFY(a.open(file).ok());
        QVERIFY(b.open(file).ok());
        const qint64 id = a.createIssue(storetest::issueText(1)).value();
        const auto seenByB = b.issue(id);
        QVERIFY(seenByB.ok());
        QCOMPARE(seenByB->version, 1);
        const qint64 before = b.dataVersion().value();
        QVERIFY(a.saveDocument(id, u"A's edit"_s, 1).ok());
        // On PostgreSQL once the server's notification has come through the event loop.
        QTRY_VERIFY_WITH_TIMEOUT(b.dataVersion().value() != before, 2000);
        const auto fromB = b.saveDocument(id, u"B's edit"_s, seenByB->version);
        QVERIFY(!fromB.ok());
        QCOMPARE(fromB.error().code, Error::Conflict);
        QCOMPARE(b.issue(id)->document, u"A's edit"_s);
        // B reloads and saves on top: no conflict.
        QVERIFY(b.saveDocument(id, u"B's edit"_s, b.issue(id)->version).ok());
        QCOMPARE(a.issue(id)->document, u"B's edit"_s);
    }

    void setStatusBumpsVersion()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 id = store.createIssue(storetest::issueText(1)).value();
        const auto v = store.setStatus(id, IssueStatus::Scheduled);
        QCOMPARE(*v, 2);
        QCOMPARE(store.issue(id)->status, IssueStatus::Scheduled);
        QCOMPARE(store.setStatus(999, IssueStatus::Sent).error().code, Error::NotFound);
    }

    void restoreRevisionIsANewRevision()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 id = store.createIssue(storetest::issueText(1)).value();
        QVERIFY(store.saveDocument(id, storetest::issueText(2), 1, RevisionReason::Manual).ok());
        const qint64 firstRev = store.revisions(id)->last().id;
        QCOMPARE(store.restoreRevision(firstRev, 1).error().code, Error::Conflict);
        const auto v = store.restoreRevision(firstRev, 2);
        QVERIFY(v.ok());
        QCOMPARE(store.issue(id)->document, storetest::issueText(1));
        QCOMPARE(store.revisions(id)->size(), 3);
        QCOMPARE(store.revisions(id)->first().reason, RevisionReason::Restore);
        QCOMPARE(store.revisionDocument(99999).error().code, Error::NotFound);
    }

    void conflictingSaveKeepsBothTexts()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 id = store.createIssue(storetest::issueText(1)).value();
        // Elsewhere: an autosave on top of version 1.
        const QString theirs = storetest::issueText(2) + u"\ntheirs"_s;
        QVERIFY(store.saveDocument(id, theirs, 1, RevisionReason::Autosave).ok());
        // Here: a save still based on version 1.
        const QString ours = storetest::issueText(1) + u"\nours"_s;
        const auto kept = store.saveKeepingBoth(id, ours, 1);
        QVERIFY(kept.ok());
        QVERIFY(kept->keptOther);
        QCOMPARE(kept->version, 3);
        QCOMPARE(store.issue(id)->document, ours);
        const auto pinned = [&store, id] {
            QStringList texts;
            const auto revisions = store.revisions(id).value();
            for (const galley::RevisionInfo &r : revisions) {
                if (r.reason == RevisionReason::Conflict)
                    texts << store.revisionDocument(r.id).value();
            }
            return texts;
        };
        QCOMPARE(pinned(), QStringList {theirs});
        // Thinning only ever removes autosaves: a year on, the other text is still there.
        QVERIFY(store.thinRevisions(id, QDateTime::currentDateTimeUtc().addDays(365)).ok());
        QCOMPARE(pinned(), QStringList {theirs});
        // Without a conflict it is an ordinary save.
        const auto plain = store.saveKeepingBoth(id, ours + u"!"_s, 3);
        QVERIFY(plain.ok());
        QVERIFY(!plain->keptOther);
        QCOMPARE(store.revisions(id)->first().reason, RevisionReason::Autosave);
        QCOMPARE(store.saveKeepingBoth(999, ours, 1).error().code, Error::NotFound);
    }

    void thinningRule()
    {
        const QDateTime now(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);
        QList<galley::ThinningCandidate> revs;
        qint64 id = 0;
        // Every 10 minutes for the last 3 hours, then every 10 minutes on a day 3 days ago and
        // on a day 20 days ago.
        for (int m = 0; m < 180; m += 10)
            revs.append({++id, now.addSecs(-m * 60)});
        for (int m = 0; m < 120; m += 10)
            revs.append({++id, now.addDays(-3).addSecs(-m * 60)});
        for (int m = 0; m < 120; m += 10)
            revs.append({++id, now.addDays(-20).addSecs(-m * 60)});
        const QList<qint64> drop = galley::revisionsToThin(revs, now);
        QSet<qint64> kept;
        for (const auto &r : revs) {
            if (!drop.contains(r.id))
                kept.insert(r.id);
        }
        // Last hour: 0,10,...,50 minutes all kept.
        for (qint64 i = 1; i <= 6; ++i)
            QVERIFY(kept.contains(i));
        int olderHours = 0, threeDays = 0, twentyDays = 0;
        for (qint64 i : kept) {
            if (i > 6 && i <= 18)
                ++olderHours;
            else if (i > 18 && i <= 30)
                ++threeDays;
            else if (i > 30)
                ++twentyDays;
        }
        QVERIFY(olderHours >= 2 && olderHours <= 3); // one per hour: hours 1-2 and 2-3
        QVERIFY(threeDays >= 2 && threeDays <= 3); // two hours' worth, one each
        QCOMPARE(twentyDays, 1); // one per day
        QCOMPARE(galley::revisionsToThin({}, now).size(), 0);
    }

    void thinningKeepsManualRevisions()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 id = store.createIssue(storetest::issueText(1)).value();
        qint64 v = 1;
        for (int i = 0; i < 10; ++i)
            v = store.saveDocument(id, storetest::issueText(100 + i), v).value();
        QVERIFY(store.saveDocument(id, u"manual"_s, v, RevisionReason::Manual).ok());
        QCOMPARE(store.revisions(id)->size(), 12); // all recent: nothing thinned yet
        // Ten days later, the ten autosaves (all in one hour) collapse to one.
        const auto removed = store.thinRevisions(id, QDateTime::currentDateTimeUtc().addDays(10));
        QVERIFY(removed.ok());
        QVERIFY(*removed >= 8 && *removed <= 9); // 10 autosaves may straddle a day boundary
        int manual = 0;
        const auto revisions = store.revisions(id).value();
        for (const auto &r : revisions)
            manual += r.reason == RevisionReason::Manual ? 1 : 0;
        QCOMPARE(manual, 2);
    }

    void trashAndRestore()
    {
        Store store;
        QVERIFY(store.open(freshPath()).ok());
        const qint64 keep = store.createIssue(storetest::issueText(1)).value();
        const qint64 gone = store.createIssue(storetest::issueText(2)).value();
        QVERIFY(store.moveToTrash(gone).ok());
        QCOMPARE(store.listIssues()->size(), 1);
        QCOMPARE(store.listIssues()->first().id, keep);
        QCOMPARE(store.listTrash()->size(), 1);
        QVERIFY(store.issue(gone)->deleted);
        QVERIFY(store.search(u"story"_s)->size() == 1);
        QVERIFY(store.linkUses(u"https://news.example.org/2"_s)->isEmpty());
        QVERIFY(store.restoreFromTrash(gone).ok());
        QCOMPARE(store.listIssues()->size(), 2);
        QVERIFY(store.listTrash()->isEmpty());
        QCOMPARE(store.search(u"story"_s)->size(), 2);
        QCOMPARE(store.linkUses(u"https://news.example.org/2"_s)->size(), 1);
        // Only trashed issues can be deleted for good.
        QVERIFY(!store.deleteForever(keep).ok());
        QVERIFY(store.moveToTrash(keep).ok());
        QVERIFY(store.deleteForever(keep).ok());
        QCOMPARE(store.issue(keep).error().code, Error::NotFound);
        QVERIFY(store.revisions(keep)->isEmpty());
        QCOMPARE(store.moveToTrash(12345).error().code, Error::NotFound);
    }

    void settings()
    {
        const QString file = freshPath();
        Store store;
        QVERIFY(store.open(file).ok());
        QCOMPARE(store.setting(u"missing"_s, u"fallback"_s).value(), u"fallback"_s);
        QVERIFY(store.setSetting(u"newsletter.name"_s, u"Ops Weekly"_s).ok());
        QVERIFY(store.setSetting(u"newsletter.name"_s, u"Ops Weekly ✓"_s).ok());
        store.close();
        Store again;
        QVERIFY(again.open(file).ok());
        QCOMPARE(again.setting(u"newsletter.name"_s).value(), u"Ops Weekly ✓"_s);
    }

    void storeOnAWorkerThread()
    {
        // The GUI uses its own Store on a worker thread: connections are per instance.
        const QString file = freshPath();
        Store main;
        QVERIFY(main.open(file).ok());
        qint64 created = 0;
        QThread *t = QThread::create([&] {
            Store worker;
            if (worker.open(file).ok())
                created = worker.createIssue(storetest::issueText(9)).value();
        });
        t->start();
        t->wait();
        delete t;
        QVERIFY(created > 0);
        QCOMPARE(main.issue(created)->number, std::optional<int>(9));
    }
};

// What only a store file has: a backup is a copy of the file (VACUUM INTO).
class TestStoreFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(u"s%1.sqlite"_s.arg(++m_n)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backupWhileAnotherConnectionWrites()
    {
        const QString file = freshPath();
        {
            Store store;
            QVERIFY(store.open(file).ok());
            for (int i = 0; i < 50; ++i)
                QVERIFY(store.createIssue(storetest::issueText(i)).ok());
        }
        std::atomic<bool> stop = false;
        std::atomic<int> written = 0;
        QThread *writer = QThread::create([&] {
            Store store;
            if (!store.open(file).ok())
                return;
            const qint64 id = store.createIssue(storetest::issueText(1000)).value();
            qint64 v = 1;
            while (!stop) {
                auto saved = store.saveDocument(id, storetest::issueText(1000, u"edit %1"_s.arg(v)),
                                                v, RevisionReason::Manual);
                if (saved.ok()) {
                    v = *saved;
                    ++written;
                }
            }
        });
        writer->start();
        while (written < 5)
            QThread::msleep(5);
        Store store;
        QVERIFY(store.open(file).ok());
        const QString backup = m_dir.filePath(u"backup.sqlite"_s);
        for (int round = 0; round < 3; ++round) {
            const auto done = store.backupTo(backup); // replaces the previous one
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
        }
        stop = true;
        writer->wait();
        delete writer;
        Store copy;
        QVERIFY(copy.open(backup).ok());
        QCOMPARE(copy.integrityCheck().value(), u"ok"_s);
        QVERIFY(copy.listIssues()->size() >= 50);
        QCOMPARE(copy.search(u"story"_s, 100)->size(), copy.listIssues()->size());
        // No temporary files left next to the backup.
        QCOMPARE(QDir(m_dir.path()).entryList({u".backup*"_s}, QDir::Hidden | QDir::Files).size(),
                 0);
        QVERIFY(!store.backupTo(m_dir.path()).ok());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestStore store;
    int failed = QTest::qExec(&store, argc, argv);
    if (!storetest::isPostgres()) {
        TestStoreFile file;
        failed += QTest::qExec(&file, argc, argv);
    }
    return failed;
}

#include "tst_store.moc"
