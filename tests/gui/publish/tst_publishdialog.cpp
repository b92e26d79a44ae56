// File ▸ Publish Archive…: typed into the real widgets, the dialog publishes the fixture archive
// on a worker thread (the GUI thread keeps turning: the progress shows), keeps the base URL in
// the store's site settings, and refuses a base URL that is not http(s) without writing.
#include "fixturearchive.h"

#include "publish/publishdialog.h"
#include "publish/sitesettings.h"
#include "store/store.h"
#include "window/actionregistry.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestPublishDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"galley.sqlite"_s);
        QVERIFY(testsupport::importFixtureArchive(m_db));
    }

    void theFileMenuHasTheAction()
    {
        ActionRegistry actions;
        QAction *action = actions.action(ActionRegistry::PublishArchive);
        QVERIFY(action);
        QVERIFY(action->text().contains(u"Publish"_s));
    }

    void refusesABaseUrlThatIsNotHttp()
    {
        PublishDialog dialog(m_db);
        dialog.show();
        const QString out = m_dir.filePath(u"refused"_s);
        QTest::keyClicks(dialog.folderEdit(), out);
        dialog.baseUrlEdit()->clear();
        QTest::keyClicks(dialog.baseUrlEdit(), u"ftp://news.example.com/"_s);
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        QVERIFY(dialog.statusLabel()->text().contains(u"http or https"_s));
        QVERIFY(!dialog.isPublishing());
        QVERIFY(!QFileInfo::exists(out));
    }

    void publishesOnAWorkerAndKeepsTheBaseUrl()
    {
        PublishDialog dialog(m_db);
        dialog.show();
        QSignalSpy finished(&dialog, &PublishDialog::finished);
        const QString out = m_dir.filePath(u"site"_s);
        QTest::keyClicks(dialog.folderEdit(), out);
        dialog.baseUrlEdit()->clear();
        QTest::keyClicks(dialog.baseUrlEdit(), u"https://news.example.com/ops/"_s);
        QTest::keyClicks(dialog.titleEdit(), u"Ops Archive"_s);
        dialog.perPageSpin()->selectAll();
        QTest::keyClicks(dialog.perPageSpin(), u"2"_s);
        QTest::mouseClick(dialog.viewOnlineCheck(), Qt::LeftButton);
        QVERIFY(dialog.viewOnlineCheck()->isChecked());
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        QVERIFY(dialog.isPublishing() || finished.size() == 1);
        QVERIFY(finished.wait(20000) || finished.size() == 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(dialog.statusLabel()->text().contains(u"3"_s),
                 qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        QVERIFY(dialog.publishButton()->isEnabled());
        QVERIFY(QFileInfo::exists(out + u"/issues/101/index.html"_s));
        QVERIFY(QFileInfo::exists(out + u"/feed.xml"_s));
        QVERIFY(QFileInfo::exists(out + u"/page/2/index.html"_s)); // two issues per page

        Store store;
        QVERIFY(store.open(m_db).ok());
        const auto settings = loadSiteSettings(store);
        QVERIFY(settings.ok());
        QCOMPARE(settings->baseUrl, u"https://news.example.com/ops/"_s);
        QCOMPARE(settings->title, u"Ops Archive"_s);
        QCOMPARE(settings->issuesPerPage, 2);
        QVERIFY(settings->viewOnlineLinksToSite);

        // The next dialog starts from it.
        PublishDialog next(m_db);
        QTRY_COMPARE(next.baseUrlEdit()->text(), u"https://news.example.com/ops/"_s);
        QCOMPARE(next.titleEdit()->text(), u"Ops Archive"_s);
        QCOMPARE(next.perPageSpin()->value(), 2);
        QVERIFY(next.viewOnlineCheck()->isChecked());
    }
};

QTEST_MAIN(TestPublishDialog)
#include "tst_publishdialog.moc"
