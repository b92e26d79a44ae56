// UTM tagging of the email's links (issue 21): the tagger on single URLs (order, encoding, the
// existing query and fragment kept, the exclusions), and every export format byte for byte with
// tagging on and off: html, text and eml tagged, fragment and markdown never; the setting's
// JSON and defaults.
#include "email/emaildocument.h"
#include "email/emailtext.h"
#include "email/utmtagger.h"
#include "emailprofile.h"
#include "exporter.h"
#include "issuedocument.h"
#include "newsletterprofile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {

const QString kIssue = uR"(---
title: Ops Weekly ISSUE \#7 - Spring
---

Read [the post](https://example.com/a?x=1#top) and <https://example.org/b>.

- [Write to us](mailto:ed@example.com)
- [Already tagged](https://example.com/c?utm_source=friend)
- [Never tagged](https://www.twitter.com/ops)
- [Relative](/local)

![logo](https://img.example.com/logo.png)
)"_s;

const QByteArray kQuery = "utm_source=ops-weekly&utm_medium=email&utm_campaign=issue-7";

IssueDocument issue()
{
    auto doc = IssueDocument::fromText(kIssue);
    if (!doc)
        qFatal("fixture does not parse");
    return *doc;
}

EmailSettings settings(bool tagged)
{
    EmailSettings s;
    s.newsletterName = u"Ops Weekly"_s;
    s.utm.enabled = tagged;
    s.utm.neverTagDomains = {u"twitter.com"_s};
    return s;
}

// Undoes quoted-printable (soft line breaks, =XX), enough to read the .eml's parts.
QByteArray unQuotedPrintable(QByteArray eml)
{
    eml.replace("=\r\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < eml.size(); ++i) {
        if (eml[i] == '=' && i + 2 < eml.size()) {
            bool ok = false;
            const int byte = eml.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        out += eml[i];
    }
    return out;
}

} // namespace

class TestUtmTagging : public QObject
{
    Q_OBJECT

private slots:
    void tagsOneUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        const QString q = QString::fromLatin1(kQuery);
        QTest::newRow("plain") << u"https://example.com/a"_s
                               << QString(u"https://example.com/a?"_s + q);
        QTest::newRow("no path") << u"http://Example.com"_s
                                 << QString(u"http://Example.com?"_s + q);
        QTest::newRow("query and fragment kept")
            << u"https://example.com/a?x=1&y=%20#part"_s
            << QString(u"https://example.com/a?x=1&y=%20&"_s + q + u"#part"_s);
        QTest::newRow("fragment only") << u"https://example.com/a#part"_s
                                       << QString(u"https://example.com/a?"_s + q + u"#part"_s);
        QTest::newRow("empty query")
            << u"https://example.com/?"_s << QString(u"https://example.com/?"_s + q);
        QTest::newRow("trailing ampersand")
            << u"https://example.com/?x=1&"_s << QString(u"https://example.com/?x=1&"_s + q);
        QTest::newRow("port and user")
            << u"https://u@example.net:8443/p"_s << QString(u"https://u@example.net:8443/p?"_s + q);
        QTest::newRow("other parameter with utm in it")
            << u"https://example.com/?notutm_x=1"_s
            << QString(u"https://example.com/?notutm_x=1&"_s + q);
        QTest::newRow("already tagged")
            << u"https://example.com/?utm_source=x"_s << u"https://example.com/?utm_source=x"_s;
        QTest::newRow("already tagged, upper case") << u"https://example.com/?a=1&UTM_Term=x#f"_s
                                                    << u"https://example.com/?a=1&UTM_Term=x#f"_s;
        QTest::newRow("mailto") << u"mailto:ed@example.com"_s << u"mailto:ed@example.com"_s;
        QTest::newRow("merge tag") << u"*|ARCHIVE|*"_s << u"*|ARCHIVE|*"_s;
        QTest::newRow("merge tag inside")
            << u"https://example.com/?id=*|UNIQID|*"_s << u"https://example.com/?id=*|UNIQID|*"_s;
        QTest::newRow("braces merge tag inside") << u"https://example.com/{{ subscriber.uuid }}"_s
                                                 << u"https://example.com/{{ subscriber.uuid }}"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s;
        QTest::newRow("ftp") << u"ftp://example.com/f"_s << u"ftp://example.com/f"_s;
        QTest::newRow("relative") << u"/local?x=1"_s << u"/local?x=1"_s;
        QTest::newRow("anchor") << u"#fn-1"_s << u"#fn-1"_s;
        QTest::newRow("no host") << u"https:///path"_s << u"https:///path"_s;
        QTest::newRow("never-tag domain")
            << u"https://twitter.com/x"_s << u"https://twitter.com/x"_s;
        QTest::newRow("never-tag subdomain")
            << u"https://mobile.Twitter.COM./x"_s << u"https://mobile.Twitter.COM./x"_s;
        QTest::newRow("never-tag with user and port")
            << u"https://a@twitter.com:443/x"_s << u"https://a@twitter.com:443/x"_s;
        QTest::newRow("look-alike domain is tagged")
            << u"https://nottwitter.com/x"_s << QString(u"https://nottwitter.com/x?"_s + q);
        QTest::newRow("never-tag domain in the path is tagged")
            << u"https://evil.example/twitter.com"_s
            << QString(u"https://evil.example/twitter.com?"_s + q);
    }
    void tagsOneUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const UtmTagger tagger(u"ops-weekly"_s, u"email"_s, u"issue-7"_s, {u"*.twitter.com"_s});
        QCOMPARE(tagger.tagged(url), expected);
    }

    void valuesArePercentEncodedAndEmptyOnesLeftOut()
    {
        const UtmTagger tagger(u"Ops & Co"_s, QString(), u"ä/#?=x"_s, {});
        QCOMPARE(
            tagger.tagged(u"https://example.com/"_s),
            u"https://example.com/?utm_source=Ops%20%26%20Co&utm_campaign=%C3%A4%2F%23%3F%3Dx"_s);
        QVERIFY(!UtmTagger(QString(), u" "_s, QString(), {}).isActive());
        QVERIFY(!UtmTagger().tagged(QByteArrayView("https://example.com/")));
    }

    void slugsAndDomainLists()
    {
        QCOMPARE(utmSlug(u"Ops Weekly!"_s), u"ops-weekly"_s);
        QCOMPARE(utmSlug(u"  Café Crème #12 "_s), u"cafe-creme-12"_s);
        QCOMPARE(utmSlug(QString()), QString());
        QCOMPARE(parseNeverTagDomains(
                     u"https://Twitter.com/x, *.example.org ;  .foo.io\nbar.com, bar.com"_s),
                 QStringList({u"twitter.com"_s, u"example.org"_s, u"foo.io"_s, u"bar.com"_s}));
    }

    void taggerForAnIssue()
    {
        const IssueDocument doc = issue();
        EmailSettings s = settings(false);
        QVERIFY(!emailLinkTagger(doc, s).isActive()); // off by default
        s.utm.enabled = true;
        QCOMPARE(emailLinkTagger(doc, s).tagged(u"https://a.io/"_s),
                 QString(u"https://a.io/?"_s + QString::fromLatin1(kQuery)));
        // The name from the title when none is set; placeholders filled; an unknown one as written.
        s.newsletterName.clear();
        s.utm.medium = u"{{newsletter}} mail"_s;
        s.utm.campaign = u"{{nope}}"_s;
        QCOMPARE(emailLinkTagger(doc, s).tagged(u"https://a.io/"_s),
                 u"https://a.io/?utm_source=ops-weekly&utm_medium=Ops%20Weekly%20mail"
                 u"&utm_campaign=%7B%7Bnope%7D%7D"_s);
        s.utm.source = u"partner {{number}}"_s;
        QVERIFY(emailLinkTagger(doc, s)
                    .tagged(u"https://a.io/"_s)
                    .startsWith(u"https://a.io/?utm_source=partner%207&"_s));
    }

    // The HTML with tagging on is the HTML with tagging off with exactly the two taggable links
    // changed: the mailto, merge-tag footer, already-tagged, never-tag, relative and image URLs
    // are untouched. The same holds for the preview's render (source positions).
    void htmlByteForByte_data()
    {
        QTest::addColumn<bool>("sourcePositions");
        QTest::newRow("export") << false;
        QTest::newRow("preview") << true;
    }
    void htmlByteForByte()
    {
        QFETCH(bool, sourcePositions);
        const RenderOptions options {.sourcePositions = sourcePositions};
        const IssueDocument doc = issue();
        const QByteArray off = exportDocument(doc, ExportFormat::Html, options, settings(false));
        const QByteArray on = exportDocument(doc, ExportFormat::Html, options, settings(true));
        QVERIFY(off.contains("href=\"https://example.com/a?x=1#top\""));
        QVERIFY(off.contains("href=\"https://example.org/b\""));
        QVERIFY(!off.contains("utm_medium"));
        const QByteArray amp = QByteArray(kQuery).replace("&", "&amp;");
        QByteArray expected = off;
        expected.replace("href=\"https://example.com/a?x=1#top\"",
                         QByteArray("href=\"https://example.com/a?x=1&amp;" + amp + "#top\""));
        expected.replace("href=\"https://example.org/b\"",
                         QByteArray("href=\"https://example.org/b?" + amp + '"'));
        QCOMPARE(on, expected);
        QCOMPARE(on.count("utm_medium=email"), 2);
        QVERIFY(on.contains("href=\"*|UNSUB|*\""));
        QVERIFY(on.contains("src=\"https://img.example.com/logo.png\""));
        QCOMPARE(emailHtmlDocument(doc, settings(true), options), on);
    }

    void textByteForByte()
    {
        const IssueDocument doc = issue();
        const QByteArray off = exportDocument(doc, ExportFormat::Text, {}, settings(false));
        const QByteArray on = exportDocument(doc, ExportFormat::Text, {}, settings(true));
        QVERIFY(off.contains("the post (https://example.com/a?x=1#top)"));
        QVERIFY(!off.contains("utm_medium"));
        QByteArray expected = off;
        expected.replace("(https://example.com/a?x=1#top)",
                         QByteArray("(https://example.com/a?x=1&" + kQuery + "#top)"));
        expected.replace("https://example.org/b.",
                         QByteArray("https://example.org/b?" + kQuery + '.'));
        // The longer URLs wrap the paragraph differently; every other character is the same,
        // and each tagged URL stays whole on one line.
        QCOMPARE(QString::fromUtf8(on).simplified(), QString::fromUtf8(expected).simplified());
        QVERIFY(on.contains(QByteArray("\n(https://example.com/a?x=1&" + kQuery + "#top)")));
        QVERIFY(on.contains(QByteArray("https://example.org/b?" + kQuery + ".\n")));
        QVERIFY(on.contains("Write to us (mailto:ed@example.com)"));
        QVERIFY(on.contains("(https://example.com/c?utm_source=friend)"));
        QVERIFY(on.contains("(https://www.twitter.com/ops)"));
        QCOMPARE(emailTextPart(doc, settings(true)).toUtf8(), on);
    }

    // The .eml carries both tagged parts (read back through its quoted-printable encoding).
    void emlCarriesTheTaggedParts()
    {
        const IssueDocument doc = issue();
        const QByteArray off
            = unQuotedPrintable(exportDocument(doc, ExportFormat::Eml, {}, settings(false)));
        const QByteArray on
            = unQuotedPrintable(exportDocument(doc, ExportFormat::Eml, {}, settings(true)));
        QVERIFY(!off.isEmpty());
        QVERIFY(!off.contains("utm_medium"));
        const QByteArray amp = QByteArray(kQuery).replace("&", "&amp;");
        QVERIFY(on.contains(QByteArray("href=\"https://example.com/a?x=1&amp;" + amp + "#top\"")));
        QVERIFY(on.contains(QByteArray("(https://example.com/a?x=1&" + kQuery + "#top)")));
        QCOMPARE(on.count("utm_medium=email"), 4); // two links, two parts
        QVERIFY(!on.contains("twitter.com/ops?"));
    }

    // Never tagged: the fragment (the cmark-gfm contract) and the Markdown, byte for byte.
    void fragmentAndMarkdownNeverTagged_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("fragment") << int(ExportFormat::Fragment);
        QTest::newRow("markdown") << int(ExportFormat::Markdown);
    }
    void fragmentAndMarkdownNeverTagged()
    {
        const IssueDocument doc = issue();
        QFETCH(int, format);
        const QByteArray off = exportDocument(doc, ExportFormat(format), {}, settings(false));
        const QByteArray on = exportDocument(doc, ExportFormat(format), {}, settings(true));
        QCOMPARE(on, off);
        QVERIFY(!on.contains("utm_medium"));
        QVERIFY(on.contains("https://example.com/a?x=1#top"));
    }

    void settingRoundTripsAndDefaultsOff()
    {
        const EffectiveProfile unset = resolveProfile(NewsletterProfile(), ArchiveInference());
        QVERIFY(!unset.utm.enabled);
        QCOMPARE(unset.utm.medium, u"email"_s);
        QCOMPARE(unset.utm.campaign, u"issue-{{number}}"_s);
        QVERIFY(unset.utm.source.isEmpty());
        QVERIFY(!emailSettingsFromProfile(unset).utm.enabled);

        NewsletterProfile p;
        p.utmEnabled = true;
        p.utmSource = u"opsw"_s;
        p.utmCampaign = u"w{{number}}"_s;
        p.utmNeverTag = QStringList {u"twitter.com"_s, u"example.org"_s};
        const QByteArray json = p.toJson();
        QVERIFY(json.contains("\"utmEnabled\":true"));
        const auto back = NewsletterProfile::fromJson(json);
        QVERIFY(back.ok());
        QVERIFY(*back == p);
        const EmailSettings s = emailSettingsFromProfile(resolveProfile(*back, ArchiveInference()));
        QVERIFY(s.utm.enabled);
        QCOMPARE(s.utm.source, u"opsw"_s);
        QCOMPARE(s.utm.medium, u"email"_s);
        QCOMPARE(s.utm.campaign, u"w{{number}}"_s);
        QCOMPARE(s.utm.neverTagDomains, QStringList({u"twitter.com"_s, u"example.org"_s}));
    }
};

QTEST_GUILESS_MAIN(TestUtmTagging)
#include "tst_utmtagging.moc"
