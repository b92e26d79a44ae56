#include "plaintextrenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

// Containers nested deeper than this add no more "> " or list indentation. Every line carries the
// prefixes of all its containers, so without a cap 20,000 nested quotes would make the output (and
// the work) grow with the square of the depth; nobody reads the 25th level of quoting anyway.
constexpr qsizetype maxPrefixDepth = 24;

// Paragraphs are never squeezed narrower than this, however deep the nesting.
constexpr int minTextWidth = 20;

// What inline text needs from the renderer's settings.
struct InlineContext
{
    const QString &imageLabel;
    const PlainTextRenderer::LinkRewriter &rewriteLink;
};

QString nodeText(cmark_node *node)
{
    const char *l = cmark_node_get_literal(node);
    return l ? QString::fromUtf8(l) : QString();
}

bool hasTypeString(cmark_node *node, const char *name)
{
    return qstrcmp(cmark_node_get_type_string(node), name) == 0;
}

char32_t codePointAt(QStringView s, qsizetype *i)
{
    const QChar c = s.at(*i);
    if (c.isHighSurrogate() && *i + 1 < s.size() && s.at(*i + 1).isLowSurrogate()) {
        const char32_t u = QChar::surrogateToUcs4(c, s.at(*i + 1));
        *i += 2;
        return u;
    }
    ++*i;
    return c.unicode();
}

bool isWide(char32_t u)
{
    // East Asian Wide and Fullwidth blocks, and the emoji planes: two columns on a terminal.
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E)
        || (u >= 0x3041 && u <= 0x33FF) || (u >= 0x3400 && u <= 0x4DBF)
        || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF)
        || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
        || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
        || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x1F300 && u <= 0x1F64F)
        || (u >= 0x1F900 && u <= 0x1F9FF) || (u >= 0x20000 && u <= 0x3FFFD);
}

// Escapes what cannot stand in a URL written out as text (spaces, controls), so it stays one word
// that mail clients can still click.
QString urlForText(const QString &url)
{
    QString out;
    out.reserve(url.size());
    for (QChar c : url) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7F)
            out += u'%' + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
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

// Wraps one text (which may hold hard line breaks) into lines of at most `width` columns, breaking
// only at spaces, so a word wider than the line (a URL) stands alone and whole.
QStringList wrapLines(const QString &text, int width)
{
    QStringList out;
    for (const QString &hardLine : text.split(u'\n')) {
        QString line;
        int used = 0;
        for (const QString &word : hardLine.split(u' ', Qt::SkipEmptyParts)) {
            const int w = displayWidth(word);
            if (!line.isEmpty() && used + 1 + w > width) {
                out << line;
                line.clear();
                used = 0;
            }
            if (!line.isEmpty()) {
                line += u' ';
                ++used;
            }
            line += word;
            used += w;
        }
        out << line;
    }
    return out;
}

QString rightTrimmed(const QString &s)
{
    qsizetype end = s.size();
    while (end > 0 && s.at(end - 1).isSpace())
        --end;
    return s.left(end);
}

