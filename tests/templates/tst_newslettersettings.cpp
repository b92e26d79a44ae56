// The newsletter's settings as JSON documents in the store's settings table.
#include "../store/storetesthelpers.h"
#include "fixtures.h"
#include "newslettersettings.h"
#include "nextissueplanner.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

class TestNewsletterSettings : public QObject
{
    Q_OBJECT
    storetest::FreshStores m_stores; // SQLite, or PostgreSQL in the _pg twin
private slots:
    void roundTripsThroughTheStore()
    {
        const QString path = m_stores.fresh();
        {
            Store store;
            QVERIFY(store.open(path).ok());
            NewsletterSettings settings(store);
            // Nothing set: empty profile, empty book, default templates.
            QVERIFY(*settings.profile() == NewsletterProfile {});
            QVERIFY(settings.sponsorBook()->sponsors.isEmpty());
            QVERIFY(*settings.templates() == TemplateSet::defaults());

            NewsletterProfile profile;
            profile.name = u"Ops Weekly"_s;
            profile.weekday = 1;
            QVERIFY(settings.setProfile(profile).ok());
            SponsorBook book;
            Sponsor s;
            s.name = u"Pagerly"_s;
            s.activeTo = QDate(2025, 6, 30);
            book.sponsors << s;
            book.bookings << Booking {104, {}, SponsorSlot::Top, u"Pagerly"_s};
            QVERIFY(settings.setSponsorBook(book).ok());
            TemplateSet t = TemplateSet::defaults();
            t.item = u"* {{commentary}}\n{{urls}}"_s;
            QVERIFY(settings.setTemplates(t).ok());
            TemplateSet broken = t;
            broken.link = u"{{nope}}"_s;
            QVERIFY(!settings.setTemplates(broken).ok());
        }
        Store store;
        QVERIFY(store.open(path).ok());
        NewsletterSettings settings(store);
        QCOMPARE(settings.profile()->name, std::optional<QString>(u"Ops Weekly"_s));
        QCOMPARE(settings.sponsorBook()->sponsors.first().activeTo, QDate(2025, 6, 30));
        QCOMPARE(settings.sponsorBook()->bookings.size(), 1);
        QCOMPARE(settings.templates()->item, u"* {{commentary}}\n{{urls}}"_s);
        QVERIFY(store.setting(NewsletterSettings::sponsorsKey())->contains(u"Pagerly"_s));

        // Set fields win, the rest is inferred from the archive and marked so.
        const auto effective = settings.effectiveProfile(fixtureArchive());
        QVERIFY(effective.ok());
        QCOMPARE(effective->name.value, u"Ops Weekly"_s);
        QVERIFY(!effective->name.inferred);
        QCOMPARE(effective->weekday.value, 1);
        QVERIFY(effective->titlePattern.inferred);
        QCOMPARE(effective->sections.value, QStringList({u"News"_s, u"Events"_s, u"Tools"_s}));

        // The archive as plain structs: sent issues only, or drafts too.
        for (const char *name : {"ops-weekly-101.md", "ops-weekly-102.md"})
            QVERIFY(store
                        .importDocument(
                            galley::testsupport::fixtureImportedText(QString::fromLatin1(name)))
                        .ok());
        QVERIFY(store.createIssue(u"---\ntitle: Draft\n---\n\nx\n"_s).ok());
        QCOMPARE(loadArchive(store, true)->size(), 2);
        QCOMPARE(loadArchive(store, false)->size(), 3);
    }

    void corruptSettingsAreAnError()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());
        QVERIFY(store.setSetting(NewsletterSettings::bookingsKey(), u"{oops"_s).ok());
        QVERIFY(store.setSetting(NewsletterSettings::templatesKey(), u"[]"_s).ok());
        NewsletterSettings settings(store);
        QVERIFY(!settings.sponsorBook().ok());
        QVERIFY(!settings.templates().ok());
    }

    void sectionHeadingStyles()
    {
        // Settings written before heading styles (a plain list of names) still load.
        const auto old = NewsletterProfile::fromJson(R"({"sections":["News","Tools"]})");
        QVERIFY(old.ok());
        QCOMPARE(*old->sections, QStringList({u"News"_s, u"Tools"_s}));
        QVERIFY(old->sectionHeadings.isEmpty());

        NewsletterProfile p;
        p.sections = QStringList {u"News"_s, u"Events"_s, u"Tools"_s};
        p.sectionHeadings.insert(u"Events"_s, HeadingStyle::Atx2);
        p.sectionHeadings.insert(u"Tools"_s, HeadingStyle::Atx3);
        const QByteArray json = p.toJson();
        QVERIFY(json.contains(R"({"heading":"##","name":"Events"})"));
        QVERIFY(json.contains(R"({"heading":"=","name":"News"})"));
        const auto back = NewsletterProfile::fromJson(json);
        QVERIFY(back.ok());
        QVERIFY(*back == p);

        // An unknown marker falls back to the underline rather than failing the whole profile.
        const auto odd = NewsletterProfile::fromJson(
            R"({"sections":[{"name":"News","heading":"####"},"Tools"]})");
        QVERIFY(odd.ok());
        QCOMPARE(*odd->sections, QStringList({u"News"_s, u"Tools"_s}));
        QVERIFY(odd->sectionHeadings.isEmpty());

        // The planner writes each section in its style.
        const EffectiveProfile effective = resolveProfile(p, inferFromArchive(fixtureArchive()));
        QVERIFY(effective.headingStyle(u"Tools"_s) == HeadingStyle::Atx3);
        QVERIFY(effective.headingStyle(u"News"_s) == HeadingStyle::Underline);
        const auto next = NextIssuePlanner(effective, SponsorBook {}, TemplateSet::defaults())
                              .plan(fixtureArchive());
        QVERIFY(next.ok());
        QVERIFY(next->document.contains(u"\nNews\n====\n"_s));
        QVERIFY(next->document.contains(u"\n## Events\n"_s));
        QVERIFY(!next->document.contains(u"Events\n===="_s));
        QVERIFY(next->document.contains(u"\n### Tools\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestNewsletterSettings)
#include "tst_newslettersettings.moc"
