// The editor window opens with the sample issue and its preview rendered by the real WebEngine.
#include "mainwindow.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensWithSampleAndPreview()
    {
        galley::gui::MainWindow window;
        auto *view = window.findChild<QWebEngineView *>();
        QVERIFY(view);
        QSignalSpy loaded(view, &QWebEngineView::loadFinished);
        window.show();
        QVERIFY(loaded.wait(20000) || loaded.count() > 0);
        QCOMPARE(loaded.first().first().toBool(), true);
        auto *editor = window.findChild<QPlainTextEdit *>();
        QVERIFY(editor->toPlainText().contains(u"From our sponsor"_s));
        QString title;
        view->page()->runJavaScript(u"document.querySelector('h1').textContent"_s,
                                    [&](const QVariant &v) { title = v.toString(); });
        QTRY_COMPARE_WITH_TIMEOUT(title, u"From our sponsor, Acme Hosting"_s, 10000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
