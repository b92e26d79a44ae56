// Settings inferred from the archive: title pattern, newsletter name, cadence, sections.
#include "archiveinference.h"
#include "fixtures.h"
#include "newsletterprofile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

class TestArchiveInference : public QObject
{
    Q_OBJECT
private slots:
    void fixtures()
    {
        const auto archive = fixtureArchive();
        QCOMPARE(archive.size(), 3);
        const ArchiveInference inferred = inferFromArchive(archive);
        QCOMPARE(inferred.titlePattern, u"OPS WEEKLY ISSUE #{number} - {date_long}"_s);
        QCOMPARE(inferred.newsletterName, u"OPS WEEKLY"_s);
        QVERIFY(inferred.cadence);
        QCOMPARE(inferred.cadence->intervalDays, 7);
        QCOMPARE(inferred.cadence->weekday, 7); // Sundays
        QCOMPARE(inferred.sections, QStringList({u"News"_s, u"Events"_s, u"Tools"_s}));
        QCOMPARE(latestIssue(archive)->number, std::optional<int>(103));
    }

    void orderOfInputDoesNotMatter()
    {
        auto archive = fixtureArchive();
        std::reverse(archive.begin(), archive.end());
        const ArchiveInference inferred = inferFromArchive(archive);
        QCOMPARE(inferred.sections, QStringList({u"News"_s, u"Events"_s, u"Tools"_s}));
        QCOMPARE(inferred.titlePattern, u"OPS WEEKLY ISSUE #{number} - {date_long}"_s);
    }

    void onlyRecentIssuesCount()
    {
        // An old issue's "Jobs" section is no longer part of the newsletter.
        QList<ArchiveIssue> archive;
        archive << ArchiveIssue {1, 1, u"W #1"_s, QDate(2024, 1, 1), {u"Jobs"_s}, {}};
        for (int i = 2; i <= 4; ++i)
            archive << ArchiveIssue {i,
                                     i,
                                     u"W #%1"_s.arg(i),
                                     QDate(2024, 1, 1).addDays(7 * (i - 1)),
                                     {u"News"_s, u"Tools"_s},
                                     {}};
        QCOMPARE(inferFromArchive(archive, 3).sections, QStringList({u"News"_s, u"Tools"_s}));
        QCOMPARE(inferFromArchive(archive, 8).sections.size(), 3);
    }

    void cadence()
    {
        // Mostly fortnightly on Tuesdays, with one late issue.
        const QList<QDate> dates = {QDate(2025, 3, 4), QDate(2025, 2, 18), QDate(2025, 2, 4),
                                    QDate(2025, 1, 22), QDate(2025, 1, 7)};
        const auto c = inferCadence(dates);
        QVERIFY(c);
        QCOMPARE(c->intervalDays, 14);
        QCOMPARE(c->weekday, 2);
        QVERIFY(!inferCadence({QDate()}));
        const auto single = inferCadence({QDate(2025, 1, 5)});
        QCOMPARE(single->intervalDays, 7);
        QCOMPARE(single->weekday, 7);
    }

    void resolvedProfileSaysWhatWasInferred()
    {
        const ArchiveInference inferred = inferFromArchive(fixtureArchive());
        NewsletterProfile set;
        set.name = u"Ops Weekly"_s;
        const EffectiveProfile p = resolveProfile(set, inferred);
        QCOMPARE(p.name.value, u"Ops Weekly"_s);
        QVERIFY(!p.name.inferred);
        QCOMPARE(p.titlePattern.value, inferred.titlePattern);
        QVERIFY(p.titlePattern.inferred);
        QVERIFY(p.sections.inferred);
        QVERIFY(p.weekday.inferred);
        QCOMPARE(p.sponsorLabelPrefix(), u"From our sponsor"_s);

        set.sections = QStringList {u"Links"_s};
        set.intervalDays = 14;
        set.publicationTime = QTime(9, 30);
        const auto back = NewsletterProfile::fromJson(set.toJson());
        QVERIFY(back.ok());
        QVERIFY(*back == set);
        QVERIFY(!NewsletterProfile::fromJson("[1]").ok());
        const EffectiveProfile q = resolveProfile(*back, inferred);
        QCOMPARE(q.sections.value, QStringList {u"Links"_s});
        QVERIFY(!q.sections.inferred);
        QCOMPARE(q.intervalDays.value, 14);

        const EffectiveProfile empty = resolveProfile({}, inferFromArchive({}));
        QVERIFY(!empty.titlePattern.value.isEmpty());
        QVERIFY(!empty.titlePattern.inferred);
    }
};

QTEST_GUILESS_MAIN(TestArchiveInference)
#include "tst_archiveinference.moc"
