// The password through the widgets with a real keyring (gnome-keyring on a private D-Bus session,
// tests/sending/keyringsession.h): Preferences ▸ Sending writes the typed password to the keyring
// (never to the store), and Issue ▸ Send Test Email then signs in to aiosmtpd with it without
// asking.
#include "drafts/draftsession.h"
#include "editor/markdowneditor.h"
#include "export/testsendcontroller.h"
#include "keyringsession.h"
#include "passwordvault.h"
#include "settings/preferencesdialog.h"
#include "settings/sendingpage.h"
#include "settingsfixture.h"
#include "smtptestserver.h"
#include "widgettesting.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::testsupport::SmtpTestServer;

class TestSendTestKeyring : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SmtpTestServer m_server;
    galley::testsupport::KeyringSession m_keyring;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error = m_server.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!m_keyring.start(&error).isEmpty(), qPrintable(error));
        // The daemon takes a moment to claim the Secret Service's name.
        SendingSettings probe;
        probe.host = u"probe.invalid"_s;
        probe.user = u"probe"_s;
        QElapsedTimer timer;
        timer.start();
        while (!(error = PasswordVault::write(probe, u"probe"_s)).isEmpty()
               && timer.elapsed() < 5000)
            QTest::qWait(50);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_keyring.stop(); }

    void preferencesSaveThePasswordAndTheActionUsesIt()
    {
        const QString path = m_dir.filePath(u"keyring.sqlite"_s);
        const QString password = QString::fromLatin1(SmtpTestServer::password);
        {
            test::ClientThread thread;
            QVERIFY(thread.open(path));
            PreferencesDialog dialog(thread.client());
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded() && dialog.sendingPage()->isLoaded(), 15000);
            SendingPage *page = dialog.sendingPage();
            testsupport::replaceText(page->hostEdit(), u"127.0.0.1"_s);
            page->portSpin()->setValue(m_server.port("plain"));
            page->securityCombo()->setCurrentIndex(page->securityCombo()->findData(u"none"_s));
            testsupport::replaceText(page->userEdit(), QString::fromLatin1(SmtpTestServer::user));
            testsupport::replaceText(page->passwordEdit(), password);
            page->recipientsEdit()->setPlainText(u"me@example.org"_s);
            QSignalSpy keyring(page, &SendingPage::keyringAnswered);
            QSignalSpy saved(&dialog, &PreferencesDialog::saved);
            testsupport::clickSave(&dialog);
            QVERIFY(saved.wait(10000));
            QVERIFY(keyring.size() == 1 || keyring.wait(10000));
            QCOMPARE(keyring.first().first().toString(), QString());
        }
        Store store;
        QVERIFY(store.open(path).ok());
        const auto stored = loadSendingSettings(store);
        QVERIFY(stored.ok());
        QVERIFY(!store.setting(SendingSettings::storeKey())->contains(password));
        const PasswordVault::Lookup lookup = PasswordVault::read(*stored);
        QCOMPARE(lookup.kind, PasswordVault::Lookup::Found);
        QCOMPARE(lookup.password, password);
        store.close();

        auto window = test::openWindow(path);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->issueId() > 0, 10000);
        auto *controller = window->findChild<TestSendController *>(u"testSendController"_s);
        QVERIFY(controller);
        int asked = 0;
        controller->setPasswordQuestion([&](const QString &) -> std::optional<QString> {
            ++asked;
            return std::nullopt;
        });
        window->editor()->setPlainText(u"---\ntitle: Keyring Weekly\n---\n\nHello.\n"_s);
        QSignalSpy finished(controller, &TestSendController::finished);
        const int before = m_server.receivedCount();
        window->actions()->action(ActionRegistry::SendTestEmail)->trigger();
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(asked, 0);
        QCOMPARE(m_server.receivedCount(), before + 1);
        QCOMPARE(m_server.envelope(before + 1).value(u"mechanism"_s).toString(), u"LOGIN"_s);
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestSendTestKeyring)
#include "tst_sendtestkeyring.moc"
