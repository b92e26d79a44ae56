// The email's settings kept in the store's newsletter profile: the JSON round trip of the email
// fields, how they resolve (presets, custom tags, defaults) and how they become EmailSettings,
// with the newsletter's name inferred from the archive when it was never set.
#include "../store/storetesthelpers.h"
#include "emailprofile.h"
#include "exporter.h"
#include "fixtures.h"
#include "newslettersettings.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

class TestEmailProfile : public QObject
{
    Q_OBJECT
    storetest::FreshStores m_stores; // SQLite, or PostgreSQL in the _pg twin
private slots:
    void emailFieldsRoundTripThroughJson()
    {
        NewsletterProfile p;
        p.name = u"Ops Weekly"_s;
        p.mergeTagPreset = u"custom"_s;
        p.unsubscribeTag = u"%%unsub%%"_s;
        p.viewOnlineTag = u"%%web%%"_s;
        p.language = u"de"_s;
        p.to = u"Leser <leser@example.org>"_s;
        const QByteArray json = p.toJson();
        QVERIFY(json.contains("\"mergeTagPreset\":\"custom\""));
        QVERIFY(json.contains("\"to\":\"Leser <leser@example.org>\""));
        const auto back = NewsletterProfile::fromJson(json);
        QVERIFY(back.ok());
        QVERIFY(*back == p);

        // JSON written before these fields existed still reads, with the fields unset; unset
        // fields are not written.
        const auto old = NewsletterProfile::fromJson(
            R"({"name":"Ops Weekly","footer":"Thanks","sender":"a@example.com"})");
        QVERIFY(old.ok());
        QCOMPARE(old->footer, std::optional<QString>(u"Thanks"_s));
        QVERIFY(!old->mergeTagPreset && !old->unsubscribeTag && !old->viewOnlineTag);
        QVERIFY(!old->language && !old->to);
        QVERIFY(!old->toJson().contains("language"));
    }

