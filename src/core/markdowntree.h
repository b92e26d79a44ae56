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

// Where a tree's memory comes from. WithTree: the heap, returned when the tree is destroyed; for
// any process and thread. AtExit: for a process that renders one document and exits (`galley
// export`), as the cmark-gfm command does: the tree's nodes come from cmark-gfm's arena (no
// allocation or free per node, and dropping the tree costs nothing) and only return at exit, as
// does the HTML (toHtml hands out its buffer). Other trees keep the heap. Not for a process with
// other threads using cmark-gfm, or one that renders again and again (the arena is global). Under
// AddressSanitizer it is WithTree, so leak checks keep their meaning.
enum class TreeMemory { WithTree, AtExit };

// A parsed and sanitised Markdown document: cmark-gfm with the GFM extensions the project's
// contract names (table, strikethrough, autolink, tagfilter, tasklist, footnotes). Every renderer
// (HTML fragment, email, plain text) walks this one tree, so they cannot disagree about the
// content.
class MarkdownTree
{
public:
    explicit MarkdownTree(QByteArrayView markdownUtf8, TreeMemory memory = TreeMemory::WithTree);
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
    TreeMemory m_memory = TreeMemory::WithTree;
};

// Convenience: parse, sanitise and render in one call.
QByteArray renderFragment(QByteArrayView markdownUtf8, const RenderOptions &options = {},
                          TreeMemory memory = TreeMemory::WithTree);

} // namespace galley
