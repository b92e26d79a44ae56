// The email says what the fragment says (issue 16). The email HTML comes from a second renderer
// over cmark-gfm's tree (emailhtmlrenderer.cpp, for inline styles), the fragment from cmark-gfm's
// own HTML renderer. This test renders both from the same documents (every Markdown file under
// tests/ and generated documents) and compares what a reader gets from them, as a list of facts:
// the text of every block, headings with their level, lists (ordered or not, start, items, task
// state), links (href, title, text), images (src, alt, title), code, quotes, tables, thematic
// breaks, and footnotes (each reference names the note it links to, each back-reference the
// reference it links back to). Presentation is not a fact (styles, layout tables, a cell's
// alignment, a code block's language class, the fragment's aria-labels); neither are the parts
// only the email has (preheader, header, footer, the closing sponsor slot's label), which are left
// out by their marker classes.

#include "email/emaildocument.h"
#include "emailtestsupport.h"
#include "exporter.h"
#include "issuedocument.h"

#include <QDirIterator>
#include <QHash>
#include <QRandomGenerator>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace galley;

namespace {

// ---------------------------------------------------------------------------------------------
// A small HTML reader: both renderers write well-nested HTML except for void elements (<br>,
// <img>, <input ... />) and the attribute-free raw tags the sanitiser lets through from a draft,
// which may be left open (`<b>` without `</b>`). An end tag closes the innermost open element of
// its name and everything opened inside it; an end tag with no open element is ignored.

struct Node
{
    QString tag; // lower case; empty for a text node
    QString text; // text nodes: entity-decoded
    QList<std::pair<QString, QString>> attributes; // entity-decoded values
    QList<int> children;
    int parent = -1;
    bool removed = false;

    QString attribute(const QString &name) const
    {
        for (const auto &[n, v] : attributes)
            if (n == name)
                return v;
        return {};
    }
    bool hasAttribute(const QString &name) const
    {
        for (const auto &a : attributes)
            if (a.first == name)
                return true;
        return false;
    }
    bool hasClass(const QString &name) const
    {
        return attribute(u"class"_s).split(u' ', Qt::SkipEmptyParts).contains(name);
    }
};

QString decodeEntities(QStringView s)
{
    static const QHash<QString, QString> named {
        {u"amp"_s, u"&"_s},         {u"lt"_s, u"<"_s},        {u"gt"_s, u">"_s},
        {u"quot"_s, u"\""_s},       {u"apos"_s, u"'"_s},      {u"nbsp"_s, u"\u00a0"_s},
        {u"middot"_s, u"\u00b7"_s}, {u"zwnj"_s, u"\u200c"_s}, {u"copy"_s, u"\u00a9"_s},
        {u"hellip"_s, u"\u2026"_s}};
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'&') {
            out += s[i];
            continue;
        }
        const qsizetype semi = s.indexOf(u';', i);
        if (semi < 0 || semi - i > 12) {
            out += s[i];
            continue;
        }
        const QStringView name = s.sliced(i + 1, semi - i - 1);
        bool ok = false;
        char32_t code = 0;
        if (name.startsWith(u"#x") || name.startsWith(u"#X"))
            code = name.sliced(2).toUInt(&ok, 16);
        else if (name.startsWith(u'#'))
            code = name.sliced(1).toUInt(&ok, 10);
        if (ok) {
            out += QString::fromUcs4(&code, 1);
            i = semi;
        } else if (const auto it = named.constFind(name.toString()); it != named.cend()) {
            out += *it;
            i = semi;
        } else {
            out += s[i];
        }
    }
    return out;
}

bool isVoidElement(const QString &tag)
{
    static const QSet<QString> tags {u"area"_s,   u"base"_s,  u"br"_s,    u"col"_s,  u"embed"_s,
                                     u"hr"_s,     u"img"_s,   u"input"_s, u"link"_s, u"meta"_s,
                                     u"source"_s, u"track"_s, u"wbr"_s};
    return tags.contains(tag);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':' || c == u'_';
}

