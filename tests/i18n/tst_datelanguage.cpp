// Dates in titles and emails follow the newsletter's language, not the UI's: an English
// newsletter edited on a German desktop, with Galley's German installed, still says
// "26th January 2025".
#include "../templates/fixtures.h"
#include "email/emaildocument.h"
#include "email/emailsettings.h"
#include "issuedocument.h"
#include "nextissueplanner.h"
#include "titlepattern.h"
#include "uilanguage.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

class TestDateLanguage : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Germany)));
    }
    void cleanup()
    {
        installTranslators(QLocale::c());
        QLocale::setDefault(QLocale::c());
    }

    void theGermanUiIsReallyOn()
    {
        // Guards the tests below: they would prove nothing without German in place.
        QCOMPARE(QLocale().toString(QDate(2025, 1, 26), QLocale::LongFormat),
                 u"Sonntag, 26. Januar 2025"_s);
        QVERIFY(QCoreApplication::translate("galley::cli::CommandLine",
                                            "galley: '%1' is not a command. Try 'galley --help'.")
                    .contains(u"kein Befehl"_s));
    }

    void nextIssueTitleStaysEnglish()
    {
        const NextIssuePlanner planner(resolveProfile({}, inferFromArchive(fixtureArchive())), {},
                                       TemplateSet::defaults());
        const auto next = planner.plan(fixtureArchive());
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().toString()));
        QCOMPARE(next->title, u"OPS WEEKLY ISSUE #104 - 26th January 2025"_s);
        const auto doc = IssueDocument::fromText(next->document);
        QVERIFY(doc.ok());
        QCOMPARE(doc->title(), u"OPS WEEKLY ISSUE #104 - 26th January 2025"_s);
        QVERIFY(!next->document.contains(u"Januar "_s)); // "January" does contain "Januar"
    }

    void titlePatternsStayEnglish()
    {
        QCOMPARE(formatTitle(u"{newsletter} #{number}, {date_long}"_s, 7, QDate(2025, 3, 2),
                             u"Cron Digest"_s),
                 u"Cron Digest #7, 2nd March 2025"_s);
        const TitleFacts facts = readTitle(u"Cron Digest #7, 2nd March 2025"_s);
        QCOMPARE(facts.date, std::optional<QDate>(QDate(2025, 3, 2)));
    }

    void emailDateFollowsTheNewsletterLanguage()
    {
        const auto doc = IssueDocument::fromText(u"---\ntitle: T\ndate: 2025-01-26\n---\n\nHi\n"_s);
        QVERIFY(doc.ok());
        EmailSettings english;
        english.language = u"en"_s;
        const QString en = emailDateText(*doc, english);
        QVERIFY2(en.contains(u"January"_s) && !en.contains(u"Januar "_s), qPrintable(en));
        // A German newsletter gets German dates, whatever the UI says.
        installTranslators(QLocale::c());
        QLocale::setDefault(QLocale::c());
        EmailSettings german;
        german.language = u"de"_s;
        QVERIFY2(emailDateText(*doc, german).contains(u"26. Januar 2025"_s),
                 qPrintable(emailDateText(*doc, german)));
    }
};

QTEST_GUILESS_MAIN(TestDateLanguage)
#include "tst_datelanguage.moc"
