#include "emailtext.h"

#include "mergetag.h"
#include "newslettertext.h"
#include "publish/sitesettings.h"

#include "emaildocument.h"
#include "issuestructure.h"
#include "markdowntree.h"
#include "plaintextrenderer.h"

#include <cmark-gfm.h>

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

// The body with the top sponsor's heading blanked out (line numbers unchanged): in the text the
// "--- From our sponsor, X ---" marker takes the heading's place instead of repeating it.
// `tree` is the body's own; nullopt when there is nothing to blank (the tree can be used as it is).
std::optional<QString> withoutSponsorHeading(const MarkdownTree &tree, const QString &body,
                                             const IssueStructure &structure)
{
    if (!structure.topSponsor)
        return std::nullopt;
    for (cmark_node *n = cmark_node_first_child(tree.root()); n; n = cmark_node_next(n)) {
        if (cmark_node_get_type(n) != CMARK_NODE_HEADING
            || cmark_node_get_start_line(n) != structure.topSponsor->startLine)
            continue;
        QStringList lines = body.split(u'\n');
        for (int line = cmark_node_get_start_line(n); line <= cmark_node_get_end_line(n); ++line) {
            if (line - 1 < lines.size())
                lines[line - 1].clear();
        }
        return lines.join(u'\n');
    }
    return std::nullopt;
}

// A text part holds text: the C0 controls but tab and line feed, DEL and the C1 controls become
// U+FFFD, as cmark-gfm does with a NUL in the body. They can only come from front matter escapes
// ("\0", "\r") or settings, and a bare CR or a NUL is not allowed in a MIME text part (found by
// fuzz_markdown).
QString withoutControlCharacters(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

QString emailTextPart(const IssueDocument &doc, const EmailSettings &settings)
{
    // One parse for the structure and, without a sponsor heading to blank, for the text too.
    const MarkdownTree bodyTree(doc.body().toUtf8());
    const IssueStructure structure
        = analyseIssue(bodyTree, doc.body(), settings.sponsorLabelPrefix, IssueDetail::Email);
    const std::optional<QString> blanked = withoutSponsorHeading(bodyTree, doc.body(), structure);
    const std::optional<MarkdownTree> blankedTree
        = blanked ? std::make_optional<MarkdownTree>(blanked->toUtf8()) : std::nullopt;
    const MarkdownTree &tree = blankedTree ? *blankedTree : bodyTree;

    QList<PlainTextRenderer::MarkedRange> ranges;
    const QString label = emailSponsorLabel(structure, settings);
    if (structure.topSponsor)
        ranges << PlainTextRenderer::MarkedRange {structure.topSponsor->startLine,
                                                  structure.topSponsor->endLine, label};
    if (structure.closingSponsor)
        ranges << PlainTextRenderer::MarkedRange {structure.closingSponsor->startLine,
                                                  structure.closingSponsor->endLine, label};
    PlainTextRenderer renderer(emailTextWidth);
    renderer.setMarkedRanges(ranges);
    renderer.setImageLabel(
        newsletterText(settings.language, QT_TRANSLATE_NOOP("galley::NewsletterText", "image")));
    const UtmTagger tagger = emailLinkTagger(doc, settings);
    if (tagger.isActive())
        renderer.setLinkRewriter([&tagger](const QString &url) { return tagger.tagged(url); });

    QStringList parts;
    QString header;
    const QString name = settings.effectiveName(doc.title());
    if (!name.isEmpty())
        header += wrapText(name, emailTextWidth, {}, {}) + u'\n';
    const QString title = doc.title().isEmpty() ? doc.subject() : doc.title();
    if (!title.isEmpty())
        header += underlined(title, {}, emailTextWidth, u'=') + u'\n';
    const QString date = emailDateText(doc, settings);
    if (!date.isEmpty())
        header += date + u'\n';
    if (!header.isEmpty())
        parts << header.chopped(1);

    const QString body = renderer.render(tree.root());
    if (!body.isEmpty())
        parts << body.chopped(1);

    QString footer = QString(emailTextWidth, u'-') + u'\n'
        + wrapText(settings.effectiveFooterText(doc.title()), emailTextWidth, {}, {});
    // Each merge tag on its own line, whole: the service replaces it with a long URL.
    const QString viewOnline = viewOnlineTarget(doc, settings);
    if (isAcceptableMergeTagValue(viewOnline))
        footer += u"\n\n"_s
            + newsletterText(settings.language,
                             QT_TRANSLATE_NOOP("galley::NewsletterText", "View online:"))
            + u'\n' + viewOnline;
    if (isAcceptableMergeTagValue(settings.mergeTags.unsubscribe))
        footer += u"\n\n"_s
            + newsletterText(settings.language,
                             QT_TRANSLATE_NOOP("galley::NewsletterText", "Unsubscribe:"))
            + u'\n' + settings.mergeTags.unsubscribe;
    parts << footer;
    return withoutControlCharacters(parts.join(u"\n\n"_s) + u'\n');
}

} // namespace galley