class Dom
{
public:
    explicit Dom(const QString &html)
    {
        Node root;
        root.tag = u"#root"_s;
        m_nodes.append(std::move(root));
        QList<int> open {0};
        const qsizetype n = html.size();
        qsizetype i = 0;
        while (i < n) {
            if (html[i] != u'<') {
                qsizetype end = html.indexOf(u'<', i);
                if (end < 0)
                    end = n;
                addText(open.last(), decodeEntities(QStringView(html).sliced(i, end - i)));
                i = end;
                continue;
            }
            if (QStringView(html).sliced(i).startsWith(u"<!--")) { // Outlook's conditionals
                const qsizetype end = html.indexOf(u"-->"_s, i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (i + 1 < n && (html[i + 1] == u'!' || html[i + 1] == u'?')) { // <!DOCTYPE html>
                const qsizetype end = html.indexOf(u'>', i);
                i = end < 0 ? n : end + 1;
                continue;
            }
            const bool closing = i + 1 < n && html[i + 1] == u'/';
            qsizetype p = i + (closing ? 2 : 1);
            const qsizetype nameStart = p;
            while (p < n && isNameChar(html[p]))
                ++p;
            if (p == nameStart) { // a '<' that opens no tag: text (neither renderer writes one)
                addText(open.last(), u"<"_s);
                ++i;
                continue;
            }
            Node element;
            element.tag = html.sliced(nameStart, p - nameStart).toLower();
            bool selfClosing = false;
            while (p < n && html[p] != u'>') {
                if (html[p].isSpace()) {
                    ++p;
                    continue;
                }
                if (html[p] == u'/') {
                    selfClosing = true;
                    ++p;
                    continue;
                }
                selfClosing = false;
                const qsizetype attrStart = p;
                while (p < n && !html[p].isSpace() && html[p] != u'=' && html[p] != u'>'
                       && html[p] != u'/')
                    ++p;
                const QString name = html.sliced(attrStart, p - attrStart).toLower();
                QString value;
                if (p < n && html[p] == u'=') {
                    ++p;
                    if (p < n && (html[p] == u'"' || html[p] == u'\'')) {
                        const QChar quote = html[p];
                        qsizetype close = html.indexOf(quote, p + 1);
                        if (close < 0)
                            close = n;
                        value = decodeEntities(QStringView(html).sliced(p + 1, close - p - 1));
                        p = close + 1;
                    } else {
                        const qsizetype valueStart = p;
                        while (p < n && !html[p].isSpace() && html[p] != u'>')
                            ++p;
                        value
                            = decodeEntities(QStringView(html).sliced(valueStart, p - valueStart));
                    }
                }
                if (!name.isEmpty())
                    element.attributes.append({name, value});
            }
            i = p + 1;
            if (closing) {
                for (qsizetype k = open.size() - 1; k > 0; --k) {
                    if (m_nodes[open[k]].tag == element.tag) {
                        open.resize(k);
                        break;
                    }
                }
                continue;
            }
            const int index = add(open.last(), std::move(element));
            if (!selfClosing && !isVoidElement(m_nodes[index].tag))
                open.append(index);
        }
    }

    Node &operator[](int i) { return m_nodes[i]; }
    const Node &operator[](int i) const { return m_nodes[i]; }
    int size() const { return int(m_nodes.size()); }

    // Every node below `root` in document order.
    QList<int> descendants(int root) const
    {
        QList<int> out;
        const std::function<void(int)> walk = [&](int i) {
            for (int c : m_nodes[i].children) {
                out.append(c);
                walk(c);
            }
        };
        walk(root);
        return out;
    }

    // All the text below `i`, as it stands.
    QString textOf(int i) const
    {
        if (m_nodes[i].tag.isEmpty())
            return m_nodes[i].text;
        QString out;
        for (int c : m_nodes[i].children)
            out += textOf(c);
        return out;
    }

private:
    int add(int parent, Node node)
    {
        node.parent = parent;
        m_nodes.append(std::move(node));
        const int index = int(m_nodes.size() - 1);
        m_nodes[parent].children.append(index);
        return index;
    }
    void addText(int parent, const QString &text)
    {
        if (text.isEmpty())
            return;
        Node t;
        t.text = text;
        add(parent, std::move(t));
    }

    QList<Node> m_nodes;
};

// ---------------------------------------------------------------------------------------------
// The facts of one rendering.

// The email shows a task's state as a ballot box character (U+2611 checked, U+2610 not), since
// mail clients strip form controls; the fragment as cmark-gfm's disabled checkbox. Both are the
// same fact when they open the list item (before any other content), and only then.
const QString checkedBox = u"\u2611"_s;
const QString uncheckedBox = u"\u2610"_s;

class FactReader
{
public:
    explicit FactReader(const QString &html)
        : m_dom(html)
    {
        excludeEmailOnlyParts();
        resolveInPageLinks();
        readTaskStates();
        walk(0);
        flush();
    }

    QStringList facts() const { return m_facts; }

private:
    // Parts that exist only in the email, each marked by its class in emaildocument.cpp and
    // emailhtmlrenderer.cpp: the hidden preheader and its filler, the header (newsletter name,
    // title, date) and the footer (footer text, merge-tag links) around the body, and the label
    // heading the closing sponsor slot (the fragment has the slot's copy but no label). Nothing
    // else is left out, and a draft cannot mark its own content this way: the sanitiser lets only
    // attribute-free tags through.
    void excludeEmailOnlyParts()
    {
        static const QStringList emailOnly {u"galley-preheader"_s, u"galley-preheader-filler"_s,
                                            u"galley-header"_s, u"galley-footer"_s,
                                            u"galley-sponsor-label"_s};
        for (int i = 0; i < m_dom.size(); ++i) {
            Node &n = m_dom[i];
            if (n.tag == u"head")
                n.removed = true;
            for (const QString &c : emailOnly)
                if (n.hasClass(c))
                    n.removed = true;
        }
    }

    static bool isBlockTag(const QString &tag)
    {
        static const QSet<QString> tags {u"p"_s,  u"div"_s,        u"section"_s, u"li"_s, u"ol"_s,
                                         u"ul"_s, u"blockquote"_s, u"table"_s,   u"td"_s, u"th"_s,
                                         u"tr"_s, u"h1"_s,         u"h2"_s,      u"h3"_s, u"h4"_s,
                                         u"h5"_s, u"h6"_s,         u"pre"_s};
        return tags.contains(tag);
    }

    // The notes are the blocks with an id in the footnotes container (class "footnotes": the
    // fragment's <section> holds an <ol> of them, the email's <div> the notes themselves),
    // numbered in the order they stand. In-page links to a note are footnote references,
    // numbered in the order they stand; in-page links to a reference (or to an inline element
    // around one) are back-references.
    void resolveInPageLinks()
    {
        QHash<QString, int> ids;
        const QList<int> order = m_dom.descendants(0);
        for (int i : order) {
            const QString id = m_dom[i].attribute(u"id"_s);
            if (!id.isEmpty() && !ids.contains(id) && !m_dom[i].removed)
                ids.insert(id, i);
        }
        for (int i : order) {
            const Node &n = m_dom[i];
            if (n.tag.isEmpty() || n.attribute(u"id"_s).isEmpty() || n.parent < 0)
                continue;
            const Node &up = m_dom[n.parent];
            const bool inNotes = up.hasClass(u"footnotes"_s)
                || (up.tag == u"ol" && up.parent >= 0 && m_dom[up.parent].hasClass(u"footnotes"_s));
            if (inNotes)
                m_noteNumber.insert(i, int(m_noteNumber.size()) + 1);
        }
        QList<int> inPage;
        for (int i : order) {
            const Node &n = m_dom[i];
            if (n.tag == u"a" && n.attribute(u"href"_s).startsWith(u'#'))
                inPage.append(i);
        }
        for (int link : std::as_const(inPage)) {
            const int target = ids.value(m_dom[link].attribute(u"href"_s).mid(1), -1);
            if (m_noteNumber.contains(target)) {
                m_linkTarget.insert(link, target);
                m_refNumber.insert(link, int(m_refNumber.size()) + 1);
            }
        }
        // Back-references: to a reference, or to an inline element around one.
        for (int link : std::as_const(inPage)) {
            if (m_linkTarget.contains(link))
                continue;
            const int target = ids.value(m_dom[link].attribute(u"href"_s).mid(1), -1);
            if (target < 0)
                continue;
            if (m_refNumber.contains(target)) {
                m_backTarget.insert(link, m_refNumber.value(target));
                continue;
            }
            if (isBlockTag(m_dom[target].tag))
                continue;
            for (int d : m_dom.descendants(target)) {
                if (m_refNumber.contains(d)) {
                    m_backTarget.insert(link, m_refNumber.value(d));
                    break;
                }
            }
        }
        // The email writes a note's number as `<sup>[n]</sup>` at its start, where the fragment's
        // <ol> numbers it: the same fact when the number is the note's own.
        for (auto it = m_noteNumber.cbegin(); it != m_noteNumber.cend(); ++it) {
            const int first = firstContent(it.key());
            if (first >= 0 && m_dom[first].tag == u"sup"
                && m_dom.textOf(first).trimmed() == u"[%1]"_s.arg(it.value()))
                m_dom[first].removed = true;
        }
    }

    // The first content below `i`: white space skipped, paragraphs entered.
    int firstContent(int i) const
    {
        for (int c : m_dom[i].children) {
            const Node &n = m_dom[c];
            if (n.removed)
                continue;
            if (n.tag.isEmpty() && n.text.trimmed().isEmpty())
                continue;
            if (n.tag == u"p")
                return firstContent(c);
            return c;
        }
        return -1;
    }

    void readTaskStates()
    {
        for (int i = 0; i < m_dom.size(); ++i) {
            if (m_dom[i].tag != u"li" || m_dom[i].removed || m_noteNumber.contains(i))
                continue;
            const int first = firstContent(i);
            if (first < 0)
                continue;
            Node &n = m_dom[first];
            if (n.tag == u"input" && n.attribute(u"type"_s) == u"checkbox") {
                m_taskState.insert(i, n.hasAttribute(u"checked"_s));
                n.removed = true;
            } else if (n.tag.isEmpty()) {
                qsizetype start = 0;
                while (start < n.text.size() && n.text[start].isSpace())
                    ++start;
                const QStringView rest = QStringView(n.text).sliced(start);
                for (const QString &box : {checkedBox, uncheckedBox}) {
                    if (rest.startsWith(box)
                        && (rest.size() == box.size() || rest[box.size()] == u' ')) {
                        m_taskState.insert(i, box == checkedBox);
                        n.text = rest.sliced(box.size()).toString();
                        break;
                    }
                }
            }
        }
    }

    void flush()
    {
        const QString text = m_text.simplified();
        if (!text.isEmpty())
            m_facts << m_label + u": "_s + text;
        m_text.clear();
    }

    // A block: the text before it belongs to its parent, the text inside to itself.
    void block(int i, const QString &label)
    {
        flush();
        const QString outer = std::exchange(m_label, label);
        children(i);
        flush();
        m_label = outer;
    }

    void children(int i)
    {
        for (int c : m_dom[i].children)
            walk(c);
    }

    bool isLayoutTable(int i) const
    {
        return m_dom[i].tag == u"table" && m_dom[i].attribute(u"role"_s) == u"presentation";
    }

    void walk(int i)
    {
        const Node &n = m_dom[i];
        if (n.removed)
            return;
        if (n.tag.isEmpty()) {
            m_text += n.text;
            return;
        }
        const QString &tag = n.tag;
        if (isLayoutTable(i)) {
            // The email's frame and sponsor boxes: presentation tables, not content. Their rows
            // and cells only hold the content.
            const std::function<void(int)> cells = [&](int t) {
                for (int c : m_dom[t].children) {
                    const QString &ct = m_dom[c].tag;
                    if (m_dom[c].removed)
                        continue;
                    if (ct == u"tbody" || ct == u"tr")
                        cells(c);
                    else if (ct == u"td" || ct == u"th")
                        children(c);
                    else
                        walk(c);
                }
            };
            cells(i);
            return;
        }
        if (m_noteNumber.contains(i)) {
            flush();
            m_facts << u"note %1 {"_s.arg(m_noteNumber.value(i));
            block(i, u"note"_s);
            m_facts << u"}"_s;
            return;
        }
        if (tag == u"#root" || tag == u"html" || tag == u"body" || tag == u"thead"
            || tag == u"tbody") {
            children(i);
            return;
        }
        if (tag == u"ol" || tag == u"ul") {
            // cmark-gfm's list of notes, in its footnotes <section>: its items are the notes.
            if (m_dom[n.parent].hasClass(u"footnotes"_s)) {
                block(i, tag);
                return;
            }
            flush();
            const QString start = n.attribute(u"start"_s);
            m_facts << tag + (start.isEmpty() || start == u"1" ? QString() : u" start="_s + start)
                    + u" {"_s;
            block(i, tag);
            m_facts << u"}"_s;
            return;
        }
        if (tag == u"li") {
            flush();
            const auto task = m_taskState.constFind(i);
            m_facts << (task == m_taskState.cend() ? u"item"_s
                            : *task                ? u"item [x]"_s
                                                   : u"item [ ]"_s);
            block(i, u"li"_s);
            return;
        }
        if (tag.size() == 2 && tag[0] == u'h' && tag[1] >= u'1' && tag[1] <= u'6') {
            flush();
            const QString outer = std::exchange(m_label, QString());
            children(i);
            m_facts << tag + u": "_s + m_text.simplified();
            m_text.clear();
            m_label = outer;
            return;
        }
        if (tag == u"blockquote" || tag == u"table") {
            flush();
            m_facts << tag + u" {"_s;
            block(i, tag);
            m_facts << u"}"_s;
            return;
        }
        if (tag == u"tr") {
            flush();
            m_facts << u"row"_s;
            block(i, tag);
            return;
        }
        if (tag == u"pre") {
            flush();
            m_facts << u"pre: "_s + m_dom.textOf(i);
            return;
        }
        if (tag == u"hr") {
            // The email's rule that opens its notes: the fragment sets them apart by its <section>.
            if (m_dom[n.parent].hasClass(u"footnotes"_s))
                return;
            flush();
            m_facts << u"hr"_s;
            return;
        }
        if (isBlockTag(tag)) { // p, div, section, td, th
            block(i, tag);
            return;
        }
        if (tag == u"br") {
            m_text += u" \u23ce "_s;
            return;
        }
        if (tag == u"a") {
            link(i);
            return;
        }
        if (tag == u"img") {
            const QString src = n.attribute(u"src"_s);
            // An image whose URL the sanitiser emptied: the fragment writes `src=""`, the email
            // only the alt text. Neither shows an image.
            if (src.isEmpty()) {
                m_text += n.attribute(u"alt"_s);
                return;
            }
            m_facts << u"img "_s + src + u" alt=\""_s + n.attribute(u"alt"_s) + u"\" title=\""_s
                    + n.attribute(u"title"_s) + u'"';
            m_text += u" [image] "_s;
            return;
        }
        if (tag == u"input") {
            m_text += u" [checkbox%1] "_s.arg(n.hasAttribute(u"checked"_s) ? u" checked"_s
                                                                           : QString());
            return;
        }
        // Inline markup: emphasis, code, raw allowlisted tags; marked in the text.
        const qsizetype start = m_text.size();
        m_text += u'{' + tag + u'}';
        children(i);
        if (tag == u"code")
            m_facts << u"code: "_s + m_text.mid(start + 6);
        m_text += u"{/"_s + tag + u'}';
    }

    void link(int i)
    {
        const Node &n = m_dom[i];
        const QString href = n.attribute(u"href"_s);
        if (m_linkTarget.contains(i)) {
            // The number as shown: the email brackets it ("[1]") for clients that drop <sup>.
            QString shown = m_dom.textOf(i).trimmed();
            if (shown.startsWith(u'[') && shown.endsWith(u']'))
                shown = shown.mid(1, shown.size() - 2);
            m_text += u"[ref %1 \"%2\" -> note %3]"_s.arg(m_refNumber.value(i))
                          .arg(shown)
                          .arg(m_noteNumber.value(m_linkTarget.value(i)));
            return;
        }
        if (m_backTarget.contains(i)) {
            m_text += u" [back to ref %1] "_s.arg(m_backTarget.value(i));
            return;
        }
        if (href.startsWith(u'#')) {
            m_text += u" [in-page link %1 to nothing] "_s.arg(href);
            return;
        }
        // A link whose URL the sanitiser emptied: the fragment writes `href=""` (a link to the
        // page itself), the email only the words. Neither goes anywhere.
        if (href.isEmpty()) {
            children(i);
            return;
        }
        const qsizetype start = m_text.size();
        children(i);
        m_facts << u"link "_s + href + u" title=\""_s + n.attribute(u"title"_s) + u"\": "_s
                + m_text.mid(start).simplified();
    }

    Dom m_dom;
    QStringList m_facts;
    QString m_text;
    QString m_label = u"text"_s;
    QHash<int, int> m_linkTarget; // reference link -> the note's node
    QHash<int, int> m_noteNumber; // note node -> number
    QHash<int, int> m_refNumber; // reference link -> number
    QHash<int, int> m_backTarget; // back-reference link -> the reference's number
    QHash<int, bool> m_taskState; // list item -> checked
};

QStringList factsOf(const QByteArray &html)
{
    return FactReader(QString::fromUtf8(html)).facts();
}

// ---------------------------------------------------------------------------------------------
// Generated issues: the newsletter's shape (front matter, intro, sponsor block, sections, closing
// sponsor) around random blocks that mix everything the renderers handle.

class IssueGenerator
{
public:
    explicit IssueGenerator(quint32 seed)
        : m_rng(seed)
    {
        static const QStringList pool {u"1"_s,  u"note"_s,          u"a-b"_s,         u"x_y"_s,
                                       u"2b"_s, u"\u00e9t\u00e9"_s, u"Long-Label-7"_s};
        // Now and then an issue without notes (cmark-gfm puts them last, after the closing
        // sponsor slot, which is still recognised: tst_emailhtml).
        QStringList labels = pool;
        const int count = chance(30) ? 0 : 1 + pick(4);
        while (m_labels.size() < count)
            m_labels << labels.takeAt(pick(int(labels.size())));
    }

    QString issue()
    {
        QString md = u"---\ntitle: GEN WEEKLY ISSUE #%1 - 5th January 2025\n"
                     "date: 2025-01-05T09:00:00+00:00\n---\n\n"_s.arg(100 + pick(900));
        md += paragraph() + u"\n\n"_s;
        const bool sponsor = chance(70);
        const QString sponsorCopy = words(6, 14) + u" **"_s + word()
            + u"**:\n<br>[https://sponsor.example.com/w](https://sponsor.example.com/w)"_s;
        if (sponsor) {
            md += u"From our sponsor, Pagerly\n=========================\n\n"_s + sponsorCopy
                + u"\n\n"_s;
        }
        QStringList definitions;
        for (const QString &label : std::as_const(m_labels))
            definitions << footnoteDefinition(label);
        const int sections = 1 + pick(3);
        static const QStringList names {u"News"_s, u"Tools"_s, u"Events"_s, u"Jobs"_s};
        for (int s = 0; s < sections; ++s) {
            md += names[s] + u'\n' + QString(names[s].size(), chance(50) ? u'=' : u'-') + u"\n\n"_s;
            const int blocks = 2 + pick(6);
            for (int b = 0; b < blocks; ++b) {
                md += block(0) + u"\n\n"_s;
                // Definitions anywhere between blocks: cmark-gfm gathers them at the end.
                if (!definitions.isEmpty() && chance(20))
                    md += definitions.takeAt(pick(int(definitions.size()))) + u"\n\n"_s;
            }
        }
        for (const QString &d : std::as_const(definitions))
            if (chance(90)) // now and then a note nobody refers to, or one never written
                md += d + u"\n\n"_s;
        if (sponsor && chance(70))
            md += sponsorCopy + u'\n';
        return md;
    }

private:
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }

    QString word()
    {
        static const QStringList vocabulary {u"build"_s,
                                             u"cache"_s,
                                             u"runner"_s,
                                             u"latency"_s,
                                             u"on-call"_s,
                                             u"rollout"_s,
                                             u"kernel"_s,
                                             u"Tom & Jerry"_s,
                                             u"a<b"_s,
                                             u"\"quoted\""_s,
                                             u"it's"_s,
                                             u"\u00fcn\u00efcode"_s,
                                             u"caf\u00e9"_s,
                                             u"x > y"_s,
                                             u"50%"_s,
                                             u"C++"_s,
                                             u"v1.2.3"_s,
                                             u"\u65e5\u672c"_s,
                                             u"emoji\U0001F680"_s,
                                             u"(parens)"_s};
        return vocabulary[pick(int(vocabulary.size()))];
    }

    QString words(int min, int max)
    {
        QStringList out;
        const int n = min + pick(max - min + 1);
        for (int i = 0; i < n; ++i)
            out << word();
        return out.join(u' ');
    }

    QString url()
    {
        static const QStringList urls {u"https://example.com/"_s,
                                       u"https://example.org/a/b?q=1&r=2"_s,
                                       u"https://x.example.net/path_(with)_parens"_s,
                                       u"http://example.com/%C3%A9t%C3%A9"_s,
                                       u"https://example.com/search?q=a+b#frag"_s,
                                       u"mailto:editor@example.com"_s,
                                       u"https://example.com/caf\u00e9"_s};
        return urls[pick(int(urls.size()))];
    }

    QString footnoteRef()
    {
        if (m_labels.isEmpty() || chance(10))
            return u"[^nowhere]"_s; // no such note: stays text
        return u"[^"_s + m_labels[pick(int(m_labels.size()))] + u']';
    }

    QString inlineSpan(int depth)
    {
        switch (pick(depth > 1 ? 8 : 22)) {
        case 0:
        case 1:
        case 2:
            return words(1, 4);
        case 3:
            return u"`"_s + words(1, 3) + u" & <i>`"_s;
        case 4:
            return u"&amp; &copy; &#35; &#x263A; &lt;tag&gt; &nbsp;&quot;x&quot; &hellip;"_s;
        case 5:
            return footnoteRef();
        case 6:
            return u"E = mc<sup>2</sup>"_s;
        case 7:
            return u"<b>bold</b> <kbd>Ctrl</kbd>"_s;
        case 8:
            return u"*"_s + inlines(depth + 1, 1, 2) + u'*';
        case 9:
            return u"**"_s + inlines(depth + 1, 1, 2) + u"**"_s;
        case 10:
            return u"~~"_s + words(1, 2) + u"~~"_s;
        case 11:
            return u"["_s + inlines(depth + 1, 1, 2) + u"]("_s + url()
                + (chance(30) ? u" \"A title & more\""_s : QString()) + u')';
        case 12:
            return u"<https://auto.example.org/p?x=1&y=2>"_s;
        case 13:
            return u"www.bare.example.com/path and https://bare.example.net/q?x=1"_s;
        case 14:
            return u"<editor@example.com>"_s;
        case 15:
            return u"!["_s + (chance(50) ? words(1, 3) : u"alt *em* `code` <b>raw</b>"_s)
                + u"](https://img.example.com/a.png"_s
                + (chance(30) ? u" \"Image title\""_s : QString()) + u')';
        case 16:
            return u"hard break  \n"_s + words(1, 2);
        case 17:
            return u"\n<br>[https://example.com/item](https://example.com/item)"_s;
        case 18:
            return u"<span onclick=\"x()\">not allowed</span>"_s;
        case 19:
            return u"[empty]() and [bad](javascript:alert(1))"_s;
        case 20:
            return u"\u2611 literal box"_s;
        default:
            return footnoteRef() + u" then "_s + footnoteRef();
        }
    }

    QString inlines(int depth, int min, int max)
    {
        QStringList out;
        const int n = min + pick(max - min + 1);
        for (int i = 0; i < n; ++i)
            out << inlineSpan(depth);
        return out.join(u' ');
    }

    QString paragraph() { return inlines(0, 2, 6) + u'.'; }

    // Indents every line but the first by `indent` (a list item's or a note's continuation).
    static QString indented(const QString &text, const QString &indent)
    {
        QStringList lines = text.split(u'\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            if (!lines[i].isEmpty())
                lines[i] = indent + lines[i];
        return lines.join(u'\n');
    }

    QString list(int depth)
    {
        const bool ordered = chance(40);
        const bool tasks = chance(50);
        const bool loose = chance(25);
        const int start = ordered && chance(30) ? 3 + pick(7) : 1;
        const QChar bullet = QStringLiteral("-*+")[pick(3)];
        QStringList items;
        const int n = 1 + pick(4);
        for (int k = 0; k < n; ++k) {
            const QString marker = ordered
                ? QString(QString::number(start + k) + (chance(80) ? u". "_s : u") "_s))
                : QString(QString(bullet) + u' ');
            const QString indent(marker.size(), u' ');
            QString item = marker;
            if (tasks && chance(80))
                item += chance(50) ? u"[x] "_s : (chance(20) ? u"[X] "_s : u"[ ] "_s);
            QString body;
            switch (pick(10)) {
            case 0: // a task or item whose first block is not a paragraph
                body = u"\n"_s + indent + u"```\n"_s + indent + u"code <in> item\n"_s + indent
                    + u"```"_s;
                break;
            case 1:
                body = inlines(1, 1, 3) + u"\n\n"_s + indent + inlines(1, 1, 2);
                break;
            default:
                body = inlines(1, 1, 3);
            }
            item += body;
            if (depth < 2 && chance(30))
                item += u"\n"_s + (loose ? u"\n"_s : QString()) + indent
                    + indented(list(depth + 1), indent);
            if (chance(10))
                item += u"\n\n"_s + indent + u"> "_s + words(2, 4);
            items << item;
        }
        return items.join(loose ? u"\n\n"_s : u"\n"_s);
    }

    QString table()
    {
        const int columns = 2 + pick(2);
        static const QStringList aligns {u"---"_s, u":--"_s, u":-:"_s, u"--:"_s};
        QStringList header, rule;
        for (int c = 0; c < columns; ++c) {
            header << words(1, 2);
            rule << aligns[pick(4)];
        }
        QString out
            = u"| "_s + header.join(u" | "_s) + u" |\n| "_s + rule.join(u" | "_s) + u" |\n"_s;
        const int rows = pick(4);
        for (int r = 0; r < rows; ++r) {
            QStringList cells;
            for (int c = 0; c < columns; ++c)
                cells << (chance(30) ? inlineSpan(2) : words(0, 2));
            out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
        }
        return out.trimmed();
    }

    QString block(int depth)
    {
        switch (pick(depth > 0 ? 6 : 14)) {
        case 0:
        case 1:
            return paragraph();
        case 2:
            return list(depth);
        case 3:
            return u"> "_s + indented(chance(50) ? paragraph() : list(2), u"> "_s);
        case 4:
            return u"```"_s + (chance(50) ? u"yaml"_s : QString())
                + u"\nkey: <value> & \"more\"\n\n  indented line\n```"_s;
        case 5:
            return u"    indented code & <tags>"_s;
        case 6:
            return QString(1 + pick(6), u'#') + u' ' + inlines(1, 1, 3);
        case 7:
            return table();
        case 8:
            return chance(50) ? u"***"_s : u"<hr>"_s;
        case 9:
            return u"<br>"_s;
        case 10:
            return u"<div class=\"x\">\nblock html\n</div>"_s;
        case 11:
            return inlines(1, 1, 2)
                + u"\n<br>[https://example.com/link](https://example.com/link)"_s;
        case 12:
            return list(depth);
        default:
            return u"> > "_s + paragraph();
        }
    }

    QString footnoteDefinition(const QString &label)
    {
        QString out = u"[^"_s + label + u"]: "_s + inlines(1, 1, 3);
        switch (pick(6)) {
        case 0:
            out += u"\n\n    "_s + paragraph();
            break;
        case 1:
            out += u"\n\n    - "_s + words(1, 3) + u"\n    - "_s + words(1, 2);
            break;
        case 2:
            out += u"\n\n        code in a note"_s;
            break;
        case 3:
            out += u" and "_s + footnoteRef();
            break;
        default:
            break;
        }
        return out;
    }

    QRandomGenerator m_rng;
    QStringList m_labels;
};

constexpr int generatedIssues = 300;

} // namespace

class TestEmailFragmentAgreement : public QObject
{
    Q_OBJECT

private:
    static void compare(const IssueDocument &doc)
    {
        const QStringList fragment = factsOf(exportDocument(doc, ExportFormat::Fragment));
        const QStringList email = factsOf(exportDocument(doc, ExportFormat::Html));
        QVERIFY(!fragment.isEmpty());
        // The first fact that differs, with the one before it for context (QCOMPARE on the
        // lists would only report different sizes).
        for (qsizetype i = 0; i < std::max(email.size(), fragment.size()); ++i) {
            const QString inEmail = email.value(i, u"(no more facts)"_s);
            const QString inFragment = fragment.value(i, u"(no more facts)"_s);
            if (inEmail != inFragment) {
                qInfo().noquote() << "fact" << i << "of" << fragment.size()
                                  << "differs; the fact before it:"
                                  << (i > 0 ? fragment[i - 1] : u"(none)"_s);
                QCOMPARE(inEmail, inFragment);
            }
        }
        QCOMPARE(email, fragment);
    }

private slots:
    void testDocuments_data()
    {
        QTest::addColumn<QString>("path");
        // Every Markdown file of the tests (fixtures, the email tests' issues, READMEs).
        QDirIterator it(QStringLiteral(GALLEY_TESTS_DIR), {u"*.md"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        QVERIFY(paths.size() >= 5);
        for (const QString &path : std::as_const(paths))
            QTest::newRow(qPrintable(QDir(QStringLiteral(GALLEY_TESTS_DIR)).relativeFilePath(path)))
                << path;
    }
    void testDocuments()
    {
        QFETCH(QString, path);
        compare(emailtest::loadIssue(path));
    }

    void generatedDocuments_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= generatedIssues; ++seed)
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
    }
    void generatedDocuments()
    {
        QFETCH(quint32, seed);
        const QString markdown = IssueGenerator(seed).issue();
        const auto doc = IssueDocument::fromText(markdown);
        QVERIFY2(doc, qPrintable(markdown));
        compare(*doc);
        if (QTest::currentTestFailed())
            qInfo().noquote() << "the generated issue:\n" << markdown;
    }

