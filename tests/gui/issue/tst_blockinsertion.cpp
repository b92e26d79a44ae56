// Where Insert ▸ Section and Sponsor Block put their blocks, and the minimal edit that applies a
// new body to the editor (pure functions, no window).
#include "issue/blockinsertion.h"
#include "issue/newslettercontext.h"
#include "issuestructure.h"
#include "templateset.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

namespace {
const QString Body = u"Intro.\n"
                     "\n"
                     "\n"
                     "From our sponsor, Pagerly\n"
                     "=========================\n"
                     "\n"
                     "Pagerly copy.\n"
                     "<br>[https://pagerly.example.com](https://pagerly.example.com)\n"
                     "\n"
                     "\n"
                     "News\n"
                     "====\n"
                     "\n"
                     "An item.\n"
                     "<br>[https://a.example.org](https://a.example.org)\n"
                     "\n"
                     "\n"
                     "Tools\n"
                     "=====\n"
                     "\n"
                     "A tool.\n"
                     "<br>[https://t.example.org](https://t.example.org)\n"
                     "\n"
                     "\n"
                     "Pagerly copy.\n"
                     "<br>[https://pagerly.example.com](https://pagerly.example.com)\n"_s;

QString section(const QString &name)
{
    return *IssueBlocks(TemplateSet::defaults(), u"From our sponsor, {name}"_s).section(name);
}

QStringList headings(const QString &body)
{
    QStringList out;
    for (const IssueSection &s : analyseIssue(body).sections)
        out << s.heading;
    return out;
}
} // namespace

class TestBlockInsertion : public QObject
{
    Q_OBJECT
private slots:
    void sectionBetweenByOrder()
    {
        const QStringList order {u"News"_s, u"Events"_s, u"Tools"_s};
        const auto r
            = insertSection(Body, u"Events"_s, order, section(u"Events"_s), u"From our sponsor"_s);
        QVERIFY(r);
        QCOMPARE(headings(r->body), order);
        QCOMPARE(r->body.split(u'\n').at(r->firstLine - 1), u"Events"_s);
        // Two blank lines on both sides, as in the fixtures.
        QVERIFY(r->body.contains(u"(https://a.example.org)\n\n\nEvents\n======"_s));
        QVERIFY(r->body.contains(u"======\n\n\nTools\n"_s));
        const IssueStructure s = analyseIssue(r->body);
        QVERIFY(s.closingSponsor);
        QVERIFY(s.topSponsor);
    }

    void sectionLastGoesBeforeTheClosingSponsor()
    {
        const QStringList order {u"News"_s, u"Tools"_s, u"Jobs"_s};
        const auto r
            = insertSection(Body, u"Jobs"_s, order, section(u"Jobs"_s), u"From our sponsor"_s);
        QVERIFY(r);
        QCOMPARE(headings(r->body), order);
        const IssueStructure s = analyseIssue(r->body);
        QVERIFY(s.closingSponsor);
        QVERIFY(s.closingSponsor->startLine > s.sections.last().headingLine);
        QVERIFY(r->body.endsWith(u"(https://pagerly.example.com)\n"_s));
    }

    void sectionUnknownToTheOrderGoesLast()
    {
        const auto r = insertSection(Body, u"Odds and Ends"_s, {u"News"_s, u"Tools"_s},
                                     section(u"Odds and Ends"_s), u"From our sponsor"_s);
        QVERIFY(r);
        QCOMPARE(headings(r->body), (QStringList {u"News"_s, u"Tools"_s, u"Odds and Ends"_s}));
    }

    void existingSectionRefused()
    {
        const auto r = insertSection(Body, u"news"_s, {u"News"_s}, section(u"News"_s),
                                     u"From our sponsor"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Conflict);
        QCOMPARE(r.error().line, 11);
    }

    void blockNearLineDoesNotSplitAParagraph()
    {
        const QString body = u"One\ntwo\n\nthree\n"_s;
        const InsertedBlock r = insertBlockNearLine(body, 1, u"BLOCK"_s);
        QCOMPARE(r.body, u"One\ntwo\n\n\nBLOCK\n\n\nthree\n"_s);
        QCOMPARE(r.firstLine, 5);
        const InsertedBlock top = insertBlockAfter(u"text\n"_s, 0, u"B"_s);
        QCOMPARE(top.body, u"B\n\n\ntext\n"_s);
        QCOMPARE(top.firstLine, 1);
        const InsertedBlock end = insertBlockAfter(u"text\n"_s, 5, u"B"_s);
        QCOMPARE(end.body, u"text\n\n\nB\n"_s);
    }

    void minimalEdit()
    {
        const TextEdit e = textEditBetween(u"abcXYZdef"_s, u"abc123def"_s);
        QCOMPARE(e.start, 3);
        QCOMPARE(e.removed, 3);
        QCOMPARE(e.inserted, u"123"_s);
        const TextEdit insert = textEditBetween(u"aaa"_s, u"aaaa"_s);
        QCOMPARE(insert.removed, 0);
        QCOMPARE(insert.inserted, u"a"_s);
        QString text = u"aaa"_s;
        text.replace(insert.start, insert.removed, insert.inserted);
        QCOMPARE(text, u"aaaa"_s);
    }

    void splitKeepsTheEditorsOffsets()
    {
        const QString text = u"---\ntitle: \"X #7\"\ndate: 2025-01-26\n---\n\nBody\n"_s;
        const auto split = splitDocument(text);
        QVERIFY(split);
        QCOMPARE(text.mid(split->bodyOffset), split->body);
        QCOMPARE(split->body.split(u'\n').first(), text.split(u'\n').at(split->bodyFirstLine - 1));
        QCOMPARE(split->number, std::optional<int>(7));
        QCOMPARE(split->date, QDate(2025, 1, 26));
    }
};

QTEST_MAIN(TestBlockInsertion)
#include "tst_blockinsertion.moc"
