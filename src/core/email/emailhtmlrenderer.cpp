#include "emailhtmlrenderer.h"

#include "cmarknode.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QRegularExpression>

#include <charconv>
#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

using cmarknode::firstChild;
using cmarknode::literal;
using cmarknode::next;
using cmarknode::type;

bool hasType(cmark_node *node, const char *name)
{
    return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

// One table lookup per byte on the common path instead of four comparisons.
bool needsEscape(char c)
{
    static constexpr auto table = [] {
        std::array<bool, 256> t {};
        for (const unsigned char e : {'<', '>', '&', '"'})
            t[e] = true;
        return t;
    }();
    return table[static_cast<unsigned char>(c)];
}

// What QString::toHtmlEscaped does (<, >, & and "), on UTF-8: those four are ASCII, so every
// other byte, multi-byte sequences included, is copied as it is. Runs of plain bytes are copied
// in one append.
template<typename Out> void appendEscaped(Out &out, QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    const char *run = p;
    for (; p < end; ++p) {
        if (!needsEscape(*p))
            continue;
        const char *entity = nullptr;
        switch (*p) {
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '&':
            entity = "&amp;";
            break;
        case '"':
            entity = "&quot;";
            break;
        default:
            continue;
        }
        out.append(run, p - run);
        out += entity;
        run = p + 1;
    }
    out.append(run, end - run);
}

// An image's alt text as cmark-gfm writes it: the literal text of text, code and raw inline HTML
// (an allowlisted tag such as <b> stays in the alt as its characters, escaped like the rest),
// a space for a line break.
void appendPlainText(QByteArray &out, cmark_node *parent)
{
    for (cmark_node *n = firstChild(parent); n; n = next(n)) {
        switch (type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            out += literal(n);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += ' ';
            break;
        default:
            appendPlainText(out, n);
        }
    }
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

// The characters cmark-gfm's houdini_escape_href leaves alone.
bool isHrefSafe(unsigned char u)
{
    static constexpr QByteArrayView safe = "-_.+!*(),%#@?=;:/$~";
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
        || safe.contains(char(u));
}

template<typename Out> void appendHref(Out &out, QByteArrayView url)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const char c : url) {
        const auto u = static_cast<unsigned char>(c);
        if (isHrefSafe(u)) {
            out += c;
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '\'') {
            out += "&#x27;";
        } else {
            const char encoded[] = {'%', hex[u >> 4], hex[u & 0xF]};
            out.append(encoded, 3);
        }
    }
}

} // namespace

QString escapeHref(const QString &url)
{
    QByteArray out;
    appendHref(out, url.toUtf8());
    return QString::fromLatin1(out);
}

EmailHtmlRenderer::EmailHtmlRenderer(const EmailTheme &theme, const RenderOptions &options)
    : m_theme(theme)
    , m_options(options)
{
    for (int e = 0; e < emailElementCount; ++e)
        m_styles[e]
            = " style=\"" + inlineStyle(m_theme, EmailElement(e)).toHtmlEscaped().toUtf8() + '"';
}

void EmailHtmlRenderer::setWebPage(bool web)
{
    m_web = web;
    for (int e = 0; e < emailElementCount; ++e)
        m_styles[e] = web
            ? QByteArray()
            : " style=\"" + inlineStyle(m_theme, EmailElement(e)).toHtmlEscaped().toUtf8() + '"';
}

const QByteArray &EmailHtmlRenderer::style(EmailElement element) const
{
    return m_styles[size_t(element)];
}

void EmailHtmlRenderer::sourcePos(cmark_node *node)
{
    if (!m_options.sourcePositions)
        return;
    m_out += " data-sourcepos=\"" + QByteArray::number(cmark_node_get_start_line(node)) + ':'
        + QByteArray::number(cmark_node_get_start_column(node)) + '-'
        + QByteArray::number(cmark_node_get_end_line(node)) + ':'
        + QByteArray::number(cmark_node_get_end_column(node)) + '"';
}

