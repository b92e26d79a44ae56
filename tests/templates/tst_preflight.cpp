// The preflight check: every rule with a case that trips it and one that does not, and the
// fixtures checking clean against their own archive.
#include "fixtures.h"
#include "preflight.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
const QString cleanIssue = uR"(---
title: TEST WEEKLY ISSUE \#5 - 2nd February 2025
date: 2025-02-02T09:00:00+00:00
preheader: Five links this week
---

Intro text.


From our sponsor, Acme
======================

Acme makes things.
<br>[https://acme.example.com/](https://acme.example.com/)


News
====

Item one.
<br>[https://news.example.com/one](https://news.example.com/one)


Tools
=====

Item two.
<br>[https://tools.example.com/two](https://tools.example.com/two)


Acme makes things.
<br>[https://acme.example.com/](https://acme.example.com/)
)"_s;

// The 1-based line of the first line containing `needle`.
int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i + 1;
    }
    return -1;
}

PreflightContext context()
{
    PreflightContext c;
    c.archive << ArchiveIssue {
        4,
        4,
        u"TEST WEEKLY ISSUE #4 - 26th January 2025"_s,
        QDate(2025, 1, 26),
        {u"News"_s},
        {{u"https://acme.example.com/"_s, true}, {u"https://old.example.com/x"_s, false}}};
    c.archive << ArchiveIssue {6,
                               6,
                               u"TEST WEEKLY ISSUE #6 - 9th February 2025"_s,
                               QDate(2025, 2, 9),
                               {u"News"_s},
                               {{u"https://later.example.com/"_s, false}}};
    return c;
}

QList<Problem> check(const QString &text, const PreflightContext &c = context())
{
    const auto doc = IssueDocument::fromText(text);
    if (!doc)
        return {Problem {0, Severity::Error, u"unreadable"_s, doc.error().toString()}};
    return runPreflight(*doc, c);
}

QList<Problem> withRule(const QList<Problem> &problems, const QString &rule)
{
    QList<Problem> out;
    for (const Problem &p : problems) {
        if (p.rule == rule)
            out << p;
    }
    return out;
}

QString describe(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << u"%1 %2 %3: %4"_s.arg(p.line).arg(severityName(p.severity), p.rule, p.message);
    return out.join(u'\n');
}

QString replaced(QString text, const QString &from, const QString &to)
{
    return text.replace(from, to);
}
} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private slots:
    void cleanIssueHasNoProblems()
    {
        const auto problems = check(cleanIssue);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QVERIFY(!hasBlockingProblems(problems));
    }

    // cmark-gfm moves footnote definitions after the closing sponsor copy: they do not make the
    // issue look as if it had no closing slot.
    void footnotesAfterTheClosingSlot()
    {
        const QString withNotes = replaced(cleanIssue, u"Item one.\n"_s, u"Item one.[^1]\n"_s)
            + u"\n[^1]: A note, written last as usual.\n"_s;
        const auto problems = check(withNotes);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    // Each row: a change to the clean issue, the rule it trips, the line it points at (0: any).
    void eachRuleTrips_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("lineNeedle");

        QTest::newRow("empty section")
            << u"Item two.\n<br>[https://tools.example.com/two](https://tools.example.com/two)\n"_s
            << QString() << u"empty-section"_s << u"Tools"_s;
        QTest::newRow("no sponsor block")
            << u"From our sponsor, Acme\n======================\n\nAcme makes things.\n<br>[https:/"
               "/acme.example.com/](https://acme.example.com/)\n"_s
            << QString() << u"missing-sponsor"_s << QString();
        QTest::newRow("no closing sponsor")
            << u"two)\n\n\nAcme makes "
               u"things.\n<br>[https://acme.example.com/](https://acme.example.com/"
               ")\n"_s
            << u"two)\n"_s << u"missing-sponsor"_s << QString();
        QTest::newRow("closing sponsor differs")
            << u"two)\n\n\nAcme makes "
               u"things.\n<br>[https://acme.example.com/](https://acme.example.com/"
               ")\n"_s
            << u"two)\n\n\nAcme makes other things.\n<br>[https://acme.example.com/](https://acme."
               "example.com/)\n"_s
            << u"sponsor-mismatch"_s << u"Acme makes other"_s;
        QTest::newRow("placeholder") << u"Intro text."_s << u"Intro {{sponsor.name}} text."_s
                                     << u"placeholder"_s << u"Intro"_s;
        QTest::newRow("TK") << u"Item one."_s << u"Item TK one."_s << u"tk"_s << u"Item TK"_s;
        QTest::newRow("TODO in title")
            << u"TEST WEEKLY"_s << u"TODO TEST WEEKLY"_s << u"tk"_s << u"title:"_s;
        QTest::newRow("title number vs issue:")
            << u"date: 2025"_s << u"issue: 6\ndate: 2025"_s << u"title-number"_s << u"title:"_s;
        QTest::newRow("title date vs date:")
            << u"date: 2025-02-02"_s << u"date: 2025-02-03"_s << u"title-date"_s << u"title:"_s;
        // YAML reads the rest of the line after " #" as a comment: the title loses its number.
        QTest::newRow("comment in the title")
            << u"ISSUE \\#5"_s << u"ISSUE #5"_s << u"front-matter-comment"_s << u"title:"_s;
        QTest::newRow("comment in the preheader")
            << u"Five links this week"_s << u"Five links this week #ops"_s
            << u"front-matter-comment"_s << u"preheader:"_s;
        QTest::newRow("number out of sequence")
            << u"ISSUE \\#5"_s << u"ISSUE \\#8"_s << u"archive-sequence"_s << u"title:"_s;
        QTest::newRow("date before previous issue") << u"#5 - 2nd February 2025\ndate: 2025-02-02"_s
                                                    << u"#5 - 20th January 2025\ndate: 2025-01-20"_s
                                                    << u"archive-sequence"_s << u"title:"_s;
        QTest::newRow("no subject") << u"title: TEST WEEKLY ISSUE \\#5 - 2nd February 2025\n"_s
                                    << QString() << u"subject"_s << QString();
        QTest::newRow("long subject")
            << u"preheader:"_s << u"subject: "_s + QString(90, u'x') + u"\npreheader:"_s
            << u"subject"_s << u"subject:"_s;
        QTest::newRow("long preheader")
            << u"Five links this week"_s << QString(200, u'y') << u"preheader"_s << u"preheader:"_s;
        QTest::newRow("featured earlier")
            << u"https://news.example.com/one](https://news.example.com/one)"_s
            << u"https://old.example.com/x](https://old.example.com/x)"_s << u"earlier-link"_s
            << u"old.example.com"_s;
        QTest::newRow("twice in this issue")
            << u"https://tools.example.com/two](https://tools.example.com/two)"_s
            << u"https://www.news.example.com/one/](https://www.news.example.com/one/?utm_source=x)"_s
            << u"duplicate-link"_s << u"www.news"_s;
        QTest::newRow("not https")
            << u"[https://news.example.com/one](https://news.example.com/one)"_s
            << u"[http://news.example.com/one](http://news.example.com/one)"_s << u"insecure-link"_s
            << u"http://news"_s;
        QTest::newRow("unclosed link")
            << u"Item one."_s << u"Item [one](https://x.example.com/ one."_s << u"malformed-link"_s
            << u"Item [one]"_s;
        QTest::newRow("text shows another address")
            << u"[https://news.example.com/one](https://news.example.com/one)"_s
            << u"[https://news.example.com/one](https://news.example.com/two)"_s
            << u"malformed-link"_s << u"news.example.com/two"_s;
    }
    void eachRuleTrips()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, rule);
        QFETCH(QString, lineNeedle);
        QVERIFY2(cleanIssue.contains(from), qPrintable(from));
        const QString text = replaced(cleanIssue, from, to);
        const auto problems = check(text);
        const auto hits = withRule(problems, rule);
        QVERIFY2(!hits.isEmpty(), qPrintable(describe(problems)));
        QVERIFY(hasBlockingProblems(problems));
        QVERIFY(!hits.first().message.isEmpty());
        if (!lineNeedle.isEmpty())
            QCOMPARE(hits.first().line, lineOf(text, lineNeedle));
        // The clean issue does not trip it.
        QVERIFY(withRule(check(cleanIssue), rule).isEmpty());
    }

    // Found by fuzz_preflight: front matter and no body at all ("---" without a line end last)
    // gave "empty-section" on line 5 of a 4-line document.
    void problemsPointAtLinesTheDocumentHas()
    {
        for (const QString &text : {u"---\ntitle: Ops Weekly\ndate: 2025-01-12\n---"_s,
                                    u"---\ntitle: Ops Weekly\ndate: 2025-01-12\n---\n"_s}) {
            const auto doc = galley::IssueDocument::fromText(text);
            QVERIFY(doc.ok());
            const auto problems = galley::runPreflight(*doc);
            QVERIFY(!problems.isEmpty());
            for (const galley::Problem &problem : problems)
                QVERIFY2(problem.line >= 0 && problem.line <= 4,
                         qPrintable(problem.rule + u" on line "_s + QString::number(problem.line)));
        }
    }

    void wordsThatOnlyLookLikeMarkers()
    {
        const QString text = replaced(cleanIssue, u"Item one."_s,
                                      u"TKO, TODOs and {single} braces; `TK` in code:\n\n"
                                      "```\nTODO {{x}}\n```\n\nItem one."_s);
        const auto problems = check(text);
        QVERIFY2(withRule(problems, u"tk"_s).isEmpty(), qPrintable(describe(problems)));
        QVERIFY(withRule(problems, u"placeholder"_s).isEmpty());
    }

    // A `#` inside quotes, escaped, or without a space before it is text, not a comment.
    void hashesThatAreNoComments()
    {
        for (const QString &title : {u"\"TEST WEEKLY ISSUE #5 - 2nd February 2025\""_s,
                                     u"'TEST WEEKLY ISSUE #5 - 2nd February 2025'"_s,
                                     u"TEST WEEKLY ISSUE#5 - 2nd February 2025"_s}) {
            const QString text
                = replaced(cleanIssue, u"TEST WEEKLY ISSUE \\#5 - 2nd February 2025"_s, title);
            QVERIFY(text != cleanIssue);
            const auto problems = check(text);
            QVERIFY2(withRule(problems, u"front-matter-comment"_s).isEmpty(),
                     qPrintable(title + u": "_s + describe(problems)));
        }
    }

    void missingPreheaderIsOnlyANotice()
    {
        const auto problems
            = check(replaced(cleanIssue, u"preheader: Five links this week\n"_s, {}));
        const auto hits = withRule(problems, u"preheader"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().severity, Severity::Notice);
        QVERIFY(!hasBlockingProblems(problems));
    }

    void sponsorBookings()
    {
        PreflightContext c = context();
        c.sponsors = SponsorBook {};
        QVERIFY(withRule(check(cleanIssue, c), u"unbooked-sponsor"_s).isEmpty());
        Sponsor acme;
        acme.name = u"Acme"_s;
        Sponsor other;
        other.name = u"Other"_s;
        c.sponsors->sponsors << acme << other;
        c.sponsors->bookings << Booking {6, {}, SponsorSlot::Top, u"Acme"_s};
        QCOMPARE(withRule(check(cleanIssue, c), u"unbooked-sponsor"_s).size(), 1);
        c.sponsors->bookings << Booking {5, {}, SponsorSlot::Top, u"Other"_s};
        const auto wrong = withRule(check(cleanIssue, c), u"unbooked-sponsor"_s);
        QCOMPARE(wrong.size(), 1);
        QVERIFY(wrong.first().message.contains(u"Other"_s));
        c.sponsors->bookings.last().sponsor = u"Acme"_s;
        QVERIFY(withRule(check(cleanIssue, c), u"unbooked-sponsor"_s).isEmpty());
    }

    void emailSize()
    {
        PreflightContext c = context();
        QVERIFY(withRule(check(cleanIssue, c), u"email-size"_s).isEmpty());
        c.maxHtmlBytes = 500;
        QCOMPARE(withRule(check(cleanIssue, c), u"email-size"_s).size(), 1);
    }

    void numberTakenByAnotherIssue()
    {
        PreflightContext c = context();
        c.archive << ArchiveIssue {9, 5, u"Another #5"_s, QDate(2025, 2, 2), {}, {}};
        c.selfId = 12; // a stored draft: another stored issue #5 is a clash
        QVERIFY(!withRule(check(cleanIssue, c), u"archive-sequence"_s).isEmpty());
        c.selfId = 9; // the issue itself is never its own duplicate
        QVERIFY(withRule(check(cleanIssue, c), u"archive-sequence"_s).isEmpty());
    }

    void earlierFeaturesNameTheIssueAndSkipSponsorsAndLaterIssues()
    {
        const QString text = replaced(
            replaced(cleanIssue, u"https://news.example.com/one"_s, u"https://old.example.com/x"_s),
            u"https://tools.example.com/two"_s, u"https://later.example.com/"_s);
        const auto hits = withRule(check(text), u"earlier-link"_s);
        QCOMPARE(hits.size(), 1); // not the sponsor link, not the link of the later #6
        QVERIFY(hits.first().message.contains(u"#4"_s));
        QVERIFY(hits.first().message.contains(u"2025-01-26"_s));
        QCOMPARE(hits.first().severity, Severity::Warning);

        PreflightContext sent = context();
        sent.sent = true;
        QCOMPARE(withRule(check(text, sent), u"earlier-link"_s).first().severity, Severity::Notice);

        // A lookup from elsewhere (the store) replaces the archive's.
        PreflightContext store = context();
        store.linkHistory = [](const QString &url) {
            QList<EarlierFeature> out;
            if (url.contains(u"tools.example.com"_s))
                out << EarlierFeature {77, 2, u"#2"_s, QDate(2025, 1, 12), false};
            return out;
        };
        const auto fromStore = withRule(check(cleanIssue, store), u"earlier-link"_s);
        QCOMPARE(fromStore.size(), 1);
        QVERIFY(fromStore.first().message.contains(u"#2"_s));
    }

    void fixturesCheckCleanAgainstTheirOwnArchive()
    {
        const auto archive = fixtureArchive();
        QCOMPARE(archive.size(), 3);
        for (const ArchiveIssue &issue : archive) {
            const QString name = u"ops-weekly-%1.md"_s.arg(*issue.number);
            const auto doc = IssueDocument::fromFileText(fixtureText(name));
            QVERIFY(doc.ok());
            PreflightContext c;
            c.archive = archive;
            c.selfId = issue.id;
            c.sent = true;
            const auto problems = runPreflight(*doc, c);
            QVERIFY2(!hasBlockingProblems(problems), qPrintable(name + u'\n' + describe(problems)));
            // As a file (no id), the archived issue with its number is itself.
            c.selfId = 0;
            QVERIFY2(!hasBlockingProblems(runPreflight(*doc, c)), qPrintable(name));
        }
        // #103 repeats a #101 link on purpose: the check still says so.
        const auto doc = IssueDocument::fromFileText(fixtureText(u"ops-weekly-103.md"_s));
        PreflightContext c;
        c.archive = archive;
        c.selfId = 3;
        const auto hits = withRule(runPreflight(*doc, c), u"earlier-link"_s);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().message.contains(u"kilnfile"_s));
        QVERIFY(hits.first().message.contains(u"#101"_s));
        QCOMPARE(hits.first().line,
                 lineOf(fixtureText(u"ops-weekly-103.md"_s), u"github.com/example/kilnfile"_s));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
