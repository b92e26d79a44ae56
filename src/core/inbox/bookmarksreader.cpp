#include "bookmarksreader.h"

#include "gumbohtml.h"
#include "inbox/inboxurls.h"

#include <gumbo.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// The text under `node`, without scripts, styles and (when `skipLists`) nested lists: a
// bookmark's <DD> is followed by the folder's next entries in the same <DL>.
void collectText(const GumboNode *node, QString *out, bool skipLists = false)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
        *out += QString::fromUtf8(node->v.text.text);
        return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_DOCUMENT:
    case GUMBO_NODE_TEMPLATE:
        break;
    default:
        return;
    }
    if (node->type == GUMBO_NODE_ELEMENT) {
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE
            || (skipLists && (tag == GUMBO_TAG_DL || tag == GUMBO_TAG_DT)))
            return;
        if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_P || tag == GUMBO_TAG_LI)
            *out += u' ';
    }
    const GumboVector &children
        = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        collectText(static_cast<const GumboNode *>(children.data[i]), out, skipLists);
}

QString textOf(const GumboNode *node, bool skipLists = false)
{
    QString out;
    collectText(node, &out, skipLists);
    return out.simplified();
}

// The <DD> that describes the bookmark whose <A> sits in `dt`, if the next element is one.
const GumboNode *descriptionAfter(const GumboNode *dt)
{
    const GumboNode *parent = dt->parent;
    if (!parent || parent->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &siblings = parent->v.element.children;
    for (unsigned i = dt->index_within_parent + 1; i < siblings.length; ++i) {
        const auto *next = static_cast<const GumboNode *>(siblings.data[i]);
        if (next->type != GUMBO_NODE_ELEMENT)
            continue;
        return isElement(next, GUMBO_TAG_DD) ? next : nullptr;
    }
    return nullptr;
}

void collectLinks(const GumboNode *node, QList<InboxCapture> *out)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    if (node->v.element.tag == GUMBO_TAG_A) {
        const GumboAttribute *href = gumbo_get_attribute(&node->v.element.attributes, "href");
        const QString url = href ? QString::fromUtf8(href->value).trimmed() : QString();
        const bool web = url.startsWith(u"http://"_s, Qt::CaseInsensitive)
            || url.startsWith(u"https://"_s, Qt::CaseInsensitive);
        if (const auto valid = web ? inboxUrl(url) : std::nullopt) {
            InboxCapture c;
            c.url = *valid;
            c.title = textOf(node);
            c.source = InboxSource::Bookmarks;
            if (isElement(node->parent, GUMBO_TAG_DT)) {
                if (const GumboNode *dd = descriptionAfter(node->parent))
                    c.description = textOf(dd, true);
            }
            out->append(c);
        }
        return;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        collectLinks(static_cast<const GumboNode *>(children.data[i]), out);
}
} // namespace

QList<InboxCapture> readBookmarks(const QByteArray &utf8)
{
    const ParsedHtml parsed = parseHtml(utf8);
    QList<InboxCapture> out;
    if (parsed)
        collectLinks(parsed->root, &out);
    return out;
}

QString htmlToText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.simplified();
    const ParsedHtml parsed = parseHtml(html.toUtf8());
    return parsed ? textOf(parsed->root) : html.simplified();
}

} // namespace galley
