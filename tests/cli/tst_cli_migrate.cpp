// `galley migrate --from PATH|URL --to PATH|URL [--json]` through the real `galley`: the fixture
// archive with a setting copied into a new store (a file, or in the tst_cli_migrate_pg twin a
// schema on the suite's PostgreSQL server) and from there into a file again, the counts and
// checksums printed, search on the copy as on the original, the original's bytes unchanged; and
// the refusals (exit 2, nothing written): a target that is not new, a missing source, a scheme
// Galley does not know, a missing --to.
#include "../store/storetesthelpers.h"
#include "fixturearchive.h"
#include "processrun.h"

#include "store/store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using galley::testsupport::ProcessRun;
using galley::testsupport::runGalley;

namespace {
QByteArray fileSha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}
} // namespace

class TestCliMigrate : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    storetest::FreshStores m_stores; // the copy's engine: SQLite, or PostgreSQL in the _pg twin
    QString m_source;

private slots:
    void initTestCase()
    {
        m_source = m_dir.filePath(u"source.sqlite"_s);
        QVERIFY(galley::testsupport::importFixtureArchive(m_source));
        galley::Store s;
        QVERIFY(s.open(m_source));
        QVERIFY(s.setSetting(u"newsletter.name"_s, u"Ops Weekly"_s));
    }

    void copiesAndChecks()
    {
        const QByteArray before = fileSha(m_source);
        const QString target
            = m_stores.postgres() ? m_stores.fresh() : m_dir.filePath(u"sub/copy.sqlite"_s);
        const ProcessRun run
            = runGalley({u"migrate"_s, u"--from"_s, m_source, u"--to"_s, target, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY(report.value(u"verified"_s).toBool());
        QCOMPARE(report.value(u"indexed"_s).toInt(), 3);
        QHash<QString, QJsonObject> tables;
        for (const QJsonValue &v : report.value(u"tables"_s).toArray())
            tables.insert(v.toObject().value(u"table"_s).toString(), v.toObject());
        QCOMPARE(tables.size(), 10);
        QCOMPARE(tables.value(u"issues"_s).value(u"rows"_s).toInt(), 3);
        QCOMPARE(tables.value(u"settings"_s).value(u"rows"_s).toInt(), 1);
        QCOMPARE(tables.value(u"inbox"_s).value(u"rows"_s).toInt(), 0);
        QCOMPARE(tables.value(u"issues"_s).value(u"sha256"_s).toString().size(), 64);
        QCOMPARE(fileSha(m_source), before);
        // A reader of a WAL store may leave SQLite's -wal beside it, but never anything in it.
        QCOMPARE(QFileInfo(m_source + u"-wal"_s).size(), 0);

        // The copy answers as the original does.
        for (const QString &word : {u"incident"_s, u"kubernetes"_s, u"pagerly"_s}) {
            const ProcessRun a = runGalley({u"search"_s, word, u"--db"_s, m_source});
            const ProcessRun b = runGalley({u"search"_s, word, u"--db"_s, target});
            QCOMPARE(b.exitCode, 0);
            QCOMPARE(b.out, a.out);
        }
        QVERIFY(!runGalley({u"search"_s, u"incident"_s, u"--db"_s, target}).out.isEmpty());

        // Text: a line per table and a sentence.
        const QString again = m_dir.filePath(u"again.sqlite"_s);
        const ProcessRun text = runGalley({u"migrate"_s, u"--from"_s, target, u"--to"_s, again});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.outText().contains(u"settings\t1\t"_s
                                         + tables.value(u"settings"_s).value(u"sha256"_s).toString()
                                         + u'\n'),
                 text.out.constData());
        QVERIFY2(text.outText().contains(u"checksum match the original"_s), text.out.constData());

        // Without --from: the store GALLEY_DB (or --db) names.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GALLEY_DB"_s, m_source);
        const QString third = m_dir.filePath(u"third.sqlite"_s);
        const ProcessRun byDefault
            = runGalley({u"migrate"_s, u"--to"_s, third, u"--json"_s}, 60000, env);
        QVERIFY2(byDefault.exitCode == 0, byDefault.err.constData());
        QCOMPARE(QJsonDocument::fromJson(byDefault.out).object().value(u"tables"_s),
                 report.value(u"tables"_s));
    }

    void refusesWithoutWriting()
    {
        // Into a store that is not new.
        const ProcessRun twice
            = runGalley({u"migrate"_s, u"--from"_s, m_source, u"--to"_s, m_source + u".not-new"_s});
        QCOMPARE(twice.exitCode, 0);
        const QByteArray before = fileSha(m_source + u".not-new"_s);
        const ProcessRun notNew
            = runGalley({u"migrate"_s, u"--from"_s, m_source, u"--to"_s, m_source + u".not-new"_s});
        QCOMPARE(notNew.exitCode, 2);
        QVERIFY2(notNew.errText().contains(u"not empty"_s), notNew.err.constData());
        QCOMPARE(fileSha(m_source + u".not-new"_s), before);

        // From a store that is not there: nothing is created in its place, nor the target.
        const QString missing = m_dir.filePath(u"missing.sqlite"_s);
        const QString target = m_dir.filePath(u"never.sqlite"_s);
        const ProcessRun gone = runGalley({u"migrate"_s, u"--from"_s, missing, u"--to"_s, target});
        QCOMPARE(gone.exitCode, 2);
        QVERIFY2(gone.errText().contains(u"There is no store file here"_s), gone.err.constData());
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(target));

        // A scheme Galley does not know, either way round.
        const ProcessRun scheme = runGalley(
            {u"migrate"_s, u"--from"_s, m_source, u"--to"_s, u"mysql://db.example.com/news"_s});
        QCOMPARE(scheme.exitCode, 2);
        QVERIFY2(scheme.errText().contains(u"mysql"_s), scheme.err.constData());
        QCOMPARE(runGalley({u"migrate"_s, u"--from"_s, u"ftp://x/y"_s, u"--to"_s, target}).exitCode,
                 2);
        QVERIFY(!QFile::exists(target));

        const ProcessRun usage = runGalley({u"migrate"_s, u"--from"_s, m_source});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.errText().contains(u"--to"_s), usage.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
