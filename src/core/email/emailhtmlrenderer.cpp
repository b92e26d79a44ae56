#include "emailhtmlrenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

QString literal(cmark_node *node)
{
    const char *l = cmark_node_get_literal(node);
    return l ? QString::fromUtf8(l) : QString();
}

QString typeName(cmark_node *node)
{
    return QString::fromLatin1(cmark_node_get_type_string(node));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString plainText(cmark_node *parent)
{
    QString out;
    for (cmark_node *n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += literal(n);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += u' ';
            break;
        default:
            out += plainText(n);
        }
    }
    return out;
}

bool inTightList(cmark_node *paragraph)
{
    cmark_node *item = cmark_node_parent(paragraph);
    if (!item || cmark_node_get_type(item) != CMARK_NODE_ITEM)
        return false;
    cmark_node *list = cmark_node_parent(item);
    return list && cmark_node_get_list_tight(list);
}

EmailElement headingElement(int level)
{
    return level == 1 ? EmailElement::Heading1
        : level == 2  ? EmailElement::Heading2
                      : EmailElement::Heading3;
}

bool inRange(int line, int start, int end)
{
    return line >= start && line <= end;
}

} // namespace

QString escapeHref(const QString &url)
{
    // The characters cmark-gfm's houdini_escape_href leaves alone.
    static const QByteArray safe = "-_.+!*(),%#@?=;:/$~"_ba;
    QString out;
    const QByteArray utf8 = url.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
            || safe.contains(c))
            out += QLatin1Char(c);
        else if (c == '&')
            out += u"&amp;"_s;
        else if (c == '\'')
            out += u"&#x27;"_s;
        else
            out += u'%' + QString::number(u, 16).toUpper().rightJustified(2, u'0');
    }
    return out;
}

EmailHtmlRenderer::EmailHtmlRenderer(const EmailTheme &theme, const RenderOptions &options)
    : m_theme(theme)
    , m_options(options)
{ }

QString EmailHtmlRenderer::style(EmailElement element) const
{
    return u" style=\""_s + escaped(inlineStyle(m_theme, element)) + u'"';
}

QString EmailHtmlRenderer::sourcePos(cmark_node *node) const
{
    if (!m_options.sourcePositions)
        return {};
    return u" data-sourcepos=\"%1:%2-%3:%4\""_s.arg(cmark_node_get_start_line(node))
        .arg(cmark_node_get_start_column(node))
        .arg(cmark_node_get_end_line(node))
        .arg(cmark_node_get_end_column(node));
}

QByteArray EmailHtmlRenderer::render(const MarkdownTree &tree, const IssueStructure &structure,
                                     const QString &sponsorLabel)
{
    m_out.clear();
    m_pendingPrefix.clear();
    m_footnotesOpen = false;
    m_footnoteNumber = 0;
    enum class Slot { None, Top, Closing } open = Slot::None;

    for (cmark_node *n = cmark_node_first_child(tree.root()); n; n = cmark_node_next(n)) {
        const int line = cmark_node_get_start_line(n);
        Slot slot = Slot::None;
        if (structure.topSponsor
            && inRange(line, structure.topSponsor->startLine, structure.topSponsor->endLine))
            slot = Slot::Top;
        else if (structure.closingSponsor
                 && inRange(line, structure.closingSponsor->startLine,
                            structure.closingSponsor->endLine))
            slot = Slot::Closing;

        if (slot != open) {
            if (open != Slot::None)
                closeSponsorBox();
            if (slot != Slot::None) {
                openSponsorBox();
                // The closing repeat has no heading of its own: label it so it reads as an ad.
                if (slot == Slot::Closing)
                    m_out += u"<p"_s + style(EmailElement::SponsorLabel) + u'>'
                        + escaped(sponsorLabel) + u"</p>\n"_s;
            }
            open = slot;
        }

        if (slot == Slot::Top && line == structure.topSponsor->startLine
            && cmark_node_get_type(n) == CMARK_NODE_HEADING) {
            const QByteArray tag = "h" + QByteArray::number(cmark_node_get_heading_level(n));
            openBlock(tag.constData(), EmailElement::SponsorLabel, n);
            inlines(n);
            closeBlock(tag.constData());
            continue;
        }
        if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_DEFINITION && !m_footnotesOpen) {
            if (open != Slot::None) {
                closeSponsorBox();
                open = Slot::None;
            }
            m_out += u"<div"_s + style(EmailElement::Footnotes) + u">\n<hr"_s
                + style(EmailElement::Rule) + u">\n"_s;
            m_footnotesOpen = true;
        }
        block(n);
    }
    if (open != Slot::None)
        closeSponsorBox();
    if (m_footnotesOpen)
        m_out += u"</div>\n"_s;
    return m_out.toUtf8();
}

