// The email HTML: the rules mail clients impose, checked on every issue we have.

#include "email/emaildocument.h"
#include "email/emailhtmlrenderer.h"
#include "emailtestsupport.h"
#include "exporter.h"
#include "issuestructure.h"

#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::emailtest;

class TestEmailHtml : public QObject
{
    Q_OBJECT

private:
    static QString html(const IssueDocument &doc, const EmailSettings &settings = {},
                        const RenderOptions &options = {})
    {
        return QString::fromUtf8(exportDocument(doc, ExportFormat::Html, options, settings));
    }
    static IssueDocument docFrom(const QString &text)
    {
        auto doc = IssueDocument::fromText(text);
        if (!doc)
            qFatal("bad test document");
        return *doc;
    }

private slots:
    void documentFrame_data() { addIssueRows(); }
    void documentFrame()
    {
        QFETCH(QString, path);
        const IssueDocument doc = loadIssue(path);
        const QString out = html(doc);
        QVERIFY(out.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">"_s));
        QVERIFY(out.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(out.contains(u"<meta name=\"viewport\""_s));
        QVERIFY(out.contains(u"<meta name=\"color-scheme\" content=\"light dark\">"_s));
        QVERIFY(out.contains(u"<meta name=\"supported-color-schemes\" content=\"light dark\">"_s));
        QCOMPARE(out.count(u"<title>"_s), 1);
        const qsizetype t = out.indexOf(u"<title>"_s) + 7;
        QCOMPARE(unescapeHtml(out.mid(t, out.indexOf(u"</title>"_s) - t)), doc.subject());
        QVERIFY(out.contains(u"role=\"presentation\""_s));
        QVERIFY(out.contains(u"max-width:600px"_s));
        QVERIFY2(out.toUtf8().size() < 102 * 1024,
                 qPrintable(u"%1 bytes: Gmail clips messages over 102 KB"_s.arg(out.size())));
    }

    void inlineStylesOnContentElements_data() { addIssueRows(); }
    void inlineStylesOnContentElements()
    {
        QFETCH(QString, path);
        QString out = html(loadIssue(path));
        // Outlook's conditional ghost table is a comment to every other client.
        out.remove(
            QRegularExpression(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption));
        const QRegularExpression tag(
            u"<(p|h[1-6]|a|ul|ol|li|blockquote|pre|table|th|td|img|hr)(\\s[^>]*)?>"_s);
        int checked = 0;
        for (auto it = tag.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            QVERIFY2(m.captured(2).contains(u" style=\""_s),
                     qPrintable(u"no inline style: "_s + m.captured(0)));
            ++checked;
        }
        QVERIFY(checked > 10);
        for (const char *name : {"<p ", "<a ", "<h1 "})
            QVERIFY2(out.contains(QLatin1StringView(name)), name);
    }

    void nothingMailClientsReject_data() { addIssueRows(); }
    void nothingMailClientsReject()
    {
        QFETCH(QString, path);
        const QString out = html(loadIssue(path));
        const QRegularExpression forbiddenCss(
            u"display\\s*:\\s*(flex|grid|inline-flex|inline-grid)|position\\s*:|float\\s*:"_s,
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!forbiddenCss.match(out).hasMatch(),
                 qPrintable(forbiddenCss.match(out).captured()));
        const QRegularExpression forbiddenTag(
            u"<(script|svg|form|input|button|select|textarea|iframe|object|embed|link)\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!forbiddenTag.match(out).hasMatch(),
                 qPrintable(forbiddenTag.match(out).captured()));
        QVERIFY(!out.contains(u"url("_s));
        QVERIFY(!out.contains(u"@import"_s));
        // One <style>, in the head, holding nothing but media queries.
        QCOMPARE(out.count(u"<style"_s), 1);
        const qsizetype start = out.indexOf(u"<style>"_s) + 7;
        QVERIFY(start < out.indexOf(u"</head>"_s));
        QString css = out.mid(start, out.indexOf(u"</style>"_s) - start);
        // Remove @media blocks (one level of nested rules) and what remains must be blank.
        const QRegularExpression media(u"@media[^{]*\\{(?:[^{}]*\\{[^{}]*\\})*\\s*\\}"_s);
        QVERIFY(css.count(u"@media"_s) >= 2);
        css.remove(media);
        QVERIFY2(css.trimmed().isEmpty(), qPrintable(css));
    }

