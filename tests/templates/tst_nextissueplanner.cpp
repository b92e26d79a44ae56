// The next issue in one step: numbering, dates across month and year ends, title, skeleton.
#include "fixtures.h"
#include "issuedocument.h"
#include "issuestructure.h"
#include "nextissueplanner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
NextIssuePlanner fixturePlanner(const SponsorBook &book = {})
{
    return NextIssuePlanner(resolveProfile({}, inferFromArchive(fixtureArchive())), book,
                            TemplateSet::defaults());
}

Sponsor pagerly()
{
    Sponsor s;
    s.name = u"Pagerly"_s;
    s.copy = u"On-call rotations that fit how your team actually works."_s;
    s.link = u"https://pagerly.example.com/weekly"_s;
    return s;
}
} // namespace

class TestNextIssuePlanner : public QObject
{
    Q_OBJECT
private slots:
    void continuesTheFixtureArchive()
    {
        const auto next = fixturePlanner().plan(fixtureArchive());
        QVERIFY(next.ok());
        QCOMPARE(next->number, 104);
        QCOMPARE(next->date, QDate(2025, 1, 26));
        QCOMPARE(next->title, u"OPS WEEKLY ISSUE #104 - 26th January 2025"_s);
        QVERIFY(next->topSponsor.isEmpty());

        const auto doc = IssueDocument::fromText(next->document);
        QVERIFY(doc.ok());
        QCOMPARE(doc->title(), next->title);
        QCOMPARE(doc->issueNumber(), std::optional<int>(104));
        QCOMPARE(doc->date().date(), QDate(2025, 1, 26));
        const IssueStructure s = analyseIssue(doc->body());
        QStringList headings;
        for (const IssueSection &sec : s.sections)
            headings << sec.heading;
        QCOMPARE(headings, QStringList({u"News"_s, u"Events"_s, u"Tools"_s}));
        QVERIFY(s.topSponsor);
        QVERIFY(s.closingSponsor);
        QCOMPARE(s.topSponsor->name, u"TK sponsor"_s);
        for (const IssueSection &sec : s.sections)
            QVERIFY(sec.items.isEmpty());
    }

    void bookedSponsorFillsBothSlots()
    {
        SponsorBook book;
        book.sponsors << pagerly();
        book.bookings << Booking {104, {}, SponsorSlot::Top, u"Pagerly"_s};
        const auto next = fixturePlanner(book).plan(fixtureArchive());
        QVERIFY(next.ok());
        QCOMPARE(next->topSponsor, u"Pagerly"_s);
        QCOMPARE(next->closingSponsor, u"Pagerly"_s);
        const auto doc = IssueDocument::fromText(next->document);
        const IssueStructure s = analyseIssue(doc->body());
        QCOMPARE(s.topSponsor->name, u"Pagerly"_s);
        QCOMPARE(s.topSponsor->urls, QStringList {pagerly().link});
        QVERIFY(s.closingSponsor);
        QCOMPARE(s.closingSponsor->urls, QStringList {pagerly().link});
        QVERIFY(!next->document.contains(u"TK sponsor"_s));
        QVERIFY(doc->body().contains(u"From our sponsor, Pagerly\n========================="_s));
    }

    void overrides()
    {
        const auto next = fixturePlanner().plan(fixtureArchive(), 200, QDate(2025, 6, 1));
        QVERIFY(next.ok());
        QCOMPARE(next->title, u"OPS WEEKLY ISSUE #200 - 1st June 2025"_s);
        QVERIFY(!fixturePlanner().plan(fixtureArchive(), 0).ok());
    }

    void datesAcrossMonthYearAndLeapDays_data()
    {
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<int>("interval");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("month end") << QDate(2025, 1, 26) << 7 << QDate(2025, 2, 2);
        QTest::newRow("year end") << QDate(2024, 12, 29) << 7 << QDate(2025, 1, 5);
        QTest::newRow("leap day") << QDate(2024, 2, 22) << 7 << QDate(2024, 2, 29);
        QTest::newRow("after leap day") << QDate(2024, 2, 25) << 7 << QDate(2024, 3, 3);
        QTest::newRow("no leap day 2025") << QDate(2025, 2, 23) << 7 << QDate(2025, 3, 2);
        QTest::newRow("century non-leap") << QDate(2100, 2, 22) << 7 << QDate(2100, 3, 1);
        QTest::newRow("fortnightly year end") << QDate(2025, 12, 23) << 14 << QDate(2026, 1, 6);
        QTest::newRow("daily") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 1);
    }
    void datesAcrossMonthYearAndLeapDays()
    {
        QFETCH(QDate, latest);
        QFETCH(int, interval);
        QFETCH(QDate, expected);
        QList<ArchiveIssue> archive;
        // Two issues establish the cadence; the planner continues from the latest.
        archive << ArchiveIssue {1, 9, u"W #9"_s, latest.addDays(-interval), {}, {}};
        archive << ArchiveIssue {2, 10, u"W #10"_s, latest, {}, {}};
        const NextIssuePlanner planner(resolveProfile({}, inferFromArchive(archive)), {},
                                       TemplateSet::defaults());
        const auto next = planner.plan(archive);
        QVERIFY(next.ok());
        QCOMPARE(next->number, 11);
        QCOMPARE(next->date, expected);
        QCOMPARE(next->title, u"W #11"_s);
    }

    void weeklyCadenceKeepsItsWeekday()
    {
        // The latest issue went out a day late (Monday); the next is back on Sunday.
        Cadence sundays {7, 7};
        QCOMPARE(nextPublicationDate(QDate(2025, 1, 27), sundays), QDate(2025, 2, 9));
        QCOMPARE(nextPublicationDate(QDate(2025, 1, 26), sundays), QDate(2025, 2, 2));
    }

    void emptyArchive()
    {
        const NextIssuePlanner planner(resolveProfile({}, inferFromArchive({})), {},
                                       TemplateSet::defaults());
        const auto next = planner.plan({}, {}, {}, QDate(2025, 3, 1));
        QVERIFY(next.ok());
        QCOMPARE(next->number, 1);
        QCOMPARE(next->date, QDate(2025, 3, 1));
    }

    void brokenTemplateIsAnError()
    {
        TemplateSet t = TemplateSet::defaults();
        t.section = u"{{section}}\n{{sectoin.underline}}"_s;
        const NextIssuePlanner planner(resolveProfile({}, inferFromArchive(fixtureArchive())), {},
                                       t);
        const auto next = planner.plan(fixtureArchive());
        QVERIFY(!next.ok());
        QVERIFY(next.error().message.contains(u"sectoin.underline"_s));
    }
};

QTEST_GUILESS_MAIN(TestNextIssuePlanner)
#include "tst_nextissueplanner.moc"
