// Preferences ▸ Website (issue 22), through the real window and widgets: the site settings kept in
// the store are shown, edits are saved to the store with the dialog's Save, a base URL that is not
// http(s) is refused next to its field and never saved, and File ▸ Publish Archive… then
// publishes with what was saved (title, issues per page, page address, base URL).
#include "publish/publishdialog.h"
#include "publish/sitesettings.h"
#include "settings/preferencesdialog.h"
#include "settings/sitepage.h"
#include "settingsfixture.h"
#include "widgettesting.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::testsupport::child;
using galley::testsupport::clickSave;
using galley::testsupport::replaceText;

class TestSitePage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static SiteSettings stored(const QString &path)
    {
        Store store;
        if (!store.open(path))
            return {};
        const auto settings = loadSiteSettings(store);
        return settings ? *settings : SiteSettings();
    }

    static PreferencesDialog *openPreferences(MainWindow *window)
    {
        window->actions()->action(ActionRegistry::Preferences)->trigger();
        PreferencesDialog *prefs = nullptr;
        if (!QTest::qWaitFor([&] { return (prefs = window->findChild<PreferencesDialog *>()); }))
            return nullptr;
        if (!QTest::qWaitFor([&] { return prefs->isLoaded() && prefs->sitePage()->isLoaded(); },
                             15000))
            return nullptr;
        return prefs;
    }

