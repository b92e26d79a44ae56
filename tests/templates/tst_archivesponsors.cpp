// The archive's sponsors, for the Sponsors library's import: every top sponsor block of every
// archived issue, one entry per name (compared without case), copy and link from the latest issue,
// first and last issue seen; and the import into a store's library in one transaction.
#include "../store/storetesthelpers.h"
#include "archivesponsorimport.h"
#include "archivesponsors.h"
#include "fixturearchive.h"
#include "newslettersettings.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
const QString pagerlyCopy
    = u"On-call rotations that fit how your team actually works. Pagerly routes alerts to the "
      "right person, escalates when nobody answers and keeps a timeline for the retrospective:"_s;

ArchiveText issue(int number, const QDate &date, const QString &body)
{
    return ArchiveText {number, date, body};
}

// The fixture archive's texts, as the store's import keeps them.
QList<ArchiveText> fixtureTexts()
{
    QList<ArchiveText> texts;
    for (const QString &name : testsupport::fixtureArchiveNames()) {
        if (const auto text = archiveTextFromDocument(testsupport::fixtureImportedText(name)))
            texts << *text;
    }
    return texts;
}

QString setextSponsor(const QString &name, const QString &copy, const QString &link)
{
    return u"Intro.\n\nFrom our sponsor, "
           u"%1\n=================\n\n%2\n<br>[%3](%3)\n\nNews\n====\n\n"
           "An item.\n<br>[https://news.example.org/a](https://news.example.org/a)\n"_s.arg(
               name, copy, link);
}

// Issues of a generated weekly, in no particular order: Acme runs in #1, #3 (as "ACME") and #5,
// Beta in #4 under an ATX heading with its own label, #2 has no sponsor block, #6 a sponsor
// heading without a name.
QList<ArchiveText> generatedArchive()
{
    const QDate start(2024, 3, 3);
    return {
        issue(5, start.addDays(28),
              setextSponsor(u"Acme"_s, u"Latest copy with **bold**.\n\nIts second paragraph:"_s,
                            u"https://acme.example.com/new"_s)),
        issue(
            2, start.addDays(7),
            u"Intro only.\n\nNews\n====\n\nAn item.\n<br>[https://x.example.org](https://x.example.org)\n"_s),
        issue(1, start,
              setextSponsor(u"Acme"_s, u"Old copy."_s, u"https://acme.example.com/old"_s)),
        issue(4, start.addDays(21),
              u"Intro.\n\n## From our sponsor: Beta\n\nBeta builds things.\n\n"
              "[https://beta.example.com](https://beta.example.com)\n\n## News\n\nAn item.\n"_s),
        issue(3, start.addDays(14),
              setextSponsor(u"ACME"_s, u"Newer copy."_s, u"https://acme.example.com/mid"_s)),
        issue(6, start.addDays(35),
              u"Intro.\n\nFrom our sponsors\n=================\n\nThanks to everyone.\n\nNews\n"
              "====\n\nAn item.\n"_s),
    };
}
} // namespace

class TestArchiveSponsors : public QObject
{
    Q_OBJECT
    storetest::FreshStores m_stores; // SQLite, or PostgreSQL in the _pg twin
    QTemporaryDir m_dir;

private slots:
    void fixtureArchiveSponsors()
    {
        const QList<ArchiveSponsor> found
            = sponsorsInArchive(fixtureTexts(), u"From our sponsor"_s);
        QCOMPARE(found.size(), 2);
        const ArchiveSponsor &pagerly = found.at(0); // last seen in #103, the latest
        QCOMPARE(pagerly.name, u"Pagerly"_s);
        QCOMPARE(pagerly.heading, u"From our sponsor, Pagerly"_s);
        QCOMPARE(pagerly.copy, pagerlyCopy);
        QCOMPARE(pagerly.link, u"https://pagerly.example.com/weekly"_s);
        QCOMPARE(pagerly.issueCount, 2);
        QCOMPARE(pagerly.firstNumber, std::optional<int>(101));
        QCOMPARE(pagerly.firstDate, QDate(2025, 1, 5));
        QCOMPARE(pagerly.lastNumber, std::optional<int>(103));
        QCOMPARE(pagerly.lastDate, QDate(2025, 1, 19));
        const ArchiveSponsor &tracewell = found.at(1);
        QCOMPARE(tracewell.name, u"Tracewell"_s);
        QCOMPARE(tracewell.link, u"https://tracewell.example.com/?src=opsweekly"_s);
        QVERIFY(tracewell.copy.startsWith(u"Find the slow span in seconds"_s));
        QVERIFY(tracewell.copy.endsWith(u"Start free today:"_s));
        QCOMPARE(tracewell.issueCount, 1);
        QCOMPARE(tracewell.firstNumber, std::optional<int>(102));
        QCOMPARE(tracewell.lastNumber, std::optional<int>(102));

        // The newsletter's own label: the library entry follows Preferences.
        const Sponsor s = pagerly.toSponsor(u"From our sponsor, {name}"_s);
        QCOMPARE(s.name, u"Pagerly"_s);
        QVERIFY(s.label.isEmpty());
        QCOMPARE(s.copy, pagerlyCopy);
        QCOMPARE(s.link, pagerly.link);
    }

