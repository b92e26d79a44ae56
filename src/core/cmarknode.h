#pragma once

// Reads cmark-gfm nodes without allocating. cmark_node_get_literal() and cmark_node_get_url()
// copy the node's text into a new NUL-terminated buffer the first time they are called on a node
// (one calloc and memcpy per text node, freed again with the tree); cmark-gfm's own renderer reads
// the text in place. Debian's libcmark-gfm-dev installs the library's node.h next to its public
// header, from the same build as the library, so these read the node the way cmark-gfm's renderer
// does. Without that header they fall back to the public accessors (same bytes, slower).
// tst_cmarknode checks that both ways agree on every node of a document that has them all.

#include <cmark-gfm.h>

#include <QByteArray>
#include <QByteArrayView>

#if __has_include(<cmark-gfm/node.h>)
#include <cmark-gfm/node.h>
#define GALLEY_CMARK_NODE_IN_PLACE 1
#else
#define GALLEY_CMARK_NODE_IN_PLACE 0
#endif

namespace galley::cmarknode {

inline constexpr bool readsInPlace = GALLEY_CMARK_NODE_IN_PLACE != 0;

inline QByteArrayView view(const char *s)
{
    return s ? QByteArrayView(s) : QByteArrayView();
}

#if GALLEY_CMARK_NODE_IN_PLACE
inline QByteArrayView view(const cmark_chunk &c)
{
    return QByteArrayView(reinterpret_cast<const char *>(c.data), c.len);
}
#endif

#if GALLEY_CMARK_NODE_IN_PLACE
// clang-format off
inline cmark_node_type type(cmark_node *node) { return cmark_node_type(node->type); }
inline cmark_node *firstChild(cmark_node *node) { return node->first_child; }
inline cmark_node *next(cmark_node *node) { return node->next; }
inline cmark_node *parent(cmark_node *node) { return node->parent; }
#else
inline cmark_node_type type(cmark_node *node) { return cmark_node_get_type(node); }
inline cmark_node *firstChild(cmark_node *node) { return cmark_node_first_child(node); }
inline cmark_node *next(cmark_node *node) { return cmark_node_next(node); }
inline cmark_node *parent(cmark_node *node) { return cmark_node_parent(node); }
// clang-format on
#endif

// The node after `node` in document order (depth first, children before siblings) within the
// subtree of `root`; nullptr after the last. Visits every node once, without cmark_iter's exit
// events or allocation.
inline cmark_node *following(cmark_node *node, cmark_node *root)
{
    if (cmark_node *child = firstChild(node))
        return child;
    while (node != root) {
        if (cmark_node *sibling = next(node))
            return sibling;
        node = parent(node);
    }
    return nullptr;
}

// The text of a text, code span, raw HTML (inline or block) or code block node; for any other
// node what cmark_node_get_literal() returns.
inline QByteArrayView literal(cmark_node *node)
{
#if GALLEY_CMARK_NODE_IN_PLACE
    switch (node->type) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
    case CMARK_NODE_HTML_BLOCK:
        return view(node->as.literal);
    case CMARK_NODE_CODE_BLOCK:
        return view(node->as.code.literal);
    default:
        break;
    }
#endif
    return view(cmark_node_get_literal(node));
}

// The URL and title of a link or image (empty for other nodes).
inline QByteArrayView url(cmark_node *node)
{
#if GALLEY_CMARK_NODE_IN_PLACE
    if (node->type == CMARK_NODE_LINK || node->type == CMARK_NODE_IMAGE)
        return view(node->as.link.url);
#endif
    return view(cmark_node_get_url(node));
}

inline QByteArrayView title(cmark_node *node)
{
#if GALLEY_CMARK_NODE_IN_PLACE
    if (node->type == CMARK_NODE_LINK || node->type == CMARK_NODE_IMAGE)
        return view(node->as.link.title);
#endif
    return view(cmark_node_get_title(node));
}

// Footnotes, as cmark-gfm's HTML renderer links them (ids fn-LABEL and fnref-LABEL, -2, -3 ...):
// the definition a reference points to, the reference's index among those to its note (1 for
// the first), how many references a definition has, and its label. The parser keeps these in
// fields the public API does not reach; without node.h they are found by walking the tree
// (`walked`, always compiled so tst_cmarknode can compare both; slow, but only for footnotes).
namespace walked {

inline cmark_node *documentOf(cmark_node *node)
{
    while (cmark_node *up = cmark_node_parent(node))
        node = up;
    return node;
}

// The definitions are the document's last children, in the order of their numbers, and a
// reference's literal is its note's number.
inline cmark_node *footnoteDefinition(cmark_node *ref)
{
    int number = view(cmark_node_get_literal(ref)).toInt();
    for (cmark_node *d = cmark_node_first_child(documentOf(ref)); d; d = cmark_node_next(d)) {
        if (cmark_node_get_type(d) == CMARK_NODE_FOOTNOTE_DEFINITION && --number == 0)
            return d;
    }
    return nullptr;
}

// Calls f(reference) for every reference to `def`, in document order.
template<typename F> void forEachReference(cmark_node *def, F f)
{
    cmark_node *root = documentOf(def);
    for (cmark_node *n = root; n; n = following(n, root)) {
        if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_REFERENCE && footnoteDefinition(n) == def)
            f(n);
    }
}

inline int footnoteReferenceIndex(cmark_node *ref)
{
    int index = 0, found = 0;
    forEachReference(footnoteDefinition(ref), [&](cmark_node *n) {
        ++index;
        if (n == ref)
            found = index;
    });
    return found;
}

inline int footnoteReferenceCount(cmark_node *def)
{
    int count = 0;
    forEachReference(def, [&](cmark_node *) { ++count; });
    return count;
}

// The public API gives no definition's label (its literal reads empty): its number stands in,
// which makes ids as unique as the labels do (fn-1, fnref-1-2), not the same as cmark-gfm's.
inline QByteArray footnoteLabel(cmark_node *def)
{
    int number = 0;
    for (cmark_node *d = def; d; d = cmark_node_previous(d))
        number += cmark_node_get_type(d) == CMARK_NODE_FOOTNOTE_DEFINITION ? 1 : 0;
    return QByteArray::number(number);
}
} // namespace walked

#if GALLEY_CMARK_NODE_IN_PLACE
// clang-format off
inline cmark_node *footnoteDefinition(cmark_node *ref) { return ref->parent_footnote_def; }
inline int footnoteReferenceIndex(cmark_node *ref) { return ref->footnote.ref_ix; }
inline int footnoteReferenceCount(cmark_node *def) { return def->footnote.def_count; }
inline QByteArrayView footnoteLabel(cmark_node *def) { return view(def->as.literal); }
// clang-format on
#else
using walked::footnoteDefinition;
using walked::footnoteLabel;
using walked::footnoteReferenceCount;
using walked::footnoteReferenceIndex;
#endif

} // namespace galley::cmarknode
