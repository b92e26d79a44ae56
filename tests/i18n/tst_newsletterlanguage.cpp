// What Galley writes into an issue follows the newsletter's language, not the interface's: a
// German and a French newsletter exported with the interface in English, an English newsletter
// with the interface in German.
#include "email/emaildocument.h"
#include "email/emailsettings.h"
#include "email/emailtext.h"
#include "email/emlmessage.h"
#include "issuedocument.h"
#include "nextissueplanner.h"
#include "templates/emailprofile.h"
#include "templates/newsletterprofile.h"
#include "templates/titlepattern.h"
#include "uilanguage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
const QString issueText = u"---\ntitle: Ops Weekly #12\ndate: 2025-01-26\n---\n\n"
                          "## From our sponsor, Pagerly\n\nPagerly pages you.\n\n"
                          "## News\n\n- [A link](https://example.com) about things.\n"_s;

struct Exported
{
    QString html;
    QString text;
    QString eml; // quoted-printable undone, so the parts' words can be looked for
};

// Undoes quoted-printable (soft line breaks and =XX); headers and boundaries stay as they are.
QString decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray s = in;
    s.replace("=\r\n", "");
    const QByteArray out = QByteArray::fromPercentEncoding(s, '=');
    return QString::fromUtf8(out);
}

Exported exportIn(const QString &language)
{
    NewsletterProfile set;
    set.name = u"Ops Weekly"_s;
    set.language = language;
    const EffectiveProfile profile = resolveProfile(set, {});
    const EmailSettings settings = emailSettingsFromProfile(profile);
    const auto doc = IssueDocument::fromText(issueText);
    if (!doc)
        return {};
    const QByteArray html = emailHtmlDocument(*doc, settings);
    const QString text = emailTextPart(*doc, settings);
    const auto eml = buildEmlMessage({doc->subject(), text, html}, settings);
    if (!eml)
        return {};
    return {QString::fromUtf8(html), text, decodeQuotedPrintable(*eml)};
}
} // namespace