void EmailHtmlRenderer::openSponsorBox()
{
    // A one-cell presentation table: backgrounds and borders on <td> survive in every client
    // (Outlook ignores them on <div>); bgcolor is its fallback for the background.
    m_out += u"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
             "border=\"0\" style=\"width:100%;margin:0 0 24px;border-collapse:separate;\">"
             "<tr><td class=\"galley-sponsor\" bgcolor=\""_s
        + escaped(m_theme.sponsorBackground) + u'"' + style(EmailElement::SponsorBox) + u">\n"_s;
}

void EmailHtmlRenderer::closeSponsorBox()
{
    m_out += u"</td></tr></table>\n"_s;
}

void EmailHtmlRenderer::openBlock(const char *tag, EmailElement element, cmark_node *node,
                                  const QString &extraAttributes)
{
    m_out += u'<' + QLatin1StringView(tag) + extraAttributes + style(element) + sourcePos(node)
        + u'>';
}

void EmailHtmlRenderer::closeBlock(const char *tag)
{
    m_out += u"</"_s + QLatin1StringView(tag) + u">\n"_s;
}

void EmailHtmlRenderer::children(cmark_node *node)
{
    // Containers nest through recursion. Past a depth no real issue reaches, a hostile document
    // (20,000 nested quotes) is flattened with an iterator instead, so the stack stays small.
    if (m_depth >= maxNesting) {
        flattenedChildren(node);
        return;
    }
    ++m_depth;
    for (cmark_node *n = cmark_node_first_child(node); n; n = cmark_node_next(n))
        block(n);
    --m_depth;
}

void EmailHtmlRenderer::flattenedChildren(cmark_node *node)
{
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(iter);
        if (ev != CMARK_EVENT_ENTER || n == node)
            continue;
        const cmark_node_type type = cmark_node_get_type(n);
        const bool leafBlock = type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
            || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK
            || type == CMARK_NODE_THEMATIC_BREAK || typeName(n) == u"table";
        if (leafBlock) {
            block(n);
            cmark_iter_reset(iter, n, CMARK_EVENT_EXIT); // its inlines are rendered already
        }
    }
    cmark_iter_free(iter);
}

void EmailHtmlRenderer::block(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        paragraph(node);
        return;
    case CMARK_NODE_HEADING: {
        const int level = cmark_node_get_heading_level(node);
        const QByteArray tag = "h" + QByteArray::number(level);
        openBlock(tag.constData(), headingElement(level), node);
        inlines(node);
        closeBlock(tag.constData());
        return;
    }
    case CMARK_NODE_BLOCK_QUOTE:
        openBlock("blockquote", EmailElement::Blockquote, node);
        m_out += u'\n';
        children(node);
        closeBlock("blockquote");
        return;
    case CMARK_NODE_LIST:
        list(node);
        return;
    case CMARK_NODE_ITEM:
        children(node);
        return;
    case CMARK_NODE_CODE_BLOCK:
        openBlock("pre", EmailElement::CodeBlock, node);
        m_out += u"<code>"_s + escaped(literal(node)) + u"</code>"_s;
        closeBlock("pre");
        return;
    case CMARK_NODE_THEMATIC_BREAK:
        openBlock("hr", EmailElement::Rule, node);
        m_out += u'\n';
        return;
    case CMARK_NODE_HTML_BLOCK: {
        // The sanitiser left only attribute-free allowlisted tags; a lone <hr> gets the theme's
        // rule style like a Markdown one.
        static const QRegularExpression hr(u"<hr\\s*/?>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        QString html = literal(node);
        html.replace(hr, u"<hr"_s + style(EmailElement::Rule) + u'>');
        m_out += html;
        if (!html.endsWith(u'\n'))
            m_out += u'\n';
        return;
    }
    default:
        break;
    }
    const QString type = typeName(node);
    if (type == u"table") {
        table(node);
    } else if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) {
        // Definitions come in the order of their first reference, as the numbers do.
        m_pendingPrefix = u"<sup>["_s + QString::number(++m_footnoteNumber) + u"]</sup> "_s;
        children(node);
        m_pendingPrefix.clear();
    } else {
        children(node);
    }
}

void EmailHtmlRenderer::paragraph(cmark_node *node)
{
    const bool tight = inTightList(node);
    if (!tight)
        openBlock("p", EmailElement::Paragraph, node);
    m_out += m_pendingPrefix;
    m_pendingPrefix.clear();
    inlines(node);
    if (tight)
        m_out += u'\n';
    else
        closeBlock("p");
}

void EmailHtmlRenderer::list(cmark_node *node)
{
    const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    const char *tag = ordered ? "ol" : "ul";
    QString attributes;
    if (ordered && cmark_node_get_list_start(node) != 1)
        attributes = u" start=\"%1\""_s.arg(cmark_node_get_list_start(node));
    openBlock(tag, EmailElement::List, node, attributes);
    m_out += u'\n';
    for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
        const bool task = typeName(item) == u"tasklist";
        openBlock("li", task ? EmailElement::TaskItem : EmailElement::ListItem, item);
        // No <input>: mail clients strip forms. A ballot box character reads the same.
        if (task)
            m_pendingPrefix = cmark_gfm_extensions_get_tasklist_item_checked(item) ? u"\u2611 "_s
                                                                                   : u"\u2610 "_s;
        if (!cmark_node_first_child(item)) {
            m_out += m_pendingPrefix;
            m_pendingPrefix.clear();
        }
        children(item);
        if (m_out.endsWith(u'\n'))
            m_out.chop(1);
        closeBlock("li");
    }
    closeBlock(tag);
}

