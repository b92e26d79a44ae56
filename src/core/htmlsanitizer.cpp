#include "htmlsanitizer.h"

#include "cmarknode.h"

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

void replaceWithText(cmark_node *node, const char *literal, cmark_mem *mem)
{
    cmark_node *text = cmark_node_new_with_mem(CMARK_NODE_TEXT, mem);
    cmark_node_set_literal(text, literal);
    cmark_node_replace(node, text);
    cmark_node_free(node);
}

// A rejected HTML block becomes a paragraph showing its source, line by line.
void replaceBlockWithParagraph(cmark_node *node, cmark_mem *mem)
{
    const QByteArray literal = QByteArray(cmark_node_get_literal(node));
    QList<QByteArray> lines = literal.split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    cmark_node *para = cmark_node_new_with_mem(CMARK_NODE_PARAGRAPH, mem);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cmark_node_append_child(para, cmark_node_new_with_mem(CMARK_NODE_LINEBREAK, mem));
        cmark_node *text = cmark_node_new_with_mem(CMARK_NODE_TEXT, mem);
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

// After `data:`: exactly a raster image type (never svg, which can hold script), `;base64,`, and
// nothing but base64 after it. A prefix check let `image/pngx,<script>` through.
bool isInlineRasterImage(QByteArrayView rest)
{
    qsizetype i = 0;
    while (i < rest.size() && static_cast<unsigned char>(rest[i]) <= 0x20)
        ++i;
    rest = rest.sliced(i);
    for (QByteArrayView type :
         {"image/png;base64,", "image/gif;base64,", "image/jpeg;base64,", "image/webp;base64,"}) {
        if (rest.size() < type.size()
            || QByteArrayView(rest.first(type.size())).compare(type, Qt::CaseInsensitive) != 0)
            continue;
        for (const char c : rest.sliced(type.size())) {
            const bool base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=' || c == ' '
                || c == '\n' || c == '\r' || c == '\t';
            if (!base64)
                return false;
        }
        return true;
    }
    return false;
}

bool isDangerousUrl(QByteArrayView url, UrlUse use)
{
    // Browsers drop leading C0 controls and spaces, and tabs/newlines anywhere, before they read
    // the scheme; so must we. Only the first few characters matter, so they are gathered in a
    // small buffer on the stack.
    char scheme[18];
    qsizetype size = 0;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char c = url[i];
        if (static_cast<unsigned char>(c) <= 0x20)
            continue;
        if (c == ':') {
            colon = i;
            scheme[size++] = ':';
            break;
        }
        scheme[size++] = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        if (size > 16)
            return false;
    }
    if (colon < 0)
        return false;
    const QByteArrayView s(scheme, size);
    if (s == "javascript:" || s == "vbscript:" || s == "file:")
        return true;
    if (s == "data:")
        return use != UrlUse::ImageSource || !isInlineRasterImage(url.sliced(colon + 1));
    return false;
}

void sanitizeTree(cmark_node *root, cmark_mem *mem)
{
    // New nodes must come from the tree's allocator: cmark-gfm refuses to link nodes of two.
    if (!mem)
        mem = cmark_get_default_mem_allocator();
    // One walk over the node pointers (no cmark_iter, whose exit events double the steps), reading
    // literals and URLs in place; the rare changes are made after it.
    QList<cmark_node *> rejectedInline, rejectedBlocks, badUrls;
    for (cmark_node *node = root; node; node = cmarknode::following(node, root)) {
        switch (cmarknode::type(node)) {
        case CMARK_NODE_HTML_INLINE:
            if (!isAllowedRawTag(cmarknode::literal(node).trimmed()))
                rejectedInline.append(node);
            break;
        case CMARK_NODE_HTML_BLOCK:
            if (!isAllowedHtmlBlock(cmarknode::literal(node)))
                rejectedBlocks.append(node);
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            if (const QByteArrayView url = cmarknode::url(node); !url.isEmpty()
                && isDangerousUrl(url,
                                  cmarknode::type(node) == CMARK_NODE_IMAGE ? UrlUse::ImageSource
                                                                            : UrlUse::Link))
                badUrls.append(node);
            break;
        default:
            break;
        }
    }

    for (cmark_node *node : std::as_const(badUrls))
        cmark_node_set_url(node, "");
    for (cmark_node *node : std::as_const(rejectedInline))
        replaceWithText(node, cmark_node_get_literal(node), mem);
    for (cmark_node *node : std::as_const(rejectedBlocks))
        replaceBlockWithParagraph(node, mem);
}

} // namespace galley
