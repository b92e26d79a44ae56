#include "previewchunks.h"

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {

// One piece of markup as the HTML tokenizer would see it, enough to track which elements are
// open. The rendered email quotes every attribute and escapes `<` in text, so this small reader
// suffices; anything it does not understand makes the document unsplittable, never wrong.
struct Token
{
    enum Type { Text, Start, End, Comment };
    Type type = Text;
    QStringView name;
    qsizetype begin = 0;
    qsizetype end = 0; // one past the token
    bool hasSourcepos = false;
};

bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isAlpha(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':';
}

// Called for every tag of a long document: compare lengths first, letters only when they match.
bool nameIn(QStringView name, std::initializer_list<QStringView> names)
{
    for (QStringView n : names) {
        if (n.size() == name.size() && name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isVoid(QStringView name)
{
    return nameIn(name,
                  {u"area", u"base", u"br", u"col", u"embed", u"hr", u"img", u"input", u"link",
                   u"meta", u"param", u"source", u"track", u"wbr", u"keygen"});
}

// Elements whose content the parser does not read as markup, or reads in a mode of its own.
bool isSpecialContent(QStringView name)
{
    return nameIn(name,
                  {u"script", u"style", u"textarea", u"title", u"xmp", u"iframe", u"noembed",
                   u"noframes", u"noscript", u"plaintext", u"template", u"select", u"svg", u"math",
                   u"frameset"});
}

// Table parts close the surrounding cell unless a table of their own is open.
bool isTablePart(QStringView name)
{
    return nameIn(
        name, {u"caption", u"col", u"colgroup", u"tbody", u"td", u"tfoot", u"th", u"thead", u"tr"});
}

// A stray end tag of these (nothing of that name open) is ignored by the parser, or read as
// <br>, right where it stands: it does not reach into other blocks. They are the raw tags the
// sanitiser lets through, so a writer's stray `</b>` does not cost the block patches.
bool strayEndIsLocal(QStringView name)
{
    return nameIn(name,
                  {u"b",    u"i",    u"u",   u"s",    u"em",  u"strong", u"small", u"mark",  u"kbd",
                   u"del",  u"ins",  u"sup", u"sub",  u"br",  u"hr",     u"wbr",   u"code",  u"var",
                   u"samp", u"abbr", u"q",   u"cite", u"dfn", u"big",    u"tt",    u"strike"});
}

template<typename List, typename NameOf>
bool contains(const List &open, QStringView name, NameOf nameOf)
{
    for (const auto &o : open) {
        if (nameOf(o).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Reads the token at `pos`; false when the markup is cut off.
bool readToken(QStringView html, qsizetype pos, Token &t)
{
    t = Token {};
    t.begin = pos;
    const qsizetype n = html.size();
    if (html.at(pos) != u'<') {
        const qsizetype next = html.indexOf(u'<', pos);
        t.end = next < 0 ? n : next;
        return true;
    }
    if (pos + 1 >= n) {
        t.end = n;
        return true;
    }
    const QChar c = html.at(pos + 1);
    if (c == u'!' || c == u'?') {
        const bool comment = html.sliced(pos).startsWith(u"<!--");
        const qsizetype close = comment ? html.indexOf(u"-->", pos + 4) : html.indexOf(u'>', pos);
        if (close < 0)
            return false;
        t.type = Token::Comment;
        t.end = close + (comment ? 3 : 1);
        return true;
    }
    const bool endTag = c == u'/';
    const qsizetype nameStart = pos + (endTag ? 2 : 1);
    if (nameStart >= n || !isAlpha(html.at(nameStart))) {
        // A lone `<` is text to the parser.
        const qsizetype next = html.indexOf(u'<', pos + 1);
        t.end = next < 0 ? n : next;
        return true;
    }
    qsizetype i = nameStart;
    while (i < n && isNameChar(html.at(i)))
        ++i;
    t.name = html.sliced(nameStart, i - nameStart);
    t.type = endTag ? Token::End : Token::Start;
    // To the closing `>`, skipping quoted attribute values.
    while (i < n && html.at(i) != u'>') {
        const QChar q = html.at(i);
        if (q == u'"' || q == u'\'') {
            const qsizetype close = html.indexOf(q, i + 1);
            if (close < 0)
                return false;
            i = close;
        }
        ++i;
    }
    if (i >= n)
        return false;
    t.end = i + 1;
    if (!endTag)
        t.hasSourcepos = html.sliced(pos, t.end - pos).contains(u" data-sourcepos=\"");
    return true;
}

// Where the blocks' container is: the parent shared by the outermost elements carrying
// data-sourcepos. Also checks that the body's elements are balanced and properly nested.
struct Container
{
    qsizetype contentStart = -1;
    qsizetype contentEnd = -1;
};

std::optional<Container> findContainer(QStringView html)
{
    const qsizetype bodyTag = html.indexOf(u"<body");
    if (bodyTag < 0)
        return std::nullopt;
    Token t;
    if (!readToken(html, bodyTag, t) || t.type != Token::Start)
        return std::nullopt;
    const qsizetype bodyStart = t.end;
    const qsizetype bodyEnd = html.lastIndexOf(u"</body>");
    if (bodyEnd < bodyStart)
        return std::nullopt;

    struct Open
    {
        QStringView name;
        qsizetype contentStart;
    };
    QList<Open> stack;
    qsizetype minDepth = std::numeric_limits<qsizetype>::max();
    Container found;
    bool ambiguous = false;
    for (qsizetype pos = bodyStart; pos < bodyEnd; pos = t.end) {
        if (!readToken(html, pos, t) || t.end > bodyEnd)
            return std::nullopt;
        if (t.type == Token::Start) {
            if (isSpecialContent(t.name))
                return std::nullopt;
            if (t.hasSourcepos) {
                const qsizetype depth = stack.size();
                const qsizetype parent = stack.isEmpty() ? bodyStart : stack.last().contentStart;
                if (depth < minDepth) {
                    minDepth = depth;
                    found = {parent, parent == bodyStart ? bodyEnd : -1};
                    ambiguous = false;
                } else if (depth == minDepth && parent != found.contentStart) {
                    ambiguous = true;
                }
            }
            if (!isVoid(t.name))
                stack.append({t.name, t.end});
        } else if (t.type == Token::End) {
            if (stack.isEmpty() || stack.last().name.compare(t.name, Qt::CaseInsensitive) != 0) {
                if (strayEndIsLocal(t.name)
                    && !contains(stack, t.name, [](const Open &o) { return o.name; }))
                    continue;
                return std::nullopt;
            }
            if (stack.last().contentStart == found.contentStart)
                found.contentEnd = t.begin;
            stack.removeLast();
        }
    }
    if (!stack.isEmpty() || ambiguous || found.contentStart < 0 || found.contentEnd < 0)
        return std::nullopt;
    return found;
}

// data-sourcepos="L1:C1-L2:C2" at `pos` (just after the opening quote): the positions of the two
// line numbers and their values.
struct SourcePos
{
    qsizetype line1Begin = 0, line1End = 0, line2Begin = 0, line2End = 0;
    int line1 = 0, line2 = 0;
};

bool readNumber(QStringView s, qsizetype &i, int &value)
{
    const qsizetype start = i;
    qint64 v = 0;
    while (i < s.size() && s.at(i) >= u'0' && s.at(i) <= u'9' && i - start < 9)
        v = v * 10 + (s.at(i++).unicode() - u'0');
    value = int(v);
    return i > start;
}

bool readSourcePos(QStringView s, qsizetype i, SourcePos &p)
{
    int column = 0;
    p.line1Begin = i;
    if (!readNumber(s, i, p.line1))
        return false;
    p.line1End = i;
    if (i >= s.size() || s.at(i++) != u':' || !readNumber(s, i, column))
        return false;
    if (i >= s.size() || s.at(i++) != u'-')
        return false;
    p.line2Begin = i;
    if (!readNumber(s, i, p.line2))
        return false;
    p.line2End = i;
    return i < s.size() && s.at(i++) == u':' && readNumber(s, i, column) && i < s.size()
        && s.at(i) == u'"';
}

// The chunk with its data-sourcepos lines counted from its first one, so a block that only moved
// (lines added above it) compares equal to what it was.
void normalise(const QString &chunk, QString &key, int &baseLine)
{
    static constexpr QStringView attr = u" data-sourcepos=\"";
    baseLine = 0;
    qsizetype at = chunk.indexOf(attr);
    if (at < 0) {
        key = chunk;
        return;
    }
    QString out;
    out.reserve(chunk.size());
    qsizetype copied = 0;
    int base = 0;
    for (; at >= 0; at = chunk.indexOf(attr, at + attr.size())) {
        SourcePos p;
        if (!readSourcePos(chunk, at + attr.size(), p)) {
            // Not ours to understand: compare as is and never shift.
            key = chunk;
            return;
        }
        if (base == 0)
            base = p.line1;
        out += QStringView(chunk).sliced(copied, p.line1Begin - copied);
        out += QString::number(p.line1 - base);
        out += QStringView(chunk).sliced(p.line1End, p.line2Begin - p.line1End);
        out += QString::number(p.line2 - base);
        copied = p.line2End;
    }
    out += QStringView(chunk).sliced(copied);
    key = std::move(out);
    baseLine = base;
}

} // namespace

QString PreviewChunks::skeleton() const
{
    if (!split)
        return prefix;
    return prefix + u"<template id=\""_s + QStringView(previewSlotId) + u"\"></template>"_s
        + suffix;
}

PreviewChunks splitPreviewHtml(const QString &html)
{
    PreviewChunks out;
    out.prefix = html;
    const auto container = findContainer(html);
    if (!container)
        return out;

    // Cut before every start tag at the container's top level.
    QList<qsizetype> starts;
    QList<QStringView> open;
    int tables = 0;
    Token t;
    for (qsizetype pos = container->contentStart; pos < container->contentEnd; pos = t.end) {
        if (!readToken(html, pos, t))
            return out;
        if (t.type == Token::Start) {
            if (open.isEmpty())
                starts.append(t.begin);
            if (isTablePart(t.name) && tables == 0)
                return out;
            if (t.name.compare(u"table", Qt::CaseInsensitive) == 0)
                ++tables;
            if (!isVoid(t.name))
                open.append(t.name);
        } else if (t.type == Token::End) {
            if (open.isEmpty() || open.last().compare(t.name, Qt::CaseInsensitive) != 0) {
                if (strayEndIsLocal(t.name)
                    && !contains(open, t.name, [](QStringView o) { return o; }))
                    continue;
                return out;
            }
            if (t.name.compare(u"table", Qt::CaseInsensitive) == 0)
                --tables;
            open.removeLast();
        }
    }
    if (starts.isEmpty())
        return out;

    out.split = true;
    out.prefix = html.left(starts.first());
    out.suffix = html.mid(container->contentEnd);
    starts.append(container->contentEnd);
    const qsizetype count = starts.size() - 1;
    out.chunks.reserve(count);
    out.keys.resize(count);
    out.baseLines.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        out.chunks.append(html.sliced(starts[i], starts[i + 1] - starts[i]));
        normalise(out.chunks.last(), out.keys[i], out.baseLines[i]);
    }
    return out;
}

QVariantMap previewUpdate(const PreviewChunks *base, const PreviewChunks &next)
{
    if (!next.split || !base || !base->split) {
        return {
            {u"kind"_s, u"full"_s},
            {u"skeleton"_s, next.skeleton()},
            {u"chunks"_s, next.split ? next.chunks : QStringList()},
        };
    }
    const qsizetype n0 = base->keys.size();
    const qsizetype n1 = next.keys.size();
    qsizetype head = 0;
    while (head < n0 && head < n1 && base->keys[head] == next.keys[head])
        ++head;
    qsizetype tail = 0;
    while (tail < n0 - head && tail < n1 - head
           && base->keys[n0 - 1 - tail] == next.keys[n1 - 1 - tail])
        ++tail;

    // Kept blocks whose lines moved, as runs of [first index, count, delta] (new numbering).
    QVariantList shifts;
    qsizetype runStart = -1;
    int runDelta = 0;
    auto flush = [&](qsizetype end) {
        if (runStart >= 0 && runDelta != 0)
            shifts.append(QVariant(
                QVariantList {double(runStart), double(end - runStart), double(runDelta)}));
        runStart = -1;
    };
    auto visit = [&](qsizetype i, int delta) {
        if (runStart >= 0 && delta == runDelta)
            return;
        flush(i);
        runStart = i;
        runDelta = delta;
    };
    for (qsizetype i = 0; i < head; ++i)
        visit(i, next.baseLines[i] - base->baseLines[i]);
    flush(head);
    for (qsizetype i = n1 - tail; i < n1; ++i)
        visit(i, next.baseLines[i] - base->baseLines[i - n1 + n0]);
    flush(n1);

    QVariantMap update {
        {u"kind"_s, u"patch"_s},
        {u"start"_s, double(head)},
        {u"remove"_s, double(n0 - tail - head)},
        {u"insert"_s, next.chunks.mid(head, n1 - tail - head)},
        {u"shifts"_s, shifts},
    };
    if (base->prefix != next.prefix || base->suffix != next.suffix)
        update.insert(u"skeleton"_s, next.skeleton());
    return update;
}

} // namespace galley::gui
