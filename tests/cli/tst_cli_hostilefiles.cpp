// Files that are not regular files, handed to the real `galley`: /dev/zero was read until memory
// ran out, a FIFO hung forever, a folder holding a link to /dev/zero aborted the whole import.
// Each is now a clear error naming the file (exit 2), and an import goes on with the others.
// A --db address (postgresql://…) was taken for a path and silently created a folder named
// "postgresql:": it now opens PostgreSQL (here: no server, a clear error), any other scheme is
// refused, and nothing is created.
#include "fixturefiles.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using galley::testsupport::runGalley;

class TestCliHostileFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_fifo;

    QProcessEnvironment env(const QString &db) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"GALLEY_DB"_s, db);
        return e;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fifo = m_dir.filePath(u"pipe.md"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
    }

    void anAddressIsNoPath()
    {
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(cwd.path()));
        // A socket folder where no server listens (this test's own empty folder): nothing is
        // reached, not even a server the machine may run on localhost.
        const auto byOption = runGalley(
            {u"list"_s, u"--db"_s, u"postgresql://editor@/galley?host="_s + cwd.path()});
        const auto byEnvironment = runGalley({u"list"_s}, 60000, env(u"mysql://db/galley"_s));
        QVERIFY(QDir::setCurrent(before));
        QCOMPARE(byOption.exitCode, 2);
        QVERIFY2(byOption.errText().contains(u"Cannot reach the PostgreSQL server "_s + cwd.path()),
                 byOption.err.constData());
        QCOMPARE(byEnvironment.exitCode, 2);
        QVERIFY2(byEnvironment.errText().contains(u"“mysql:” is not a kind of store"_s),
                 byEnvironment.err.constData());
        QCOMPARE(QDir(cwd.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
        // A file name with a colon is still a file name.
        const auto colon = runGalley({u"list"_s, u"--db"_s, cwd.filePath(u"notes:2025.sqlite"_s)});
        QCOMPARE(colon.exitCode, 0);
    }

    void notRegularFilesAreClearErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("command");
        QTest::newRow("export /dev/zero") << u"/dev/zero"_s << u"export"_s;
        QTest::newRow("export fifo") << u"FIFO"_s << u"export"_s;
        QTest::newRow("check /dev/zero") << u"/dev/zero"_s << u"check"_s;
        QTest::newRow("check fifo") << u"FIFO"_s << u"check"_s;
        QTest::newRow("export link to /dev/zero") << u"LINK"_s << u"export"_s;
    }

    void notRegularFilesAreClearErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, command);
        if (path == u"FIFO"_s)
            path = m_fifo;
        if (path == u"LINK"_s) {
            path = m_dir.filePath(u"zero-link.md"_s);
            QFile::remove(path);
            QVERIFY(QFile::link(u"/dev/zero"_s, path));
        }
        QStringList args {command, path};
        if (command == u"export"_s)
            args << u"--to"_s << u"html"_s;
        // Seconds, not minutes: before the fix these ran out of memory or never ended.
        const auto run = runGalley(args, 15000, env(m_dir.filePath(u"x.sqlite"_s)));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(path), run.err.constData());
        QVERIFY2(run.errText().contains(u"not a regular file"_s), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // In a sticky world-writable folder (/tmp), a link planted by another user made
    // `export -o` replace the link's target.
    void exportRefusesALinkPlantedByAnotherUser()
    {
        const QString shared = m_dir.filePath(u"shared-tmp"_s);
        QVERIFY(QDir().mkpath(shared));
        QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0);
        const QString victim = m_dir.filePath(u"victim.txt"_s);
        QVERIFY(QFile(victim).open(QIODevice::WriteOnly));
        const QString link = shared + u"/issue.html"_s;
        QVERIFY(QFile::link(victim, link));
        if (::lchown(QFile::encodeName(link).constData(), 65534, 65534) != 0)
            QSKIP("Giving the link to another user needs root (CI runs as root).");
        const QString fixture = galley::testsupport::fixturePath(u"ops-weekly-101.md"_s);
        const auto run = runGalley({u"export"_s, fixture, u"--to"_s, u"html"_s, u"-o"_s, link},
                                   15000, env(m_dir.filePath(u"x.sqlite"_s)));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"symbolic link"_s), run.err.constData());
        QCOMPARE(QFileInfo(victim).size(), 0);
        // The user's own link there is followed as before.
        QVERIFY(QFile::remove(link));
        QVERIFY(QFile::link(victim, link));
        QCOMPARE(runGalley({u"export"_s, fixture, u"--to"_s, u"html"_s, u"-o"_s, link}, 15000,
                           env(m_dir.filePath(u"x.sqlite"_s)))
                     .exitCode,
                 0);
        QVERIFY(QFileInfo(victim).size() > 0);
    }

    void importGoesOnWithTheOtherFiles()
    {
        const QString folder = m_dir.filePath(u"archive"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString fixture = galley::testsupport::fixturePath(u"ops-weekly-101.md"_s);
        QVERIFY(QFile::copy(fixture, folder + u"/ops-weekly-101.md"_s));
        QVERIFY(QFile::link(u"/dev/zero"_s, folder + u"/zero.md"_s));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + u"/fifo.md"_s).constData(), 0600), 0);
        const auto run = runGalley({u"import"_s, folder, m_fifo, u"--json"_s}, 30000,
                                   env(m_dir.filePath(u"import.sqlite"_s)));
        QCOMPARE(run.exitCode, 1); // problems found, the rest imported
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(u"added"_s).toInt(), 1);
        QStringList failed;
        for (const auto &e : report.value(u"errors"_s).toArray())
            failed << QFileInfo(e.toObject().value(u"file"_s).toString()).fileName();
        failed.sort();
        QCOMPARE(failed, (QStringList {u"fifo.md"_s, u"pipe.md"_s, u"zero.md"_s}));
        QVERIFY2(run.errText().contains(u"not a regular file"_s), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHostileFiles)
#include "tst_cli_hostilefiles.moc"
