// What the preview must never do, on the real widget and page: run script from a draft, navigate
// away, fetch remote images before the person allows them, or offer reload in its context menu.

#include "previewtesthelpers.h"
#include "previewwidget.h"

#include <QBuffer>
#include <QFrame>
#include <QImage>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using galley::gui::PreviewWidget;
using galley::gui::test::evalJs;
using galley::gui::test::makePreview;
using galley::gui::test::waitApplied;

namespace {

const QString kEmail = u"document.getElementById('galley-preview-email')"_s;
const QString kShellUrl = u"qrc:/galley/preview/shell.html"_s;
const QString kImagesDone = u"Array.from(document.images).every(i => i.complete)"_s;

// A tiny HTTP server on 127.0.0.1 that serves a 1x1 PNG and counts the requests it sees.
class PixelServer : public QObject
{
public:
    PixelServer()
    {
        QImage image(1, 1, QImage::Format_RGB32);
        image.fill(Qt::red);
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                                  + QByteArray::number(m_png.size())
                                  + "\r\nConnection: close\r\n\r\n" + m_png);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return u"http://127.0.0.1:%1/pixel.png"_s.arg(m_server.serverPort()); }
    int requests = 0;

private:
    QTcpServer m_server;
    QByteArray m_png;
};

} // namespace

class TestPreviewSecurity : public QObject
{
    Q_OBJECT

private slots:
    void clickedLinkIsHandedOutNotNavigated()
    {
        auto preview = makePreview();
        QSignalSpy links(preview.get(), &PreviewWidget::linkActivated);
        preview->setDocumentText(u"# Links\n\nRead [the post](https://example.com/post).\n"_s);
        QVERIFY(waitApplied(*preview));
        evalJs(*preview, u"window.__marker = 'still here'"_s);

        evalJs(*preview, kEmail + u".querySelector('a[href^=\"https://example.com\"]').click()"_s);
        QTRY_COMPARE(links.size(), 1);
        QCOMPARE(links.at(0).at(0).toUrl(), QUrl(u"https://example.com/post"_s));

        // Navigation the page would start on its own is refused too.
        evalJs(*preview, u"window.location.href = 'https://example.com/elsewhere'"_s);
        QTest::qWait(500);
        QCOMPARE(preview->view()->page()->url(), QUrl(kShellUrl));
        QCOMPARE(evalJs(*preview, u"window.__marker"_s).toString(), u"still here"_s);
    }

    // A footnote's links stay in the page: they scroll to the note and back, also when the label
    // is percent-encoded in the id (a non-ASCII label), and nothing is handed out.
    void footnoteLinksScrollWithinThePage()
    {
        auto preview = makePreview();
        QSignalSpy links(preview.get(), &PreviewWidget::linkActivated);
        QString text = u"# Notes\n\nSee the note[^\u00e9t\u00e9].\n\n"_s;
        for (int i = 0; i < 60; ++i)
            text += u"Filler paragraph %1.\n\n"_s.arg(i);
        text += u"[^\u00e9t\u00e9]: The note.\n"_s;
        preview->setDocumentText(text);
        QVERIFY(waitApplied(*preview));
        const QString note = kEmail + u".querySelector('#fn-\\\\%C3\\\\%A9t\\\\%C3\\\\%A9')"_s;
        const QString ref = kEmail + u".querySelector('a[href^=\"#fn-\"]')"_s;
        const QString top = u".getBoundingClientRect().top"_s;
        QVERIFY(evalJs(*preview, note + u" !== null"_s).toBool());
        // In view: near the top, or as near as the end of the page lets it come.
        const auto inView = [&](const QString &element) {
            const double y = evalJs(*preview, element + top).toDouble();
            return y >= 0 && y < 450;
        };
        QVERIFY(!inView(note));
        evalJs(*preview, ref + u".click()"_s);
        QTRY_VERIFY(inView(note));
        QVERIFY(!inView(ref));
        evalJs(*preview, note + u".querySelector('a[href^=\"#fnref-\"]').click()"_s);
        QTRY_VERIFY(inView(ref));
        QCOMPARE(links.size(), 0);
        QCOMPARE(preview->view()->page()->url(), QUrl(kShellUrl));
    }