private slots:
    void loadsEditsRefusesAndPublishArchiveUsesThem()
    {
        const QString path = m_dir.filePath(u"site.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        {
            Store store;
            QVERIFY(store.open(path).ok());
            SiteSettings kept;
            kept.baseUrl = u"https://old.example.com/"_s;
            kept.title = u"Old Archive"_s;
            kept.description = u"Back issues"_s;
            kept.issuesPerPage = 7;
            QVERIFY(saveSiteSettings(store, kept).ok());
        }
        auto window = test::openWindow(path);
        QVERIFY(window);

        // What the store keeps is shown on the page.
        PreferencesDialog *prefs = openPreferences(window.get());
        QVERIFY(prefs);
        SitePage *page = prefs->sitePage();
        auto *tabs = child<QTabWidget>(prefs, "tabs");
        QVERIFY(tabs->indexOf(page) >= 0);
        QCOMPARE(tabs->tabText(tabs->indexOf(page)), u"&Website"_s);
        tabs->setCurrentWidget(page);
        QCOMPARE(page->baseUrlEdit()->text(), u"https://old.example.com/"_s);
        QCOMPARE(page->titleEdit()->text(), u"Old Archive"_s);
        QCOMPARE(page->descriptionEdit()->text(), u"Back issues"_s);
        QCOMPARE(page->perPageSpin()->value(), 7);
        QVERIFY(page->slugEdit()->text().isEmpty());
        QVERIFY(!page->viewOnlineCheck()->isChecked());
        QVERIFY(page->baseUrlProblemLabel()->isHidden());

        // A base URL that is not http(s): said next to the field as typed; Save refuses it.
        replaceText(page->baseUrlEdit(), u"ftp://news.example.com/"_s);
        QVERIFY(!page->baseUrlProblemLabel()->isHidden());
        QVERIFY2(page->baseUrlProblemLabel()->text().contains(u"not an http or https address"_s),
                 qPrintable(page->baseUrlProblemLabel()->text()));
        replaceText(page->titleEdit(), u"Never Saved"_s);
        tabs->setCurrentIndex(0);
        QSignalSpy saved(prefs, &PreferencesDialog::saved);
        clickSave(prefs);
        QCOMPARE(tabs->currentWidget(), page); // the page with the problem comes up
        QVERIFY(page->baseUrlEdit()->hasFocus());
        QVERIFY(prefs->statusText().contains(u"not an http or https address"_s));
        QVERIFY(prefs->isVisible());
        QTest::qWait(200);
        QCOMPARE(saved.size(), 0);
        QCOMPARE(stored(path).title, u"Old Archive"_s); // nothing saved
        QCOMPARE(stored(path).baseUrl, u"https://old.example.com/"_s);
        // Mending the field clears the dialog's refusal at once, not at the next Save.
        replaceText(page->baseUrlEdit(), u"https://news.example.com/ops/"_s);
        QVERIFY(page->baseUrlProblemLabel()->isHidden());
        QVERIFY2(prefs->statusText().isEmpty(), qPrintable(prefs->statusText()));
        // An unusable page address is refused the same way.
        replaceText(page->slugEdit(), u"{year}"_s);
        QVERIFY(page->slugProblemLabel()->text().contains(u"{number}"_s));
        QVERIFY(prefs->statusText().isEmpty()); // not refused before Save
        clickSave(prefs);
        QVERIFY(page->slugEdit()->hasFocus());
        QVERIFY(prefs->statusText().contains(u"{number}"_s));
        QCOMPARE(saved.size(), 0);
        // Another problem in place of the refused one is named instead of it, as it is typed.
        replaceText(page->baseUrlEdit(), u"ftp://news.example.com/"_s);
        QVERIFY2(prefs->statusText().contains(u"not an http or https address"_s),
                 qPrintable(prefs->statusText()));
        replaceText(page->baseUrlEdit(), u"https://news.example.com/ops/"_s);
        QVERIFY(prefs->statusText().contains(u"{number}"_s)); // the slug is still refused
        replaceText(page->slugEdit(), u"{number}"_s);
        QVERIFY(prefs->statusText().isEmpty());

        // Edits through the widgets are saved with the dialog's Save.
        replaceText(page->slugEdit(), u"{year}/{number}"_s);
        QVERIFY(page->slugProblemLabel()->isHidden());
        replaceText(page->titleEdit(), u"Ops Archive"_s);
        replaceText(page->descriptionEdit(), u"Every issue & every link"_s);
        page->perPageSpin()->setFocus();
        page->perPageSpin()->selectAll();
        QTest::keyClicks(page->perPageSpin(), u"2"_s);
        QTest::mouseClick(page->viewOnlineCheck(), Qt::LeftButton);
        QVERIFY(page->viewOnlineCheck()->isChecked());
        clickSave(prefs);
        QVERIFY(saved.wait(15000) || saved.size() == 1);
        const SiteSettings now = stored(path);
        QCOMPARE(now.baseUrl, u"https://news.example.com/ops/"_s);
        QCOMPARE(now.title, u"Ops Archive"_s);
        QCOMPARE(now.description, u"Every issue & every link"_s);
        QCOMPARE(now.issuesPerPage, 2);
        QCOMPARE(now.slugPattern, u"{year}/{number}"_s);
        QVERIFY(now.viewOnlineLinksToSite);
        QTRY_VERIFY(window->findChildren<PreferencesDialog *>().isEmpty());

        // File ▸ Publish Archive… starts from them and publishes with them.
        window->actions()->action(ActionRegistry::PublishArchive)->trigger();
        PublishDialog *publish = nullptr;
        QTRY_VERIFY((publish = window->findChild<PublishDialog *>()) && publish->isVisible());
        QTRY_COMPARE(publish->baseUrlEdit()->text(), u"https://news.example.com/ops/"_s);
        QCOMPARE(publish->titleEdit()->text(), u"Ops Archive"_s);
        QCOMPARE(publish->perPageSpin()->value(), 2);
        QCOMPARE(publish->slugEdit()->text(), u"{year}/{number}"_s);
        QVERIFY(publish->viewOnlineCheck()->isChecked());
        const QString out = m_dir.filePath(u"out"_s);
        QTest::keyClicks(publish->folderEdit(), out);
        QSignalSpy finished(publish, &PublishDialog::finished);
        QTest::mouseClick(publish->publishButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000) || finished.size() == 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(publish->statusLabel()->text()));
        QVERIFY(QFileInfo::exists(out + u"/2025/101/index.html"_s)); // the page address
        QVERIFY(QFileInfo::exists(out + u"/page/2/index.html"_s)); // two issues per page
        QFile index(out + u"/index.html"_s);
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray html = index.readAll();
        QVERIFY(html.contains("<title>Ops Archive</title>"));
        QVERIFY(html.contains("Every issue &amp; every link"));
        QFile feed(out + u"/feed.xml"_s);
        QVERIFY(feed.open(QIODevice::ReadOnly));
        QVERIFY(feed.readAll().contains("<id>https://news.example.com/ops/2025/101/</id>"));
        publish->close();
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestSitePage)
#include "tst_sitepage.moc"