    void mergeTagsResolve_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("unsubscribe");
        QTest::addColumn<QString>("viewOnline");
        QTest::newRow("unset") << u"{}"_s << u"mailchimp"_s << u"*|UNSUB|*"_s << u"*|ARCHIVE|*"_s;
        QTest::newRow("listmonk") << uR"({"mergeTagPreset":"listmonk"})"_s << u"listmonk"_s
                                  << u"{{ UnsubscribeURL }}"_s << u"{{ MessageURL }}"_s;
        QTest::newRow("case") << uR"({"mergeTagPreset":"Sendy"})"_s << u"sendy"_s
                              << u"[unsubscribe]"_s << u"[webversion]"_s;
        QTest::newRow("unknown") << uR"({"mergeTagPreset":"nope"})"_s << u"mailchimp"_s
                                 << u"*|UNSUB|*"_s << u"*|ARCHIVE|*"_s;
        QTest::newRow("custom")
            << uR"({"mergeTagPreset":"custom","unsubscribeTag":" $u ","viewOnlineTag":"$v"})"_s
            << u"custom"_s << u"$u"_s << u"$v"_s;
        QTest::newRow("tags without preset")
            << uR"({"unsubscribeTag":"$u"})"_s << u"custom"_s << u"$u"_s << QString();
        QTest::newRow("preset wins over stale tags")
            << uR"({"mergeTagPreset":"buttondown","unsubscribeTag":"$u"})"_s << u"buttondown"_s
            << u"{{ unsubscribe_url }}"_s << u"{{ email_url }}"_s;
    }

    void mergeTagsResolve()
    {
        QFETCH(QString, json);
        const auto set = NewsletterProfile::fromJson(json.toUtf8());
        QVERIFY(set.ok());
        const EffectiveProfile p = resolveProfile(*set, {});
        QTEST(p.mergeTagPreset, "preset");
        QTEST(p.unsubscribeTag, "unsubscribe");
        QTEST(p.viewOnlineTag, "viewOnline");
        const EmailSettings s = emailSettingsFromProfile(p);
        QTEST(s.mergeTags.unsubscribe, "unsubscribe");
        QTEST(s.mergeTags.viewOnline, "viewOnline");
    }

    void profileBecomesEmailSettings()
    {
        NewsletterProfile set;
        set.name = u"Ops Weekly"_s;
        set.footer = u"Written in Berlin."_s;
        set.sender = u"Ops Weekly <ops@example.org>"_s;
        set.replyTo = u"editor@example.org"_s;
        set.to = u"list@example.org"_s;
        set.language = u"fr"_s;
        set.sponsorLabel = u"Sponsored by {name}"_s;
        const EmailSettings s = emailSettingsFromProfile(resolveProfile(set, {}));
        QCOMPARE(s.newsletterName, u"Ops Weekly"_s);
        QCOMPARE(s.footerText, u"Written in Berlin."_s);
        QCOMPARE(s.from, u"Ops Weekly <ops@example.org>"_s);
        QCOMPARE(s.replyTo, u"editor@example.org"_s);
        QCOMPARE(s.to, u"list@example.org"_s);
        QCOMPARE(s.language, u"fr"_s);
        QCOMPARE(s.sponsorLabelPrefix, u"Sponsored by"_s);

        // Nothing set: the defaults of an unconfigured email, which still exports.
        const EmailSettings d = emailSettingsFromProfile(resolveProfile({}, {}));
        const EmailSettings plain;
        QCOMPARE(d.from, plain.from);
        QCOMPARE(d.to, plain.to);
        QCOMPARE(d.language, u"en"_s);
        QVERIFY(d.replyTo.isEmpty());
        QCOMPARE(d.sponsorLabelPrefix, u"From our sponsor"_s);
        QCOMPARE(d.mergeTags.unsubscribe, plain.mergeTags.unsubscribe);
    }

    void loadsFromTheStoreWithTheInferredName()
    {
        Store store;
        QVERIFY(store.open(m_stores.fresh()).ok());

        // An empty store: defaults, no name.
        auto empty = loadEmailSettings(store);
        QVERIFY(empty.ok());
        QVERIFY(empty->newsletterName.isEmpty());

        // Only a draft: its title names the newsletter.
        QVERIFY(store.createIssue(u"---\ntitle: DRAFT NEWS ISSUE \\#1 - x\n---\n\nx\n"_s).ok());
        QCOMPARE(loadEmailSettings(store)->newsletterName, u"DRAFT NEWS"_s);

        // Sent issues win over drafts.
        for (const char *name : {"ops-weekly-101.md", "ops-weekly-102.md", "ops-weekly-103.md"})
            QVERIFY(store
                        .importDocument(
                            galley::testsupport::fixtureImportedText(QString::fromLatin1(name)))
                        .ok());
        QCOMPARE(loadEmailSettings(store)->newsletterName, u"OPS WEEKLY"_s);

        NewsletterSettings settings(store);
        NewsletterProfile set;
        set.name = u"Ops Weekly"_s;
        set.mergeTagPreset = u"listmonk"_s;
        set.language = u"de"_s;
        set.to = u"leser@example.org"_s;
        QVERIFY(settings.setProfile(set).ok());
        const auto loaded = loadEmailSettings(store);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->newsletterName, u"Ops Weekly"_s);
        QCOMPARE(loaded->to, u"leser@example.org"_s);

        // The settings reach the exported email.
        const auto doc = IssueDocument::fromText(fixtureText(u"ops-weekly-103.md"_s));
        QVERIFY(doc.ok());
        const QByteArray html = exportDocument(*doc, ExportFormat::Html, {}, *loaded);
        QVERIFY(html.contains("<html lang=\"de\""));
        QVERIFY(html.contains("{{ UnsubscribeURL }}"));
        QVERIFY(!html.contains("*|UNSUB|*"));
        const auto eml = exportEml(*doc, *loaded);
        QVERIFY(eml.ok());
        QVERIFY(eml->contains("To: leser@example.org"));

        // A corrupt profile is an error, not silently the defaults.
        QVERIFY(store.setSetting(NewsletterSettings::newsletterKey(), u"{oops"_s).ok());
        QVERIFY(!loadEmailSettings(store).ok());
    }
};

QTEST_GUILESS_MAIN(TestEmailProfile)
#include "tst_emailprofile.moc"