    // The generated issues hold everything the comparison is meant to cover (a generator that
    // stopped making footnotes or tasks would let the comparison pass on nothing).
    void generatedIssuesCoverEverything()
    {
        QMap<QString, int> seen;
        const QList<std::pair<QString, QRegularExpression>> features {
            {u"task checked"_s, QRegularExpression(u"<input type=\"checkbox\" checked"_s)},
            {u"task unchecked"_s, QRegularExpression(u"<input type=\"checkbox\" disabled"_s)},
            {u"task in a loose item"_s, QRegularExpression(u"<li><input [^>]*> \n<p>"_s)},
            {u"task opening with another block"_s,
             QRegularExpression(u"<li><input [^>]*> \n<(pre|h\\d)"_s)},
            {u"nested list"_s, QRegularExpression(u"<li>[^<]*\n<[ou]l"_s)},
            {u"ordered list with a start"_s, QRegularExpression(u"<ol start=\"\\d+\">"_s)},
            {u"footnote reference"_s, QRegularExpression(u"data-footnote-ref>"_s)},
            {u"second reference to a note"_s, QRegularExpression(u"id=\"fnref-[^\"]*-2\""_s)},
            {u"reference inside a note"_s,
             QRegularExpression(u"<li id=\"fn-[^>]*>\n<p>[^\n]*data-footnote-ref"_s)},
            {u"note ending with another block"_s,
             QRegularExpression(u"</(ul|pre)>\n<a href=\"#fnref"_s)},
            {u"table"_s, QRegularExpression(u"<table>"_s)},
            {u"aligned cell"_s, QRegularExpression(u"<td align="_s)},
            {u"code block"_s, QRegularExpression(u"<pre><code"_s)},
            {u"inline code"_s, QRegularExpression(u"[^>]<code>"_s)},
            {u"emphasis"_s, QRegularExpression(u"<em>.*<strong>|<strong>.*<em>"_s)},
            {u"strikethrough"_s, QRegularExpression(u"<del>"_s)},
            {u"link with title"_s, QRegularExpression(u"<a href=\"[^\"]+\" title="_s)},
            {u"autolink"_s, QRegularExpression(u"<a href=\"https://auto"_s)},
            {u"bare URL"_s, QRegularExpression(u"<a href=\"http://www.bare"_s)},
            {u"image"_s, QRegularExpression(u"<img src=\"https:"_s)},
            {u"emptied link"_s, QRegularExpression(u"<a href=\"\">"_s)},
            {u"block quote"_s, QRegularExpression(u"<blockquote>"_s)},
            {u"heading"_s, QRegularExpression(u"<h[3-6]>"_s)},
            {u"entity"_s, QRegularExpression(u"\u00a9 # \u263a &lt;tag&gt;"_s)},
            {u"allowed raw HTML"_s, QRegularExpression(u"<sup>2</sup>"_s)},
            {u"thematic break"_s, QRegularExpression(u"<hr />"_s)},
        };
        int sponsors = 0, closingSponsors = 0;
        for (quint32 seed = 1; seed <= generatedIssues; ++seed) {
            const auto doc = IssueDocument::fromText(IssueGenerator(seed).issue());
            QVERIFY(doc);
            const QString fragment
                = QString::fromUtf8(exportDocument(*doc, ExportFormat::Fragment));
            for (const auto &[name, re] : features)
                seen[name] += re.match(fragment).hasMatch() ? 1 : 0;
            const QString email = QString::fromUtf8(exportDocument(*doc, ExportFormat::Html));
            sponsors += email.contains(u"class=\"galley-sponsor\""_s) ? 1 : 0;
            closingSponsors += email.contains(u"class=\"galley-sponsor-label\""_s) ? 1 : 0;
        }
        for (const auto &[name, re] : features)
            QVERIFY2(seen[name] >= 3, qPrintable(u"%1: in %2 issues"_s.arg(name).arg(seen[name])));
        QVERIFY2(sponsors > generatedIssues / 2, qPrintable(QString::number(sponsors)));
        QVERIFY2(closingSponsors > generatedIssues / 10,
                 qPrintable(QString::number(closingSponsors)));
    }

