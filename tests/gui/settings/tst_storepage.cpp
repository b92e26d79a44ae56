// Preferences ▸ Store (issue 23), on the real dialog: the store to open at the next start (a
// file or a postgresql:// address) checked with StoreLocation's parser as it is typed (a
// password in the address or an unknown scheme is refused next to the field, and the dialog
// does not save), saved to QSettings where the editor and the commands find it after --db and
// GALLEY_DB (chooseStore), which the page names when they decide; the keyring account a
// password is kept for; the editor's name for the team. A typed password is never written to
// the settings file.
#include "editorname.h"
#include "settings/preferencesdialog.h"
#include "settings/storepage.h"
#include "settingsfixture.h"
#include "storepreference.h"
#include "widgettesting.h"

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

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"galley-tests"_s);
        QCoreApplication::setApplicationName(u"tst_storepage"_s);
        qunsetenv("GALLEY_DB");
        // A bus that is not there: no keyring, and its answer comes at once.
        qputenv("DBUS_SESSION_BUS_ADDRESS",
                "unix:path=" + QFile::encodeName(m_dir.filePath(u"no-bus"_s)));
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
        // No keyring here: it says so; the password went nowhere else.
        QVERIFY(keyring.wait(10000));
        QVERIFY(!keyring.first().first().toString().isEmpty());
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("db.example"));
        QVERIFY(!saved.contains("s3cret-pw"));
    }

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