    void preheaderFirst_data() { addIssueRows(); }
    void preheaderFirst()
    {
        QFETCH(QString, path);
        const IssueDocument doc = loadIssue(path);
        const QString out = html(doc);
        const qsizetype bodyEnd = out.indexOf(u'>', out.indexOf(u"<body"_s)) + 1;
        const QString afterBody = out.mid(bodyEnd).trimmed();
        QVERIFY2(afterBody.startsWith(u"<div class=\"galley-preheader\" style=\"display:none;"_s),
                 qPrintable(afterBody.left(120)));
        const qsizetype open = afterBody.indexOf(u'>') + 1;
        const QString text
            = unescapeHtml(afterBody.mid(open, afterBody.indexOf(u"</div>"_s) - open));
        QVERIFY(!text.trimmed().isEmpty());
        QVERIFY2(text.size() <= 140, qPrintable(text));
        QVERIFY(normalisedText(text) != normalisedText(doc.subject()));
        if (!doc.preheader().isEmpty())
            QCOMPARE(text, doc.preheader());
        else
            QVERIFY2(analyseIssue(doc.body()).intro.startsWith(text), qPrintable(text));
    }

    void preheaderRules()
    {
        // Intro sentences while they fit in 140 characters.
        IssueDocument doc = docFrom(
            u"---\ntitle: T\n---\n\nFirst sentence here. Second one is here too! "
            "A third sentence that is long enough to push the total beyond the limit of one "
            "hundred and forty characters for sure.\n"_s);
        QCOMPARE(emailPreheader(doc, analyseIssue(doc.body())),
                 u"First sentence here. Second one is here too!"_s);
        // A single long sentence is clipped at a word with an ellipsis.
        doc = docFrom(u"---\ntitle: T\n---\n\n"_s + QString(u"word "_s).repeated(60) + u'\n');
        const QString clipped = emailPreheader(doc, analyseIssue(doc.body()));
        QVERIFY(clipped.size() <= 140);
        QVERIFY(clipped.endsWith(u'\u2026'));
        // Never the subject: a preheader equal to it falls back to the intro.
        doc = docFrom(u"---\ntitle: Same words\npreheader: same  Words\n---\n\nThe intro.\n"_s);
        QCOMPARE(emailPreheader(doc, analyseIssue(doc.body())), u"The intro."_s);
        // A long preheader field is clipped too.
        doc = docFrom(u"---\ntitle: T\npreheader: "_s + QString(u"long "_s).repeated(50)
                      + u"\n---\n\nIntro.\n"_s);
        QVERIFY(emailPreheader(doc, analyseIssue(doc.body())).size() <= 140);
    }

    void linksAbsoluteAndComplete_data() { addIssueRows(); }
    void linksAbsoluteAndComplete()
    {
        QFETCH(QString, path);
        const IssueDocument doc = loadIssue(path);
        const EmailSettings settings;
        const QString out = html(doc, settings);
        const QStringList mergeTags {settings.mergeTags.unsubscribe, settings.mergeTags.viewOnline};
        const QStringList hrefs = attributeValues(out, u"href"_s) + attributeValues(out, u"src"_s);
        QVERIFY(hrefs.size() > 3);
        const QStringList ids = attributeValues(out, u"id"_s);
        for (const QString &href : hrefs) {
            if (mergeTags.contains(href))
                continue; // replaced by the mailing service when it sends
            if (href.startsWith(u'#')) { // footnotes: to an element of this email
                QVERIFY2(ids.contains(href.mid(1)), qPrintable(href));
                continue;
            }
            const QUrl url(href, QUrl::StrictMode);
            QVERIFY2(url.isValid() && !url.isRelative(), qPrintable(href));
            QVERIFY2(QStringList({u"http"_s, u"https"_s, u"mailto"_s}).contains(url.scheme()),
                     qPrintable(href));
        }
        for (const QString &tag : mergeTags)
            QVERIFY2(hrefs.contains(tag), qPrintable(tag));

        // Every URL of the issue in both parts, whole.
        const QString text = QString::fromUtf8(exportDocument(doc, ExportFormat::Text));
        const IssueStructure structure = analyseIssue(doc.body());
        QVERIFY(!structure.links.isEmpty());
        for (const IssueLink &link : structure.links) {
            QVERIFY2(hrefs.contains(link.url), qPrintable(link.url));
            QVERIFY2(text.contains(link.url), qPrintable(link.url));
        }
    }