QByteArray EmailHtmlRenderer::render(const MarkdownTree &tree, const IssueStructure &structure,
                                     const QString &sponsorLabel, QByteArrayView head,
                                     qsizetype expectedBytes)
{
    m_out.reset(std::max(expectedBytes, head.size() + 64 * 1024));
    m_out += head;
    m_pendingPrefix.clear();
    m_footnotesOpen = false;
    m_lastBoxBlock = -1;
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
                if (slot == Slot::Closing) {
                    m_lastBoxBlock = m_out.size();
                    m_out += "<p class=\"galley-sponsor-label\"";
                    m_out += style(EmailElement::SponsorLabel);
                    m_out += '>';
                    appendEscaped(m_out, sponsorLabel.toUtf8());
                    m_out += "</p>\n";
                }
            }
            open = slot;
        }

        if (open != Slot::None)
            m_lastBoxBlock = m_out.size();
        if (slot == Slot::Top && line == structure.topSponsor->startLine
            && cmark_node_get_type(n) == CMARK_NODE_HEADING) {
            const QByteArray tag
                = "h" + QByteArray::number(headingTag(cmark_node_get_heading_level(n)));
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
            // class="footnotes" as in the fragment: the notes' container.
            m_out += "<div class=\"footnotes\"" + style(EmailElement::Footnotes) + ">\n<hr"
                + style(EmailElement::Rule) + ">\n";
            m_footnotesOpen = true;
        }
        block(n);
    }
    if (open != Slot::None)
        closeSponsorBox();
    if (m_footnotesOpen)
        m_out += "</div>\n";
    return m_out.take();
}

void EmailHtmlRenderer::openSponsorBox()
{
    if (m_web) {
        m_out += "<aside class=\"galley-sponsor\">\n";
        return;
    }
    // A one-cell presentation table: backgrounds and borders on <td> survive in every client
    // (Outlook ignores them on <div>); bgcolor is its fallback for the background.
    m_out += "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
             "border=\"0\" style=\"width:100%;margin:0 0 24px;border-collapse:separate;\">"
             "<tr><td class=\"galley-sponsor\" bgcolor=\"";
    appendEscaped(m_out, m_theme.sponsorBackground.toUtf8());
    m_out += '"' + style(EmailElement::SponsorBox) + ">\n";
}

void EmailHtmlRenderer::closeSponsorBox()
{
    // The td's padding is the box's space on every side; a paragraph's margin below it would
    // double the space at the bottom. A later declaration wins over the `margin` shorthand.
    // The web page's style sheet does that with :last-child.
    if (m_web) {
        m_lastBoxBlock = -1;
        m_out += "</aside>\n";
        return;
    }
    if (m_lastBoxBlock >= 0) {
        const QByteArrayView written = m_out.view();
        const qsizetype style = written.indexOf(QByteArrayView(" style=\""), m_lastBoxBlock);
        const qsizetype tagEnd = written.indexOf('>', m_lastBoxBlock);
        if (style >= 0 && style < tagEnd) {
            const qsizetype valueEnd = written.indexOf('"', style + 8);
            if (valueEnd >= 0)
                m_out.insert(valueEnd, "margin-bottom:0;");
        }
        m_lastBoxBlock = -1;
    }
    m_out += "</td></tr></table>\n";
}

void EmailHtmlRenderer::openBlock(const char *tag, EmailElement element, cmark_node *node,
                                  QByteArrayView extraAttributes)
{
    m_out += '<';
    m_out += tag;
    m_out += extraAttributes;
    m_out += style(element);
    sourcePos(node);
    m_out += '>';
}

void EmailHtmlRenderer::closeBlock(const char *tag)
{
    m_out += "</";
    m_out += tag;
    m_out += ">\n";
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
    for (cmark_node *n = firstChild(node); n; n = next(n))
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
            || type == CMARK_NODE_THEMATIC_BREAK || hasType(n, "table");
        if (leafBlock) {
            block(n);
            cmark_iter_reset(iter, n, CMARK_EVENT_EXIT); // its inlines are rendered already
        }
    }
    cmark_iter_free(iter);
}

