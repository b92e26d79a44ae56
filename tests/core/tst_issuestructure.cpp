// Reading the shape of an issue: sponsor slots, sections, items and links with their lines.
#include "email/emaildocument.h"
#include "issuedocument.h"
#include "issuestructure.h"
#include "markdowntree.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
// A closing sponsor slot with footnotes: one note written in the middle, one after the closing
// copy, as people write them. cmark-gfm moves both after the closing copy.
const QString closingSponsorAndNotes
    = u"Intro with a note.[^a]\n\n"
      "From our sponsor, Pagerly\n=========================\n\n"
      "Pagerly pages you.\n<br>[Try Pagerly](https://pagerly.example/)\n\n"
      "News\n====\n\nAn item.[^b]\n<br>[https://a.example/](https://a.example/)\n\n"
      "[^a]: Intro note.\n\n"
      "Pagerly pages you.\n<br>[Try Pagerly](https://pagerly.example/)\n\n"
      "[^b]: Item note with [a link](https://note.example/).\n"_s;

IssueStructure fixture(const QString &name)
{
    auto doc = readIssueFile(QStringLiteral(GALLEY_TEST_DATA) + u"/fixtures/"_s + name);
    return doc ? analyseIssue(doc->body()) : IssueStructure {};
}
void compareSponsor(const std::optional<SponsorBlock> &email,
                    const std::optional<SponsorBlock> &full)
{
    QCOMPARE(email.has_value(), full.has_value());
    if (!full)
        return;
    QCOMPARE(email->name, full->name);
    QCOMPARE(email->heading, full->heading);
    QCOMPARE(email->copy, full->copy);
    QCOMPARE(email->urls, full->urls);
    QCOMPARE(email->startLine, full->startLine);
    QCOMPARE(email->endLine, full->endLine);
}
// What every lighter reading shares with the full one: the sponsor slots, the intro, the number
// of sections.
void compareSlotsAndIntro(const IssueStructure &light, const IssueStructure &full)
{
    compareSponsor(light.topSponsor, full.topSponsor);
    compareSponsor(light.closingSponsor, full.closingSponsor);
    QCOMPARE(light.intro, full.intro);
    QCOMPARE(light.introStartLine, full.introStartLine);
    QCOMPARE(light.introEndLine, full.introEndLine);
    QCOMPARE(light.sections.size(), full.sections.size());
}
} // namespace

class TestIssueStructure : public QObject
{
    Q_OBJECT
private slots:
    void fixture103()
    {
        const IssueStructure s = fixture(u"ops-weekly-103.md"_s);
        QVERIFY(s.topSponsor.has_value());
        QVERIFY(s.closingSponsor.has_value());
        QVERIFY(!s.topSponsor->name.isEmpty());
        QCOMPARE(s.closingSponsor->urls, s.topSponsor->urls);
        QStringList headings;
        for (const IssueSection &sec : s.sections)
            headings << sec.heading;
        QCOMPARE(headings, QStringList({u"News"_s, u"Events"_s, u"Tools"_s}));
        QVERIFY(!s.intro.isEmpty());
        int sponsorLinks = 0;
        for (const IssueLink &l : s.links) {
            if (l.sponsor) {
                ++sponsorLinks;
                QVERIFY(s.topSponsor->urls.contains(l.url));
            } else {
                QVERIFY(!l.section.isEmpty());
            }
        }
        QCOMPARE(sponsorLinks, 2);
        for (const IssueSection &sec : s.sections) {
            QVERIFY(!sec.items.isEmpty());
            for (const IssueItem &item : sec.items) {
                QVERIFY(!item.urls.isEmpty());
                QVERIFY(!item.commentary.isEmpty());
                QVERIFY(item.startLine > sec.headingLine);
            }
        }
    }

