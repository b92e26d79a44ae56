// Preferences ▸ Store (issue 23), on the real dialog: the store to open at the next start (a
// file or a postgresql:// address) checked with StoreLocation's parser as it is typed (a
// password in the address or an unknown scheme is refused next to the field, and the dialog
// does not save), saved to QSettings where the editor and the commands find it after --db and
// GALLEY_DB (chooseStore), which the page names when they decide; the keyring account a
// password is kept in (a real keyring: gnome-keyring on a private D-Bus session); the editor's
// name for the team. A typed password is never written to the settings file.
#include "editorname.h"
#include "keyringsession.h"
#include "settings/preferencesdialog.h"
#include "settings/storepage.h"
#include "settingsfixture.h"
#include "store/storelocation.h"
#include "store/storepassword.h"
#include "storepreference.h"
#include "widgettesting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::testsupport::clickSave;
using galley::testsupport::replaceText;

class TestStorePage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    testsupport::KeyringSession m_keyring;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"galley-tests"_s);
        QCoreApplication::setApplicationName(u"tst_storepage"_s);
        qunsetenv("GALLEY_DB");
        // A keyring of the test's own (gnome-keyring on a private D-Bus session).
        QString error;
        QVERIFY2(!m_keyring.start(&error).isEmpty(), qPrintable(error));
        // The daemon takes a moment to claim the Secret Service's name.
        const StoreLocation probe
            = StoreLocation::parse(u"postgresql://probe@probe.invalid/x"_s).value();
        QElapsedTimer timer;
        timer.start();
        while (!(error = StorePassword::write(probe, u"probe"_s)).isEmpty()
               && timer.elapsed() < 5000)
            QTest::qWait(50);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        setStoreLocationSetting({});
        setEditorName({});
    }

    void refusesChecksAndSavesForTheNextStart()
    {
        test::ClientThread thread;
        QVERIFY(thread.open(m_dir.filePath(u"here.sqlite"_s)));
        PreferencesDialog dialog(thread.client());
        StorePage *page = dialog.storePage();
        QVERIFY(page);
        dialog.findChild<QTabWidget *>()->setCurrentWidget(page);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isLoaded());
        QVERIFY(page->overrideLabel()->isHidden());
        QVERIFY(!page->passwordEdit()->isEnabled()); // the default store is a file

        // An unknown scheme, then a password in the address: said next to the field.
        replaceText(page->locationEdit(), u"ftp://db.example/news"_s);
        QVERIFY(page->locationProblemLabel()->isVisible());
        QVERIFY2(page->locationProblemLabel()->text().contains(u"not a kind of store"_s),
                 qPrintable(page->locationProblemLabel()->text()));
        replaceText(page->locationEdit(), u"postgresql://ana:hunter2@db.example/news"_s);
        QVERIFY(page->locationProblemLabel()->text().contains(u"contains a password"_s));
        QVERIFY(!page->locationProblemLabel()->text().contains(u"hunter2"_s));
        clickSave(&dialog);
        QVERIFY(dialog.isVisible()); // not saved
        QCOMPARE(storeLocationSetting(), QString());

        // A team's address: the password goes to the keyring for its server account.
        const QString url = u"postgresql://ana@db.example/news?schema=team"_s;
        replaceText(page->locationEdit(), url);
        QVERIFY(page->locationProblemLabel()->isHidden());
        QVERIFY(page->passwordEdit()->isEnabled());
        QVERIFY2(page->accountLabel()->text().contains(u"ana@db.example:5432/news"_s),
                 qPrintable(page->accountLabel()->text()));
        replaceText(page->passwordEdit(), u"s3cret-pw"_s);
        replaceText(page->nameEdit(), u"Ana"_s);
        QSignalSpy keyring(page, &StorePage::keyringAnswered);
        clickSave(&dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(storeLocationSetting(), url);
        QCOMPARE(editorName(), u"Ana"_s);
        const StoreChoice choice = chooseStore({});
        QCOMPARE(choice.source, StoreChoice::Preferences);
        QCOMPARE(choice.value, url);
        QCOMPARE(chooseStore(u"/tmp/x.sqlite"_s).source, StoreChoice::CommandLine);
        // In the keyring for the server account, and nowhere else.
        QTRY_COMPARE_WITH_TIMEOUT(keyring.size(), 1, 10000); // it may have come already
        QCOMPARE(keyring.first().first().toString(), QString());
        QVERIFY(page->passwordEdit()->text().isEmpty());
        const auto kept = StorePassword::read(StoreLocation::parse(url).value());
        QCOMPARE(kept.kind, PasswordVault::Lookup::Found);
        QCOMPARE(kept.password, u"s3cret-pw"_s);
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("db.example"));
        QVERIFY(!saved.contains("s3cret-pw"));
    }

    void cleanupTestCase() { m_keyring.stop(); }

    void namesWhatOverridesIt()
    {
        qputenv("GALLEY_DB", "/srv/team.sqlite");
        test::ClientThread thread;
        QVERIFY(thread.open(m_dir.filePath(u"here.sqlite"_s)));
        PreferencesDialog dialog(thread.client());
        StorePage *page = dialog.storePage();
        QCOMPARE(page->locationEdit()->text(), storeLocationSetting()); // what was saved
        QVERIFY(!page->overrideLabel()->isHidden());
        QVERIFY(page->overrideLabel()->text().contains(u"GALLEY_DB"_s));
        QVERIFY(page->overrideLabel()->text().contains(u"/srv/team.sqlite"_s));
        QCOMPARE(chooseStore({}).source, StoreChoice::Environment);
        qunsetenv("GALLEY_DB");
        setStoreLocationSetting({});
        QCOMPARE(chooseStore({}).source, StoreChoice::Default);
        setEditorName({});
    }
};

QTEST_MAIN(TestStorePage)
#include "tst_storepage.moc"
