#include "storetesthelpers.h"

#include "store/store.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using galley::Error;
using galley::Store;

// Two processes on one store at once: the CLI importing an archive while two writers edit the
// same draft. Nothing may be corrupted, and no save may silently overwrite another.
class TestTwoProcess : public QObject
{
    Q_OBJECT
private slots:
    void importWhileWritersContend()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"shared.sqlite"_s);
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
        for (QProcess *p : {&import, &writerA, &writerB}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        QVERIFY(import.readAllStandardOutput().contains("\"added\": 300"));
        int saved = 0, conflicts = 0;
        for (QProcess *w : {&writerA, &writerB}) {
            const QList<QByteArray> parts = w->readAllStandardOutput().trimmed().split(' ');
            QCOMPARE(parts.size(), 4);
            QCOMPARE(parts.at(0), QByteArray("saved"));
            saved += parts.at(1).toInt();
            conflicts += parts.at(3).toInt();
        }
        QCOMPARE(saved + conflicts, 300);
        QVERIFY(saved > 0);

        QCOMPARE(observer.integrityCheck().value(), u"ok"_s);
        QCOMPARE(observer.listIssues()->size(), files + 1);
        // Every successful save is there: one version step and one revision each, none lost.
        const auto now = observer.issue(draft);
        QCOMPARE(now->version, 1 + saved);
        QCOMPARE(observer.revisions(draft)->size(), 1 + saved);
        // And a save based on what we read before all this is a conflict, not an overwrite.
        const auto late = observer.saveDocument(draft, u"stale"_s, stale->version);
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, Error::Conflict);
        QCOMPARE(observer.issue(draft)->document, now->document);
        qInfo("%d saves, %d conflicts reported", saved, conflicts);
    }
};

QTEST_GUILESS_MAIN(TestTwoProcess)
#include "tst_twoprocess.moc"
