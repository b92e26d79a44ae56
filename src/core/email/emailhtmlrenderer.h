#pragma once

#include "emailtheme.h"
#include "issuestructure.h"
#include "markdowntree.h"
#include "mergetag.h"
#include "utmtagger.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

struct cmark_node;

namespace galley {

// The renderer's output: appends are a capacity check and a memcpy (Qt 6.4's QByteArray::append
// goes through insert()). The bytes past size() are allocated but unused until take().
class EmailHtmlBuffer
{
public:
    void reset(qsizetype capacity)
    {
        m_data = QByteArray(capacity, Qt::Uninitialized);
        m_size = 0;
    }
    void append(const char *data, qsizetype n)
    {
        if (n <= 0) // an empty view's data() may be null, which memcpy must never get
            return;
        if (m_size + n > m_data.size())
            grow(n);
        std::memcpy(m_data.data() + m_size, data, size_t(n));
        m_size += n;
    }
    EmailHtmlBuffer &operator+=(QByteArrayView s)
    {
        append(s.data(), s.size());
        return *this;
    }
    EmailHtmlBuffer &operator+=(const char *s) { return *this += QByteArrayView(s); }
    EmailHtmlBuffer &operator+=(const QByteArray &s) { return *this += QByteArrayView(s); }
    EmailHtmlBuffer &operator+=(char c)
    {
        if (m_size == m_data.size())
            grow(1);
        m_data.data()[m_size++] = c;
        return *this;
    }
    bool endsWith(char c) const { return m_size > 0 && m_data.constData()[m_size - 1] == c; }
    qsizetype size() const { return m_size; }
    QByteArrayView view() const { return QByteArrayView(m_data.constData(), m_size); }
    // Inserts `s` at `pos` (rare: a fix-up of what was written, not the way output grows).
    void insert(qsizetype pos, QByteArrayView s)
    {
        const qsizetype tail = m_size - pos;
        append(s.data(), s.size()); // makes room
        std::memmove(m_data.data() + pos + s.size(), m_data.constData() + pos, size_t(tail));
        std::memcpy(m_data.data() + pos, s.data(), size_t(s.size()));
    }
    void chop(qsizetype n) { m_size -= std::min(n, m_size); }
    QByteArray take()
    {
        m_data.truncate(m_size);
        m_size = 0;
        return std::exchange(m_data, {});
    }

private:
    void grow(qsizetype n)
    {
        QByteArray bigger(std::max(m_data.size() * 2, m_size + n), Qt::Uninitialized);
        std::memcpy(bigger.data(), m_data.constData(), size_t(m_size));
        m_data = std::move(bigger);
    }

    QByteArray m_data; // m_data.size() is the capacity
    qsizetype m_size = 0;
};

// Writes the issue body as email HTML: every element carries its inline style from the theme,
// written while rendering (no CSS post-processing), and the sponsor blocks found by analyseIssue
// are boxed and labelled. Works on the sanitised MarkdownTree, so the only raw HTML it passes
// through is the sanitiser's attribute-free allowlist, and every URL is already safe.
// Differences from the cmark-gfm fragment, for mail clients: task list boxes are text (☐/☑, no
// forms); footnote marks are bracketed ([1]) and the notes are numbered paragraphs at the end
// rather than a list, linked both ways with the fragment's ids. tst_emailfragmentagreement
// checks that the email says everything the fragment says.
class EmailHtmlRenderer
{
public:
    EmailHtmlRenderer(const EmailTheme &theme, const RenderOptions &options);
    // Link targets that are merge tags of this family (the chosen mailing service's, e.g.
    // `*|UPDATE_PROFILE|*`) are written as they are instead of percent-encoded into dead links.
    void setMergeTagSyntax(MergeTagSyntax syntax) { m_mergeTags = syntax; }
    // Tags the links' URLs with UTM parameters (null: none). Must outlive render().
    void setLinkTagger(const UtmTagger *tagger) { m_tagger = tagger; }
    // The published archive's page (SitePublisher): the same elements and sponsor boxes, styled by
    // the site's style sheet instead of inline styles, and the sponsor box an <aside> rather than
    // a presentation table (whose bgcolor and cellpadding the HTML standard made obsolete).
    void setWebPage(bool web);

    // `structure` must come from the same Markdown as `tree` (line numbers are matched).
    // `sponsorLabel` heads the closing sponsor slot, which has no heading of its own.
    // The result starts with `head`; `expectedBytes` (head and body) sizes the buffer once, with
    // room to spare for what the caller appends after it.
    QByteArray render(const MarkdownTree &tree, const IssueStructure &structure,
                      const QString &sponsorLabel, QByteArrayView head = {},
                      qsizetype expectedBytes = 0);

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
    void titleAttribute(cmark_node *node);
    void footnoteReference(cmark_node *node);
    void footnoteDefinition(cmark_node *node);
    void footnoteBackReferences(cmark_node *definition);
    void footnoteId(QByteArrayView prefix, QByteArrayView label, int index);
    void appendNumber(int n);
    void openSponsorBox();
    void closeSponsorBox();
    const QByteArray &style(EmailElement element) const;
    // A web page has its own <h1> (the issue's title): the body's headings go one level down.
    int headingTag(int level) const { return m_web ? std::min(level + 1, 6) : level; }
    void sourcePos(cmark_node *node);

    EmailTheme m_theme;
    RenderOptions m_options;
    MergeTagSyntax m_mergeTags = MergeTagSyntax::None;
    const UtmTagger *m_tagger = nullptr;
    bool m_web = false;
    // Written as UTF-8 straight from the tree's literals: no round trip through UTF-16.
    EmailHtmlBuffer m_out;
    // ` style="..."` of every element, escaped once per renderer instead of once per element.
    std::array<QByteArray, emailElementCount> m_styles;
    static constexpr int maxNesting = 48;
    int m_depth = 0;
    QByteArray m_pendingPrefix; // ☐/☑ or a footnote label, written inside the next paragraph
    bool m_footnotesOpen = false;
    // Where the latest block inside the open sponsor box starts: closing the box takes that
    // block's bottom margin off, so the box is as tight below its last line as above its first.
    qsizetype m_lastBoxBlock = -1;
    int m_footnoteNumber = 0;
    bool m_backReferencesWritten = false; // by the open note's last paragraph
};

// Escapes a URL for an href/src attribute as cmark-gfm does: percent-encodes what is not allowed
// in a URL, and HTML-escapes & and '.
QString escapeHref(const QString &url);

} // namespace galley
