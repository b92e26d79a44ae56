// The link checker against a local server (tests/linkcheck/linkserver.py): every kind of answer,
// the offline case and the store's cache.
#include "../store/storetesthelpers.h"
#include "linkserverprocess.h"

#include "issuedocument.h"
#include "linkcheck/linkcheckrun.h"
#include "store/store.h"
#include "store/urlnormalizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

class TestLinkChecker : public QObject
{
    Q_OBJECT
    storetest::FreshStores m_stores; // SQLite, or PostgreSQL in the _pg twin

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start(true));
        QVERIFY(m_dir.isValid());
    }

    void everyKindOfAnswer()
    {
        // A port nobody listens on: taken, then given back.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int closedPort = closed.serverPort();
        closed.close();

        const QStringList urls {
            m_server.url(u"/ok"_s),
            m_server.url(u"/chain3"_s),
            m_server.url(u"/temporary"_s),
            m_server.url(u"/loop-a"_s),
            m_server.url(u"/missing"_s),
            m_server.url(u"/gone"_s),
            m_server.url(u"/error"_s),
            m_server.url(u"/busy"_s),
            m_server.url(u"/nohead"_s),
            m_server.url(u"/silent"_s),
            m_server.url(u"/agent"_s),
            m_server.tlsUrl(u"/ok"_s),
            u"https://no-such-host.invalid/page"_s,
            u"http://127.0.0.1:%1/x"_s.arg(closedPort),
            m_server.url(u"/unavailable"_s),
            m_server.url(u"/headlies"_s),
        };
        LinkCheckOptions options;
        options.timeoutMs = 500; // /silent never answers
        LinkChecker checker(options);
        QSignalSpy finished(&checker, &LinkChecker::finished);
        QSignalSpy progress(&checker, &LinkChecker::progress);
        QElapsedTimer clock;
        clock.start();
        checker.start(urls);
        QVERIFY(finished.wait(10000));
        // /busy waits out its Retry-After of 1 s, /silent its 0.5 s, at the same time.
        QVERIFY2(clock.elapsed() < 4000, QByteArray::number(clock.elapsed()));
        QCOMPARE(progress.size(), urls.size());
        QCOMPARE(progress.last().at(0).toInt(), int(urls.size()));

        QHash<QString, LinkCheck> by;
        for (const LinkCheck &c : checker.results())
            by.insert(c.url, c);
        QCOMPARE(by.size(), urls.size());
        auto at = [&](int i) {
            return by.value(urls.at(i));
        };
        QCOMPARE(at(0).status, LinkStatus::Ok);
        QCOMPARE(at(0).httpStatus, 200);
        QCOMPARE(at(1).status, LinkStatus::MovedPermanently);
        QCOMPARE(at(1).redirects, 3);
        QCOMPARE(at(1).finalUrl, m_server.url(u"/ok"_s));
        QCOMPARE(at(2).status, LinkStatus::Redirected);
        QCOMPARE(at(3).status, LinkStatus::RedirectLoop);
        QCOMPARE(at(4).status, LinkStatus::HttpError);
        QCOMPARE(at(4).httpStatus, 404);
        QCOMPARE(at(5).httpStatus, 410);
        QCOMPARE(at(6).httpStatus, 500);
        QCOMPARE(at(7).status, LinkStatus::Ok); // after the Retry-After
        QCOMPARE(m_server.count(u"/busy"_s), 2);
        QCOMPARE(at(8).status, LinkStatus::Ok); // HEAD refused, GET answered
        QCOMPARE(m_server.count(u"/nohead"_s), 2);
        QCOMPARE(at(9).status, LinkStatus::Timeout);
        QCOMPARE(at(10).status, LinkStatus::Ok); // the server wants a Galley User-Agent
        QCOMPARE(at(11).status, LinkStatus::TlsError);
        QVERIFY(!at(11).detail.isEmpty());
        QCOMPARE(at(12).status, LinkStatus::DnsFailure);
        QCOMPARE(at(13).status, LinkStatus::Refused);
        QCOMPARE(at(14).status, LinkStatus::Ok); // 503, then answered after its Retry-After
        QCOMPARE(m_server.count(u"/unavailable"_s), 2);
        QCOMPARE(at(15).status, LinkStatus::Ok); // HEAD said 404, GET found the page
        QCOMPARE(at(15).httpStatus, 200);
        QCOMPARE(m_server.count(u"/headlies"_s), 2);
        // A page that is really missing is confirmed with a GET before it is called broken.
        QCOMPARE(m_server.count(u"/missing"_s), 2);
        for (int i : {3, 4, 5, 6, 9, 11, 12, 13})
            QVERIFY2(isBroken(at(i)), qPrintable(urls.at(i)));
        for (int i : {0, 1, 2, 7, 8, 10})
            QVERIFY2(!isBroken(at(i)), qPrintable(urls.at(i)));
    }

    void problemsOnTheirLines()
    {
        const QString text
            = u"---\ntitle: Weekly\n---\n\nIntro [ok](%1).\n\n## News\n\n"
              "A moved page.\n%2\n\nA missing image ![pic](%3)\n"_s.arg(
                  m_server.url(u"/ok"_s), m_server.url(u"/chain1"_s), m_server.url(u"/missing"_s));
        const auto doc = IssueDocument::fromText(text);
        QVERIFY(doc);
        const QList<DocumentLink> links = documentLinks(*doc);
        QCOMPARE(links.size(), 3);
        QVERIFY(links.at(2).image);
        const auto checks = checkLinksNow(nullptr, distinctCheckableUrls(links), {});
        const QList<Problem> problems = linkProblems(links, checks);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).rule, u"moved-link"_s);
        QCOMPARE(problems.at(0).line, 10);
        QVERIFY(problems.at(0).message.contains(m_server.url(u"/ok"_s)));
        QCOMPARE(problems.at(1).rule, u"broken-link"_s);
        QCOMPARE(problems.at(1).line, 12);
        QCOMPARE(problems.at(1).severity, Severity::Error);
    }

    // Without a network, links to other hosts are one note, never "broken"; loopback is checked.
    void offlineIsOneNote()
    {
        LinkCheckSettings settings;
        settings.options.networkUp = [] {
            return false;
        };
        const int before = m_server.count();
        const QList<DocumentLink> links {{u"https://example.com/a"_s, 5, false},
                                         {u"https://example.org/b"_s, 6, false},
                                         {m_server.url(u"/missing"_s), 7, false}};
        const auto checks = checkLinksNow(nullptr, distinctCheckableUrls(links), settings);
        QCOMPARE(checks.value(normalizeUrl(u"https://example.com/a"_s)).status,
                 LinkStatus::Offline);
        const QList<Problem> problems = linkProblems(links, checks);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).rule, u"links-offline"_s);
        QCOMPARE(problems.at(0).severity, Severity::Notice);
        QVERIFY(problems.at(0).message.contains(u"offline"_s));
        QCOMPARE(problems.at(1).line, 7);
        QCOMPARE(m_server.count(), before + 2); // the local server was asked (HEAD, then GET)
    }

    // An http link without a port of its own whose https twin answers the same: a note. The
    // twin's server is on ports 80 and 443 of a loopback address of its own, with a certificate
    // this checker is told to trust.
    void httpsTwinIsANote()
    {
        const QString address = u"127.1.%1.%2"_s.arg(QRandomGenerator::global()->bounded(1, 255))
                                    .arg(QRandomGenerator::global()->bounded(1, 255));
        testsupport::LinkServer twins;
        QVERIFY(twins.start(true, 0, 1, address));
        QFile cert(twins.certificatePath());
        QVERIFY(cert.open(QIODevice::ReadOnly));
        LinkCheckSettings settings;
        settings.options.trustedCertificates = QSslCertificate::fromData(cert.readAll());
        QCOMPARE(settings.options.trustedCertificates.size(), 1);
        const QList<DocumentLink> links {{u"http://%1/ok"_s.arg(address), 4, false},
                                         {u"http://%1/missing"_s.arg(address), 5, false}};
        const auto checks = checkLinksNow(nullptr, distinctCheckableUrls(links), settings);
        const LinkCheck ok = checks.value(normalizeUrl(links.at(0).url));
        QCOMPARE(ok.status, LinkStatus::Ok);
        QVERIFY(ok.httpsTwin);
        const QList<Problem> problems = linkProblems(links, checks);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).rule, u"https-available"_s);
        QCOMPARE(problems.at(0).line, 4);
        QVERIFY(problems.at(0).message.contains(u"https://%1/ok"_s.arg(address)));
        QCOMPARE(problems.at(1).rule, u"broken-link"_s); // no twin asked for a broken link
        QCOMPARE(twins.count(u"/missing"_s), 2); // HEAD, confirmed by GET
        QCOMPARE(twins.count(u"/ok"_s), 2); // http, then https
    }

    void secondRunFromTheCache()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()));
        const QStringList urls {m_server.url(u"/ok"_s, 1), m_server.url(u"/gone"_s),
                                m_server.url(u"/temporary"_s)};
        const int before = m_server.count();
        const auto first = checkLinksNow(&store, urls, linkCheckSettings(&store));
        QCOMPARE(first.size(), 3);
        const int asked = m_server.count() - before;
        QVERIFY(asked >= 3);
        QElapsedTimer clock;
        clock.start();
        const auto second = checkLinksNow(&store, urls, linkCheckSettings(&store));
        QVERIFY(clock.elapsed() < 100);
        QCOMPARE(m_server.count(), before + asked); // no request at all
        for (const LinkCheck &c : second)
            QVERIFY(c.fromCache);
        QCOMPARE(second.value(normalizeUrl(urls.at(1))).httpStatus, 410);
        QCOMPARE(second.value(normalizeUrl(urls.at(2))).status, LinkStatus::Redirected);
        // Stale after the setting's hours: asked again.
        QVERIFY(store.setSetting(LinkCheckSettings::freshHoursKey(), u"0"_s));
        QTest::qWait(5);
        checkLinksNow(&store, urls, linkCheckSettings(&store));
        QVERIFY(m_server.count() > before + asked);
    }

private:
    testsupport::LinkServer m_server;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLinkChecker)
#include "tst_linkchecker.moc"