    void sponsorSlotsSetApart_data() { addIssueRows(); }
    void sponsorSlotsSetApart()
    {
        QFETCH(QString, path);
        const IssueDocument doc = loadIssue(path);
        const IssueStructure structure = analyseIssue(doc.body());
        QVERIFY(structure.topSponsor);
        const QString out = html(doc);
        const int expected = 1 + (structure.closingSponsor ? 1 : 0);
        QCOMPARE(out.count(u"class=\"galley-sponsor\""_s), expected);
        QVERIFY(out.contains(EmailSettings().theme.sponsorBackground));
        // Each box holds its sponsor's link and a label naming the sponsor.
        const QStringList boxes = out.split(u"class=\"galley-sponsor\""_s).mid(1);
        for (const QString &box : boxes) {
            const QString inside = box.left(box.indexOf(u"</td></tr></table>"_s));
            QVERIFY(inside.contains(structure.topSponsor->urls.value(0).toHtmlEscaped()));
            QVERIFY2(inside.contains(structure.topSponsor->name.toHtmlEscaped()),
                     qPrintable(inside));
            // The box's last block has no margin below it: the td's padding is all the space.
            const QString lastTag = inside.mid(inside.lastIndexOf(u"<p "_s));
            QVERIFY2(lastTag.left(lastTag.indexOf(u'>')).contains(u"margin-bottom:0;\""_s),
                     qPrintable(lastTag));
            QCOMPARE(inside.count(u"margin-bottom:0;"_s), 1);
        }
        // The closing slot's label, which the Markdown does not have, is marked.
        QCOMPARE(out.count(u"class=\"galley-sponsor-label\""_s), structure.closingSponsor ? 1 : 0);
    }

    void headerAndFooter()
    {
        const IssueDocument doc = loadIssue(issueFiles().constFirst());
        EmailSettings settings;
        settings.newsletterName = u"Ops <Weekly>"_s;
        settings.footerText = u"Sent by Ops Weekly, 1 Example Street."_s;
        settings.mergeTags = *EmailSettings::mergeTagPreset(u"listmonk"_s);
        const QString out = html(doc, settings);
        QVERIFY(out.contains(u"Ops &lt;Weekly&gt;"_s));
        QVERIFY(out.contains(u">Sent by Ops Weekly, 1 Example Street.</p>"_s));
        QVERIFY(out.contains(u"href=\"{{ UnsubscribeURL }}\""_s));
        QVERIFY(out.contains(u"href=\"{{ MessageURL }}\""_s));
        QVERIFY(out.contains(u"January"_s)); // the date line
        QVERIFY(out.contains(QString(u">"_s + doc.title().toHtmlEscaped() + u"</h1>"_s)));
        // Defaults: the name comes from the title's "<NAME> ISSUE" prefix.
        QVERIFY(html(doc).contains(u">OPS WEEKLY</p>"_s));
        // What only the email has is marked, each once (tst_emailfragmentagreement leaves it out
        // when it compares the email with the fragment).
        for (const QString &marker : {u"galley-preheader"_s, u"galley-preheader-filler"_s,
                                      u"galley-header"_s, u"galley-footer"_s})
            QCOMPARE(out.count(QRegularExpression(u"class=\"[^\"]*\\b"_s + marker + u"\\b(?!-)"_s)),
                     1);
        const qsizetype header = out.indexOf(u"galley-header"_s);
        QVERIFY(out.indexOf(u"Ops &lt;Weekly&gt;"_s, header) > header);
        const qsizetype footer = out.indexOf(u"galley-footer"_s);
        QVERIFY(out.indexOf(u">Sent by Ops Weekly"_s, footer) > footer);
    }

