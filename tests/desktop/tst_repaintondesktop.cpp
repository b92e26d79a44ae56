// The window on a real desktop (Xvfb with openbox: run through run_under_window_manager.sh),
// where the web preview makes the window a composited one. What the screen shows is compared
// with a fresh rendering of the same widget: offscreen tests draw into a plain image and never
// see a repaint that went missing.
#include "archivefixture.h"
#include "drafts/draftspanel.h"
#include "windowfixture.h"

#include <QGuiApplication>
#include <QLineEdit>
#include <QScreen>
#include <QTreeWidget>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

class TestRepaintOnDesktop : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // Offscreen would pass whatever the code does: this test means the X server.
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    }

    // Search results replace the list on screen, not only in the model. Found by hand under
    // Xvfb: the one hit was painted over the first row while the rows the search removed stayed
    // on screen below it, until something else repainted the panel. What the window shows (its
    // backing store) must match a fresh rendering of the list.
    void searchResultsRepaintTheWholeList()
    {
        const QString path = m_dir.filePath(u"repaint.sqlite"_s);
        QVERIFY(testsupport::importFixtureArchive(path));
        {
            auto store = test::openStore(path);
            QVERIFY(store);
            QVERIFY(store->createIssue(u"# Notes for next week\n\nNothing about sponsors.\n"_s,
                                       IssueStatus::Sent));
        }
        auto window = test::openWindow(path);
        QVERIFY(window);
        window->resize(1400, 880);
        DraftsPanel *panel = window->draftsPanel();
        QTRY_COMPARE(panel->shownIds().size(), 4);
        QTest::qWait(500);

        auto *search = panel->findChild<QLineEdit *>(u"draftsSearch"_s);
        QTest::mouseClick(search, Qt::LeftButton);
        QTest::keyClicks(search, u"pagerly rotations"_s, Qt::NoModifier, 30);
        QTRY_COMPARE(panel->shownIds().size(), 2);
        QTest::qWait(300); // the repaint is posted
        auto *tree = panel->findChild<QTreeWidget *>(u"draftsList"_s);
        QWidget *rows = tree->viewport();
        const QImage onScreen = window->windowHandle()
                                    ->screen()
                                    ->grabWindow(window->winId())
                                    .toImage()
                                    .convertToFormat(QImage::Format_RGB32);
        const QImage fresh = rows->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRect where(rows->mapTo(window.get(), QPoint()), rows->size());
        const QImage shown = onScreen.copy(where);
        QVERIFY2(shown == fresh, "the list on screen still shows rows the search removed");
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestRepaintOnDesktop)
#include "tst_repaintondesktop.moc"
