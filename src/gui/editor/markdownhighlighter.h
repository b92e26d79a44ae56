#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace galley {
class SpellChecker;
}

namespace galley::gui {

// Markdown highlighting that works one block (line) at a time, as QSyntaxHighlighter intends: a
// keystroke re-highlights only its line, plus following lines while their carried-over state
// changes (front matter, fenced code). Nothing here parses the whole document.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    // What a character was highlighted as; stored in each format (KindProperty) so tests and
    // the outline can ask without comparing colours.
    enum Kind {
        Plain = 0,
        Heading,
        HeadingMarker,
        Emphasis,
        Strong,
        Strikethrough,
        InlineCode,
        CodeBlock,
        LinkText,
        LinkUrl,
        BareUrl,
        ListMarker,
        BlockQuote,
        FrontMatter,
        RawHtml,
        HorizontalRule,
        FrontMatterComment, // a YAML comment, left out of the value; the last Kind (m_formats)
    };
    Q_ENUM(Kind)
    static constexpr int KindProperty = QTextFormat::UserProperty + 1;
    // Set (true) on the characters of a word the spell checker does not know.
    static constexpr int MisspelledProperty = QTextFormat::UserProperty + 2;

    explicit MarkdownHighlighter(QTextDocument *document);

    // The kind of the character at `position` within `block` (Plain when unformatted).
    static Kind kindAt(const QTextBlock &block, int position);
    static int yamlCommentStart(const QString &text);
    // The heading level (1-6) a block was last highlighted as, or 0: read by the outline so it
    // never re-parses the document.
    static int headingLevel(const QTextBlock &block);
    // The misspelt word at `position` within `block` as the block was last highlighted: its
    // start and length in the block, or false.
    static bool misspelledWordAt(const QTextBlock &block, int position, int *start, int *length);

    // Underlines unknown prose words (wavy, merged with the Markdown formats) with `checker`;
    // nullptr turns it off. Re-highlights everything: call when the checker's answers changed.
    // Afterwards only edited blocks are checked again, and the checker caches per word.
    void setSpellChecker(const SpellChecker *checker);
    // How many lines were highlighted so far: for tests that a change highlights only its lines.
    int blocksHighlighted() const { return m_blocksHighlighted; }
    // Drops the checker without highlighting again: its owner is going away.
    void forgetSpellChecker() { m_spelling = nullptr; }

protected:
    void highlightBlock(const QString &text) override;

private:
    // Block state layout: low 4 bits the carried-over mode, bits 4-6 the heading level, then
    // two flags: inside a list (an indented line there is the item's, not code) and "this line is
    // indented code" (the next indented line continues it).
    enum Mode { Normal = 0, InFrontMatter = 1, InBacktickFence = 2, InTildeFence = 3 };
    static constexpr int ModeMask = 0xF;
    static constexpr int LevelShift = 4;
    static constexpr int InListFlag = 1 << 7;
    static constexpr int IndentedCodeFlag = 1 << 8;

    void highlightNormal(const QString &text, int &level);
    void highlightInline(const QString &text, int from);
    void apply(int start, int length, Kind kind);
    void underlineMisspellings(const QString &text);
    void checkPreviousSetext(const QString &text);
    bool isSetextUnderline(const QString &text, int *level) const;
    bool isParagraphLine(const QTextBlock &block) const;
    bool isIndentedCode(const QString &text, int previousState) const;

    QTextCharFormat m_formats[FrontMatterComment + 1]; // one per Kind
    const SpellChecker *m_spelling = nullptr;
    int m_blocksHighlighted = 0;
};

} // namespace galley::gui
