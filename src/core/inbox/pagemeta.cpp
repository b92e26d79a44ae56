#include "pagemeta.h"

#include "gumbohtml.h"
#include "textdecoding.h"

#include <QStringDecoder>

#include <gumbo.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
constexpr qsizetype MaxTitle = 300;
constexpr qsizetype MaxPageDescription = 600;

struct Found
{
    QString ogTitle;
    QString ogDescription;
    QString title;
    QString description;
    QByteArray charset;
};

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

void collect(const GumboNode *node, Found *found)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &el = node->v.element;
    if (el.tag == GUMBO_TAG_TITLE && found->title.isEmpty()) {
        // RCDATA: one text node, whatever it looks like ("<script>" included), kept as text.
        QString text;
        for (unsigned i = 0; i < el.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(el.children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                text += QString::fromUtf8(child->v.text.text);
        }
        found->title = text.simplified();
    } else if (el.tag == GUMBO_TAG_META) {
        const QString key = (attribute(node, "property") + attribute(node, "name")).toLower();
        const QString content = attribute(node, "content").simplified();
        if (key == u"og:title" && found->ogTitle.isEmpty())
            found->ogTitle = content;
        else if (key == u"og:description" && found->ogDescription.isEmpty())
            found->ogDescription = content;
        else if (key == u"description" && found->description.isEmpty())
            found->description = content;
        if (const QString cs = attribute(node, "charset"); !cs.isEmpty())
            found->charset = cs.trimmed().toLatin1().toLower();
        else if (attribute(node, "http-equiv").compare(u"content-type"_s, Qt::CaseInsensitive) == 0)
            found->charset = charsetOfContentType(attribute(node, "content").toLatin1());
    }
    if (el.tag == GUMBO_TAG_BODY && !found->title.isEmpty())
        return; // what a page says about itself is in its head
    for (unsigned i = 0; i < el.children.length; ++i)
        collect(static_cast<const GumboNode *>(el.children.data[i]), found);
}

Found scan(const QByteArray &utf8)
{
    Found found;
    const ParsedHtml parsed = parseHtml(utf8);
    if (parsed)
        collect(parsed->root, &found);
    return found;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

// The bytes as UTF-8 for gumbo, decoded from `charset`.
QByteArray toUtf8(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray cs = charset.toLower();
    if (cs.isEmpty())
        return isUtf8(bytes) ? bytes : decodeWindows1252(bytes).toUtf8();
    if (cs == "utf-8" || cs == "utf8" || cs == "us-ascii")
        return bytes;
    // What browsers do: Latin-1 labels mean Windows-1252.
    if (cs == "iso-8859-1" || cs == "latin1" || cs == "latin-1" || cs == "windows-1252"
        || cs == "cp1252" || cs == "iso8859-1")
        return decodeWindows1252(bytes).toUtf8();
    QStringDecoder decoder(cs.constData());
    if (!decoder.isValid())
        return bytes;
    return QString(decoder(bytes)).toUtf8();
}

QString shortened(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max - 1).trimmed() + u'…';
}
} // namespace

QByteArray charsetOfContentType(const QByteArray &contentType)
{
    for (const QByteArray &part : contentType.split(';')) {
        const QByteArray p = part.trimmed();
        if (p.toLower().startsWith("charset=")) {
            QByteArray value = p.mid(8).trimmed();
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            return value.toLower();
        }
    }
    return {};
}

PageMeta readPageMeta(const QByteArray &bytes, const QByteArray &headerCharset)
{
    Found found = scan(toUtf8(bytes, headerCharset));
    if (headerCharset.isEmpty() && !found.charset.isEmpty()) {
        const QByteArray declared = found.charset;
        if (declared != "utf-8" && declared != "utf8")
            found = scan(toUtf8(bytes, declared));
    }
    PageMeta meta;
    meta.title = shortened(found.ogTitle.isEmpty() ? found.title : found.ogTitle, MaxTitle);
    meta.description
        = shortened(found.ogDescription.isEmpty() ? found.description : found.ogDescription,
                    MaxPageDescription);
    return meta;
}

} // namespace galley
