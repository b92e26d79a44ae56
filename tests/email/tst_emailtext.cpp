// The text/plain part: readable alone, wrapped, with every link whole.

#include "email/emailtext.h"
#include "emailtestsupport.h"
#include "exporter.h"
#include "issuestructure.h"
#include "plaintextrenderer.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::emailtest;

class TestEmailText : public QObject
{
    Q_OBJECT

private:
    static QString text(const IssueDocument &doc, const EmailSettings &settings = {})
    {
        return QString::fromUtf8(exportDocument(doc, ExportFormat::Text, {}, settings));
    }
    static IssueDocument docFrom(const QString &markdown)
    {
        auto doc = IssueDocument::fromText(markdown);
        if (!doc)
            qFatal("bad test document");
        return *doc;
    }
    static bool hasUrl(const QString &word)
    {
        return word.contains(u"://"_s) || word.startsWith(u"mailto:"_s)
            || word.startsWith(u"(mailto:"_s);
    }

private slots:
    void wrapsAt72ExceptWholeUrls_data() { addIssueRows(); }
    void wrapsAt72ExceptWholeUrls()
    {
        QFETCH(QString, path);
        const QString out = text(loadIssue(path));
        bool longUrlSeen = false;
        for (const QString &line : out.split(u'\n')) {
            if (line.size() <= emailTextWidth)
                continue;
            // Only a URL may overrun, and then it is the line's only word (after a quote
            // marker or list indentation).
            const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(hasUrl(words.last()), qPrintable(line));
            QVERIFY2(line.size() - words.last().size() <= 8, qPrintable(line));
            longUrlSeen = true;
        }
        if (path.endsWith(u"kitchen-sink.md"_s))
            QVERIFY(longUrlSeen); // the fixture has a URL longer than a line
    }

    void everyUrlWhole_data() { addIssueRows(); }
    void everyUrlWhole()
    {
        QFETCH(QString, path);
        const IssueDocument doc = loadIssue(path);
        const QString out = text(doc);
        const QStringList lines = out.split(u'\n');
        for (const IssueLink &link : analyseIssue(doc.body()).links) {
            bool onOneLine = false;
            for (const QString &line : lines)
                onOneLine = onOneLine || line.contains(link.url);
            QVERIFY2(onOneLine, qPrintable(link.url));
        }
    }

    void headingsUnderlined_data() { addIssueRows(); }
    void headingsUnderlined()
    {
        QFETCH(QString, path);
        const IssueDocument doc = loadIssue(path);
        const QStringList lines = text(doc).split(u'\n');
        const IssueStructure structure = analyseIssue(doc.body());
        QVERIFY(!structure.sections.isEmpty());
        for (const IssueSection &section : structure.sections) {
            const qsizetype i = lines.indexOf(section.heading);
            QVERIFY2(i >= 0 && i + 1 < lines.size(), qPrintable(section.heading));
            const QChar rule = section.level == 1 ? u'=' : u'-';
            QCOMPARE(lines[i + 1], QString(section.heading.size(), rule));
        }
        // The title heads the text, underlined.
        const qsizetype t = lines.indexOf(doc.title());
        QVERIFY(t >= 0 && t < 3);
        QCOMPARE(lines[t + 1], QString(doc.title().size(), u'='));
    }

    void sponsorMarkedAndFooterIncluded_data() { addIssueRows(); }
    void sponsorMarkedAndFooterIncluded()
    {
        QFETCH(QString, path);
        const IssueDocument doc = loadIssue(path);
        const IssueStructure structure = analyseIssue(doc.body());
        EmailSettings settings;
        settings.mergeTags = *EmailSettings::mergeTagPreset(u"sendy"_s);
        settings.footerText = u"Ops Weekly, 1 Example Street."_s;
        const QString out = text(doc, settings);
        const QString marker = u"--- "_s + structure.topSponsor->heading + u" ---"_s;
        QCOMPARE(out.count(marker), structure.closingSponsor ? 2 : 1);
        // The marker stands in for the heading: the heading text is not there a second time.
        QCOMPARE(out.count(structure.topSponsor->heading), out.count(marker));
        QVERIFY(out.contains(u"\nOps Weekly, 1 Example Street.\n"_s));
        QVERIFY(out.contains(u"\n[unsubscribe]\n"_s));
        QVERIFY(out.endsWith(u"\n[unsubscribe]\n"_s));
        QVERIFY(out.contains(u"\n[webversion]\n"_s));
    }

    // The kitchen sink's footnotes, which cmark-gfm puts after its closing sponsor copy, do not
    // cost the text part the closing slot's marker.
    void closingSponsorMarkedBeforeFootnotes()
    {
        const QString out
            = text(loadIssue(QStringLiteral(GALLEY_EMAIL_TEST_DATA "/kitchen-sink.md")));
        const QString marker = u"--- From our sponsor, Pagerly ---"_s;
        QCOMPARE(out.count(marker), 2);
        QVERIFY(out.lastIndexOf(marker) < out.indexOf(u"A note written after the closing"_s));
    }

    // Found by fuzz_markdown: YAML escapes in the title ("\0", "\r") reached the text part, where
    // a NUL or a bare CR is not allowed; settings are another way in.
    void controlCharactersNeverReachTheTextPart()
    {
        const IssueDocument doc
            = docFrom(u"---\ntitle: \"Ops\\0Weekly\\r#3\\e[31m\"\n---\n\nIntro \u0085 text.\n"_s);
        EmailSettings settings;
        settings.footerText = u"Footer\u0007 text"_s;
        const QString part = text(doc, settings);
        for (const QChar c : part) {
            const char16_t u = c.unicode();
            QVERIFY2((u >= 0x20 && (u < 0x7f || u > 0x9f)) || u == u'\n' || u == u'\t',
                     qPrintable(u"control character U+%1"_s.arg(int(u), 4, 16, QChar(u'0'))));
        }
        QVERIFY(part.contains(u"Ops\uFFFDWeekly #3\uFFFD[31m"_s)); // wrapping made the CR a space
        QVERIFY(part.contains(u"Footer\uFFFD text"_s));
    }

    void wrapTextKeepsLongWordsWhole()
    {
        const QString url = u"https://example.com/"_s + QString(100, u'x');
        const QString wrapped
            = wrapText(u"see "_s + url + u" for more words after it"_s, 20, {}, {});
        QCOMPARE(wrapped, u"see\n"_s + url + u"\nfor more words after\nit"_s);
        QCOMPARE(wrapText(u"a b"_s, 72, u"> "_s, u"> "_s), u"> a b"_s);
    }

    void longHeadingWrapsAndUnderlinesItsLongestLine()
    {
        const QString heading = QString(u"word "_s).repeated(30).trimmed();
        const QString out = underlined(heading, {}, 72, u'=');
        const QStringList lines = out.split(u'\n');
        QVERIFY(lines.size() == 4);
        for (const QString &line : lines)
            QVERIFY(line.size() <= 72);
        QCOMPARE(lines.last().size(),
                 qMax(lines[0].size(), qMax(lines[1].size(), lines[2].size())));
    }

    void linksWrittenOutInFull()
    {
        const QString out = text(
            docFrom(u"---\ntitle: Links\n---\n\nRead [the post](https://blog.example.com/post) and "
                    "https://auto.example.com/x today.\n"_s));
        QVERIFY2(out.contains(u"the post (https://blog.example.com/post)"_s), qPrintable(out));
        QVERIFY2(out.contains(u"https://auto.example.com/x today."_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestEmailText)
#include "tst_emailtext.moc"
