#include "htmlsanitizer.h"

#include <cmark-gfm.h>

#include <QByteArray>
#include <QList>

namespace galley {

namespace {

constexpr QByteArrayView allowedTags[]
    = {"b",    "i",    "u",   "s",    "em",  "strong", "small", "mark",  "kbd",
       "del",  "ins",  "sup", "sub",  "br",  "hr",     "wbr",   "code",  "var",
       "samp", "abbr", "q",   "cite", "dfn", "big",    "tt",    "strike"};

bool isTagNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Checks a whole HTML block: only allowlisted tags and whitespace, e.g. a line with `<br>` or
// `<hr>`.
bool isAllowedHtmlBlock(QByteArrayView block)
{
    qsizetype i = 0;
    bool sawTag = false;
    while (i < block.size()) {
        if (isSpace(block[i])) {
            ++i;
            continue;
        }
        if (block[i] != '<')
            return false;
        const qsizetype close = block.indexOf('>', i);
        if (close < 0 || !isAllowedRawTag(block.sliced(i, close - i + 1)))
            return false;
        sawTag = true;
        i = close + 1;
    }
    return sawTag;
}

void replaceWithText(cmark_node *node, const char *literal)
{
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, literal);
    cmark_node_replace(node, text);
    cmark_node_free(node);
}

// A rejected HTML block becomes a paragraph showing its source, line by line.
void replaceBlockWithParagraph(cmark_node *node)
{
    const QByteArray literal = QByteArray(cmark_node_get_literal(node));
    QList<QByteArray> lines = literal.split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cmark_node_append_child(para, cmark_node_new(CMARK_NODE_LINEBREAK));
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(text, lines.at(i).constData());
        cmark_node_append_child(para, text);
    }
    cmark_node_replace(node, para);
    cmark_node_free(node);
}

} // namespace

bool isAllowedRawTag(QByteArrayView tag)
{
    if (tag.size() < 3 || tag.front() != '<' || tag.back() != '>')
        return false;
    qsizetype i = 1;
    if (tag[i] == '/')
        ++i;
    const qsizetype nameStart = i;
    while (i < tag.size() && isTagNameChar(tag[i]))
        ++i;
    const QByteArrayView name = tag.sliced(nameStart, i - nameStart);
    while (i < tag.size() && isSpace(tag[i]))
        ++i;
    if (i < tag.size() && tag[i] == '/')
        ++i;
    if (i != tag.size() - 1 || name.isEmpty())
        return false;
    for (QByteArrayView allowed : allowedTags) {
        if (name.compare(allowed, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isDangerousUrl(QByteArrayView url)
{
    // Browsers drop leading C0 controls and spaces, and tabs/newlines anywhere, before they read
    // the scheme; so must we. Only the first few characters matter.
    QByteArray scheme;
    for (char c : url) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20)
            continue;
        if (c == ':') {
            scheme += ':';
            break;
        }
        scheme += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (scheme.size() > 16)
            return false;
    }
    if (!scheme.endsWith(':'))
        return false;
    if (scheme == "javascript:" || scheme == "vbscript:" || scheme == "file:")
        return true;
    if (scheme == "data:") {
        QByteArray rest;
        for (char c : url.sliced(url.indexOf(':') + 1)) {
            if (static_cast<unsigned char>(c) > 0x20)
                rest += char(c >= 'A' && c <= 'Z' ? c + 32 : c);
            if (rest.size() >= 16)
                break;
        }
        // The same exceptions as cmark-gfm's safe mode: raster images only (never svg).
        for (QByteArrayView ok : {"image/png", "image/gif", "image/jpeg", "image/webp"}) {
            if (rest.startsWith(ok))
                return false;
        }
        return true;
    }
    return false;
}

void sanitizeTree(cmark_node *root)
{
    QList<cmark_node *> rejectedInline, rejectedBlocks, badUrls;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_INLINE:
            if (!isAllowedRawTag(QByteArrayView(cmark_node_get_literal(node)).trimmed()))
                rejectedInline.append(node);
            break;
        case CMARK_NODE_HTML_BLOCK:
            if (!isAllowedHtmlBlock(QByteArrayView(cmark_node_get_literal(node))))
                rejectedBlocks.append(node);
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            if (const char *url = cmark_node_get_url(node); url && isDangerousUrl(url))
                badUrls.append(node);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);

    for (cmark_node *node : std::as_const(badUrls))
        cmark_node_set_url(node, "");
    for (cmark_node *node : std::as_const(rejectedInline))
        replaceWithText(node, cmark_node_get_literal(node));
    for (cmark_node *node : std::as_const(rejectedBlocks))
        replaceBlockWithParagraph(node);
}

} // namespace galley
