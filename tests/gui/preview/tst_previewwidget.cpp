// The live preview on the real widget and the real WebEngine page: renders reach the DOM and are
// confirmed, the page is patched in place (scroll kept, no reload), scroll sync both ways, the
// preview modes, big documents and coalescing of quick updates.

#include "previewtesthelpers.h"
#include "previewwidget.h"

#include "email/emailsettings.h"
#include "exporter.h"
#include "issuedocument.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using galley::gui::PreviewWidget;
using galley::gui::test::evalJs;
using galley::gui::test::jsString;
using galley::gui::test::makePreview;
using galley::gui::test::meanLightness;
using galley::gui::test::waitApplied;
using galley::gui::test::waitReady;

namespace {

const QString kEmail = u"document.getElementById('galley-preview-email')"_s;

QString longDocument(int paragraphs)
{
    QString text = u"---\ntitle: Long issue\n---\n# Top\n\n"_s;
    for (int i = 0; i < paragraphs; ++i)
        text += u"Paragraph number %1 with some words to fill a line or two of the preview.\n\n"_s
                    .arg(i);
    return text;
}

// The body of the export as the page's own parser sees it, to compare with the patched DOM.
QString expectedBodyScript(const QString &text)
{
    auto doc = galley::IssueDocument::fromText(text);
    const QString html = QString::fromUtf8(galley::exportDocument(
        *doc, galley::ExportFormat::Html, galley::RenderOptions {.sourcePositions = true}));
    return u"new DOMParser().parseFromString("_s + jsString(html)
        + u", 'text/html').body.innerHTML === "_s + kEmail + u".innerHTML"_s;
}

// Whether the page has been painted: text is dark somewhere (a grab taken before the first
// frame is blank).
bool painted(const QImage &image)
{
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (QColor(image.pixel(x, y)).lightness() < 100)
                return true;
        }
    }
    return false;
}

} // namespace

class TestPreviewWidget : public QObject
{
    Q_OBJECT

private slots:
    void typingUpdatesTheDomAndThePageConfirms()
    {
        auto preview = makePreview();
        QPlainTextEdit editor;
        connect(&editor, &QPlainTextEdit::textChanged, preview.get(),
                [&] { preview->setDocumentText(editor.toPlainText()); });
        QSignalSpy applied(preview.get(), &PreviewWidget::updateApplied);

        editor.setPlainText(u"---\ntitle: Hello issue\n---\n# Hello\n\nFirst words"_s);
        QVERIFY(waitApplied(*preview));
        QCOMPARE(evalJs(*preview, kEmail + u".querySelector('h1[data-sourcepos]').textContent"_s)
                     .toString(),
                 u"Hello"_s);
        QCOMPARE(evalJs(*preview, u"document.title"_s).toString(), u"Hello issue"_s);
        QVERIFY(!applied.isEmpty());
        QCOMPARE(applied.last().at(0).toULongLong(), preview->requestedSequence());

        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, u" and more"_s);
        QVERIFY(waitApplied(*preview));
        QCOMPARE(evalJs(*preview, kEmail + u".querySelector('p[data-sourcepos]').textContent"_s)
                     .toString(),
                 u"First words and more"_s);