void EmailHtmlRenderer::block(cmark_node *node)
{
    switch (type(node)) {
    case CMARK_NODE_PARAGRAPH:
        paragraph(node);
        return;
    case CMARK_NODE_HEADING: {
        const int level = cmark_node_get_heading_level(node);
        const char tag[] = {'h', char('0' + headingTag(level)), '\0'};
        openBlock(tag, headingElement(level), node);
        inlines(node);
        closeBlock(tag);
        return;
    }
    case CMARK_NODE_BLOCK_QUOTE:
        openBlock("blockquote", EmailElement::Blockquote, node);
        m_out += '\n';
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
        m_out += "<code>";
        appendEscaped(m_out, literal(node));
        m_out += "</code>";
        closeBlock("pre");
        return;
    case CMARK_NODE_THEMATIC_BREAK:
        openBlock("hr", EmailElement::Rule, node);
        m_out += '\n';
        return;
    case CMARK_NODE_HTML_BLOCK: {
        // The sanitiser left only attribute-free allowlisted tags; a lone <hr> gets the theme's
        // rule style like a Markdown one.
        static const QRegularExpression hr(u"<hr\\s*/?>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        QString html = QString::fromUtf8(literal(node));
        html.replace(hr, u"<hr"_s + QString::fromUtf8(style(EmailElement::Rule)) + u'>');
        m_out += html.toUtf8();
        if (!html.endsWith(u'\n'))
            m_out += '\n';
        return;
    }
    case CMARK_NODE_FOOTNOTE_DEFINITION:
        footnoteDefinition(node);
        return;
    default:
        break;
    }
    if (hasType(node, "table"))
        table(node);
    else
        children(node);
}

void EmailHtmlRenderer::paragraph(cmark_node *node)
{
    const bool tight = inTightList(node);
    if (!tight)
        openBlock("p", EmailElement::Paragraph, node);
    m_out += m_pendingPrefix;
    m_pendingPrefix.clear();
    inlines(node);
    // The links back to the references end the note's last paragraph, as in the fragment.
    if (cmark_node *parent = cmarknode::parent(node);
        !next(node) && type(parent) == CMARK_NODE_FOOTNOTE_DEFINITION) {
        m_out += ' ';
        footnoteBackReferences(parent);
    }
    if (tight)
        m_out += '\n';
    else
        closeBlock("p");
}

void EmailHtmlRenderer::list(cmark_node *node)
{
    const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    const char *tag = ordered ? "ol" : "ul";
    QByteArray attributes;
    if (ordered && cmark_node_get_list_start(node) != 1)
        attributes = " start=\"" + QByteArray::number(cmark_node_get_list_start(node)) + '"';
    openBlock(tag, EmailElement::List, node, attributes);
    m_out += '\n';
    for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
        const bool task = hasType(item, "tasklist");
        openBlock("li", task ? EmailElement::TaskItem : EmailElement::ListItem, item);
        // No <input>: mail clients strip forms. A ballot box character reads the same. Like the
        // fragment's checkbox it opens the item: in its first paragraph, or before its first
        // block when that is another block (never in a later paragraph or a nested item).
        if (task)
            m_pendingPrefix = cmark_gfm_extensions_get_tasklist_item_checked(item)
                ? "\xE2\x98\x91 " // U+2611
                : "\xE2\x98\x90 "; // U+2610
        if (cmark_node *first = firstChild(item); !first || type(first) != CMARK_NODE_PARAGRAPH) {
            m_out += m_pendingPrefix;
            m_pendingPrefix.clear();
        }
        children(item);
        if (m_out.endsWith('\n'))
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
    m_out += '\n';
    bool bodyOpen = false;
    for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
        const bool header = cmark_gfm_extensions_get_table_row_is_header(row);
        if (header)
            m_out += "<thead>\n";
        else if (!bodyOpen) {
            m_out += "<tbody>\n";
            bodyOpen = true;
        }
        m_out += "<tr";
        sourcePos(row);
        m_out += ">\n";
        int column = 0;
        for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
            const char a = column < columns && alignments ? char(alignments[column]) : 0;
            const QByteArrayView align = a == 'l' ? "text-align:left;"
                : a == 'c'                        ? "text-align:center;"
                : a == 'r'                        ? "text-align:right;"
                                                  : "";
            const QByteArray &cellStyle
                = style(header ? EmailElement::TableHeader : EmailElement::TableCell);
            const char *tag = header ? "th" : "td";
            // The cached ` style="..."` with the alignment added before its closing quote.
            m_out += '<';
            m_out += tag;
            if (!cellStyle.isEmpty()) {
                m_out += QByteArrayView(cellStyle).chopped(1);
                m_out += align;
                m_out += '"';
            } else if (!align.isEmpty()) {
                m_out += " style=\"";
                m_out += align;
                m_out += '"';
            }
            sourcePos(cell);
            m_out += '>';
            inlines(cell);
            m_out += "</";
            m_out += tag;
            m_out += ">\n";
            ++column;
        }
        m_out += "</tr>\n";
        if (header)
            m_out += "</thead>\n";
    }
    if (bodyOpen)
        m_out += "</tbody>\n";
    closeBlock("table");
}

