// `galley send-test` against a real SMTP server on 127.0.0.1 (aiosmtpd, smtptestserver.h): the
// message received is the `galley export --to eml` message; STARTTLS, TLS and plain with AUTH
// PLAIN and LOGIN; each failure (refused, unknown host, untrusted certificate, TLS, sign-in,
// recipient, size, time limit) is a message naming the server and what to do, exit code 1,
// nothing received; the password never appears in any output.
#include "processrun.h"
#include "sendingsettings.h"
#include "smtptestserver.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using galley::testsupport::comparableMessage;
using galley::testsupport::ProcessRun;
using galley::testsupport::SmtpTestServer;

namespace {
const QByteArray kIssue = "---\ntitle: Ops Weekly \\#12\nissue: 12\n---\n\n# Ops Weekly #12\n\n"
                          "Hello, readers. A [link](https://example.org/a).\n";
} // namespace

class TestCliSendTest : public QObject
{
    Q_OBJECT
private:
    SmtpTestServer m_server;
    QTemporaryDir m_dir;
    QString m_issue;
    QString m_db;

    QString url(const char *port, bool withUser = true, const QString &scheme = u"smtp"_s) const
    {
        return scheme + u"://"_s
            + (withUser ? QString::fromLatin1(SmtpTestServer::user) + u'@' : QString())
            + u"127.0.0.1:"_s + QString::number(m_server.port(port));
    }

