#include "markdowntree.h"

#include "htmlsanitizer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>
#include <utility>

namespace galley {

namespace {

// The order matches the reference command line, so extension hooks run in the same order.
constexpr const char *extensionNames[]
    = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

// Parse options: footnotes on. Raw HTML is kept in the tree (UNSAFE) because the sanitiser decides
// node by node what survives; dangerous URLs are cleared by the sanitiser, as cmark's safe mode
// would.
constexpr int parseOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE;

void registerExtensionsOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

MarkdownTree::MarkdownTree(QByteArrayView markdownUtf8, TreeMemory memory)
    : m_memory(memory)
{
    registerExtensionsOnce();
    // AtExit: cmark-gfm's arena (what its command line uses), for this tree only: no allocation
    // or free per node, and dropping the tree costs nothing. The arena is global to the process and
    // not thread-safe, hence only for `galley export`. Under AddressSanitizer the heap, so leak
    // checks keep their meaning.
    cmark_mem *mem = cmark_get_default_mem_allocator();
#ifndef __SANITIZE_ADDRESS__
    if (memory == TreeMemory::AtExit)
        mem = cmark_get_arena_mem_allocator();
#endif
    {
        // cmark-gfm keeps the inline parser's special characters in one table for the whole
        // process: feeding a parser adds its extensions' characters (`~` of strikethrough) and
        // finishing removes them. Two parses at once on two threads (the published archive
        // renders on every core) would then lose `~~` now and then: one parse at a time.
        static std::mutex parsing;
        const std::lock_guard lock(parsing);
        m_parser = cmark_parser_new_with_mem(parseOptions, mem);
        for (const char *name : extensionNames) {
            if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(m_parser, ext);
        }
        cmark_parser_feed(m_parser, markdownUtf8.data(), size_t(markdownUtf8.size()));
        m_root = cmark_parser_finish(m_parser);
    }
    sanitizeTree(m_root, mem);
}

MarkdownTree::~MarkdownTree()
{
#ifndef __SANITIZE_ADDRESS__
    if (m_memory == TreeMemory::AtExit)
        m_root = nullptr; // arena memory: freeing a node is a no-op, the walk only costs time
#endif
    if (m_root)
        cmark_node_free(m_root);
    if (m_parser)
        cmark_parser_free(m_parser);
}

MarkdownTree::MarkdownTree(MarkdownTree &&other) noexcept
    : m_parser(std::exchange(other.m_parser, nullptr))
    , m_root(std::exchange(other.m_root, nullptr))
    , m_memory(other.m_memory)
{ }

MarkdownTree &MarkdownTree::operator=(MarkdownTree &&other) noexcept
{
    std::swap(m_parser, other.m_parser);
    std::swap(m_root, other.m_root);
    std::swap(m_memory, other.m_memory);
    return *this;
}

QByteArray MarkdownTree::toHtml(const RenderOptions &options) const
{
    int renderOpts = parseOptions;
    if (options.sourcePositions)
        renderOpts |= CMARK_OPT_SOURCEPOS;
    // The HTML comes from the heap whatever the tree's memory: it outlives the tree, and grows by
    // realloc, which the arena can only do by copying.
    char *html
        = cmark_render_html(m_root, renderOpts, cmark_parser_get_syntax_extensions(m_parser));
#ifndef __SANITIZE_ADDRESS__
    // The process ends soon: hand out the buffer itself rather than a copy (no second megabyte
    // to fault in and fill).
    if (m_memory == TreeMemory::AtExit)
        return QByteArray::fromRawData(html, qstrlen(html));
#endif
    QByteArray out(html);
    cmark_get_default_mem_allocator()->free(html);
    return out;
}

QByteArray renderFragment(QByteArrayView markdownUtf8, const RenderOptions &options,
                          TreeMemory memory)
{
    return MarkdownTree(markdownUtf8, memory).toHtml(options);
}

} // namespace galley
