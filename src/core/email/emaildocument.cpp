#include "emaildocument.h"

#include "newslettertext.h"

#include "mergetag.h"
#include "publish/sitesettings.h"

#include "emailhtmlrenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Cuts at a word boundary so the text fits in `limit` characters, ending with an ellipsis.
QString clip(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    QString cut = text.left(limit - 1);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > limit / 2)
        cut.truncate(space);
    while (!cut.isEmpty() && (cut.back().isSpace() || cut.back().isPunct()))
        cut.chop(1);
    return cut + u'\u2026';
}

// Whole sentences from the start of `text` while they fit; a first sentence that is too long
// is clipped.
QString firstSentences(const QString &text, int limit)
{
    static const QRegularExpression boundary(u"(?<=[.!?])\\s+"_s);
    const QStringList sentences = text.simplified().split(boundary, Qt::SkipEmptyParts);
    QString out;
    for (const QString &s : sentences) {
        const QString next = out.isEmpty() ? s : out + u' ' + s;
        if (next.size() > limit)
            break;
        out = next;
    }
    return out.isEmpty() ? clip(text.simplified(), limit) : out;
}

bool sameText(const QString &a, const QString &b)
{
    return normalisedText(a) == normalisedText(b);
}

// The media queries and dark-mode rules: the only CSS outside style attributes. Clients that drop
// <style> still get the inline-styled light email at 600 px, which is fine everywhere.
QString headStyle(const EmailTheme &t)
{
    const int breakpoint = t.contentWidth + 20;
    return u"<style>\n"
           "@media only screen and (max-width: "_s
        + QString::number(breakpoint)
        + u"px) {\n"
          "  .galley-container { width: 100% !important; max-width: 100% !important; }\n"
          "  .galley-pad { padding-left: 16px !important; padding-right: 16px !important; }\n"
          "  .galley-outer { padding: 0 !important; }\n"
          "}\n"
          "@media (prefers-color-scheme: dark) {\n"
          "  .galley-body, .galley-outer { background-color: #0f1115 !important; }\n"
          "  .galley-card { background-color: #1b1e24 !important; }\n"
          "  .galley-card p, .galley-card li, .galley-card td, .galley-card th,\n"
          "  .galley-card h1, .galley-card h2, .galley-card h3, .galley-card h4,\n"
          "  .galley-card blockquote { color: #e6e6e6 !important; }\n"
          "  .galley-card a { color: #8ab4f8 !important; }\n"
          "  .galley-card pre, .galley-card code { background-color: #2a2e36 !important; }\n"
          "  .galley-sponsor { background-color: #2b2514 !important;"
          " border-color: #7a6130 !important; }\n"
          "}\n"
          "</style>\n"_s;
}

} // namespace

QString emailPreheader(const IssueDocument &doc, const IssueStructure &structure)
{
    const QString subject = doc.subject();
    QStringList candidates;
    if (!doc.preheader().isEmpty())
        candidates << doc.preheader();
    candidates << structure.intro;
    for (const IssueSection &section : structure.sections) {
        for (const IssueItem &item : section.items)
            candidates << item.commentary;
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const QString text = firstSentences(candidate, maxPreheaderLength);
        if (!text.isEmpty() && !sameText(text, subject))
            return text;
    }
    return {};
}

QString emailPreheader(const IssueDocument &doc, const MarkdownTree &tree,
                       const IssueStructure &slotsRead, const QString &sponsorLabelPrefix)
{
    // Slots has the preheader field's and the intro's candidates, and the first item's: when
    // none of them gives a preheader, the later items decide.
    const QString found = emailPreheader(doc, slotsRead);
    if (!found.isEmpty())
        return found;
    return emailPreheader(doc,
                          analyseIssue(tree, doc.body(), sponsorLabelPrefix, IssueDetail::Email));
}

QString emailDateText(const IssueDocument &doc, const EmailSettings &settings)
{
    const QDateTime date = doc.date();
    if (!date.isValid())
        return {};
    return QLocale(settings.language).toString(date.date(), QLocale::LongFormat);
}

QString emailSponsorLabel(const IssueStructure &structure, const EmailSettings &settings)
{
    if (structure.topSponsor && !structure.topSponsor->heading.isEmpty())
        return structure.topSponsor->heading;
    return settings.sponsorLabelPrefix;
}

