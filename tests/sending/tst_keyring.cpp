// The SMTP password in a real keyring: a private D-Bus session (dbus-run-session) with
// gnome-keyring-daemon unlocked for the test. PasswordVault writes, reads and forgets it;
// `galley send-test` takes it from there (no GALLEY_SMTP_PASSWORD) and signs in to aiosmtpd with
// it; without a reachable keyring the command says so and what to do instead. The password is in
// no output.
#include "keyringsession.h"
#include "passwordvault.h"
#include "processrun.h"
#include "smtptestserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using galley::testsupport::ProcessRun;
using galley::testsupport::SmtpTestServer;

class TestKeyring : public QObject
{
    Q_OBJECT
    SmtpTestServer m_server;
    QTemporaryDir m_dir;
    galley::testsupport::KeyringSession m_session;
    QString m_bus;
    QString m_issue;

    SendingSettings plainServer() const
    {
        SendingSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = m_server.port("plain");
        s.security = SmtpSecurity::None;
        s.user = QString::fromLatin1(SmtpTestServer::user);
        return s;
    }

    ProcessRun sendTest(const QString &bus)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"GALLEY_SMTP_PASSWORD"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, bus);
        env.insert(u"GALLEY_DB"_s, m_dir.filePath(u"store.sqlite"_s));
        const ProcessRun run = galley::testsupport::runGalley(
            {u"send-test"_s, m_issue, u"--smtp"_s,
             u"smtp://ann@127.0.0.1:%1"_s.arg(m_server.port("plain")), u"--security"_s, u"none"_s,
             u"--to"_s, u"me@example.org"_s},
            20000, env);
        if (run.out.contains(SmtpTestServer::password)
            || run.err.contains(SmtpTestServer::password))
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
        f.write("---\ntitle: Keyring Weekly\n---\n\nHello.\n");
        f.close();

        QString error;
        m_bus = m_session.start(&error);
        QVERIFY2(!m_bus.isEmpty(), qPrintable(error));
        // The daemon takes a moment to claim the Secret Service's name.
        QElapsedTimer timer;
        timer.start();
        error = PasswordVault::write(plainServer(), u"probe"_s);
        while (!error.isEmpty() && timer.elapsed() < 5000) {
            QTest::qWait(50);
            error = PasswordVault::write(plainServer(), u"probe"_s);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_session.stop(); }

    void writesReadsAndForgets()
    {
        const SendingSettings s = plainServer();
        QCOMPARE(PasswordVault::write(s, QString::fromLatin1(SmtpTestServer::password)), QString());
        const PasswordVault::Lookup found = PasswordVault::read(s);
        QCOMPARE(found.kind, PasswordVault::Lookup::Found);
        QCOMPARE(found.password, QString::fromLatin1(SmtpTestServer::password));
        SendingSettings other = s;
        other.user = u"bob"_s;
        QCOMPARE(PasswordVault::read(other).kind, PasswordVault::Lookup::NotFound);
    }

    void commandSignsInWithTheKeyringsPassword()
    {
        QCOMPARE(PasswordVault::write(plainServer(), QString::fromLatin1(SmtpTestServer::password)),
                 QString());
        const int before = m_server.receivedCount();
        const ProcessRun run = sendTest(m_bus);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(m_server.receivedCount(), before + 1);
        QCOMPARE(m_server.envelope(before + 1).value(u"mechanism"_s).toString(), u"LOGIN"_s);
    }

    void withoutAnEntryOrAKeyringTheCommandSaysWhatToDo()
    {
        QCOMPARE(PasswordVault::write(plainServer(), QString()), QString());
        QCOMPARE(PasswordVault::read(plainServer()).kind, PasswordVault::Lookup::NotFound);
        const int before = m_server.receivedCount();
        ProcessRun run = sendTest(m_bus);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"the keyring holds none"_s), run.err.constData());
        QVERIFY(run.errText().contains(u"GALLEY_SMTP_PASSWORD"_s));

        run = sendTest(u"unix:path="_s + m_dir.filePath(u"no-bus"_s));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"no keyring"_s), run.err.constData());
        QVERIFY(run.errText().contains(u"GALLEY_SMTP_PASSWORD"_s));
        QCOMPARE(m_server.receivedCount(), before);
    }

    // The last test: the keyring's D-Bus session goes away under a process that used it. GLib's
    // shared session-bus connection would raise SIGTERM (its exit-on-close), ending an editor with
    // unsaved text; Galley keeps running and reports the keyring as out of reach.
    void theKeyringsBusGoingAwayDoesNotEndTheProcess()
    {
        QCOMPARE(PasswordVault::read(plainServer()).kind, PasswordVault::Lookup::NotFound);
        m_session.stop();
        QTest::qWait(1500); // GLib's worker thread notices the closed socket within milliseconds
        const PasswordVault::Lookup after = PasswordVault::read(plainServer());
        QCOMPARE(after.kind, PasswordVault::Lookup::Unavailable);
        QVERIFY(!after.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
