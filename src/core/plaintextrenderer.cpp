#include "plaintextrenderer.h"

#include "htmlsanitizer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

QString literal(cmark_node *node)
{
    const char *l = cmark_node_get_literal(node);
    return l ? QString::fromUtf8(l) : QString();
}

QString typeName(cmark_node *node)
{
    return QString::fromLatin1(cmark_node_get_type_string(node));
}

// Strips the scheme and a trailing slash so "https://x.io/" and "x.io" count as the same text.
QString bareUrl(QString url)
{
    for (const QString &scheme : {u"https://"_s, u"http://"_s, u"mailto:"_s}) {
        if (url.startsWith(scheme, Qt::CaseInsensitive))
            url.remove(0, scheme.size());
    }
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

QString inlineText(cmark_node *parent)
{
    QString out;
    for (cmark_node *n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
            out += literal(n);
            break;
        case CMARK_NODE_CODE:
            out += u'`' + literal(n) + u'`';
            break;
        case CMARK_NODE_SOFTBREAK:
            out += u' ';
            break;
        case CMARK_NODE_LINEBREAK:
            out += u'\n';
            break;
        case CMARK_NODE_HTML_INLINE: {
            // Only allowlisted tags are left in the tree; of those, line breaks matter in text.
            const QString tag = literal(n).toLower();
            if (tag.startsWith(u"<br"))
                out += u'\n';
            break;
        }
        case CMARK_NODE_LINK: {
            const QString url = QString::fromUtf8(cmark_node_get_url(n));
            const QString text = inlineText(n);
            if (url.isEmpty())
                out += text;
            else if (text.isEmpty() || bareUrl(text) == bareUrl(url))
                out += url;
            else
                out += text + u" ("_s + url + u')';
            break;
        }
        case CMARK_NODE_IMAGE: {
            const QString alt = inlineText(n);
            out += u"[image"_s + (alt.isEmpty() ? QString() : u": "_s + alt) + u"]"_s;
            break;
        }
        default:
            if (typeName(n) == u"footnote_reference")
                out += u'[' + literal(n) + u']';
            else
                out += inlineText(n); // emphasis, strong, strikethrough: their text
        }
    }
    return out;
}

void renderBlocks(cmark_node *parent, const QString &prefix, int width, QStringList &blocks);

QString renderTable(cmark_node *table, const QString &prefix)
{
    QList<QStringList> rows;
    QList<qsizetype> widths;
    for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
        QStringList cells;
        for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
            const QString text = inlineText(cell).simplified();
            if (widths.size() <= cells.size())
                widths.append(0);
            widths[cells.size()] = qMax(widths[cells.size()], text.size());
            cells << text;
        }
        rows << cells;
    }
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList padded;
        for (qsizetype c = 0; c < rows[r].size(); ++c)
            padded << rows[r][c].leftJustified(widths[c]);
        out += prefix + padded.join(u" | "_s).trimmed() + u'\n';
        if (r == 0) {
            QStringList rule;
            for (qsizetype w : std::as_const(widths))
                rule << QString(qMax<qsizetype>(w, 3), u'-');
            out += prefix + rule.join(u"-+-"_s) + u'\n';
        }
    }
    out.chop(1);
    return out;
}

QString renderBlock(cmark_node *node, const QString &prefix, int width)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        return wrapText(inlineText(node), width, prefix, prefix);
    case CMARK_NODE_HEADING: {
        const QString text = inlineText(node).simplified();
        const int level = cmark_node_get_heading_level(node);
        if (level <= 2)
            return prefix + text + u'\n' + prefix
                + QString(qMax<qsizetype>(text.size(), 3), level == 1 ? u'=' : u'-');
        return prefix + QString(level, u'#') + u' ' + text;
    }
    case CMARK_NODE_CODE_BLOCK: {
        QString code = literal(node);
        if (code.endsWith(u'\n'))
            code.chop(1);
        QStringList lines = code.split(u'\n');
        for (QString &l : lines)
            l = prefix + u"    "_s + l;
        return lines.join(u'\n');
    }
    case CMARK_NODE_THEMATIC_BREAK:
        return prefix + QString(qMin(width, 40), u'-');
    case CMARK_NODE_HTML_BLOCK:
        return literal(node).contains(u"<hr"_s, Qt::CaseInsensitive)
            ? prefix + QString(qMin(width, 40), u'-')
            : QString();
    case CMARK_NODE_BLOCK_QUOTE: {
        QStringList inner;
        renderBlocks(node, prefix + u"> "_s, width, inner);
        return inner.join(u'\n' + prefix + u">\n"_s);
    }
    case CMARK_NODE_LIST: {
        const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        int number = cmark_node_get_list_start(node);
        QStringList items;
        for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
            QString marker = ordered ? QString::number(number++) + u". "_s : u"- "_s;
            if (typeName(item) == u"tasklist")
                marker
                    += cmark_gfm_extensions_get_tasklist_item_checked(item) ? u"[x] "_s : u"[ ] "_s;
            QStringList inner;
            renderBlocks(item, prefix + QString(marker.size(), u' '), width, inner);
            QString text = inner.join(cmark_node_get_list_tight(node) ? u"\n"_s : u"\n\n"_s);
            // Put the marker in place of the first line's indentation.
            text.replace(prefix.size(), marker.size(), marker);
            if (inner.isEmpty())
                text = prefix + marker.trimmed();
            items << text;
        }
        return items.join(cmark_node_get_list_tight(node) ? u"\n"_s : u"\n\n"_s);
    }
    default:
        if (typeName(node) == u"table")
            return renderTable(node, prefix);
        if (typeName(node) == u"footnote_definition") {
            QStringList inner;
            renderBlocks(node, prefix + u"    "_s, width, inner);
            QString text = inner.join(u"\n\n"_s);
            const QString label = u'[' + literal(node) + u"] "_s;
            text.replace(prefix.size(), qMin<qsizetype>(label.size(), 4), label.left(4));
            return text;
        }
        QStringList inner;
        renderBlocks(node, prefix, width, inner);
        return inner.join(u"\n\n"_s);
    }
}

void renderBlocks(cmark_node *parent, const QString &prefix, int width, QStringList &blocks)
{
    for (cmark_node *n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) {
        const QString block = renderBlock(n, prefix, width);
        if (!block.trimmed().isEmpty() || block.contains(u'-'))
            blocks << block;
    }
}

} // namespace

QString wrapText(const QString &text, int width, const QString &firstPrefix,
                 const QString &restPrefix)
{
    QStringList out;
    bool first = true;
    for (const QString &hardLine : text.split(u'\n')) {
        const QStringList words = hardLine.split(u' ', Qt::SkipEmptyParts);
        QString line = first ? firstPrefix : restPrefix;
        qsizetype lineStart = line.size();
        for (const QString &word : words) {
            if (line.size() > lineStart && line.size() + 1 + word.size() > width) {
                out << line;
                line = restPrefix;
                lineStart = line.size();
            }
            if (line.size() > lineStart)
                line += u' ';
            line += word;
        }
        out << line;
        first = false;
    }
    return out.join(u'\n');
}

QString PlainTextRenderer::render(cmark_node *root) const
{
    QStringList blocks;
    renderBlocks(root, QString(), m_width, blocks);
    QString out = blocks.join(u"\n\n"_s);
    return out.isEmpty() ? out : out + u'\n';
}

} // namespace galley