    void presets()
    {
        QCOMPARE(EmailSettings::mergeTagPreset(u"Mailchimp"_s)->unsubscribe, u"*|UNSUB|*"_s);
        QCOMPARE(EmailSettings::mergeTagPreset(u"mailchimp"_s)->viewOnline, u"*|ARCHIVE|*"_s);
        QCOMPARE(EmailSettings::mergeTagPreset(u"listmonk"_s)->unsubscribe,
                 u"{{ UnsubscribeURL }}"_s);
        QCOMPARE(EmailSettings::mergeTagPreset(u"buttondown"_s)->unsubscribe,
                 u"{{ unsubscribe_url }}"_s);
        QCOMPARE(EmailSettings::mergeTagPreset(u"sendy"_s)->viewOnline, u"[webversion]"_s);
        QVERIFY(!EmailSettings::mergeTagPreset(u"nope"_s));
        for (const QString &name : EmailSettings::mergeTagPresetNames())
            QVERIFY(EmailSettings::mergeTagPreset(name));
    }

    void sourcePositionsAreTheOnlyDifference_data() { addIssueRows(); }
    void sourcePositionsAreTheOnlyDifference()
    {
        QFETCH(QString, path);
        const IssueDocument doc = loadIssue(path);
        QString withPositions = html(doc, {}, RenderOptions {true});
        QVERIFY(withPositions.contains(u" data-sourcepos=\""_s));
        withPositions.remove(QRegularExpression(u" data-sourcepos=\"\\d+:\\d+-\\d+:\\d+\""_s));
        QCOMPARE(withPositions, html(doc));
    }

    void contentElements()
    {
        const QString out
            = html(docFrom(u"---\ntitle: Elements\n---\n\nIntro text.\n\n- [x] done\n- [ ] open\n\n"
                           "| a | b |\n| :-- | --: |\n| 1 | 2 |\n\n```\nx < y\n```\n\nNote[^n].\n\n"
                           "[^n]: The note.\n\n![alt](https://img.example.com/a.png)\n"_s));
        QVERIFY(!out.contains(u"<input"_s));
        QVERIFY(out.contains(u"\u2611 done"_s));
        QVERIFY(out.contains(u"\u2610 open"_s));
        QVERIFY(out.contains(u"list-style-type:none"_s));
        QVERIFY(out.contains(u"text-align:right;"_s));
        QVERIFY(out.contains(u"<code>x &lt; y\n</code>"_s));
        QVERIFY(out.contains(u"<sup>[1]</sup> The note."_s));
        QVERIFY(out.contains(u"The note."_s));
        QVERIFY(out.contains(u"<img src=\"https://img.example.com/a.png\" alt=\"alt\" style=\""_s));
    }