    // The email's lighter reading (IssueDetail::Email) must agree with the full one on everything
    // the email uses: sponsor slots, intro, sections and items, and the preheader built from
    // them.
    void emailDetailAgreesWithFullOnWhatTheEmailReads_data()
    {
        QTest::addColumn<QString>("body");
        for (const char *name : {"ops-weekly-101.md", "ops-weekly-102.md", "ops-weekly-103.md"}) {
            auto doc = readIssueFile(QStringLiteral(GALLEY_TEST_DATA) + u"/fixtures/"_s
                                     + QString::fromLatin1(name));
            QVERIFY(doc.ok());
            QTest::newRow(name) << doc->body();
        }
        QTest::newRow("no sponsor, nested lists and quotes")
            << u"Intro with *emphasis* and `code`.\n\nNews\n====\n\n- A list item\n  > quoted "
               "[link](https://q.example/)\n\nComment   with   spaces.\n<br>[https://a.example/]"
               "(https://a.example/)\n\nTools\n-----\n\nLast   item.\n<br>[x](https://b.example/)\n"_s;
        QTest::newRow("empty") << QString();
    }
    void emailDetailAgreesWithFullOnWhatTheEmailReads()
    {
        QFETCH(QString, body);
        const MarkdownTree tree(body.toUtf8());
        const IssueStructure full = analyseIssue(tree, body);
        const IssueStructure email
            = analyseIssue(tree, body, u"From our sponsor"_s, IssueDetail::Email);
        compareSlotsAndIntro(email, full);
        for (qsizetype i = 0; i < full.sections.size(); ++i) {
            const IssueSection &f = full.sections.at(i);
            const IssueSection &e = email.sections.at(i);
            QCOMPARE(e.heading, f.heading);
            QCOMPARE(e.headingLine, f.headingLine);
            QCOMPARE(e.level, f.level);
            QCOMPARE(e.items.size(), f.items.size());
            for (qsizetype j = 0; j < f.items.size(); ++j) {
                QCOMPARE(e.items.at(j).startLine, f.items.at(j).startLine);
                QCOMPARE(e.items.at(j).urls, f.items.at(j).urls);
                // The email mode leaves the commentary's white space as written.
                QCOMPARE(e.items.at(j).commentary.simplified(), f.items.at(j).commentary);
            }
        }
        auto doc = IssueDocument::fromText(body);
        QVERIFY(doc.ok());
        QCOMPARE(emailPreheader(*doc, email), emailPreheader(*doc, full));
    }

    // The email HTML's reading (IssueDetail::Slots): the same sponsor slots, intro and item lines
    // as the full reading, and the same preheader through emailPreheader(doc, tree, slotsRead,
    // ...), which reads the items only when it must.
    void slotsDetailAgreesWithFull_data()
    {
        emailDetailAgreesWithFullOnWhatTheEmailReads_data(); // the fixtures, and more below
        const QString sponsor
            = u"From our sponsor: Pagerly\n------------------------\n\n"
              "Pagerly pages   you.\n<br>[Try it](https://pagerly.example/)\n\n"_s;
        QTest::newRow("no intro: the first item is the preheader")
            << u"News\n====\n\n   \n\nFirst   item.\n<br>[a](https://a.example/)\n\n"
               "Second.\n"_s;
        QTest::newRow("first item is the subject: the second decides")
            << u"---\nsubject: Same text\n---\nNews\n====\n\nSame   text\n\n- "
               u"[x](https://x.example/)\n\n"
               "Second item.\n"_s;
        QTest::newRow("sponsor after the sections, closing repeat")
            << u"Intro.\n\nNews\n====\n\nItem one.\n\n"_s + sponsor
                + u"Tools\n=====\n\nTool item.\n\nMore.\n\nPagerly pages you.\n"
                  "<br>[Try it](https://pagerly.example/)\n"_s;
        QTest::newRow("only item is the closing repeat")
            << sponsor + u"Tools\n=====\n\n> Quoted [Try it](https://pagerly.example/)\n"_s;
        QTest::newRow("sponsor heading twice") << sponsor + u"News\n====\n\nItem.\n\n"_s + sponsor;
        QTest::newRow("headings only") << u"# One\n\n## Two\n\n### Three\n"_s;
        QTest::newRow("closing repeat, then footnotes") << closingSponsorAndNotes;
    }
    void slotsDetailAgreesWithFull()
    {
        QFETCH(QString, body);
        auto doc = IssueDocument::fromText(body);
        QVERIFY(doc.ok());
        const QString prefix = u"From our sponsor"_s;
        const MarkdownTree tree(doc->body().toUtf8());
        const IssueStructure full = analyseIssue(tree, doc->body(), prefix);
        const IssueStructure slotsRead
            = analyseIssue(tree, doc->body(), prefix, IssueDetail::Slots);
        compareSlotsAndIntro(slotsRead, full);
        for (qsizetype i = 0; i < full.sections.size(); ++i) {
            QCOMPARE(slotsRead.sections.at(i).headingLine, full.sections.at(i).headingLine);
            QCOMPARE(slotsRead.sections.at(i).items.size(), full.sections.at(i).items.size());
            for (qsizetype j = 0; j < full.sections.at(i).items.size(); ++j) {
                QCOMPARE(slotsRead.sections.at(i).items.at(j).startLine,
                         full.sections.at(i).items.at(j).startLine);
                QCOMPARE(slotsRead.sections.at(i).items.at(j).endLine,
                         full.sections.at(i).items.at(j).endLine);
            }
        }
        QCOMPARE(emailPreheader(*doc, tree, slotsRead, prefix), emailPreheader(*doc, full));
        if (QTest::currentDataTag() == "first item is the subject: the second decides"_ba) {
            QCOMPARE(emailPreheader(*doc, slotsRead), QString()); // the fallback is what found it
            QCOMPARE(emailPreheader(*doc, full), u"Second item."_s);
        }
        if (QTest::currentDataTag() == "no intro: the first item is the preheader"_ba)
            QCOMPARE(emailPreheader(*doc, slotsRead), u"First item."_s);
    }