    void draftFullOfXssVectorsRunsNothing()
    {
        auto preview = makePreview();
        QSignalSpy links(preview.get(), &PreviewWidget::linkActivated);
        const QString draft = uR"MD(---
title: Safe subject
---
<script>window.__xss = 1; document.title = 'pwned'</script>

<img src="x" onerror="window.__xss = 2; document.title = 'pwned'">

<svg onload="window.__xss = 3; document.title = 'pwned'"><rect/></svg>

<iframe src="javascript:parent.__xss = 4"></iframe>

[click](javascript:window.__xss=5;document.title='pwned')

[tabbed](jav&#x09;ascript:window.__xss=6)

![img](javascript:window.__xss=7)

<a href="javascript:window.__xss=8">raw link</a>

<details open ontoggle="window.__xss = 9">x</details>

<body onload="window.__xss = 10">

<meta http-equiv="refresh" content="0; url=javascript:window.__xss=12">

<object data="data:text/html,<script>parent.__xss=13</script>"></object>

[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTQ8L3NjcmlwdD4=)

Inline <img src=y onerror="window.__xss=15"> and <b onmouseover="window.__xss=16">b</b>.
)MD"_s;
        preview->setDocumentText(draft);
        QVERIFY(waitApplied(*preview));
        // The vectors reached the page (as text), so nothing below passes by accident.
        QVERIFY(evalJs(*preview, kEmail + u".textContent.includes('onerror')"_s).toBool());
        QTRY_VERIFY(evalJs(*preview, kImagesDone).toBool());
        evalJs(*preview,
               u"for (const el of "_s + kEmail
                   + u".querySelectorAll('*')) {"
                     u"  el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                     u"  el.click(); }"_s);
        QTest::qWait(300);
        QCOMPARE(evalJs(*preview, u"typeof window.__xss"_s).toString(), u"undefined"_s);
        QCOMPARE(evalJs(*preview, u"document.title"_s).toString(), u"Safe subject"_s);
        QCOMPARE(preview->view()->page()->url(), QUrl(kShellUrl));
        for (const QList<QVariant> &link : std::as_const(links)) {
            const QString scheme = link.at(0).toUrl().scheme();
            QVERIFY2(scheme != u"javascript" && scheme != u"vbscript" && scheme != u"data",
                     qPrintable(scheme));
        }
    }

    void contentSecurityPolicyBlocksInjectedScript()
    {
        // Behind the sanitiser: even markup that reaches the page with handlers cannot run.
        auto preview = makePreview();
        preview->setDocumentText(u"Plain paragraph\n"_s);
        QVERIFY(waitApplied(*preview));
        evalJs(*preview,
               kEmail
                   + u".innerHTML = '<img src=\"nope\" onerror=\"window.__xss = 1\">"
                     u"<svg onload=\"window.__xss = 2\"></svg>"
                     u"<a id=\"js\" href=\"javascript:window.__xss = 3\">x</a>';"
                     u"const s = document.createElement('script');"
                     u"s.textContent = 'window.__xss = 4';"
                     u"document.body.appendChild(s);"_s);
        QTRY_VERIFY(evalJs(*preview, kImagesDone).toBool());
        QTest::qWait(300);
        QCOMPARE(evalJs(*preview, u"typeof window.__xss"_s).toString(), u"undefined"_s);
    }

    void remoteImagesAreBlockedUntilAllowed()
    {
        PixelServer server;
        auto preview = makePreview();
        QSignalSpy blocked(preview.get(), &PreviewWidget::remoteImagesBlocked);
        preview->setDocumentText(u"# Pixels\n\n![pixel]("_s + server.url() + u")\n"_s);
        QVERIFY(waitApplied(*preview));
        QTRY_VERIFY(evalJs(*preview, kImagesDone).toBool());
        QCOMPARE(evalJs(*preview, kEmail + u".querySelector('img').naturalWidth"_s).toInt(), 0);
        QCOMPARE(server.requests, 0);
        QVERIFY(!blocked.isEmpty());
        QCOMPARE(blocked.last().at(0).toInt(), 1);

        auto *notice = preview->findChild<QFrame *>(u"remoteImageNotice"_s);
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        auto *button = notice->findChild<QPushButton *>();
        QVERIFY(button);
        QVERIFY(preview->grab().save(u"preview-images-blocked.png"_s));

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(preview->remoteImagesAllowed());
        QTRY_VERIFY(!notice->isVisible());
        QCOMPARE(blocked.last().at(0).toInt(), 0);
        QTRY_COMPARE(evalJs(*preview, kEmail + u".querySelector('img').naturalWidth"_s).toInt(), 1);
        QVERIFY(server.requests >= 1);
    }

    void contextMenuOffersOnlyCopyAndSelectAll()
    {
        auto preview = makePreview();
        preview->setDocumentText(u"Some text to copy\n"_s);
        QVERIFY(waitApplied(*preview));
        QWidget *target = preview->view()->focusProxy();
        QVERIFY(target);
        QTest::mouseClick(target, Qt::RightButton, {}, QPoint(40, 20));
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = preview->view()->findChild<QMenu *>()) != nullptr);
        QTRY_VERIFY(menu->isVisible());
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        const QStringList expected {
            preview->view()->page()->action(QWebEnginePage::Copy)->text(),
            preview->view()->page()->action(QWebEnginePage::SelectAll)->text()};
        QCOMPARE(texts, expected);
        menu->close();
    }
};

QTEST_MAIN(TestPreviewSecurity)
#include "tst_previewsecurity.moc"