        // After a series of in-place patches the DOM is exactly the export's body.
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::keyClick(&editor, Qt::Key_Return);
        editor.insertPlainText(u"- a list\n- [link](https://example.com/)\n\n> quote"_s);
        QVERIFY(waitApplied(*preview));
        QVERIFY(evalJs(*preview, expectedBodyScript(editor.toPlainText())).toBool());
        QVERIFY(
            evalJs(*preview, kEmail + u".querySelector('[data-sourcepos]') !== null"_s).toBool());
    }

    void frontMatterErrorShowsBannerAndKeepsLastRender()
    {
        auto preview = makePreview();
        preview->setDocumentText(u"---\ntitle: Good\n---\nKept paragraph\n"_s);
        QVERIFY(waitApplied(*preview));
        preview->setDocumentText(u"---\ntitle: x\ndate: next tuesday\n---\nNew paragraph\n"_s);
        QVERIFY(waitApplied(*preview));
        const QString banner
            = evalJs(*preview, u"document.getElementById('galley-preview-error').textContent"_s)
                  .toString();
        QVERIFY2(banner.contains(u"ISO 8601"_s), qPrintable(banner));
        QVERIFY(evalJs(*preview,
                       u"getComputedStyle(document.getElementById('galley-preview-error'))"
                       u".display !== 'none'"_s)
                    .toBool());
        QCOMPARE(evalJs(*preview, kEmail + u".querySelector('p[data-sourcepos]').textContent"_s)
                     .toString(),
                 u"Kept paragraph"_s);

        preview->setDocumentText(u"---\ntitle: Good\n---\nFixed paragraph\n"_s);
        QVERIFY(waitApplied(*preview));
        QCOMPARE(evalJs(*preview, kEmail + u".querySelector('p[data-sourcepos]').textContent"_s)
                     .toString(),
                 u"Fixed paragraph"_s);
        QVERIFY(evalJs(*preview,
                       u"getComputedStyle(document.getElementById('galley-preview-error'))"
                       u".display === 'none'"_s)
                    .toBool());
    }

    // Measured in the real page: in both sponsor boxes (the top one with its heading, the closing
    // repeat with its label) the space below the last line equals the space above the first.
    void sponsorBoxIsAsTightAtTheBottomAsAtTheTop()
    {
        auto preview = makePreview();
        // The sample issue: a sponsor block after the intro and its repeat at the end.
        QFile sample(u":/galley/sample-issue.md"_s);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sample.readAll());
        preview->setDocumentText(text);
        QVERIFY(waitApplied(*preview));
        // For each box: the gap between the td's border and its first child's border box, counting
        // that child's top margin, and the same at the bottom.
        const QString gaps = evalJs(*preview, kEmail + uR"(.querySelectorAll('td.galley-sponsor')
            .length + ' ' + Array.from(document.querySelectorAll('td.galley-sponsor')).map(td => {
                const box = td.getBoundingClientRect();
                const first = td.firstElementChild, last = td.lastElementChild;
                const top = first.getBoundingClientRect().top
                    - parseFloat(getComputedStyle(first).marginTop) - box.top;
                const bottom = box.bottom - last.getBoundingClientRect().bottom
                    - parseFloat(getComputedStyle(last).marginBottom);
                return Math.round(top) + ':' + Math.round(bottom) + ':'
                    + Math.round(box.bottom - last.getBoundingClientRect().bottom);
            }).join(' '))"_s)
                                 .toString();
        const QStringList parts = gaps.split(u' ');
        QCOMPARE(parts.value(0), u"2"_s);
        for (const QString &box : parts.mid(1)) {
            const QStringList g = box.split(u':');
            QCOMPARE(g.size(), 3);
            // Padding and border only, the same on both sides: no margin below the last line.
            QVERIFY2(g.at(0).toInt() > 0, qPrintable(gaps));
            QCOMPARE(g.at(2).toInt(), g.at(0).toInt());
        }
    }

    void scrollPositionSurvivesAnUpdate()
    {
        auto preview = makePreview();
        QString text = longDocument(200);
        preview->setDocumentText(text);
        QVERIFY(waitApplied(*preview));
        QVERIFY(evalJs(*preview, u"document.documentElement.scrollHeight > 4000"_s).toBool());
        evalJs(*preview, u"window.scrollTo(0, 2500); window.__marker = 'same page'"_s);
        QTRY_COMPARE(evalJs(*preview, u"window.scrollY"_s).toInt(), 2500);

        text.replace(u"Paragraph number 150 "_s, u"Paragraph number 150 edited "_s);
        text.replace(u"Paragraph number 199 "_s, u"Paragraph number 199 edited "_s);
        preview->setDocumentText(text);
        QVERIFY(waitApplied(*preview));
        QVERIFY(evalJs(*preview, kEmail + u".textContent.includes('150 edited')"_s).toBool());
        QCOMPARE(evalJs(*preview, u"window.scrollY"_s).toInt(), 2500);
        QCOMPARE(evalJs(*preview, u"window.__marker"_s).toString(), u"same page"_s);
        QVERIFY(evalJs(*preview, expectedBodyScript(text)).toBool());
    }

    void clickingABlockEmitsItsEditorLine()
    {
        auto preview = makePreview();
        QSignalSpy clicked(preview.get(), &PreviewWidget::sourceLineClicked);
        // Front matter takes lines 1-4, so body line 3 is editor line 7.
        preview->setDocumentText(
            u"---\ntitle: Lines\nissue: 3\n---\n# Heading\n\nThe paragraph\n"_s);
        QVERIFY(waitApplied(*preview));
        evalJs(*preview, kEmail + u".querySelector('p[data-sourcepos]').click()"_s);
        QTRY_COMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 7);
        evalJs(*preview, kEmail + u".querySelector('h1[data-sourcepos]').click()"_s);
        QTRY_COMPARE(clicked.size(), 2);
        QCOMPARE(clicked.at(1).at(0).toInt(), 5);
    }

    void scrollToSourceLineBringsTheBlockIntoView()
    {
        auto preview = makePreview();
        const QString text = longDocument(200);
        preview->setDocumentText(text);
        QVERIFY(waitApplied(*preview));
        // Paragraph 120 is on body line 3 + 2 * 120, editor line + 3 (front matter).
        const int line = 3 + 2 * 120 + 3;
        const QString top = kEmail
            + u".querySelector('[data-sourcepos^=\"%1:\"]').getBoundingClientRect().top"_s.arg(line
                                                                                               - 3);
        preview->scrollToSourceLine(line);
        QTRY_VERIFY(qAbs(evalJs(*preview, top).toDouble()) < 2.0);
        const int scrolled = evalJs(*preview, u"window.scrollY"_s).toInt();
        QVERIFY(scrolled > 1000);

        // A line whose block is already visible does not move the page.
        preview->scrollToSourceLine(line + 2);
        QTest::qWait(300);
        QCOMPARE(evalJs(*preview, u"window.scrollY"_s).toInt(), scrolled);

        // With sync off nothing moves.
        preview->setScrollSyncEnabled(false);
        preview->scrollToSourceLine(5);
        QTest::qWait(300);
        QCOMPARE(evalJs(*preview, u"window.scrollY"_s).toInt(), scrolled);
    }

    void modesSwitchWithoutReloading()
    {
        auto preview = makePreview();
        const QString text
            = u"---\ntitle: Modes\n---\n# Modes\n\nSee [the site](https://example.com/"
              u"a) for *more*.\n"_s;
        preview->setDocumentText(text);
        QVERIFY(waitApplied(*preview));
        QSignalSpy loads(preview->view()->page(), &QWebEnginePage::loadStarted);
        evalJs(*preview, u"window.__marker = 42"_s);
        const QString dir = QDir::currentPath();
        QTRY_VERIFY(painted(preview->grab().toImage()));
        const QPixmap desktop = preview->grab();
        QVERIFY(desktop.save(dir + u"/preview-desktop.png"_s));
        const int desktopLightness = meanLightness(desktop.toImage());

        preview->setMode(PreviewWidget::Mode::Phone);
        QTRY_VERIFY(evalJs(*preview, u"document.documentElement.classList.contains('mode-phone')"_s)
                        .toBool());
        QCOMPARE(evalJs(*preview,
                        u"document.getElementById('galley-preview-frame')"
                        u".getBoundingClientRect().width"_s)
                     .toInt(),
                 375);
        QVERIFY(preview->grab().save(dir + u"/preview-phone.png"_s));

        preview->setMode(PreviewWidget::Mode::Dark);
        QTRY_VERIFY(evalJs(*preview, u"document.documentElement.classList.contains('mode-dark')"_s)
                        .toBool());
        // Dark mode makes the email dark, whichever way (its own dark styles or inversion).
        QTRY_VERIFY(meanLightness(preview->grab().toImage()) < desktopLightness - 60);
        QVERIFY(preview->grab().save(dir + u"/preview-dark.png"_s));

        preview->setMode(PreviewWidget::Mode::PlainText);
        QVERIFY(waitApplied(*preview));
        auto doc = galley::IssueDocument::fromText(text);
        const QString expected
            = QString::fromUtf8(galley::exportDocument(*doc, galley::ExportFormat::Text));
        QTRY_COMPARE(
            evalJs(*preview, u"document.getElementById('galley-preview-plain').textContent"_s)
                .toString(),
            expected);
        QVERIFY(evalJs(*preview,
                       u"getComputedStyle(document.getElementById('galley-preview-frame'))"
                       u".display === 'none'"_s)
                    .toBool());
        QVERIFY(preview->grab().save(dir + u"/preview-plain.png"_s));

        preview->setMode(PreviewWidget::Mode::Desktop);
        QTRY_VERIFY(
            evalJs(*preview, u"document.documentElement.classList.contains('mode-desktop')"_s)
                .toBool());
        QCOMPARE(evalJs(*preview, u"window.__marker"_s).toInt(), 42);
        QCOMPARE(loads.size(), 0);
    }

    // With the newsletter's UTM tagging on, the page's links carry the parameters (the mailto
    // does not); turned off, the next render has the clean link again (issue 21).
    void linksAreTaggedWhenTheSettingIsOn()
    {
        auto preview = makePreview();
        galley::EmailSettings settings;
        settings.newsletterName = u"Ops Weekly"_s;
        settings.utm.enabled = true;
        preview->setEmailSettings(settings);
        preview->setDocumentText(
            u"---\ntitle: Ops Weekly \\#7\n---\nSee [the post]"
            u"(https://example.com/a?x=1#top) or [mail](mailto:e@example.com)."_s);
        QVERIFY(waitApplied(*preview));
        const QString href = kEmail
            + u".querySelector('a[href^=\"https://example.com\"]')"
              u".getAttribute('href')"_s;
        QCOMPARE(evalJs(*preview, href).toString(),
                 u"https://example.com/a?x=1&utm_source=ops-weekly&utm_medium=email"
                 u"&utm_campaign=issue-7#top"_s);
        QCOMPARE(evalJs(*preview,
                        kEmail
                            + u".querySelector('a[href^=\"mailto\"]')"
                              u".getAttribute('href')"_s)
                     .toString(),
                 u"mailto:e@example.com"_s);

        settings.utm.enabled = false;
        preview->setEmailSettings(settings);
        QVERIFY(waitApplied(*preview));
        QTRY_COMPARE(evalJs(*preview, href).toString(), u"https://example.com/a?x=1#top"_s);
    }

    void threeMegabytesRender()
    {
        auto preview = makePreview();
        QString text = u"# Big\n\n"_s;
        int paragraphs = 0;
        while (text.size() < 3 * 1024 * 1024) {
            text += u"Line %1 of a very large document, **bold** and `code` and "
                    u"[a link](https://example.com/%1).\n\n"_s.arg(paragraphs);
            ++paragraphs;
        }
        preview->setDocumentText(text);
        QVERIFY(waitApplied(*preview, 120000));
        QCOMPARE(
            evalJs(*preview, kEmail + u".querySelectorAll('p[data-sourcepos]').length"_s).toInt(),
            paragraphs);
    }

    // Edits reach the page as block patches: blocks away from the edit stay the same DOM nodes,
    // the scroll position stays, and after every kind of change (typing, new lines that move
    // the blocks below, a new title, raw HTML that cannot be cut into blocks and back) the DOM
    // is exactly the export's.
    void blockPatchesKeepNodesAndEqualAFullRender()
    {
        auto preview = makePreview();
        QString text = longDocument(300);
        text += u"\n| a | b |\n|---|---|\n| 1 | 2 |\n\nEnd[^n].\n\n[^n]: A note.\n"_s;
        preview->setDocumentText(text);
        QVERIFY(waitApplied(*preview));
        QVERIFY(evalJs(*preview, expectedBodyScript(text)).toBool());
        evalJs(*preview, u"window.scrollTo(0, 3000)"_s);
        QTRY_COMPARE(evalJs(*preview, u"window.scrollY"_s).toInt(), 3000);
        const QString far = kEmail + u".querySelector('[data-sourcepos^=\"%1:\"]')"_s;
        // Mark a block far below the edits and one above them.
        evalJs(*preview,
               far.arg(3 + 2 * 250) + u".__kept = 'below'; "_s + far.arg(3 + 2 * 10)
                   + u".__kept = 'above'"_s);

        auto check = [&](const QString &what) {
            if (!waitApplied(*preview))
                return QString(what + u": not applied"_s);
            if (!evalJs(*preview, expectedBodyScript(text)).toBool())
                return QString(what + u": DOM differs from the export"_s);
            if (evalJs(*preview, u"window.scrollY"_s).toInt() != 3000)
                return QString(what + u": scrolled"_s);
            return QString();
        };

        text.replace(u"Paragraph number 100 "_s, u"Paragraph number 100 typed "_s);
        preview->setDocumentText(text);
        QCOMPARE(check(u"typing"_s), QString());
        QCOMPARE(evalJs(*preview, far.arg(3 + 2 * 250) + u".__kept"_s).toString(), u"below"_s);

        // Two new paragraphs (four lines) above the marked block: it moves down, same node.
        text.replace(u"Paragraph number 120 "_s,
                     u"Inserted one.\n\nInserted two.\n\nParagraph number 120 "_s);
        preview->setDocumentText(text);
        QCOMPARE(check(u"new lines"_s), QString());
        QCOMPARE(evalJs(*preview, far.arg(3 + 2 * 250 + 4) + u".__kept"_s).toString(), u"below"_s);
        QCOMPARE(evalJs(*preview, far.arg(3 + 2 * 10) + u".__kept"_s).toString(), u"above"_s);

        // Lines removed again; the table and the footnote at the end follow.
        text.replace(u"Inserted one.\n\nInserted two.\n\n"_s, QString());
        preview->setDocumentText(text);
        QCOMPARE(check(u"removed lines"_s), QString());
        QCOMPARE(evalJs(*preview, far.arg(3 + 2 * 250) + u".__kept"_s).toString(), u"below"_s);

        // The title is in the skeleton around the blocks.
        text.replace(u"title: Long issue"_s, u"title: Renamed issue"_s);
        preview->setDocumentText(text);
        QCOMPARE(check(u"title"_s), QString());
        QCOMPARE(evalJs(*preview, u"document.title"_s).toString(), u"Renamed issue"_s);
        QCOMPARE(evalJs(*preview, far.arg(3 + 2 * 250) + u".__kept"_s).toString(), u"below"_s);

        // An unclosed raw <b> cannot be cut into independent blocks: whole document, then
        // blocks again once it is closed.
        text.replace(u"Paragraph number 5 "_s, u"Paragraph number 5 <b>open "_s);
        preview->setDocumentText(text);
        QCOMPARE(check(u"unclosed tag"_s), QString());
        text.replace(u"<b>open "_s, u"<b>open</b> "_s);
        preview->setDocumentText(text);
        QCOMPARE(check(u"closed again"_s), QString());
        text.replace(u"Paragraph number 7 "_s, u"Paragraph number 7 typed "_s);
        preview->setDocumentText(text);
        QCOMPARE(check(u"typing after"_s), QString());

        // Scroll sync still finds blocks after all that.
        preview->scrollToSourceLine(3 + 2 * 290 + 3);
        QTRY_VERIFY(qAbs(evalJs(*preview, far.arg(3 + 2 * 290) + u".getBoundingClientRect().top"_s)
                             .toDouble())
                    < 2.0);
        QTRY_VERIFY(painted(preview->grab().toImage()));
        QVERIFY(preview->grab().save(QDir::currentPath() + u"/preview-after-patches.png"_s));
    }

    void quickUpdatesCoalesceAndTheLastTextWins()
    {
        auto preview = makePreview();
        QVERIFY(waitReady(*preview));
        QSignalSpy applied(preview.get(), &PreviewWidget::updateApplied);
        // No event loop runs between these calls, so at most the first and the last text are
        // rendered; everything in between is dropped.
        for (int i = 0; i < 200; ++i)
            preview->setDocumentText(u"# Version %1\n"_s.arg(i));
        QVERIFY(waitApplied(*preview));
        QCOMPARE(evalJs(*preview, kEmail + u".querySelector('h1[data-sourcepos]').textContent"_s)
                     .toString(),
                 u"Version 199"_s);
        QVERIFY2(applied.size() <= 2, qPrintable(QString::number(applied.size())));
        QCOMPARE(applied.last().at(0).toULongLong(), preview->requestedSequence());
    }
};

QTEST_MAIN(TestPreviewWidget)
#include "tst_previewwidget.moc"