    ProcessRun sendTest(const QStringList &args,
                        const QString &password = QString::fromLatin1(SmtpTestServer::password))
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GALLEY_SMTP_PASSWORD"_s, password);
        env.insert(u"GALLEY_DB"_s, m_db);
        const ProcessRun run
            = galley::testsupport::runGalley(QStringList {u"send-test"_s} + args, 20000, env);
        // Whatever happened, the password is in no output.
        for (const QByteArray &secret : {QByteArray(SmtpTestServer::password), password.toUtf8()})
            if (!secret.isEmpty() && (run.out.contains(secret) || run.err.contains(secret)))
                qFatal("the password appeared in galley's output");
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_server.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_issue = m_dir.filePath(u"issue.md"_s);
        QFile f(m_issue);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kIssue);
        f.close();
        m_db = m_dir.filePath(u"store.sqlite"_s);
    }

    void sendsTheExportedMessageOverStartTls()
    {
        const ProcessRun eml
            = galley::testsupport::runGalley({u"export"_s, m_issue, u"--to"_s, u"eml"_s});
        QCOMPARE(eml.exitCode, 0);
        const int before = m_server.receivedCount();
        const ProcessRun run
            = sendTest({m_issue, u"--smtp"_s, url("starttls"), u"--to"_s, u"me@example.org"_s,
                        u"--to"_s, u"you@example.org"_s, u"--trust-certificate"_s,
                        m_server.fingerprint(), u"--no-prefix"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"sent"_s).toBool(), true);
        // Within a few bytes: Date and Message-Id differ between two writes.
        QVERIFY(qAbs(json.value(u"bytes"_s).toInt() - eml.out.size()) < 40);
        QCOMPARE(m_server.receivedCount(), before + 1);
        const QByteArray received = m_server.received(before + 1);
        const QByteArray headers = "\r\n" + received.left(received.indexOf("\r\n\r\n"));
        QVERIFY(headers.contains("\r\nDate: ") && headers.contains("\r\nMessage-Id: "));
        QCOMPARE(comparableMessage(received), comparableMessage(eml.out));
        const QJsonObject envelope = m_server.envelope(before + 1);
        QCOMPARE(envelope.value(u"from"_s).toString(), u"newsletter@example.com"_s);
        QCOMPARE(envelope.value(u"to"_s).toArray().size(), 2);
        QCOMPARE(envelope.value(u"mechanism"_s).toString(), u"PLAIN"_s);
        QCOMPARE(envelope.value(u"tls"_s).toBool(), true);
    }

    void prefixesTheSubjectOverTlsAndRecordsTheDraft()
    {
        Store store;
        QVERIFY(store.open(m_db).ok());
        const auto id = store.createIssue(QString::fromUtf8(kIssue));
        QVERIFY(id.ok());
        const int before = m_server.receivedCount();
        const ProcessRun run
            = sendTest({u"--draft"_s, QString::number(*id), u"--smtp"_s,
                        url("tls", true, u"smtps"_s), u"--to"_s, u"me@example.org"_s,
                        u"--trust-certificate"_s, m_server.fingerprint().remove(u':').toLower()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("Sent \"[TEST] Ops Weekly #12\" to me@example.org"),
                 run.out.constData());
        QCOMPARE(m_server.receivedCount(), before + 1);
        QVERIFY(m_server.received(before + 1).contains("\r\nSubject: [TEST] Ops Weekly #12\r\n"));
        const auto sends = store.testSends(*id);
        QVERIFY(sends.ok());
        QCOMPARE(sends->size(), 1);
        QCOMPARE(sends->first().recipients, QStringList {u"me@example.org"_s});
        QCOMPARE(sends->first().subject, u"[TEST] Ops Weekly #12"_s);
        QCOMPARE(sends->first().server, u"127.0.0.1:%1"_s.arg(m_server.port("tls")));
    }

    void plainToLoopbackWithAuthLogin()
    {
        const int before = m_server.receivedCount();
        const ProcessRun run = sendTest({m_issue, u"--smtp"_s, url("plain"), u"--security"_s,
                                         u"none"_s, u"--to"_s, u"me@example.org"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_server.receivedCount(), before + 1);
        QCOMPARE(m_server.envelope(before + 1).value(u"mechanism"_s).toString(), u"LOGIN"_s);
    }

    void refusesBeforeConnecting_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain to a remote host")
            << QStringList {u"--smtp"_s, u"smtp://mail.example.com"_s, u"--security"_s, u"none"_s,
                            u"--to"_s,   u"me@example.org"_s}
            << u"only allowed to this computer"_s;
        QStringList eleven {u"--smtp"_s, u"smtp://mail.example.com"_s};
        for (int i = 0; i < 11; ++i)
            eleven << u"--to"_s << u"r%1@example.org"_s.arg(i);
        QTest::newRow("eleven recipients") << eleven << u"at most 10 addresses"_s;
        QTest::newRow("not an address")
            << QStringList {u"--smtp"_s, u"smtp://mail.example.com"_s, u"--to"_s, u"me"_s}
            << u"'me' is not an email address"_s;
        QTest::newRow("password in the URL")
            << QStringList {u"--smtp"_s, u"smtp://ann:pw@mail.example.com"_s, u"--to"_s,
                            u"me@example.org"_s}
            << u"without a password"_s;
    }

    void refusesBeforeConnecting()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const int before = m_server.receivedCount();
        const ProcessRun run = sendTest(QStringList {m_issue} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(expected), run.err.constData());
        QCOMPARE(m_server.receivedCount(), before);
    }

    void failuresNameTheServerAndWhatToDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("expected");
        const QString pw = QString::fromLatin1(SmtpTestServer::password);
        const QString trust = m_server.fingerprint();
        const QString server = u"127.0.0.1:%1"_s;
        QTest::newRow("connection refused")
            << QStringList {u"--smtp"_s, url("refused")} << pw << u"connection-refused"_s
            << QStringList {server.arg(m_server.port("refused")) + u" refused the connection"_s,
                            u"Check the SMTP host and port"_s};
        QTest::newRow("name not found")
            << QStringList {u"--smtp"_s, u"smtp://ann@no-such-host.invalid"_s} << pw
            << u"name-not-found"_s
            << QStringList {u"no-such-host.invalid:587 was not found"_s, u"Check its spelling"_s};
        QTest::newRow("untrusted certificate")
            << QStringList {u"--smtp"_s, url("starttls")} << pw << u"untrusted-certificate"_s
            << QStringList {server.arg(m_server.port("starttls"))
                                + u" presented a certificate that is not trusted"_s,
                            trust, u"--trust-certificate"_s};
        QTest::newRow("another certificate trusted")
            << QStringList {u"--smtp"_s, url("starttls"), u"--trust-certificate"_s, u"AA:BB"_s}
            << pw << u"untrusted-certificate"_s << QStringList {trust};
        QTest::newRow("TLS to a STARTTLS port")
            << QStringList {u"--smtp"_s, url("starttls", true, u"smtps"_s),
                            u"--trust-certificate"_s, trust}
            << pw << u"tls-failed"_s
            << QStringList {u"The secure connection to "_s + server.arg(m_server.port("starttls")),
                            u"Check the security setting"_s};
        QTest::newRow("wrong password")
            << QStringList {u"--smtp"_s, url("starttls"), u"--trust-certificate"_s, trust}
            << u"not-the-pw-42"_s << u"auth-rejected"_s
            << QStringList {server.arg(m_server.port("starttls"))
                                + u" did not accept the sign-in of user 'ann'"_s,
                            u"Check the user name"_s};
        QTest::newRow("no user name")
            << QStringList {u"--smtp"_s, url("starttls", false), u"--trust-certificate"_s, trust}
            << pw << u"auth-rejected"_s
            << QStringList {u"asks senders to sign in"_s, u"Set your user name"_s};
        QTest::newRow("recipient refused")
            << QStringList {u"--smtp"_s, url("starttls"), u"--trust-certificate"_s,
                            trust,       u"--to"_s,       u"refuse@example.org"_s}
            << pw << u"recipient-rejected"_s
            << QStringList {u"refused the recipient refuse@example.org"_s,
                            u"No such mailbox here"_s, u"Check the test recipients"_s};
        QTest::newRow("time limit")
            << QStringList {u"--smtp"_s, url("silent"), u"--timeout"_s, u"0.4"_s} << pw
            << u"timeout"_s
            << QStringList {server.arg(m_server.port("silent"))
                            + u" did not answer in time (0.4 s)"_s};
    }

    void failuresNameTheServerAndWhatToDo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, password);
        QFETCH(QString, outcome);
        QFETCH(QStringList, expected);
        const int before = m_server.receivedCount();
        QStringList all = QStringList {m_issue, u"--json"_s} + args;
        if (!args.contains(u"--to"_s))
            all << u"--to"_s << u"me@example.org"_s;
        const ProcessRun run = sendTest(all, password);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"sent"_s).toBool(true), false);
        QCOMPARE(json.value(u"outcome"_s).toString(), outcome);
        for (const QString &part : expected)
            QVERIFY2(run.errText().contains(part), qPrintable(part + u"\n"_s + run.errText()));
        QVERIFY(run.errText().contains(u"Nothing was sent."_s));
        QCOMPARE(m_server.receivedCount(), before);
    }

    void tooLargeIsRefused()
    {
        const QString big = m_dir.filePath(u"big.md"_s);
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kIssue);
        for (int i = 0; i < 3000; ++i)
            f.write(
                "A paragraph long enough to make the message larger than the server takes.\n\n");
        f.close();
        const int before = m_server.receivedCount();
        const ProcessRun run
            = sendTest({big, u"--smtp"_s, url("starttls"), u"--trust-certificate"_s,
                        m_server.fingerprint(), u"--to"_s, u"me@example.org"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"refused the message as too large"_s),
                 run.err.constData());
        QCOMPARE(m_server.receivedCount(), before);
    }

    void serverAndRecipientsFromTheStore()
    {
        Store store;
        QVERIFY(store.open(m_db).ok());
        SendingSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = m_server.port("starttls");
        s.user = QString::fromLatin1(SmtpTestServer::user);
        s.recipients = {u"stored@example.org"_s};
        s.trustedCertificate = m_server.fingerprint();
        QVERIFY(saveSendingSettings(store, s).ok());
        const int before = m_server.receivedCount();
        const ProcessRun run = sendTest({m_issue});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_server.envelope(before + 1).value(u"to"_s).toArray().first().toString(),
                 u"stored@example.org"_s);
        // The stored trust is for that server only: not for another port, even with the same
        // certificate.
        const ProcessRun other = sendTest({m_issue, u"--smtp"_s, url("tls", true, u"smtps"_s)});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.errText().contains(u"not trusted"_s), other.err.constData());
        QCOMPARE(m_server.receivedCount(), before + 1);
        QVERIFY(saveSendingSettings(store, SendingSettings()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCliSendTest)
#include "tst_cli_sendtest.moc"