// The text of the inline children of `parent`, walked without recursion (emphasis and images nest
// as deep as the input wants).
QString inlineText(cmark_node *parent, const InlineContext &context)
{
    struct OpenLink
    {
        qsizetype start;
        QString url;
    };
    QString out;
    QList<OpenLink> links;
    int imageDepth = 0;
    qsizetype imageStart = 0;
    cmark_iter *iter = cmark_iter_new(parent);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(iter);
        if (n == parent)
            continue;
        const cmark_node_type type = cmark_node_get_type(n);
        if (ev == CMARK_EVENT_EXIT) {
            if (type == CMARK_NODE_IMAGE && --imageDepth == 0) {
                const QString alt = out.mid(imageStart).simplified();
                out.truncate(imageStart);
                out += u'[' + context.imageLabel + (alt.isEmpty() ? QString() : u": "_s + alt)
                    + u']';
            } else if (type == CMARK_NODE_LINK && imageDepth == 0 && !links.isEmpty()) {
                const OpenLink link = links.takeLast();
                const QString text = out.mid(link.start);
                if (link.url.isEmpty())
                    continue; // a link whose dangerous URL was removed: its text only
                out.truncate(link.start);
                // The text is compared with the URL as written; the rewritten URL (UTM tags) is
                // what the reader gets.
                const QString url = context.rewriteLink ? context.rewriteLink(link.url) : link.url;
                if (text.trimmed().isEmpty())
                    out += url;
                else if (bareUrl(text) == bareUrl(link.url))
                    out += link.url.startsWith(u"mailto:"_s, Qt::CaseInsensitive) ? text : url;
                else
                    out += text + u" ("_s + url + u')';
            }
            continue;
        }
        switch (type) {
        case CMARK_NODE_TEXT:
            out += nodeText(n);
            break;
        case CMARK_NODE_CODE:
            out += imageDepth ? nodeText(n) : u'`' + nodeText(n) + u'`';
            break;
        case CMARK_NODE_SOFTBREAK:
            out += u' ';
            break;
        case CMARK_NODE_LINEBREAK:
            out += imageDepth ? u' ' : u'\n';
            break;
        case CMARK_NODE_HTML_INLINE:
            // Only allowlisted tags are left in the tree; of those, line breaks matter in text.
            if (nodeText(n).startsWith(u"<br"_s, Qt::CaseInsensitive))
                out += imageDepth ? u' ' : u'\n';
            break;
        case CMARK_NODE_LINK:
            if (imageDepth == 0)
                links.append({out.size(), urlForText(QString::fromUtf8(cmark_node_get_url(n)))});
            break;
        case CMARK_NODE_IMAGE:
            if (imageDepth++ == 0)
                imageStart = out.size();
            break;
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            // cmark-gfm stores the footnote's number (as the HTML shows it) as the literal.
            out += u'[' + nodeText(n) + u']';
            break;
        default:
            break; // emphasis, strong, strikethrough: their text comes through their children
        }
    }
    cmark_iter_free(iter);
    return out;
}

// One container the walk is inside: a block quote, a list, a list item, a footnote.
struct Level
{
    QString first; // prefix piece on the container's first line (list marker, footnote label)
    qsizetype offset = 0; // where this level's piece starts in the prefix
    bool tight = false; // children follow each other without a blank line
    int nextNumber = 1; // lists: the number of the next item
    bool ordered = false;
};

class Writer
{
public:
    explicit Writer(int width)
        : m_width(width)
    { }

    void enter(const QString &first, const QString &rest, bool tight)
    {
        Level level;
        level.offset = m_prefix.size();
        level.tight = tight;
        if (m_levels.size() < maxPrefixDepth) {
            level.first = first;
            m_prefix += rest;
            m_prefixWidth += displayWidth(rest);
        }
        m_levels.append(level);
    }

    void exit()
    {
        // An empty list item (or quote) still shows its marker.
        if (m_firstPending < m_levels.size() && !m_levels.last().first.trimmed().isEmpty())
            writeBlock({QString()});
        const Level level = m_levels.takeLast();
        m_prefixWidth -= displayWidth(QStringView(m_prefix).sliced(level.offset));
        m_prefix.truncate(level.offset);
        m_firstPending = qMin(m_firstPending, m_levels.size());
        m_commonDepth = qMin(m_commonDepth, m_levels.size());
    }

    Level &top() { return m_levels.last(); }
    qsizetype depth() const { return m_levels.size(); }

    // Columns left for text after the prefix.
    int available() const { return qMax(m_width - m_prefixWidth, minTextWidth); }

    // Writes the lines of one leaf block, after the blank line that separates it from the block
    // before (unless both sit in a tight list).
    void writeBlock(const QStringList &lines, bool attached = false)
    {
        if (lines.isEmpty())
            return;
        if (!m_out.isEmpty() && !attached) {
            const qsizetype common = m_commonDepth;
            if (common == 0 || !m_levels.at(common - 1).tight) {
                const qsizetype end
                    = common < m_levels.size() ? m_levels.at(common).offset : m_prefix.size();
                m_out += rightTrimmed(m_prefix.left(end)) + u'\n';
            }
        }
        for (const QString &line : lines)
            m_out += rightTrimmed(linePrefix() + line) + u'\n';
        m_commonDepth = m_levels.size();
    }

    QString result() const { return m_out; }

private:
    // The prefix of the next line; the first line inside a container carries its marker. The
    // containers still waiting for their first line are always the innermost ones.
    QString linePrefix()
    {
        if (m_firstPending >= m_levels.size())
            return m_prefix;
        QString prefix = m_prefix;
        for (qsizetype i = m_firstPending; i < m_levels.size(); ++i) {
            const Level &level = m_levels.at(i);
            if (!level.first.isEmpty())
                prefix.replace(level.offset, level.first.size(), level.first);
        }
        m_firstPending = m_levels.size();
        return prefix;
    }

