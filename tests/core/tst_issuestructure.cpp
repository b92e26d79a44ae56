// Reading the shape of an issue: sponsor slots, sections, items and links with their lines.
#include "issuedocument.h"
#include "issuestructure.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
IssueStructure fixture(const QString &name)
{
    auto doc = readIssueFile(QStringLiteral(GALLEY_TEST_DATA) + u"/fixtures/"_s + name);
    return doc ? analyseIssue(doc->body()) : IssueStructure {};
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
