#include "storetesthelpers.h"

#include "store/store.h"

#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using galley::Error;
using galley::Store;

// Two processes on one store at once: the CLI importing an archive while two writers edit the
// same draft as the editor does. Nothing may be corrupted, and no save may silently overwrite
// another: on a conflict both texts are kept. On SQLite and (tst_twoprocess_pg) on one
// PostgreSQL store.
class TestTwoProcess : public QObject
{
    Q_OBJECT
private:
    storetest::FreshStores m_stores;

private slots:
    void importWhileWritersContend()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = m_stores.fresh();
        const QString archive = dir.filePath(u"archive"_s);
        QVERIFY(QDir().mkpath(archive));
        constexpr int files = 300;
        for (int i = 0; i < files; ++i) {
            QVERIFY(storetest::writeBytes(archive + u"/issue-%1.md"_s.arg(i),
                                          storetest::issueText(1000 + i).toUtf8()));
        }
        qint64 draft = 0;
        {
            Store store;
            QVERIFY(store.open(db).ok());
            draft = store.createIssue(storetest::issueText(1)).value();
        }
        Store observer;
        QVERIFY(observer.open(db).ok());
        const auto stale = observer.issue(draft);
        QVERIFY(stale.ok());

        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GALLEY_DB"_s, db);
        import.setProcessEnvironment(env);
        import.start(QStringLiteral(GALLEY_BINARY), {u"import"_s, archive, u"--json"_s});
        QProcess writerA, writerB;
        writerA.start(QStringLiteral(STORE_WRITER),
                      {u"contend"_s, db, QString::number(draft), u"150"_s});
        writerB.start(QStringLiteral(STORE_WRITER),
                      {u"contend"_s, db, QString::number(draft), u"150"_s});
        // Their lines name them by process id, which QProcess forgets once they have finished.
        QVERIFY(writerA.waitForStarted() && writerB.waitForStarted());
        const QHash<QProcess *, qint64> pids {{&writerA, writerA.processId()},
                                              {&writerB, writerB.processId()}};
        for (QProcess *p : {&import, &writerA, &writerB}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        QVERIFY(import.readAllStandardOutput().contains("\"added\": 300"));
        int saved = 0, conflicts = 0;
        QStringList edits; // every "edit PID I" line a writer saved
        for (QProcess *w : {&writerA, &writerB}) {
            const QList<QByteArray> parts = w->readAllStandardOutput().trimmed().split(' ');
            QCOMPARE(parts.size(), 4);
            QCOMPARE(parts.at(0), QByteArray("saved"));
            saved += parts.at(1).toInt();
            conflicts += parts.at(3).toInt();
            for (int i = 0; i < 150; ++i)
                edits << u"edit %1 %2"_s.arg(pids.value(w)).arg(i);
        }
        // Every round saved: a save based on an older version keeps both texts instead of failing.
        QCOMPARE(saved, 300);
        // Two writers pausing between reading and saving do get in each other's way; this test
        // is about what happens then, so it must have happened.
        QVERIFY2(conflicts > 0, "the writers never conflicted");

        QCOMPARE(observer.integrityCheck().value(), u"ok"_s);
        QCOMPARE(observer.listIssues()->size(), files + 1);
        // Every save is there: one version step each, none lost.
        const auto now = observer.issue(draft);
        QCOMPARE(now->version, 1 + saved);
        // The texts replaced by a conflicting save are pinned: one Conflict revision per conflict,
        // and thinning (even a year on) keeps them all.
        const auto countConflicts = [&] {
            int n = 0;
            const auto revisions = observer.revisions(draft).value();
            for (const galley::RevisionInfo &r : revisions)
                n += r.reason == galley::RevisionReason::Conflict ? 1 : 0;
            return n;
        };
        QCOMPARE(countConflicts(), conflicts);
        QVERIFY(observer.thinRevisions(draft, QDateTime::currentDateTimeUtc().addDays(365)).ok());
        QCOMPARE(countConflicts(), conflicts);
        // Nothing written is lost: every line a writer saved is in the text or in a revision
        // that is still there after thinning.
        QString everything = now->document + u'\n';
        const auto kept = observer.revisions(draft).value();
        for (const galley::RevisionInfo &r : kept)
            everything += observer.revisionDocument(r.id).value() + u'\n';
        for (const QString &edit : std::as_const(edits))
            QVERIFY2(everything.contains(edit + u'\n'), qPrintable(u"lost: "_s + edit));
        // And a plain save based on what we read before all this is a conflict, not an overwrite.
        const auto late = observer.saveDocument(draft, u"stale"_s, stale->version);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, Error::Conflict);
        QCOMPARE(observer.issue(draft)->document, now->document);
        qInfo("%d saves, %d of them conflicts with both texts kept", saved, conflicts);
    }
};

QTEST_GUILESS_MAIN(TestTwoProcess)
#include "tst_twoprocess.moc"