void EmailHtmlRenderer::table(cmark_node *node)
{
    const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(node);
    const int columns = cmark_gfm_extensions_get_table_columns(node);
    openBlock("table", EmailElement::Table, node);
    m_out += u'\n';
    bool bodyOpen = false;
    for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
        const bool header = cmark_gfm_extensions_get_table_row_is_header(row);
        if (header)
            m_out += u"<thead>\n"_s;
        else if (!bodyOpen) {
            m_out += u"<tbody>\n"_s;
            bodyOpen = true;
        }
        m_out += u"<tr"_s + sourcePos(row) + u">\n"_s;
        int column = 0;
        for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
            QString align;
            const char a = column < columns && alignments ? char(alignments[column]) : 0;
            if (a == 'l')
                align = u"text-align:left;"_s;
            else if (a == 'c')
                align = u"text-align:center;"_s;
            else if (a == 'r')
                align = u"text-align:right;"_s;
            const EmailElement element
                = header ? EmailElement::TableHeader : EmailElement::TableCell;
            const QString tag = header ? u"th"_s : u"td"_s;
            m_out += u'<' + tag + u" style=\""_s + escaped(inlineStyle(m_theme, element) + align)
                + u'"' + sourcePos(cell) + u'>';
            inlines(cell);
            m_out += u"</"_s + tag + u">\n"_s;
            ++column;
        }
        m_out += u"</tr>\n"_s;
        if (header)
            m_out += u"</thead>\n"_s;
    }
    if (bodyOpen)
        m_out += u"</tbody>\n"_s;
    closeBlock("table");
}

void EmailHtmlRenderer::inlines(cmark_node *parent)
{
    for (cmark_node *n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
            m_out += escaped(literal(n));
            break;
        case CMARK_NODE_SOFTBREAK:
            m_out += u'\n';
            break;
        case CMARK_NODE_LINEBREAK:
            m_out += u"<br>\n"_s;
            break;
        case CMARK_NODE_CODE:
            m_out += u"<code"_s + style(EmailElement::InlineCode) + u'>' + escaped(literal(n))
                + u"</code>"_s;
            break;
        case CMARK_NODE_HTML_INLINE:
            m_out += literal(n); // attribute-free allowlisted tags only (see htmlsanitizer.h)
            break;
        case CMARK_NODE_EMPH:
            m_out += u"<em>"_s;
            inlines(n);
            m_out += u"</em>"_s;
            break;
        case CMARK_NODE_STRONG:
            m_out += u"<strong>"_s;
            inlines(n);
            m_out += u"</strong>"_s;
            break;
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            // cmark-gfm stores the footnote's number as the literal.
            m_out += u"<sup>["_s + escaped(literal(n)) + u"]</sup>"_s;
            break;
        case CMARK_NODE_LINK:
            link(n);
            break;
        case CMARK_NODE_IMAGE:
            image(n);
            break;
        default: {
            const QString type = typeName(n);
            if (type == u"strikethrough") {
                m_out += u"<del>"_s;
                inlines(n);
                m_out += u"</del>"_s;
            } else {
                inlines(n);
            }
        }
        }
    }
}

void EmailHtmlRenderer::link(cmark_node *node)
{
    const QString url = QString::fromUtf8(cmark_node_get_url(node));
    if (url.isEmpty()) {
        // The sanitiser emptied a dangerous URL: keep the words, drop the link.
        inlines(node);
        return;
    }
    m_out += u"<a href=\""_s + escapeHref(url) + u'"';
    const QString title = QString::fromUtf8(cmark_node_get_title(node));
    if (!title.isEmpty())
        m_out += u" title=\""_s + escaped(title) + u'"';
    m_out += style(EmailElement::Link) + u'>';
    inlines(node);
    m_out += u"</a>"_s;
}

void EmailHtmlRenderer::image(cmark_node *node)
{
    const QString url = QString::fromUtf8(cmark_node_get_url(node));
    const QString alt = plainText(node);
    if (url.isEmpty()) {
        m_out += escaped(alt);
        return;
    }
    m_out += u"<img src=\""_s + escapeHref(url) + u"\" alt=\""_s + escaped(alt) + u'"';
    const QString title = QString::fromUtf8(cmark_node_get_title(node));
    if (!title.isEmpty())
        m_out += u" title=\""_s + escaped(title) + u'"';
    m_out += style(EmailElement::Image) + u'>';
}

} // namespace galley
