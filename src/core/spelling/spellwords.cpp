#include "spellwords.h"

#include <QRegularExpression>

#include <cmark-gfm.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace galley {

namespace {

// Ranges of a line that are not prose, in the order the editor's highlighter knows them, each
// with a character without which it cannot match: most lines have none of them, and skip the
// regular expressions (the archive's vocabulary reads every line of every sent issue).
struct SkipRule
{
    QChar trigger;
    QRegularExpression re;
};

const QList<SkipRule> &skipRules()
{
    static const QList<SkipRule> rules = {
        // inline code, any number of backticks
        {u'`', QRegularExpression(u"(`+)(?!`).*?(?<!`)\\1(?!`)"_s)},
        // autolinks <https://...>, <mailto:...>, <someone@example.com>
        {u'<',
         QRegularExpression(u"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^>\\s]*>|<[^>\\s@]+@[^>\\s]+>"_s)},
        // raw HTML tags and comments
        {u'<', QRegularExpression(u"</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|<!--.*?(?:-->|$)"_s)},
        // link destinations: ](url "title") and reference definitions [label]: url
        {u']', QRegularExpression(u"\\]\\([^)]*\\)?"_s)},
        {u']', QRegularExpression(u"^ {0,3}\\[[^\\]]+\\]:\\s*\\S+"_s)},
        // bare URLs
        {u':', QRegularExpression(u"\\b[A-Za-z][A-Za-z0-9+.-]*://\\S+"_s)},
        {u'.', QRegularExpression(u"\\bwww\\.\\S+"_s)},
        // {{placeholders}} and merge tags
        {u'{', QRegularExpression(u"\\{\\{.*?(?:\\}\\}|$)"_s)},
        {u'|', QRegularExpression(u"\\*\\|[^|]*\\|\\*"_s)},
        // e-mail addresses
        {u'@', QRegularExpression(u"[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"_s)},
    };
    return rules;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isAcronym(QStringView word)
{
    if (word.size() > 6)
        return false;
    for (const QChar c : word) {
        if (c.isLetter() && !c.isUpper())
            return false;
    }
    return true;
}

bool hasDigit(QStringView word)
{
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
    }
    return false;
}

bool indentedFourColumns(const QString &line)
{
    int column = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++column;
        else if (c == u'\t')
            column += 4 - column % 4;
        else
            return column >= 4;
        if (column >= 4)
            return !line.trimmed().isEmpty();
    }
    return false;
}

// The lines (0-based) of indented code blocks, as CommonMark reads them: a line indented by four
// columns is code only where it cannot continue a paragraph or a list item, which only a parser
// knows. `lines` has the front matter blanked out. cmark-gfm runs only when some line could start
// such a block (the archive's vocabulary reads every line of every sent issue).
QList<bool> indentedCodeLines(const QStringList &lines)
{
    QList<bool> code;
    // Indented code cannot interrupt a paragraph or a list item's text: it starts after a blank
    // line or a line that is not text (a heading or its underline, a rule, a fence). A nested list
    // item right under its parent does not need the parser.
    static const QRegularExpression notText(u"^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:`{3,}|~{3,})|"
                                            u"(?:(?:\\*[ \t]*){3,}|(?:-[ \t]*){3,}|"
                                            u"(?:_[ \t]*){3,}|=+[ \t]*)$)"_s);
    bool candidate = false;
    for (qsizetype n = 0; n < lines.size() && !candidate; ++n) {
        candidate = indentedFourColumns(lines.at(n))
            && (n == 0 || lines.at(n - 1).trimmed().isEmpty()
                || notText.match(lines.at(n - 1)).hasMatch());
    }
    if (!candidate)
        return code;
    const QByteArray utf8 = lines.join(u'\n').toUtf8();
    const std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT),
        cmark_node_free);
    if (!root)
        return code;
    cmark_iter *it = cmark_iter_new(root.get());
    for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(it);
        int fenceLength = 0;
        int fenceOffset = 0;
        char fenceChar = 0;
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK
            || cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar))
            continue;
        if (code.isEmpty())
            code.resize(lines.size(), false);
        const int last = std::min(cmark_node_get_end_line(node), int(lines.size()));
        for (int n = cmark_node_get_start_line(node); n <= last; ++n)
            code[n - 1] = true;
    }
    cmark_iter_free(it);
    return code;
}

} // namespace

