// The plain-text renderer: headings underlined, paragraphs wrapped at 72 columns with URLs whole
// (alone on their line when too long), links as "text (URL)", the archives' <br> link lines, lists,
// quotes, code, tables and footnotes; and no blow-up on absurdly nested input.
#include "exporter.h"
#include "issuedocument.h"
#include "markdowntree.h"
#include "plaintextrenderer.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {

QString render(const QString &markdown, int width = 72)
{
    const MarkdownTree tree(markdown.toUtf8());
    return PlainTextRenderer(width).render(tree.root());
}

// Lines wider than `width` that are not a single URL (with the prefix of a quote or list).
QStringList overlongLines(const QString &text, int width = 72)
{
    static const QRegularExpression urlLine(uR"(^[>\s\-0-9.]*\(?(https?|mailto|ftp):\S+$)"_s);
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (displayWidth(line) > width && !urlLine.match(line).hasMatch())
            out << line;
    }
    return out;
}

QStringList urlsIn(const QString &markdown)
{
    static const QRegularExpression url(uR"(https?://[^\s)\]>"]+)"_s);
    QStringList out;
    auto it = url.globalMatch(markdown);
    while (it.hasNext())
        out << it.next().captured(0);
    out.removeDuplicates();
    return out;
}

const QString longUrl = u"https://example.com/a/very/long/path/that/keeps/going/well/past/the/"
                        "seventy-two/column/limit/of/plain/text/email?with=query&and=more"_s;

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT
private slots:
    void headingsUnderlined()
    {
        QCOMPARE(render(u"# Title\n\nText.\n"_s), u"Title\n=====\n\nText.\n"_s);
        QCOMPARE(render(u"## Sub\n"_s), u"Sub\n---\n"_s);
        QCOMPARE(render(u"News\n====\n"_s), u"News\n====\n"_s);
        QCOMPARE(render(u"### Small *one*\n"_s), u"### Small one\n"_s);
        QCOMPARE(render(u"# Caf\u00E9 \U0001F389\n"_s), u"Caf\u00E9 \U0001F389\n=======\n"_s);
    }

    void longHeadingWrapsAndUnderlineFitsIt()
    {
        const QString out = render(u"# "_s + QString(u"word "_s).repeated(30) + u'\n');
        QVERIFY(overlongLines(out).isEmpty());
        const QStringList lines = out.trimmed().split(u'\n');
        QVERIFY(lines.size() >= 3);
        QVERIFY(lines.last().startsWith(u"====="_s));
        int longest = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            longest = qMax(longest, displayWidth(lines.at(i)));
        QCOMPARE(lines.last().size(), longest);
    }

    void paragraphsWrapAt72()
    {
        QString words;
        for (int i = 0; i < 200; ++i)
            words += u"word%1 "_s.arg(i * 37 % 1000);
        const QString out = render(words + u'\n');
        QVERIFY(overlongLines(out).isEmpty());
        QVERIFY(out.count(u'\n') > 10);
        // Nothing lost, nothing added.
        QCOMPARE(out.simplified(), words.simplified());
        // Lines are filled: the next word would not have fit.
        const QStringList lines = out.trimmed().split(u'\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QString nextWord = lines.at(i + 1).section(u' ', 0, 0);
            QVERIFY2(lines.at(i).size() + 1 + nextWord.size() > 72, qPrintable(lines.at(i)));
        }
    }

    void widthCountsCharactersNotBytes()
    {
        QCOMPARE(displayWidth(u"caf\u00E9"_s), 4);
        QCOMPARE(displayWidth(u"cafe\u0301"_s), 4); // combining accent
        QCOMPARE(displayWidth(u"\u65E5\u672C"_s), 4); // wide
        QCOMPARE(displayWidth(u"\U0001F389"_s), 2);
        const QString out = render(QString(u"\u00E9t\u00E9 "_s).repeated(40) + u'\n');
        const QStringList lines = out.trimmed().split(u'\n');
        QVERIFY(lines.size() > 1);
        for (const QString &l : lines)
            QVERIFY(displayWidth(l) <= 72);
        QVERIFY(displayWidth(lines.first()) > 60);
    }

    void urlsAreNeverSplit()
    {
        const QString md
            = u"Before the link there is quite a lot of text, enough to fill a line. "_s + longUrl
            + u" and after it more words follow to fill another line of text.\n"_s;
        const QString out = render(md);
        QVERIFY(out.contains(u'\n' + longUrl + u'\n'));
        QVERIFY(overlongLines(out).isEmpty());
    }

    void linksShowTextAndUrl()
    {
        QCOMPARE(render(u"Read [the docs](https://example.com/docs).\n"_s),
                 u"Read the docs (https://example.com/docs).\n"_s);
        // Text that is the URL is not repeated.
        QCOMPARE(render(u"[https://example.com/](https://example.com/)\n"_s),
                 u"https://example.com/\n"_s);
        QCOMPARE(render(u"<https://example.com/x>\n"_s), u"https://example.com/x\n"_s);
        QCOMPARE(render(u"www.example.com/x\n"_s), u"http://www.example.com/x\n"_s);
        QCOMPARE(render(u"<someone@example.com>\n"_s), u"someone@example.com\n"_s);
        // A space in a URL would split it: written escaped.
        QCOMPARE(render(u"[x](<https://example.com/a b>)\n"_s),
                 u"x (https://example.com/a%20b)\n"_s);
        // A link whose dangerous URL the sanitiser removed keeps its text only.
        QCOMPARE(render(u"[click](javascript:alert(1))\n"_s), u"click\n"_s);
        QCOMPARE(render(u"![a chart](https://example.com/c.png)\n"_s), u"[image: a chart]\n"_s);
        const QString withLongUrl = render(u"See [the long one]("_s + longUrl + u").\n"_s);
        QVERIFY(withLongUrl.contains(u"(" + longUrl + u")."));
        QVERIFY(overlongLines(withLongUrl).isEmpty());
    }

    void brLinkLines()
    {
        const QString md
            = u"A paragraph of commentary about a tool.\n<br>[https://tool.example.com/](https://tool.example.com/)\n<br>[https://docs.example.com/tool](https://docs.example.com/tool)\n"_s;
        QCOMPARE(render(md),
                 u"A paragraph of commentary about a tool.\nhttps://tool.example.com/\n"
                 "https://docs.example.com/tool\n"_s);
        QCOMPARE(render(u"one<br>two<BR/>three\n"_s), u"one\ntwo\nthree\n"_s);
        QCOMPARE(render(u"hard  \nbreak\n"_s), u"hard\nbreak\n"_s);
    }

    void lists()
    {
        QCOMPARE(render(u"- one\n- two\n"_s), u"- one\n- two\n"_s);
        QCOMPARE(render(u"3. three\n4. four\n"_s), u"3. three\n4. four\n"_s);
        QCOMPARE(render(u"- a\n\n- b\n"_s), u"- a\n\n- b\n"_s);
        QCOMPARE(render(u"- a\n  - b\n    - c\n- d\n"_s), u"- a\n  - b\n    - c\n- d\n"_s);
        QCOMPARE(render(u"- [ ] todo\n- [x] done\n"_s), u"- [ ] todo\n- [x] done\n"_s);
        QCOMPARE(render(u"-\n- b\n"_s), u"-\n- b\n"_s);
        QCOMPARE(render(u"Intro\n\n- a\n\nOutro\n"_s), u"Intro\n\n- a\n\nOutro\n"_s);
        // A long item wraps under its text, not under the marker.
        const QString out = render(u"1. "_s + QString(u"lorem ipsum "_s).repeated(12) + u'\n');
        const QStringList lines = out.trimmed().split(u'\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.at(0).startsWith(u"1. lorem"_s));
        QVERIFY(lines.at(1).startsWith(u"   "_s) && !lines.at(1).startsWith(u"    "_s));
        QVERIFY(overlongLines(out).isEmpty());
    }

    void blockQuotes()
    {
        QCOMPARE(render(u"> quoted\n> text\n"_s), u"> quoted text\n"_s);
        QCOMPARE(render(u"> a\n>\n> b\n"_s), u"> a\n>\n> b\n"_s);
        QCOMPARE(render(u"> a\n>\n> > b\n"_s), u"> a\n>\n> > b\n"_s);
        QCOMPARE(render(u"> - x\n> - y\n"_s), u"> - x\n> - y\n"_s);
        const QString out = render(u"> "_s + QString(u"quoted words "_s).repeated(15) + u'\n');
        const QStringList lines = out.trimmed().split(u'\n');
        QVERIFY(lines.size() >= 2);
        for (const QString &l : lines)
            QVERIFY2(l.startsWith(u"> "_s), qPrintable(l));
        QVERIFY(overlongLines(out).isEmpty());
    }

    void codeBlocks()
    {
        QCOMPARE(render(u"```\nint  main()\n{\n    return 0;\n}\n```\n"_s),
                 u"    int  main()\n    {\n        return 0;\n    }\n"_s);
        QCOMPARE(render(u"Text\n\n    indented\n\nMore\n"_s), u"Text\n\n    indented\n\nMore\n"_s);
        QCOMPARE(render(u"Use `a  b` here\n"_s), u"Use `a b` here\n"_s);
    }

    void tables()
    {
        QCOMPARE(render(u"| Tool | Stars |\n|------|------:|\n| kiln | 12 |\n| tide | 345 |\n"_s),
                 u"Tool | Stars\n-----+------\nkiln | 12\ntide | 345\n"_s);
        // Too wide for 72 columns: one record per row instead.
        const QString wide = u"| Name | Description |\n|---|---|\n| kiln | "_s
            + QString(u"a long description "_s).repeated(6) + u"|\n| tide | short |\n"_s;
        const QString out = render(wide);
        QVERIFY(overlongLines(out).isEmpty());
        QVERIFY(out.startsWith(u"Name: kiln\nDescription: a long description"_s));
        QVERIFY(out.contains(u"\n\nName: tide\nDescription: short\n"_s));
    }

    void footnotesNumberedAsInHtml()
    {
        QCOMPARE(render(u"First[^b] then[^a] and[^b].\n\n[^a]: Note A.\n[^b]: Note B.\n"_s),
                 u"First[1] then[2] and[1].\n\n[1] Note B.\n\n[2] Note A.\n"_s);
        const MarkdownTree tree("x[^long-label]\n\n[^long-label]: The note.\n");
        const QString out = PlainTextRenderer(72).render(tree.root());
        QCOMPARE(out, u"x[1]\n\n[1] The note.\n"_s);
        QVERIFY(QString::fromUtf8(tree.toHtml()).contains(u">1</a>"_s));
    }

    void thematicBreaksAndAllowedHtml()
    {
        QCOMPARE(render(u"a\n\n***\n\nb\n"_s), u"a\n\n"_s + QString(40, u'-') + u"\n\nb\n"_s);
        QCOMPARE(render(u"a\n\n<hr>\n\nb\n"_s), u"a\n\n"_s + QString(40, u'-') + u"\n\nb\n"_s);
        QCOMPARE(render(u"E = mc<sup>2</sup>\n"_s), u"E = mc2\n"_s);
        QCOMPARE(render(u"<script>x</script>\n"_s), u"<script>x</script>\n"_s);
    }

    void markedRanges()
    {
        const QString md
            = u"Intro.\n\nFrom our sponsor\n================\n\nBuy it.\n\nNews\n====\n"_s;
        const MarkdownTree tree(md.toUtf8());
        PlainTextRenderer renderer(72);
        renderer.setMarkedRanges({{3, 6, u"Sponsor"_s}});
        QCOMPARE(renderer.render(tree.root()),
                 u"Intro.\n\n--- Sponsor ---\nFrom our sponsor\n================\n\nBuy it.\n"
                 "---------------\n\nNews\n====\n"_s);
        QCOMPARE(underlined(u"A title"_s, u"> "_s, 72, u'='), u"> A title\n> ======="_s);
    }

    void wrapTextKeepsPrefixesAndUrls()
    {
        QCOMPARE(wrapText(u"aaa bbb ccc"_s, 9, u"> "_s, u"> "_s), u"> aaa bbb\n> ccc"_s);
        QCOMPARE(wrapText(u"a "_s + longUrl + u" b"_s, 20, u"- "_s, u"  "_s),
                 u"- a\n  "_s + longUrl + u"\n  b"_s);
        QCOMPARE(wrapText(u"one\ntwo"_s, 72, QString(), QString()), u"one\ntwo"_s);
    }

    // The fixtures through the export: width rule, and every URL whole on one line.
    void fixtures()
    {
        const QDir dir(QStringLiteral(GALLEY_TEST_DATA) + u"/fixtures"_s);
        const QStringList files = dir.entryList({u"ops-weekly-*.md"_s}, QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &f : files) {
            auto doc = readIssueFile(dir.filePath(f));
            QVERIFY(doc.ok());
            const QString text = QString::fromUtf8(exportDocument(*doc, ExportFormat::Text));
            QVERIFY2(overlongLines(text).isEmpty(), qPrintable(overlongLines(text).join(u'\n')));
            const QStringList lines = text.split(u'\n');
            for (const QString &url : urlsIn(doc->body())) {
                const bool whole = std::any_of(lines.cbegin(), lines.cend(),
                                               [&](const QString &l) { return l.contains(url); });
                QVERIFY2(whole, qPrintable(f + u": "_s + url));
            }
            QVERIFY(!text.contains(u"<br"_s));
            QVERIFY(text.contains(u"News\n===="_s));
        }
    }

    // 20,000 nested quotes or list items: linear output (nesting past 24 levels adds no more
    // indentation) and no recursion that could exhaust the stack.
    void deepNesting_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("lastLine");
        QTest::newRow("quotes") << QString(20000, u'>') + u" x\n"_s
                                << QString(u"> "_s).repeated(24) + u'x';
        QTest::newRow("lists") << QString(u"- "_s).repeated(20000) + u"x\n"_s
                               << QString(u"- "_s).repeated(12) + u'x';
        QTest::newRow("quoted lists") << QString(u"> - "_s).repeated(10000) + u"x\n"_s
                                      << QString(u"> - "_s).repeated(8) + u'x';
        QTest::newRow("images") << QString(u"!["_s).repeated(20000) + u'x'
                + QString(u"](u)"_s).repeated(20000)
                + u'\n' << u"[image: x]"_s;
        QTest::newRow("emphasis") << QString(u"*_"_s).repeated(5000) + u'x'
                + QString(u"_*"_s).repeated(5000)
                + u'\n' << QString();
        QTest::newRow("brackets") << QString(50000, u'[') + u'\n' << QString(50000, u'[');
    }

    void deepNesting()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, lastLine);
        const QString out = render(markdown);
        QVERIFY(out.size() < 4 * markdown.size() + 1000);
        if (!lastLine.isEmpty())
            QCOMPARE(out.trimmed().split(u'\n').last(), lastLine);
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
