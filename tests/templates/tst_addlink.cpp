// "Add link": the item lands at the end of its section, formatted by the item template; links
// already in the issue are refused; earlier features are reported.
#include "addlink.h"
#include "fixtures.h"
#include "issuedocument.h"
#include "issuestructure.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
IssueBlocks blocks()
{
    return IssueBlocks(TemplateSet::defaults(), u"From our sponsor, {name}"_s);
}

QString fixtureBody(const QString &name)
{
    const auto doc = IssueDocument::fromFileText(fixtureText(name));
    return doc ? doc->body() : QString();
}

const IssueSection *sectionNamed(const IssueStructure &s, const QString &name)
{
    for (const IssueSection &sec : s.sections) {
        if (sec.heading == name)
            return &sec;
    }
    return nullptr;
}
} // namespace

class TestAddLink : public QObject
{
    Q_OBJECT
private slots:
    void appendsAtTheEndOfAMiddleSection()
    {
        const QString body = fixtureBody(u"ops-weekly-103.md"_s);
        const auto added = addLink(body, u"news"_s, {u"https://new.example.com/a"_s},
                                   u"A new article."_s, blocks());
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        const IssueStructure s = analyseIssue(added->body);
        const IssueSection *news = sectionNamed(s, u"News"_s);
        QVERIFY(news);
        QCOMPARE(news->items.size(), 4);
        QCOMPARE(news->items.last().commentary, u"A new article."_s);
        QCOMPARE(news->items.last().urls, QStringList {u"https://new.example.com/a"_s});
        QCOMPARE(news->items.last().startLine, added->firstLine);
        QVERIFY(added->body.contains(
            u"A new article.\n<br>[https://new.example.com/a](https://new.example.com/a)\n\n\nEvents"_s));
        QCOMPARE(sectionNamed(s, u"Events"_s)->items.size(), 1);
    }

    void lastSectionGoesBeforeTheClosingSponsor()
    {
        const QString body = fixtureBody(u"ops-weekly-103.md"_s);
        const auto added = addLink(body, u"Tools"_s,
                                   {u"https://t.example.com/1"_s, u"https://t.example.com/2"_s},
                                   u"Two links."_s, blocks());
        QVERIFY(added.ok());
        const IssueStructure s = analyseIssue(added->body);
        QVERIFY(s.closingSponsor);
        const IssueSection *tools = sectionNamed(s, u"Tools"_s);
        QCOMPARE(tools->items.size(), 2);
        QCOMPARE(tools->items.last().urls.size(), 2);
        QVERIFY(tools->items.last().endLine < s.closingSponsor->startLine);
    }

    void emptySectionOfANewDraft()
    {
        const QString body = u"Intro\n\n\nNews\n====\n\n\nTools\n=====\n"_s;
        const auto added
            = addLink(body, u"News"_s, {u"https://a.example.com/"_s}, u"First."_s, blocks());
        QVERIFY(added.ok());
        const IssueStructure s = analyseIssue(added->body);
        QCOMPARE(sectionNamed(s, u"News"_s)->items.size(), 1);
        QVERIFY(sectionNamed(s, u"Tools"_s)->items.isEmpty());
        QCOMPARE(s.sections.size(), 2);
    }

    void refusesALinkAlreadyInTheIssue()
    {
        const QString body = fixtureBody(u"ops-weekly-103.md"_s);
        // Same page, written differently (www., trailing slash, tracking parameter).
        const auto refused
            = addLink(body, u"Tools"_s, {u"http://www.tidewatch.example.io/?utm_source=x"_s},
                      u"Again."_s, blocks());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Conflict);
        QCOMPARE(refused.error().line, analyseIssue(body).sections.last().items.first().endLine);
        QVERIFY(refused.error().message.contains(u"already"_s));
    }

    void unknownSectionAndNoUrl()
    {
        const QString body = fixtureBody(u"ops-weekly-103.md"_s);
        const auto missing
            = addLink(body, u"Jobs"_s, {u"https://j.example.com/"_s}, u"x"_s, blocks());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::NotFound);
        QVERIFY(missing.error().message.contains(u"Events"_s));
        QVERIFY(!addLink(body, u"News"_s, {u"  "_s}, u"x"_s, blocks()).ok());
    }

    void reportsEarlierFeatures()
    {
        const auto archive = fixtureArchive();
        const QString body = fixtureBody(u"ops-weekly-102.md"_s);
        const auto added = addLink(body, u"Tools"_s, {u"https://kilnfile.example.io"_s},
                                   u"Kilnfile again."_s, blocks(), archiveLinkHistory(archive));
        QVERIFY(added.ok());
        QCOMPARE(added->earlier.size(), 1);
        QCOMPARE(added->earlier.first().number, std::optional<int>(101));
        // Sponsor links are not "features".
        const auto sponsor
            = addLink(u"News\n====\n"_s, u"News"_s, {u"https://pagerly.example.com/weekly"_s},
                      u"x"_s, blocks(), archiveLinkHistory(archive));
        QVERIFY(sponsor.ok());
        QVERIFY(sponsor->earlier.isEmpty());
    }

    void customItemTemplate()
    {
        TemplateSet t = TemplateSet::defaults();
        t.item = u"* {{commentary}} {{urls}}"_s;
        t.link = u"<{{url}}>"_s;
        const auto added = addLink(u"News\n====\n"_s, u"News"_s, {u"https://a.example.com/"_s},
                                   u"Short."_s, IssueBlocks(t, u"Sponsor: {name}"_s));
        QVERIFY(added.ok());
        QVERIFY(added->body.contains(u"* Short. <https://a.example.com/>"_s));
    }
};

QTEST_GUILESS_MAIN(TestAddLink)
#include "tst_addlink.moc"