    int m_width;
    QList<Level> m_levels;
    QString m_prefix; // every level's piece for lines after the first
    int m_prefixWidth = 0;
    qsizetype m_firstPending = 0; // levels from here on have not written a line yet
    qsizetype m_commonDepth = 0; // the shallowest depth since the last block was written
    QString m_out;
};

QStringList underlinedLines(const QString &text, int width, QChar underline)
{
    QStringList lines = wrapLines(text.simplified(), width);
    int longest = 3;
    for (const QString &l : std::as_const(lines))
        longest = qMax(longest, displayWidth(l));
    lines << QString(longest, underline);
    return lines;
}

QStringList headingLines(cmark_node *node, int width, const InlineContext &context)
{
    const QString text = inlineText(node, context).simplified();
    const int level = cmark_node_get_heading_level(node);
    if (level > 2) {
        const QString marks = QString(level, u'#') + u' ';
        QStringList lines = wrapLines(text, width - int(marks.size()));
        for (qsizetype i = 0; i < lines.size(); ++i)
            lines[i] = (i == 0 ? marks : QString(marks.size(), u' ')) + lines.at(i);
        return lines;
    }
    return underlinedLines(text, width, level == 1 ? u'=' : u'-');
}

QStringList codeLines(cmark_node *node)
{
    QString code = nodeText(node);
    if (code.endsWith(u'\n'))
        code.chop(1);
    QStringList lines = code.split(u'\n');
    for (QString &l : lines)
        l = u"    "_s + l;
    return lines;
}

// A table as aligned columns when it fits the width; otherwise one "Header: value" record per row,
// which wraps like a paragraph.
QStringList tableLines(cmark_node *table, int width, const InlineContext &context)
{
    QList<QStringList> rows;
    QList<int> widths;
    for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
        QStringList cells;
        for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
            const QString text = inlineText(cell, context).simplified();
            if (widths.size() <= cells.size())
                widths.append(3);
            widths[cells.size()] = qMax(widths[cells.size()], displayWidth(text));
            cells << text;
        }
        rows << cells;
    }
    if (rows.isEmpty())
        return {};
    int total = 0;
    for (int w : std::as_const(widths))
        total += w + 3;
    QStringList lines;
    if (total - 3 <= width) {
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QString line;
            for (qsizetype c = 0; c < rows[r].size(); ++c) {
                if (c > 0)
                    line += u" | "_s;
                const QString &cell = rows[r][c];
                line += cell + QString(widths[c] - displayWidth(cell), u' ');
            }
            lines << line;
            if (r == 0) {
                QStringList rule;
                for (int w : std::as_const(widths))
                    rule << QString(w, u'-');
                lines << rule.join(u"-+-"_s);
            }
        }
        return lines;
    }
    const QStringList header = rows.first();
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (r > 1)
            lines << QString();
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            const QString name = header.value(c);
            const QString text = name.isEmpty() ? rows[r][c] : name + u": "_s + rows[r][c];
            const QStringList wrapped = wrapLines(text, width - 2);
            for (qsizetype i = 0; i < wrapped.size(); ++i)
                lines << (i == 0 ? QString() : u"  "_s) + wrapped.at(i);
        }
    }
    return lines;
}

QStringList paragraphLines(cmark_node *node, int width, const InlineContext &context)
{
    QStringList lines = wrapLines(inlineText(node, context), width);
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t u = codePointAt(text, &i);
        switch (QChar::category(u)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_Enclosing:
        case QChar::Other_Format:
            break;
        default:
            width += isWide(u) ? 2 : 1;
        }
    }
    return width;
}

QString underlined(const QString &text, const QString &prefix, int width, QChar underline)
{
    const QStringList lines
        = underlinedLines(text, qMax(width - displayWidth(prefix), minTextWidth), underline);
    QStringList out;
    for (const QString &l : lines)
        out << prefix + l;
    return out.join(u'\n');
}

QString wrapText(const QString &text, int width, const QString &firstPrefix,
                 const QString &restPrefix)
{
    const int firstWidth = displayWidth(firstPrefix);
    const int restWidth = displayWidth(restPrefix);
    // Wrap for the narrower of the two prefixes, so every line fits.
    const QStringList lines = wrapLines(text, qMax(width - qMax(firstWidth, restWidth), 1));
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += u'\n';
        out += (i == 0 ? firstPrefix : restPrefix) + lines.at(i);
    }
    return out;
}