class TestNewsletterLanguage : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { installTranslators(QLocale::c()); }

    void followsNewsletterNotInterface_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        const QStringList english
            = {u"View online"_s, u"Unsubscribe"_s, u"because you subscribed to Ops Weekly"_s};
        QTest::newRow("German newsletter, English interface")
            << u"en"_s << u"de"_s
            << QStringList {u"Im Browser ansehen"_s, u"Abbestellen"_s,
                            u"weil Sie Ops Weekly abonniert haben"_s}
            << english;
        QTest::newRow("French newsletter, English interface")
            << u"en"_s << u"fr"_s
            << QStringList {u"Voir en ligne"_s, u"Se désabonner"_s,
                            u"vous êtes abonné à Ops Weekly"_s}
            << english;
        QTest::newRow("English newsletter, German interface")
            << u"de"_s << u"en"_s << english
            << QStringList {u"Im Browser ansehen"_s, u"Abbestellen"_s, u"abonniert"_s};
    }
    void followsNewsletterNotInterface()
    {
        QFETCH(QString, interface);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        if (interface != u"en")
            QVERIFY(installTranslators(QLocale(interface)));
        const Exported e = exportIn(language);
        QVERIFY(!e.html.isEmpty());
        QVERIFY(!e.text.isEmpty());
        QVERIFY(!e.eml.isEmpty());
        for (const QString &s : expected) {
            QVERIFY2(e.html.contains(s), qPrintable(s));
            QVERIFY2(e.text.contains(s), qPrintable(s));
            QVERIFY2(e.eml.contains(s), qPrintable(s + u"\n"_s + e.eml));
        }
        for (const QString &s : absent) {
            QVERIFY2(!e.html.contains(s), qPrintable(s));
            QVERIFY2(!e.text.contains(s), qPrintable(s));
            QVERIFY2(!e.eml.contains(s), qPrintable(s));
        }
    }

    void profileDefaultsAndDates_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sponsorLabel");
        QTest::addColumn<QStringList>("sections");
        QTest::addColumn<QString>("title");
        QTest::newRow("de") << u"en"_s << u"de"_s << u"Unser Sponsor: {name}"_s
                            << QStringList {u"Neuigkeiten"_s, u"Werkzeuge"_s}
                            << u"#1 - 26. Januar 2025"_s;
        QTest::newRow("fr") << u"en"_s << u"fr"_s << u"Notre sponsor : {name}"_s
                            << QStringList {u"Actualités"_s, u"Outils"_s}
                            << u"#1 - 26 janvier 2025"_s;
        QTest::newRow("en, German interface")
            << u"de"_s << u"en"_s << u"From our sponsor, {name}"_s
            << QStringList {u"News"_s, u"Tools"_s} << u"#1 - 26th January 2025"_s;
    }
    void profileDefaultsAndDates()
    {
        QFETCH(QString, interface);
        QFETCH(QString, language);
        QFETCH(QString, sponsorLabel);
        QFETCH(QStringList, sections);
        QFETCH(QString, title);
        if (interface != u"en")
            QVERIFY(installTranslators(QLocale(interface)));
        NewsletterProfile set;
        set.language = language;
        const EffectiveProfile p = resolveProfile(set, {});
        QCOMPARE(p.sponsorLabel, sponsorLabel);
        QCOMPARE(p.sections.value, sections);
        QCOMPARE(formatTitle(u"#{number} - {date_long}"_s, 1, QDate(2025, 1, 26), {}, language),
                 title);
    }

    // The next issue of a German newsletter, planned with an English interface: the title's long
    // date, the skeleton's sections and the sponsor heading are German, and so is its email.
    void plannedGermanIssue()
    {
        NewsletterProfile set;
        set.name = u"Ops Weekly"_s;
        set.language = u"de"_s;
        set.titlePattern = u"{newsletter} #{number} - {date_long}"_s;
        const NextIssuePlanner planner(resolveProfile(set, {}), {}, TemplateSet::defaults());
        const auto next = planner.plan({}, 3, QDate(2025, 1, 26));
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().toString()));
        QCOMPARE(next->title, u"Ops Weekly #3 - 26. Januar 2025"_s);
        QVERIFY2(next->document.contains(u"\nNeuigkeiten\n"_s), qPrintable(next->document));
        QVERIFY2(next->document.contains(u"\nWerkzeuge\n"_s), qPrintable(next->document));
        QVERIFY2(next->document.contains(u"Unser Sponsor"_s), qPrintable(next->document));
        QVERIFY(!next->document.contains(u"From our sponsor"_s));
        QVERIFY(!next->document.contains(u"\nNews\n"_s));
        QVERIFY(!next->document.contains(u"January"_s));
        // The TK placeholders stay as they are: preflight finds them by "TK".
        QVERIFY(next->document.contains(NextIssuePlanner::introPlaceholder()));
        QVERIFY(next->document.contains(u"TK sponsor copy"_s));
    }

    // The text part's image marker is in the newsletter's language too.
    void imageMarker_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("marker");
        QTest::newRow("de") << u"en"_s << u"de"_s << u"[Bild: a chart]"_s;
        QTest::newRow("fr") << u"en"_s << u"fr"_s << u"[image: a chart]"_s;
        QTest::newRow("en, German interface") << u"de"_s << u"en"_s << u"[image: a chart]"_s;
    }
    void imageMarker()
    {
        QFETCH(QString, interface);
        QFETCH(QString, language);
        QFETCH(QString, marker);
        if (interface != u"en")
            QVERIFY(installTranslators(QLocale(interface)));
        EmailSettings settings;
        settings.language = language;
        const auto doc = IssueDocument::fromText(
            u"---\ntitle: T\ndate: 2025-01-26\n---\n\n![a chart](https://example.com/c.png)\n"_s);
        QVERIFY(doc.ok());
        const QString text = emailTextPart(*doc, settings);
        QVERIFY2(text.contains(marker), qPrintable(text));
        QCOMPARE(text.count(u"a chart"_s), 1);
    }

    // A German newsletter's sponsor, found by its German label, is set apart in the text part.
    void germanSponsorMarker()
    {
        NewsletterProfile set;
        set.language = u"de"_s;
        const EmailSettings settings = emailSettingsFromProfile(resolveProfile(set, {}));
        const auto doc
            = IssueDocument::fromText(u"---\ntitle: T\ndate: 2025-01-26\n---\n\n"
                                      "Hallo.\n\n## Unser Sponsor: Pagerly\n\n"
                                      "Pagerly weckt Sie.\n\n## Neuigkeiten\n\nMehr.\n"_s);
        QVERIFY(doc.ok());
        const QString text = emailTextPart(*doc, settings);
        QVERIFY2(text.contains(u"--- Unser Sponsor: Pagerly ---"_s), qPrintable(text));
    }

    void frenchFirstOfMonth()
    {
        QCOMPARE(formatTitle(u"{date_long}"_s, 1, QDate(2025, 3, 1), {}, u"fr"_s),
                 u"1er mars 2025"_s);
    }
};

QTEST_GUILESS_MAIN(TestNewsletterLanguage)
#include "tst_newsletterlanguage.moc"
