#include "storetesthelpers.h"

#include "store/store.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using galley::Error;
using galley::RevisionReason;
using galley::Store;

// kill -9 at random moments while a process writes revisions: the store must open cleanly, pass
// integrity_check, and hold every revision the writer reported as committed, byte for byte.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"crash.sqlite"_s);
        QHash<qint64, QByteArray> reported; // revision id -> sha256 hex
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        // At least 30 kills, and more until over 50 revisions were committed: on a loaded
        // machine (CI runs tests in parallel) the writer gets less done between kills.
        constexpr int kills = 30;
        constexpr int maxRounds = 300;
        int runsThatWrote = 0;
        int round = 0;
        for (; round < maxRounds && (round < kills || reported.size() <= 50); ++round) {
            QProcess writer;
            writer.start(QStringLiteral(STORE_WRITER), {u"revisions"_s, db});
            QVERIFY(writer.waitForStarted());
            // Wait for the first commit now and then, so that kills land both while opening
            // and in the middle of the write loop.
            if (round % 3 == 0)
                writer.waitForReadyRead(5000);
            QTest::qWait(int(rng.bounded(50, 400)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(5000));
            const QByteArray out = writer.readAllStandardOutput();
            QVERIFY2(!out.contains("error"), out.constData());
            // Only whole lines were reported after a commit; a cut-off last line is not.
            const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
            int n = 0;
            for (const QByteArray &line : lines) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() != 2)
                    continue;
                reported.insert(parts.at(0).toLongLong(), parts.at(1));
                ++n;
            }
            runsThatWrote += n > 0 ? 1 : 0;
        }
        QVERIFY2(reported.size() > 50, qPrintable(u"only %1 revisions"_s.arg(reported.size())));
        // Every third run waits for the first commit before the kill, so those runs all wrote.
        QVERIFY2(runsThatWrote >= round / 3,
                 qPrintable(u"%1 of %2 runs wrote"_s.arg(runsThatWrote).arg(round)));

        Store store;
        const auto opened = store.open(db);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QCOMPARE(store.integrityCheck().value(), u"ok"_s);
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            const auto doc = store.revisionDocument(it.key());
            QVERIFY2(doc.ok(), qPrintable(u"revision %1 lost"_s.arg(it.key())));
            QCOMPARE(QCryptographicHash::hash(doc->toUtf8(), QCryptographicHash::Sha256).toHex(),
                     it.value());
        }
        // Every issue still reads, and its document is its newest revision.
        const auto issues = store.listIssues().value();
        for (const auto &summary : issues) {
            const auto issue = store.issue(summary.id);
            QVERIFY(issue.ok());
            const auto revs = store.revisions(summary.id);
            QVERIFY(!revs->isEmpty());
            QCOMPARE(store.revisionDocument(revs->first().id).value(), issue->document);
        }
    }

    void fullDiskIsAClearErrorAndLosesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"full.sqlite"_s);
        QStringList kept; // every revision's document, oldest first
        qint64 id = 0;
        {
            Store store;
            QVERIFY(store.open(db).ok());
            kept << storetest::issueText(7);
            id = store.createIssue(kept.last()).value();
            qint64 version = 1;
            for (int i = 0; i < 5; ++i) {
                kept << storetest::issueText(7, u"Edit %1."_s.arg(i));
                version
                    = store.saveDocument(id, kept.last(), version, RevisionReason::Manual).value();
            }
        } // closing folds the WAL into the file
        const qint64 size = QFileInfo(db).size();
        QVERIFY(size > 0);

        // The child may write files of at most this size, as on a disk with 256 KB left; its
        // save adds 2 MB. SIGXFSZ ignored: the write fails with EFBIG instead of killing it.
        const rlim_t limit = rlim_t(size) + 256 * 1024;
        QProcess child;
        child.setChildProcessModifier([limit] {
            const rlimit rl {limit, limit};
            setrlimit(RLIMIT_FSIZE, &rl);
            signal(SIGXFSZ, SIG_IGN);
        });
        child.start(QStringLiteral(STORE_WRITER),
                    {u"save-big"_s, db, QString::number(id), QString::number(2 * 1024 * 1024)});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAllStandardOutput().trimmed();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit, out.constData());
        QVERIFY2(out.startsWith("error "), out.constData());
        // DiskFull when SQLite saw the write come short (SQLITE_FULL), else the refused write;
        // either way a sentence that names the likely cause, not a crash.
        const int code = out.split(' ').value(1).toInt();
        QVERIFY2(code == int(Error::DiskFull) || code == int(Error::Failed), out.constData());
        QVERIFY2(out.contains("full"), out.constData());

        // Everything saved before is there, intact; the failed save left nothing behind.
        Store store;
        const auto opened = store.open(db);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QCOMPARE(store.integrityCheck().value(), u"ok"_s);
        QCOMPARE(store.issue(id)->document, kept.last());
        const auto revisions = store.revisions(id).value();
        QCOMPARE(revisions.size(), kept.size());
        for (int i = 0; i < int(kept.size()); ++i)
            QCOMPARE(store.revisionDocument(revisions.at(i).id).value(),
                     kept.at(kept.size() - 1 - i));
        // And the store still takes saves once there is room again.
        QVERIFY(store
                    .saveDocument(id, kept.last() + u"More."_s, store.issue(id)->version,
                                  RevisionReason::Manual)
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
