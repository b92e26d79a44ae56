// Merge tags: what counts as one, the footer's links, merge tags in the body's links, and the
// preflight's view of `{{ ... }}`.
#include "email/emaildocument.h"
#include "email/emailtext.h"
#include "email/mergetag.h"
#include "emailprofile.h"
#include "issuedocument.h"
#include "preflight.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {
IssueDocument issue(const QString &body)
{
    return IssueDocument::fromText(u"---\ntitle: \"Weekly #5 - 1st March 2025\"\n"
                                   "date: 2025-03-01\n---\n\n"_s
                                   + body)
        .value();
}

EmailSettings withPreset(const QString &preset)
{
    EmailSettings s;
    s.mergeTags = EmailSettings::mergeTagPreset(preset).value();
    return s;
}

bool hasPlaceholderProblem(const QList<Problem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.rule == u"placeholder"_s; });
}
} // namespace

class TestMergeTags : public QObject
{
    Q_OBJECT
private slots:
    void whatIsAMergeTag_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("syntax");
        QTest::addColumn<bool>("acceptable");
        const auto row
            = [](const char *name, const QString &text, MergeTagSyntax syntax, bool acceptable) {
                  QTest::newRow(name) << text << int(syntax) << acceptable;
              };
        row("mailchimp", u"*|UNSUB|*"_s, MergeTagSyntax::Pipes, true);
        row("mailchimp profile", u"*|UPDATE_PROFILE|*"_s, MergeTagSyntax::Pipes, true);
        row("listmonk", u"{{ UnsubscribeURL }}"_s, MergeTagSyntax::Braces, true);
        row("buttondown tight", u"{{unsubscribe_url}}"_s, MergeTagSyntax::Braces, true);
        row("sendy", u"[unsubscribe]"_s, MergeTagSyntax::Brackets, true);
        row("percents", u"%unsubscribe%"_s, MergeTagSyntax::Percents, true);
        row("https", u"https://example.com/u?id=1"_s, MergeTagSyntax::None, true);
        row("mailto", u"mailto:leave@example.com"_s, MergeTagSyntax::None, true);
        row("javascript", u"javascript:alert(1)"_s, MergeTagSyntax::None, false);
        row("data", u"data:text/html,<script>"_s, MergeTagSyntax::None, false);
        row("vbscript", u"vbscript:x"_s, MergeTagSyntax::None, false);
        row("word", u"unsubscribe"_s, MergeTagSyntax::None, false);
        row("quote break", u"https://x.example/\" onclick=\"alert(1)"_s, MergeTagSyntax::None,
            false);
        row("tag with scheme", u"{{ javascript:alert(1) }}"_s, MergeTagSyntax::None, false);
        row("pipes with quote", u"*|A\"B|*"_s, MergeTagSyntax::None, false);
        row("https without host", u"https:///x"_s, MergeTagSyntax::None, false);
    }

    void whatIsAMergeTag()
    {
        QFETCH(QString, text);
        QFETCH(int, syntax);
        QFETCH(bool, acceptable);
        QCOMPARE(int(mergeTagSyntax(text)), syntax);
        QCOMPARE(isAcceptableMergeTagValue(text), acceptable);
        // The renderer's quick test never turns a merge tag away, and lets plain URLs skip.
        if (syntax != int(MergeTagSyntax::None))
            QVERIFY(opensLikeMergeTag(text.toUtf8()));
        if (text.startsWith(u"http"_s) || text.startsWith(u"mailto"_s))
            QVERIFY(!opensLikeMergeTag(text.toUtf8()));
    }

    // An unsubscribe or view-online tag of `javascript:alert(1)` reached the footer's href.
    void footerNeverLinksADangerousTag()
    {
        EmailSettings settings;
        settings.mergeTags = {u"javascript:alert(1)"_s, u"data:text/html,x"_s};
        const IssueDocument doc = issue(u"Hello.\n"_s);
        const QByteArray html = emailHtmlDocument(doc, settings);
        QVERIFY(!html.contains("javascript:"));
        QVERIFY(!html.contains("data:text"));
        QVERIFY(!emailTextPart(doc, settings).contains(u"javascript:"_s));
        settings.mergeTags = {u"*|UNSUB|*"_s, u"https://example.com/latest"_s};
        const QByteArray fine = emailHtmlDocument(doc, settings);
        QVERIFY(fine.contains("href=\"*|UNSUB|*\""));
        QVERIFY(fine.contains("href=\"https://example.com/latest\""));
    }

    // `*|UPDATE_PROFILE|*` or `{{ unsubscribe_url }}` as a link target were percent-encoded into
    // dead links. The chosen service's merge tags pass into hrefs untouched; others do not.
    void bodyLinksKeepTheServicesMergeTags()
    {
        const IssueDocument doc = issue(u"[Update your profile](*|UPDATE_PROFILE|*) or "
                                        "[leave](<{{ unsubscribe_url }}>), "
                                        "[sendy](<[unsubscribe]>).\n"_s);
        const QByteArray mailchimp = emailHtmlDocument(doc, withPreset(u"mailchimp"_s));
        QVERIFY2(mailchimp.contains("href=\"*|UPDATE_PROFILE|*\""), mailchimp.constData());
        QVERIFY(!mailchimp.contains("href=\"{{ unsubscribe_url }}\""));
        const QByteArray buttondown = emailHtmlDocument(doc, withPreset(u"buttondown"_s));
        QVERIFY2(buttondown.contains("href=\"{{ unsubscribe_url }}\""), buttondown.constData());
        QVERIFY(!buttondown.contains("href=\"*|UPDATE_PROFILE|*\""));
        const QByteArray sendy = emailHtmlDocument(doc, withPreset(u"sendy"_s));
        QVERIFY(sendy.contains("href=\"[unsubscribe]\""));
        // A scheme trick is no merge tag: the sanitiser still empties it.
        const QByteArray trick = emailHtmlDocument(issue(u"[x](<{{javascript:alert(1)}}>)\n"_s),
                                                   withPreset(u"listmonk"_s));
        QVERIFY(!trick.contains("href=\"{{javascript"));
    }

    // The preflight flagged `{{ ... }}`, the listmonk and Buttondown presets' own syntax, as a
    // blocking error. Their merge tags are fine; Galley's own placeholders stay leftovers.
    void preflightAllowsTheServicesTags()
    {
        const IssueDocument doc = issue(u"Not for you? [Leave](<{{ unsubscribe_url }}>).\n"_s);
        PreflightContext c;
        c.mergeTagSyntax = MergeTagSyntax::Braces;
        QVERIFY(!hasPlaceholderProblem(runPreflight(doc, c)));
        c.mergeTagSyntax = MergeTagSyntax::Pipes;
        QVERIFY(hasPlaceholderProblem(runPreflight(doc, c)));
        c.mergeTagSyntax = MergeTagSyntax::Braces;
        QVERIFY(hasPlaceholderProblem(runPreflight(issue(u"{{intro}}\n"_s), c)));
        QVERIFY(hasPlaceholderProblem(runPreflight(issue(u"Hi {{ commentary }}\n"_s), c)));
        QVERIFY(hasPlaceholderProblem(runPreflight(issue(u"Hi {{ unclosed\n"_s), c)));
        // Both on one line: the merge tag is skipped, the leftover still found.
        QVERIFY(hasPlaceholderProblem(
            runPreflight(issue(u"{{ unsubscribe_url }} and {{intro}}\n"_s), c)));
        // The check's context takes the family from the newsletter's settings.
        QCOMPARE(int(mergeTagSyntax(withPreset(u"listmonk"_s).mergeTags.unsubscribe)),
                 int(MergeTagSyntax::Braces));
    }
};

QTEST_GUILESS_MAIN(TestMergeTags)
#include "tst_mergetags.moc"