    // Footnotes link both ways with the fragment's ids (issue 16): the reference to its note,
    // the note back to each reference.
    void footnotesLinkBothWays()
    {
        const IssueDocument doc = docFrom(
            u"---\ntitle: Notes\n---\n\nOne[^b] two[^a] three[^b] four[^c].\n\n[^a]: Note A.\n\n"
            "[^b]: Note B.\n\n    - item\n\n[^c]:\n    ```\n    code\n    ```\n"_s);
        const QString out = html(doc);
        const QString fragment = QString::fromUtf8(exportDocument(doc, ExportFormat::Fragment));
        const QString link
            = u" style=\""_s + inlineStyle(EmailTheme(), EmailElement::Link) + u"\">"_s;
        QVERIFY2(
            out.contains(u"One<sup><a href=\"#fn-b\" id=\"fnref-b\""_s + link + u"[1]</a></sup>"_s),
            qPrintable(out));
        QVERIFY(out.contains(u"two<sup><a href=\"#fn-a\" id=\"fnref-a\""_s + link
                             + u"[2]</a></sup>"_s));
        QVERIFY(out.contains(u"three<sup><a href=\"#fn-b\" id=\"fnref-b-2\""_s + link
                             + u"[1]</a></sup>"_s));
        // The notes in the order of their numbers, each with the fragment's id, its number first;
        // the links back end its last paragraph, or follow its last block.
        QVERIFY(out.indexOf(u"<div id=\"fn-b\">\n<p"_s) < out.indexOf(u"<div id=\"fn-a\">\n<p"_s));
        QVERIFY(out.contains(u"<sup>[1]</sup> Note B.</p>"_s));
        QVERIFY(out.contains(u"</ul>\n<a href=\"#fnref-b\""_s + link + u"\u21a9</a> "_s
                             + u"<a href=\"#fnref-b-2\""_s + link
                             + u"\u21a9<sup>2</sup></a>\n</div>"_s));
        QVERIFY(out.contains(u"<sup>[2]</sup> Note A. <a href=\"#fnref-a\""_s + link
                             + u"\u21a9</a></p>"_s));
        QVERIFY(out.contains(u"<div id=\"fn-c\">\n<sup>[3]</sup> <pre"_s));
        for (const QString &id :
             {u"fn-a"_s, u"fn-b"_s, u"fn-c"_s, u"fnref-a"_s, u"fnref-b"_s, u"fnref-b-2"_s}) {
            QCOMPARE(out.count(u" id=\""_s + id + u'"'), 1);
            QVERIFY2(fragment.contains(u" id=\""_s + id + u'"'), qPrintable(id));
        }
        // A label is escaped as an href is: nothing in it can close the attribute.
        const QString odd = html(docFrom(u"---\ntitle: N\n---\n\nx[^a\"b'c]\n\n[^a\"b'c]: n\n"_s));
        QVERIFY2(odd.contains(u"<a href=\"#fn-a%22b&#x27;c\" id=\"fnref-a%22b&#x27;c\""_s),
                 qPrintable(odd));
        QVERIFY(odd.contains(u"<div id=\"fn-a%22b&#x27;c\">"_s));
    }

    // cmark-gfm moves footnote definitions to the end of the document, after the closing sponsor
    // copy: the kitchen sink's notes (one written mid-issue, one after the closing copy) must not
    // cost it its closing slot. The email boxes and labels it and puts the notes after it, linked
    // both ways; the fragment has the same copy just before its notes.
    void closingSponsorSlotBeforeFootnotes()
    {
        const IssueDocument doc
            = loadIssue(QStringLiteral(GALLEY_EMAIL_TEST_DATA "/kitchen-sink.md"));
        const QString out = html(doc);
        const QString copy = u"On-call rotations that fit how your team actually works"_s;
        QCOMPARE(out.count(u"class=\"galley-sponsor\""_s), 2);
        QCOMPARE(out.count(u"class=\"galley-sponsor-label\""_s), 1);
        const qsizetype closing = out.lastIndexOf(u"class=\"galley-sponsor\""_s);
        const qsizetype boxEnd = out.indexOf(u"</td></tr></table>"_s, closing);
        const QString box = out.mid(closing, boxEnd - closing);
        QVERIFY2(box.contains(u"class=\"galley-sponsor-label\""_s), qPrintable(box));
        QVERIFY(box.contains(copy));
        QVERIFY(box.contains(u"href=\"https://pagerly.example.com/weekly?utm_source=ops&amp;"
                             "utm_medium=email\""_s));
        const qsizetype notes = out.indexOf(u"<div class=\"footnotes\""_s);
        QVERIFY2(notes > boxEnd, qPrintable(out.mid(closing)));
        const QString fragment = QString::fromUtf8(exportDocument(doc, ExportFormat::Fragment));
        const qsizetype fragmentNotes = fragment.indexOf(u"<section class=\"footnotes\""_s);
        QVERIFY(fragment.lastIndexOf(copy) > fragment.indexOf(u"Contact the editor"_s));
        QVERIFY(fragmentNotes > fragment.lastIndexOf(copy));
        for (const QString &label : {u"notes"_s, u"code"_s}) {
            for (const QString &page : {out, fragment}) {
                const qsizetype note = page.indexOf(u" id=\"fn-"_s + label + u'"');
                const qsizetype ref = page.indexOf(u" id=\"fnref-"_s + label + u'"');
                QVERIFY2(note > (page == out ? notes : fragmentNotes), qPrintable(label));
                QVERIFY2(ref > 0 && ref < (page == out ? closing : fragmentNotes),
                         qPrintable(label));
                QCOMPARE(page.count(u"href=\"#fn-"_s + label + u'"'), 1);
                QCOMPARE(page.count(u"href=\"#fnref-"_s + label + u'"'), 1);
            }
        }
    }