QString PlainTextRenderer::render(cmark_node *root) const
{
    const InlineContext context {m_imageLabel, m_rewriteLink};
    Writer writer(m_width);
    int footnoteNumber = 0;
    // The marked range the last block belonged to (-1: none), and the width of its opening line.
    qsizetype openRange = -1;
    int openWidth = 0;
    bool attachNext = false;
    const auto closeRange = [&] {
        if (openRange >= 0)
            writer.writeBlock({QString(openWidth, u'-')}, true);
        openRange = -1;
        attachNext = false;
    };
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (node == root)
            continue;
        const cmark_node_type type = cmark_node_get_type(node);
        const bool leaf = type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
            || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_THEMATIC_BREAK
            || type == CMARK_NODE_HTML_BLOCK || hasTypeString(node, "table")
            || (cmark_node_first_child(node) == nullptr && type != CMARK_NODE_ITEM
                && type != CMARK_NODE_BLOCK_QUOTE && type != CMARK_NODE_LIST);
        if (leaf) {
            if (ev != CMARK_EVENT_ENTER)
                continue;
            const int width = writer.available();
            if (!m_ranges.isEmpty()) {
                const int line = cmark_node_get_start_line(node);
                qsizetype range = -1;
                for (qsizetype i = 0; i < m_ranges.size() && range < 0; ++i) {
                    if (line >= m_ranges.at(i).startLine && line <= m_ranges.at(i).endLine)
                        range = i;
                }
                if (range != openRange) {
                    closeRange();
                    if (range >= 0) {
                        const QString opening = u"--- "_s + m_ranges.at(range).label + u" ---"_s;
                        writer.writeBlock({opening});
                        openWidth = displayWidth(opening);
                        openRange = range;
                        attachNext = true;
                    }
                }
            }
            QStringList lines;
            switch (type) {
            case CMARK_NODE_PARAGRAPH:
                lines = paragraphLines(node, width, context);
                break;
            case CMARK_NODE_HEADING:
                lines = headingLines(node, width, context);
                break;
            case CMARK_NODE_CODE_BLOCK:
                lines = codeLines(node);
                break;
            case CMARK_NODE_THEMATIC_BREAK:
                lines = QStringList {QString(qMin(width, 40), u'-')};
                break;
            case CMARK_NODE_HTML_BLOCK:
                // Only allowlisted blocks survive sanitising: <hr> is a rule, <br> nothing.
                if (nodeText(node).contains(u"<hr"_s, Qt::CaseInsensitive))
                    lines = QStringList {QString(qMin(width, 40), u'-')};
                break;
            default:
                if (hasTypeString(node, "table"))
                    lines = tableLines(node, width, context);
                break;
            }
            if (!lines.isEmpty()) {
                // The first block of a marked range follows its opening line directly.
                writer.writeBlock(lines, attachNext);
                attachNext = false;
            }
            // The children (inlines, table rows) are done: continue after this node.
            cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
            continue;
        }

        if (ev == CMARK_EVENT_EXIT) {
            writer.exit();
            continue;
        }
        switch (type) {
        case CMARK_NODE_BLOCK_QUOTE:
            writer.enter(u"> "_s, u"> "_s, false);
            break;
        case CMARK_NODE_LIST: {
            writer.enter(QString(), QString(), cmark_node_get_list_tight(node));
            writer.top().ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            writer.top().nextNumber = cmark_node_get_list_start(node);
            break;
        }
        case CMARK_NODE_ITEM: {
            QString marker = u"- "_s;
            bool tight = false;
            if (writer.depth() > 0) {
                Level &list = writer.top();
                if (list.ordered)
                    marker = QString::number(list.nextNumber++) + u". "_s;
                tight = list.tight;
            }
            if (hasTypeString(node, "tasklist"))
                marker
                    += cmark_gfm_extensions_get_tasklist_item_checked(node) ? u"[x] "_s : u"[ ] "_s;
            writer.enter(marker, QString(marker.size(), u' '), tight);
            break;
        }
        case CMARK_NODE_FOOTNOTE_DEFINITION: {
            // Definitions come last, in the order of their numbers (cmark-gfm sorts them).
            const QString label = u'[' + QString::number(++footnoteNumber) + u"] "_s;
            writer.enter(label, QString(label.size(), u' '), false);
            break;
        }
        default:
            writer.enter(QString(), QString(), false);
            break;
        }
    }
    cmark_iter_free(iter);
    closeRange();
    return writer.result();
}

} // namespace galley
