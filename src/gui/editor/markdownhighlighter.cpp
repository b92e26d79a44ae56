#include "editor/markdownhighlighter.h"

#include "spelling/spellchecker.h"
#include "spelling/spellwords.h"

#include <QFont>
#include <QMetaObject>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace galley::gui {

namespace {

const QRegularExpression &atxHeading()
{
    static const QRegularExpression re(u"^ {0,3}(#{1,6})(?:[ \\t]|$)"_s);
    return re;
}
const QRegularExpression &listMarker()
{
    static const QRegularExpression re(
        u"^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+\\[[ xX]\\])?(?=[ \\t]|$)"_s);
    return re;
}
const QRegularExpression &blockQuote()
{
    static const QRegularExpression re(u"^ {0,3}>"_s);
    return re;
}
const QRegularExpression &fence()
{
    static const QRegularExpression re(u"^ {0,3}(`{3,}|~{3,})"_s);
    return re;
}
const QRegularExpression &thematicBreak()
{
    static const QRegularExpression re(
        u"^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$"_s);
    return re;
}
const QRegularExpression &setextUnderline()
{
    static const QRegularExpression re(u"^ {0,3}(=+|-+)[ \\t]*$"_s);
    return re;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    auto make
        = [this](Kind kind, const QColor &colour, int weight = QFont::Normal, bool italic = false) {
              QTextCharFormat &f = m_formats[kind];
              f.setProperty(KindProperty, int(kind));
              if (colour.isValid())
                  f.setForeground(colour);
              f.setFontWeight(weight);
              f.setFontItalic(italic);
          };
    make(Heading, QColor(0x1f, 0x4e, 0x8c), QFont::Bold);
    make(HeadingMarker, QColor(0x8a, 0x9b, 0xb5), QFont::Bold);
    make(Emphasis, {}, QFont::Normal, true);
    make(Strong, {}, QFont::Bold);
    make(Strikethrough, QColor(0x77, 0x77, 0x77));
    m_formats[Strikethrough].setFontStrikeOut(true);
    make(InlineCode, QColor(0xa3, 0x3b, 0x1f));
    make(CodeBlock, QColor(0x5a, 0x3e, 0x1b));
    for (Kind k : {InlineCode, CodeBlock}) {
        m_formats[k].setFontFamilies({u"monospace"_s});
        m_formats[k].setFontStyleHint(QFont::Monospace);
    }
    make(LinkText, QColor(0x0b, 0x6e, 0x4f));
    make(LinkUrl, QColor(0x6b, 0x8f, 0x82));
    make(BareUrl, QColor(0x0b, 0x6e, 0x4f));
    m_formats[BareUrl].setFontUnderline(true);
    make(ListMarker, QColor(0xb0, 0x5a, 0x00), QFont::Bold);
    make(BlockQuote, QColor(0x55, 0x66, 0x77), QFont::Normal, true);
    make(FrontMatter, QColor(0x6a, 0x4c, 0x93));
    make(FrontMatterComment, QColor(0x99, 0x99, 0x99), QFont::Normal, true);
    make(RawHtml, QColor(0x99, 0x44, 0x88));
    make(HorizontalRule, QColor(0x99, 0x99, 0x99), QFont::Bold);
}

MarkdownHighlighter::Kind MarkdownHighlighter::kindAt(const QTextBlock &block, int position)
{
    if (!block.layout())
        return Plain;
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges) {
        if (position >= r.start && position < r.start + r.length
            && r.format.hasProperty(KindProperty))
            return Kind(r.format.intProperty(KindProperty));
    }
    return Plain;
}

int MarkdownHighlighter::headingLevel(const QTextBlock &block)
{
    const int state = block.userState();
    return state < 0 ? 0 : (state >> LevelShift) & 0x7;
}

bool MarkdownHighlighter::misspelledWordAt(const QTextBlock &block, int position, int *start,
                                           int *length)
{
    if (!block.layout())
        return false;
    // Ranges come in order; a word may span several (a format change inside it).
    int from = -1;
    int to = -1;
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges) {
        if (!r.format.boolProperty(MisspelledProperty))
            continue;
        if (from >= 0 && r.start == to) {
            to = r.start + r.length;
            continue;
        }
        if (from >= 0 && position >= from && position <= to)
            break;
        from = r.start;
        to = r.start + r.length;
    }
    if (from < 0 || position < from || position > to)
        return false;
    *start = from;
    *length = to - from;
    return true;
}

void MarkdownHighlighter::setSpellChecker(const SpellChecker *checker)
{
    m_spelling = checker;
    rehighlight();
}

void MarkdownHighlighter::underlineMisspellings(const QString &text)
{
    if (!m_spelling || !m_spelling->isReady())
        return;
    for (const WordSpan &w : proseWords(text)) {
        const Kind kind = Kind(format(w.start).intProperty(KindProperty));
        if (kind == InlineCode || kind == CodeBlock || kind == LinkUrl || kind == BareUrl
            || kind == RawHtml || kind == FrontMatter)
            continue;
        if (m_spelling->isCorrect(text.mid(w.start, w.length)))
            continue;
        // Merged into what the Markdown rules set, character by character (a word can be half
        // emphasised).
        for (int i = w.start; i < w.start + w.length; ++i) {
            QTextCharFormat f = format(i);
            f.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            f.setUnderlineColor(QColor(0xd0, 0x20, 0x20));
            f.setProperty(MisspelledProperty, true);
            setFormat(i, 1, f);
        }
    }
}

