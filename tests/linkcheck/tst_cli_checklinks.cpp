// `galley check FILE --links`, `--draft ID --links` and `--archive --links`, run as a separate
// process against a local server; the offline case in a network namespace of its own.
#include "linkserverprocess.h"
#include "processrun.h"

#include "linkcheck/linkcheck.h"
#include "store/store.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using galley::testsupport::runGalley;
using galley::testsupport::runProcess;

class TestCliCheckLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start(false));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"store.sqlite"_s);
        Store store;
        QVERIFY(store.open(m_db));
        QVERIFY(store.setSetting(u"linkcheck.timeoutMs"_s, u"2000"_s));
        QVERIFY(store.createIssue(issue(1,
                                        u"- [A](%1)\n- [B](%2)\n"_s.arg(m_server.url(u"/ok"_s),
                                                                        m_server.url(u"/gone"_s))),
                                  IssueStatus::Sent));
        QVERIFY(store.createIssue(issue(2,
                                        u"- [C](%1)\n- [D](%2)\n"_s.arg(m_server.url(u"/chain2"_s),
                                                                        m_server.url(u"/ok"_s))),
                                  IssueStatus::Sent));
        // A draft is no back issue: its broken link is not the archive's.
        const auto draft
            = store.createIssue(issue(3, u"- [E](%1)\n"_s.arg(m_server.url(u"/error"_s))));
        QVERIFY(draft);
        m_draft = *draft;
    }

    void fileLinksJoinThePreflight()
    {
        const QString path = m_dir.filePath(u"issue.md"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(issue(9,
                      u"- [Missing](%1)\n- ![Logo](%2)\n"_s.arg(m_server.url(u"/missing"_s),
                                                                m_server.url(u"/ok"_s)))
                    .toUtf8());
        f.close();
        const auto run = runGalley({u"check"_s, path, u"--links"_s, u"--json"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(u"clean"_s).toBool(), false);
        const QJsonArray links = o.value(u"links"_s).toArray();
        QCOMPARE(links.size(), 2);
        bool broken = false;
        for (const QJsonValue &p : o.value(u"problems"_s).toArray()) {
            if (p[u"rule"_s].toString() == u"broken-link") {
                broken = true;
                QCOMPARE(p[u"line"_s].toInt(), 10); // front matter (7 lines), ## News, a blank
                QVERIFY(p[u"message"_s].toString().contains(u"404"_s));
            }
        }
        QVERIFY2(broken, run.out.constData());
    }

    void draftLinks()
    {
        const auto run = runGalley({u"check"_s, u"--draft"_s, QString::number(m_draft),
                                    u"--links"_s, u"--json"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        const QJsonArray links = o.value(u"links"_s).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.at(0)[u"status"_s].toString(), u"http-error"_s);
        QCOMPARE(links.at(0)[u"httpStatus"_s].toInt(), 500);
        QCOMPARE(links.at(0)[u"broken"_s].toBool(), true);
    }

    void archiveGroupedByIssueThenFromCache()
    {
        const int before = m_server.count();
        const auto run = runGalley({u"check"_s, u"--archive"_s, u"--links"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 1);
        const QString out = run.outText();
        QVERIFY2(out.contains(u"#1 \"Issue 1\""_s), qPrintable(out));
        QVERIFY(out.contains(u"HTTP 410"_s));
        QVERIFY(out.contains(u"#2 \"Issue 2\""_s));
        QVERIFY(out.contains(u"[moved-link]"_s));
        QVERIFY(!out.contains(u"#3"_s)); // the draft
        QVERIFY(out.contains(u"3 links in 2 issues: 1 broken"_s));
        QVERIFY2(run.errText().contains(u"Checking links: 3 of 3"_s), run.err.constData());
        const int asked = m_server.count() - before;
        QVERIFY(asked >= 3);

        // Again: every answer from the cache, not one request.
        const auto again
            = runGalley({u"check"_s, u"--archive"_s, u"--links"_s, u"--json"_s, u"--db"_s, m_db});
        QCOMPARE(again.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(o.value(u"links"_s).toInt(), 3);
        QCOMPARE(o.value(u"fromCache"_s).toInt(), 3);
        QCOMPARE(o.value(u"broken"_s).toInt(), 1);
        QCOMPARE(o.value(u"issues"_s).toArray().size(), 2);
        QCOMPARE(m_server.count(), before + asked);

        // --since leaves the older issue out.
        const auto since = runGalley({u"check"_s, u"--archive"_s, u"--links"_s, u"--since"_s,
                                      u"2025-01-08"_s, u"--db"_s, m_db});
        QCOMPARE(since.exitCode, 0);
        QVERIFY(since.outText().contains(u"2 links in 1 issues: 0 broken"_s));
    }

    // A run stopped half-way keeps what it learnt: the next one asks only for the rest.
    void archiveResumes()
    {
        const QString db = m_dir.filePath(u"resume.sqlite"_s);
        {
            Store store;
            QVERIFY(store.open(db));
            QVERIFY(store.setSetting(u"linkcheck.timeoutMs"_s, u"1000"_s));
            QVERIFY(store.createIssue(
                issue(1,
                      u"- [A](%1)\n- [B](%2)\n- [C](%3)\n"_s.arg(m_server.url(u"/temporary"_s),
                                                                 m_server.url(u"/missing"_s),
                                                                 m_server.url(u"/silent"_s))),
                IssueStatus::Sent));
        }
        const int missing = m_server.count(u"/missing"_s);
        const int ok = m_server.count(u"/ok"_s);
        QProcess first;
        first.start(QStringLiteral(GALLEY_BINARY),
                    {u"check"_s, u"--archive"_s, u"--links"_s, u"--db"_s, db});
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_server.count(u"/silent"_s) == 1
                    && m_server.count(u"/missing"_s) == missing + 2 // HEAD, then GET
                    && m_server.count(u"/ok"_s) == ok + 1;
            },
            5000));
        QTest::qWait(200); // the two answers reach the store
        first.kill(); // stopped while /silent keeps it waiting
        QVERIFY(first.waitForFinished(5000));
        const int before = m_server.count();
        const auto again
            = runGalley({u"check"_s, u"--archive"_s, u"--links"_s, u"--json"_s, u"--db"_s, db});
        const QJsonObject o = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(o.value(u"links"_s).toInt(), 3);
        QCOMPARE(o.value(u"fromCache"_s).toInt(), 2);
        QCOMPARE(o.value(u"broken"_s).toInt(), 2); // /missing, and /silent timed out
        QCOMPARE(m_server.count(), before + 1); // only /silent asked again
    }

    // In a network namespace of its own (only a loopback that is down) nothing can be checked:
    // one note, no broken link.
    void offlineIsOneNote()
    {
        const QString path = m_dir.filePath(u"offline.md"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // A clean issue otherwise: sponsor at the top and repeated at the end.
        const QString sponsor = u"Acme makes things. [Try it](https://acme.example/)\n"_s;
        QString text = issue(
            9, u"- [A](https://example.com/a)\n- [B](https://example.org/b)\n\n"_s + sponsor);
        text.replace(u"## News"_s, u"## From our sponsor, Acme\n\n"_s + sponsor + u"\n## News"_s);
        f.write(text.toUtf8());
        f.close();
        const auto run = runProcess(
            u"unshare"_s,
            {u"-n"_s, QStringLiteral(GALLEY_BINARY), u"check"_s, path, u"--links"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        int notes = 0;
        for (const QJsonValue &p : o.value(u"problems"_s).toArray()) {
            QVERIFY(p[u"rule"_s].toString() != u"broken-link");
            if (p[u"rule"_s].toString() == u"links-offline") {
                ++notes;
                QVERIFY(p[u"message"_s].toString().contains(u"Links not checked: offline"_s));
            }
        }
        QCOMPARE(notes, 1);
        QVERIFY(run.outText().contains(u"(3 links)"_s));
    }

private:
    // A clean issue numbered `n` (dated a week apart) with `items` under its one section.
    static QString issue(int n, const QString &items)
    {
        return u"---\ntitle: \"Issue %1\"\nissue: %1\ndate: %2\nsubject: \"Issue %1\"\n"
               "preheader: \"The week\"\n---\n## News\n\n%3"_s.arg(n)
                   .arg(QDate(2025, 1, 1).addDays(7 * (n - 1)).toString(Qt::ISODate), items);
    }

    testsupport::LinkServer m_server;
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_draft = 0;
};

QTEST_GUILESS_MAIN(TestCliCheckLinks)
#include "tst_cli_checklinks.moc"
