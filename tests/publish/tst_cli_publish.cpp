// `galley publish OUTDIR`: the site from the fixture archive, its JSON report, the refusals
// (a base URL that is not http(s), a folder that holds no Galley site) with exit code 2 and a
// message, --force, and a full disk (simulated) that leaves the previous site in place.
#include "fixturearchive.h"
#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using galley::testsupport::runGalley;

class TestCliPublish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    testsupport::ProcessRun publish(const QStringList &args,
                                    const QProcessEnvironment &env
                                    = QProcessEnvironment::systemEnvironment())
    {
        return runGalley(QStringList {u"publish"_s, u"--db"_s, m_db} + args, 60000, env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"galley.sqlite"_s);
        QVERIFY(testsupport::importFixtureArchive(m_db));
    }

    void refusesWithExitCodeTwo()
    {
        const QString out = m_dir.filePath(u"refused"_s);
        auto run = publish({out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"base URL"_s), run.err.constData());
        run = publish({out, u"--base-url"_s, u"ftp://news.example.com/"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"not an http or https address"_s));
        QVERIFY(!QFileInfo::exists(out));
        run = publish({});
        QCOMPARE(run.exitCode, 2);

        QVERIFY(QDir().mkpath(out));
        QFile mine(out + u"/index.html"_s);
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("my own page");
        mine.close();
        run = publish({out, u"--base-url"_s, u"https://news.example.com/"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"--force"_s));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden).size(), 1);
        run = publish({out, u"--base-url"_s, u"https://news.example.com/"_s, u"--force"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo::exists(out + u"/.galley-site.json"_s));
    }

    void publishesAndReportsAsJson()
    {
        const QString out = m_dir.filePath(u"site"_s);
        const auto run
            = publish({out, u"--base-url"_s, u"https://news.example.com/"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(u"issues"_s).toInt(), 3);
        QCOMPARE(report.value(u"files"_s).toInt(), 8);
        QCOMPARE(report.value(u"written"_s).toArray().size(), 8);
        QVERIFY(QFileInfo::exists(out + u"/issues/103/index.html"_s));
        QVERIFY(QFileInfo::exists(out + u"/.galley-site.json"_s));

        const auto again = publish({out, u"--base-url"_s, u"https://news.example.com/"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.outText().contains(u": 0 file"_s), again.out.constData());
        QVERIFY(again.outText().contains(u"8 unchanged"_s));
    }

    void settingOptionsAreCheckedAndKept()
    {
        const QString out = m_dir.filePath(u"settings"_s);
        auto run = publish({out, u"--per-page"_s, u"0"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"--per-page"_s));
        run = publish({out, u"--slug-pattern"_s, u"{year}"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"{number}"_s));
        run = publish({out, u"--view-online"_s, u"elsewhere"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFileInfo::exists(out));

        run = publish({out, u"--title"_s, u"Ops Archive"_s, u"--per-page"_s, u"2"_s,
                       u"--slug-pattern"_s, u"{year}/{number}"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo::exists(out + u"/2025/101/index.html"_s));
        QVERIFY(QFileInfo::exists(out + u"/page/2/index.html"_s));
        QFile index(out + u"/index.html"_s);
        QVERIFY(index.open(QIODevice::ReadOnly));
        QVERIFY(index.readAll().contains("<title>Ops Archive</title>"));
        // Kept: the next publish without options makes the same site.
        run = publish({out, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"written"_s).toArray().size(), 0);
        QVERIFY(publish({out, u"--per-page"_s, u"10"_s, u"--slug-pattern"_s, u"issues/{number}"_s,
                         u"--title"_s, QString()})
                    .exitCode
                == 0);
        QVERIFY(!QFileInfo::exists(out + u"/2025"_s)); // the old addresses are gone
    }

    // `galley import` and `galley publish` share one progress line (ProgressLine): on a terminal
    // (script(1) gives them one) each count rewrites the line in place, and the line ends before
    // the summary.
    void progressLineOnATerminal()
    {
        const QString db = m_dir.filePath(u"progress.sqlite"_s);
        const QString out = m_dir.filePath(u"progress-site"_s);
        const auto onTerminal = [](const QString &command) {
            return testsupport::runProcess(u"script"_s, {u"-qec"_s, command, u"/dev/null"_s},
                                           60000);
        };
        const QString galley = QStringLiteral(GALLEY_BINARY);
        QStringList files;
        for (const QString &name : testsupport::fixtureArchiveNames())
            files << u"'"_s + testsupport::fixturePath(name) + u"'"_s;
        auto run = onTerminal(u"'%1' import --db '%2' %3"_s.arg(galley, db, files.join(u' ')));
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QVERIFY2(run.out.contains("\rImporting: 3 of 3 files\r\n"), run.out.constData());
        run = onTerminal(
            u"'%1' publish --db '%2' '%3' --base-url https://p.example/"_s.arg(galley, db, out));
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QVERIFY2(run.out.contains("\rPublishing: 3 of 3 issues rendered\r\nPublished 3 issues"),
                 run.out.constData());
        // Not on a terminal and quick: no progress line at all.
        const auto plain = publish({out});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.err.contains("Publishing:"));
    }

    void fullDiskKeepsThePreviousSite()
    {
        const QString out = m_dir.filePath(u"full"_s);
        QCOMPARE(publish({out, u"--base-url"_s, u"https://a.example/"_s}).exitCode, 0);
        QFile index(out + u"/index.html"_s);
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray before = index.readAll();
        index.close();
        // Another base URL changes every page; the disk "fills" after 1 KB.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GALLEY_PUBLISH_FAIL_AFTER_BYTES"_s, u"1000"_s);
        const auto run = publish({out, u"--base-url"_s, u"https://b.example/"_s}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"previous site is left as it was"_s), run.err.constData());
        QVERIFY(index.open(QIODevice::ReadOnly));
        QCOMPARE(index.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliPublish)
#include "tst_cli_publish.moc"