void MarkdownHighlighter::apply(int start, int length, Kind kind)
{
    setFormat(start, length, m_formats[kind]);
}

bool MarkdownHighlighter::isSetextUnderline(const QString &text, int *level) const
{
    const auto m = setextUnderline().match(text);
    if (!m.hasMatch())
        return false;
    if (level)
        *level = m.captured(1).startsWith(u'=') ? 1 : 2;
    return true;
}

// Whether a block is ordinary paragraph text that an underline below it would turn into a
// heading. Only its own text and carried-over mode are needed, never the whole document.
bool MarkdownHighlighter::isParagraphLine(const QTextBlock &block) const
{
    if (!block.isValid())
        return false;
    const QTextBlock before = block.previous();
    const int mode
        = before.isValid() && before.userState() >= 0 ? before.userState() & ModeMask : Normal;
    if (mode != Normal)
        return false;
    const QString text = block.text();
    if (text.trimmed().isEmpty() || text.startsWith(u"    "_s) || text.startsWith(u'\t'))
        return false;
    return !atxHeading().match(text).hasMatch() && !listMarker().match(text).hasMatch()
        && !blockQuote().match(text).hasMatch() && !fence().match(text).hasMatch()
        && !setextUnderline().match(text).hasMatch() && !thematicBreak().match(text).hasMatch();
}

// Where a YAML comment starts on a front matter line (-1: none): a `#` at the line's start or
// after a space, outside a quoted value. Greyed, so that `title: ISSUE #104` shows as you type
// that "#104" is not part of the title (the Check says so too).
int MarkdownHighlighter::yamlCommentStart(const QString &text)
{
    if (text.trimmed().startsWith(u'#'))
        return int(text.indexOf(u'#'));
    qsizetype from = 0;
    const qsizetype colon = text.indexOf(u": "_s);
    if (colon >= 0) {
        from = colon + 2;
        while (from < text.size() && text.at(from).isSpace())
            ++from;
        if (from < text.size() && (text.at(from) == u'"' || text.at(from) == u'\'')) {
            const QChar quote = text.at(from);
            qsizetype end = from + 1;
            while (end < text.size() && text.at(end) != quote)
                end += quote == u'"' && text.at(end) == u'\\' ? 2 : 1;
            from = end + 1;
        }
    }
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) == u'#' && (i == 0 || text.at(i - 1) == u' ' || text.at(i - 1) == u'\t'))
            return int(i);
    }
    return -1;
}

// An indented code block as CommonMark has it, judged from this line and the one before: four
// columns in, after a blank line, a heading or more indented code, and not inside a list (where
// the indented line is the item's paragraph). A lazy paragraph line keeps the list going.
bool MarkdownHighlighter::isIndentedCode(const QString &text, int previousState) const
{
    if (previousState >= 0 && (previousState & InListFlag))
        return false;
    int column = 0;
    for (const QChar c : text) {
        if (c == u' ')
            ++column;
        else if (c == u'\t')
            column += 4 - column % 4;
        else
            break;
        if (column >= 4)
            break;
    }
    if (column < 4 || text.trimmed().isEmpty())
        return false;
    const QTextBlock before = currentBlock().previous();
    return !before.isValid() || before.text().trimmed().isEmpty()
        || (previousState >= 0 && (previousState & IndentedCodeFlag))
        || atxHeading().match(before.text()).hasMatch();
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    ++m_blocksHighlighted;
    const int previous = previousBlockState();
    const int mode = previous < 0 ? Normal : previous & ModeMask;
    int level = 0;
    int nextMode = mode;
    // Lists: from a marker on, until a heading or a line that starts at the margin after a
    // blank line.
    bool inList = previous >= 0 && (previous & InListFlag);
    if (mode == Normal && !text.trimmed().isEmpty() && !text.at(0).isSpace()) {
        const QTextBlock before = currentBlock().previous();
        if (!before.isValid() || before.text().trimmed().isEmpty() || !inList
            || atxHeading().match(text).hasMatch())
            inList = listMarker().match(text).hasMatch();
    } else if (mode == Normal && listMarker().match(text).hasMatch()) {
        inList = true;
    }

    switch (mode) {
    case InFrontMatter:
        apply(0, int(text.size()), FrontMatter);
        if (const int comment = yamlCommentStart(text); comment >= 0)
            apply(comment, int(text.size()) - comment, FrontMatterComment);
        if (text.trimmed() == u"---"_s || text.trimmed() == u"..."_s)
            nextMode = Normal;
        break;
    case InBacktickFence:
    case InTildeFence: {
        apply(0, int(text.size()), CodeBlock);
        const auto m = fence().match(text);
        const QChar fenceChar = mode == InBacktickFence ? u'`' : u'~';
        if (m.hasMatch() && m.captured(1).at(0) == fenceChar
            && text.mid(m.capturedEnd()).trimmed().isEmpty())
            nextMode = Normal;
        break;
    }
    default:
        if (currentBlock().blockNumber() == 0 && text == u"---"_s) {
            apply(0, int(text.size()), FrontMatter);
            nextMode = InFrontMatter;
            break;
        }
        if (const auto m = fence().match(text); m.hasMatch()) {
            apply(0, int(text.size()), CodeBlock);
            nextMode = m.captured(1).startsWith(u'`') ? InBacktickFence : InTildeFence;
            break;
        }
        if (isIndentedCode(text, previous)) {
            apply(0, int(text.size()), CodeBlock);
            nextMode |= IndentedCodeFlag;
            break;
        }
        highlightNormal(text, level);
        underlineMisspellings(text);
        checkPreviousSetext(text);
        break;
    }
    setCurrentBlockState(nextMode | (level << LevelShift) | (inList ? InListFlag : 0));
}

