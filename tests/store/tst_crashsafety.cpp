#include "storetesthelpers.h"

#include "store/store.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

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
        constexpr int kills = 30;
        int runsThatWrote = 0;
        for (int round = 0; round < kills; ++round) {
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
        QVERIFY(runsThatWrote > kills / 2);

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
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