void EmailHtmlRenderer::inlines(cmark_node *parent)
{
    for (cmark_node *n = firstChild(parent); n; n = next(n)) {
        switch (type(n)) {
        case CMARK_NODE_TEXT:
            appendEscaped(m_out, literal(n));
            break;
        case CMARK_NODE_SOFTBREAK:
            m_out += '\n';
            break;
        case CMARK_NODE_LINEBREAK:
            m_out += "<br>\n";
            break;
        case CMARK_NODE_CODE:
            m_out += "<code";
            m_out += style(EmailElement::InlineCode);
            m_out += '>';
            appendEscaped(m_out, literal(n));
            m_out += "</code>";
            break;
        case CMARK_NODE_HTML_INLINE:
            m_out += literal(n); // attribute-free allowlisted tags only (see htmlsanitizer.h)
            break;
        case CMARK_NODE_EMPH:
            m_out += "<em>";
            inlines(n);
            m_out += "</em>";
            break;
        case CMARK_NODE_STRONG:
            m_out += "<strong>";
            inlines(n);
            m_out += "</strong>";
            break;
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            footnoteReference(n);
            break;
        case CMARK_NODE_LINK:
            link(n);
            break;
        case CMARK_NODE_IMAGE:
            image(n);
            break;
        default:
            if (hasType(n, "strikethrough")) {
                m_out += "<del>";
                inlines(n);
                m_out += "</del>";
            } else {
                inlines(n);
            }
        }
    }
}

// Footnotes are linked both ways with cmark-gfm's ids: a reference links to its note (#fn-LABEL)
// and has the id fnref-LABEL (fnref-LABEL-2 for the second reference to the same note, ...); the
// note has the id fn-LABEL and ends with a link back to each of its references. The label goes
// through the same escaping as any href, so an id never holds a quote or markup; every id starts
// with fn (no element can take the name of a page global such as `bridge`).
void EmailHtmlRenderer::footnoteId(QByteArrayView prefix, QByteArrayView label, int index)
{
    m_out += prefix;
    appendHref(m_out, label);
    if (index > 1) {
        m_out += '-';
        appendNumber(index);
    }
}

void EmailHtmlRenderer::appendNumber(int n)
{
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    m_out.append(digits, end - digits);
}

void EmailHtmlRenderer::footnoteReference(cmark_node *node)
{
    // cmark-gfm stores the footnote's number as the literal. Brackets make it read as a
    // footnote mark in clients that drop <sup>'s styling.
    m_out += "<sup>";
    cmark_node *definition = cmarknode::footnoteDefinition(node);
    if (definition) {
        const auto label = cmarknode::footnoteLabel(definition);
        m_out += "<a href=\"";
        footnoteId("#fn-", label, 1);
        m_out += "\" id=\"";
        footnoteId("fnref-", label, cmarknode::footnoteReferenceIndex(node));
        m_out += '"';
        m_out += style(EmailElement::Link);
        m_out += '>';
    }
    m_out += '[';
    appendEscaped(m_out, cmarknode::view(cmark_node_get_literal(node)));
    m_out += ']';
    if (definition)
        m_out += "</a>";
    m_out += "</sup>";
}

