// Markdown → HTML fragment, email HTML and plain text: the three renderers of the one tree.
// Properties: the fragment of input without raw HTML (and without URLs the sanitiser must empty)
// is byte for byte cmark-gfm's own safe rendering; no output holds script, an event handler or
// a dangerous URL; the text part is valid text.

#include "email/emailsettings.h"
#include "exporter.h"
#include "fuzzsupport.h"
#include "htmlsanitizer.h"
#include "issuedocument.h"
#include "markdowntree.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <mutex>

using namespace galley;

namespace {

// cmark-gfm as its command line runs it: `cmark-gfm --footnotes -e table -e strikethrough
// -e autolink -e tagfilter -e tasklist` (safe mode), or nullopt when the input holds raw HTML or
// a URL that Galley's stricter sanitiser empties (there the two are meant to differ).
std::optional<QByteArray> referenceFragment(QByteArrayView markdown)
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.data(), size_t(markdown.size()));
    cmark_node *root = cmark_parser_finish(parser);
    bool comparable = true;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type ev; comparable && (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
            comparable = false;
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: {
            const char *url = cmark_node_get_url(node);
            const UrlUse use = cmark_node_get_type(node) == CMARK_NODE_IMAGE ? UrlUse::ImageSource
                                                                             : UrlUse::Link;
            comparable = !isDangerousUrl(QByteArrayView(url ? url : ""), use);
            break;
        }
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    std::optional<QByteArray> html;
    if (comparable) {
        char *out = cmark_render_html(root, CMARK_OPT_FOOTNOTES,
                                      cmark_parser_get_syntax_extensions(parser));
        html = QByteArray(out);
        cmark_get_default_mem_allocator()->free(out);
    }
    cmark_node_free(root);
    cmark_parser_free(parser);
    return html;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView markdown(reinterpret_cast<const char *>(data), qsizetype(size));

    const QByteArray fragment = renderFragment(markdown);
    fuzz::requireSafeHtml(fragment, "fragment");
    if (const std::optional<QByteArray> reference = referenceFragment(markdown))
        fuzz::require(fragment == *reference, "fragment differs from cmark-gfm's own rendering",
                      QByteArray("galley:\n" + fragment + "\ncmark-gfm:\n" + *reference));

    // The email formats start from a document (front matter included, when the input has one).
    const Result<IssueDocument> doc = IssueDocument::fromText(QString::fromUtf8(markdown));
    if (!doc)
        return 0;
    const QByteArray html = exportDocument(*doc, ExportFormat::Html);
    fuzz::require(html.startsWith("<!DOCTYPE html>"), "email HTML is not a document",
                  html.left(200));
    fuzz::requireSafeHtml(html, "email html", {"style", "meta"});

    const QByteArray text = exportDocument(*doc, ExportFormat::Text);
    fuzz::require(QString::fromUtf8(text).toUtf8() == text, "text part is not valid UTF-8");
    fuzz::require(!text.contains('\0') && !text.contains('\r'),
                  "text part holds NUL or CR (it is written with LF and encoded once)");
    return 0;
}