    // The reader itself: a fact that differs is reported, and the email's own parts are not
    // facts.
    void readerSeesDifferences()
    {
        QCOMPARE(factsOf("<p>a <a href=\"https://x.example/\">b</a></p>"),
                 QStringList({u"link https://x.example/ title=\"\": b"_s, u"p: a b"_s}));
        QVERIFY(factsOf("<p>a</p>") != factsOf("<p>b</p>"));
        QVERIFY(factsOf("<h2>a</h2>") != factsOf("<h3>a</h3>"));
        QVERIFY(factsOf("<ul><li>a</li></ul>") != factsOf("<ol><li>a</li></ol>"));
        QCOMPARE(factsOf("<ul><li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> a</li>"
                         "</ul>"),
                 factsOf("<ul><li>\u2611 a</li></ul>"));
        QVERIFY(factsOf("<ul><li><input type=\"checkbox\" disabled=\"\" /> a</li></ul>")
                != factsOf("<ul><li>\u2611 a</li></ul>"));
        QVERIFY(factsOf("<ul><li><p><input type=\"checkbox\" disabled=\"\" /> a</p></li></ul>")
                != factsOf("<ul><li><p>a \u2610</p></li></ul>"));
        // The fragment's notes and the email's say the same; a reference that does not link is
        // not a reference.
        const QByteArray linked
            = "<p>x<sup><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup></p><section "
              "class=\"footnotes\"><ol><li id=\"fn-1\"><p>N <a href=\"#fnref-1\">b</a></p></li>"
              "</ol></section>";
        QCOMPARE(factsOf(linked),
                 QStringList({u"p: x{sup}[ref 1 \"1\" -> note 1]{/sup}"_s, u"note 1 {"_s,
                              u"p: N [back to ref 1]"_s, u"}"_s}));
        QCOMPARE(factsOf("<p>x<sup><a href=\"#fn-1\" id=\"fnref-1\">[1]</a></sup></p><div "
                         "class=\"footnotes\"><hr><div id=\"fn-1\"><p><sup>[1]</sup> N <a "
                         "href=\"#fnref-1\">\u21a9</a></p></div></div>"),
                 factsOf(linked));
        QVERIFY(factsOf(linked)
                != factsOf("<p>x<sup>[1]</sup></p><div class=\"footnotes\"><hr><div id=\"fn-1\">"
                           "<p><sup>[1]</sup> N</p></div></div>"));
        QCOMPARE(factsOf("<td class=\"galley-header\"><p>Name</p></td><p>a</p>"
                         "<td class=\"galley-footer\"><p>Unsubscribe</p></td>"),
                 QStringList({u"p: a"_s}));
    }
};

QTEST_GUILESS_MAIN(TestEmailFragmentAgreement)
#include "tst_emailfragmentagreement.moc"