void EmailHtmlRenderer::footnoteDefinition(cmark_node *node)
{
    // Definitions come in the order of their first reference, as the numbers do. The number
    // opens the note's first paragraph, or the note itself when that is another block.
    m_out += "<div id=\"";
    footnoteId("fn-", cmarknode::footnoteLabel(node), 1);
    m_out += "\">\n";
    m_pendingPrefix = "<sup>[" + QByteArray::number(++m_footnoteNumber) + "]</sup> ";
    cmark_node *first = firstChild(node);
    if (!first || type(first) != CMARK_NODE_PARAGRAPH) {
        m_out += m_pendingPrefix;
        m_pendingPrefix.clear();
    }
    m_backReferencesWritten = false;
    children(node);
    m_pendingPrefix.clear();
    // A note that does not end with a paragraph has its links back after its last block.
    if (!m_backReferencesWritten) {
        footnoteBackReferences(node);
        m_out += '\n';
    }
    m_out += "</div>\n";
}

void EmailHtmlRenderer::footnoteBackReferences(cmark_node *definition)
{
    // cmark-gfm's: ↩ to the first reference, ↩² to the second, ...
    const auto label = cmarknode::footnoteLabel(definition);
    const int references = cmarknode::footnoteReferenceCount(definition);
    for (int i = 1; i <= references; ++i) {
        if (i > 1)
            m_out += ' ';
        m_out += "<a href=\"";
        footnoteId("#fnref-", label, i);
        m_out += '"';
        m_out += style(EmailElement::Link);
        m_out += ">\xE2\x86\xA9"; // U+21A9
        if (i > 1) {
            m_out += "<sup>";
            appendNumber(i);
            m_out += "</sup>";
        }
        m_out += "</a>";
    }
    m_backReferencesWritten = true;
}

// ` title="..."` of a link or image, when it has one.
void EmailHtmlRenderer::titleAttribute(cmark_node *node)
{
    const QByteArrayView title = cmarknode::title(node);
    if (title.isEmpty())
        return;
    m_out += " title=\"";
    appendEscaped(m_out, title);
    m_out += '"';
}

void EmailHtmlRenderer::link(cmark_node *node)
{
    const QByteArrayView url = cmarknode::url(node);
    if (url.isEmpty()) {
        // The sanitiser emptied a dangerous URL: keep the words, drop the link.
        inlines(node);
        return;
    }
    m_out += "<a href=\"";
    // A merge tag holds only its delimiters and a plain name (mergetag.h): nothing to escape.
    // Most links are ordinary URLs: they skip the conversion and the pattern matching (the
    // render is timed against cmark-gfm's, and an issue is mostly links).
    if (m_mergeTags != MergeTagSyntax::None && url.size() < 128 && opensLikeMergeTag(url)
        && mergeTagSyntax(QString::fromUtf8(url)) == m_mergeTags)
        m_out += url;
    else if (const auto tagged = m_tagger ? m_tagger->tagged(url) : std::nullopt)
        appendHref(m_out, *tagged); // the tagger adds only percent-encoded values
    else
        appendHref(m_out, url);
    m_out += '"';
    titleAttribute(node);
    m_out += style(EmailElement::Link);
    m_out += '>';
    inlines(node);
    m_out += "</a>";
}

void EmailHtmlRenderer::image(cmark_node *node)
{
    const QByteArrayView url = cmarknode::url(node);
    QByteArray alt;
    appendPlainText(alt, node);
    if (url.isEmpty()) {
        appendEscaped(m_out, alt);
        return;
    }
    m_out += "<img src=\"";
    appendHref(m_out, url);
    m_out += "\" alt=\"";
    appendEscaped(m_out, alt);
    m_out += '"';
    titleAttribute(node);
    m_out += style(EmailElement::Image);
    m_out += '>';
}

} // namespace galley