void MarkdownHighlighter::highlightNormal(const QString &text, int &level)
{
    if (const auto m = atxHeading().match(text); m.hasMatch()) {
        level = int(m.capturedLength(1));
        apply(0, int(text.size()), Heading);
        apply(0, int(m.capturedEnd(1)), HeadingMarker);
        return;
    }
    int underlineLevel = 0;
    if (isSetextUnderline(text, &underlineLevel) && isParagraphLine(currentBlock().previous())) {
        apply(0, int(text.size()), HeadingMarker);
        return;
    }
    if (thematicBreak().match(text).hasMatch()) {
        apply(0, int(text.size()), HorizontalRule);
        return;
    }
    // Setext headings are decided by the next line; when that line changes, it asks for this
    // one to be highlighted again (checkPreviousSetext).
    const QTextBlock next = currentBlock().next();
    if (next.isValid() && isSetextUnderline(next.text(), &underlineLevel)
        && isParagraphLine(currentBlock())) {
        level = underlineLevel;
        apply(0, int(text.size()), Heading);
        return;
    }
    int from = 0;
    if (const auto m = blockQuote().match(text); m.hasMatch()) {
        apply(0, int(text.size()), BlockQuote);
        from = int(m.capturedEnd());
    }
    if (const auto m = listMarker().match(text, from); m.hasMatch() && m.capturedStart() == from) {
        apply(int(m.capturedStart()), int(m.capturedLength()), ListMarker);
        from = int(m.capturedEnd());
    }
    highlightInline(text, from);
}

void MarkdownHighlighter::highlightInline(const QString &text, int from)
{
    struct Rule
    {
        QRegularExpression re;
        Kind kind;
        int group;
    };
    // Later rules win where they overlap: a URL inside a link is the link's, code is code.
    static const Rule rules[] = {
        {QRegularExpression(u"\\b(?:https?://|www\\.)[^\\s<>()\\[\\]]+[^\\s<>()\\[\\].,;:!?'\"]"_s),
         BareUrl, 0},
        {QRegularExpression(
             u"(?<![*\\w])\\*(?=\\S)(?:[^*]|\\*\\*[^*]+\\*\\*)+?(?<=\\S)\\*(?!\\*)"_s),
         Emphasis, 0},
        {QRegularExpression(u"(?<![_\\w])_(?=\\S)[^_]+?(?<=\\S)_(?![_\\w])"_s), Emphasis, 0},
        {QRegularExpression(u"(\\*\\*|__)(?=\\S).+?(?<=\\S)\\1"_s), Strong, 0},
        {QRegularExpression(u"~~(?=\\S).+?(?<=\\S)~~"_s), Strikethrough, 0},
        {QRegularExpression(u"</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|<!--.*?-->"_s), RawHtml, 0},
        {QRegularExpression(u"!?\\[[^\\]]*\\]"_s), LinkText, 0},
        {QRegularExpression(u"(?<=\\])\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)"_s), LinkUrl, 0},
        {QRegularExpression(u"<(?:https?|mailto|ftp):[^>\\s]+>"_s), LinkUrl, 0},
        {QRegularExpression(u"(`+)(?!`).*?(?<!`)\\1(?!`)"_s), InlineCode, 0},
    };
    for (const Rule &rule : rules) {
        auto it = rule.re.globalMatch(text, from);
        while (it.hasNext()) {
            const auto m = it.next();
            apply(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.kind);
        }
    }
}

void MarkdownHighlighter::checkPreviousSetext(const QString &text)
{
    const QTextBlock previous = currentBlock().previous();
    if (!isParagraphLine(previous))
        return;
    int level = 0;
    const int expected = isSetextUnderline(text, &level) ? level : 0;
    if (headingLevel(previous) == expected)
        return;
    // Re-highlighting from inside highlightBlock() is not allowed; do it right after.
    const int number = previous.blockNumber();
    QMetaObject::invokeMethod(
        this,
        [this, number] {
            const QTextBlock block = document()->findBlockByNumber(number);
            if (block.isValid())
                rehighlightBlock(block);
        },
        Qt::QueuedConnection);
}

} // namespace galley::gui