WebArticle issueWebArticle(const IssueDocument &doc, const EmailSettings &settings)
{
    const QByteArray bodyUtf8 = doc.body().toUtf8();
    const MarkdownTree tree(bodyUtf8);
    const IssueStructure structure
        = analyseIssue(tree, doc.body(), settings.sponsorLabelPrefix, IssueDetail::Slots);
    WebArticle article;
    article.excerpt = emailPreheader(doc, tree, structure, settings.sponsorLabelPrefix);
    article.dateText = emailDateText(doc, settings);
    EmailHtmlRenderer renderer(settings.theme, {});
    renderer.setWebPage(true);
    article.body = renderer.render(tree, structure, emailSponsorLabel(structure, settings), {},
                                   4 * bodyUtf8.size() + 4096);
    return article;
}

QByteArray emailHtmlDocument(const IssueDocument &doc, const EmailSettings &settings,
                             const RenderOptions &options)
{
    const EmailTheme &t = settings.theme;
    const QString subject = doc.subject();
    const QString name = settings.effectiveName(doc.title());
    const QString width = QString::number(t.contentWidth);
    // One parse: the structure is read from the tree that is rendered.
    const QByteArray bodyUtf8 = doc.body().toUtf8();
    const MarkdownTree tree(bodyUtf8);
    // The sponsor slots, without reading every item; the items' commentary only when the
    // preheader has to fall back on it (no preheader or intro gave one).
    const IssueStructure structure
        = analyseIssue(tree, doc.body(), settings.sponsorLabelPrefix, IssueDetail::Slots);
    const QString preheader = emailPreheader(doc, tree, structure, settings.sponsorLabelPrefix);
    const QString lang = settings.language.isEmpty() ? u"en"_s : settings.language;

    // The header and footer are built as text; the body, nearly all of the bytes, is rendered
    // straight to UTF-8 and never converted.
    QString html;
    html.reserve(16384);
    html += u"<!DOCTYPE html>\n<html lang=\""_s + esc(lang)
        + u"\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"x-apple-disable-message-reformatting\" content=\"\">\n"
          "<meta name=\"color-scheme\" content=\"light dark\">\n"
          "<meta name=\"supported-color-schemes\" content=\"light dark\">\n"
          "<title>"_s
        + esc(subject.isEmpty() ? name : subject) + u"</title>\n"_s + headStyle(t)
        + u"</head>\n<body class=\"galley-body\" style=\"margin:0;padding:0;background-color:"_s
        + t.pageBackground + u";\">\n"_s;

    // The preheader must come first in the body: inbox lists show the first text they find.
    // The filler after it keeps clients from appending the body's opening words to it.
    html += u"<div class=\"galley-preheader\" style=\"display:none;max-height:0;max-width:0;"
            "overflow:hidden;opacity:0;font-size:1px;line-height:1px;color:"_s
        + t.pageBackground + u";\">"_s + esc(preheader) + u"</div>\n"_s;
    html += u"<div class=\"galley-preheader-filler\" style=\"display:none;max-height:0;"
            "overflow:hidden;\">"_s
        + QString(u"&#847;&zwnj;&nbsp;"_s).repeated(40) + u"</div>\n"_s;

    // Outer full-width table for the background; the 600 px column inside. Outlook for Windows
    // ignores max-width, hence the conditional fixed-width table around it.
    html += u"<table role=\"presentation\" class=\"galley-outer\" width=\"100%\" cellpadding=\"0\" "
            "cellspacing=\"0\" border=\"0\" bgcolor=\""_s
        + t.pageBackground + u"\" style=\"width:100%;background-color:"_s + t.pageBackground
        + u";\">\n<tr><td style=\"padding:24px 12px;\">\n"_s;
    html += u"<!--[if mso]><table role=\"presentation\" width=\""_s + width
        + u"\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td><![endif]-->\n"_s;
    html += u"<table role=\"presentation\" class=\"galley-container galley-card\" width=\""_s
        + width + u"\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\""_s
        + t.contentBackground + u"\" style=\"width:"_s + width + u"px;max-width:"_s + width
        + u"px;margin:0 auto;background-color:"_s + t.contentBackground
        + u";border-radius:8px;\">\n"_s;

    // Header: newsletter name, issue title, date.
    // The header and footer cells are marked by class (tst_emailfragmentagreement compares
    // the body with the fragment and leaves out what only the email has).
    html
        += u"<tr><td class=\"galley-pad galley-header\" style=\"padding:32px 40px 8px;border-bottom:1px solid "_s
        + t.ruleColor + u";\">\n"_s;
    if (!name.isEmpty())
        html += u"<p style=\""_s + esc(inlineStyle(t, EmailElement::HeaderName)) + u"\">"_s
            + esc(name) + u"</p>\n"_s;
    if (!subject.isEmpty())
        html += u"<h1 style=\""_s + esc(inlineStyle(t, EmailElement::HeaderTitle)) + u"\">"_s
            + esc(doc.title().isEmpty() ? subject : doc.title()) + u"</h1>\n"_s;
    const QString date = emailDateText(doc, settings);
    if (!date.isEmpty())
        html += u"<p style=\""_s + esc(inlineStyle(t, EmailElement::HeaderDate)) + u"\">"_s
            + esc(date) + u"</p>\n"_s;
    html += u"<div style=\"height:24px;line-height:24px;font-size:1px;\">&nbsp;</div>\n"
            "</td></tr>\n"_s;

    // The body.
    html += u"<tr><td class=\"galley-pad\" style=\"padding:8px 40px 16px;font-family:"_s
        + esc(t.fontFamily) + u";color:"_s + t.textColor + u";\">\n"_s;
    // The email HTML is about three times the Markdown: one buffer, sized once, holds it all.
    EmailHtmlRenderer renderer(t, options);
    renderer.setMergeTagSyntax(mergeTagSyntax(settings.mergeTags.unsubscribe));
    const UtmTagger tagger = emailLinkTagger(doc, settings);
    if (tagger.isActive())
        renderer.setLinkTagger(&tagger);
    QByteArray out = renderer.render(tree, structure, emailSponsorLabel(structure, settings),
                                     html.toUtf8(), 4 * bodyUtf8.size() + 64 * 1024);
    html = u"</td></tr>\n"_s;

    // Footer: the settings' text and the merge-tag links.
    const QString footerStyle = esc(inlineStyle(t, EmailElement::Footer));
    const QString linkStyle = esc(inlineStyle(t, EmailElement::FooterLink));
    html
        += u"<tr><td class=\"galley-pad galley-footer\" style=\"padding:16px 40px 32px;border-top:1px solid "_s
        + t.ruleColor + u";\">\n<p style=\""_s + footerStyle + u"\">"_s
        + esc(settings.effectiveFooterText(doc.title())).replace(u'\n', u"<br>\n"_s)
        + u"</p>\n<p style=\""_s + footerStyle + u"margin:0;\">"_s;
    QStringList links;
    // A merge-tag value that is neither a merge tag nor an http(s)/mailto URL (javascript:...)
    // never reaches an href; Preferences refuses it, and a store edited elsewhere cannot slip it
    // in.
    const QString viewOnline = viewOnlineTarget(doc, settings);
    if (isAcceptableMergeTagValue(viewOnline))
        links << u"<a href=\""_s + esc(viewOnline) + u"\" style=\""_s + linkStyle + u"\">"_s
                + esc(newsletterText(settings.language,
                                     QT_TRANSLATE_NOOP("galley::NewsletterText", "View online")))
                + u"</a>"_s;
    if (isAcceptableMergeTagValue(settings.mergeTags.unsubscribe))
        links << u"<a href=\""_s + esc(settings.mergeTags.unsubscribe) + u"\" style=\""_s
                + linkStyle + u"\">"_s
                + esc(newsletterText(settings.language,
                                     QT_TRANSLATE_NOOP("galley::NewsletterText", "Unsubscribe")))
                + u"</a>"_s;
    html += links.join(u" &middot; "_s) + u"</p>\n</td></tr>\n"_s;

    html += u"</table>\n<!--[if mso]></td></tr></table><![endif]-->\n</td></tr>\n</table>\n"
            "</body>\n</html>\n"_s;
    out += html.toUtf8();
    return out;
}

} // namespace galley
