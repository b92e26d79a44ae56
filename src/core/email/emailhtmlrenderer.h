#pragma once

#include "emailtheme.h"
#include "issuestructure.h"
#include "markdowntree.h"

#include <QByteArray>
#include <QString>

#include <array>

struct cmark_node;

namespace galley {

// Writes the issue body as email HTML: every element carries its inline style from the theme,
// written while rendering (no CSS post-processing), and the sponsor blocks found by analyseIssue
// are boxed and labelled. Works on the sanitised MarkdownTree, so the only raw HTML it passes
// through is the sanitiser's attribute-free allowlist, and every URL is already safe.
// Differences from the cmark-gfm fragment, for mail clients: task list boxes are text (☐/☑, no
// forms), footnotes are plain superscripts and a list at the end (no in-page anchors).
class EmailHtmlRenderer
{
public:
    EmailHtmlRenderer(const EmailTheme &theme, const RenderOptions &options);

    // `structure` must come from the same Markdown as `tree` (line numbers are matched).
    // `sponsorLabel` heads the closing sponsor slot, which has no heading of its own.
    QByteArray render(const MarkdownTree &tree, const IssueStructure &structure,
                      const QString &sponsorLabel);

private:
    void block(cmark_node *node);
    void children(cmark_node *node);
    void flattenedChildren(cmark_node *node);
    void inlines(cmark_node *parent);
    void openBlock(const char *tag, EmailElement element, cmark_node *node,
                   QByteArrayView extraAttributes = {});
    void closeBlock(const char *tag);
    void paragraph(cmark_node *node);
    void list(cmark_node *node);
    void table(cmark_node *node);
    void link(cmark_node *node);
    void image(cmark_node *node);
    void openSponsorBox();
    void closeSponsorBox();
    const QByteArray &style(EmailElement element) const;
    void sourcePos(cmark_node *node);

    EmailTheme m_theme;
    RenderOptions m_options;
    // Written as UTF-8 straight from the tree's literals: no round trip through UTF-16.
    QByteArray m_out;
    // ` style="..."` of every element, escaped once per renderer instead of once per element.
    std::array<QByteArray, emailElementCount> m_styles;
    static constexpr int maxNesting = 48;
    int m_depth = 0;
    QByteArray m_pendingPrefix; // ☐/☑ or a footnote label, written inside the next paragraph
    bool m_footnotesOpen = false;
    int m_footnoteNumber = 0;
};

// Escapes a URL for an href/src attribute as cmark-gfm does: percent-encodes what is not allowed
// in a URL, and HTML-escapes & and '.
QString escapeHref(const QString &url);

} // namespace galley