QList<WordSpan> proseWords(const QString &line)
{
    QList<WordSpan> out;
    if (line.isEmpty())
        return out;
    QList<bool> skipped;
    for (const SkipRule &rule : skipRules()) {
        if (!line.contains(rule.trigger))
            continue;
        if (skipped.isEmpty())
            skipped.resize(line.size(), false);
        auto it = rule.re.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
                skipped[i] = true;
        }
    }
    const int size = int(line.size());
    int i = 0;
    while (i < size) {
        if (!isWordChar(line.at(i))) {
            ++i;
            continue;
        }
        // Letters, digits and marks, with apostrophes between them.
        const int start = i;
        while (i < size) {
            if (isWordChar(line.at(i))) {
                ++i;
            } else if ((line.at(i) == u'\'' || line.at(i) == u'\u2019') && i + 1 < size
                       && isWordChar(line.at(i + 1))) {
                i += 2;
            } else {
                break;
            }
        }
        // A surrogate pair's letter (outside the BMP) is rare in prose; it ends a word.
        const int length = i - start;
        bool inSkipped = false;
        for (int k = start; k < i && !inSkipped && !skipped.isEmpty(); ++k)
            inSkipped = skipped.at(k);
        if (inSkipped)
            continue;
        const QStringView word = QStringView(line).mid(start, length);
        if (hasDigit(word) || isAcronym(word))
            continue;
        // A word glued to an underscore or a dot-name ("file.txt", "snake_case") is a name.
        const QChar before = start > 0 ? line.at(start - 1) : QChar();
        const QChar after = i < size ? line.at(i) : QChar();
        if (before == u'_' || after == u'_' || before == u'/' || after == u'/' || before == u'\\')
            continue;
        if (after == u'.' && i + 1 < size && line.at(i + 1).isLetterOrNumber())
            continue;
        if (before == u'.' && start > 1 && line.at(start - 2).isLetterOrNumber())
            continue;
        out << WordSpan {start, length};
    }
    return out;
}

QList<DocumentWord> documentWords(const QString &text)
{
    QList<DocumentWord> out;
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.first() == u"---"_s) {
        for (qsizetype n = 1; n < lines.size(); ++n) {
            const QString end = lines.at(n).trimmed();
            if (end == u"---"_s || end == u"..."_s) {
                // Blank, for the parser, up to and including the closing line.
                for (qsizetype k = 0; k <= n; ++k)
                    lines[k].clear();
                break;
            }
        }
    }
    const QList<bool> indentedCode = indentedCodeLines(lines);
    lines = text.split(u'\n');
    enum { Normal, FrontMatter, Fence } mode = Normal;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (mode == FrontMatter) {
            if (line.trimmed() == u"---"_s || line.trimmed() == u"..."_s)
                mode = Normal;
            continue;
        }
        if (mode == Fence) {
            const auto m = fence.match(line);
            if (m.hasMatch() && m.captured(1).at(0) == fenceChar
                && m.capturedLength(1) >= fenceLength
                && line.mid(m.capturedEnd()).trimmed().isEmpty())
                mode = Normal;
            continue;
        }
        if (n == 0 && line == u"---"_s) {
            mode = FrontMatter;
            continue;
        }
        if (const auto m = fence.match(line); m.hasMatch()) {
            mode = Fence;
            fenceChar = m.captured(1).at(0);
            fenceLength = m.capturedLength(1);
            continue;
        }
        if (!indentedCode.isEmpty() && indentedCode.at(n))
            continue;
        for (const WordSpan &w : proseWords(line))
            out << DocumentWord {int(n) + 1, w.start + 1, line.mid(w.start, w.length)};
    }
    return out;
}

} // namespace galley