    // cmark-gfm puts the footnote definitions last: they are neither the issue's last item nor
    // any item, and the closing slot before them is still found; their links are still read.
    void footnotesDoNotHideTheClosingSlot()
    {
        const IssueStructure s = analyseIssue(closingSponsorAndNotes);
        QVERIFY(s.topSponsor);
        QVERIFY(s.closingSponsor);
        QCOMPARE(s.closingSponsor->startLine, 17);
        QCOMPARE(s.closingSponsor->endLine, 18);
        QCOMPARE(s.closingSponsor->urls, QStringList {u"https://pagerly.example/"_s});
        QCOMPARE(s.closingSponsor->copy, u"Pagerly pages you."_s);
        QCOMPARE(s.intro, u"Intro with a note."_s);
        QCOMPARE(s.topSponsor->copy, u"Pagerly pages you. Try Pagerly"_s);
        QCOMPARE(s.sections.size(), 1);
        QCOMPARE(s.sections.first().items.size(), 1);
        QCOMPARE(s.sections.first().items.first().urls, QStringList {u"https://a.example/"_s});
        QStringList urls;
        for (const IssueLink &link : s.links)
            urls << link.url + (link.sponsor ? u" sponsor"_s : QString());
        QCOMPARE(urls,
                 QStringList({u"https://pagerly.example/ sponsor"_s, u"https://a.example/"_s,
                              u"https://pagerly.example/ sponsor"_s, u"https://note.example/"_s}));
        QCOMPARE(s.links.last().line, 20);
    }

    void linkLinesPointAtTheLinkLine()
    {
        const QString body
            = u"Intro.\n\nNews\n====\n\nComment.\n<br>[https://a.example/](https://a.example/)\n"
              "<br>[https://b.example/](https://b.example/)\n"_s;
        const IssueStructure s = analyseIssue(body);
        QCOMPARE(s.links.size(), 2);
        QCOMPARE(s.links.at(0).line, 7);
        QCOMPARE(s.links.at(1).line, 8);
        QCOMPARE(s.links.at(1).section, u"News"_s);
        QVERIFY(!s.topSponsor.has_value());
        QVERIFY(!s.closingSponsor.has_value());
        QCOMPARE(s.sections.size(), 1);
        QCOMPARE(s.sections.first().items.first().commentary, u"Comment."_s);
    }
};

QTEST_GUILESS_MAIN(TestIssueStructure)
#include "tst_issuestructure.moc"