    // A task whose item opens with another block than a paragraph has its box first, as the
    // fragment has its checkbox, not in a nested item (issue 16).
    void taskBoxOpensItsItem()
    {
        const QString out = html(docFrom(u"---\ntitle: Tasks\n---\n\n- [x] \n  ```\n  code\n  ```\n"
                                         "  - nested\n- [ ] Heading\n  ---\n  - inner\n"_s));
        const QString task
            = u"<li style=\""_s + inlineStyle(EmailTheme(), EmailElement::TaskItem) + u"\">"_s;
        QVERIFY2(out.contains(task + u"\u2611 <pre"_s), qPrintable(out));
        QVERIFY(out.contains(task + u"\u2610 <h2"_s));
        QVERIFY(out.contains(u"\">nested</li>"_s));
        QVERIFY(out.contains(u"\">inner</li>"_s));
        QCOMPARE(out.count(u"\u2611"_s) + out.count(u"\u2610"_s), 2);
    }

    // An image's alt text is the fragment's, raw inline HTML included as escaped text (issue 16).
    void imageAltAsInTheFragment()
    {
        const IssueDocument doc = docFrom(
            u"---\ntitle: Alt\n---\n\n![a *b* `c` <b>d</b>\ne](https://i.example/p.png)\n"_s);
        const QString alt = u" alt=\"a b c &lt;b&gt;d&lt;/b&gt; e\""_s;
        QVERIFY(QString::fromUtf8(exportDocument(doc, ExportFormat::Fragment)).contains(alt));
        const QString out = html(doc);
        QVERIFY2(out.contains(u"<img src=\"https://i.example/p.png\""_s + alt), qPrintable(out));
        QVERIFY(!out.contains(u"<b>d</b>"_s));
    }

    void unsafeContentStaysInert()
    {
        const QString out = html(docFrom(
            u"---\ntitle: XSS\n---\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) "
            "<img src=x onerror=alert(1)> ![i](JaVaScRiPt:alert(1))\n\n<b>bold</b>\n"_s));
        QVERIFY(!out.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!out.contains(u"javascript:"_s, Qt::CaseInsensitive));
        QVERIFY(!out.contains(u"<img src=x"_s));
        QVERIFY(out.contains(u"<b>bold</b>"_s));
    }

    void hrefEscaping()
    {
        QCOMPARE(escapeHref(u"https://x.io/a b?q=1&r='\"<>"_s),
                 u"https://x.io/a%20b?q=1&amp;r=&#x27;%22%3C%3E"_s);
        QCOMPARE(escapeHref(u"https://x.io/\u00e9"_s), u"https://x.io/%C3%A9"_s);
    }
};

QTEST_GUILESS_MAIN(TestEmailHtml)
#include "tst_emailhtml.moc"