    void generatedArchiveGroupsByNameWithoutCase()
    {
        const QList<ArchiveSponsor> found
            = sponsorsInArchive(generatedArchive(), u"From our sponsor"_s);
        QCOMPARE(found.size(), 2); // #2 and #6 add nobody
        const ArchiveSponsor &acme = found.at(0);
        QCOMPARE(acme.name, u"Acme"_s); // as #5 writes it, not #3's "ACME"
        QCOMPARE(acme.issueCount, 3);
        QCOMPARE(acme.firstNumber, std::optional<int>(1));
        QCOMPARE(acme.firstDate, QDate(2024, 3, 3));
        QCOMPARE(acme.lastNumber, std::optional<int>(5));
        QCOMPARE(acme.lastDate, QDate(2024, 3, 31));
        // Copy and link from the latest issue, its Markdown kept, the link line left out.
        QCOMPARE(acme.copy, u"Latest copy with **bold**.\n\nIts second paragraph:"_s);
        QCOMPARE(acme.link, u"https://acme.example.com/new"_s);

        const ArchiveSponsor &beta = found.at(1);
        QCOMPARE(beta.name, u"Beta"_s);
        QCOMPARE(beta.heading, u"From our sponsor: Beta"_s);
        QCOMPARE(beta.copy, u"Beta builds things."_s);
        QCOMPARE(beta.link, u"https://beta.example.com"_s);
        QCOMPARE(beta.issueCount, 1);
        QCOMPARE(beta.firstNumber, std::optional<int>(4));
        // A heading of its own becomes the entry's label, with {name}.
        QCOMPARE(beta.toSponsor(u"From our sponsor, {name}"_s).label,
                 u"From our sponsor: {name}"_s);
    }

    void aLinkThatIsNotAWebAddressIsLeftOut()
    {
        const QList<ArchiveSponsor> found = sponsorsInArchive(
            {issue(1, QDate(2024, 1, 7),
                   setextSponsor(u"Mailer"_s, u"Write to us:"_s, u"mailto:ads@example.com"_s))},
            u"From our sponsor"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).copy, u"Write to us:"_s);
        QVERIFY(found.at(0).link.isEmpty());
    }

    void importSkipsNamesTheLibraryHas()
    {
        SponsorBook book;
        book.sponsors << Sponsor {u"pagerly"_s, {}, u"Kept."_s, {}, {}, {}, {}, {}};
        const QList<ArchiveSponsor> found
            = sponsorsInArchive(fixtureTexts(), u"From our sponsor"_s);
        const SponsorImport first = addArchiveSponsors(book, found, u"From our sponsor, {name}"_s);
        QCOMPARE(first.added.size(), 1);
        QCOMPARE(first.added.at(0).name, u"Tracewell"_s);
        QCOMPARE(first.skipped.size(), 1);
        QCOMPARE(first.skipped.at(0).name, u"Pagerly"_s);
        QCOMPARE(book.sponsors.size(), 2);
        QCOMPARE(book.sponsors.at(0).copy, u"Kept."_s);
        const SponsorImport again = addArchiveSponsors(book, found, u"From our sponsor, {name}"_s);
        QVERIFY(again.added.isEmpty());
        QCOMPARE(again.skipped.size(), 2);
        QCOMPARE(book.sponsors.size(), 2);
    }

    void importIntoAStore()
    {
        const QString path = m_stores.fresh();
        QVERIFY(testsupport::importFixtureArchive(path));
        Store store;
        QVERIFY(store.open(path).ok());
        // A draft's sponsor block is not part of the archive.
        QVERIFY(store
                    .createIssue(u"---\ntitle: OPS WEEKLY ISSUE \\#104 - 26th January 2025\n"
                                 "date: 2025-01-26\n---\n\n"_s
                                 + setextSponsor(u"Drafty"_s, u"Not yet run."_s,
                                                 u"https://drafty.example.com"_s))
                    .ok());
        const auto scan = findArchiveSponsors(store);
        QVERIFY(scan.ok());
        QCOMPARE(scan->sponsors.size(), 2);
        QCOMPARE(scan->defaultLabel, u"From our sponsor, {name}"_s);

        const auto dry = importArchiveSponsors(store, *scan, true);
        QVERIFY(dry.ok());
        QCOMPARE(dry->added.size(), 2);
        QVERIFY(NewsletterSettings(store).sponsorBook()->sponsors.isEmpty());

        const auto done = importArchiveSponsors(store, *scan);
        QVERIFY(done.ok());
        QCOMPARE(done->added.size(), 2);
        const auto book = NewsletterSettings(store).sponsorBook();
        QVERIFY(book.ok());
        QCOMPARE(book->sponsors.size(), 2);
        QCOMPARE(book->sponsors.at(0).name, u"Pagerly"_s);
        QCOMPARE(book->sponsors.at(0).copy, pagerlyCopy);
        QCOMPARE(book->sponsors.at(1).link, u"https://tracewell.example.com/?src=opsweekly"_s);

        const auto again = importArchiveSponsors(store, *scan);
        QVERIFY(again.ok());
        QVERIFY(again->added.isEmpty());
        QCOMPARE(again->skipped.size(), 2);
        QCOMPARE(NewsletterSettings(store).sponsorBook()->sponsors.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestArchiveSponsors)
#include "tst_archivesponsors.moc"
