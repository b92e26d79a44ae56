#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct cmark_node;
struct cmark_parser;

namespace galley {

struct RenderOptions
{
    // Adds data-sourcepos="line:col-line:col" to block elements: the preview uses it for scroll
    // sync. Everything else about the output is identical with and without it.
    bool sourcePositions = false;
};

// A parsed and sanitised Markdown document: cmark-gfm with the GFM extensions the project's
// contract names (table, strikethrough, autolink, tagfilter, tasklist, footnotes). Every renderer
// (HTML fragment, email, plain text) walks this one tree, so they cannot disagree about the
// content.
class MarkdownTree
{
public:
    explicit MarkdownTree(QByteArrayView markdownUtf8);
    ~MarkdownTree();
    MarkdownTree(const MarkdownTree &) = delete;
    MarkdownTree &operator=(const MarkdownTree &) = delete;
    MarkdownTree(MarkdownTree &&) noexcept;
    MarkdownTree &operator=(MarkdownTree &&) noexcept;

    // The HTML fragment. For input without raw HTML this is byte for byte what
    // `cmark-gfm -e footnotes -e table -e strikethrough -e autolink -e tagfilter -e tasklist`
    // prints.
    QByteArray toHtml(const RenderOptions &options = {}) const;

    cmark_node *root() const { return m_root; }

private:
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
};

// Convenience: parse, sanitise and render in one call.
QByteArray renderFragment(QByteArrayView markdownUtf8, const RenderOptions &options = {});

} // namespace galley
