// Issue ▸ Send Test Email and Preferences ▸ Sending on the real widgets, against a real SMTP
// server on 127.0.0.1 (aiosmtpd, tests/sending/smtptestserver.h): the form saves what the CLI
// and the action read (and refuses plain text to a remote host); the action asks for the
// password when there is no keyring and keeps it for the session, shows the self-signed
// certificate's fingerprint and sends once it is trusted (remembered), reports in the message
// bar, lists the sends in the draft's History, and Cancel on the progress dialog stops a send
// that hangs with nothing reported as sent.
#include "drafts/draftsession.h"
#include "drafts/historydialog.h"
#include "editor/markdowneditor.h"
#include "export/testsendcontroller.h"
#include "sendingsettings.h"
#include "settings/preferencesdialog.h"
#include "settings/sendingpage.h"
#include "settingsfixture.h"
#include "smtptestserver.h"
#include "widgettesting.h"
#include "window/actionregistry.h"
#include "window/messagebar.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::testsupport::SmtpTestServer;

class TestSendTestEmail : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SmtpTestServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString started = m_server.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // No keyring in this test: the no-keyring path (tst_keyring has one).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void preferencesSendingPageSavesAndRefuses()
    {
        const QString path = m_dir.filePath(u"prefs.sqlite"_s);
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        PreferencesDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded() && dialog.sendingPage()->isLoaded(), 15000);
        SendingPage *page = dialog.sendingPage();
        testsupport::replaceText(page->hostEdit(), u"mail.example.com"_s);
        page->securityCombo()->setCurrentIndex(page->securityCombo()->findData(u"none"_s));
        page->recipientsEdit()->setPlainText(u"me@example.org"_s);
        QSignalSpy failed(&dialog, &PreferencesDialog::saveFailed);
        testsupport::clickSave(&dialog);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"only allowed to this computer"_s),
                 qPrintable(failed.first().first().toString()));

        testsupport::replaceText(page->hostEdit(), u"localhost"_s);
        page->portSpin()->setValue(2525);
        testsupport::replaceText(page->userEdit(), u"ann"_s);
        page->recipientsEdit()->setPlainText(u"me@example.org, you@example.org"_s);
        QSignalSpy saved(&dialog, &PreferencesDialog::saved);
        testsupport::clickSave(&dialog);
        QVERIFY(saved.wait(10000));

        Store store;
        QVERIFY(store.open(path).ok());
        const auto stored = loadSendingSettings(store);
        QVERIFY(stored.ok());
        QCOMPARE(stored->host, u"localhost"_s);
        QCOMPARE(stored->port, 2525);
        QCOMPARE(stored->security, SmtpSecurity::None);
        QCOMPARE(stored->user, u"ann"_s);
        QCOMPARE(stored->recipients, (QStringList {u"me@example.org"_s, u"you@example.org"_s}));
        // The password field never reaches the store.
        QVERIFY(!store.setting(SendingSettings::storeKey())->contains(u"password"_s));
    }

    void sendsAsksTrustsListsAndCancels()
    {
        const QString path = m_dir.filePath(u"window.sqlite"_s);
        {
            Store store;
            QVERIFY(store.open(path).ok());
            SendingSettings s;
            s.host = u"127.0.0.1"_s;
            s.port = m_server.port("starttls");
            s.user = QString::fromLatin1(SmtpTestServer::user);
            s.recipients = {u"me@example.org"_s};
            QVERIFY(saveSendingSettings(store, s).ok());
        }
        auto window = test::openWindow(path);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->issueId() > 0, 10000);
        auto *controller = window->findChild<TestSendController *>(u"testSendController"_s);
        QVERIFY(controller);
        controller->setTimeoutMs(5000);
        int passwordQuestions = 0;
        controller->setPasswordQuestion([&](const QString &account) -> std::optional<QString> {
            ++passwordQuestions;
            if (!account.startsWith(u"ann@127.0.0.1:"_s))
                return std::nullopt;
            return QString::fromLatin1(SmtpTestServer::password);
        });
        QStringList fingerprintsShown;
        controller->setCertificateQuestion([&](const QString &, const QString &fingerprint) {
            fingerprintsShown << fingerprint;
            return true;
        });
        window->editor()->setPlainText(
            u"---\ntitle: Widget Weekly\n---\n\n# Widget Weekly\n\nSent from the window.\n"_s);

        QSignalSpy finished(controller, &TestSendController::finished);
        const int before = m_server.receivedCount();
        QAction *send = window->actions()->action(ActionRegistry::SendTestEmail);
        QCOMPARE(send->shortcut(), QKeySequence(u"Ctrl+Shift+T"_s));
        send->trigger();
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(passwordQuestions, 1);
        QCOMPARE(fingerprintsShown, QStringList {m_server.fingerprint()});
        QVERIFY(window->messageBar()->text().contains(u"sent to me@example.org"_s));
        QCOMPARE(m_server.receivedCount(), before + 1);
        QVERIFY(m_server.received(before + 1).contains("\r\nSubject: [TEST] Widget Weekly\r\n"));
        QVERIFY(m_server.received(before + 1).contains("Sent from the window."));

        // Again: the session's password and the trusted certificate, without questions.
        send->trigger();
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(passwordQuestions, 1);
        QCOMPARE(fingerprintsShown.size(), 1);
        QCOMPARE(m_server.receivedCount(), before + 2);

        window->actions()->action(ActionRegistry::History)->trigger();
        auto *history = window->findChild<HistoryDialog *>();
        QVERIFY(history);
        QSignalSpy listed(history, &HistoryDialog::testSendsListed);
        QTRY_COMPARE_WITH_TIMEOUT(history->testSendLines().size(), 2, 10000);
        QVERIFY(history->testSendLines().first().contains(
            u"\"[TEST] Widget Weekly\" to me@example.org"_s));
        history->close();

        // A server that never answers: Cancel stops the send; nothing is reported as sent.
        {
            Store store;
            QVERIFY(store.open(path).ok());
            auto s = loadSendingSettings(store);
            QVERIFY(s.ok());
            s->port = m_server.port("silent");
            QVERIFY(saveSendingSettings(store, *s).ok());
        }
        send->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            controller->progressDialog() && controller->progressDialog()->isVisible(), 10000);
        QVERIFY(controller->progressDialog()->labelText().contains(u"me@example.org"_s));
        QTest::qWait(100);
        auto *cancel = controller->progressDialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY2(finished.last().at(1).toString().contains(u"was cancelled. Nothing was sent."_s),
                 qPrintable(finished.last().at(1).toString()));
        QVERIFY(window->messageBar()->text().contains(u"cancelled"_s));
        QCOMPARE(m_server.receivedCount(), before + 2);
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestSendTestEmail)
#include "tst_sendtestemail.moc"
